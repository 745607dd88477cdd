"""Date and duration extractors: thin wrappers over the grammar in claims/dates.py."""

from __future__ import annotations

from typing import Iterator

from claims.dates import find_dates, find_durations
from claims.extractors.base import ExtractContext, Mention
from claims.model import Kind


class DateExtractor:
    """Dates (`DateValue`); relative and year-less ones resolve against ctx.published."""

    name = "dates"
    version = 1

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        for span in find_dates(text, ctx.published):
            # as_of stays None: it anchors other claims to a time, not the date itself.
            yield Mention(span.start, span.end, Kind.date, span.value, self.name, span.pattern, span.score)


class DurationExtractor:
    """Durations (`DurationValue`): 两年, 1–2个月, 将近七年, 一年内."""

    name = "durations"
    version = 1

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        for span in find_durations(text):
            yield Mention(span.start, span.end, Kind.duration, span.value, self.name, span.pattern, span.score)
