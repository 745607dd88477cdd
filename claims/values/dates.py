"""Dates and durations in normalised Chinese text (pure functions, no I/O).

The grammar lives here, not on the extractors, because `sentence_time` needs the same
date grammar as `DateExtractor`; the extractors in claims/extractors/dates.py only wrap
`find_dates` / `find_durations` results into Mentions.

Policies (see also the module constants):

* Expressions without tense (year-less `7月16日`, `5月`, `年底`, `2/15`, holidays, bare
  weekdays, `十月的第一个星期一`) resolve under a policy, `prefer` (PREFERENCES):
  - "nearest" (articles, the default): candidates are the reference year -1, 0, +1; one
    starting more than FUTURE_SLACK_DAYS after the reference is "far after" and dropped;
    of the rest the nearest wins (distance 0 when the reference lies inside), ties to the
    earlier. A day without a month (`29日`) does the same over the previous, current and
    next month (slack 10 days); a bare weekday (`周一`) takes the nearest such day within
    three days either side, the reference itself included.
  - "past": the latest candidate starting on or before the reference (a weekday: the
    reference itself or the last such day).
  - "future" (Duckling's convention): the earliest candidate ending on or after the
    reference; a bare weekday is the next such day strictly after it (周二 said on a
    Tuesday is next Tuesday).
  Articles report the past but also announce (我们将在周五宣布), so they use "nearest".
* A weekday next to a year-less day (`周日, 二月十号`, `2月10日(周日)`) picks the year in
  which that day falls on that weekday (nearest the reference).
* Holidays on fixed Gregorian dates (HOLIDAYS: 元旦, 情人节, 劳动节, 儿童节, 国庆节, 圣诞节 …)
  and on the nth weekday of a month (母亲节, 父亲节, 感恩节) resolve in the year said
  (`2013年圣诞节`, `明年元旦`) or by the policy above. Lunar and movable feasts (春节, 中秋,
  端午, 复活节) are not resolved: no calendar here converts them.
* Numeric day-month forms: Y-M-D always; M/D/Y and D/M/Y (or D.M.Y) only when one reading
  is a date or both read the same (`10/31/74`, `13.5.2015`, `3/3/15`; not `1/2/2020`).
* Relative periods (REL_PERIOD, granularity day unless whole months or years): rolling —
  过去/最近/近 N units is [reference - N units, reference], 未来/今后/接下来 N units is
  [reference + 1 day, reference + N units]; 上/前 and 下/后 N units follow `units`
  (UNIT_READINGS): "rolling" (articles, Recognizers-Text) reads them the same way,
  "calendar" (Duckling) as the N whole days/weeks/months/years before or after the
  current one (上两周 = the two Monday-Sunday weeks before this one). 上/前/下/后 count only
  at a clause start or after 在/于/从. In articles a rolling period is claimed as its
  duration (claims/extractors/dates.py); it never anchors other claims (NOT_ANCHORS).
  `上/下半月` (days 1-15 / 16-end), `上/下半周` (Mon-Wed / Thu-Sun), `上/下个半年`.
* Parts of a year: 年初 Jan-Mar, 年中 May-Aug, 年底/年末 Oct-Dec, 上/前半年 Jan-Jun,
  下/后半年 Jul-Dec (granularity month); quarters Q1..Q4 (granularity quarter); seasons
  for the northern hemisphere: 春 Mar-May, 夏 Jun-Aug, 秋 Sep-Nov, 冬 Dec-Feb of the next
  year (granularity season). Parts of a month: 初/上旬 days 1-10, 中/中旬 11-20,
  底/末/下旬 21-last (granularity day, a range).
* Relative expressions (去年, 上个月, 三周后, 两年前, 昨天, 上周 ...) resolve against the
  reference and keep `relative={"expr", "reference"}`; so does every date whose year or
  month had to be inferred. `N年前` has year granularity, `N个月前` month, `N周前`/`N天前`
  day: the text is no more precise than its unit; `四五年后` is the two years 4 and 5 on,
  and `待了四五年后` (after a stay) is not relative to the reference. Weeks run
  Monday-Sunday and are a day range. `这一年` may point back to a year named before, so it
  scores below the pipeline's MIN_SCORE (reported by find_dates, not claimed). Without a reference date relative and year-less dates are skipped: there is
  nothing honest to resolve them to. 最近, 当时, 那时, 目前, 现在, 同年, 当年 are skipped.
* Two-digit years (`21年上半年`, `07年`) are years only with a leading zero or when a month,
  half, quarter, 初/底/末 follows; `yy` reads as 20yy unless that is more than 10 years after
  the reference (or today), then 19yy. 民国N年 is N+1911. Bare four-digit years without 年
  count only after 在/于/到/从/至/自/截至 and before a non-digit, non-unit character.
* Decades: `90年代` is the latest 19x0/20x0 decade starting no later than the reference
  year; `上世纪`/`本世纪`/`N世纪` fix the century.

Durations: `DurationValue(low, high, bound, unit)` in the unit said (`半年` is 0.5 year,
`一个半月` 1.5 month; composites such as `两年零三个月` become the smaller unit, 27 month).
Qualifier intervals (until claims/values/numerals.py documents one): exact [v, v]; about
(约/大约/大概/左右/上下/差不多) [0.9v, 1.1v]; nearly (近/将近/接近) [0.9v, v]; over
(超过/逾/多/余/以上) [v, None]; under (不到/不足/未满/以下) [None, v]; at_least (至少)
[v, None]; at_most (最多/至多/以内/之内/内) [None, v]; range (1-2, 三到六, 三四) [a, b];
vague counts: 几/数 [2, 9], 十几 [11, 19], N十几 [N1, N9], 几十/数十 [20, 90] (bound range).
After 每/每隔 a count is the length of a period and is extracted (`每1–2个月` is 1..2
months, `每两周` 2 weeks); `每一天`, `每1年` mean "every" and are not. 工作日 counts days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from claims.model import Bound, DateValue, DurationValue, Granularity, RelativeDate, TimeUnit
from claims.values.numerals import bound_interval, parse_number

FUTURE_SLACK_DAYS = 92  # how far after the reference a year-less date may fall
# Resolution policies for expressions without tense (year-less dates, bare weekdays,
# holidays): "nearest" (articles), "past" (the latest on or before the reference),
# "future" (Duckling's convention: the earliest on or after it; a weekday strictly after).
PREFERENCES = ("nearest", "past", "future")
# 前1周, 上2个月, 后1年: "rolling" (Recognizers-Text, and articles: N units ending at the
# reference, or starting the day after it) or "calendar" (Duckling: the N whole weeks,
# months or years before or after the current one). 过去/最近/近/未来 are always rolling.
UNIT_READINGS = ("rolling", "calendar")
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
_DAY = (
    rf"(?:(?P<d>{_DAY_NUM}) ?(?:日|号)"
    r"|(?P<dc>[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
    r"(?![0-9零〇一二两三四五六七八九十百千万亿个年月日号天周岁元人%点多余]))"
)
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
    r"(?P<wrel>上上个?|上个?|下下个?|下个?|本|这一|这个?|今个?)(?:周|星期|礼拜)(?P<wd>"
    + _WEEKDAY
    + r"|末)?(?![期刊年岁])"
    r"|(?<![上下本这个每0-9零一二两三四五六七八九十几])(?:周|星期|礼拜)(?P<bwd>" + _WEEKDAY + r"|末)"
)
# 寻日/听日 are Cantonese for yesterday/tomorrow.
REL_DAY = re.compile(r"大前天|大后天|前天|昨天|今天|明天|后天|昨日|今日|明日|前日|大后日|后日|寻日|听日")
# 待了四五年后 counts from the stay, not from the reference: no 了 before the number.
REL_OFFSET = re.compile(
    r"(?<!了)(?<!了 )"
    + _NUM_BEFORE
    + r"(?P<n>[1-9]\d{0,2}|[一二两三四五六七八九十百]+) ?(?P<u>年|个月|个多月|周|个星期|星期|个礼拜|礼拜|天|日) ?"
    r"(?P<dir>以前|以后|之前|之后|前|后)(?![天年日])"
)
YEAR_RANGE = re.compile(
    r"(?P<a>(?:1[0-9]|20)\d\d) ?(?P<ay>年)? ?(?:-|~|–|—|到|至) ?(?P<b>(?:1[0-9]|20)\d\d) ?(?P<by>年)?(?![\d.%万亿元个])"
)
# Numeric day-month forms other than Y-M-D: M/D/Y (American, Duckling) and D/M/Y or D.M.Y
# (Recognizers) disagree, so a form counts only when it is unambiguous: day == month, or
# only one reading is a valid date (a component above 12). Year-less `2/15` only with `/`;
# `.` and `-` need a four-digit year (1.5.3 is a version, 3-7 a range); a two-digit year
# or no year only before the end or punctuation (10/20/30篇论文 is a list of counts).
DM_DATE = re.compile(
    r"(?<![\d./\-:])(?P<a>[0-3]?\d)(?:(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)(?:(?P<y>(?:1[0-9]|20)\d\d)(?![\d./\-%:])"
    r"|(?P<y2>\d\d)(?=$|[\s,;:!?)）。，；])(?!\.\d))|/(?P<b2>[0-3]?\d)(?=$|[\s,;:!?)）。，；])(?!\.\d))"
)
# 2010 01 29: Y M D separated by spaces, month and day zero-padded.
SPACED_DATE = re.compile(r"(?P<y>[12]\d\d\d)(?<![\d.]....) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?![\d.])")
# Holidays on fixed Gregorian dates (lunar and movable feasts are not here: 春节, 中秋 ...).
HOLIDAYS = {
    "元旦": (1, 1),
    "新年": (1, 1),
    "情人节": (2, 14),
    "圣瓦伦丁节": (2, 14),
    "妇女节": (3, 8),
    "女生节": (3, 7),
    "植树节": (3, 12),
    "消费者权益日": (3, 15),
    "愚人节": (4, 1),
    "劳动节": (5, 1),
    "青年节": (5, 4),
    "儿童节": (6, 1),
    "建党节": (7, 1),
    "建军节": (8, 1),
    "教师节": (9, 10),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "老板节": (10, 16),
    "万圣节": (10, 31),
    "光棍节": (11, 11),
    "双十一": (11, 11),
    "平安夜": (12, 24),
    "圣诞节": (12, 25),
    "圣诞": (12, 25),
    "澳门回归纪念日": (12, 20),
    "香港回归纪念日": (7, 1),
}
# Holidays on the nth weekday of a month: (month, weekday, n); n = -1 is the last one.
NTH_WEEKDAY_HOLIDAYS = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}
# The name first (an alternation of literals scans fast), then the year said before it.
HOLIDAY = re.compile(
    r"(?P<name>" + "|".join(sorted([*HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS], key=len, reverse=True)) + r")"
    r"(?![\d一二三四五六七八九十目])"
)
HOLIDAY_YEAR = re.compile(
    r"(?:(?P<yrel>今|去|明|前|后)年|(?P<y4>(?:1[0-9]|20)\d\d) ?年)?(?:国际|五一国际|五一|八一|六一)?$"
)
# 十月的第一个星期一, 5月最后一个周日.
NTH_WEEKDAY = re.compile(
    rf"(?:{_YEAR_ABS} ?年)?(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月(?:份)?的?"
    r"(?:第(?P<n>[一二三四五1-5])|(?P<last>最后一))个?(?:星期|周|礼拜)(?P<wd>[一二三四五六日天1-7])"
)
# Periods relative to the reference. Rolling (过去/最近/近 N units, ending at the
# reference; 未来/今后/接下来 N units, starting the day after) and calendar (上/前 N units:
# the N whole days, weeks, months or years before the current one; 下/后 N units: the N
# after it). 上/前/下/后 count only at the start of a clause or after 在/于/从: 发布后三天,
# 成立的前两年, 今年前两个月 and 此后两年 are relative to something else.
REL_PERIOD = re.compile(
    r"(?P<dir>过去的?|最近|(?<![将接附靠临亲贴最])近|未来的?|今后|接下来的?"
    r"|(?:^|(?<=[\s,.;:!?\"'()“”‘’、在于从]))[前后上下])"
    r" ?(?P<n>[1-9]\d{0,2}|[一二两三四五六七八九十]{1,3}) ?(?P<u>天|日|个?星期|个?礼拜|个?周|个?月|年)"
    r"(?![前后底末初中以之内来代级度龄轻份纪薪期])"
)
# 这一年 (this year) is often anaphoric (the year just named), so it scores below the
# pipeline's MIN_SCORE: find_dates reports it, articles do not claim it.
THIS_ONE = re.compile(r"这一(?P<u>年)(?![代级度龄轻份纪薪期来])")
# 上半月 (days 1-15), 下半月 (16-end), 上/下半周 (Mon-Wed / Thu-Sun), 上个/下个半年 (the
# previous / next half-year).
HALF_PERIOD = re.compile(r"(?P<half>上|下)半(?P<u>月|周)|(?P<rel>上|下)个半年")
# 2010年之后2018年之前: from A up to (not including) B.
AFTER_BEFORE = (re.compile(r" ?(?:之后|以后) ?"), re.compile(r" ?(?:之前|以前)"))
RANGE_JOIN = re.compile(r" ?(?:到|至|-|~|–|—) ?")
# 2007年与2009年之间: a range only when 之间/间 follows.
BETWEEN_JOIN = re.compile(r" ?(?:与|和|及) ?")
BETWEEN_TAIL = re.compile(r" ?之?间")

# Characters some date expression needs; a sentence without any skips every regex.
# Cheap searches that start with a character class (the regex engine scans for it in C)
# gate the patterns that start with look-behinds or optional groups.
_ARABIC_DIGIT = re.compile(r"\d")
_DM_HINT = re.compile(r"\d[/.\-]\d")
_WEEK_HINT = re.compile(r"星期|周|礼拜")
_REL_PERIOD_HINT = re.compile(r"(?:[近前后上下]|过去|未来|今后|接下来)的? ?[\d一二两三四五六七八九十]")
_YEAR4_HINT = re.compile(r"[12]\d\d\d")
_DATE_HINT = re.compile(r"[年月日号周期拜天季代Q世节旦诞庆夜双\d-]")

_REL_YEAR = {"大前": -3, "前": -2, "去": -1, "上": -1, "今": 0, "本": 0, "明": 1, "下": 1, "后": 2, "大后": 3}
_REL_MONTH = {
    "上上个": -2,
    "上个": -1,
    "上": -1,
    "本": 0,
    "这个": 0,
    "今个": 0,
    "今": 0,
    "下个": 1,
    "下": 1,
    "下下个": 2,
}
_REL_WEEK = {
    "上上": -2,
    "上上个": -2,
    "上": -1,
    "上个": -1,
    "本": 0,
    "这": 0,
    "这一": 0,
    "这个": 0,
    "今": 0,
    "今个": 0,
    "下": 1,
    "下个": 1,
    "下下": 2,
    "下下个": 2,
}
_REL_DAY = {
    "大前天": -3,
    "前天": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "今天": 0,
    "今日": 0,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "后日": 2,
    "大后天": 3,
    "大后日": 3,
    "寻日": -1,
    "听日": 1,
}
_WEEKDAYS = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
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


def _nearest(
    candidates: list[tuple[date, date] | None], ref: date, slack: int, prefer: str = "nearest"
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


def _value(
    span: tuple[date, date] | None, gran: Granularity, expr: str, ref: date | None, relative: bool
) -> DateValue | None:
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
    table = {
        "初": (1, 3),
        "中": (5, 8),
        "底": (10, 12),
        "末": (10, 12),
        "上半年": (1, 6),
        "前半年": (1, 6),
        "下半年": (7, 12),
        "后半年": (7, 12),
    }
    first, last = table[part]
    return first, last, Granularity.month


def _month_part_days(part: str, year: int, month: int) -> tuple[date, date]:
    last = _last_day(year, month)
    first_day, last_day = {"初": (1, 10), "上旬": (1, 10), "中": (11, 20), "中旬": (11, 20)}.get(part, (21, last))
    return date(year, month, first_day), date(year, month, last_day)


def _resolve_calendar(
    m: re.Match[str], ref: date | None, inherit: _Fields | None = None, prefer: str = "nearest"
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
        if year is None or not (
            g.get("y4") or g.get("ycn") or g.get("yk") or g.get("roc") or g.get("y2") or g.get("y2z") or g.get("yrel")
        ):
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
        span = _nearest(cands, ref, FUTURE_SLACK_DAYS, prefer)
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


def find_dates(text: str, published: date | None, prefer: str = "nearest", units: str = "rolling") -> list[DateSpan]:
    """Every date expression in `text`, overlaps resolved longest-first; `prefer` is the
    policy for expressions without tense (see PREFERENCES), `units` the reading of
    上/前/下/后 N units (see UNIT_READINGS)."""
    if not _DATE_HINT.search(text):
        return []
    found: list[DateSpan] = []
    fields_at: dict[tuple[int, int], _Fields] = {}

    def add(start: int, end: int, value: DateValue | None, pattern: str, score: float) -> None:
        if value is not None and start < end:
            found.append(DateSpan(start, end, value, pattern, score))

    has = text.__contains__
    # Every calendar date states a year (…年) or a month (…月): without either, skip the scan.
    for m in CALENDAR.finditer(text) if has("年") or has("月") else ():
        if m.start() == m.end():
            continue
        res = _resolve_calendar(m, published, prefer=prefer)
        if res:
            value, fields = res
            fields_at[m.span()] = fields
            add(*m.span(), value, "calendar", 0.75 if value.relative else 0.9)
    digits = _ARABIC_DIGIT.search(text) is not None
    for m in NUMERIC_DATE.finditer(text) if digits and (has("-") or has(".") or has("/")) else ():
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            fields_at[m.span()] = _Fields(d.year, d.month, d.day)
            add(*m.span(), _value((d, d), Granularity.day, m.group(), published, False), "numeric", 0.9)
    for m in DAY_ONLY.finditer(text) if has("日") or has("号") else ():
        day = _int(m["d"])
        if published is None or day is None or not 1 <= day <= 31:
            continue
        cands = []
        for k in (-1, 0, 1):
            y, mo = _shift_months(published, k)
            d = _safe_date(y, mo, day)
            cands.append((d, d) if d else None)
        span = _nearest(cands, published, DAY_ONLY_SLACK_DAYS, prefer)
        if span:
            fields_at[m.span()] = _Fields(span[0].year, span[0].month, day, True)
            add(*m.span(), _value(span, Granularity.day, m.group(), published, True), "day_only", 0.6)
    for m in STANDALONE_PART.finditer(text) if has("半年") or has("季度") or has("Q") or has("年") else ():
        if published is None:
            continue
        part = m["half"] or m["ypart"] or ""
        first, last, gran = _part_months(part or "初", m["q"] or m["qq"], None)
        add(
            *m.span(),
            _value(_month_span(published.year, first, last), gran, m.group(), published, True),
            "year_part",
            0.7,
        )
    has_year4 = digits and _YEAR4_HINT.search(text) is not None
    for m in BARE_YEAR.finditer(text) if has_year4 else ():
        key = "y" if m["y"] else "y2"
        y = int(m[key])
        add(
            m.start(key),
            m.end(key),
            _value(_month_span(y, 1, 12), Granularity.year, m[key], published, False),
            "bare_year",
            0.6,
        )
    for m in DECADE.finditer(text) if has("年代") else ():
        add(*m.span(), _decade(m, published), "decade", 0.85)
    weekdays: dict[tuple[int, int], int] = {}
    for m in WEEK.finditer(text) if has("周") or has("星期") or has("礼拜") else ():
        if m["bwd"] and m["bwd"] != "末":
            weekdays[m.span()] = _WEEKDAYS[m["bwd"]]
        # 这一周 may point back to a week the text named before: reported, not claimed.
        add(*m.span(), _week(m, published, prefer), "week", 0.45 if m["wrel"] == "这一" else 0.7)
    for m in THIS_ONE.finditer(text) if has("这一") else ():
        add(*m.span(), _this_one(m, published), "this_one", 0.45)
    for m in HALF_PERIOD.finditer(text) if has("半月") or has("半周") or has("半年") else ():
        add(*m.span(), _half_period(m, published), "half_period", 0.7)
    for m in REL_DAY.finditer(text):
        if published is not None:
            d = published + timedelta(days=_REL_DAY[m.group()])
            add(
                *m.span(),
                _value((d, d), Granularity.day, m.group(), published, True),
                "relative_day",
                0.5 if m.group().endswith("日") else 0.75,
            )
    for m in REL_OFFSET.finditer(text) if has("前") or has("后") else ():
        add(*m.span(), _offset(m, published), "relative_offset", 0.7)
    for m in DM_DATE.finditer(text) if digits and _DM_HINT.search(text) else ():
        value = _day_month(m, published, prefer)
        if value is not None:
            fields_at[m.span()] = _fields_of(value)
            add(*m.span(), value, "day_month", 0.8 if m["y"] else 0.6 if m["y2"] else 0.55)
    for m in SPACED_DATE.finditer(text) if digits else ():
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            add(*m.span(), _value((d, d), Granularity.day, m.group(), published, False), "numeric", 0.8)
    for m in HOLIDAY.finditer(text):
        y = HOLIDAY_YEAR.search(text, max(0, m.start() - 9), m.start())
        add(y.start() if y else m.start(), m.end(), _holiday(m, y, published, prefer), "holiday", 0.8)
    for m in NTH_WEEKDAY.finditer(text) if (has("第") or has("最后")) and _WEEK_HINT.search(text) else ():
        add(*m.span(), _nth_weekday(m, published, prefer), "nth_weekday", 0.8)
    for m in REL_PERIOD.finditer(text) if _REL_PERIOD_HINT.search(text) else ():
        rolling = m["dir"][0] in "过最近未今接"
        value = _rel_period(m, published, rolling or units == "rolling")
        # Rolling periods score below durations: on the same span (过去两年) an article
        # keeps the duration; the date is there for sentence-level readers and benchmarks.
        add(*m.span(), value, "relative_period" if rolling else "relative_units", 0.6 if rolling else 0.7)
    for m in YEAR_RANGE.finditer(text) if has_year4 else ():
        if not (m["ay"] or m["by"] or text[max(0, m.start() - 1) : m.start()] in ("从", "在", "自")):
            continue
        a, b = int(m["a"]), int(m["b"])
        if a < b:
            add(
                *m.span(),
                _value(_month_span(a, 1, 12 * (b - a + 1)), Granularity.year, m.group(), published, False),
                "year_range",
                0.85,
            )
    if weekdays:
        found = _weekday_dates(text, found, weekdays, fields_at, published)
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
    return _value(
        span, Granularity.decade, m.group(), ref, m["cent"] in ("上", "本") or (not m["cent"] and not m["d4"])
    )


def _week(m: re.Match[str], ref: date | None, prefer: str = "nearest") -> DateValue | None:
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
    if prefer == "future":
        d = ref + timedelta(days=delta or 7)  # Duckling: 周二 said on a Tuesday is next Tuesday
    elif prefer == "past":
        d = ref - timedelta(days=(7 - delta) % 7)
    else:
        d = ref + timedelta(days=delta if delta <= 3 else delta - 7)
    return _value((d, d), Granularity.day, m.group(), ref, True)


def _offset(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    pair = _ADJACENT.fullmatch(m["n"])
    if pair:  # 四五年后: a range of offsets, never 45
        a, b = _int(pair[1]), _int(pair[2])
        if a is None or b is None or b != a + 1 or m["u"] != "年":
            return None
        sign = -1 if m["dir"] in ("前", "以前", "之前") else 1
        y1, y2 = sorted((ref.year + sign * a, ref.year + sign * b))
        return _value(_month_span(y1, 1, 12 * (y2 - y1 + 1)), Granularity.year, m.group(), ref, True)
    n = _int(m["n"])
    if n is None:
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


_ADJACENT = re.compile(r"([一二两三四五六七八九])([二三四五六七八九])")


def _day_month(m: re.Match[str], ref: date | None, prefer: str) -> DateValue | None:
    """M/D/Y or D/M/Y when only one reading is a date (or both read the same)."""
    a = int(m["a"])
    b = int(m["b"] or m["b2"])
    if m["b2"] and ref is None:
        return None
    if m["y"] or m["y2"]:
        y = int(m["y"]) if m["y"] else short_year(int(m["y2"]), ref)
        if m["y2"] and m["sep"] != "/":
            return None
        readings = {d for d in (_safe_date(y, a, b), _safe_date(y, b, a)) if d}
        if len(readings) != 1:
            return None
        d = readings.pop()
        return _value((d, d), Granularity.day, m.group(), ref, False)
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
        d = _safe_date(y, mo, day)
        spans.append((d, d) if d else None)
    span = _nearest(spans, ref, FUTURE_SLACK_DAYS, prefer)
    return _value(span, Granularity.day, m.group(), ref, True) if span else None


def _nth_weekday_of(year: int, month: int, weekday: int, n: int) -> date | None:
    if not 1 <= year <= 9999:
        return None
    if n < 0:
        last = date(year, month, _last_day(year, month))
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def _by_policy(day_in_year, m: re.Match[str] | None, ref: date | None, prefer: str, expr: str) -> DateValue | None:
    """A yearly date: in the year stated (2013年, 明年), else chosen by policy around ref."""
    if m is not None and m["y4"]:
        d = day_in_year(int(m["y4"]))
        return _value((d, d), Granularity.day, expr, ref, False) if d else None
    if ref is None:
        return None
    if m is not None and m["yrel"]:
        d = day_in_year(ref.year + _REL_YEAR[m["yrel"]])
        return _value((d, d), Granularity.day, expr, ref, True) if d else None
    spans = []
    for y in range(ref.year - 1, ref.year + 2):
        d = day_in_year(y)
        spans.append((d, d) if d else None)
    span = _nearest(spans, ref, FUTURE_SLACK_DAYS, prefer)
    return _value(span, Granularity.day, expr, ref, True) if span else None


def _holiday(m: re.Match[str], y: re.Match[str] | None, ref: date | None, prefer: str) -> DateValue | None:
    name = m["name"]
    expr = (y.group() if y else "") + m.group()
    if name in HOLIDAYS:
        mo, day = HOLIDAYS[name]
        return _by_policy(lambda yy: _safe_date(yy, mo, day), y, ref, prefer, expr)
    mo, wd, n = NTH_WEEKDAY_HOLIDAYS[name]
    return _by_policy(lambda yy: _nth_weekday_of(yy, mo, wd, n), y, ref, prefer, expr)


def _nth_weekday(m: re.Match[str], ref: date | None, prefer: str) -> DateValue | None:
    year, _, ok = _year_of(m, ref)
    month = _int(m["m"])
    if not ok or month is None or not 1 <= month <= 12:
        return None
    n = -1 if m["last"] else _int(m["n"])
    if not n:
        return None
    wd = _WEEKDAYS[m["wd"]]
    if year is not None:
        d = _nth_weekday_of(year, month, wd, n)
        return _value((d, d), Granularity.day, m.group(), ref, False) if d else None
    if ref is None:
        return None
    spans = []
    for y in range(ref.year - 1, ref.year + 2):
        d = _nth_weekday_of(y, month, wd, n)
        spans.append((d, d) if d else None)
    span = _nearest(spans, ref, FUTURE_SLACK_DAYS, prefer)
    return _value(span, Granularity.day, m.group(), ref, True) if span else None


def _shift(ref: date, unit: str, n: int) -> date | None:
    """ref moved by n units, the day clamped to the month's end (3月31日 - 1个月 = 2月28日)."""
    try:
        if unit in ("天", "日"):
            return ref + timedelta(days=n)
        if unit.endswith(("周", "星期", "礼拜")):
            return ref + timedelta(weeks=n)
        months = n if unit.endswith("月") else 12 * n
        y, mo = _shift_months(ref, months)
        if not 1 <= y <= 9999:
            return None
        return date(y, mo, min(ref.day, _last_day(y, mo)))
    except OverflowError:
        return None


