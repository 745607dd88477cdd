"""Comparing two claims' values: same dimension?, compatible?, the same stated value?

Intervals are inclusive with None for an unbounded side; two values are compatible
when their intervals overlap (`大概20人左右` [18, 22] and `20人` [20, 20]); they state
the same value when their bases are equal, the base being the figure the text said
before a qualifier widened it (`超过3亿` → 3亿, `约30` → 30).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import assert_never

from rapidfuzz import fuzz

from claims.frames import listed
from claims.model import (
    AgeValue,
    Bound,
    Claim,
    DateValue,
    DurationValue,
    EventValue,
    Granularity,
    MinuteValue,
    MoneyValue,
    NumericValue,
    PercentValue,
    QuantityValue,
    QuoteValue,
    RankValue,
    RoleValue,
    ScoreValue,
    Tense,
    TitleCountValue,
)
from claims.text.normalise import fold
from claims.values.times import minutes, times_overlap


@dataclass(frozen=True)
class Comparison:
    comparable: bool  # same dimension: unit class, currency, percent vs points …
    compatible: bool = False  # the intervals overlap (or the quotes say the same)
    same_base: bool = False  # the stated figures are equal
    closeness: float = 0.0  # 1.0 for equal values, falling with the relative gap
    note: str = ""

    @staticmethod
    def no(note: str = "") -> Comparison:
        return Comparison(False, note=note)


FLOOR = "楼"  # RankValue.of of a floor (从四楼坠落): compared only with floors
# The pool a rank is told in (RankValue.of, claims.extractors.numbers.RankExtractor._CONTEXT): second
# in the country and second in the world are two ranks (狂犬疫苗…位居国内第二位 vs 华为手机…跃居全球第二
# had agreed across two stories). A ranking word (排名, 位列) or a trade (行业, 业内) names no such pool.
RANK_POOLS = {
    "世界": "world",
    "全球": "world",
    "亚洲": "亚洲",
    "欧洲": "欧洲",
    "全国": "nation",
    "国内": "nation",
    "全美": "nation",
    "全省": "province",
    "全市": "city",
    "全校": "school",
    "全年级": "grade",
    "全班": "class",
}

# --- units ---------------------------------------------------------------------------

_COUNTERS = "个名位家项款次人台张篇条只件所座部间户栋套辆艘架起处头"
# Counts of people, whatever the counter: 12人, 12名, 12例 (cases; 宗 in Hong Kong's usage: 2940宗病例),
# 1374万人次, 280口人, 人口39万.
_PEOPLE = re.compile(r"^(?:[名位个]?(?:人|员工|雇员|研究人员|研究员|工程师|成员|职员|员)|[名位例宗]|人次|口人|人口)$")
_STAFF = {"", "人", "名", "位", "员工", "雇员", "职员", "成员", "人员", "员", "例", "宗", "人次", "口人", "人口"}
_PEOPLE_GROUPS = {
    "研究人员": "people:research",
    "研究员": "people:research",
    "科学家": "people:research",
    "工程师": "people:engineering",
}
# People counted by what they are, no counter (25万儿童, 2000多居民): the same count as 25万名儿童.
_PEOPLE_NOUNS = frozenset(
    "儿童 婴儿 婴幼儿 孩子 学生 村民 市民 农民 职工 患者 病人 乘客 旅客 灾民 居民 游客 观众 网民 民众 网友 选民"
    " 考生 毕业生 运动员 志愿者".split()
)
_PEOPLE_SAME = {"婴儿": "儿童", "婴幼儿": "儿童", "幼儿": "儿童", "孩子": "儿童", "病人": "患者", "旅客": "乘客"}
_USERS = re.compile(r"(?:用户|使用者|用家|活跃用户|周活|月活|日活)")
DURATION_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30.4375,
    "year": 365.25,
}


@lru_cache(maxsize=1 << 12)
def unit_class(unit: str) -> tuple[str, str]:
    """(class, noun) of a quantity unit: people, users, times (倍), or the counter/noun."""
    u = fold(unit).strip()
    if not u:
        return ("", "")
    if _USERS.search(u):
        return ("users", "")
    if "倍" in u:
        return ("times", "")
    counter, noun = (u[0], u[1:]) if u[0] in _COUNTERS and len(u) > 1 else ("", u)
    if u in _PEOPLE_NOUNS:
        noun = _PEOPLE_SAME.get(u, u)
        return (f"people:{noun}", noun)
    if _PEOPLE.match(u) or (counter and counter in "名位"):
        # Researchers are not all staff: 500名研究人员 and 数千名员工 are different counts.
        staff = noun in _STAFF or u in _STAFF
        return (_PEOPLE_GROUPS.get(noun, "people" if staff else f"people:{noun}"), noun)
    return (noun or counter, noun)


def unit_block(unit: str) -> str:
    """A coarse unit class for blocking: users, times, counts (of people, or by 个: a bare
    个 meets 300个项目 and, for one listed measure, 315位; see _one_thing_counted), or the
    counter (`间房屋` → 间)."""
    cls, noun = unit_class(unit)
    if cls in ("users", "times"):
        return cls
    u = fold(unit).strip()
    if cls.startswith("people") or u[:1] == "个":
        return COUNTS  # 25万多名儿童 and 25万儿童 meet; their nouns are compared, not blocked
    if u in MEDAL_UNITS:
        return "枚"  # 9金 and 9枚金牌 meet; their measures are compared (_one_thing_counted)
    return u[0] if u and u[0] in _COUNTERS else cls


COUNTS = "counts"  # the block of people and of things counted by 个
# Counters that say nothing of what they count: 315位校友签名 and 480个校友签名 count one thing.
BARE_COUNTERS = frozenset("个位名人")
# A medal table's column as a unit (9金4银) and the counters of medals (9枚金牌, 9面金牌): with one listed
# measure (golds) they count one thing.
MEDAL_UNITS = frozenset("金银铜面")
_MEDAL_COUNTERS = MEDAL_UNITS | {"枚"}


def _one_thing_counted(a: Claim, b: Claim) -> bool:
    """Two counters, one of them bare, whose frames name one listed measure (signatures;
    旅客405人 and 405名乘客): the measure says what is counted, not the counter."""
    ua, ub = (fold(c.value.unit).strip() if isinstance(c.value, QuantityValue) else "" for c in (a, b))
    medals = ua in _MEDAL_COUNTERS and ub in _MEDAL_COUNTERS
    if (ua not in BARE_COUNTERS and ub not in BARE_COUNTERS and not medals) or a.frame is None or b.frame is None:
        return False
    first_a, first_b = a.frame.measure[:1], b.frame.measure[:1]  # what each counter counts: its nearest measure
    return bool(first_a and first_a == first_b and listed(first_a))


def units_comparable(a: str, b: str) -> bool:
    ca, na = unit_class(a)
    cb, nb = unit_class(b)
    if ca == cb:
        return True
    # `300个` and `300个项目`: a bare counter matches the same counter with a noun.
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and fa[0] == fb[0] and fa[0] in _COUNTERS and (len(fa) == 1 or len(fb) == 1)


# --- intervals -----------------------------------------------------------------------


def base_of(low: float | None, high: float | None, bound: Bound) -> float | tuple | None:
    if bound in (Bound.exact,):
        return low
    if bound is Bound.about and low is not None and high is not None:
        return round((low + high) / 2, 6)
    if bound in (Bound.over, Bound.at_least):
        return low
    if bound in (Bound.under, Bound.at_most, Bound.nearly):
        return high
    return (low, high)


def overlap(a_low, a_high, b_low, b_high) -> bool:
    lo = max(x for x in (a_low, b_low) if x is not None) if (a_low is not None or b_low is not None) else None
    hi = min(x for x in (a_high, b_high) if x is not None) if (a_high is not None or b_high is not None) else None
    return lo is None or hi is None or lo <= hi + 1e-9 * max(1.0, abs(hi))  # a relative slack, of either sign


def closeness(x, y) -> float:
    if isinstance(x, tuple) or isinstance(y, tuple) or x is None or y is None:
        xs = x if isinstance(x, tuple) else (x, x)
        ys = y if isinstance(y, tuple) else (y, y)
        vals = [v for v in (*xs, *ys) if v is not None]
        if len(vals) < 2:
            return 0.0
        mx = [v for v in xs if v is not None]
        my = [v for v in ys if v is not None]
        if not mx or not my:
            return 0.0
        x, y = sum(mx) / len(mx), sum(my) / len(my)
    top = max(abs(x), abs(y))
    return 1.0 if top == 0 else max(0.0, 1 - abs(x - y) / top)


def _intervals(
    a, b, scale_a: float = 1.0, scale_b: float = 1.0, in_words: tuple[bool, bool] = (False, False)
) -> Comparison:
    def s(v, k):
        return None if v is None else v * k

    al, ah, bl, bh = s(a.low, scale_a), s(a.high, scale_a), s(b.low, scale_b), s(b.high, scale_b)
    # `60多` is 60 and some, below 70: its cap is exclusive, so 60多 and 70多 never meet.
    ah, bh = _open_cap(al, ah, a.bound), _open_cap(bl, bh, b.bound)
    ba, bb = base_of(al, ah, a.bound), base_of(bl, bh, b.bound)
    same = _same(ba, bb)
    compatible = overlap(al, ah, bl, bh) or (a.bound in _STATED and b.bound in _STATED and _rounded(ba, bb, in_words))
    if compatible and _either_side(a.bound, b.bound, al, ah, bl, bh):
        compatible = False  # 近200名 and 200多人: one just under 200, the other over it
    if compatible and a.bound is Bound.about is b.bound and not _within_reach(ba, bb, al, ah, bl, bh):
        compatible = False  # 车速约110公里 and 约130公里: their reaches touch at 120, neither figure in the other's
    return Comparison(True, compatible, same, 1.0 if same else closeness(ba, bb))


# Bounds whose figure may be another's rounding: a figure stated, or stated 约 (1.6655万亿元 for
# 约1兆6655.4億元: one budget, the first rounded to four decimals of 万亿)
_STATED = frozenset({Bound.exact, Bound.about})


def _rounded(x, y, in_words: tuple[bool, bool] = (False, False)) -> bool:
    """One exact figure is the other rounded: `7吨` for 6.97吨, `40万` for 39.27万, or cut
    short: `558万票` for 558万6019票. The rounder one (fewer significant digits) covers half
    a unit of its last digit below it and a whole unit above, and the two are within
    ROUNDED of each other (17万 is no rounding of 20万). Two losses round alike (-89亿元 for
    -89.122亿元). `in_words`: whether x and y are written as a decimal of 万 or 亿; when the
    rounder one is (3.18万辆 for 31,767辆), even a count below 万 may be rounded."""
    if not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
        return False
    if x < 0 and y < 0:
        x, y = -x, -y
    if x <= 0 or y <= 0:
        return False
    if abs(x - y) > ROUNDED * max(x, y):
        return False
    (rx, ux), (ry, uy) = _precision(x), _precision(y)
    if rx == ry:
        return False
    rough, unit, fine, words = (x, ux, y, in_words[0]) if rx < ry else (y, uy, x, in_words[1])
    if unit < ROUNDED_FROM and float(fine).is_integer() and not words:
        return (
            False  # 40人 is not 39人 rounded: a whole count below 万 is stated exactly (7吨 for 6.97吨 is a rounding)
        )
    return -unit / 2 <= fine - rough < unit


def _whole_units(coarse: DurationValue, fine: DurationValue) -> bool:
    """`羁押26年` for 羁押9778天 (26.8 years): a whole number of a coarser unit counts the
    completed units, or rounds: it covers up to half a unit below it and a whole unit above."""
    unit, finer = DURATION_DAYS[coarse.unit.value], DURATION_DAYS[fine.unit.value]
    n = coarse.low
    if unit <= finer or coarse.bound is not Bound.exact or n is None or n != coarse.high or not float(n).is_integer():
        return False
    if fine.low is None or fine.high is None:
        return False
    # strictly above the half below (有期徒刑五年六个月 is no 六年: a half is told, not rounded away)
    return (n - 0.5) * unit < fine.low * finer and fine.high * finer < (n + 1) * unit


_IN_WORDS = re.compile(r"[0-9０-９][.．][0-9０-９]+\s*[万萬亿億]")  # 3.18万: a decimal of 万, a rounding


def _in_words(c: Claim) -> bool:
    """Is the figure written as a decimal of 万 or 亿 (3.18万辆, 1.5亿元)? Such a figure is a
    rounding, whatever the count below it (31,767辆)."""
    return bool(_IN_WORDS.search(c.text))


def _precision(v: float) -> tuple[int, float]:
    """(significant digits, unit of the last one): 400000 → (1, 100000); 6.97 → (3, 0.01)."""
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    if "." in text:
        return len(digits), 10.0 ** -len(text.split(".")[1])
    stripped = digits.rstrip("0")
    return len(stripped), 10.0 ** (len(digits) - len(stripped))


ROUNDED = 0.05  # 7 vs 6.97 (0.4 %), 40万 vs 39.27万 (1.8 %) are roundings; 20万 vs 17万 (15 %) is not
# The last digit's unit from which a whole figure may be a rounding: 40万 for 39.27万 is one, 40人 for 39人
# (a toll, 40 golds vs London's 39) is not: below 万 a whole count is stated as counted.
ROUNDED_FROM = 10_000


def _either_side(bound_a: Bound, bound_b: Bound, al, ah, bl, bh) -> bool:
    """One figure nearly N (近200: under it), the other over N (200多, 超过200): they meet only
    at N, which neither allows (昆山 2014: 近200名伤者 vs 200多人受伤 are two counts)."""
    if {bound_a, bound_b} != {Bound.nearly, Bound.over}:
        return False
    near_high, over_low = (ah, bl) if bound_a is Bound.nearly else (bh, al)
    return near_high is not None and over_low is not None and near_high <= over_low + 1e-9 * max(1.0, abs(over_low))


def _within_reach(ba, bb, al, ah, bl, bh) -> bool:
    """Two approximate figures are one when either stated figure lies within the other's reach (约300 [270, 330]
    holds 约320), not when their reaches merely meet (约110 [100, 120] and 约130 [120, 140]: two speeds)."""
    if not isinstance(ba, (int, float)) or not isinstance(bb, (int, float)) or None in (al, ah, bl, bh):
        return True
    return bl <= ba <= bh or al <= bb <= ah


def _open_cap(low, high, bound: Bound):
    if bound is Bound.over and low is not None and high is not None and high > low:
        return high - (high - low) * OPEN_CAP
    return high


OPEN_CAP = 1e-3  # share of an `over` span (300多: [300, 400)) cut from its top


def _same(x, y) -> bool:
    if isinstance(x, tuple) or isinstance(y, tuple):
        return x == y
    if x is None or y is None:
        return False
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


# --- per kind --------------------------------------------------------------------------


def compare_values(a: Claim, b: Claim) -> Comparison:
    if a.kind is not b.kind:
        return Comparison.no("different kinds")
    va, vb = a.value, b.value
    if isinstance(va, QuantityValue) and isinstance(vb, QuantityValue):
        if not units_comparable(va.unit, vb.unit) and not _one_thing_counted(a, b):
            return Comparison.no("different units")
        return _intervals(va, vb, in_words=(_in_words(a), _in_words(b)))
    if isinstance(va, MoneyValue) and isinstance(vb, MoneyValue):
        if va.currency and vb.currency and va.currency != vb.currency:
            return Comparison.no("different currencies")
        return _intervals(va, vb, in_words=(_in_words(a), _in_words(b)))
    if isinstance(va, PercentValue) and isinstance(vb, PercentValue):
        if va.points != vb.points:
            return Comparison.no("percent vs percentage points")
        return _intervals(va, vb)
    if isinstance(va, DurationValue) and isinstance(vb, DurationValue):
        out = _intervals(va, vb, DURATION_DAYS[va.unit.value], DURATION_DAYS[vb.unit.value])
        if not out.compatible and (_whole_units(va, vb) or _whole_units(vb, va)):
            return Comparison(True, True, False, out.closeness, "whole units")
        return out
    if isinstance(va, AgeValue) and isinstance(vb, AgeValue):
        return _intervals(va, vb)
    if isinstance(va, RankValue) and isinstance(vb, RankValue):
        if (va.of == FLOOR) != (vb.of == FLOOR):
            return Comparison.no("a floor is no place in a ranking")
        pa, pb = RANK_POOLS.get(va.of or ""), RANK_POOLS.get(vb.of or "")
        if pa and pb and pa != pb:
            return Comparison.no("ranks in two pools")
        same = (va.low, va.high) == (vb.low, vb.high)
        compatible = max(va.low, vb.low) <= min(va.high, vb.high)
        return Comparison(True, compatible, same, 1.0 if same else closeness((va.low, va.high), (vb.low, vb.high)))
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        return _dates(va, vb)
    if isinstance(va, QuoteValue) and isinstance(vb, QuoteValue):
        return compare_quotes(va.normalized, vb.normalized)
    if isinstance(va, RoleValue) and isinstance(vb, RoleValue):
        return _roles(va, vb)
    if isinstance(va, ScoreValue) and isinstance(vb, ScoreValue):
        return compare_scores(va, vb)
    if isinstance(va, MinuteValue) and isinstance(vb, MinuteValue):
        return compare_minutes(va, vb)
    if isinstance(va, TitleCountValue) and isinstance(vb, TitleCountValue):
        return compare_title_counts(va, vb)
    return Comparison.no("not comparable")


# --- a match ---------------------------------------------------------------------------------

# How far two reports' minutes of one deed may be apart and still be one deed told twice (23' vs 21',
# 80' vs 78'); further apart they are as likely two deeds (a player's two goals in one half).
MINUTE_SLIP = 3
SIDE_NAME_MIN = 2  # the shortest side's name another may end with (湖人 of 洛杉矶湖人, 香港 of 中国香港)
_BARE_SQUAD = re.compile(r"[男女][足篮排]")  # 女足 alone names no side


def compare_scores(a: ScoreValue, b: ScoreValue) -> Comparison:
    """Two scores of one match and one part of it: the same when each side scored the same.
    Comparable only with both sides named (or read off the article's one match) on both, the
    same part, and no two stages; a result that is a draw and one that is not are the score
    before and after a shoot-out (3:3, 4:2), no two values of one figure."""
    if a.part != b.part:
        return Comparison.no("another part of the match")
    if a.stage and b.stage and a.stage != b.stage:
        return Comparison.no("another match of the competition")
    if None in a.sides or None in b.sides or a.sides[0] == a.sides[1]:
        return Comparison.no("not both sides named alike")
    if (order := _same_sides(a.sides, b.sides)) is None:
        return Comparison.no("not both sides named alike")
    draw_a, draw_b = a.first == a.second, b.first == b.second
    if a.part == "full" and (draw_a or draw_b):
        return Comparison.no("a result that is a draw may be the score before a shoot-out or extra time")
    if a.ordered and b.ordered:
        xb = (b.first, b.second) if order else (b.second, b.first)
        same = (a.first, a.second) == xb
    else:
        same = sorted((a.first, a.second)) == sorted((b.first, b.second))
    return Comparison(True, same, same, 1.0 if same else 0.5)


def _same_sides(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool | None:
    """Whether two scores' sides are one pair of sides in the same order (True), the other order (False),
    or not one pair (None). A club is named with its city or without (达拉斯独行侠, 独行侠): a name that
    ends another is that side."""
    for order, other in ((True, b), (False, (b[1], b[0]))):
        if all(_one_side(x, y) for x, y in zip(a, other, strict=True)):
            return order
    return None


def _one_side(x: str | None, y: str | None) -> bool:
    if x is None or y is None:
        return False
    short, long = sorted((x, y), key=len)
    return short == long or (len(short) >= SIDE_NAME_MIN and long.endswith(short) and not _BARE_SQUAD.fullmatch(short))


def compare_minutes(a: MinuteValue, b: MinuteValue) -> Comparison:
    """Two minutes of one actor's one deed (梅西's penalty) in one half: the same minute, or two
    reports of it that differ by a little (MINUTE_SLIP); further apart, two deeds."""
    if a.who != b.who or a.action != b.action:
        return Comparison.no("another actor or deed")
    if _half(a.minute) != _half(b.minute) or abs(a.minute - b.minute) > MINUTE_SLIP:
        return Comparison.no("another moment of the match: another deed")
    same = a.minute == b.minute
    return Comparison(True, same, same, 1.0 if same else 0.5)


def compare_title_counts(a: TitleCountValue, b: TitleCountValue) -> Comparison:
    """Two counts of one holder's titles of one competition (第九次夺得亚洲杯冠军 vs 第四次): the same
    count, or two; a count that names no competition meets only another that names none."""
    if a.holder != b.holder or a.of != b.of:
        return Comparison.no("another holder or competition")
    same = a.count == b.count
    return Comparison(True, same, same, 1.0 if same else 0.5)


def _half(minute: int) -> int:
    return 1 if minute <= 45 else 2 if minute <= 90 else 3


# A month and day told without a year (10月11日, 11 月 28 日上午): the year is the reader's guess.
_YEARLESS = re.compile(r"^\s*[0-9〇零一二三四五六七八九十]{1,3}\s*月\s*[0-9〇零一二三四五六七八九十]{1,3}\s*[日号]")


# How far a year guessed for a year-less day may be off and still be the day another report dates:
# two years (余华英's 10月11日 and 11月28日, guessed 2025 from a 2026 retrospective's date, were 2024
# and 2023); iPhone 15's 9月22日 (2023) is no 2017年9月22日 of iPhone 8.
GUESSED_YEAR_OFF = 2


def year_guessed(v: DateValue) -> bool:
    return v.relative is not False and v.granularity is Granularity.day and bool(_YEARLESS.match(v.relative.expr))


def _dates(a: DateValue, b: DateValue) -> Comparison:
    a0, a1, b0, b1 = (date.fromisoformat(x) for x in (a.start, a.end, b.start, b.end))
    if (
        year_guessed(a) != year_guessed(b)
        and a0 == a1
        and b0 == b1
        and (a0.month, a0.day) == (b0.month, b0.day)
        and abs(a0.year - b0.year) <= GUESSED_YEAR_OFF
    ):
        # 10月11日 in an undated retelling and 2024年10月11日: one day, whatever year was guessed for the first
        a0 = a1 = b0 if year_guessed(a) else a0
        b0 = b1 = a0
    compatible = max(a0, b0) <= min(a1, b1)
    same = (a0, a1) == (b0, b1)
    if a.time and b.time and a0 == a1 == b0 == b1:
        # One day at two times of it: 凌晨2点多 and 凌晨2点30分左右 meet, 6:18 and 18:00 do not.
        compatible = times_overlap(a.time, b.time) and not _windows_touch(a.time, b.time)
        same = a.time == b.time
    mid_a = a0.toordinal() + (a1 - a0).days / 2
    mid_b = b0.toordinal() + (b1 - b0).days / 2
    gap = abs(mid_a - mid_b)
    return Comparison(True, compatible, same, 1.0 if same else max(0.0, 1 - gap / 3650))


def _windows_touch(a: str, b: str) -> bool:
    """Two spans of time that share only an end: 下午3点左右 (14:45/15:15) and 下午3时30分许
    (15:15/15:45) are two approximate times half an hour apart, not one."""
    (a0, a1), (b0, b1) = minutes(a), minutes(b)
    return a0 < a1 and b0 < b1 and (a1 == b0 or b1 == a0)


# One utterance or two? The one quote scale (0–100) for quote support and quote
# comparison: fuzz.ratio on script-, width- and punctuation-folded text, or
# partial_ratio when one rendering is an excerpt of the other (quote_ratio). Measured on
# the seeds: one utterance retold scores 92.7 (所以算力需求是真实存在的我看不到任何放缓迹象
# vs 对他来说算力需求是真实存在的看不到任何放缓迹象, 000 line 594) and 89.9 against the
# paragraph that carries it; two utterances sharing an opening score 84.6 (老实说我在openai
# 非常幸运 vs 老实说我在openai的每一年都像是在一家完全不同的公司里, 000 line 377) and 85.4
# (还有paulchristiano他也在openai工作过 vs 他还曾在openai工作过, 000 line 246).
QUOTE_SAME = 88
# Below QUOTE_SAME but above this, the same speaker's presented quotes diverge in
# wording (compared word by word, matcher.align) rather than being two utterances.
QUOTE_DIVERGE = 62


def quote_ratio(quote: str, passage: str) -> float:
    """How alike two folded renderings are on the one quote scale (0–100): fuzz.ratio,
    or partial_ratio when the shorter is at least half the longer or 12 characters (an
    excerpt), discounted 3% when it is under half."""
    if not quote or not passage:
        return 0.0
    ratio = fuzz.ratio(quote, passage)
    shorter, longer = sorted((quote, passage), key=len)
    if len(shorter) >= 0.5 * len(longer) or len(shorter) >= 12:
        ratio = max(ratio, fuzz.partial_ratio(shorter, longer) * (0.97 if len(shorter) < 0.5 * len(longer) else 1.0))
    return round(ratio, 2)


def compare_quotes(a: str, b: str) -> Comparison:
    """Two quotes' folded words: the same utterance at QUOTE_SAME on the quote scale."""
    if not a or not b:
        return Comparison.no("empty quote")
    ratio = quote_ratio(a, b)
    return Comparison(True, ratio >= QUOTE_SAME, a == b, ratio / 100, note=f"quote ratio {ratio:.0f}")


