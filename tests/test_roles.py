"""RoleExtractor: a title is a claim only when attached to a person; both scripts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extractors import roles as roles_mod
from claims.extractors.base import ExtractContext
from claims.extractors.roles import RoleExtractor
from claims.model import Kind, RoleValue, Tense
from claims.text.normalise import normalise

CTX = ExtractContext()
EXTRACTOR = RoleExtractor()


def roles(raw: str) -> list[tuple[str, RoleValue]]:
    text = normalise(raw).text
    out = []
    for m in EXTRACTOR.find(text, CTX):
        assert m.kind is Kind.role and 0 <= m.start < m.end <= len(text)
        out.append((text[m.start : m.end], m.value))
    return out


def role(person, title, org=None, tense=Tense.unknown) -> RoleValue:
    return RoleValue(person=person, title=title, organisation=org, tense=tense)


@pytest.mark.parametrize(
    "raw, span, value",
    [
        ("救大命,OpenAI首席研究官Mark Chen最新访谈", "OpenAI首席研究官", role("Mark Chen", "首席研究官", "OpenAI")),
        ("救大命，OpenAI首席研究官Mark Chen最新訪談", "OpenAI首席研究官", role("Mark Chen", "首席研究官", "OpenAI")),
        ("与首席科学家雅各布·帕霍基(Jakub Pachocki)肩上", "首席科学家", role("Jakub Pachocki", "首席科学家")),
        ("與首席科學家雅各布·帕霍基(Jakub Pachocki)肩上", "首席科学家", role("Jakub Pachocki", "首席科学家")),
        (
            "以及前首席科学家伊利亚·苏茨克弗(Ilya Sutskever)成立",
            "前首席科学家",
            role("Ilya Sutskever", "首席科学家", tense=Tense.former),
        ),
        (
            "以及前首席科學家伊利亞·蘇茨克弗(Ilya Sutskever)成立",
            "前首席科学家",
            role("Ilya Sutskever", "首席科学家", tense=Tense.former),
        ),
        (
            "我、Nick(Nick Turley,ChatGPT产品负责人)、",
            "ChatGPT产品负责人",
            role("Nick Turley", "产品负责人", "ChatGPT"),
        ),
        (
            "、Barrett（Barret Zoph，OpenAI前研究副总裁）当时",
            "OpenAI前研究副总裁",
            role("Barret Zoph", "研究副总裁", "OpenAI", Tense.former),
        ),
        (
            "、Barrett（Barret Zoph，OpenAI前研究副總裁）當時",
            "OpenAI前研究副总裁",
            role("Barret Zoph", "研究副总裁", "OpenAI", Tense.former),
        ),
        (
            "而你和Jakub Pachocki *（O pe nAl的首席 科学家）*则",
            "O pe nAl的首席科学家",
            role("Jakub Pachocki", "首席科学家", "OpenAI"),
        ),
        ("Barret目前和Mira(OpenAI前CTO)都在", "OpenAI前CTO", role("Mira", "首席技术官", "OpenAI", Tense.former)),
        (
            "Mark Chen(陈信翰)是OpenAI的核心技术领导者之一,现任首席研究官(Chief Research Officer)",
            "现任首席研究官",
            role("Mark Chen", "首席研究官", tense=Tense.current),
        ),
        (
            "Jakub Pachocki是OpenAI的首席科学家,自2017年加入公司以来",
            "OpenAI的首席科学家",
            role("Jakub Pachocki", "首席科学家", "OpenAI"),
        ),
        (
            "2014年,阿尔特曼成为Y Combinator的CEO,这家创业孵化公司",
            "Y Combinator的CEO",
            role("阿尔特曼", "首席执行官", "Y Combinator"),
        ),
        (
            "2014年，阿爾特曼成為Y Combinator的CEO，這家創業孵化公司",
            "Y Combinator的CEO",
            role("阿尔特曼", "首席执行官", "Y Combinator"),
        ),
        (
            "OpenAI首席执行官山姆·奥特曼(Sam Altman)在X上的转发",
            "OpenAI首席执行官",
            role("Sam Altman", "首席执行官", "OpenAI"),
        ),
        ("左起:阿尔特曼(执行长)、", "执行长", role("阿尔特曼", "首席执行官")),
        (
            "格雷格(Greg Brockman,OpenAI的联合创始人,现任总裁)算是",
            "现任总裁",
            role("Greg Brockman", "总裁", "OpenAI", Tense.current),
        ),
        (
            "周日晚上他们突然宣布Emmett Shear是新的CEO",
            "新的CEO",
            role("Emmett Shear", "首席执行官", tense=Tense.current),
        ),
        (
            "另一位OpenAI安全研究员简·莱克(Jan Leike)共同领导",
            "OpenAI安全研究员",
            role("Jan Leike", "安全研究员", "OpenAI"),
        ),
        ("Wojciech Zaremba(O penAI联创)就说", "O penAI联创", role("Wojciech Zaremba", "联合创始人", "OpenAI")),
    ],
)
def test_role(raw, span, value):
    found = roles(raw)
    assert (span, value) in found, found


def test_title_list_shares_the_person():
    found = roles("以及由联合创始人、前首席科学家伊利亚·苏茨克弗(Ilya Sutskever)成立")
    assert ("联合创始人", role("Ilya Sutskever", "联合创始人")) in found
    assert ("前首席科学家", role("Ilya Sutskever", "首席科学家", tense=Tense.former)) in found


@pytest.mark.parametrize(
    "raw",
    [
        "我们都是研究员,都会深入技术细节",  # bare 研究员, no person
        "小扎熬了亲自送到OpenAI研究员嘴边",
        "我以Residency(常驻研究员)的身份加入",  # a programme, not a person
        "他于2024年接替Ilya Sutskever成为OpenAI的首席科学家",  # Ilya is the object of 接替
        "并在2024年接替苏茨克弗出任首席科学家",
        "2019年你接任了CEO,那是怎么发生的?",  # a pronoun, not a name
        "作为OpenAI的研究主管,他的一项工作就是",
        "Mark Chen、Scott Gray(OpenAI专门负责GPU内核优化的神秘狠人)",  # no title in the note
        "领英上写你加入就当了前沿研究主管?",
    ],
)
def test_no_role(raw):
    assert roles(raw) == []


def test_former_is_not_read_into_目前():
    found = roles("Barret目前是Thinking Machines的CTO")
    assert all(v.tense is not Tense.former for _, v in found)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("前现任首席科学家研究官CEO是的、,()OpenAI雅各布·帕霍基Mark Chen他接替"))
        | st.characters(),
        max_size=80,
    )
)
def test_never_raises_and_offsets_in_bounds(text):
    for m in EXTRACTOR.find(text, CTX):
        assert 0 <= m.start < m.end <= len(text)
        assert isinstance(m.value, RoleValue) and m.value.person


@settings(max_examples=300, deadline=None)
@given(st.from_regex(re.compile(roles_mod._TITLE_SRC), fullmatch=True))  # as written, without its gate
def test_every_title_holds_one_of_the_words_that_gate_the_scan(title):
    """The cheap gate (TITLE_WORDS) must never hide a title the full pattern finds."""
    assert roles_mod._TITLE_HINT.search(title), title


def test_the_gate_keeps_every_title_in_the_seeds():
    seeds = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        for line in normalise(path.read_text(encoding="utf-8")).text.splitlines():
            for m in roles_mod._TITLE.finditer(line):
                assert roles_mod._TITLE_HINT.search(m.group()), (path.name, m.group())
