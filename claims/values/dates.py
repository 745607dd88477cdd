"""Dates in normalised Chinese text: `find_dates` and `sentence_time` (pure functions, no I/O).

The pipeline: date_grammar.py (regexes and word tables) → date_resolution.py (one match →
DateValue under a policy) → date_ranges.py (ranges, weekday-dated days, overlaps) → here.
The grammar lives in claims/values, not on the extractors, because `sentence_time` needs the
same grammar as `DateExtractor`; claims/extractors/dates.py only wraps `find_dates` /
`find_durations` results into Mentions.

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
* The dates a text tells: a year-less date continues from the day or month its sentence told
  before it (2019年3月5日被捕，8月被判: 2019-08; 去年12月28日…1月3日: the January after), else
  from the story's anchor (the last such date of an earlier sentence), else from publication.
  当年6月, 同年7月, 次年3月 are months of the year the sentence named before, else the anchor's.
  A deictic year or month (今年, 去年, 本月; not 比去年, 去年同期, 今年58岁) tells of the writer's
  now: dates after it read from that, not from the anchor (`names_now` ends it for the pipeline).
  A date of birth (1990年5月出生, 生于…, 出生日期为“…”) dates the birth only (pattern BIRTH): no
  figure beside it, no later date.
* Two-digit years (`21年上半年`, `07年`) are years only with a leading zero or when a month,
  half, quarter, 初/底/末 follows; `yy` reads as 20yy unless that is more than 10 years after
  the reference (or today), then 19yy. 民国N年 is N+1911. Bare four-digit years without 年
  count only after 在/于/到/从/至/自/截至 and before a non-digit, non-unit character.
* Decades: `90年代` is the latest 19x0/20x0 decade starting no later than the reference
  year; `上世纪`/`本世纪`/`N世纪` fix the century.

Durations are in claims/values/durations.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from claims.model import DateValue, Granularity, Period, Precision
from claims.spans import longest_first
from claims.text.gate import gated
from claims.text.hanzi import HAN, TITLES, in_quotes, in_title
from claims.values.date_grammar import (
    ANAPHORIC_DAY,
    ANAPHORIC_OFFSET,
    ARABIC_DIGIT,
    BARE_YEAR,
    CALENDAR,
    DATE_HINT,
    DAY_ONLY,
    DECADE,
    DM_DATE,
    DM_HINT,
    HALF_PERIOD,
    HOLIDAY,
    HOLIDAY_YEAR,
    NTH_WEEKDAY,
    NUMERIC_DATE,
    REL_DAY,
    REL_DAY_OFFSET,
    REL_MONTH_OFFSET,
    REL_OFFSET,
    REL_PERIOD,
    REL_PERIOD_HINT,
    REL_YEAR_OFFSET,
    SPACED_DATE,
    STANDALONE_PART,
    THIS_ONE,
    WEEK,
    WEEK_HINT,
    WEEKDAY_INDEX,
    YEAR4_HINT,
    YEAR_RANGE,
)
from claims.values.date_ranges import fields_of, join_ranges, month_ranges, weekday_dates
from claims.values.date_resolution import (
    DAY_ONLY_SLACK_DAYS,
    FUTURE_SLACK_DAYS,
    HINT_SLACK_DAYS,
    STALE_ANCHOR_DAYS,
    DateSpan,
    Fields,
    Prefer,
    UnitReading,
    date_value,
    month_span,
    nearest_by_policy,
    part_months,
    resolve_calendar,
    resolve_day_month,
    resolve_decade,
    resolve_half_period,
    resolve_holiday,
    resolve_nth_weekday,
    resolve_offset,
    resolve_rel_period,
    resolve_this_one,
    resolve_week,
    safe_date,
    shift_months,
    whole_number,
)
from claims.values.times import CLOCK_ZONE, TALLY_BEFORE, TimeSpan, day_part_at, find_times


def find_dates(
    text: str,
    published: date | None,
    prefer: Prefer = Prefer.nearest,
    units: UnitReading = UnitReading.rolling,
    anchor: date | None = None,
    last_day: date | None = None,
    year_hint: date | None = None,
) -> list[DateSpan]:
    """Every date expression in `text`, overlaps resolved longest-first; `prefer` is the
    policy for expressions without tense (see PREFERENCES), `units` the reading of
    上/前/下/后 N units (see UNIT_READINGS).

    Two references: deictic expressions (今年, 昨天, 三年前) count from `published`; a
    date without its year (10月28日, 8日), N天后 and anaphora (次日, 当晚, 此前一天) count
    from `anchor`, the nearest full date the text gave before (a story told in 2018
    about 2008 writes 12月13日 for 2008-12-13), else from `published`. `last_day`: the
    last day the text stated, however far back: 当天 and a time of day alone (九点多)
    refer to it when no nearer date does (an anchor expires, what 当天 points at does not).
    `year_hint`: for a text that states no date of its own, the story's date (the other
    sources'), from which a calendar date without its year (3月30日, 30日) is read when
    neither reference is known, even after 今年 (直到今年7月9日…8月4日: 今年 itself is not
    read from it, the text may be of another year); nothing else counts from it (not even
    a day alone, 24日, whose month the text must give)."""
    if not may_resolve(text):
        return []  # no date and no time of day in the text: nothing under any reference (uncached)
    if last_day is not None and (anchor is not None or not _uses_last_day(text)):
        last_day = None  # it changes nothing here: the sentence's pipeline and time calls share one scan
    if published is not None:
        year_hint = None  # a reference of its own: the hint changes nothing, the cache key need not hold it
    return list(_find_dates(text, published, prefer, units, anchor, last_day, year_hint))


@lru_cache(maxsize=1 << 14)
def may_resolve(text: str) -> bool:
    """Can `find_dates(text, …)` find anything under some references? Not where DATES_GATE
    turns the text away (no hint of a date, an anaphoric day or a time), nor where its scan
    matched no family and found no time of day (日本, 第3季, 一天: nearly half the texts
    DATES_GATE lets through): `_find_dates` answers () for it under every reference. Cached: the
    pipeline asks it of a sentence up to three times (`dated`, the date recognizer, its time)."""
    if DATES_GATE.search(text) is None:
        return False
    said = _text_scan(text)
    return said.dated or bool(said.times)


def _uses_last_day(text: str) -> bool:
    """Only an anaphoric day (当天) or a time of day (九点多) with no anchor reads `last_day`."""
    return ANAPHORIC_DAY.search(text) is not None or TIME_HINT.search(text) is not None


@lru_cache(maxsize=1 << 12)
def _find_dates(
    text: str,
    published: date | None,
    prefer: Prefer,
    units: UnitReading,
    anchor: date | None,
    last_day: date | None,
    year_hint: date | None = None,
) -> tuple[DateSpan, ...]:
    """find_dates, cached: a sentence's time is read from the dates its extractor found."""
    said = _text_scan(text)  # what the text alone says: the same under every reference
    if not said.dated:
        return tuple(with_times(text, [], anchor or last_day, published))  # 九点多，…: a time alone
    scan = _Scan(said, published, prefer, units, anchor, last_day, year_hint)
    scan.calendar_dates()
    scan.years()
    scan.weeks_and_relative_days()
    scan.numeric_forms()
    scan.named_days()
    scan.periods()
    scan.anaphoric_days()
    found = scan.found
    if scan.weekdays:
        found = weekday_dates(text, found, scan.weekdays, scan.fields_at, published)
    found = join_ranges(text, month_ranges(text, longest_first(found)), scan.fields_at, published)
    return tuple(with_times(text, longest_first(found), anchor or last_day, published))