def _roles(a: RoleValue, b: RoleValue) -> Comparison:
    ta, tb = fold(a.title), fold(b.title)
    title_sim = fuzz.ratio(ta, tb)
    if title_sim < 80:
        return Comparison.no("different titles")
    # A bare title in a report is the person's title when it was written: `首席科学家`
    # and `前首席科学家` of one person at one time cannot both hold.
    tense_conflict = (a.tense is Tense.former) != (b.tense is Tense.former)
    return Comparison(
        True,
        not tense_conflict,
        ta == tb and a.tense == b.tense,
        title_sim / 100,
        note="tense conflict" if tense_conflict else "",
    )


def describe(claim: Claim) -> str:
    """A short human rendering of a claim's value, for explanations (every kind: mypy
    checks the match covers the whole `Value` union)."""
    match v := claim.value:
        case DateValue():
            span = v.start if v.start == v.end else f"{v.start}..{v.end}"
            if v.time:
                span += f" {v.time}"
            rel = f" ({v.relative.expr} from {v.relative.reference})" if v.relative else ""
            return f"{span}{rel}"
        case RankValue():
            what = "floor" if v.of == FLOOR else "rank"
            return f"{what} {v.low}" if v.low == v.high else f"{what}s {v.low}-{v.high}"
        case QuoteValue():
            return f"“{claim.text[:40]}{'…' if len(claim.text) > 40 else ''}”"
        case RoleValue():
            tense = {"former": "former ", "current": "current "}.get(v.tense.value, "")
            who = f"{v.person}: " if v.person else ""
            return f"{who}{tense}{v.title}" + (f" of {v.organisation}" if v.organisation else "")
        case QuantityValue() | MoneyValue() | PercentValue() | DurationValue() | AgeValue():
            return _describe_interval(v)
        case EventValue():
            return claim.text
        case ScoreValue():
            return _describe_score(v)
        case MinuteValue():
            return f"{v.who}, {_DEEDS.get(v.action, v.action)}, minute {v.minute}"
        case TitleCountValue():
            return f"{v.holder}, title number {v.count}" + (f" of {v.of}" if v.of else "")
        case _:
            assert_never(v)