def _rel_period(m: re.Match[str], ref: date | None, rolling: bool) -> DateValue | None:
    n = _int(m["n"])
    if ref is None or n is None or n < 1 or _ADJACENT.search(m["n"]):
        return None  # 过去三五年 is vague, not 35 years
    unit, direction = m["u"], m["dir"].rstrip("的")
    if unit == "月":
        if direction in ("上", "下"):
            return None  # 上3月 is not 上3个月
    back = direction in ("过去", "最近", "近", "前", "上")
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
        y, mo = _shift_months(ref, k)
        span = _month_span(y, mo, mo + n - 1)
        return _value(span, Granularity.month, m.group(), ref, True)
    else:
        y = ref.year - n if back else ref.year + 1
        return _value(_month_span(y, 1, 12 * n), Granularity.year, m.group(), ref, True)
    if start is None or end is None:
        return None
    return _value((start, end), gran, m.group(), ref, True)


def _this_one(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    return _value(_month_span(ref.year, 1, 12), Granularity.year, m.group(), ref, True)


def _half_period(m: re.Match[str], ref: date | None) -> DateValue | None:
    if ref is None:
        return None
    if m["rel"]:
        first = 1 if ref.month <= 6 else 7
        k = ref.year * 12 + first - 1 + (-6 if m["rel"] == "上" else 6)
        y, mo = k // 12, k % 12 + 1
        return _value(_month_span(y, mo, mo + 5), Granularity.month, m.group(), ref, True)
    if m["u"] == "月":
        last = _last_day(ref.year, ref.month)
        a, b = (1, 15) if m["half"] == "上" else (16, last)
        return _value(
            (date(ref.year, ref.month, a), date(ref.year, ref.month, b)), Granularity.day, m.group(), ref, True
        )
    monday = ref - timedelta(days=ref.weekday())
    a, b = (0, 2) if m["half"] == "上" else (3, 6)
    return _value((monday + timedelta(days=a), monday + timedelta(days=b)), Granularity.day, m.group(), ref, True)


_WEEKDAY_GAP = re.compile(r"[ ,、(（]{0,2}")


def _weekday_dates(
    text: str,
    found: list[DateSpan],
    weekdays: dict[tuple[int, int], int],
    fields_at: dict[tuple[int, int], _Fields],
    ref: date | None,
) -> list[DateSpan]:
    """周日, 二月十号 / 2月10日(周日): a year-less day takes the year its weekday names."""
    out = list(found)
    for span in found:
        f = fields_at.get((span.start, span.end))
        if ref is None or f is None or not f.relative or f.month is None or f.day is None:
            continue
        for (ws, we), wd in weekdays.items():
            before = we <= span.start and _WEEKDAY_GAP.fullmatch(text, we, span.start)
            after = span.end <= ws and _WEEKDAY_GAP.fullmatch(text, span.end, ws)
            if not (before or after):
                continue
            days = [
                d
                for y in range(ref.year - 1, ref.year + 2)
                if (d := _safe_date(y, f.month, f.day)) and d.weekday() == wd
            ]
            if not days:
                continue
            d = min(days, key=lambda d: abs((d - ref).days))
            start, end = (ws, span.end) if before else (span.start, we)
            out.append(
                DateSpan(
                    start, end, _value((d, d), Granularity.day, text[start:end], ref, True), "weekday_date", span.score
                )
            )
    return out


def _join_ranges(
    text: str, spans: list[DateSpan], fields_at: dict[tuple[int, int], _Fields], ref: date | None
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
            fa = fields_at.get((a.start, a.end)) or _fields_of(a.value)
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


def _fields_of(value: DateValue) -> _Fields:
    """Fields for a span that did not come from CALENDAR (weeks, relative days)."""
    fine = value.granularity not in (Granularity.year, Granularity.decade)
    return _Fields(
        int(value.start[:4]),
        int(value.start[5:7]) if fine else None,
        int(value.start[8:10]) if value.granularity == Granularity.day else None,
        bool(value.relative),
    )


def _merge(text: str, a: DateSpan, b: DateSpan, fa: _Fields, fb: _Fields | None, ref: date | None) -> DateSpan | None:
    end_value = b.value
    rel = bool(a.value.relative) or bool(b.value.relative)
    if fb is not None and (fb.year is None or fb.relative) and fa.year is not None:
        # Re-read B with A's year (and month, for a bare day): 一月十日到十二日.
        sub = text[b.start : b.end]
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
            end_value = _value((d, d), Granularity.day, text[b.start : b.end], ref, rel)
    if end_value is None or end_value.end < a.value.start:
        return None
    grans = [a.value.granularity, end_value.granularity]
    order = list(Granularity)
    gran = min(grans, key=order.index)
    expr = text[a.start : b.end]
    relv = RelativeDate(expr=expr, reference=ref.isoformat() if ref else None) if rel else False
    value = DateValue(start=a.value.start, end=end_value.end, granularity=gran, relative=relv)
    return DateSpan(a.start, b.end, value, "range", min(a.score, b.score))


def _longest_first(spans: list[DateSpan]) -> list[DateSpan]:
    chosen: list[DateSpan] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, -s.score)):
        if all(s.end <= c.start or c.end <= s.start for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: (s.start, s.end))


