"""Dates and durations in normalised Chinese text (pure functions, no I/O).

The grammar lives here, not on the extractors, because `sentence_time` needs the same
date grammar as `DateExtractor`; the extractors in claims/extractors/dates.py only wrap
`find_dates` / `find_durations` results into Mentions.

Policies (see also the module constants):

* Year inference for `7月16日`, `5月`, `年底` without a year: candidates are the
  reference year -1, 0, +1; a candidate starting more than FUTURE_SLACK_DAYS after the
  reference is "far after" and dropped; of the rest the one nearest the reference wins
  (distance 0 when the reference lies inside), ties going to the earlier. A day without a
  month (`29日`) does the same over the previous, current and next month (slack 10 days);
  a bare weekday (`周一`) takes the nearest such day, the reference itself included.
* Parts of a year: 年初 Jan-Mar, 年中 May-Aug, 年底/年末 Oct-Dec, 上/前半年 Jan-Jun,
  下/后半年 Jul-Dec (granularity month); quarters Q1..Q4 (granularity quarter); seasons
  for the northern hemisphere: 春 Mar-May, 夏 Jun-Aug, 秋 Sep-Nov, 冬 Dec-Feb of the next
  year (granularity season). Parts of a month: 初/上旬 days 1-10, 中/中旬 11-20,
  底/末/下旬 21-last (granularity day, a range).
* Relative expressions (去年, 上个月, 三周后, 两年前, 昨天, 上周 ...) resolve against the
  reference and keep `relative={"expr", "reference"}`; so does every date whose year or
  month had to be inferred. `N年前` has year granularity, `N个月前` month, `N周前`/`N天前`
  day: the text is no more precise than its unit. Weeks run Monday-Sunday and are a day
  range. Without a reference date relative and year-less dates are skipped: there is
  nothing honest to resolve them to. 最近, 当时, 那时, 目前, 现在, 同年, 当年 are skipped.
* Two-digit years (`21年上半年`, `07年`) are years only with a leading zero or when a month,
  half, quarter, 初/底/末 follows; `yy` reads as 20yy unless that is more than 10 years after
  the reference (or today), then 19yy. 民国N年 is N+1911. Bare four-digit years without 年
  count only after 在/于/到/从/至/自/截至 and before a non-digit, non-unit character.
* Decades: `90年代` is the latest 19x0/20x0 decade starting no later than the reference
  year; `上世纪`/`本世纪`/`N世纪` fix the century.

Durations: `DurationValue(low, high, bound, unit)` in the unit said (`半年` is 0.5 year,
`一个半月` 1.5 month; composites such as `两年零三个月` become the smaller unit, 27 month).
Qualifier intervals (until claims/numerals.py documents one): exact [v, v]; about
(约/大约/大概/左右/上下/差不多) [0.9v, 1.1v]; nearly (近/将近/接近) [0.9v, v]; over
(超过/逾/多/余/以上) [v, None]; under (不到/不足/未满/以下) [None, v]; at_least (至少)
[v, None]; at_most (最多/至多/以内/之内/内) [None, v]; range (1-2, 三到六, 三四) [a, b];
vague counts: 几/数 [2, 9], 十几 [11, 19], N十几 [N1, N9], 几十/数十 [20, 90] (bound range).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from claims.model import Bound, DateValue, DurationValue, Granularity, RelativeDate, TimeUnit
from claims.numerals import parse_number

FUTURE_SLACK_DAYS = 92  # how far after the reference a year-less date may fall
DAY_ONLY_SLACK_DAYS = 10
SHORT_YEAR_FUTURE = 10  # 2-digit years: 20yy unless more than this many years ahead

# --- grammar -----------------------------------------------------------------------

_CN_DIGIT = "零〇○一二三四五六七八九"
_NUM_BEFORE = r"(?<![0-9.零〇○一二两三四五六七八九十百千万廿卅第每])"

_YEAR_ABS = (
    r"(?:(?P<y4>(?:1[0-9]|20)\d\d)"
    rf"|(?P<ycn>[{_CN_DIGIT}]{{4}})"
    r"|(?P<yk>[一二两]千(?:零?[一二三四五六七八九十]{1,3})?)"
    r"|民国 ?(?P<roc>\d{1,3}|[零〇一二三四五六七八九十百]{1,4}))"
)
_SHORT_CTX = r"(?= ?(?:[01]?\d|十[一二]?|[一二三四五六七八九]) ?月|上半年|下半年|前半年|后半年|初|底|末|第?[一二三四1-4]季度|Q[1-4])"
_YEAR = (
    rf"(?:{_YEAR_ABS} ?年"
    rf"|(?P<y2z>0\d|[零〇○][一二三四五六七八九]) ?年"
    rf"|(?P<y2>[1-9]\d|[一二三四五六七八九][{_CN_DIGIT}]) ?年{_SHORT_CTX}"
    r"|(?P<yrel>大前|大后|今|去|明|前|后|本|上|下)年)"
)
_MONTH = (
    r"(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月份?"
    r"|(?P<mrel>上上个|上个|下下个|下个|这个|今个|上|下|本|今)月)"
)
_DAY_NUM = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]"
_DAY = (rf"(?:(?P<d>{_DAY_NUM}) ?(?:日|号)"
        r"|(?P<dc>[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
        r"(?![0-9零〇一二两三四五六七八九十百千万亿个年月日号天周岁元人%点多余]))")
# 中 only before punctuation or a time word: 2025年中国 is not mid-2025.
_MID = r"中(?=[,.。;:、的时前后以左]|$)"
_MPART = rf"(?P<mpart>上旬|中旬|下旬|初|底|末|{_MID})"
_YPART = (
    rf"(?P<ypart>上半年|下半年|前半年|后半年|年?初|年?底|年?末|年?{_MID}"
    r"|第?(?P<q>[一二三四1-4])季度|(?P<qq>Q[1-4])|(?P<s>[春夏秋冬])(?:天|季))"
)

# Year, month, day and parts are all optional in the regex; `_resolve_calendar` rejects
# matches that state neither a year nor a month (and empty ones).
CALENDAR = re.compile(
    _NUM_BEFORE
    + r"(?=[0-9零〇○一二两三四五六七八九十民大今去明前后本上下这])"
    + rf"(?:{_YEAR})?(?: ?{_MONTH} ?(?:{_DAY}|{_MPART})?| ?{_YPART})?"
)
# Day of month alone: 29日; 号 only where it cannot be a number plate (3号线, 1号文件).
DAY_ONLY = re.compile(
    r"(?<![0-9.零〇○一二两三四五六七八九十廿卅月第每])"
    rf"(?P<d>{_DAY_NUM}) ?(?:日|号(?=[,.。;:、)\s到至\-~上下晚早凌起前后]|$))"
)
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:1[0-9]|20)\d\d)(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.])"
)
STANDALONE_PART = re.compile(
    r"(?<![年0-9])(?:(?P<half>上半年|下半年)|第(?P<q>[一二三四1-4])季度|(?<![A-Za-z])Q(?P<qq>[1-4])(?![0-9])"
    rf"|(?P<ypart>年初|年底|年末|年{_MID}))"
)
BARE_YEAR = re.compile(
    r"(?:(?<=[在于到从至自])|(?<=截至)) ?(?P<y>(?:19|20)\d\d)(?![\d.%年万亿元个人家名台件岁月日号:])"
    r"|(?<![\d.])(?P<y2>(?:19|20)\d\d) ?(?=才|起|开始|以前|之前|以后|之后)"
)
DECADE = re.compile(
    r"(?=[上本0-9十一二三四五六七八九零])(?:(?P<cent>上|本|\d{1,2}|十?[一二三四五六七八九]|二十|十)世纪 ?)?"
    r"(?<![0-9])(?:(?P<d4>1\d\d0|20\d0)|(?P<d2>\d0)|(?P<dcn>[一二三四五六七八九]十|零零)) ?年代"
)
_WEEKDAY = r"[一二三四五六日天1-7]"
WEEK = re.compile(
    r"(?P<wrel>上上个?|上个?|下下个?|下个?|本|这个?|今个?)(?:周|星期|礼拜)(?P<wd>" + _WEEKDAY + r"|末)?"
    r"|(?<![上下本这个每0-9零一二两三四五六七八九十几])(?:周|星期|礼拜)(?P<bwd>" + _WEEKDAY + r"|末)"
)
# 寻日/听日 are Cantonese for yesterday/tomorrow.
REL_DAY = re.compile(r"大前天|大后天|前天|昨天|今天|明天|后天|昨日|今日|明日|前日|大后日|后日|寻日|听日")
REL_OFFSET = re.compile(
    _NUM_BEFORE
    + r"(?P<n>[1-9]\d{0,2}|[一二两三四五六七八九十百]+) ?(?P<u>年|个月|个多月|周|个星期|星期|个礼拜|礼拜|天|日) ?"
    r"(?P<dir>以前|以后|之前|之后|前|后)(?![天年日])"
)
YEAR_RANGE = re.compile(
    r"(?P<a>(?:1[0-9]|20)\d\d) ?(?P<ay>年)? ?(?:-|~|–|—|到|至) ?(?P<b>(?:1[0-9]|20)\d\d) ?(?P<by>年)?(?![\d.%万亿元个])"
)
RANGE_JOIN = re.compile(r" ?(?:到|至|-|~|–|—) ?")
# 2007年与2009年之间: a range only when 之间/间 follows.
BETWEEN_JOIN = re.compile(r" ?(?:与|和|及) ?")
BETWEEN_TAIL = re.compile(r" ?之?间")

# Characters some date expression needs; a sentence without any skips every regex.
_DATE_HINT = re.compile(r"[年月日号周期拜天季代Q世\d-]")

_REL_YEAR = {"大前": -3, "前": -2, "去": -1, "上": -1, "今": 0, "本": 0, "明": 1, "下": 1, "后": 2, "大后": 3}
_REL_MONTH = {"上上个": -2, "上个": -1, "上": -1, "本": 0, "这个": 0, "今个": 0, "今": 0, "下个": 1, "下": 1,
              "下下个": 2}
_REL_WEEK = {"上上": -2, "上上个": -2, "上": -1, "上个": -1, "本": 0, "这": 0, "这个": 0, "今": 0,
             "今个": 0, "下": 1, "下个": 1, "下下": 2, "下下个": 2}
_REL_DAY = {"大前天": -3, "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0,
            "明天": 1, "明日": 1, "后天": 2, "后日": 2, "大后天": 3, "大后日": 3, "寻日": -1, "听日": 1}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_SEASONS = {"春": 3, "夏": 6, "秋": 9, "冬": 12}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# --- values ------------------------------------------------------------------------


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a sentence: half-open offsets and its value."""

    start: int
    end: int
    value: DateValue
    pattern: str
    score: float


