"""The extractor protocol: recognizers that find typed values in normalised text.

An extractor sees one normalised sentence (simplified script, half-width digits and
punctuation, markdown noise removed) and yields `Mention`s with offsets into that
string. The pipeline maps them back to the original text, attaches speaker, stance and
entities, and builds `Claim`s; extractors never touch raw offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from claims import spans
from claims.model import Kind, Period, Value


@dataclass(frozen=True)
class ExtractContext:
    """What an extractor may know beyond the sentence itself."""

    published: date | None = None  # reference date for deictic expressions (今年, 昨天)
    anchor: date | None = None  # the last full date the text gave before: year-less dates and anaphora (次日)
    last_day: date | None = None  # the last day the text stated, however far back: what 当天 and 九点多 refer to
    year_hint: date | None = None  # a text without a date of its own: the story's, for year-less calendar dates only
    speaker: str | None = None  # the turn's speaker, when known
    role: str = (
        "narrative"  # the turn role (claims.text.segment.Role): narrative, question, answer, blockquote, heading
    )
    # Mentions scoring below this are not wanted (the pipeline drops them): a recognizer may
    # skip building them (0: every mention, as tools and tests read them).
    min_score: float = 0.0


@dataclass(frozen=True, init=False)
class Mention:
    start: int  # offsets into the normalised sentence, half-open
    end: int
    value: Value
    extractor: str
    pattern: str = ""
    score: float = 0.8
    as_of: Period | None = None  # a time the sentence anchors this value to, when stated
    extra: dict = field(default_factory=dict, compare=False)

    def __init__(
        self,
        start: int,
        end: int,
        value: Value,
        extractor: str,
        pattern: str = "",
        score: float = 0.8,
        as_of: Period | None = None,
        extra: dict | None = None,
    ) -> None:
        """The dataclass's own __init__, its fields written at once (a frozen dataclass's sets
        each through object.__setattr__: 1.9 -> 0.8 µs, tens of thousands of mentions a run)."""
        self.__dict__.update(
            start=start,
            end=end,
            value=value,
            extractor=extractor,
            pattern=pattern,
            score=score,
            as_of=as_of,
            extra={} if extra is None else extra,
        )

    @property
    def kind(self) -> Kind:
        """The value's own kind: one place says what a mention is."""
        return self.value.kind


class TextGate(Protocol):
    """What a sentence must hold for a recognizer to find anything (claims.extractors.registry): a
    compiled pattern, or an object answering as its `search` would, None where it finds nothing."""

    pattern: str

    def search(self, text: str, /) -> object | None: ...


class Extractor(Protocol):
    name: str

    def find(self, text: str, ctx: ExtractContext) -> Iterable[Mention]: ...


def longest_first(mentions: Iterable[Mention]) -> list[Mention]:
    """Resolve overlaps (claims/spans.py), ties broken by kind."""
    return spans.longest_first(mentions, tiebreak=lambda m: m.kind)
