"""Line numbers: the 1-based line of a code-point offset into a source's raw text (one rule for claims, sentences, flags and report views);
and what a scan finds on each line, remembered per line (`LineMemo`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


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


LINE_MEMO = 1 << 13  # lines a LineMemo remembers before starting over


class LineMemo(Generic[T]):
    """What a scan finds on each line of a text, for scans whose finds are a line's own (no pattern holds a
    newline or reads past one): outlets reprint paragraphs, so a line's finds are remembered, and the lines
    not seen before are scanned in one pass, joined as they stand in a text (a newline between them), their
    finds then parted by line. `scan` yields each find's start in the text it reads and the find;
    `localise` moves a find to its line's offsets."""

    def __init__(self, scan: Callable[[str], Iterable[tuple[int, T]]], localise: Callable[[T, int], T]) -> None:
        self._scan, self._localise = scan, localise
        self._memo: dict[str, tuple[T, ...]] = {}

    def lines(self, text: str) -> list[tuple[str, tuple[T, ...]]]:
        """Each line of `text` with its finds, at offsets within the line."""
        lines = text.split("\n")
        got = [self._memo.get(line) for line in lines]
        new = [i for i, found in enumerate(got) if found is None]
        if new:
            starts, at = [], 0
            for i in new:
                starts.append(at)
                at += len(lines[i]) + 1
            parted: list[list[T]] = [[] for _ in new]
            for start, find in self._scan("\n".join([lines[i] for i in new])):
                k = bisect_right(starts, start) - 1
                parted[k].append(self._localise(find, starts[k]))
            if len(self._memo) + len(new) > LINE_MEMO:
                self._memo.clear()
            for i, finds in zip(new, parted, strict=True):
                got[i] = self._memo[lines[i]] = tuple(finds)
        return list(zip(lines, got, strict=True))  # type: ignore[arg-type]  # every line's is set by now
