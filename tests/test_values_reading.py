"""Reader's rules of extraction found missing on independent reporting (field11 patterns 8 and 9):
how a Chinese news story writes a figure, and what a careful reader takes it to say."""

from decimal import Decimal

import pytest

from claims.pipeline import extract_text
from claims.values.numerals import parse_amount

from conftest import both_scripts

D = Decimal


def claims_of(text: str, published: str | None = "2025-12-03") -> list[tuple[str, str, dict]]:
    """(kind, span, value) of every claim the pipeline reads from `text`."""
    out = []
    for c in extract_text(text, published=published):
        d = c.model_dump(mode="json")
        out.append((d["kind"], d["text"], d["value"]))
    return out


# --- Chinese-numeral decimals: a full stop between numerals is the decimal point -------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("三十八.六一", "38.61"),
        ("二十三.一", "23.1"),
        ("五.五", "5.5"),
        ("一.五亿", "150000000"),
        ("三十八．六一", "38.61"),
    ],
)
def test_a_full_stop_between_chinese_numerals_is_the_decimal_point(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.base == D(value)


@pytest.mark.parametrize(
    "text, span, value",
    both_scripts(
        [
            ("韩国瑜、张善政得票率为三十八.六一%。", "三十八.六一%", 38.61),
            ("只胜过二○○○年连战、萧万长的二十三.一%。", "二十三.一%", 23.1),
            ("宋楚瑜得票率为四.二六%,另有五.五%未表态。", "四.二六%", 4.26),
        ]
    ),
)
def test_a_chinese_decimal_percentage_is_read_whole(text, span, value):
    percents = [(t, v["low"]) for k, t, v in claims_of(text) if k == "percent"]
    assert (span, value) in percents
    assert all(t != span[-3:] for t, _ in percents)  # not 六一% (61%) from its tail


@pytest.mark.parametrize("text", ["五.一劳动节期间", "三.八妇女节", "一.总体情况", "十.一黄金周"])
def test_a_holiday_or_heading_numbered_with_a_full_stop_is_no_decimal_figure(text):
    assert all(k == "date" for k, _, _ in claims_of(text))
