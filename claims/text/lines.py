"""Line numbers: the 1-based line of a code-point offset into a source's raw text (one rule for claims, sentences, flags and report views)."""

from __future__ import annotations

from bisect import bisect_right


def line_at(raw: str, offset: int) -> int:
    """The line holding `raw[offset]`: one more than the newlines before it."""
    return raw.count("\n", 0, offset) + 1


class LineIndex:
    """`line_at` for many offsets into one text: bisect over its newline positions."""

    def __init__(self, raw: str) -> None:
        self._newlines: list[int] = []
        i = raw.find("\n")
        while i != -1:
            self._newlines.append(i)
            i = raw.find("\n", i + 1)

    def line_at(self, offset: int) -> int:
        return bisect_right(self._newlines, offset - 1) + 1