# Rolling periods (过去两年) are the sentence's extent, and 这一年 may point back: neither
# anchors a claim to a time.
NOT_ANCHORS = ("relative_period", "this_one")


def sentence_time(text: str, published: date | None) -> str | None:
    """The time a sentence anchors its claims to, when it states one.

    `2019 年加入 OpenAI 时` -> "2019", `2025年1月` -> "2025-01", a day -> ISO day; other
    spans (seasons, halves, ranges) -> "start/end". 当时/目前/现在 state no time: None.
    """
    for span in find_dates(text, published):
        if span.pattern in NOT_ANCHORS:
            continue
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
_D_UNIT = r"(?P<unit>年|月|周|星期|礼拜|工作日|天|小时|钟头|钟|分钟|秒钟|秒)"
DURATION = re.compile(
    r"(?=[将接近约大差超逾至起最不未过长半0-9零〇两一二三四五六七八九十百千廿卅几数])(?P<pre>将近|接近|近|约|大约|大概|差不多|超过|逾|至少|起码|最多|至多|不到|不足|未满|过去|未来|长达)? ?"
    + r"(?<![0-9.零〇两一二三四五六七八九十百千廿卅第])"
    + rf"(?:(?P<count>{_D_COUNT})(?P<more>多|余)? ?(?P<ge>个)?(?P<more2>多)?(?P<half>半)?|(?<![上下前后])(?P<bare_half>半)(?P<ge2>个)?)"
    + r" ?"
    + _D_UNIT
    + r"(?P<half2>半)?(?P<more3>多)?(?P<post>左右|上下|以上|以下|以内|之内|内)?"
)
# A second component of a compound duration: 两年零三个月, 一小时三十分钟.
DURATION_PART = re.compile(r"(?:零|又)? ?(?P<n>\d+|[零〇两一二三四五六七八九十廿卅]+) ?(?P<ge>个)? ?" + _D_UNIT)

