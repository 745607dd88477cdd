"""Durations: find `两年零三个月`, `半年`, `三到五天` in normalised text and read each as a DurationValue in the unit said.

Durations: `DurationValue(low, high, bound, unit)` in the unit said (`半年` is 0.5 year,
`一个半月` 1.5 month; composites such as `两年零三个月` become the smaller unit, 27 month).
Qualifiers are read with the one table, claims/values/numerals.QUALIFIER_BOUND (差不多 is
*nearly*, as for counts), except that a span of time is open below: under (不到/不足/未满/以下)
[None, v], at_most (最多/至多/以内/之内/内) [None, v]; range (1-2, 三到六, 三四) [a, b];
vague counts: 几/数 [2, 9], 十几 [11, 19], N十几 [N1, N9], 几十/数十 [20, 90] (bound range).
After 每/每隔 a count is the length of a period and is extracted (`每1–2个月` is 1..2
months, `每两周` 2 weeks); `每一天`, `每1年` mean "every" and are not. 工作日 counts days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claims.model import Bound, DurationValue, TimeUnit, as_number
from claims.text.gate import gated
from claims.values.date_grammar import CN_DIGIT, HELD_END, HELD_VERB, SPELL_END
from claims.values.numerals import NOT_ABOUT_AFTER, QUALIFIER_BOUND, bound_interval, last_place, parse_number


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
    r"|(?P<vague>[一二三四五六七八九]?十几|几十|数十|十数|几百|数百|几千|数千|几|数)"
    r"|(?P<adj>[一两二三四五六七八九]{2})(?=个|年|天|周|星期|礼拜|小时|分钟|秒)"
    rf"|(?P<n>{_D_NUM})"
)
# 年 in 年轻 (young), 年纪/年龄 (age), 年级 (school year), 年代 (decade), 年薪 (salary) is no unit.
_D_UNIT = r"(?P<unit>年(?!轻|纪|龄|级|代|薪|度|货)|月|周(?!岁)|星期|礼拜|工作日|天|小时|钟头|钟|分钟|秒钟|秒)"
DURATION = gated(
    r"(?=[将接近约大差超逾至起最不未过长半快0-9零〇两一二三四五六七八九十百千廿卅几数])"
    # 快40年了: nearly forty years (not 很快, 最快: soon, at the soonest)
    rf"(?P<pre>将近|接近|近|(?<![{NOT_ABOUT_AFTER}])约|大约|大概|差不多|超过|逾|至少|起码|最多|至多|不到|不足|未满|过去|未来|长达|(?<![很最越飞赶尽加较])快)? ?"
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
# After the unit these make the expression a date or something else, not a duration.
_NOT_DURATION_AFTER = re.compile(
    r"(?:[0-9零〇一二三四五六七八九十]+ ?月|代|级|度|初|底|末|中(?=[,.。;:、的时前后以左]|$)|上半年|下半年|第?[一二三四1-4]季度"
    r"|以前|以后|之前|之后|前(?![进往])|后(?![来]))"
)


_LATER = ("后", "之后", "以后")


_SOME_DAY_BEFORE = ("的", "有", "某", "那", "这")
_SOME_DAY_AFTER = ("晚上", "早上", "上午", "下午", "中午", "夜里", "夜晚", "深夜", "清晨", "傍晚", "凌晨", "夜", "晚")


def _indefinite_day(text: str, m: re.Match[str], tail: str) -> bool:
    """`2003年秋的一天`, `有一天晚上`: one day among others, not a day's length; `这一年`, `那一年`, `有一年`:
    a year pointed at (坚持这一年最重要的诉求), not a year's length."""
    if m["n"] not in ("一", "1") or m["pre"]:
        return False
    before = text[max(0, m.start() - 1) : m.start()]
    if m["unit"] == "年":
        if before == "有":  # 有一年冬天 (once), not 还有一年, 只有一年时间 (a year left, a year's time)
            return text[max(0, m.start() - 2) : m.start() - 1] not in _HOW_MUCH
        return before in _SOME_YEAR_BEFORE
    return m["unit"] == "天" and (before in _SOME_DAY_BEFORE or tail.startswith(_SOME_DAY_AFTER))


