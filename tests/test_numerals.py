"""claims.values.numerals: whole numerals, amounts with qualifiers, and numerals in running text."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from opencc import OpenCC

from claims.model import Bound
from claims.values.numerals import find_amounts, parse_amount, parse_fraction, parse_number

T2S = OpenCC("t2s").convert
D = Decimal


@pytest.mark.parametrize(
    "text, value",
    [
        ("300", 300),
        ("1.5", D("1.5")),
        ("10,000", 10000),
        ("１２", 12),
        ("0", 0),
        ("二十", 20),
        ("三百", 300),
        ("两千五百万", 25_000_000),
        ("兩千五百萬", 25_000_000),
        ("一万两千", 12000),
        ("一萬兩千", 12000),
        ("十", 10),
        ("十一", 11),
        ("一十一", 11),
        ("零点五", D("0.5")),
        ("零點五", D("0.5")),
        ("一点五七", D("1.57")),
        ("壹贰叁", 123),
        ("伍仟", 5000),
        ("貳佰零參", 203),
        ("肆佰陸拾", 460),
        ("1.5亿", 150_000_000),
        ("3000 億", 300_000_000_000),
        ("4500亿", 450_000_000_000),
        ("三万五", 35000),
        ("一万二", 12000),
        ("三百五", 350),
        ("两千五", 2500),
        ("二〇一八", 2018),
        ("二零一八", 2018),
        ("一千零五", 1005),
        ("一万零十二", 10012),
        ("十二亿三千万", 1_230_000_000),
        ("三万亿", 3_000_000_000_000),
        ("四万万", 400_000_000),
        ("负五", -5),
        ("負三十二", -32),
        ("-1.5", D("-1.5")),
        ("1万2千", 12000),
        ("1,100万", 11_000_000),
        ("3万4000", 34000),
        ("1百01", 101),
        ("百三", 130),
        ("一百十一", 111),
        ("廿二", 22),
        ("40k", 40000),
        ("2e5", 200000),
        ("两千万点五五四四", D("20000000.5544")),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == D(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "统一",
        "两三",
        "万",
        "万万",
        "点五",
        "abc",
        "十百",
        "一点",
        "三四百",
        "300多",
    ],
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_parse_number_is_exact():
    assert parse_number("一点五七") == D("1.57") and str(parse_number("一点五七")) == "1.57"


# The qualifier table of claims/values/numerals.py, row by row.
@pytest.mark.parametrize(
    "text, low, high, bound, base",
    [
        ("300", 300, 300, Bound.exact, 300),
        ("约300", 270, 330, Bound.about, 300),
        ("大约300", 270, 330, Bound.about, 300),
        ("大概20左右", 18, 22, Bound.about, 20),
        # An estimate reaches one unit of the digit it states, at most a tenth: 约55亿 and 约58.5亿 disagree.
        ("约55亿", 5_400_000_000, 5_600_000_000, Bound.about, 5_500_000_000),
        ("约58.5亿", 5_840_000_000, 5_860_000_000, Bound.about, 5_850_000_000),
        ("1226左右", 1225, 1227, Bound.about, 1226),
        ("20上下", 18, 22, Bound.about, 20),
        ("超过3亿", 300_000_000, None, Bound.over, 300_000_000),
        ("逾100", 100, None, Bound.over, 100),
        ("100以上", 100, None, Bound.over, 100),
        ("300多", 300, 400, Bound.over, 300),
        ("500余万", 5_000_000, 6_000_000, Bound.over, 5_000_000),
        ("十多万", 100_000, 200_000, Bound.over, 100_000),
        ("十 余 万", 100_000, 200_000, Bound.over, 100_000),
        ("十几", 11, 19, Bound.over, 10),
        ("二十几万", 210_000, 290_000, Bound.over, 200_000),
        ("一百零几万", 1_010_000, 1_090_000, Bound.over, 1_000_000),
        ("几十", 20, 90, Bound.about, 20),
        ("数千", 2000, 9000, Bound.about, 2000),
        ("几千", 2000, 9000, Bound.about, 2000),
        ("上百", 100, None, Bound.at_least, 100),
        ("不到10", 0, 10, Bound.under, 10),
        ("10以下", 0, 10, Bound.under, 10),
        ("未满18", 0, 18, Bound.under, 18),
        ("至少5", 5, None, Bound.at_least, 5),
        ("最多8", 0, 8, Bound.at_most, 8),
        ("至多8", 0, 8, Bound.at_most, 8),
        ("近100", 90, 100, Bound.nearly, 100),
        ("将近100", 90, 100, Bound.nearly, 100),
        ("接近100", 90, 100, Bound.nearly, 100),
        ("1-2", 1, 2, Bound.range, 1),
        ("1–2", 1, 2, Bound.range, 1),
        ("1~2", 1, 2, Bound.range, 1),
        ("20 至 50", 20, 50, Bound.range, 20),
        ("三到六", 3, 6, Bound.range, 3),
        ("1-2万", 10000, 20000, Bound.range, 10000),
        ("两三", 2, 3, Bound.range, 2),
        ("兩三", 2, 3, Bound.range, 2),
        ("一两", 1, 2, Bound.range, 1),
        ("七八十", 70, 80, Bound.range, 70),
        ("三四百万", 3_000_000, 4_000_000, Bound.range, 3_000_000),
        ("十一二", 11, 12, Bound.range, 11),
        ("约三四百", 300, 400, Bound.range, 300),
    ],
)
def test_parse_amount(text, low, high, bound, base):
    a = parse_amount(text)
    assert a is not None, text
    assert (a.low, a.high, a.bound, a.base) == (
        None if low is None else D(low),
        None if high is None else D(high),
        bound,
        D(base),
    )


@pytest.mark.parametrize(
    "text, value",
    [
        ("五分之一", D("0.2")),
        ("二分之一", D("0.5")),
        ("一百分之二", D("0.02")),
        ("十份十一", D("1.1")),
        ("负一又二分之一", D("-1.5")),
        ("3又一千分之23", D("3.023")),
    ],
)
def test_parse_fraction(text, value):
    assert parse_fraction(text) == value


@pytest.mark.parametrize(
    "text, found",
    [
        ("小明有十个手指头", [("十", 10)]),
        ("大约有300个项目", [("300", 300)]),
        ("一百 五 十 二", [("一百 五 十 二", 152)]),
        ("1, 234, 567", [("1", 1), ("234", 234), ("567", 567)]),
        ("百分之五十五点五七九", [("五十五点五七九", D("55.579"))]),
        ("五 分之 一", [("五 分之 一", D("0.2"))]),
        ("十打苹果", [("十打", 120)]),
        ("三十参加", [("三十", 30)]),
        ("3/5", [("3/5", D("0.6"))]),
        # near-misses: words that contain a numeral character
        ("统一", []),
        ("两会期间", []),
        ("一些人", []),
        ("万一下雨", []),
        ("一起去", []),
        ("一直", []),
        ("一定", []),
        ("唯一", []),
        ("一样", []),
        ("一方面", []),
        ("十分重要", []),
        ("四川", []),
        ("陆地上", []),
        ("队伍", []),
        ("收拾", []),
        ("参加", []),
        ("另一半", []),
        ("万", []),
        ("千万别去", []),
        ("零售额", []),
        ("两位数增长", []),
        # Traditional script: the same words after t2s, as the pipeline reads them.
        ("十分鐘", [("十", 10)]),
        ("統一", []),
        ("兩會", []),
        ("陸地", []),
        ("萬一", []),
    ],
)
def test_find_amounts(text, found):
    text = T2S(text)
    got = [(text[s:e], a.base) for s, e, a in find_amounts(text)]
    assert got == [(t, D(v)) for t, v in found]


@given(st.text())
def test_parse_never_raises(text):
    parse_number(text)
    parse_amount(text)
    parse_fraction(text)


@given(st.text(alphabet="一二两三四五六七八九十百千万亿零点多余几数约超过近到至-~%0123456789.,岁人名元 ", max_size=30))
def test_find_amounts_spans(text):
    for s, e, a in find_amounts(text):
        assert 0 <= s < e <= len(text)
        assert a.low is None or a.high is None or a.low <= a.high