_UNIT = {
    "年": TimeUnit.year,
    "月": TimeUnit.month,
    "周": TimeUnit.week,
    "星期": TimeUnit.week,
    "礼拜": TimeUnit.week,
    "工作日": TimeUnit.day,
    "天": TimeUnit.day,
    "小时": TimeUnit.hour,
    "钟头": TimeUnit.hour,
    "钟": TimeUnit.hour,
    "分钟": TimeUnit.minute,
    "秒钟": TimeUnit.second,
    "秒": TimeUnit.second,
}
_ORDER = [TimeUnit.second, TimeUnit.minute, TimeUnit.hour, TimeUnit.day, TimeUnit.week, TimeUnit.month, TimeUnit.year]
# Factors to the next smaller unit used by compounds (a month is 30 days, a year 12 months).
_IN_SMALLER = {
    (TimeUnit.year, TimeUnit.month): 12,
    (TimeUnit.year, TimeUnit.day): 365,
    (TimeUnit.month, TimeUnit.day): 30,
    (TimeUnit.week, TimeUnit.day): 7,
    (TimeUnit.day, TimeUnit.hour): 24,
    (TimeUnit.hour, TimeUnit.minute): 60,
    (TimeUnit.minute, TimeUnit.second): 60,
    (TimeUnit.week, TimeUnit.hour): 168,
    (TimeUnit.month, TimeUnit.hour): 720,
    (TimeUnit.year, TimeUnit.hour): 8760,
}
_PRE_BOUND = {
    "将近": Bound.nearly,
    "接近": Bound.nearly,
    "近": Bound.nearly,
    "约": Bound.about,
    "大约": Bound.about,
    "大概": Bound.about,
    "差不多": Bound.about,
    "超过": Bound.over,
    "逾": Bound.over,
    "至少": Bound.at_least,
    "起码": Bound.at_least,
    "最多": Bound.at_most,
    "至多": Bound.at_most,
    "不到": Bound.under,
    "不足": Bound.under,
    "未满": Bound.under,
}
_POST_BOUND = {
    "左右": Bound.about,
    "上下": Bound.about,
    "以上": Bound.over,
    "以下": Bound.under,
    "以内": Bound.at_most,
    "之内": Bound.at_most,
    "内": Bound.at_most,
}
# After the unit these make the expression a date or something else, not a duration.
_NOT_DURATION_AFTER = re.compile(
    r"(?:[0-9零〇一二三四五六七八九十]+ ?月|代|级|度|初|底|末|中(?=[,.。;:、的时前后以左]|$)|上半年|下半年|第?[一二三四1-4]季度"
    r"|以前|以后|之前|之后|前(?![进往])|后(?![来]))"
)


