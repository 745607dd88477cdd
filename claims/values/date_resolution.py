"""Date resolution: turn one matched date expression into a DateValue against the reference date, under a policy.

The policies (PREFERENCES, UNIT_READINGS and the slack constants) are documented in claims/values/dates.py."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from claims.model import DateValue, Granularity, RelativeDate
from claims.values.date_grammar import (
    HOLIDAYS,
    NTH_WEEKDAY_HOLIDAYS,
    QUARTER_NUMBER,
    REL_MONTH_OFFSET,
    REL_WEEK_OFFSET,
    REL_YEAR_OFFSET,
    SEASON_FIRST_MONTH,
    WEEKDAY_INDEX,
)
from claims.values.numerals import parse_number

FUTURE_SLACK_DAYS = 92  # how far after the reference a year-less date may fall
# A text with no date of its own reads a year-less date against the other sources' median date,
# only near its own day: a month more may fall after it (an undated retelling's 7月17日，张扣扣被执行
# 死刑, read from 2019-04-14, is 2019-07-17, 94 days on, not 2018; a seed's 5月份 read from
# 2025-12-03 stays 2025-05, 149 days back rather than 149 on).
HINT_SLACK_DAYS = FUTURE_SLACK_DAYS + 31


# Resolution policies for expressions without tense (year-less dates, bare weekdays,
# holidays): "nearest" (articles), "past" (the latest on or before the reference),
# "future" (Duckling's convention: the earliest on or after it; a weekday strictly after).
class Prefer(StrEnum):
    nearest = "nearest"
    past = "past"
    future = "future"


PREFERENCES = tuple(Prefer)


# 前1周, 上2个月, 后1年: "rolling" (Recognizers-Text, and articles: N units ending at the
# reference, or starting the day after it) or "calendar" (Duckling: the N whole weeks,
# months or years before or after the current one). 过去/最近/近/未来 are always rolling.
class UnitReading(StrEnum):
    rolling = "rolling"
    calendar = "calendar"


UNIT_READINGS = tuple(UnitReading)
DAY_ONLY_SLACK_DAYS = 10
# Days after the story's anchor from which a count's day alone (截至11日24时) is read from the report's own date:
# the recall probe's 生产日期…1月22日 before a report of 3月12日 (49 days) had made its tallies January's.
STALE_ANCHOR_DAYS = 40
SHORT_YEAR_FUTURE = 10  # 2-digit years: 20yy unless more than this many years ahead


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a sentence: half-open offsets and its value."""

    start: int
    end: int
    value: DateValue
    pattern: str
    score: float


