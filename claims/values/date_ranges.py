"""Date ranges and overlaps: join `A到B` / `A与B之间` / `A之后B之前` into one range, date a day by its weekday, keep the longest of overlapping spans."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from claims.model import DateValue, Granularity, RelativeDate
from claims.values.date_grammar import AFTER_BEFORE, BETWEEN_JOIN, BETWEEN_TAIL, CALENDAR, RANGE_JOIN
from claims.values.date_resolution import (
    DateSpan,
    Fields,
    date_value,
    resolve_calendar,
    safe_date,
    shift_months,
    whole_number,
)

_WEEKDAY_GAP = re.compile(r"[ ,、(（是]{0,2}")  # 11月5日是星期一: the day's weekday told


def weekday_dates(
    text: str,
    found: list[DateSpan],
    weekdays: dict[tuple[int, int], int],
    fields_at: dict[tuple[int, int], Fields],
    ref: date | None,
) -> list[DateSpan]:
    """周日, 二月十号 / 2月10日(周日): a year-less day takes the year its weekday names; a full date's weekday
    (2018年11月5日（星期一）) is that day's, no day of its own."""
    out = list(found)
    for span in found:
        f = fields_at.get((span.start, span.end))
        if f is None or f.month is None or f.day is None:
            continue
        if not f.relative:
            out.extend(_weekday_told(text, span, f, weekdays))
            continue
        if ref is None:
            continue
        for (ws, we), wd in weekdays.items():
            before = we <= span.start and _WEEKDAY_GAP.fullmatch(text, we, span.start)
            after = span.end <= ws and _WEEKDAY_GAP.fullmatch(text, span.end, ws)
            if not (before or after):
                continue
            d = _on_weekday(f, wd, ref, month_told=span.pattern != "day_only")
            if d is None:
                continue
            start, end = (ws, span.end) if before else (span.start, we)
            value = date_value((d, d), Granularity.day, text[start:end], ref, True)
            assert value is not None  # d is a valid day
            out.append(
                DateSpan(
                    start,
                    end,
                    value,
                    "weekday_date",
                    span.score,
                )
            )
    return out


def _on_weekday(f: Fields, wd: int, ref: date, month_told: bool) -> date | None:
    """The day a year-less day and its weekday name, nearest the writing (`ref`). A month the text wrote
    (2月10日(周日)) holds, and the weekday picks the year; a day alone (周二（20日）) took its month from
    the date the story was at, which the weekday may refuse: then it is the day of that weekday in a
    month near that one or near the writing (a release of 8月22日 telling 周二（20日） after 截至6月底:
    August's 20th, a Tuesday, not June's in the year before)."""
    if month_told:
        cands = [safe_date(y, f.month, f.day) for y in range(ref.year - 1, ref.year + 2)] if f.month and f.day else []
    else:
        told = safe_date(f.year, f.month, f.day) if f.year and f.month and f.day else None
        if told is not None and told.weekday() == wd:
            return told
        months = {shift_months(m, k) for m in (told or ref, ref) for k in (-1, 0, 1)}
        cands = [safe_date(y, mo, f.day) for y, mo in sorted(months)] if f.day else []
    days = [d for d in cands if d is not None and d.weekday() == wd]
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def _weekday_told(text: str, span: DateSpan, f: Fields, weekdays: dict[tuple[int, int], int]) -> list[DateSpan]:
    """The full date `span` with the weekday told beside it, where that is the date's weekday."""
    day = safe_date(f.year, f.month, f.day) if f.year and f.month and f.day else None
    out = []
    for (ws, we), wd in weekdays.items() if day else ():
        if day is not None and day.weekday() == wd and span.end <= ws and _WEEKDAY_GAP.fullmatch(text, span.end, ws):
            out.append(DateSpan(span.start, we, span.value, span.pattern, span.score))
    return out