def with_times(text: str, spans: list[DateSpan], anchor: date | None, published: date | None = None) -> list[DateSpan]:
    """Times of day: joined to the day right before them (`3月26日早上7点多`,
    `6月17日3时20分许`), or, standing alone (`早上7点多`), dated by the last day this
    text stated, else the story's anchor; a count's hour with neither (截至14时: TALLY_BEFORE)
    by the day of publication, as a dateline's hour is."""
    times = _text_scan(text).times
    if times is None:
        return spans
    out: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for s in spans:
        v = s.value
        if v.granularity == Granularity.day and v.start == v.end:
            gap = len(text[s.end : s.end + 2]) - len(text[s.end : s.end + 2].lstrip(" 的"))
            if zone := _ZONE_GAP.match(text, s.end + gap):
                gap += len(zone.group())  # 8月5日北京时间7时32分: whose clock tells the day's time
            rest = text[s.end + gap : s.end + gap + 14]
            t = next(iter(find_times(rest, after_date=True)), None)
            if t is None or t.start != 0:
                t = day_part_at(rest)  # 11月4日下午: the afternoon of that day
            if t is not None and t.start == 0:
                end = s.end + gap + t.end
                s = DateSpan(s.start, end, v.model_copy(update={"time": t.text}), s.pattern, s.score)
        out.append(s)
        taken.append((s.start, s.end))
    for t in times:
        if any(a < t.end and t.start < b for a, b in taken):
            continue
        ref = _last_day_before(out, t.start) or anchor
        tally = TALLY_BEFORE.search(text, 0, t.start) is not None
        if ref is None and tally and not _own_day_before(text, t.start):
            ref = published  # 截至14时, 截至晚上6时, 截至当天14时 (no day before it): the report's day
        if ref is None:
            continue
        value = date_value((ref, ref), Granularity.day, text[t.start : t.end], ref, True)
        if value is not None:
            # A count's hour dates the figures it holds for; another time alone (九点多) dates no figure.
            pattern = "tally_hour" if tally else "time_of_day"
            out.append(DateSpan(t.start, t.end, value.model_copy(update={"time": t.text}), pattern, 0.6))
    return sorted(out, key=lambda s: (s.start, s.end))


Matches = tuple[re.Match[str], ...]
_ZONE_GAP = re.compile(CLOCK_ZONE.replace("时间", "[时時][间間]") + r"\s*")


# Words by which a sentence looks ahead (预计一季度营收…, 一季度将完成, 目标): a part of the year not yet over is this year's.
_AHEAD = re.compile(r"预计|预期|预测|预估|目标|计划|有望|将|力争|争取|展望|指引")
# …and a sentence that asks or supposes what will be (十年后，我们还会办这种竞赛吗, 如果5年后回头看现在): what
# a later offset from the page's day (N天后 with no date told before) may be; told as past it counts from a
# happening the page does not date (development corpus: 17 such, 十年后再回首 read as 2028).
_LOOKS_AHEAD = re.compile(_AHEAD.pattern + r"|会|如果|假如|要是|未来")


class _TextScan(NamedTuple):
    """What a text alone says of dates: each pattern family's matches (where the text holds
    that family's hint), and its times of day (None without TIME_HINT). No reference date
    enters it, so it is computed once per text (`_text_scan`) and resolved by `_Scan`
    against each article's dates: a sentence reprinted on another day is not matched again.
    (A named tuple: built once per text scanned, faster than a frozen dataclass's 21 setattrs.)"""

    text: str
    dated: bool  # some family matched: else only times of day can be dates (九点多)
    times: tuple[TimeSpan, ...] | None
    calendar: Matches = ()
    numeric: Matches = ()
    day_only: Matches = ()
    year_part: Matches = ()
    bare_year: Matches = ()
    decade: Matches = ()
    week: Matches = ()
    this_one: Matches = ()
    half_period: Matches = ()
    rel_day: Matches = ()
    rel_offset: Matches = ()
    anaphoric: Matches = ()
    day_month: Matches = ()
    spaced: Matches = ()
    holiday: Matches = ()
    nth_weekday: Matches = ()
    rel_period: Matches = ()
    year_range: Matches = ()


@lru_cache(maxsize=1 << 12)
def _text_scan(text: str) -> _TextScan:
    """`_TextScan` of `text`: every family matched under the same hints the scan always
    used (a family whose hint is absent cannot match, and is not run). A text no family matched (日本, 今后的发展:
    nearly half the scans of generated articles) resolves nothing: not dated."""
    times = tuple(find_times(text)) if TIME_HINT.search(text) else None
    if not DATE_HINT.search(text) and not ANAPHORIC_DAY.search(text):
        return _TextScan(text, False, times)
    has = text.__contains__
    digits = ARABIC_DIGIT.search(text) is not None
    year4 = digits and YEAR4_HINT.search(text) is not None

    def every(pattern: re.Pattern[str], hinted: bool = True) -> Matches:
        return tuple(pattern.finditer(text)) if hinted else ()

    said = _TextScan(
        text,
        True,
        times,
        # Every calendar date states a year (…年, or 2023Q4's quarter) or a month (…月): without either, skip the scan.
        calendar=every(CALENDAR, has("年") or has("月") or has("Q")),  # never empty (date_grammar.CALENDAR)
        numeric=every(NUMERIC_DATE, digits and (has("-") or has(".") or has("/"))),
        day_only=every(DAY_ONLY, has("日") or has("号")),
        year_part=every(STANDALONE_PART, has("半年") or has("季度") or has("Q") or has("年")),
        bare_year=every(BARE_YEAR, year4),
        decade=every(DECADE, has("年代")),
        week=every(WEEK, has("周") or has("星期") or has("礼拜")),
        this_one=every(THIS_ONE, has("这一")),
        half_period=every(HALF_PERIOD, has("半月") or has("半周") or has("半年")),
        rel_day=every(REL_DAY),
        rel_offset=every(REL_OFFSET, has("前") or has("后")),
        anaphoric=every(ANAPHORIC_DAY),
        day_month=every(DM_DATE, digits and DM_HINT.search(text) is not None),
        spaced=every(SPACED_DATE, digits),
        holiday=every(HOLIDAY),
        nth_weekday=every(NTH_WEEKDAY, (has("第") or has("最后")) and WEEK_HINT.search(text) is not None),
        rel_period=every(REL_PERIOD, REL_PERIOD_HINT.search(text) is not None),
        year_range=every(YEAR_RANGE, year4),
    )
    return said if any(said[_FIRST_FAMILY:]) else _TextScan(text, False, times)