@dataclass(frozen=True)
class _Fields:
    """What an expression said, before resolution: the parts a range may inherit."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: bool = False  # some field came from the reference date


def _int(text: str | None) -> int | None:
    if not text:
        return None
    n = parse_number(text)
    if n is None or n != n.to_integral_value():
        return None
    return int(n)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_span(year: int, first: int, last: int) -> tuple[date, date] | None:
    """First day of month `first` to the last day of month `last` (which may exceed 12)."""
    y2, m2 = year + (last - 1) // 12, (last - 1) % 12 + 1
    if not (1 <= year <= 9999 and 1 <= y2 <= 9999):
        return None
    return date(year, first, 1), date(y2, m2, _last_day(y2, m2))


def _safe_date(y: int, m: int, d: int) -> date | None:
    if 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= _last_day(y, m):
        return date(y, m, d)
    return None


def _distance(span: tuple[date, date], ref: date) -> int:
    if span[0] <= ref <= span[1]:
        return 0
    return (span[0] - ref).days if span[0] > ref else (ref - span[1]).days


def _nearest(candidates: list[tuple[date, date] | None], ref: date, slack: int) -> tuple[date, date] | None:
    """Year/month inference: nearest candidate not starting more than `slack` days after ref."""
    kept = [c for c in candidates if c is not None and (c[0] - ref).days <= slack]
    if not kept:
        return None
    return min(kept, key=lambda c: (_distance(c, ref), c[0]))


def short_year(yy: int, ref: date | None) -> int:
    """Two-digit year: 20yy unless that is more than SHORT_YEAR_FUTURE years ahead."""
    anchor = (ref or date.today()).year
    return 2000 + yy if 2000 + yy <= anchor + SHORT_YEAR_FUTURE else 1900 + yy


def _value(span: tuple[date, date] | None, gran: Granularity, expr: str, ref: date | None,
           relative: bool) -> DateValue | None:
    if span is None or span[0] > span[1]:
        return None
    rel = RelativeDate(expr=expr, reference=ref.isoformat() if ref else None) if relative else False
    return DateValue(start=span[0].isoformat(), end=span[1].isoformat(), granularity=gran, relative=rel)


def _year_of(m: re.Match[str], ref: date | None) -> tuple[int | None, bool, bool]:
    """(year, relative, ok) from the CALENDAR year groups; ok is False to reject."""
    g = m.groupdict()
    if g.get("y4"):
        return int(g["y4"]), False, True
    if g.get("ycn") or g.get("yk"):
        y = _int(g.get("ycn") or g.get("yk"))
        return y, False, y is not None and 1000 <= y <= 2200
    if g.get("roc"):
        n = _int(g["roc"])
        return (n + 1911 if n else None), False, bool(n)
    for key in ("y2z", "y2"):
        if g.get(key):
            yy = _int(g[key])
            return (short_year(yy, ref) if yy is not None else None), False, yy is not None
    if g.get("yrel"):
        if ref is None:
            return None, True, False
        return ref.year + _REL_YEAR[g["yrel"]], True, True
    return None, False, True


def _month_of(m: re.Match[str], year: int | None, ref: date | None) -> tuple[int | None, int | None, bool, bool]:
    """(year, month, relative, ok): a relative month may move the year."""
    g = m.groupdict()
    if g.get("m"):
        mo = _int(g["m"])
        return year, mo, False, mo is not None and 1 <= mo <= 12
    if g.get("mrel"):
        if ref is None:
            return year, None, True, False
        k = ref.year * 12 + ref.month - 1 + _REL_MONTH[g["mrel"]]
        if year is not None and g["mrel"] == "本":
            return year, ref.month, True, True  # 去年本月: that month of that year
        return k // 12, k % 12 + 1, True, True
    return year, None, False, True


def _part_months(part: str, q: str | None, s: str | None) -> tuple[int, int, Granularity]:
    part = part.lstrip("年") if part.startswith("年") and len(part) > 1 else part
    if q:
        first = 3 * (_QUARTER[q[-1]] - 1) + 1
        return first, first + 2, Granularity.quarter
    if s:
        first = _SEASONS[s]
        return first, first + 2, Granularity.season
    table = {"初": (1, 3), "中": (5, 8), "底": (10, 12), "末": (10, 12), "上半年": (1, 6),
             "前半年": (1, 6), "下半年": (7, 12), "后半年": (7, 12)}
    first, last = table[part]
    return first, last, Granularity.month


def _month_part_days(part: str, year: int, month: int) -> tuple[date, date]:
    last = _last_day(year, month)
    first_day, last_day = {"初": (1, 10), "上旬": (1, 10), "中": (11, 20), "中旬": (11, 20)}.get(part, (21, last))
    return date(year, month, first_day), date(year, month, last_day)


def _resolve_calendar(m: re.Match[str], ref: date | None, inherit: _Fields | None = None
                      ) -> tuple[DateValue, _Fields] | None:
    year, rel, ok = _year_of(m, ref)
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
    day = _int(day_text) if day_text else None
    if day_text and (day is None or not 1 <= day <= 31):
        return None
    expr = m.group()
    fields = _Fields(year, month, day, rel)

    if month is None:  # a year, maybe with a part
        if year is None or not (g.get("y4") or g.get("ycn") or g.get("yk") or g.get("roc") or g.get("y2")
                                or g.get("y2z") or g.get("yrel")):
            return None
        if g.get("ypart"):
            first, last, gran = _part_months(g["ypart"], g.get("q") or g.get("qq"), g.get("s"))
            return _wrap(_value(_month_span(year, first, last), gran, expr, ref, rel), fields)
        return _wrap(_value(_month_span(year, 1, 12), Granularity.year, expr, ref, rel), fields)

    if year is None:  # 7月16日, 12月底: infer the year
        if ref is None:
            return None
        rel = True
        cands = []
        for y in range(ref.year - 4, ref.year + 2):  # -4: a leap day needs a leap year
            cands.append(_calendar_span(y, month, day, g.get("mpart")))
        span = _nearest(cands, ref, FUTURE_SLACK_DAYS)
        if span is None:
            return None
        year = span[0].year
        fields = _Fields(year, month, day, True)
    else:
        span = _calendar_span(year, month, day, g.get("mpart"))
    gran = Granularity.day if day is not None or g.get("mpart") else Granularity.month
    return _wrap(_value(span, gran, expr, ref, rel), fields)


def _calendar_span(year: int, month: int, day: int | None, mpart: str | None) -> tuple[date, date] | None:
    if not 1 <= year <= 9999:
        return None
    if day is not None:
        d = _safe_date(year, month, day)
        return (d, d) if d else None
    if mpart:
        return _month_part_days(mpart, year, month)
    return _month_span(year, month, month)


def _wrap(value: DateValue | None, fields: _Fields) -> tuple[DateValue, _Fields] | None:
    return (value, fields) if value is not None else None


def _shift_months(ref: date, months: int) -> tuple[int, int]:
    k = ref.year * 12 + ref.month - 1 + months
    return k // 12, k % 12 + 1


def _week_span(ref: date, weeks: int) -> tuple[date, date]:
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


# --- finders -----------------------------------------------------------------------


def find_dates(text: str, published: date | None) -> list[DateSpan]:
    """Every date expression in `text`, overlaps resolved longest-first."""
    if not _DATE_HINT.search(text):
        return []
    found: list[DateSpan] = []
    fields_at: dict[tuple[int, int], _Fields] = {}

    def add(start: int, end: int, value: DateValue | None, pattern: str, score: float) -> None:
        if value is not None and start < end:
            found.append(DateSpan(start, end, value, pattern, score))

    has = text.__contains__
    for m in CALENDAR.finditer(text):
        if m.start() == m.end():
            continue
        res = _resolve_calendar(m, published)
        if res:
            value, fields = res
            fields_at[m.span()] = fields
            add(*m.span(), value, "calendar", 0.75 if value.relative else 0.9)
    for m in (NUMERIC_DATE.finditer(text) if has("-") or has(".") or has("/") else ()):
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            fields_at[m.span()] = _Fields(d.year, d.month, d.day)
            add(*m.span(), _value((d, d), Granularity.day, m.group(), published, False), "numeric", 0.9)
    for m in (DAY_ONLY.finditer(text) if has("日") or has("号") else ()):
        day = _int(m["d"])
        if published is None or day is None or not 1 <= day <= 31:
            continue
        cands = []
        for k in (-1, 0, 1):
            y, mo = _shift_months(published, k)
            d = _safe_date(y, mo, day)
            cands.append((d, d) if d else None)
        span = _nearest(cands, published, DAY_ONLY_SLACK_DAYS)
        if span:
            fields_at[m.span()] = _Fields(span[0].year, span[0].month, day, True)
            add(*m.span(), _value(span, Granularity.day, m.group(), published, True), "day_only", 0.6)
    for m in (STANDALONE_PART.finditer(text) if has("半年") or has("季度") or has("Q") or has("年") else ()):
        if published is None:
            continue
        part = m["half"] or m["ypart"] or ""
        first, last, gran = _part_months(part or "初", m["q"] or m["qq"], None)
        add(*m.span(), _value(_month_span(published.year, first, last), gran, m.group(), published, True),
            "year_part", 0.7)
    for m in BARE_YEAR.finditer(text):
        key = "y" if m["y"] else "y2"
        y = int(m[key])
        add(m.start(key), m.end(key), _value(_month_span(y, 1, 12), Granularity.year, m[key], published, False),
            "bare_year", 0.6)
    for m in (DECADE.finditer(text) if has("年代") else ()):
        add(*m.span(), _decade(m, published), "decade", 0.85)
    for m in (WEEK.finditer(text) if has("周") or has("星期") or has("礼拜") else ()):
        add(*m.span(), _week(m, published), "week", 0.7)
    for m in REL_DAY.finditer(text):
        if published is not None:
            d = published + timedelta(days=_REL_DAY[m.group()])
            add(*m.span(), _value((d, d), Granularity.day, m.group(), published, True), "relative_day",
                0.5 if m.group().endswith("日") else 0.75)
    for m in (REL_OFFSET.finditer(text) if has("前") or has("后") else ()):
        add(*m.span(), _offset(m, published), "relative_offset", 0.7)
    for m in YEAR_RANGE.finditer(text):
        if not (m["ay"] or m["by"] or text[max(0, m.start() - 1):m.start()] in ("从", "在", "自")):
            continue
        a, b = int(m["a"]), int(m["b"])
        if a < b:
            add(*m.span(), _value(_month_span(a, 1, 12 * (b - a + 1)), Granularity.year, m.group(), published,
                                  False), "year_range", 0.85)
    found = _join_ranges(text, _longest_first(found), fields_at, published)
    return _longest_first(found)


def _decade(m: re.Match[str], ref: date | None) -> DateValue | None:
    if m["d4"]:
        start = int(m["d4"])
    else:
        tens = 0 if m["dcn"] == "零零" else _int(m["d2"] or m["dcn"])
        if tens is None or tens % 10 or tens >= 100:
            return None
        cent = m["cent"]
        if cent == "上":
            base = ((ref or date.today()).year // 100 - 1) * 100
        elif cent == "本":
            base = (ref or date.today()).year // 100 * 100
        elif cent:
            n = _int(cent)
            if not n:
                return None
            base = (n - 1) * 100
        else:
            anchor = (ref or date.today()).year
            base = 2000 if 2000 + tens <= anchor else 1900
        start = base + tens
    span = _month_span(start, 1, 12 * 10) if start >= 1 else None
    return _value(span, Granularity.decade, m.group(), ref, m["cent"] in ("上", "本") or (not m["cent"] and not m["d4"]))


def _week(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    wd = m["wd"] or m["bwd"]
    if m["wrel"] is not None:
        monday, sunday = _week_span(ref, _REL_WEEK[m["wrel"]])
        if wd is None:
            return _value((monday, sunday), Granularity.day, m.group(), ref, True)
        if wd == "末":
            return _value((monday + timedelta(days=5), sunday), Granularity.day, m.group(), ref, True)
        d = monday + timedelta(days=_WEEKDAYS[wd])
        return _value((d, d), Granularity.day, m.group(), ref, True)
    if wd == "末":  # the nearest weekend
        sat = ref + timedelta(days=5 - ref.weekday())
        if (sat - ref).days > 3:
            sat -= timedelta(days=7)
        return _value((sat, sat + timedelta(days=1)), Granularity.day, m.group(), ref, True)
    delta = (_WEEKDAYS[wd] - ref.weekday()) % 7
    d = ref + timedelta(days=delta if delta <= 3 else delta - 7)
    return _value((d, d), Granularity.day, m.group(), ref, True)


def _offset(m: re.Match[str], ref: date | None) -> DateValue | None:
    n = _int(m["n"])
    if ref is None or n is None:
        return None
    sign = -1 if m["dir"] in ("前", "以前", "之前") else 1
    unit = m["u"]
    if unit == "年":
        y = ref.year + sign * n
        return _value(_month_span(y, 1, 12), Granularity.year, m.group(), ref, True)
    if "月" in unit:
        if "多" in unit:
            return None
        y, mo = _shift_months(ref, sign * n)
        return _value(_month_span(y, mo, mo), Granularity.month, m.group(), ref, True)
    days = n * (1 if unit in ("天", "日") else 7)
    try:
        d = ref + timedelta(days=sign * days)
    except OverflowError:
        return None
    return _value((d, d), Granularity.day, m.group(), ref, True)


def _join_ranges(text: str, spans: list[DateSpan], fields_at: dict[tuple[int, int], _Fields],
                 ref: date | None) -> list[DateSpan]:
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
            fa = fields_at.get((a.start, a.end)) or _fields_of(a.value)
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


def _fields_of(value: DateValue) -> _Fields:
    """Fields for a span that did not come from CALENDAR (weeks, relative days)."""
    fine = value.granularity not in (Granularity.year, Granularity.decade)
    return _Fields(int(value.start[:4]), int(value.start[5:7]) if fine else None,
                   int(value.start[8:10]) if value.granularity == Granularity.day else None, bool(value.relative))


def _merge(text: str, a: DateSpan, b: DateSpan, fa: _Fields, fb: _Fields | None, ref: date | None
           ) -> DateSpan | None:
    end_value = b.value
    rel = bool(a.value.relative) or bool(b.value.relative)
    if fb is not None and (fb.year is None or fb.relative) and fa.year is not None:
        # Re-read B with A's year (and month, for a bare day): 一月十日到十二日.
        sub = text[b.start:b.end]
        m = CALENDAR.fullmatch(sub)
        if m is not None and m["m"] is None and m["mrel"] is None and m["y4"] is None and fa.month:
            d = _int(m["d"] or m["dc"]) if (m["d"] or m["dc"]) else None
            dd = _safe_date(fa.year, fa.month, d) if d else None
            if dd is None:
                return None
            end_value = _value((dd, dd), Granularity.day, sub, ref, rel)
        elif m is not None:
            res = _resolve_calendar(m, ref, inherit=_Fields(fa.year, fa.month, None, fa.relative))
            if res is None:
                return None
            end_value = res[0]
            if m["y4"] is None and m["yrel"] is None and m["y2"] is None and m["y2z"] is None:
                # 8月至2月: the end falls in the next year when it precedes the start.
                sm = CALENDAR.fullmatch(sub)
                res = _resolve_calendar(sm, ref, inherit=_Fields(fa.year, None, None, fa.relative)) if sm else None
                if res is not None:
                    end_value = res[0]
                    if end_value.end < a.value.start:
                        nxt = _resolve_calendar(sm, ref, inherit=_Fields(fa.year + 1, None, None, fa.relative))
                        end_value = nxt[0] if nxt else end_value
        elif b.pattern == "day_only" and fa.month:
            d = _safe_date(fa.year, fa.month, fb.day or 0)
            if d is None:
                return None
            end_value = _value((d, d), Granularity.day, text[b.start:b.end], ref, rel)
    if end_value is None or end_value.end < a.value.start:
        return None
    grans = [a.value.granularity, end_value.granularity]
    order = list(Granularity)
    gran = min(grans, key=order.index)
    expr = text[a.start:b.end]
    relv = RelativeDate(expr=expr, reference=ref.isoformat() if ref else None) if rel else False
    value = DateValue(start=a.value.start, end=end_value.end, granularity=gran, relative=relv)
    return DateSpan(a.start, b.end, value, "range", min(a.score, b.score))


def _longest_first(spans: list[DateSpan]) -> list[DateSpan]:
    chosen: list[DateSpan] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, -s.score)):
        if all(s.end <= c.start or c.end <= s.start for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: (s.start, s.end))


def sentence_time(text: str, published: date | None) -> str | None:
    """The time a sentence anchors its claims to, when it states one.

    `2019 年加入 OpenAI 时` -> "2019", `2025年1月` -> "2025-01", a day -> ISO day; other
    spans (seasons, halves, ranges) -> "start/end". 当时/目前/现在 state no time: None.
    """
    for span in find_dates(text, published):
        v = span.value
        if v.granularity == Granularity.year and v.start[:4] == v.end[:4]:
            return v.start[:4]
        if v.granularity == Granularity.month and v.start[:7] == v.end[:7]:
            return v.start[:7]
        if v.start == v.end:
            return v.start
        return f"{v.start}/{v.end}"
    return None


# --- durations -----------------------------------------------------------------------


@dataclass(frozen=True)
class DurationSpan:
    start: int
    end: int
    value: DurationValue
    pattern: str
    score: float


_D_NUM = r"\d+(?:\.\d+)?|[零〇两一二三四五六七八九十百千廿卅]+(?:点[零〇一二三四五六七八九]+)?"
_D_COUNT = (
    rf"(?P<lo>{_D_NUM}) ?(?:-|~|–|—|到|至) ?(?P<hi>{_D_NUM})"
    r"|(?P<vague>[一二三四五六七八九]?十几|几十|数十|十数|几|数)"
    r"|(?P<adj>[一两二三四五六七八九]{2})(?=个|年|天|周|星期|礼拜|小时|分钟|秒)"
    rf"|(?P<n>{_D_NUM})"
)
_D_UNIT = r"(?P<unit>年|月|周|星期|礼拜|天|小时|钟头|钟|分钟|秒钟|秒)"
DURATION = re.compile(
    r"(?=[将接近约大差超逾至起最不未过长半0-9零〇两一二三四五六七八九十百千廿卅几数])(?P<pre>将近|接近|近|约|大约|大概|差不多|超过|逾|至少|起码|最多|至多|不到|不足|未满|过去|未来|长达)? ?"
    + r"(?<![0-9.零〇两一二三四五六七八九十百千廿卅第每])"
    + rf"(?:(?P<count>{_D_COUNT})(?P<more>多|余)? ?(?P<ge>个)?(?P<more2>多)?(?P<half>半)?|(?<![上下前后])(?P<bare_half>半)(?P<ge2>个)?)"
    + r" ?" + _D_UNIT
    + r"(?P<half2>半)?(?P<more3>多)?(?P<post>左右|上下|以上|以下|以内|之内|内)?"
)
# A second component of a compound duration: 两年零三个月, 一小时三十分钟.
DURATION_PART = re.compile(r"(?:零|又)? ?(?P<n>\d+|[零〇两一二三四五六七八九十廿卅]+) ?(?P<ge>个)? ?" + _D_UNIT)

_UNIT = {"年": TimeUnit.year, "月": TimeUnit.month, "周": TimeUnit.week, "星期": TimeUnit.week,
         "礼拜": TimeUnit.week, "天": TimeUnit.day, "小时": TimeUnit.hour, "钟头": TimeUnit.hour,
         "钟": TimeUnit.hour, "分钟": TimeUnit.minute, "秒钟": TimeUnit.second, "秒": TimeUnit.second}
_ORDER = [TimeUnit.second, TimeUnit.minute, TimeUnit.hour, TimeUnit.day, TimeUnit.week, TimeUnit.month,
          TimeUnit.year]
# Factors to the next smaller unit used by compounds (a month is 30 days, a year 12 months).
_IN_SMALLER = {(TimeUnit.year, TimeUnit.month): 12, (TimeUnit.year, TimeUnit.day): 365,
               (TimeUnit.month, TimeUnit.day): 30, (TimeUnit.week, TimeUnit.day): 7,
               (TimeUnit.day, TimeUnit.hour): 24, (TimeUnit.hour, TimeUnit.minute): 60,
               (TimeUnit.minute, TimeUnit.second): 60, (TimeUnit.week, TimeUnit.hour): 168,
               (TimeUnit.month, TimeUnit.hour): 720, (TimeUnit.year, TimeUnit.hour): 8760}
_PRE_BOUND = {"将近": Bound.nearly, "接近": Bound.nearly, "近": Bound.nearly, "约": Bound.about,
              "大约": Bound.about, "大概": Bound.about, "差不多": Bound.about, "超过": Bound.over,
              "逾": Bound.over, "至少": Bound.at_least, "起码": Bound.at_least, "最多": Bound.at_most,
              "至多": Bound.at_most, "不到": Bound.under, "不足": Bound.under, "未满": Bound.under}
_POST_BOUND = {"左右": Bound.about, "上下": Bound.about, "以上": Bound.over, "以下": Bound.under,
               "以内": Bound.at_most, "之内": Bound.at_most, "内": Bound.at_most}
# After the unit these make the expression a date or something else, not a duration.
_NOT_DURATION_AFTER = re.compile(
    r"(?:[0-9零〇一二三四五六七八九十]+ ?月|代|级|度|初|底|末|中(?=[,.。;:、的时前后以左]|$)|上半年|下半年|第?[一二三四1-4]季度"
    r"|以前|以后|之前|之后|前(?![进往])|后(?![来]))"
)


def qualified(value: Decimal, bound: Bound) -> tuple[Decimal | None, Decimal | None]:
    """The interval a qualifier gives a stated value (see the module docstring)."""
    if bound == Bound.about:
        return value * Decimal("0.9"), value * Decimal("1.1")
    if bound == Bound.nearly:
        return value * Decimal("0.9"), value
    if bound in (Bound.over, Bound.at_least):
        return value, None
    if bound in (Bound.under, Bound.at_most):
        return None, value
    return value, value


def _vague(text: str) -> tuple[Decimal, Decimal] | None:
    if text in ("几", "数"):
        return Decimal(2), Decimal(9)
    if text in ("几十", "数十"):
        return Decimal(20), Decimal(90)
    if text in ("十几", "十数"):
        return Decimal(11), Decimal(19)
    tens = parse_number(text[:-1])
    if tens is None:
        return None
    return tens + 1, tens + 9


def _looks_like_year(m: re.Match[str]) -> bool:
    n = m["n"]
    if not n or m["unit"] != "年":
        return False
    if n.isdigit() and (len(n) == 4 or (len(n) == 2 and n[0] == "0")):
        return True
    # 二〇一八年, 九八年: digit-by-digit Chinese readings are years, counts use 十/百.
    return len(n) >= 2 and all(c in _CN_DIGIT for c in n)


def find_durations(text: str) -> list[DurationSpan]:
    """Every duration in `text` (spans never overlap)."""
    if not re.search(r"[年月周期拜天时钟分秒]", text):
        return []
    out: list[DurationSpan] = []
    last_end = 0
    for m in DURATION.finditer(text):
        if m.start() < last_end:
            continue  # inside the compound just read
        unit_text = m["unit"]
        if unit_text in ("月", "钟") and not (m["ge"] or m["ge2"]):
            continue  # 5月 is May; 钟 needs 个 (半个钟)
        if _looks_like_year(m):
            continue
        tail = text[m.end():m.end() + 4]
        if m["post"] is None and _NOT_DURATION_AFTER.match(tail):
            continue
        if unit_text in ("周", "星期", "礼拜") and tail[:1] == "年":
            continue  # 3周年 is an anniversary
        if unit_text == "年" and m["count"] and m["n"] and m["n"].isdigit() and len(m["n"]) == 2 and \
                re.match(r" ?(?:[01]?\d|十[一二]?|[一二三四五六七八九]) ?月", tail):
            continue
        value = _duration_value(m)
        if value is None:
            continue
        start = m.start("pre") if m["pre"] else m.start("count") if m["count"] else m.start("bare_half")
        end = m.end()
        low, high, unit, bound = value
        # Compounds: 两年零三个月, 一个小时三十分钟, 8天20小时.
        if m["post"] is None and m["more3"] is None and m["vague"] is None and m["lo"] is None:
            pos = end
            while True:
                part = DURATION_PART.match(text, pos)
                if part is None:
                    break
                sub_unit = _UNIT[part["unit"]]
                n = parse_number(part["n"])
                if n is None or _ORDER.index(sub_unit) >= _ORDER.index(unit) or (
                        part["unit"] == "月" and not part["ge"]):
                    break
                factor = _IN_SMALLER.get((unit, sub_unit))
                if factor is None:
                    break
                low = low * factor + n if low is not None else None
                high = high * factor + n if high is not None else None
                unit, pos = sub_unit, part.end()
            end = pos
        last_end = end
        out.append(DurationSpan(start, end, DurationValue(low=low, high=high, bound=bound, unit=unit),
                                "duration", 0.8 if bound == Bound.exact else 0.7))
    return out


def _duration_value(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None, TimeUnit, Bound] | None:
    unit = _UNIT[m["unit"]]
    half = Decimal("0.5") if (m["half"] or m["half2"]) else Decimal(0)
    if m["bare_half"]:
        low = high = Decimal("0.5")
        bound = Bound.exact
    elif m["lo"]:
        lo, hi = parse_number(m["lo"]), parse_number(m["hi"])
        if lo is None or hi is None or lo >= hi:
            return None
        return lo, hi, unit, Bound.range
    elif m["vague"]:
        vague = _vague(m["vague"])
        if vague is None:
            return None
        low, high = vague
        bound = Bound.range
    elif m["adj"]:
        a, b = parse_number(m["adj"][0]), parse_number(m["adj"][1])
        if a is None or b is None or b != a + 1:
            return None
        low, high, bound = a, b, Bound.range
    else:
        n = parse_number(m["n"])
        if n is None or n <= 0:
            return None
        low = high = n + half
        bound = Bound.exact
    if m["more"] or m["more2"] or m["more3"]:
        return low, None, unit, Bound.over
    qualifier = _PRE_BOUND.get(m["pre"] or "") or _POST_BOUND.get(m["post"] or "")
    if qualifier is None:
        return low, high, unit, bound
    if bound == Bound.range:
        # 几周内: at most the top of the vague count; 约三四年 stays a range.
        if qualifier in (Bound.at_most, Bound.under):
            return None, high, unit, qualifier
        if qualifier in (Bound.over, Bound.at_least):
            return low, None, unit, qualifier
        return low, high, unit, bound
    lo, hi = qualified(low, qualifier)
    return lo, hi, unit, qualifier