_SOME_YEAR_BEFORE = ("这", "那", "某")
_HOW_MUCH = frozenset("还只仅才又没已都共")  # before 有: a year had or left, counted


# 一天到晚, 一年到头: all day long, all year round
_ALL_ALONG = ("到晚", "到头")


def _day_by_day(text: str, m: re.Match[str], tail: str) -> bool:
    """One unit as no length: the same day (同一天), day by day (一天天, 一天又一天), all along (一天到晚,
    一年到头), or a long while (老半天)."""
    n, unit, before, said = m["n"], m["unit"], text[max(0, m.start() - 1) : m.start()], m.group()
    if said.startswith("半"):
        return before == "老"
    if n not in ("一", "1") or m["pre"] or not unit:
        return False
    again = before == "又" and text[max(0, m.start() - len(said) - 1) : m.start() - 1] == said
    again = again or text.startswith("又" + said, m.end())  # 一天又一天, not 一年又一个月 (a year and a month)
    return again or before == "同" or tail.startswith((unit, *_ALL_ALONG))


def _within_a_day(unit_text: str | None) -> bool:
    return unit_text is not None and unit_text[-1:] in ("时", "钟", "分", "秒", "头")


_EVERY = re.compile(r"每 ?(?:隔 ?)?$")
# Once in a span (百年一遇的洪水, 两年一次, 三天一问候): a return period or a rate; 两天一夜 is a length, and
# 合同四年一签, 五年一届 a term's (development corpus: the Huawei contract, one fact in three reports)
_ONCE_IN = re.compile(r" ?一(?:遇|次|回|问候)")
# Days held counted in 日 right after the verb of holding (行政拘留10日, 羁押15日): a spell, as 拘留10天 is.
_HELD_SRC = rf"[{HELD_END}]\s?[0-9一二三四五六七八九十]"
_HELD_HINT = gated(_HELD_SRC)  # most texts with 日 hold no such spell: not scanned
_HELD_DAYS = re.compile(rf"(?<={HELD_VERB})\s?(?P<n>[0-9]{{1,3}}|[一二三四五六七八九十]{{1,3}})\s?日(?![前后内以])")
_DURATION_HINT = gated(rf"[年月周期拜天时钟分秒]|工作日|{_HELD_SRC}")
DURATION_HINT = _DURATION_HINT  # what find_durations needs to find anything (the pipeline's gate)


def _vague(text: str) -> tuple[Decimal, Decimal] | None:
    if text in ("几", "数"):
        return Decimal(2), Decimal(9)
    if text in ("几十", "数十"):
        return Decimal(20), Decimal(90)
    if text in ("几百", "数百"):
        return Decimal(200), Decimal(900)  # 数百年来: some hundreds of years, no century
    if text in ("几千", "数千"):
        return Decimal(2000), Decimal(9000)
    if text in ("十几", "十数"):
        return Decimal(11), Decimal(19)
    tens = parse_number(text[:-1])
    if tens is None:
        return None
    return tens + 1, tens + 9


def _after_spell(text: str, start: int) -> bool:
    """A verb of a spell right before the figure (被羁押 320 天后, 关押九个多月后): the figure
    is how long it lasted, whatever follows."""
    before = text[max(0, start - 2) : start].rstrip()
    return bool(before) and before[-1] in SPELL_END


def _looks_like_year(m: re.Match[str]) -> bool:
    n = m["n"]
    if not n or m["unit"] != "年":
        return False
    if n.isdigit() and (len(n) == 4 or (len(n) == 2 and n[0] == "0")):
        return True
    # 二〇一八年, 九八年: digit-by-digit Chinese readings are years, counts use 十/百.
    return len(n) >= 2 and all(c in CN_DIGIT for c in n)