_FIRST_FAMILY = _TextScan._fields.index("calendar")  # the families' matches: calendar … year_range


@dataclass(frozen=True, slots=True)
class _Told:
    """A date told in a sentence, which the year-less dates after it continue from (a reader
    takes 7月9日…8月4日 as the same summer, and 今年…8月4日 as this year's): read them nearest
    `ref`, or in `year` (今年 alone); `hinted`: an unresolved 今年 in an undated text, read them
    from the story's date (`ref` = the year hint; None for 去年: nothing to read them by)."""

    end: int
    ref: date | None
    year: int | None = None
    hinted: bool = False


# 比去年, 较上月, 与去年…相比, 去年同期: a time compared with, not the time the sentence tells of;
# 今年58岁的张某: an age, said of any time.
# A joiner (与, 同, 跟, 和) compares only when the clause closes it (与2010年…相比: _COMPARISON_CLOSE).
# 比2010年, 较2019年同期, 与2010年…相比; 低于2019年的结果, 高于五年前的52个席位 (a comparison's other side).
_COMPARED_BEFORE = gated(r"(?:比|较|相较于?|同比|环比|[高低少多]于|超过|超越|不及|(?P<open>与|同|跟|和))\s*$")
_AGE_AFTER = re.compile(r"\s*(?:同期|[0-9零一二两三四五六七八九十]+\s*(?:周岁|岁))")


def _continuing(m: re.Match[str], after: date, prefer: Prefer) -> tuple[DateValue, Fields] | None:
    """A year-less date after `after` in one sentence: in its year (2019年3月5日被捕，12月被判: 2019-12),
    or the next when that is nearer (去年12月28日…1月3日: the January after)."""
    same = resolve_calendar(m, after, Fields(after.year, relative=True), prefer)
    if same is None or date.fromisoformat(same[0].end) >= after:
        return same
    later = resolve_calendar(m, after, Fields(after.year + 1, relative=True), prefer)
    if later is None or after - date.fromisoformat(same[0].end) <= date.fromisoformat(later[0].start) - after:
        return same
    return later


# A date of birth (1990年5月出生, 生于1977年5月13日, （1985年生）, 出生日期为“1976年6月”) dates the
# birth, not the figures beside it (现年37岁, 被判处有期徒刑3年), and no later date continues from it.
BIRTH = "birth"
_BIRTH_BEFORE = gated(
    r"(?:出生[于於在]|(?<![发發产產诞誕滋寄衍萌派催新再重丛叢共伴原野])生[于於]|出生日期|出生年月|生日)\s*(?:[为是:：]|登记为)?\s*[“\"「『]?\s*$"
)
_BIRTH_AFTER = re.compile(r"\s*[”\"」』]?\s*(?:出生|生人|生)(?:的|(?=[\s，,。；;、）)」”]|$))")


