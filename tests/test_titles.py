"""A count of titles (claims.extractors.titles): 第九次夺得亚洲杯冠军, 九夺, 九度, 第9个亚洲杯冠军, 荣获9次…桂冠
are one figure, its holder's titles of one competition; any other 第N次, and a count of another
moment (此前已8次, 2006年第八次), is none. Texts written for these tests (FIELD18's women's
Asian Cup final: truth C4, C5)."""

from __future__ import annotations

import pytest

from claims.model import TitleCountValue
from claims.pipeline import extract_text
from matcher.compare import compare_title_counts


def counts(text: str) -> list[tuple[str, int, str | None]]:
    return [
        (v.holder, v.count, v.of)
        for c in extract_text(text, published="2025-03-01")
        if isinstance(v := c.value, TitleCountValue)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这是中国女足第九次夺得亚洲杯冠军。", [("中国女足", 9, "亚洲杯")]),
        ("這是中國女足第四次奪得亞洲杯冠軍。", [("中国女足", 4, "亚洲杯")]),
        ("中国女足九夺亚洲杯冠军。", [("中国女足", 9, "亚洲杯")]),
        ("中国女足九度夺得亚洲杯冠军。", [("中国女足", 9, "亚洲杯")]),
        ("中国女足九度夺冠。", [("中国女足", 9, None)]),
        ("这是中国女足第9个亚洲杯冠军。", [("中国女足", 9, "亚洲杯")]),
        ("至今,中國女足已經榮獲9次亞洲杯桂冠。", [("中国女足", 9, "亚洲杯")]),
        ("中国女足第9次夺得女足亚洲杯冠军。", [("中国女足", 9, "亚洲杯")]),  # the squad is the holder's
        ("韩国队第二次夺得亚洲杯冠军。", [("韩国", 2, "亚洲杯")]),
    ],
)
def test_a_count_of_titles(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这是中国女足第三次参加亚洲杯。",  # another 第N次
        "该案第二次开庭。",
        "也是繼2006年之后第二次在印度奪冠。",  # where, not how many
        "此前中国女足已8次夺得女足亚洲杯冠军。",  # a count of another moment
        "2006年中国女足第八次夺得亚洲杯冠军。",
        "今晚將決定誰能率先拿下第3座世界盃冠軍。",  # no holder named
        "点球大战中阿根廷7-5法国拿到了他们队史第三座金杯。",  # not 法国's
        "这是他第三次获得该奖项。",
    ],
)
def test_no_count_of_titles(text):
    assert counts(text) == []


def test_counts_meet_only_for_one_holder_and_competition():
    nine = TitleCountValue(count=9, holder="中国女足", of="亚洲杯")
    four = TitleCountValue(count=4, holder="中国女足", of="亚洲杯")
    assert compare_title_counts(nine, nine).same_base
    clash = compare_title_counts(nine, four)
    assert clash.comparable and not clash.compatible
    assert not compare_title_counts(nine, four.model_copy(update={"of": None})).comparable
    assert not compare_title_counts(nine, four.model_copy(update={"holder": "韩国女足"})).comparable
    assert not compare_title_counts(nine, four.model_copy(update={"of": "奥运会"})).comparable