_PARTS = {
    "full": "result",
    "regular": "after regular time",
    "extra": "after extra time",
    "shootout": "shoot-out",
    "half": "half time",
    "series": "series",
    "aggregate": "aggregate",
}
_DEEDS = {
    "goal": "goal",
    "penalty": "penalty scored",
    "penalty_missed": "penalty missed",
    "own_goal": "own goal",
    "red_card": "red card",
    "yellow_card": "yellow card",
    "substitution": "substitution",
}


def _describe_score(v: ScoreValue) -> str:
    """`阿根廷 4:2 法国 (shoot-out)`; `4:2 (阿根廷, 法国; who scored which not said)` when the order is not known."""
    unit, _, n = v.part.partition(":")
    part = f"{unit} {n}" if n else _PARTS.get(v.part, v.part)
    first, second = v.sides
    if not v.ordered:
        return f"{v.first}:{v.second} ({first}, {second}; who scored which not said; {part})"
    return f"{first or '?'} {v.first}:{v.second} {second or '?'} ({part})"


def _unit_label(v: NumericValue) -> str:
    """What follows the figure: its unit or currency, `%`, or `points` for percentage points."""
    match v:
        case QuantityValue() | DurationValue():
            return v.unit
        case MoneyValue():
            return v.currency or ""
        case PercentValue():
            return "points" if v.points else "%"
        case AgeValue():
            return ""  # the figure alone
        case _:
            assert_never(v)