def is_birth(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) someone's date of birth?"""
    return (
        _BIRTH_AFTER.match(text, end) is not None or _BIRTH_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _names_now(text: str, m: re.Match[str]) -> bool:
    """A deictic year or month (今年, 去年, 本月) that tells when, not one a clause compares with."""
    return not _COMPARED_BEFORE.search(text, max(0, m.start() - 3), m.start()) and not _AGE_AFTER.match(text, m.end())


# A year that ends a span of two (2024—2025年度流感疫苗, 2024/25年度): a season across both, no year the dates after
# it fall in (a vaccination probe's 截至11月18日 in a 2024-11-20 report had been read as 2025's). A season of one
# year (2025年度中超联赛…3月1日) names it.
_RANGE_BEFORE = re.compile(r"(?:19|20)?[0-9]{2}\s*年?\s*(?:-|~|–|—|/|到|至)\s*$")


def _season(text: str, m: re.Match[str]) -> bool:
    return _RANGE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


def names_now(text: str) -> bool:
    """Does the sentence tell of the writer's now (今年, 去年, 本月, not compared with)? Year-less
    dates after it continue from that, not from a year an earlier sentence told (the pipeline's
    anchor ends there)."""
    return any(_names_now(text, m) for m in _deictic(text))


def _deictic(text: str) -> list[re.Match[str]]:
    """The text's calendar dates that name a year or month from the writer's now (今年, 上月)."""
    return [m for m in _text_scan(text).calendar if m["yrel"] or m["mrel"]]


# A bare weekday right after a title opens a name (处长周一鸣今日公布) when one more character and then a verb
# or a day follow; 处长周一表示, 周一晚表示 and 周一又称 tell a Monday.
_NAMED_WEEKDAY = re.compile(f"(?:{TITLES})$")
_NAME_CHAR = r"[^\W\d_上下早晚中凌夜午傍深清又也亦还再就才都曾已将会要则起至到在于向对和与及]"
_NAME_RUNS_ON = re.compile(
    _NAME_CHAR + r"(?:表示|说|称|指出|公布|宣布|透露|强调|介绍|回应|今日|今天|昨日|昨天|亦|也|则|在|于|向|对)"
)
_NAME_CHAR_RE = re.compile(_NAME_CHAR)
# What follows a paper's name: its title's close or its kind (《南方周末》, 周末画报), or a press word after a
# name's character (南方周末记者, 南方周末报道); the weekend of 本周末 or 在周末发表 has a word before it that leads
# into a time (development corpus: 南方周末记者王瑞锋1月19日刊载 had dated its sentence to the weekend after).
_PAPER_AFTER = re.compile(r"》|画报|杂志|周刊")
_PRESS_AFTER = re.compile(r"记者|编辑|特约|版|报道")
# A headline or a paragraph opening with a speaker's name and a colon (周一鸣：死亡人数增至161人).
_SPEAKER_TAG = re.compile(_NAME_CHAR + r"\s*[：:]")
# 今日（28日）, 昨天(2月27日): the day in brackets says which day the relative word means, whatever
# the page's date (a live page updated for days, a report filed after midnight); its month and year, unless
# it names them, are those nearest the relative word's day.
_GLOSSED_DAY = re.compile(r" ?[（(] ?(?:(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月)?(?P<d>\d{1,2})[日号]? ?[）)]")


def _glossed(near: date, gloss: re.Match[str]) -> date | None:
    day = int(gloss["d"])
    if gloss["m"]:
        return safe_date(int(gloss["y"] or near.year), int(gloss["m"]), day)
    days = [safe_date(*shift_months(near, k), day) for k in (-1, 0, 1)]
    return min((d for d in days if d), key=lambda d: abs((d - near).days), default=None)


class _Scan:
    """One sentence's date scan: every pattern family adds its spans (and, for dates a
    range may extend, the fields it stated) in a fixed order; overlaps are resolved later."""

    def __init__(
        self,
        said: _TextScan,
        published: date | None,
        prefer: Prefer,
        units: UnitReading,
        anchor: date | None = None,
        last_day: date | None = None,
        year_hint: date | None = None,
    ) -> None:
        self.said, self.text, self.published, self.prefer, self.units = said, said.text, published, prefer, units
        self.anchor, self.last_day = anchor, last_day
        self.story = anchor or published  # what year-less dates and anaphora count from
        self.year_of = self.story or year_hint  # what a calendar date without its year is read against
        self.found: list[DateSpan] = []
        self.fields_at: dict[tuple[int, int], Fields] = {}
        self.weekdays: dict[tuple[int, int], int] = {}  # weekday spans (周日) → weekday index
        self.year_hint = year_hint
        self.told: list[_Told] = []  # dates told so far that later year-less dates continue from

    def add(self, start: int, end: int, value: DateValue | None, pattern: str, score: float) -> None:
        # A day named in quoted words (“你要不承认，明天他就进去”, 汤兰兰只说“去年冬天”) is counted from when they
        # were spoken, which the page does not date (development corpus: 14 such read from publication).
        # In a title's marks a date counted from the page's or the story's names a work (《今日说法》,
        # 《明天会更好》) or is told in the work's own time (新京报…《涉事老师：事发当日没批评》 had read 当日 as
        # the day of the report); a date the title states in full stays one (《2018年政府工作报告》).
        if value is None or start >= end:
            return
        if value.relative and (
            in_title(self.text, start, end) or (pattern in QUOTED_DEIXIS and in_quotes(self.text, start, end))
        ):
            return
        self.found.append(DateSpan(start, end, value, pattern, score))

    def calendar_dates(self) -> None:
        """Year-month-day dates, numeric Y-M-D, a day of month alone."""
        published = self.published
        for m in self.said.calendar:
            if m.start() < m.end():
                self._calendar(m)
        for m in self.said.numeric:
            d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                self.fields_at[m.span()] = Fields(d.year, d.month, d.day)
                self.add(*m.span(), date_value((d, d), Granularity.day, m.group(), published, False), "numeric", 0.9)
        for m in self.said.day_only:
            self._day_only(m)

    def _day_only(self, m: re.Match[str]) -> None:
        """A day of month alone (24日): in the month of the date its sentence told before it (7月16日以来，
        截至28日12时: July 28), or the next when nearer; else near the story's anchor or publication."""
        told = self._told_before(m.start())
        # a day alone needs its month from the text: a year hint has none
        story = self.story if told is None else None if told.hinted else told.ref
        if told is None and self._stale_for_tally(m.start()):
            story = self.published  # 截至11日24时 in a report of 3月12日: not January's, the batches' 生产日期
        day = whole_number(m["d"])
        if story is None or day is None or not 1 <= day <= 31:
            return
        cands = []
        for k in (-1, 0, 1):
            y, mo = shift_months(story, k)
            d = safe_date(y, mo, day)
            cands.append((d, d) if d else None)
        if told is not None and told.year is None:  # a day the sentence told: this month's on or after it, or the next
            later = [c for c in cands if c is not None and c[0] >= story]
            same = cands[1] if cands[1] is not None and cands[1][0] < story else None
            span = min([*later[:1], *([same] if same else [])], key=lambda c: abs((c[0] - story).days), default=None)
        else:
            span = nearest_by_policy(cands, story, DAY_ONLY_SLACK_DAYS, self.prefer)
        if span:
            self.fields_at[m.span()] = Fields(span[0].year, span[0].month, day, True)
            self.add(*m.span(), date_value(span, Granularity.day, m.group(), story, True), "day_only", 0.6)

    def _stale_for_tally(self, at: int) -> bool:
        """Is a day alone a count's moment (截至11日24时) in a report published more than STALE_ANCHOR_DAYS after the
        story's anchor? A bulletin counts up to its report's days, not to the month of a date told long before."""
        if self.anchor is None or self.published is None or not TALLY_BEFORE.search(self.text, 0, at):
            return False
        return (self.published - self.anchor).days > STALE_ANCHOR_DAYS

    def _calendar(self, m: re.Match[str]) -> None:
        """One calendar date. Without its year it continues from the date told before it in the
        sentence (`_told_before`), else from the story's anchor or publication (or the year hint)."""
        told = None if _has_year(m) else self._told_before(m.start())
        if m["mrel"] and told is not None and told.hinted:
            told = None  # 上月, 本月9日 count from the writer's now: never from the other sources' date
        ref = self.published if _has_year(m) else (self.published or self.story) if m["mrel"] else self.year_of
        slack = HINT_SLACK_DAYS if self.story is None and not _has_year(m) else self._after_anchor()
        inherit = None
        if m["yana"]:  # 2018年改造…当年6月开业: the year stated before it in the sentence, else the story's
            stated = _last_stated_before(self.found, m.start(), "年") or self.anchor  # 1996年8月27日，…。同年12月5日
            ref = date(stated.year, 1, 1) if stated else None
        elif told is not None:
            ref, slack = told.ref, HINT_SLACK_DAYS if told.hinted else FUTURE_SLACK_DAYS
            inherit = Fields(told.year, relative=True) if told.year is not None else None
        if told is not None and told.ref is not None and told.year is None and not told.hinted:
            res = _continuing(m, told.ref, self.prefer)
        else:
            res = resolve_calendar(m, ref, inherit, prefer=self.prefer, slack=slack)
        if res:
            value, fields = res
            self.fields_at[m.span()] = fields
            # a month of a year told before (同年7月) anchors no day of the story (see _story_anchor)
            birth = is_birth(self.text, m.start(), m.end())  # 1990年5月出生: dates the birth alone
            pattern = "calendar_anaphoric" if m["yana"] else BIRTH if birth else "calendar"
            self.add(*m.span(), value, pattern, 0.75 if value.relative else 0.9)
            if birth or m["yana"]:
                return
            if value.granularity.value in ("day", "month"):
                self.told.append(_Told(m.end(), date.fromisoformat(value.start)))
            elif (
                (m["yrel"] or not value.relative)
                and _names_now(self.text, m)
                and not SINCE.match(self.text, m.end())
                and not _season(self.text, m)
            ):
                # 今年…8月4日, 2023年1—5月: that year's (not 自2019年以来…8月: this year's)
                self.told.append(_Told(m.end(), self.published, year=date.fromisoformat(value.start).year))
        elif (m["yrel"] or m["mrel"]) and _names_now(self.text, m):  # 今年7月9日 in an undated text
            this = REL_YEAR_OFFSET.get(m["yrel"] or "今") == 0 and REL_MONTH_OFFSET.get(m["mrel"] or "本") == 0
            if this and m["yrel"] and not m["mrel"]:
                self._this_year_as_hinted(m)
            self.told.append(_Told(m.end(), self.year_hint if this else None, hinted=True))

    def _this_year_as_hinted(self, m: re.Match[str]) -> None:
        """今年2月9日 in a text with no date of its own: read as its 2月9日 alone is, near the other
        sources' date (the year hint), never further (HINT_SLACK_DAYS). 今年 adds that the day is of
        the writer's year, which is all the hint stands for (FIELD11's 莫焕晶 p12b: an undated
        今年2月9日 was dropped, where a bare 2月9日 was read as 2018-02-09 and agreed). It dates the
        figures of its sentence but is no anchor of the story (HINTED): the writer's 上月 and 30日 in
        the sentences after it stay unread, as they were (FIELD7's 张玉环/08: 今年8月4日改判无罪；
        上月…申请，结果30日出炉 would have read 上月 as July and 30日 as 7月30日; both are autumn's)."""
        if self.year_hint is None or m["m"] is None:
            return  # 今年 alone, 今年一季度: a period of a year the hint does not know
        res = resolve_calendar(m, self.year_hint, prefer=self.prefer, slack=HINT_SLACK_DAYS, yearless=True)
        if res:
            value, fields = res
            self.fields_at[m.span()] = fields
            self.add(*m.span(), value, HINTED, 0.75)

    def _last_years(self, reference: date, first: int, last: int, m: re.Match[str]) -> bool:
        """Is a part of the year, told in a text of `reference`'s day, last year's? When it had not
        begun by then (年末, 四季度 in a January release); a quarter or half also when it was not yet half
        over, as its figures come after it (一季度增长4.5% in a release of 1月17日: last year's first
        quarter; 第一季度 on 3月22日 and 下半年 on 12月3日 are this year's), unless the sentence looks
        ahead (预计一季度…, 一季度将…, 公司计划下半年推出两款新车: this year's, begun or not)."""
        if _AHEAD.search(self.text):
            return False
        if date(reference.year, first, 1) > reference:
            return True
        span = month_span(reference.year, first, last)
        if span is None or not (m["q"] or m["qq"] or m["half"]):
            return False
        return reference < span[0] + (span[1] - span[0]) / 2

    def _after_anchor(self) -> int:
        """How far after its reference a year-less date may fall: FUTURE_SLACK_DAYS, or, read from
        the story's anchor, up to the day of publication (a report of 6-21 telling of 2月22日
        then 6月19日: that June, the story went on until it was written, not the June before); in a
        text with no date of its own, up to the other sources' date (FIELD11's 莫焕晶: 今年2月9日一审
        …5月17日二审开庭, read near 2018-06-04, is 2018-05-17, not 2017)."""
        written = self.published or self.year_hint
        if self.anchor is None or written is None:
            return FUTURE_SLACK_DAYS
        return max(FUTURE_SLACK_DAYS, (written - self.anchor).days)

    def _told_before(self, start: int) -> _Told | None:
        """The last date told before `start` in this sentence that a year-less date continues from."""
        return next((t for t in reversed(self.told) if t.end <= start), None)

    def years(self) -> None:
        """Parts of the current year, bare years, decades."""
        published = self.published
        for m in self.said.year_part:
            reference = published or self.anchor
            if reference is None or (published is None and not (m["q"] or m["qq"] or m["half"])):
                continue  # 年初, 年末 of an undated text: too loose to date a figure by its anchor
            part = m["half"] or m["ypart"] or ""
            first, last, gran = part_months(part or "初", m["q"] or m["qq"], None)
            # 年末全国人口…, 四季度增长5.2% in a January release: a part of the year not begun
            # when the text came out is last year's (this year's would say 今年 or 预计). A quarter or
            # half of an undated text that told a full date before (截至2020年9月30日的…财报。…第三季度的
            # 综合毛利率为12.9%): that date's year, as its year-less months are read (ANCHOR_REACH).
            year = reference.year - (published is not None and self._last_years(reference, first, last, m))
            if (opening := _YEAR_OPENS.match(self.text)) and opening.end() <= m.start():
                year = int(opening["y"])  # 回顾2025年，二季度GDP同比增长5.2%: 2025's quarter, in a 2026 release
            self.add(
                *m.span(),
                date_value(month_span(year, first, last), gran, m.group(), reference, True),
                "year_part",
                0.7,
            )
        for m in self.said.bare_year:
            key = "y" if m["y"] else "y2"
            y = int(m[key])
            self.add(
                m.start(key),
                m.end(key),
                date_value(month_span(y, 1, 12), Granularity.year, m[key], published, False),
                "bare_year",
                0.6,
            )
        for m in self.said.decade:
            self.add(*m.span(), resolve_decade(m, published), "decade", 0.85)

    def _paper_named(self, start: int, end: int) -> bool:
        """Is the 周末 at `start`..`end` in a paper's name: a title's close or a paper's word after it
        (《南方周末》, 周末画报), or a name's character before it and a press word after it (南方周末记者)."""
        text = self.text
        if _PAPER_AFTER.match(text, end):
            return True
        before = text[start - 1] if start else ""
        return _NAME_CHAR_RE.match(before) is not None and _PRESS_AFTER.match(text, end) is not None

    def weeks_and_relative_days(self) -> None:
        """Weeks and weekdays, 这一年, half months and weeks, 昨天, 三天前."""
        published = self.published
        for m in self.said.week:
            if m["bwd"] and (
                (_NAMED_WEEKDAY.search(self.text, 0, m.start()) and _NAME_RUNS_ON.match(self.text, m.end()))
                or (not self.text[: m.start()].strip() and _SPEAKER_TAG.match(self.text, m.end()))
            ):
                continue  # 警务处处长周一鸣今日公布, a headline's 周一鸣：…: a name, no Monday
            if m["bwd"] == "末" and self._paper_named(m.start(), m.end()):
                continue  # 南方周末记者, 《南方周末》: a paper's name, no weekend
            if m["bwd"] and _EVERY_TIME.search(self.text, max(0, m.start() - EVERY_REACH), m.start()):
                continue  # 每逢周末: every weekend
            if m["bwd"] and m["bwd"] != "末":
                self.weekdays[m.span()] = WEEKDAY_INDEX[m["bwd"]]
            # 这一周 may point back to a week the text named before: reported, not claimed.
            self.add(*m.span(), resolve_week(m, published, self.prefer), "week", 0.45 if m["wrel"] == "这一" else 0.7)
        for m in self.said.this_one:
            self.add(*m.span(), resolve_this_one(m, published), "this_one", 0.45)
        for m in self.said.half_period:
            self.add(*m.span(), resolve_half_period(m, published), "half_period", 0.7)
        for m in self.said.rel_day:
            if published is not None:
                d = published + timedelta(days=REL_DAY_OFFSET[m.group()])
                if (gloss := _GLOSSED_DAY.match(self.text, m.end())) and (day := _glossed(d, gloss)):
                    expr = self.text[m.start() : gloss.end()]
                    self.add(
                        m.start(),
                        gloss.end(),
                        date_value((day, day), Granularity.day, expr, published, True),
                        "relative_day",
                        0.75,
                    )
                    continue
                self.add(
                    *m.span(),
                    date_value((d, d), Granularity.day, m.group(), published, True),
                    "relative_day",
                    0.5 if m.group().endswith("日") else 0.75,
                )
        for m in self.said.rel_offset:
            later = m["dir"] in ("后", "之后", "以后")
            # 夫妇于2000年离婚，一年后复婚: counted from the date the sentence just stated.
            stated = _last_stated_before(self.found, m.start(), m["u"]) if later else None
            if later and stated is None and self.anchor is None and not _LOOKS_AHEAD.search(self.text):
                # 而更多人知道这件事，是四天后 in a page of 4月12日 that dated nothing before: four days after
                # what it tells, not a day after the page; only what it looks ahead to (将于三天后, 如果5年后回头看) is
                continue
            ref = stated or self.story if later else published or self.story
            self.add(*m.span(), resolve_offset(m, ref), "relative_offset", 0.7)

    def anaphoric_days(self) -> None:
        """次日, 当晚, 此前一天: counted from the last day this text stated, else the anchor."""
        for m in self.said.anaphoric:
            ref = _last_day_before(self.found, m.start()) or self.anchor
            if ref is None and _refers_back(self.text, m.start()):
                ref = self.last_day  # 当天下午3点14分, paragraphs after 2020年6月4日; not 六一当天, 事发当天
            if ref is not None:
                d = ref + timedelta(days=ANAPHORIC_OFFSET.get(m.group(), 0))
                self.add(*m.span(), date_value((d, d), Granularity.day, m.group(), ref, True), "anaphoric_day", 0.6)

    def numeric_forms(self) -> None:
        """M/D/Y or D/M/Y when unambiguous, spaced Y M D."""
        published = self.published
        for m in self.said.day_month:
            day_month = resolve_day_month(m, published, self.prefer)
            if day_month is not None:
                self.fields_at[m.span()] = fields_of(day_month)
                self.add(*m.span(), day_month, "day_month", 0.8 if m["y"] else 0.6 if m["y2"] else 0.55)
        for m in self.said.spaced:
            d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                self.add(*m.span(), date_value((d, d), Granularity.day, m.group(), published, False), "numeric", 0.8)

    def named_days(self) -> None:
        """Holidays and the nth weekday of a month."""
        text, published = self.text, self.published
        for m in self.said.holiday:
            if _EVERY_TIME.search(text, max(0, m.start() - EVERY_REACH), m.start()):
                continue  # 每逢教师节、感恩节、圣诞节, 每年春节: each year's, no one day
            said_year = HOLIDAY_YEAR.search(text, max(0, m.start() - 11), m.start())
            start = said_year.start() if said_year else m.start()
            self.add(start, m.end(), resolve_holiday(m, said_year, published, self.prefer), "holiday", 0.8)
        for m in self.said.nth_weekday:
            self.add(*m.span(), resolve_nth_weekday(m, published, self.prefer), "nth_weekday", 0.8)

    def periods(self) -> None:
        """Periods relative to the reference (过去两年, 上两周) and year ranges."""
        text, published = self.text, self.published
        for m in self.said.rel_period:
            rolling = m["dir"][0] in "过最近未今接"
            period = resolve_rel_period(m, published, rolling or self.units == UnitReading.rolling)
            # Rolling periods score below durations: on the same span (过去两年) an article
            # keeps the duration; the date is there for sentence-level readers and benchmarks.
            self.add(*m.span(), period, "relative_period" if rolling else "relative_units", 0.6 if rolling else 0.7)
        for m in self.said.year_range:
            if not (m["ay"] or m["by"] or text[max(0, m.start() - 1) : m.start()] in ("从", "在", "自")):
                continue
            a, b = int(m["a"]), int(m["b"])
            if a < b:
                self.add(
                    *m.span(),
                    date_value(month_span(a, 1, 12 * (b - a + 1)), Granularity.year, m.group(), published, False),
                    "year_range",
                    0.85,
                )


# A sentence opening with a year, its own clause (2025年，…; 回顾2025年，…): the year of the year-less quarters and
# halves it goes on to tell (a macro-data story written for the purpose had read them as the release's year).
_YEAR_OPENS = re.compile(r"\s*(?:回顾|回看|在|于)?\s*(?P<y>(?:19|20)[0-9]{2})\s*年\s*[，,]")


# The deictic days a quotation counts from its own speaking (QUOTE_REACH): 今天, 本周五, 三天前.
QUOTED_DEIXIS = frozenset({"relative_day", "week", "relative_offset"})
# A holiday or a weekday told as a habit (每逢教师节、感恩节、圣诞节，他都会…; 每年春节; 每逢周末): each year's or
# week's, in its own clause (恰逢国庆节 is the one day it fell on).
EVERY_REACH = 24
_EVERY_TIME = re.compile(r"(?:每逢|每到|每当|每年)[^,.;:!?。，；：！？]*$")


_TIME_HINT_SRC = r"[点时:：]|凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|[日号]晚"
TIME_HINT = gated(_TIME_HINT_SRC)  # (behind a first-character gate: claims.text.gate)
# Every date `find_dates` reports holds a DATE_HINT character or an anaphoric day (else
# `_find_dates` does not scan), or is a time of day (`with_times` needs TIME_HINT): a text
# without any of them has no date. The pipeline skips the date recognizer on it, and
# find_dates answers at once (tests/test_extractor_gates.py checks both on every sentence).
# Behind a first-character gate (claims.text.gate): 2.3x faster on a text without any (the
# pipeline asks it of every sentence).
DATES_GATE = gated(f"{DATE_HINT.pattern}|{ANAPHORIC_DAY.pattern}|{_TIME_HINT_SRC}")


def _has_year(m: re.Match[str]) -> bool:
    g = m.groupdict()
    return any(g.get(k) for k in ("y4", "ycn", "yk", "roc", "y2", "y2z", "yrel", "yana"))


def _last_stated_before(found: list[DateSpan], start: int, unit: str) -> date | None:
    """The start of the latest date stated (not inferred) before `start`, precise enough to
    count `unit` from: any date for years, a month for months, a day for days and weeks. A calendar day
    or month whose year is inferred (6月4日他住院，三天后) counts for days, weeks and months, not years."""
    finest = {"年": ("year", "month", "day")}.get(unit) or (("month", "day") if "月" in unit else ("day",))
    dates = [
        s
        for s in found
        if s.end <= start
        and s.value.granularity.value in finest
        and (not s.value.relative or (unit != "年" and s.pattern == "calendar"))
    ]
    return date.fromisoformat(max(dates, key=lambda s: s.end).value.start) if dates else None


_THAT_DAY = re.compile(r"当天|当日|当晚|当夜")
OWN_DAY_REACH = 16  # characters: 火灾当天下午，截至15时30分 (FIELD21 changfeng: the fire's day, not the report's)


def _own_day_before(text: str, start: int) -> bool:
    """Is an hour told on a thing's own day (火灾当天下午，截至15时30分), which the text never dated?"""
    return any(
        not _refers_back(text, m.start()) for m in _THAT_DAY.finditer(text, max(0, start - OWN_DAY_REACH), start)
    )


def _refers_back(text: str, start: int) -> bool:
    """An anaphoric day standing alone (当天, 在当天), not a thing's own day (六一当天, 事发当天)."""
    before = text[:start].rstrip()
    return not before or not HAN.match(before[-1]) or before[-1] in "在于就是那这至止"


_NAMES_A_DAY = re.compile(r"[0-9０-９零〇一二两三四五六七八九十廿卅]\s*[日号號]$")


def _last_day_before(found: list[DateSpan], start: int) -> date | None:
    """The latest single day stated (not inferred) before `start` in the same text."""
    days = [
        s
        for s in found
        if s.end <= start
        and s.value.start == s.value.end
        and (not s.value.relative or _NAMES_A_DAY.search(s.value.relative.expr))  # 六月四号, its year inferred
    ]
    return date.fromisoformat(max(days, key=lambda s: s.end).value.start) if days else None


# Rolling periods (过去两年) are the sentence's extent, and 这一年 may point back: neither
# anchors a claim to a time. An anaphoric day does (当日新增治愈出院病例183例: the day the
# paragraph before dated), counted from the story's anchor.
NOT_ANCHORS = ("relative_period", "this_one", "time_of_day", BIRTH)
# The pattern of a date a text with no date of its own tells with 今年 (今年2月9日), read near the
# other sources' date: it dates its sentence's figures, but neither sets the story's anchor nor
# the day a later time of day refers to (claims.pipeline reads only stated calendar dates so).
HINTED = "calendar_hinted"
# A dateline's date (新华社武汉6月13日电, 【新唐人2021年06月13日讯】, 央视新闻6月13日消息) is when
# a report was filed: it sets the story's year but is no claim of the story. So is a cited report's
# (据央视新闻2月22日最新消息，一露天煤矿发生坍塌; 路透社22日报道称): when the news came, not when it happened.
# A date the sentence states besides it dates the sentence's figures (新华社纽约3月13日电 12日，美股…跌幅达7%:
# the 12th's fall, filed on the 13th; `sentence_time`).
DATELINE = re.compile(
    r"\s*(?:电(?![话视影脑梯力台站网器动车子源池流压报])|[讯訊](?![问問])|讯息|訊息|(?:最新)?(?:消息|報道|报道))"
)


# After a date: what happened on it (6月2日发生的事故, 2日晚间爆发): the happening's day, not a count's when the
# sentence states another day too (`sentence_time`).
_HAPPENED = re.compile(r"[^，,。；;：:\d]{0,6}?(?:发生|爆发)")
SINCE = re.compile(r"[^，。；,;：:]{0,8}?以来")  # after a date: a period from it until now, not its time
# After a year: 来 as 以来 (2014年来最严重的死伤事件, 2020年来，…), not the verb (2014年来到中国, 来华, 来过)
_YEAR_SINCE = re.compile(r"来(?=最|首[次度]|第一|累计|共|已|一直|持续|[，,])")
AS_OF = re.compile(r"截至|截止|到|至")  # 截至6月26日: the date a running figure holds at
_RANGE_OPEN = re.compile(r"[0-9０-９一二三四五六七八九十]\s*$")  # 1至8月: 至 after a range's first figure
_ZONED_AS_OF = re.compile(rf"(?:{AS_OF.pattern})\s*{CLOCK_ZONE}\s*$")


def _after_since(text: str, s: DateSpan) -> bool:
    """自2021年之后, 从去年以后, 继2006年之后 (继…之后第二次在印度夺冠), 自6月11日新发地批发市场发生疫情以来 (a
    longer clause than SINCE reads, opened by 自): a count from then until now, like 以来."""
    opened = text[max(0, s.start - 1) : s.start]
    if opened in ("自", "从") and _SINCE_OPENED.match(text, s.end):
        return True
    return opened in ("自", "从", "继", "繼") and text.startswith(("之后", "以后", "之後", "以後"), s.end)


_SINCE_OPENED = re.compile(r"[^，,。；;：:]{0,24}?以来")
# A date whose clause tells only when something began to be, no figure in it (该机于2014年交付锦程航空，机龄近11年;
# 公司成立于2018年，现有员工300人): the clauses after it tell how it stands now, as after 以来 (an aviation probe's
# aircraft age had been dated 2014).
# Not what held at that start (2018年成立时，注册资本100万元: the capital then).
# 交付 begins a thing's service only given to its user (于2014年交付锦程航空, 交付使用): 5月交付数据 tells a month's deliveries.
_BEGIN_VERBS = (
    r"(?:交付(?=给|使用|运营|[^，,。；;\d]{0,6}?(?:航空|公司|集团))|成立|创立|创办|建成|竣工|投用|投入使用|投入运营|开业"
    r"|开通|出生)(?![时初])"
)
_BEGUN = re.compile(rf"[^，,。；;：:\d]{{0,10}}?{_BEGIN_VERBS}[^，,。；;：:\d]{{0,12}}?[，,；;]")
_BEGUN_BEFORE = re.compile(rf"(?:{_BEGIN_VERBS}|始建|建|落成)于\s*$")  # 公司成立于⟨2018年⟩，…; 该楼建于1998年
_CLAUSE_ENDS = re.compile(r"[^，,。；;：:\d]{0,12}?[，,；;。]")  # not a text cut at the date (a clause read alone)


# A term's end (签约5年至2031年6月, 合同期至2030年夏天, 展期后到期日延长至5月20日): a deadline, no time of a figure.
_TERM_UNTIL = re.compile(
    r"(?:签约|签下|续约|合同|合约|有效期|任期|期限|延长|展期|到期日|(?<![0-9])[0-9一二三四五六七八九十两]{1,2}\s*年(?![0-9]))"
    r"[^，,。；;]{0,4}?(?:至|到|直至|直到)\s*$"
)
TERM_UNTIL_REACH = 12  # characters before a date read for a term it ends (签约5年至: 4)


def _begun(text: str, s: DateSpan) -> bool:
    if _BEGUN.match(text, s.end) is not None:
        return True
    return _BEGUN_BEFORE.search(text, max(0, s.start - 8), s.start) is not None and bool(
        _CLAUSE_ENDS.match(text, s.end)
    )


def _year_since(text: str, s: DateSpan) -> bool:
    """2014年来最严重: a year and 来, since then (a count of years, 三年来, is no date)."""
    return text.endswith("年", s.start, s.end) and _YEAR_SINCE.match(text, s.end) is not None


def sentence_time(
    text: str, published: date | None, anchor: date | None = None, year_hint: date | None = None, start: int = 0
) -> Period | None:
    """The time a sentence anchors its claims to, when it states one.

    `2019 年加入 OpenAI 时` -> 2019, `2025年1月` -> 2025-01, a day -> the day; other
    spans (seasons, halves, ranges) -> start/end (a `Period`, stated as precisely). 当时/目前/现在 state no time: None.
    An as-of date (`截至6月26日`, `截止2020年6月12日`) wins over other dates in the
    sentence, and a stated date over one counted from another (`三天之后`).
    `start`: only the dates from there on count (a clause's own, read with what the sentence told before it).
    """
    spans = [
        s
        for s in find_dates(text, published, anchor=anchor, year_hint=year_hint)
        if s.pattern not in NOT_ANCHORS and s.start >= start and not _compared_with(text, s)
    ]
    if told := [s for s in spans if not DATELINE.match(text, s.end)]:
        spans = told  # 新华社纽约3月13日电 12日，…: the day filed dates the sentence only when it states no other
    # 6月6日，官方确认，6月2日发生的事故共有288人遇难: the count of the 6th, the crash of the 2nd; a clause naming
    # only the happening's day (start > 0) names no time of its own: its sentence's is read instead
    of_figures = [s for s in spans if not _HAPPENED.match(text, s.end)]
    if of_figures != spans and (of_figures or start > 0):
        spans = of_figures
    since = [
        s for s in spans if SINCE.match(text, s.end) or _after_since(text, s) or _year_since(text, s) or _begun(text, s)
    ]
    if since:
        # 6月以来…共有197条河流超警, 1951年有资料记录以来最大: a count since then holds now.
        spans = [s for s in spans if s not in since]
        if not spans:
            return Period(start=published, end=published, precision=Precision.day) if published else None
    spans = [s for s in spans if not _TERM_UNTIL.search(text, max(0, s.start - TERM_UNTIL_REACH), s.start)]
    if not spans:
        return None  # 签约5年至2031年6月，周薪约15万英镑: when a term ends dates no figure told beside it

    def rank(s: DateSpan) -> tuple[bool, bool, int]:
        as_of = AS_OF.search(text, max(0, s.start - 3), s.start) or _ZONED_AS_OF.search(
            text, max(0, s.start - 16), s.start
        )
        if as_of and _RANGE_OPEN.search(text, 0, as_of.start()):
            as_of = None  # 病例集中於1至⟨8月⟩: a range's end, no date a count holds at
        return (not as_of, bool(s.value.relative), s.start)

    chosen = Period.of(min(spans, key=rank).value)
    return _months_from(text, min(spans, key=rank), chosen)


# A time a clause compares with (比2010年增长, 较2019年同期, 与2010年第六次人口普查相比, 同2010年…相比), or
# a record's: the baseline, not the time of the figures the clause tells (增加7206万人, 增长5.38%: since then).
_COMPARISON_CLOSE = re.compile(r"[^，,。；;]{0,30}?(?:相比|相较|比较|对比)")


def _compared_with(text: str, s: DateSpan) -> bool:
    """Is the date one its clause compares with, the text going on past the comparison? A text that
    ends inside it (相较于2024年同期的⟨#⟩, 比2000年到2010年的年平均增长率⟨#⟩: a figure's own clause before
    it) tells the baseline's own figure, which that date dates."""
    m = _COMPARED_BEFORE.search(text, max(0, s.start - 4), s.start) or _COMPARED_NAMED.search(
        text, max(0, s.start - COMPARED_NAME_REACH - 2), s.start
    )
    record = _RECORD_SET.match(text, s.end) is not None
    if m is None and not record:
        return False
    if not _PAST_COMPARISON.search(text, s.end) and not (m is not None and _BASELINE_FIGURE.search(text, s.end)):
        return False
    return record or not m or not m.groupdict().get("open") or _COMPARISON_CLOSE.match(text, s.end) is not None


# 较 and whose figure it names before the date (较瑞德医疗6月5日停牌前收市价3.52港元溢价约37.8%): the price compared
# with, of that day; the premium is of the offer's day. Not 比 (比亚迪, 比赛 begin names).
_COMPARED_NAMED = re.compile(r"(?:较|相较于?)[^，,。；;：:0-9]{1,8}$")
COMPARED_NAME_REACH = 8  # characters of a name between 较 and its date (瑞德医疗, 上年同期的)
# The baseline's own figure told after its date (较…6月5日停牌前收市价3.52港元溢价约⟨#⟩): the figure after it is past the
# comparison, as after a comma.
_BASELINE_FIGURE = re.compile(r"[0-9０-９]")
_PAST_COMPARISON = re.compile(r"[，,；;。]|相比|相较|比较|对比")
# A record's year (突破马英九在2008年创下的765万余票): the time of the record beaten, not of the new figure.
_RECORD_SET = re.compile(r"\s*(?:所|时)?(?:创下|創下|创造|創造|写下|寫下|缔造|締造)")


# 1-9月累计交付量⟨#⟩, 2023年1—5月: a figure over the months from the first to the one read.
_MONTHS_FROM = gated(r"(?<![0-9])(?P<m>[0-9]{1,2})\s*[—–\-~～至到]\s*$")


def _months_from(text: str, span: DateSpan, period: Period) -> Period:
    """The span of months a figure covers when its month ends a range (1-⟨9月⟩): January
    to September, not September."""
    m = _MONTHS_FROM.search(text, 0, span.start)
    if m is None or period.precision is not Precision.month or not 1 <= int(m["m"]) < period.start.month:
        return period
    return Period(start=period.start.replace(month=int(m["m"])), end=period.end, precision=Precision.span)


# A day an article dates in full once (2018年3月22日，…) and later by its month and day alone (王攀：3月22号，那就是
# 一次): the same day, also in a text written a year after it, which a year-less date would otherwise read near
# (development corpus: 极昼's interview of 2019-05-15 had read 3月22号 and 3月26号 of the spring of 2018 as 2019's,
# agreeing with another text's 2019-03-26 at the grave). A day the text dates in two years tells nothing;
# a date of birth is a birthday's, not the day's (1994年10月20日出生 … 10月20日一审判决).
_FULL_DAY = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号號]")
_YEARLESS_DAY = re.compile(r"(?<![0-9年])\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号號]")
_NAMES_YEAR = re.compile(r"[0-9]\s*年|[今去前明后後次同当當上下本该該][一个個]?年")