_EVERY = re.compile(r"每 ?(?:隔 ?)?$")
_DURATION_HINT = re.compile(r"[年月周期拜天时钟分秒]|工作日")


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
    if not _DURATION_HINT.search(text):
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
        if m["count"] and _EVERY.search(text, max(0, m.start("count") - 3), m.start("count")) and m["n"] in ("一", "1"):
            continue  # 每一天, 每1年: "every", not a length; 每两周, 每1–2个月 are periods
        tail = text[m.end() : m.end() + 4]
        if m["post"] is None and _NOT_DURATION_AFTER.match(tail):
            continue
        if unit_text in ("周", "星期", "礼拜") and tail[:1] == "年":
            continue  # 3周年 is an anniversary
        if (
            unit_text == "年"
            and m["count"]
            and m["n"]
            and m["n"].isdigit()
            and len(m["n"]) == 2
            and re.match(r" ?(?:[01]?\d|十[一二]?|[一二三四五六七八九]) ?月", tail)
        ):
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
                if (
                    n is None
                    or _ORDER.index(sub_unit) >= _ORDER.index(unit)
                    or (part["unit"] == "月" and not part["ge"])
                ):
                    break
                factor = _IN_SMALLER.get((unit, sub_unit))
                if factor is None:
                    break
                low = low * factor + n if low is not None else None
                high = high * factor + n if high is not None else None
                unit, pos = sub_unit, part.end()
            end = pos
        last_end = end
        out.append(
            DurationSpan(
                start,
                end,
                DurationValue(low=low, high=high, bound=bound, unit=unit),
                "duration",
                0.8 if bound == Bound.exact else 0.7,
            )
        )
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
    lo, hi = bound_interval(low, qualifier)  # a span of time is open below: 一年内 is [None, 1]
    return lo, hi, unit, qualifier