def find_durations(text: str) -> list[DurationSpan]:
    """Every duration in `text` (spans never overlap)."""
    if not _DURATION_HINT.search(text):
        return []
    out: list[DurationSpan] = []
    last_end = 0
    for m in DURATION.finditer(text):
        if m.start() < last_end:
            continue  # inside the compound just read
        if _not_a_duration(text, m):
            continue
        value = _duration_value(m)
        if value is None:
            continue
        start = m.start("pre") if m["pre"] else m.start("count") if m["count"] else m.start("bare_half")
        end = m.end()
        low, high, unit, bound = value
        if unit is TimeUnit.second and m["pre"] is None and bound not in (Bound.range, Bound.nearly):
            start, low, high = _with_minutes(text, start, low, high)  # 1分37秒内: 97 seconds
            if bound is Bound.exact and m["unit"] == "秒":
                end, low, high = _with_fraction(text, end, low, high)  # 47秒21: 47.21 seconds
        # Compounds: 两年零三个月, 一个小时三十分钟, 8天20小时.
        if m["post"] is None and m["more3"] is None and m["vague"] is None and m["lo"] is None:
            low, high, unit, end = _compound(text, end, low, high, unit)
        last_end = end
        out.append(
            DurationSpan(
                start,
                end,
                DurationValue(low=as_number(low), high=as_number(high), bound=bound, unit=unit),
                "duration",
                0.8 if bound == Bound.exact else 0.7,
            )
        )
    if "日" in text and _HELD_HINT.search(text):
        out = _with_held_days(text, out)
    return _joined_ranges(text, out) if len(out) > 1 else out


def _with_held_days(text: str, spans: list[DurationSpan]) -> list[DurationSpan]:
    """`spans` and the days held counted in 日 (_HELD_DAYS) none of them covers, in text order."""
    held = []
    for m in _HELD_DAYS.finditer(text):
        n = parse_number(m["n"])
        if n is None or any(s.start < m.end() and m.start("n") < s.end for s in spans):
            continue
        value = DurationValue(low=as_number(n), high=as_number(n), bound=Bound.exact, unit=TimeUnit.day)
        held.append(DurationSpan(m.start("n"), m.end(), value, "duration", 0.8))
    return sorted([*spans, *held], key=lambda s: s.start) if held else spans


# Between two lengths of one unit, each with its unit (15年至16年, 3天到5天): one span from the first to the second.
_RANGE_BETWEEN = re.compile(r" ?(?:-|~|–|—|到|至) ?")


def _joined_ranges(text: str, spans: list[DurationSpan]) -> list[DurationSpan]:
    """Two exact lengths of one unit joined by 至, 到 or a dash, the first the shorter (建议判处有期徒刑15年至16年):
    one range, as 15至16年 is, not two lengths each read as a term of its own."""
    out: list[DurationSpan] = []
    for span in spans:
        if out and _one_range(text, out[-1], span):
            a, b = out[-1].value, span.value
            value = DurationValue(low=a.low, high=b.high, bound=Bound.range, unit=a.unit)
            out[-1] = DurationSpan(out[-1].start, span.end, value, out[-1].pattern, 0.7)
        else:
            out.append(span)
    return out


def _one_range(text: str, first: DurationSpan, second: DurationSpan) -> bool:
    a, b = first.value, second.value
    return (
        a.bound is Bound.exact
        and b.bound is Bound.exact
        and a.unit is b.unit
        and a.low is not None
        and b.low is not None
        and a.low < b.low
        and _RANGE_BETWEEN.fullmatch(text, first.end, second.start) is not None
    )


# The hour and minute of a clock time right before a count of seconds (5时04分⟨35秒⟩许, 4点55分⟨10秒⟩):
# the seconds end that time (claims.values.times), they are no length. 1小时30分20秒 is a length.
_CLOCK_BEFORE_SECONDS = re.compile(r"(?<!小)[时点]\s?(?:[0-5]?\d|[零〇一二三四五六七八九十]{1,3})\s?分\s?$")
CLOCK_REACH = 8  # characters a clock's hour and minute take before its seconds: 点 and 5时04分 with spaces