def restated_days(text: str) -> dict[tuple[int, int], date]:
    """The days `text` dates in full (its year, month and day stated), by their month and day,
    when that month and day is dated in one year only."""
    years: dict[tuple[int, int], set[int]] = {}
    for m in _FULL_DAY.finditer(text):
        if is_birth(text, m.start(), m.end()):
            continue
        years.setdefault((int(m[2]), int(m[3])), set()).add(int(m[1]))
    out = {}
    for (month, day), ys in years.items():
        d = safe_date(ys.pop(), month, day) if len(ys) == 1 else None
        if d is not None:
            out[(month, day)] = d
    return out


def restated_day(text: str, days: dict[tuple[int, int], date]) -> date | None:
    """The day a sentence dates by its month and day alone that the article dated in full
    elsewhere (`restated_days`), when the sentence names no year of its own."""
    if not days or "月" not in text or _NAMES_YEAR.search(text):  # (no 月: no day told by its month)
        return None
    told = [(int(m[1]), int(m[2])) for m in _YEARLESS_DAY.finditer(text)]
    for month_day in told:
        d = days.get(month_day)
        if d is not None:
            return d
    for month, day in told:  # 3月25号, a day before the 2018年3月26日 the text told: of that year
        near = [
            (gap, d)
            for d in days.values()
            if (c := safe_date(d.year, month, day)) is not None and (gap := abs((c - d).days)) <= NEAR_DAYS
        ]
        if near and len({d.year for _, d in near}) == 1:
            return min(near)[1]
    return None


# A year-less day this close to a day the text dated in full is of its year (极昼's interview of 2019-05-15: 3月25号，
# 你们一起踢球的时候 is the eve of the 2018年3月26日 it opened on, not 2019's 3月25日 of a court's notice).
NEAR_DAYS = 7