def join_ranges(
    text: str, spans: list[DateSpan], fields_at: dict[tuple[int, int], Fields], ref: date | None
) -> list[DateSpan]:
    """`A到B`, `A-B`: one range; B inherits the year (and month) A stated."""
    out: list[DateSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        if i + 1 < len(spans):
            b = spans[i + 1]
            joined = RANGE_JOIN.fullmatch(text, a.end, b.start) is not None
            tail = None
            if not joined and BETWEEN_JOIN.fullmatch(text, a.end, b.start):
                tail = BETWEEN_TAIL.match(text, b.end)
                joined = tail is not None
            fa = fields_at.get((a.start, a.end)) or fields_of(a.value)
            if not joined and AFTER_BEFORE[0].fullmatch(text, a.end, b.start):
                tail2 = AFTER_BEFORE[1].match(text, b.end)
                b_start = date.fromisoformat(b.value.start)
                if tail2 is not None and b_start > date.fromisoformat(a.value.start):
                    end = (b_start - timedelta(days=1)).isoformat()
                    value = a.value.model_copy(update={"end": end})
                    out.append(DateSpan(a.start, tail2.end(), value, "range", min(a.score, b.score)))
                    i += 2
                    continue
            if joined:
                merged = _merge(text, a, b, fa, fields_at.get((b.start, b.end)), ref)
                if merged is not None:
                    if tail is not None:
                        merged = DateSpan(merged.start, tail.end(), merged.value, merged.pattern, merged.score)
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# A month range written with one 月 (1—8月, 1至8月): the first month's number and the dash before the month read.
_FIRST_MONTH = re.compile(r"(?<![0-9.])(?P<m>[0-9]{1,2})\s*[—–\-~～至到]\s*$")


def month_ranges(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """A month whose range opens with a bare month number (2024年1—8月, 今年1至8月, 1-9月) is the months from the
    first to it, one span with the year before it: not the year and August, two dates (a report's
    今年1至8月…成交4.9万套 covers eight months; read as 今年 and 8月 it was dated the day of publication)."""
    out = list(spans)
    for span in spans:
        v = span.value
        if v.granularity != Granularity.month or v.start[:7] != v.end[:7]:
            continue
        m = _FIRST_MONTH.search(text, max(0, span.start - 6), span.start)
        first = int(m["m"]) if m else 0
        if m is None or not 1 <= first < int(v.start[5:7]):
            continue
        start = m.start()
        year = next((y for y in out if y.end <= start and not text[y.end : start].strip() and _year_of(y, v)), None)
        if year is not None:
            out.remove(year)
            start = year.start
        value = v.model_copy(update={"start": f"{v.start[:5]}{first:02d}-01"})
        out[out.index(span)] = DateSpan(start, span.end, value, "month_range", span.score)
    return out


def _year_of(year: DateSpan, month: DateValue) -> bool:
    """Is `year` the span of the year `month` is in (2024年 before 1—8月)?"""
    return year.value.granularity == Granularity.year and year.value.start[:4] == month.start[:4]


def fields_of(value: DateValue) -> Fields:
    """Fields for a span that did not come from CALENDAR (weeks, relative days)."""
    fine = value.granularity not in (Granularity.year, Granularity.decade)
    return Fields(
        int(value.start[:4]),
        int(value.start[5:7]) if fine else None,
        int(value.start[8:10]) if value.granularity == Granularity.day else None,
        bool(value.relative),
    )


def _merge(text: str, a: DateSpan, b: DateSpan, fa: Fields, fb: Fields | None, ref: date | None) -> DateSpan | None:
    end_value: DateValue | None = b.value
    rel = bool(a.value.relative) or bool(b.value.relative)
    if fb is not None and (fb.year is None or fb.relative) and fa.year is not None:
        # Re-read B with A's year (and month, for a bare day): 一月十日到十二日.
        sub = text[b.start : b.end]
        m = CALENDAR.fullmatch(sub)
        if m is not None and m["m"] is None and m["mrel"] is None and m["y4"] is None and fa.month:
            d = whole_number(m["d"] or m["dc"]) if (m["d"] or m["dc"]) else None
            dd = safe_date(fa.year, fa.month, d) if d else None
            if dd is None:
                return None
            end_value = date_value((dd, dd), Granularity.day, sub, ref, rel)
        elif m is not None:
            res = resolve_calendar(m, ref, inherit=Fields(fa.year, fa.month, None, fa.relative))
            if res is None:
                return None
            end_value = res[0]
            if m["y4"] is None and m["yrel"] is None and m["y2"] is None and m["y2z"] is None:
                # 8月至2月: the end falls in the next year when it precedes the start.
                sm = CALENDAR.fullmatch(sub)
                res = resolve_calendar(sm, ref, inherit=Fields(fa.year, None, None, fa.relative)) if sm else None
                if res is not None and sm is not None:
                    end_value = res[0]
                    if end_value.end < a.value.start:
                        nxt = resolve_calendar(sm, ref, inherit=Fields(fa.year + 1, None, None, fa.relative))
                        end_value = nxt[0] if nxt else end_value
        elif b.pattern == "day_only" and fa.month:
            day = safe_date(fa.year, fa.month, fb.day or 0)
            if day is None:
                return None
            end_value = date_value((day, day), Granularity.day, text[b.start : b.end], ref, rel)
    if end_value is None or end_value.end < a.value.start:
        return None
    grans = [a.value.granularity, end_value.granularity]
    order = list(Granularity)
    gran = min(grans, key=order.index)
    expr = text[a.start : b.end]
    relv: RelativeDate | Literal[False] = (
        RelativeDate(expr=expr, reference=ref.isoformat() if ref else None) if rel else False
    )
    value = DateValue(start=a.value.start, end=end_value.end, granularity=gran, relative=relv)
    return DateSpan(a.start, b.end, value, "range", min(a.score, b.score))
