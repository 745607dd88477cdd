"""Chinese and Arabic numerals: whole-string parsing (pure functions, no I/O).

`parse_number` reads one numeral string exactly (Decimal, never float):
Arabic (`300`, `1.5`, `10,000`, full-width digits), Chinese (`两千五百万`, `一点五七`),
formal (`壹贰叁`, `伍仟`), traditional (`兩`, `萬`, `億`), mixed (`1.5亿`, `3000 億`),
colloquial (`三万五` = 35000, `一万二` = 12000) and digit-by-digit readings
(`二〇一八` = 2018). It returns None for anything that is not a whole numeral.

`parse_amount` reads a numeral expression with its approximation and qualifiers into an
`Amount` (an inclusive interval, the `Bound` that widened it, and the stated `base`);
`AMOUNT_SRC` is the pattern other extractors embed to find such expressions, and
`find_amounts` finds bare numerals in a sentence (the numeral layer every extractor
shares). v is the stated value; u the place of its last significant digit
(300 → 100, 十 → 10, 3500 → 100).

| form | words | interval | bound |
|---|---|---|---|
| exact | `300` | [v, v] | exact |
| about | 约 大约 大概 约莫 大致 左右 上下 前后 | [v − w, v + w], w = min(v/10, u) | about |
| over (qualifier) | 超过 超 逾 以上 高于 多于 突破 | [v, None] (percent: [v, 100]) | over |
| over (numeral) | `300多` `500余万` `十多万` | [v, v + u] (`300多` → [300, 400]) | over |
| teens | `十几` `二十几万` `一百零几万` | [v + u/10, v + 9u/10] (`十几` → [11, 19]) | over |
| some | `几十` `数千` `几万` | [2u, 9u] (`数千` → [2000, 9000]) | about |
| reaching | `上百` `上万` | [u, None] | at_least |
| under | 不到 不足 未满 以下 低于 少于 | [0, v] | under |
| at_least | 至少 起码 最少 不少于 不低于 不下(于) 不小于 | [v, None] | at_least |
| at_most | 最多 至多 顶多 不超过 不多于 不高于 不大于 | [0, v] | at_most |
| nearly | 近 将近 接近 差不多 几乎 | [0.9v, v] | nearly |
| range | `1-2` `20至50` `三到六` `两三` `七八十` | [a, b] | range |

达/达到/有/为/是 state the figure itself (`用户数达到1亿` is exact, not at_least): a
report that a count "reached" a round number gives that number, and calling it a lower
bound would make `达1亿` contradict `约1亿`. They are read after another qualifier too
(`超过达`).

Adjacent digits are a range, never a number: `两三` = 2..3, `七八十` = 70..80,
`十一二` = 11..12. An approximate figure is the truth rounded at the digit it states,
within a unit of that digit and never more than ABOUT_SHARE of it: `约300` is [270, 330],
`约55亿` [54亿, 56亿], `约58.5亿` [58.4亿, 58.6亿] — two estimates that disagree.
A qualifier on an already approximate or ranged numeral keeps the
numeral's interval and bound (`约三四百` stays 300..400, range). Lower bounds are 0, not
None, where a negative amount makes no sense (counts, money, shares).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from claims.model import Bound
from claims.text.gate import gated

# Distinct numeral strings parse_amount remembers. Parsing one takes 12-30 µs (`300`, `约3000`,
# `两千多`); an article repeats its figures, and the seeds hold ~600 distinct numeral strings,
# so 4,096 entries (well under 1 MB) keep a month of coverage's common figures parsed once.
PARSE_CACHE = 4096

# Every spelling of a digit folded to one character; formal and traditional forms too.
_DIGIT_FOLD = str.maketrans(
    {
        "〇": "零",
        "○": "零",
        "Ｏ": "零",
        "洞": "零",
        "壹": "一",
        "幺": "一",
        "弌": "一",
        "贰": "二",
        "貳": "二",
        "貮": "二",
        "兩": "两",
        "俩": "两",
        "倆": "两",
        "叁": "三",
        "參": "三",
        "参": "三",
        "叄": "三",
        "弎": "三",
        "肆": "四",
        "伍": "五",
        "陆": "六",
        "陸": "六",
        "柒": "七",
        "捌": "八",
        "玖": "九",
        "拾": "十",
        "什": "十",
        "佰": "百",
        "陌": "百",
        "仟": "千",
        "阡": "千",
        "萬": "万",
        "億": "亿",
        "點": "点",
        "負": "负",
        "幾": "几",
        "餘": "余",
        "數": "数",
    }
)
# Full-width digits and signs, in case a caller did not fold them.
_WIDTH_FOLD = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")

DIGIT_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# 兆 is 10^12 as in Taiwan and Hong Kong finance, and what 万亿 is folded to.
BIG_UNITS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "兆": Decimal(10) ** 12}

_ARABIC = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_ARABIC_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# A full stop between Chinese numerals is their decimal point (三十八.六一% is 38.61%, as 38.61% is):
# folded to 点 before parsing. Read on digits already folded by _DIGIT_FOLD.
_CJK_DECIMAL_POINT = re.compile(r"(?<=[零一二两三四五六七八九十百千万亿兆])\.(?=[零一二三四五六七八九])")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万亿兆点]")


def fold_numeral(text: str) -> str:
    """One spelling per digit and unit, no spaces: the form every parser here reads."""
    text = text.translate(_WIDTH_FOLD).translate(_DIGIT_FOLD)
    text = re.sub(r"\s+", "", text)
    if "." in text:
        text = _CJK_DECIMAL_POINT.sub("点", text)  # 三十八.六一 is 三十八点六一
    return (
        text.replace("廿", "二十")
        .replace("卅", "三十")
        .replace("卌", "四十")
        .replace("万万", "亿")
        .replace("万亿", "兆")
    )


def parse_number(text: str) -> Decimal | None:
    """The value of a whole numeral string, or None if it is not one."""
    s = fold_numeral(text)
    if not s:
        return None
    sign = 1
    if s[0] in "-负+正":
        sign = -1 if s[0] in "-负" else 1
        s = s[1:]
    if not s:
        return None
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)  # 1,100万
    value = _parse_unsigned(s)
    if value is None:
        return None
    if value == value.to_integral_value():
        value = Decimal(int(value))  # 1.5亿 is 150000000, not 150000000.0
    return -value if sign < 0 else value


_SCALED = re.compile(r"(\d+(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+)|([kKM]))")
_SCALE_SUFFIX = {"k": 3, "K": 3, "M": 6}


def _parse_unsigned(s: str) -> Decimal | None:
    if _ARABIC.fullmatch(s):
        return Decimal(s)
    if m := _SCALED.fullmatch(s):  # 2e5, 21.2E0, 40k, 1.04M
        exp = int(m.group(2)) if m.group(2) else _SCALE_SUFFIX[m.group(3)]
        return Decimal(m.group(1)).scaleb(exp)
    if "".join(_TOKEN.findall(s)) != s:
        return None
    if "点" in s:
        return _parse_decimal_point(s)
    return _parse_integer(s)


def _parse_decimal_point(s: str) -> Decimal | None:
    """`一点五七`, `零点五`, `一点五亿`: integer part, digits read one by one, then 万/亿."""
    whole, _, rest = s.partition("点")
    m = re.fullmatch(r"([零一二三四五六七八九\d]+)([万亿兆]*)", rest)
    if not m or "点" in rest:
        return None
    int_part = _parse_integer(whole) if whole else None
    if int_part is None:
        return None
    if int_part != int_part.to_integral_value():
        return None
    digits = "".join(str(DIGIT_VALUES[c]) if c in DIGIT_VALUES else c for c in m.group(1))
    value = int_part + Decimal("0." + digits)
    for unit in m.group(2):
        value *= BIG_UNITS[unit]
    return value


def _parse_integer(s: str) -> Decimal | None:
    """Integers built from sections under 兆 > 亿 > 万, each section under 千/百/十."""
    if not s:
        return None
    for unit in ("兆", "亿", "万"):
        if unit in s:
            head, _, tail = s.partition(unit)
            if unit in tail:
                return None
            high = _parse_integer(head) if head else (Decimal(1) if tail else None)  # 萬九
            if high is None:
                return None
            low = _parse_tail(tail, BIG_UNITS[unit])
            if low is None:
                return None
            return high * BIG_UNITS[unit] + low
    return _parse_section(s)


def _parse_tail(tail: str, unit: Decimal) -> Decimal | None:
    """What follows a 万/亿: `三万五` means 35000 (a bare digit is the next unit down)."""
    if not tail:
        return Decimal(0)
    if len(tail) == 1 and tail in DIGIT_VALUES and tail != "零":
        return DIGIT_VALUES[tail] * unit / 10
    value = _parse_integer(tail)
    if value is None or value >= unit:
        return None
    return value


def _parse_section(s: str) -> Decimal | None:
    """A number below 10^4 (or an Arabic number with small units, `3千`)."""
    tokens = _TOKEN.findall(s)
    if all(t in DIGIT_VALUES for t in tokens):
        return _parse_digit_string(tokens)
    total = Decimal(0)
    current: Decimal | None = None
    last_unit: int | None = None
    after_zero = False
    for t in tokens:
        if t in SMALL_UNITS:
            unit = SMALL_UNITS[t]
            if last_unit is not None and unit >= last_unit:
                return None  # 十百, 百千: units must fall
            if current is None:
                # 十 = 10, 零十 = 10 and 一百十一 = 111 read 十 as 一十; 百三 = 130 at the start.
                if (total or after_zero) and unit != 10:
                    return None
                current = Decimal(1)
            total += current * unit
            current, last_unit, after_zero = None, unit, False
        elif t == "零":
            if current is not None:
                return None
            after_zero = True
        else:
            if current is not None:
                return None  # two digits with no unit between them: 三四百 is a range
            try:
                current = Decimal(t) if t[0].isdigit() else Decimal(DIGIT_VALUES[t])
            except InvalidOperation:
                return None
    if current is not None:
        colloquial = tokens[-1] in DIGIT_VALUES  # 三百五, but 1百01 and 四千230 are literal
        if colloquial and last_unit is not None and not after_zero and last_unit >= 100:
            current *= last_unit // 10  # 三百五 = 350, 两千五 = 2500
        total += current
    return total


def _parse_digit_string(tokens: list[str]) -> Decimal | None:
    """`二〇一八` = 2018: a run of digits read one by one; 两 never appears in these."""
    if len(tokens) == 1:
        t = tokens[0]
        return Decimal(t) if t[0].isdigit() else Decimal(DIGIT_VALUES[t])
    if any(t == "两" or t[0].isdigit() for t in tokens):
        return None
    return Decimal("".join(str(DIGIT_VALUES[t]) for t in tokens))


# ---------------------------------------------------------------------------
# Amounts: numerals in running text, with approximations, ranges and qualifiers.
# ---------------------------------------------------------------------------

_CJK_DIGITS = "零〇○一二两兩俩倆三四五六七八九壹贰貳叁參参肆伍陆陸柒捌玖廿卅卌幺"
_CJK_UNITS = "十百千万萬亿億兆拾佰仟"
_CJK_NUM = _CJK_DIGITS + _CJK_UNITS
# Formal digits that are also everyday words (队伍, 大陆, 收拾, 参加); 壹 贰 叁 are not.
_FORMAL = set("參参肆伍陆陸柒捌玖拾佰仟俩倆")

# One piece of a numeral: an Arabic number (grouped, decimal, 2e5, 40k) or one CJK
# numeral character; 点 only between numerals; 几/数/多/余 only where a unit follows
# or precedes them (十几, 几十, 十多万, 500余万), never as free words (几个, 很多).
# Atomic in effect ((?!\d) after each digit run) so a long digit string cannot be split
# many ways when a longer pattern fails: no catastrophic backtracking. No number starts inside
# a number grouped by thousands (73,695,951100.0%: a flattened table's figure glued to its share,
# mt23/02 HKEX; 951100.0% and 1342.4% were read): the glued digits are no figure.
_ARABIC_PIECE = r"(?:(?<![\d.])(?<!\d,\d{3},)\d+(?:,\d{3})*(?:\.\d+)?(?![\d])(?:[eE][+-]?\d+(?![\d.])|[kKM](?![A-Za-z]))?|(?<![\d.])\.\d+(?!\d))"
_PIECE = (
    rf"(?:{_ARABIC_PIECE}|[{_CJK_NUM}]"
    rf"|[点點](?=\s?[{_CJK_DIGITS}\d])"
    rf"|(?<=[{_CJK_NUM}])\.(?=[{_CJK_DIGITS}])"
    rf"|(?<=[十百千零拾佰仟])[几幾](?![个個])"
    rf"|(?<=[十百千零拾佰仟])[几幾](?=[个個])"
    rf"|[几幾数數](?=[十百千万亿拾佰仟萬億])"
    rf"|(?<=[\d{_CJK_NUM}])\s?[多余餘](?=\s?[万亿萬億千百])"
    rf")"
)
# Spaces inside a numeral (十 余 万, 7 万5 千) but never between two Arabic numbers.
_JOIN = r"(?:(?<![\d.])\s{1,3}(?=[^\d.])|(?<![\d.])\s{1,3}|\s{1,3}(?![\d.]))?"
# 负 is a minus sign (负5度), not the verb of 身负七条人命, 肩负, 背负, 担负. A minus right after 同比/环比
# is the change's direction, as in yoy-5% (利润同比-5% is 同比下降5%, claims/frames/predicates.tsv),
# not the sign of the figure: the rate is 5% and it fell.
_SIGN = r"(?:(?<![身肩背担擔抱欠辜胜勝自])[负負]\s?|(?<![A-Za-z0-9])(?<!同比)(?<!环比)(?<!環比)-(?=\.?\d)|(?<!同比)(?<!环比)(?<!環比)－)?"
_TRAIL_OVER = r"(?:\s?[多余餘](?![多余]))?"

CORE_SRC = rf"{_SIGN}(?:(?<!以)上(?=[百千万亿萬億]))?{_PIECE}(?:{_JOIN}{_PIECE})*{_TRAIL_OVER}"
RANGE_SEP_SRC = r"\s{0,2}(?:[-~～–—]|到|至(?![少多今此])|或)\s{0,2}"
# A numeral expression, optionally a range; extractors embed this (no named groups).
AMOUNT_SRC = rf"{CORE_SRC}(?:{RANGE_SEP_SRC}{CORE_SRC})?"
FRACTION_SRC = (
    rf"(?:{CORE_SRC}\s?又\s?)?{_SIGN}(?:{_ARABIC_PIECE}|[{_CJK_NUM}])(?:{_JOIN}(?:{_ARABIC_PIECE}|[{_CJK_NUM}]))*"
    rf"\s{{0,2}}(?:分\s{{0,2}}之|份)\s{{0,2}}{_SIGN}(?:{_ARABIC_PIECE}|[{_CJK_NUM}点點])(?:{_JOIN}(?:{_ARABIC_PIECE}|[{_CJK_NUM}点點]))*"
)

# Characters that make 约 the end of a word (合约, 续约, 签约, 违约, 节约…): no "about" after them
# (續約五年 is a renewal for five years, not about five). One list for amounts and durations.
NOT_ABOUT_AFTER = "合契条公制预签节相续违解履毁特邀婚赴缔租践守"
# A country's first character before 超, a football league's name (出战葡超32场, 英超, 俄超, 土超): no "over".
# Not 中 (其中超3万人 is over; 中超 a league too, left as over).
LEAGUE_COUNTRIES = "葡英俄土苏韩沙泰荷"
QUAL_PRE_SRC = (
    # a negated bound first (不少于三十人 is at least 30, 不超过 at most): the bound it negates is inside it
    r"(?:不少于|不低于|不下于|不小于|(?<![放装写吃住睡坐容停])不下|不超过|不多于|不高于|不大于|"
    rf"大约|大概|约莫|大致|(?<![{NOT_ABOUT_AFTER}])约|超过|(?<![高{LEAGUE_COUNTRIES}])超|逾|多于|高于|不到|不足|未满|低于|少于|"
    r"至少|起码|最少|最多|至多|顶多|将近|接近|差不多|几乎|(?<![最附靠临亲贴])近|突破)"
)
QUAL_POST_SRC = r"(?:左右|上下|前后|以上|以下|之多|有余|开外)"

# The one qualifier table: the word before or after a figure -> how it bounds the figure (the table above).
QUALIFIER_BOUND = {
    "大约": Bound.about,
    "大概": Bound.about,
    "约莫": Bound.about,
    "大致": Bound.about,
    "约": Bound.about,
    "左右": Bound.about,
    "上下": Bound.about,
    "前后": Bound.about,
    "超过": Bound.over,
    "超": Bound.over,
    "逾": Bound.over,
    "多于": Bound.over,
    "高于": Bound.over,
    "以上": Bound.over,
    "之多": Bound.over,
    "有余": Bound.over,
    "开外": Bound.over,
    "突破": Bound.over,
    "不到": Bound.under,
    "不足": Bound.under,
    "未满": Bound.under,
    "低于": Bound.under,
    "少于": Bound.under,
    "以下": Bound.under,
    "至少": Bound.at_least,
    "不少于": Bound.at_least,
    "不低于": Bound.at_least,
    "不下于": Bound.at_least,
    "不小于": Bound.at_least,
    "不下": Bound.at_least,
    "不超过": Bound.at_most,
    "不多于": Bound.at_most,
    "不高于": Bound.at_most,
    "不大于": Bound.at_most,
    "起码": Bound.at_least,
    "最少": Bound.at_least,
    "最多": Bound.at_most,
    "至多": Bound.at_most,
    "顶多": Bound.at_most,
    # Only the duration grammar (claims/values/durations.py) reads these: 三天内, 一年以内.
    "以内": Bound.at_most,
    "之内": Bound.at_most,
    "内": Bound.at_most,
    "将近": Bound.nearly,
    "快": Bound.nearly,  # the duration grammar's only (claims/values/durations.py): 快40年了
    "接近": Bound.nearly,
    "差不多": Bound.nearly,
    "几乎": Bound.nearly,
    "近": Bound.nearly,
}


@dataclass(frozen=True)
class Amount:
    """An inclusive interval (None = unbounded), how it was widened, and the stated value."""

    low: Decimal | None
    high: Decimal | None
    bound: Bound
    base: Decimal  # what the text states: 300 for 300多, the lower end of a range

    @classmethod
    def exact(cls, value: Decimal) -> Amount:
        return cls(value, value, Bound.exact, value)

    def scaled(self, factor: Decimal) -> Amount:
        mul = lambda v: None if v is None else _tidy(v * factor)
        return Amount(mul(self.low), mul(self.high), self.bound, _tidy(self.base * factor))


def _tidy(value: Decimal) -> Decimal:
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


# How far an approximate figure (约, 左右) reaches: one unit of its last stated digit, at most
# a tenth of it. 约300 is [270, 330] (a tenth), 约55亿 [54亿, 56亿] (one 亿): 约55亿 and 约58.5亿
# (one 平远 flood bulletin, two outlets) disagree, though a tenth of each would have overlapped.
ABOUT_SHARE = Decimal("0.1")


def bound_interval(
    v: Decimal, bound: Bound, *, floor: Decimal | None = None, cap: Decimal | None = None
) -> tuple[Decimal | None, Decimal | None]:
    """The interval a qualifier's bound gives a stated value (the table above). `floor` is
    the least a value can be when bounded from above (0 for counts), `cap` the most when
    bounded from below (100 for a share); None leaves that side open."""
    about = min(abs(v) * ABOUT_SHARE, last_place(v)) if v else Decimal(0)
    low, high = {
        Bound.about: (v - about, v + about),
        Bound.over: (v, cap),
        Bound.under: (floor, v),
        Bound.at_least: (v, cap),
        Bound.at_most: (floor, v),
        Bound.nearly: (v * Decimal("0.9"), v),
    }.get(bound, (v, v))
    if v < 0 and bound in (Bound.about, Bound.nearly):
        assert low is not None and high is not None  # about and nearly bound both sides
        low, high = min(low, high), max(low, high)
    return low, high


def qualify(amount: Amount, qualifier: str | None, *, cap: Decimal | None = None) -> Amount:
    """Widen an exact amount by a qualifier word (see the table above); others keep theirs."""
    bound = QUALIFIER_BOUND.get(qualifier or "")
    if bound is None or amount.bound is not Bound.exact:
        return amount
    v = amount.base
    low, high = bound_interval(v, bound, floor=Decimal(0) if v >= 0 else None, cap=cap)
    tidy = lambda x: None if x is None else _tidy(x)
    return Amount(tidy(low), tidy(high), bound, v)


_QUAL_PRE = re.compile(QUAL_PRE_SRC + r"\s?(?:有|达|为|是)?")
_QUAL_POST = re.compile(QUAL_POST_SRC + r"$")
_RANGE_SPLIT = re.compile(r"[~～–—]|(?<=[\d" + _CJK_NUM + r"多余几])-|到|至|或")
_UNIT_TAIL = re.compile(r"[十百千万亿兆]+$")
_PAIR = re.compile(r"(.*?)([一二两三四五六七八九])([二两三四五六七八九])([十百千万亿兆]*)")
_NEXT_DIGIT = {
    "一": "二两",
    "二": "三",
    "两": "三",
    "三": "四五",
    "四": "五",
    "五": "六",
    "六": "七",
    "七": "八",
    "八": "九",
}


@lru_cache(maxsize=PARSE_CACHE)
def parse_amount(text: str) -> Amount | None:
    """An Amount for a numeral expression with optional qualifiers (`约300`, `三到六`).
    Cached: a pure function of a short string, its Amount immutable (frozen, Decimals)."""
    s = fold_numeral(text)
    pre = post = None
    if m := _QUAL_PRE.match(s):
        pre, s = m.group(0), s[m.end() :]
        pre = pre.rstrip("有达为是")
    if m := _QUAL_POST.search(s):
        post, s = m.group(0), s[: m.start()]
    amount = _parse_core(s)
    if amount is None:
        return None
    return qualify(qualify(amount, pre), post)


def _parse_core(s: str) -> Amount | None:
    if not s:
        return None
    parts = _RANGE_SPLIT.split(s)
    if len(parts) == 2 and parts[0] and parts[1]:
        return _parse_range(*parts)
    if len(parts) > 2:
        return None
    return _parse_single(s)


def _parse_range(a: str, b: str) -> Amount | None:
    high = _parse_single(b)
    if high is None:
        return None
    low = _parse_single(a)
    tail = _UNIT_TAIL.search(b)
    if tail and not _UNIT_TAIL.search(a):  # 1-2万 is 1万-2万, 三到五百 is 三百到五百
        widened = _parse_single(a + tail.group(0))
        if widened is not None and (widened.low or 0) <= (high.low or 0):
            low = widened
    if low is None or low.low is None or high.high is None or low.low > high.high:
        return None
    return Amount(low.low, high.high, Bound.range, low.base)


def _parse_single(s: str) -> Amount | None:
    if s.startswith("上") and _UNIT_TAIL.fullmatch(s[1:]):  # 上百, 上千万
        u = parse_number(s[1:])
        return None if u is None else Amount(u, None, Bound.at_least, u)
    if s[0] in "几数" and _UNIT_TAIL.fullmatch(s[1:]):  # 几十, 数千, 几十万
        u = parse_number(s[1:])
        return None if u is None else Amount(2 * u, 9 * u, Bound.about, 2 * u)
    if "几" in s:
        return _parse_teens(s)
    if "多" in s or "余" in s:
        return _parse_over(s)
    if s.endswith("打") and (v := parse_number(s[:-1])) is not None:
        return Amount.exact(v * 12)  # a dozen
    if s == "半百":
        return Amount.exact(Decimal(50))
    if (pair := _PAIR.fullmatch(s)) and pair.group(3) in _NEXT_DIGIT.get(pair.group(2), ""):
        head, d1, d2, units = pair.groups()
        if not head or head[-1] in "十百千万亿":
            low, high = parse_number(head + d1 + units), parse_number(head + d2 + units)
            if low is not None and high is not None and low < high:
                return Amount(low, high, Bound.range, low)
    v = parse_number(s)
    return None if v is None else Amount.exact(v)


def _parse_teens(s: str) -> Amount | None:
    """`十几`, `二十几万`, `一百零几万`: the 几 stands for one to nine of the next place."""
    head, _, tail = s.partition("几")
    if not head or (tail and not _UNIT_TAIL.fullmatch(tail)):
        return None
    zero = head.endswith("零")
    v = parse_number(head.rstrip("零"))
    if v is None:
        return None
    place = Decimal(1) if zero else Decimal(SMALL_UNITS.get(head[-1], 10)) / 10
    scale = parse_number("一" + tail) if tail else Decimal(1)
    if scale is None:
        return None
    return Amount(v + place, v + 9 * place, Bound.over, v).scaled(scale)


def _parse_over(s: str) -> Amount | None:
    """`300多` = [300, 400], `十多万` = [10万, 20万]: up to one more of the last place."""
    head, mark, tail = s.partition("多" if "多" in s else "余")
    if tail and not _UNIT_TAIL.fullmatch(tail):
        return None
    v = parse_number(head)
    if v is None or v <= 0:
        return None
    scale = parse_number("一" + tail) if tail else Decimal(1)
    if scale is None:
        return None
    return Amount(v, v + last_place(v), Bound.over, v).scaled(scale)


def last_place(v: Decimal) -> Decimal:
    """The place of the last significant digit: 300 → 100, 3500 → 100, 1.5 → 0.1."""
    _, _, exp = v.normalize().as_tuple()
    assert isinstance(exp, int)  # v is finite
    return Decimal(1).scaleb(exp)


def parse_fraction(text: str) -> Decimal | None:
    """`五分之一` = 0.2, `三百五又三分之一`, `十份十一` (Cantonese) = 1.1; exact to 28 digits."""
    s = fold_numeral(text)
    whole = Decimal(0)
    if "又" in s:
        w, _, s = s.partition("又")
        if (wv := parse_number(w)) is None:
            return None
        whole = wv
    den_s, sep, num_s = s.partition("分之") if "分之" in s else s.partition("份")
    if not sep:
        return None
    den, num = parse_number(den_s), parse_number(num_s)
    if den is None or num is None or den == 0:
        return None
    frac = num / den
    value = whole - frac if whole < 0 else whole + frac
    return _tidy(value)


# Words that contain a numeral character but state no number. A candidate is dropped when
# such a word overlaps it and reaches outside it (统一, 一些, 十分重要), or is all of it (万一). 两国, 两地,
# 两党 name a pair already told of (使得两国累计死亡人数来到668人: Turkey and Syria), no count of two.
_NOT_NUMERALS = gated(
    r"统一|唯一|万一|之一|专一|单一|同一|划一|逐一|不一|一些|一起|一直|一定|一样|一般|一切|一致|"
    r"一边|一向|一旦|一再|一同|一律|一概|一贯|一番|一下|一会|一时|一带|一面|一方面|一齐|一味|"
    r"一心|一流|一看|一举|一路|一生|一步|一如|一经|一连|一阵|一旁|一体|一并|一道|一早|一度|"
    r"一口气|一手|一线|一行人|另一半|一点儿|一点点|一系列|一大批|一家人|一天到晚|"
    r"两会|两岸|两国|两地|两党|两军|两院|两者|两性|两极|两难|两全|两用|两两|两手|两侧|两旁|[一二两三四五六七八九十个]位数|"
    r"十分(?![钟之])|十足|十全十美|万分(?!之)|万万(?=[没不])|千万(?=[别不要得记])|千方百计|"
    r"千军万马|千辛万苦|万物|万能|万岁|万象|万众|成千上万|三明治|再三|三番五次|四川|四处|四周|"
    r"四肢|五花八门|参加|参与|参考|参观|参数|参照|参议|参谋|参赛|肆意|肆虐|乱七八糟|七嘴八舌|零售|零件|零部件|零食|零星|零钱|零碎|零散|清零|归零|[在到]一块|一块儿|从零|九牛一毛|八仙"
)
# Arabic notations read only as bare numerals: 3/5, 1 3/5, 2^5 (never dates: 2019/3/5).
_SLASH_FRACTION = r"(?<![\d/.])-?(?:\d+\s)?\d+/\d+(?![\d/.])"
_POWER = r"-?\d+(?:\.\d+)?\^[+-]{0,2}\d+"
_FIND_AMOUNT = re.compile(
    rf"(?P<slash>{_SLASH_FRACTION})|(?P<pow>{_POWER})|(?P<frac>{FRACTION_SRC})|(?P<half>(?<!另)[一1]半|半百)|(?P<amount>{AMOUNT_SRC})(?P<dozen>\s?打(?![折算了开击工电破]))?"
)
_HAS_NUMERAL = re.compile(rf"[\d{_CJK_NUM}]")


def find_amounts(text: str) -> list[tuple[int, int, Amount]]:
    """Bare numerals in one normalised sentence: (start, end, Amount), left to right."""
    if not _HAS_NUMERAL.search(text):
        return []
    guards = [m.span() for m in _NOT_NUMERALS.finditer(text)]
    found = []
    for m in _FIND_AMOUNT.finditer(text):
        start, end = m.span()
        for gs, ge in guards:  # 三十参加: a word starting inside the numeral ends it
            if start < gs < end < ge:
                end = gs
        if end > start and text[end - 1].isspace():
            end = len(text[:end].rstrip())
        if end <= start or not is_numeral_span(text, start, end, guards):
            continue
        if m.group("frac"):
            frac = parse_fraction(m.group("frac"))
            amount = None if frac is None or _bare_unit(_fraction_denominator(m.group("frac"))) else Amount.exact(frac)
            if amount is None:  # 百分之五十: not a fraction here; the numerator is the number
                cut = start + max(m.group("frac").rfind("之"), m.group("frac").rfind("份")) + 1
                found += [(s + cut, e + cut, a) for s, e, a in find_amounts(text[cut:end])]
                continue
        elif m.group("half"):
            amount = Amount.exact(Decimal(50) if m.group("half") == "半百" else Decimal("0.5"))
        elif m.group("slash") or m.group("pow"):
            value = _parse_slash(m.group("slash")) if m.group("slash") else _parse_power(m.group("pow"))
            amount = None if value is None else Amount.exact(value)
        else:
            amount = parse_amount(text[start:end])
            while amount is None and end - start > 1:  # 三十参加: keep the longest numeral prefix
                end -= 1
                if is_numeral_span(text, start, end, guards):
                    amount = parse_amount(text[start:end])
        if amount is not None:
            found.append((start, end, amount))
    return found


def is_numeral_span(text: str, start: int, end: int, guards: list[tuple[int, int]] | None = None) -> bool:
    """False for words that merely contain a numeral character (统一, 陆地, 万)."""
    span = text[start:end].strip()
    if not span:
        return False
    if guards is None:
        guards = [m.span() for m in _NOT_NUMERALS.finditer(text, max(0, start - 3), min(len(text), end + 3))]
    for gs, ge in guards:
        if gs < end and start < ge and (gs < start or ge > end or (gs, ge) == (start, end)):
            return False
    core = span.lstrip("负負-－")
    if len(core) == 1 and core in _FORMAL:
        return False  # 伍, 陆, 拾 alone are words (队伍, 大陆, 收拾)
    if core[0] in "上几数幾數" and len(core) > 1:
        return True  # 上百, 几十, 数千
    if core and all(c in _CJK_UNITS for c in core):
        return core == "十" or (len(core) > 1 and core[-1] in "万萬亿億兆" and core != "万万")
    return True


def _fraction_denominator(text: str) -> str:
    s = fold_numeral(text).partition("又")[2] or fold_numeral(text)
    return s.partition("分之")[0] if "分之" in s else s.partition("份")[0]


def _bare_unit(s: str) -> bool:
    return s in ("百", "千", "万", "百万", "千万", "亿")


def _parse_slash(text: str) -> Decimal | None:
    whole, _, frac = text.rpartition(" ")
    num, _, den = frac.partition("/")
    if int(den) == 0:
        return None
    value = Decimal(num) / Decimal(den)
    if whole:
        value = Decimal(whole) + value if not whole.startswith("-") else Decimal(whole) - value
    return _tidy(value)


def _parse_power(text: str) -> Decimal | None:
    base, _, exp = text.partition("^")
    sign = -1 if exp.count("-") % 2 else 1
    power = int(exp.lstrip("+-")) * sign
    if abs(power) > 100:
        return None
    return _tidy(Decimal(base) ** power)