@dataclass(frozen=True)
class Fields:
    """What an expression said, before resolution: the parts a range may inherit."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: bool = False  # some field came from the reference date


def whole_number(text: str | None) -> int | None:
    return _whole_number(text) if text else None


@lru_cache(maxsize=1 << 12)
def _whole_number(text: str) -> int | None:
    """`whole_number` of a numeral, cached: a pure function of it, which every resolution of a
    date asks again (a sentence's dates are resolved under each article's references)."""
    n = parse_number(text)
    if n is None or n != n.to_integral_value():
        return None
    return int(n)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(year: int, first: int, last: int) -> tuple[date, date] | None:
    """First day of month `first` to the last day of month `last` (which may exceed 12)."""
    y2, m2 = year + (last - 1) // 12, (last - 1) % 12 + 1
    if not (1 <= year <= 9999 and 1 <= y2 <= 9999):
        return None
    return date(year, first, 1), date(y2, m2, last_day(y2, m2))


def safe_date(y: int, m: int, d: int) -> date | None:
    if 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= last_day(y, m):
        return date(y, m, d)
    return None


def _distance(span: tuple[date, date], ref: date) -> int:
    if span[0] <= ref <= span[1]:
        return 0
    return (span[0] - ref).days if span[0] > ref else (ref - span[1]).days


def nearest_by_policy(
    candidates: list[tuple[date, date] | None], ref: date, slack: int, prefer: Prefer = Prefer.nearest
) -> tuple[date, date] | None:
    """Year/month inference under a policy (see PREFERENCES): "nearest" takes the candidate
    nearest ref not starting more than `slack` days after it; "past" the latest starting on
    or before ref; "future" the earliest ending on or after ref."""
    cands = [c for c in candidates if c is not None]
    if prefer == "past":
        kept = [c for c in cands if c[0] <= ref]
        return max(kept, key=lambda c: c[0]) if kept else None
    if prefer == "future":
        kept = [c for c in cands if c[1] >= ref]
        return min(kept, key=lambda c: c[0]) if kept else None
    kept = [c for c in cands if (c[0] - ref).days <= slack]
    if not kept:
        return None
    return min(kept, key=lambda c: (_distance(c, ref), c[0]))


def short_year(yy: int, ref: date | None) -> int:
    """Two-digit year: 20yy unless that is more than SHORT_YEAR_FUTURE years ahead."""
    anchor = (ref or date.today()).year
    return 2000 + yy if 2000 + yy <= anchor + SHORT_YEAR_FUTURE else 1900 + yy


def date_value(
    span: tuple[date, date] | None, gran: Granularity, expr: str, ref: date | None, relative: bool
) -> DateValue | None:
    if span is None or span[0] > span[1]:
        return None
    # the expression and its reference are read only for a relative date
    return _date_value(span[0], span[1], gran, expr, ref, True) if relative else _date_value(span[0], span[1], gran)


@lru_cache(maxsize=1 << 12)
def _date_value(
    start: date, end: date, gran: Granularity, expr: str = "", ref: date | None = None, relative: bool = False
) -> DateValue:
    """`date_value`'s value, cached: a validated model costs 7-13 µs, and reprinted sentences
    resolve the same dates (50 generated articles: 1,903 asked, 677 distinct). Values are
    frozen, so claims may share one."""
    rel: RelativeDate | Literal[False] = (
        RelativeDate(expr=expr, reference=ref.isoformat() if ref else None) if relative else False
    )
    return DateValue(start=start.isoformat(), end=end.isoformat(), granularity=gran, relative=rel)


def _year_of(m: re.Match[str], ref: date | None) -> tuple[int | None, bool, bool]:
    """(year, relative, ok) from the CALENDAR year groups; ok is False to reject."""
    g = m.groupdict()
    if g.get("y4"):
        return int(g["y4"]), False, True
    if g.get("ycn") or g.get("yk"):
        y = whole_number(g.get("ycn") or g.get("yk"))
        return y, False, y is not None and 1000 <= y <= 2200
    if g.get("roc"):
        n = whole_number(g["roc"])
        return (n + 1911 if n else None), False, bool(n)
    for key in ("y2z", "y2"):
        if g.get(key):
            yy = whole_number(g[key])
            return (short_year(yy, ref) if yy is not None else None), False, yy is not None
    if g.get("yrel"):
        if ref is None:
            return None, True, False
        return ref.year + REL_YEAR_OFFSET[g["yrel"]], True, True
    if g.get("yana"):  # 同年7月: `ref` is the year the sentence named before (claims.values.dates)
        return (ref.year + (1 if g["yana"] in "次翌" else 0), True, True) if ref else (None, True, False)
    return None, False, True


def _month_of(m: re.Match[str], year: int | None, ref: date | None) -> tuple[int | None, int | None, bool, bool]:
    """(year, month, relative, ok): a relative month may move the year."""
    g = m.groupdict()
    if g.get("m"):
        mo = whole_number(g["m"])
        return year, mo, False, mo is not None and 1 <= mo <= 12
    if g.get("mrel"):
        if ref is None:
            return year, None, True, False
        k = ref.year * 12 + ref.month - 1 + REL_MONTH_OFFSET[g["mrel"]]
        if year is not None and g["mrel"] == "本":
            return year, ref.month, True, True  # 去年本月: that month of that year
        return k // 12, k % 12 + 1, True, True
    return year, None, False, True


def part_months(part: str, q: str | None, s: str | None) -> tuple[int, int, Granularity]:
    part = part.lstrip("年") if part.startswith("年") and len(part) > 1 else part
    if q:
        first = 3 * (QUARTER_NUMBER[q[-1]] - 1) + 1
        return first, first + 2, Granularity.quarter
    if s:
        first = SEASON_FIRST_MONTH[s]
        return first, first + 2, Granularity.season
    table = {
        "初": (1, 3),
        "中": (5, 8),
        "底": (10, 12),
        "末": (10, 12),
        "上半年": (1, 6),
        "前半年": (1, 6),
        "下半年": (7, 12),
        "后半年": (7, 12),
        "半年报": (1, 6),
        "前三季度": (1, 9),
    }
    first, last = table[part]
    return first, last, Granularity.month


def _month_part_days(part: str, year: int, month: int) -> tuple[date, date]:
    last = last_day(year, month)
    first_day, end_day = {"初": (1, 10), "上旬": (1, 10), "中": (11, 20), "中旬": (11, 20)}.get(part, (21, last))
    return date(year, month, first_day), date(year, month, end_day)


def resolve_calendar(
    m: re.Match[str],
    ref: date | None,
    inherit: Fields | None = None,
    prefer: Prefer = Prefer.nearest,
    slack: int = FUTURE_SLACK_DAYS,
    yearless: bool = False,
) -> tuple[DateValue, Fields] | None:
    """One CALENDAR match against `ref`; `yearless`: its year word (今年) is not read, the date is
    placed as a year-less one is (今年2月9日 in an undated text, near the other sources' date)."""
    year, rel, ok = (None, False, True) if yearless else _year_of(m, ref)
    if not ok:
        return None
    g = m.groupdict()
    if year is None and inherit is not None and inherit.year is not None:
        year, rel = inherit.year, inherit.relative
    year, month, mrel, ok = _month_of(m, year, ref)
    if not ok:
        return None
    rel = rel or mrel
    day_text = g.get("d") or g.get("dc")
    day = whole_number(day_text) if day_text else None
    if day_text and (day is None or not 1 <= day <= 31):
        return None
    expr = m.group()
    fields = Fields(year, month, day, rel)

    if month is None:  # a year, maybe with a part
        if year is None or not (
            g.get("y4") or g.get("ycn") or g.get("yk") or g.get("roc") or g.get("y2") or g.get("y2z") or g.get("yrel")
        ):  # (no year of 当年 alone: its lookahead wants a month)
            return None
        if g.get("ypart"):
            first, last, gran = part_months(g["ypart"], g.get("q") or g.get("qq"), g.get("s"))
            return _wrap(date_value(month_span(year, first, last), gran, expr, ref, rel), fields)
        return _wrap(date_value(month_span(year, 1, 12), Granularity.year, expr, ref, rel), fields)

    if year is None:  # 7月16日, 12月底: infer the year
        if ref is None:
            return None
        rel = True
        cands = []
        for y in range(ref.year - 4, ref.year + 2):  # -4: a leap day needs a leap year
            cands.append(_calendar_span(y, month, day, g.get("mpart")))
        span = nearest_by_policy(cands, ref, slack, prefer)
        if span is None:
            return None
        year = span[0].year
        fields = Fields(year, month, day, True)
    else:
        span = _calendar_span(year, month, day, g.get("mpart"))
    gran = Granularity.day if day is not None or g.get("mpart") else Granularity.month
    return _wrap(date_value(span, gran, expr, ref, rel), fields)


def _calendar_span(year: int, month: int, day: int | None, mpart: str | None) -> tuple[date, date] | None:
    if not 1 <= year <= 9999:
        return None
    if day is not None:
        d = safe_date(year, month, day)
        return (d, d) if d else None
    if mpart:
        return _month_part_days(mpart, year, month)
    return month_span(year, month, month)


def _wrap(value: DateValue | None, fields: Fields) -> tuple[DateValue, Fields] | None:
    return (value, fields) if value is not None else None


def shift_months(ref: date, months: int) -> tuple[int, int]:
    k = ref.year * 12 + ref.month - 1 + months
    return k // 12, k % 12 + 1


def _week_span(ref: date, weeks: int) -> tuple[date, date]:
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def resolve_decade(m: re.Match[str], ref: date | None) -> DateValue | None:
    if m["d4"]:
        start = int(m["d4"])
    else:
        tens = 0 if m["dcn"] == "零零" else whole_number(m["d2"] or m["dcn"])
        if tens is None or tens % 10 or tens >= 100:
            return None
        cent = m["cent"]
        if cent == "上":
            base = ((ref or date.today()).year // 100 - 1) * 100
        elif cent == "本":
            base = (ref or date.today()).year // 100 * 100
        elif cent:
            n = whole_number(cent)
            if not n:
                return None
            base = (n - 1) * 100
        else:
            anchor = (ref or date.today()).year
            base = 2000 if 2000 + tens <= anchor else 1900
        start = base + tens
    span = month_span(start, 1, 12 * 10) if start >= 1 else None
    return date_value(
        span, Granularity.decade, m.group(), ref, m["cent"] in ("上", "本") or (not m["cent"] and not m["d4"])
    )


def resolve_week(m: re.Match[str], ref: date | None, prefer: Prefer = Prefer.nearest) -> DateValue | None:
    if ref is None:
        return None
    wd = m["wd"] or m["bwd"]
    if m["wrel"] is not None:
        monday, sunday = _week_span(ref, REL_WEEK_OFFSET[m["wrel"]])
        if wd is None:
            return date_value((monday, sunday), Granularity.day, m.group(), ref, True)
        if wd == "末":
            return date_value((monday + timedelta(days=5), sunday), Granularity.day, m.group(), ref, True)
        d = monday + timedelta(days=WEEKDAY_INDEX[wd])
        return date_value((d, d), Granularity.day, m.group(), ref, True)
    if wd == "末":  # the nearest weekend
        sat = ref + timedelta(days=5 - ref.weekday())
        if (sat - ref).days > 3:
            sat -= timedelta(days=7)
        return date_value((sat, sat + timedelta(days=1)), Granularity.day, m.group(), ref, True)
    delta = (WEEKDAY_INDEX[wd] - ref.weekday()) % 7
    if prefer == "future":
        d = ref + timedelta(days=delta or 7)  # Duckling: 周二 said on a Tuesday is next Tuesday
    elif prefer == "past":
        d = ref - timedelta(days=(7 - delta) % 7)
    else:
        d = ref + timedelta(days=delta if delta <= 3 else delta - 7)
    return date_value((d, d), Granularity.day, m.group(), ref, True)


def resolve_offset(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    pair = _ADJACENT.fullmatch(m["n"])
    if pair:  # 四五年后: a range of offsets, never 45
        a, b = whole_number(pair[1]), whole_number(pair[2])
        if a is None or b is None or b != a + 1 or m["u"] != "年":
            return None
        sign = -1 if m["dir"] in ("前", "以前", "之前") else 1
        y1, y2 = sorted((ref.year + sign * a, ref.year + sign * b))
        return date_value(month_span(y1, 1, 12 * (y2 - y1 + 1)), Granularity.year, m.group(), ref, True)
    n = whole_number(m["n"])
    if n is None:
        return None
    sign = -1 if m["dir"] in ("前", "以前", "之前") else 1
    unit = m["u"]
    if unit == "年":
        y = ref.year + sign * n
        return date_value(month_span(y, 1, 12), Granularity.year, m.group(), ref, True)
    if "月" in unit:
        if "多" in unit:
            return None
        y, mo = shift_months(ref, sign * n)
        return date_value(month_span(y, mo, mo), Granularity.month, m.group(), ref, True)
    days = n * (1 if unit in ("天", "日") else 7)
    try:
        d = ref + timedelta(days=sign * days)
    except OverflowError:
        return None
    return date_value((d, d), Granularity.day, m.group(), ref, True)


_ADJACENT = re.compile(r"([一二两三四五六七八九])([二三四五六七八九])")


def resolve_day_month(m: re.Match[str], ref: date | None, prefer: Prefer) -> DateValue | None:
    """M/D/Y or D/M/Y when only one reading is a date (or both read the same)."""
    a = int(m["a"])
    b = int(m["b"] or m["b2"])
    if m["b2"] and ref is None:
        return None
    if m["y"] or m["y2"]:
        y = int(m["y"]) if m["y"] else short_year(int(m["y2"]), ref)
        if m["y2"] and m["sep"] != "/":
            return None
        readings = {d for d in (safe_date(y, a, b), safe_date(y, b, a)) if d}
        if len(readings) != 1:
            return None
        only = readings.pop()
        return date_value((only, only), Granularity.day, m.group(), ref, False)
    assert ref is not None
    cands = []
    for mo, day in {(a, b), (b, a)}:
        if 1 <= mo <= 12 and 1 <= day <= 31:
            cands.append((mo, day))
    if len(cands) != 1:
        return None
    mo, day = cands[0]
    spans = []
    for y in range(ref.year - 4, ref.year + 2):
        d = safe_date(y, mo, day)
        spans.append((d, d) if d else None)
    span = nearest_by_policy(spans, ref, FUTURE_SLACK_DAYS, prefer)
    return date_value(span, Granularity.day, m.group(), ref, True) if span else None


def _nth_weekday_of(year: int, month: int, weekday: int, n: int) -> date | None:
    if not 1 <= year <= 9999:
        return None
    if n < 0:
        last = date(year, month, last_day(year, month))
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def _by_policy(day_in_year, m: re.Match[str] | None, ref: date | None, prefer: Prefer, expr: str) -> DateValue | None:
    """A yearly date: in the year stated (2013年, 明年), else chosen by policy around ref."""
    if m is not None and m["y4"]:
        d = day_in_year(int(m["y4"]))
        return date_value((d, d), Granularity.day, expr, ref, False) if d else None
    if ref is None:
        return None
    if m is not None and m["yrel"]:
        d = day_in_year(ref.year + REL_YEAR_OFFSET[m["yrel"]])
        return date_value((d, d), Granularity.day, expr, ref, True) if d else None
    spans = []
    for y in range(ref.year - 1, ref.year + 2):
        d = day_in_year(y)
        spans.append((d, d) if d else None)
    span = nearest_by_policy(spans, ref, FUTURE_SLACK_DAYS, prefer)
    return date_value(span, Granularity.day, expr, ref, True) if span else None


def resolve_holiday(m: re.Match[str], y: re.Match[str] | None, ref: date | None, prefer: Prefer) -> DateValue | None:
    name = m["name"]
    expr = (y.group() if y else "") + m.group()
    if name in HOLIDAYS:
        mo, day = HOLIDAYS[name]
        return _by_policy(lambda yy: safe_date(yy, mo, day), y, ref, prefer, expr)
    mo, wd, n = NTH_WEEKDAY_HOLIDAYS[name]
    return _by_policy(lambda yy: _nth_weekday_of(yy, mo, wd, n), y, ref, prefer, expr)


def resolve_nth_weekday(m: re.Match[str], ref: date | None, prefer: Prefer) -> DateValue | None:
    year, _, ok = _year_of(m, ref)
    month = whole_number(m["m"])
    if not ok or month is None or not 1 <= month <= 12:
        return None
    n = -1 if m["last"] else whole_number(m["n"])
    if not n:
        return None
    wd = WEEKDAY_INDEX[m["wd"]]
    if year is not None:
        d = _nth_weekday_of(year, month, wd, n)
        return date_value((d, d), Granularity.day, m.group(), ref, False) if d else None
    if ref is None:
        return None
    spans = []
    for y in range(ref.year - 1, ref.year + 2):
        d = _nth_weekday_of(y, month, wd, n)
        spans.append((d, d) if d else None)
    span = nearest_by_policy(spans, ref, FUTURE_SLACK_DAYS, prefer)
    return date_value(span, Granularity.day, m.group(), ref, True) if span else None


def _shift(ref: date, unit: str, n: int) -> date | None:
    """ref moved by n units, the day clamped to the month's end (3月31日 - 1个月 = 2月28日)."""
    try:
        if unit in ("天", "日"):
            return ref + timedelta(days=n)
        if unit.endswith(("周", "星期", "礼拜")):
            return ref + timedelta(weeks=n)
        months = n if unit.endswith("月") else 12 * n
        y, mo = shift_months(ref, months)
        if not 1 <= y <= 9999:
            return None
        return date(y, mo, min(ref.day, last_day(y, mo)))
    except OverflowError:
        return None


def resolve_rel_period(m: re.Match[str], ref: date | None, rolling: bool) -> DateValue | None:
    n = whole_number(m["n"])
    if ref is None or n is None or n < 1 or _ADJACENT.search(m["n"]):
        return None  # 过去三五年 is vague, not 35 years
    unit, direction = m["u"], m["dir"].rstrip("的")
    if unit == "月" and direction in ("上", "下"):
        return None  # 上3月 is not 上3个月
    back = direction in ("过去", "最近", "近", "前", "上")
    start: date | None
    end: date | None
    if rolling and back:
        start, end = _shift(ref, unit, -n), ref
        gran = Granularity.day
    elif rolling:
        start, end = ref + timedelta(days=1), _shift(ref, unit, n)
        gran = Granularity.day
    elif unit in ("天", "日"):
        start, end = (
            (ref - timedelta(days=n), ref - timedelta(days=1))
            if back
            else (ref + timedelta(days=1), ref + timedelta(days=n))
        )
        gran = Granularity.day
    elif unit.endswith(("周", "星期", "礼拜")):
        monday = ref - timedelta(days=ref.weekday())
        start, end = (
            (monday - timedelta(weeks=n), monday - timedelta(days=1))
            if back
            else (monday + timedelta(weeks=1), monday + timedelta(weeks=n + 1) - timedelta(days=1))
        )
        gran = Granularity.day
    elif unit.endswith("月"):
        k = -n if back else 1
        y, mo = shift_months(ref, k)
        span = month_span(y, mo, mo + n - 1)
        return date_value(span, Granularity.month, m.group(), ref, True)
    else:
        y = ref.year - n if back else ref.year + 1
        return date_value(month_span(y, 1, 12 * n), Granularity.year, m.group(), ref, True)
    if start is None or end is None:
        return None
    return date_value((start, end), gran, m.group(), ref, True)


def resolve_this_one(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    return date_value(month_span(ref.year, 1, 12), Granularity.year, m.group(), ref, True)


def resolve_half_period(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    if m["rel"]:
        first = 1 if ref.month <= 6 else 7
        k = ref.year * 12 + first - 1 + (-6 if m["rel"] == "上" else 6)
        y, mo = k // 12, k % 12 + 1
        return date_value(month_span(y, mo, mo + 5), Granularity.month, m.group(), ref, True)
    if m["u"] == "月":
        last = last_day(ref.year, ref.month)
        a, b = (1, 15) if m["half"] == "上" else (16, last)
        return date_value(
            (date(ref.year, ref.month, a), date(ref.year, ref.month, b)), Granularity.day, m.group(), ref, True
        )
    monday = ref - timedelta(days=ref.weekday())
    a, b = (0, 2) if m["half"] == "上" else (3, 6)
    return date_value((monday + timedelta(days=a), monday + timedelta(days=b)), Granularity.day, m.group(), ref, True)