# Minutes right before a count of seconds, with no hour of a clock or ordinal before them (1分37秒,
# 两分30秒): one length, as 1分钟37秒 is. 5时04分35秒 is a clock (_CLOCK_BEFORE_SECONDS), 第3分20秒 a
# moment of a match, 3比1分 a score's tail.
_MINUTES_BEFORE_SECONDS = re.compile(
    r"(?<![\d.零〇一二两三四五六七八九十百时点第比:])(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s?分\s?$"
)


def _with_minutes(
    text: str, start: int, low: Decimal | None, high: Decimal | None
) -> tuple[int, Decimal | None, Decimal | None]:
    """A count of seconds with its minutes before it (1分37秒内 is at most 97 seconds, not 37)."""
    m = _MINUTES_BEFORE_SECONDS.search(text, max(0, start - CLOCK_REACH), start)
    minutes = parse_number(m["n"]) if m else None
    if m is None or minutes is None:
        return start, low, high
    shift = minutes * 60
    return m.start(), None if low is None else low + shift, None if high is None else high + shift


# Digits right after a count of seconds, nothing counted after them (以47秒21夺冠, 2分05秒12): the
# hundredths of a race time, as sport writes them. 3秒2个 or 10秒21日 count or date something else.
_SECOND_FRACTION = re.compile(r"\d{1,3}(?![\d.．,，%％年月日号时点分秒岁倍元万亿个人名位届次周天期户件台辆条例米])")


def _with_fraction(
    text: str, end: int, low: Decimal | None, high: Decimal | None
) -> tuple[int, Decimal | None, Decimal | None]:
    """A count of seconds with the fraction written after its 秒 (47秒21 is 47.21 seconds, not 47)."""
    m = _SECOND_FRACTION.match(text, end)
    if m is None or low is None or high is None:
        return end, low, high
    fraction = Decimal("0." + m[0])
    return m.end(), low + fraction, high + fraction


# An era a year is counted in (Japan's 令和, 平成, 昭和; the Republic's 民国): 令和6年 is a year, not six years.
_ERA_BEFORE = re.compile(r"(?:令和|平成|昭和|大正|明治|民国|民國)\s?$")
ERA_REACH = 3  # characters before the count an era's name ends within (令和 6年)


def _first_of_span(text: str, at: int) -> bool:
    """Does a count of days stand after 头 or 首 (头两天), or after 前 following a span (假期前三天, 今年前4个月) or
    opening its clause? Not after a happening (自杀前四天, 事发前4天: so long before it, a day of the story)."""
    before = text[max(0, at - 1) : at]
    if before in ("头", "頭", "首"):
        return True
    return before == "前" and bool(_SPAN_BEFORE_FIRST.search(text, max(0, at - 1 - SPAN_WORD_REACH), at - 1))


# What may stand before 前 when it picks out a span's first days: a span's name, or a clause's opening.
_SPAN_BEFORE_FIRST = re.compile(
    r"(?:^|[，,。；;：:！!？?、\s])$|(?:假期|长假|長假|连假|連假|黄金周|黃金周|节日|節日|今年|本年|全年|年内|年內|当年|當年|"
    r"本月|当月|當月|本周|本週|赛季|賽季|上映|开幕|開幕|会期|會期)$"
)
SPAN_WORD_REACH = 3  # characters before 前 read for a span's name (黄金周前三天)


