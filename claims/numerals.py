"""Chinese and Arabic numerals: whole-string parsing (pure functions, no I/O).

`parse_number` reads one numeral string exactly (Decimal, never float):
Arabic (`300`, `1.5`, `10,000`, full-width digits), Chinese (`两千五百万`, `一点五七`),
formal (`壹贰叁`, `伍仟`), traditional (`兩`, `萬`, `億`), mixed (`1.5亿`, `3000 億`),
colloquial (`三万五` = 35000, `一万二` = 12000) and digit-by-digit readings
(`二〇一八` = 2018). It returns None for anything that is not a whole numeral.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Every spelling of a digit folded to one character; formal and traditional forms too.
_DIGIT_FOLD = str.maketrans({
    "〇": "零", "○": "零", "Ｏ": "零", "洞": "零",
    "壹": "一", "幺": "一", "弌": "一",
    "贰": "二", "貳": "二", "貮": "二", "兩": "两", "俩": "两", "倆": "两",
    "叁": "三", "參": "三", "叄": "三", "弎": "三",
    "肆": "四", "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九",
    "拾": "十", "什": "十", "佰": "百", "陌": "百", "仟": "千", "阡": "千",
    "萬": "万", "億": "亿", "點": "点", "負": "负",
})
# Full-width digits and signs, in case a caller did not fold them.
_WIDTH_FOLD = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")

DIGIT_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# 兆 is 10^12 as in Taiwan and Hong Kong finance, and what 万亿 is folded to.
BIG_UNITS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "兆": Decimal(10) ** 12}

_ARABIC = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_ARABIC_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万亿兆点]")


def fold_numeral(text: str) -> str:
    """One spelling per digit and unit, no spaces: the form every parser here reads."""
    text = text.translate(_WIDTH_FOLD).translate(_DIGIT_FOLD)
    text = re.sub(r"\s+", "", text)
    return text.replace("廿", "二十").replace("卅", "三十").replace("卌", "四十").replace("万亿", "兆")


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
    if _ARABIC_GROUPED.fullmatch(s):
        s = s.replace(",", "")
    value = _parse_unsigned(s)
    if value is None:
        return None
    if value == value.to_integral_value():
        value = Decimal(int(value))  # 1.5亿 is 150000000, not 150000000.0
    return -value if sign < 0 else value


def _parse_unsigned(s: str) -> Decimal | None:
    if _ARABIC.fullmatch(s):
        return Decimal(s)
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
            high = _parse_integer(head) if head else None
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
                if total or after_zero:
                    return None
                current = Decimal(1)  # 十 = 10, 十二 = 12
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
        if last_unit is not None and not after_zero and last_unit >= 100:
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
