"""Date and duration extractors: thin wrappers over the grammar in claims/values/dates.py.

Policy for articles: tenseless expressions resolve "nearest" (claims.values.date_resolution.PREFERENCES),
上/前/下/后 N units "rolling". A rolling period (过去两年, 最近两周, 接下来三个月) is both a
duration and a date range ending (or starting) at the reference; an article claims the
duration (what sources compare: "two years"), so the date is dropped where a duration
overlaps it. find_dates still reports it (benchmarks, tools).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from claims.extractors.base import ExtractContext, Mention
from claims.values.dates import DATES_GATE, find_dates, may_resolve
from claims.values.durations import DURATION_HINT, find_durations

# Words before a date that make it the base of a comparison (较前一日, 比去年同期).
COMPARED_WITH = ("较", "比", "同比", "环比")


class DateExtractor:
    """Dates (`DateValue`); deictic ones resolve against ctx.published, year-less ones and
    anaphora against ctx.anchor (see claims.values.dates.find_dates)."""

    name = "dates"
    gate: Final = DATES_GATE  # every date holds one of these (the pipeline skips a sentence without)
    reads_dates: Final = True  # what it finds depends on the context's dates
    # Finer than the gate, for the pipeline's sentence cache: where the scan holds no date and no
    # time of day, it finds nothing under any dates (claims.extractors.registry.dated).
    dated: Final = staticmethod(may_resolve)

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        spans = find_dates(text, ctx.published, anchor=ctx.anchor, last_day=ctx.last_day, year_hint=ctx.year_hint)
        durations = (
            [(d.start, d.end) for d in find_durations(text)]
            if any(s.pattern == "relative_period" for s in spans)
            else []
        )
        for span in spans:
            if span.pattern == "relative_period" and any(a < span.end and span.start < b for a, b in durations):
                continue  # 过去两年: an article claims the duration; the dates are for readers of find_dates
            if text[: span.start].rstrip().endswith(COMPARED_WITH):
                continue  # 重症病例较前一日减少2例: the base of a comparison, no date of anything that happened
            # as_of stays None: it anchors other claims to a time, not the date itself.
            yield Mention(span.start, span.end, span.value, self.name, span.pattern, span.score)


class DurationExtractor:
    """Durations (`DurationValue`): 两年, 1–2个月, 将近七年, 一年内."""

    name = "durations"
    gate: Final = DURATION_HINT  # every duration holds a unit of time

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        for span in find_durations(text):
            yield Mention(span.start, span.end, span.value, self.name, span.pattern, span.score)
