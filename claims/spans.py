"""Overlapping spans: keep the longest of any overlapping set, as spaCy's `filter_spans` does.

One rule for every finder (date expressions, extractor mentions): longest first, then
earliest, then highest score, then the caller's tie-break; the kept spans come back in text
order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=Span)


def _no_tiebreak(_: Any) -> tuple[()]:
    return ()


def longest_first(spans: Iterable[S], tiebreak: Callable[[S], Any] = _no_tiebreak) -> list[S]:
    """The spans no longer span overlaps, in (start, end, tiebreak) order."""
    spans = list(spans)
    if len(spans) < 2:
        return spans  # most sentences hold none or one: nothing to sort or resolve
    chosen: list[S] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, -s.score, tiebreak(s))):
        if all(s.end <= c.start or c.end <= s.start for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: (s.start, s.end, tiebreak(s)))