def _not_a_duration(text: str, m: re.Match[str]) -> bool:
    """A DURATION match that is a date, a frequency, an anniversary, a year or a clock's seconds:
    not a length of time."""
    unit_text = m["unit"]
    if unit_text in ("月", "钟") and not (m["ge"] or m["ge2"]):
        return True  # 5月 is May; 钟 needs 个 (半个钟)
    if (
        unit_text == "秒"
        and not m["pre"]
        and _CLOCK_BEFORE_SECONDS.search(text[max(0, m.start() - CLOCK_REACH) : m.start()])
    ):
        return True
    if _looks_like_year(m):
        return True
    if m["unit"] == "年" and _ERA_BEFORE.search(text, max(0, m.start() - ERA_REACH), m.start()):
        return True  # 令和6年能登半岛地震, 民国113年: an era's year, no length of time
    if m["count"] and _EVERY.search(text, max(0, m.start("count") - 3), m.start("count")) and m["n"] in ("一", "1"):
        return True  # 每一天, 每1年: "every", not a length; 每两周, 每1–2个月 are periods
    if m["count"] and not m["pre"] and _first_of_span(text, m.start()):
        return True  # 假期前三天, 头两天, 今年前4个月: the first days of a span a count covers, no length of anything
    tail = text[m.end() : m.end() + 4]
    if _indefinite_day(text, m, tail):
        return True
    if _ONCE_IN.match(tail):
        return True  # 百年一遇, 三天一问候, 两年一次: once in so long, no length of time
    if _day_by_day(text, m, tail):
        return True
    if (
        m["post"] is None
        and (after := _NOT_DURATION_AFTER.match(tail))
        and not _after_spell(text, m.start())
        and not (_within_a_day(unit_text) and after.group().startswith(_LATER))
    ):
        return True  # 三天后 is a date; 半小时后 (才通知家长) a delay: no calendar day is that fine
    if unit_text in ("周", "星期", "礼拜") and tail[:1] == "年":
        return True  # 3周年 is an anniversary
    return bool(
        unit_text == "年"
        and m["count"]
        and m["n"]
        and m["n"].isdigit()
        and len(m["n"]) == 2
        and re.match(r" ?(?:[01]?\d|十[一二]?|[一二三四五六七八九]) ?月", tail)
    )


_HOUR_MINUTES = re.compile(r" ?(?P<n>[0-5]?[0-9]) ?分(?!钟|之|[0-9]*[%％])")


def _compound(
    text: str, pos: int, low: Decimal | None, high: Decimal | None, unit: TimeUnit
) -> tuple[Decimal | None, Decimal | None, TimeUnit, int]:
    """Read the smaller parts that follow a duration (两年零三个月, 一个小时三十分钟, 8天20小时)
    into the smallest unit said; returns the new interval, unit and end."""
    if unit is TimeUnit.hour and (minutes := _HOUR_MINUTES.match(text, pos)) is not None:
        # 2小时08分15秒, 1小时30分: the minutes without 钟 a race time or a span gives after its hours
        mins = Decimal(int(minutes["n"]))
        low = low * 60 + mins if low is not None else None
        high = high * 60 + mins if high is not None else None
        unit, pos = TimeUnit.minute, minutes.end()
    while True:
        part = DURATION_PART.match(text, pos)
        if part is None:
            break
        sub_unit = _UNIT[part["unit"]]
        n = parse_number(part["n"])
        if n is None or _ORDER.index(sub_unit) >= _ORDER.index(unit) or (part["unit"] == "月" and not part["ge"]):
            break
        factor = _IN_SMALLER.get((unit, sub_unit))
        if factor is None:
            break
        low = low * factor + n if low is not None else None
        high = high * factor + n if high is not None else None
        unit, pos = sub_unit, part.end()
    return low, high, unit, pos


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
        # 九个多月 = [9, 10] months, 十多年 = [10, 20] years: up to one more of the last
        # place, as `300多` is [300, 400] (claims/values/numerals.py); 几年多 stays open.
        step = Decimal("0.5") if half or m["bare_half"] else last_place(low)  # 半年多 is [0.5, 1] years
        top = low + step if bound is Bound.exact else None
        return low, top, unit, Bound.over
    qualifier = QUALIFIER_BOUND.get(m["pre"] or "") or QUALIFIER_BOUND.get(m["post"] or "")
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