@lru_cache(maxsize=1 << 16)
def _describe_interval(v: NumericValue) -> str:
    """`about 300 人`, `over 5%`, `1–2 month`: the bound in words, then the unit. Read off
    the value alone, so each distinct value is described once (a run of 200 articles
    holds ~18,000 figures of ~2,000 values)."""
    unit = _unit_label(v)
    low, high, bound = v.low, v.high, v.bound
    if bound is Bound.exact:
        num = _fmt(low)
    elif bound is Bound.about and low and high and high / low > 1.3:
        num = f"about {_fmt(low)}–{_fmt(high)}"  # 数千, 几十: a wide span, not a point
    elif bound is Bound.range:
        num = f"{_fmt(low)}–{_fmt(high)}"
    elif bound in (Bound.over, Bound.at_least):
        num = f"{bound.value.replace('_', ' ')} {_fmt(low)}"
    elif bound in (Bound.under, Bound.at_most, Bound.nearly):
        num = f"{bound.value.replace('_', ' ')} {_fmt(high)}"
    else:
        num = f"about {_fmt(base_of(low, high, bound))}"
    sep = "" if unit == "%" else " "
    return f"{num}{sep}{unit}".strip()


def _fmt(x) -> str:
    if x is None:
        return "?"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int) and abs(x) >= 10_000:
        for div, word in ((100_000_000, "亿"), (10_000, "万")):
            if abs(x) >= div and x % (div // 100) == 0:
                return f"{x / div:g}{word}"
    return f"{x:g}" if isinstance(x, float) else str(x)
