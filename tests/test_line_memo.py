"""LineMemo: a scan's finds per line, remembered per line, the lines not seen before scanned in one pass."""

from __future__ import annotations

import re

from claims.text.lines import LineMemo


def test_finds_are_parted_by_line_and_a_seen_line_is_not_scanned_again():
    scanned: list[str] = []

    def digits(text: str):
        scanned.append(text)
        return ((m.start(), (m.start(), m.end())) for m in re.finditer(r"\d+", text))

    memo: LineMemo[tuple[int, int]] = LineMemo(digits, lambda span, at: (span[0] - at, span[1] - at))
    assert memo.lines("a 12\nbb\n345 x 6") == [("a 12", ((2, 4),)), ("bb", ()), ("345 x 6", ((0, 3), (6, 7)))]
    assert scanned == ["a 12\nbb\n345 x 6"]  # one pass over the new lines, joined as they stand
    assert memo.lines("bb\nnew 7\na 12") == [("bb", ()), ("new 7", ((4, 5),)), ("a 12", ((2, 4),))]
    assert scanned[-1] == "new 7"  # only the line not seen before
