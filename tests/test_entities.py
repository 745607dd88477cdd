"""find_entities: names, kinds and glosses, in both scripts, near-misses beside hits."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.entities import alias_key, find_entities, lexicon_name
from claims.text.normalise import normalise

from conftest import both_scripts


def norm(raw: str) -> str:
    return normalise(raw).text


def by_name(text: str) -> dict[str, object]:
    return {e.name: e for e in find_entities(text)}


@pytest.mark.parametrize(
    "raw, name, kind, gloss, note",
    both_scripts(
        [
            ("OpenAI首席研究官Mark Chen最新访谈", "Mark Chen", "unknown", None, None),
            ("两位研究主管陈信翰(Mark Chen)和", "陈信翰", "person", "Mark Chen", None),
            ("首席科学家雅各布·帕霍基(Jakub Pachocki)肩上", "雅各布·帕霍基", "person", "Jakub Pachocki", None),
            ("首席执行官山姆·奥特曼(Sam Altman)凭借", "山姆·奥特曼", "person", "Sam Altman", None),
            ("本次采访是阿尔特曼(Sam Altman)作为", "阿尔特曼", "person", "Sam Altman", None),
            ("本次採訪是阿爾特曼(Sam Altman)作為", "阿尔特曼", "person", "Sam Altman", None),
            (
                "是伊利亚(Ilya Sutskever,OpenAI联合创始人,解雇事件中支援开除阿尔特曼)奠定",
                "伊利亚",
                "person",
                "Ilya Sutskever",
                "OpenAI联合创始人,解雇事件中支援开除阿尔特曼",
            ),
            (
                "是伊利亞(Ilya Sutskever，OpenAI聯合創始人)奠定",
                "伊利亚",
                "person",
                "Ilya Sutskever",
                "OpenAI联合创始人",
            ),
            (
                "、Barrett（Barret Zoph，OpenAI前研究副总裁）当时",
                "Barrett",
                "person",
                "Barret Zoph",
                "OpenAI前研究副总裁",
            ),
            ("我、Nick （Nick Turley，ChatGPT产品负责人）", "Nick", "person", "Nick Turley", "ChatGPT产品负责人"),
            (
                "而你和Jakub Pachocki *（O pe nAl的首席 科学家）*则",
                "Jakub Pachocki",
                "unknown",
                None,
                "O pe nAl的首席科学家",
            ),
            (
                "Mark Chen、Scott Gray(OpenAI专门负责GPU内核优化的神秘狠人)",
                "Scott Gray",
                "unknown",
                None,
                "OpenAI专门负责GPU内核优化的神秘狠人",
            ),
            ("Mark Chen(陈信翰)是OpenAI的核心技术领导者之一", "Mark Chen", "person", "陈信翰", None),
            ("前首席科学家伊利亚·苏茨克弗(Ilya Sutskever)成立", "伊利亚·苏茨克弗", "person", "Ilya Sutskever", None),
            ("与苏茨克维尔交谈时", "苏茨克维尔", "unknown", None, None),
            ("伊利亚基本上阐述了", "伊利亚", "unknown", None, None),  # 基本 is not part of the name
            ("马克·陈和雅各布·帕霍基", "马克·陈", "person", None, None),
            (
                "例如贝尔实验室(Bell Labs,诺基亚的工业研究实验室)",
                "贝尔实验室",
                "organisation",
                "Bell Labs",
                "诺基亚的工业研究实验室",
            ),
        ]
    ),
)
def test_names(raw, name, kind, gloss, note):
    text = norm(raw)
    found = by_name(text)
    assert name in found, [e.name for e in find_entities(text)]
    e = found[name]
    assert (e.kind, e.gloss, e.gloss_note) == (kind, gloss, note)
    assert " ".join(text[e.start : e.end].split()) == name


@pytest.mark.parametrize(
    "raw, org",
    both_scripts(
        [
            ("OpenAI首席科学家", "OpenAI"),
            ("被谷歌收购", "Google"),
            ("微軟合作的部署安全委員會", "Microsoft"),
            ("据彭博社1月5日报道", "Bloomberg"),
            ("據彭博社1月5日報導", "Bloomberg"),
            ("《麻省理工科技评论》与OpenAI", "MIT Technology Review"),
            ("在麻省理工学院获得数学学位", "MIT"),
            ("你当时是在MIT?", "MIT"),
            ("他告诉《纽约时报》", "The New York Times"),
            ("阿尔特曼成为Y Combinator的CEO", "Y Combinator"),
            ("英伟达的GPU", "Nvidia"),
            ("Jakub Pachocki (O pe nAl的首席科学家)", "OpenAI"),  # mis-OCR'd OpenAI
            ("Wojciech Zaremba(O penAI联创)", "OpenAI"),
        ]
    ),
)
def test_organisations(raw, org):
    text = norm(raw)
    orgs = {lexicon_name(e.name) for e in find_entities(text) if e.kind == "organisation"}
    assert org in orgs


def test_magazine_is_not_the_university():
    text = norm("《麻省理工科技评论》在那次行程中")
    names = [e.name for e in find_entities(text)]
    assert names == ["麻省理工科技评论"]
    assert lexicon_name("麻省理工科技评论") != lexicon_name("麻省理工")


@pytest.mark.parametrize(
    "raw, absent",
    [
        ("我们都是研究员,都会深入技术细节", None),  # no names at all
        ("AI和AGI还有GPU", "AI"),  # short acronyms are terms
        ("OpenAI CEO接受的采访", "OpenAI CEO"),  # a title is not part of the name
        ("我的丈夫(Oliver Mulherin)", "丈夫"),
        ("哈哈哈,真好玩", "哈哈哈"),
        ("因为比如特别是", None),
    ],
)
def test_near_misses(raw, absent):
    names = [e.name for e in find_entities(norm(raw))]
    if absent is None:
        assert names == []
    else:
        assert absent not in names


@pytest.mark.parametrize(
    "a, b",
    [
        ("Mark Chen", "Ma rk Chen"),
        ("Mark Chen", "Mark Che n"),
        ("OpenAI", "O pe nAl"),
        ("山姆·奥特曼", "山姆·奧特曼"),
        ("SWE-bench", "SWE-Bench"),
    ],
)
def test_alias_key_folds_spelling_artefacts(a, b):
    assert alias_key(a) == alias_key(b)


def test_offsets_are_into_the_given_text():
    text = norm("今天,OpenAI首席执行官山姆·奥特曼(Sam Altman)和Mark Chen见了微软的人。")
    for e in find_entities(text):
        assert 0 <= e.start < e.end <= len(text)
    assert [text[e.start : e.end] for e in find_entities(text)] == ["OpenAI", "山姆·奥特曼", "Mark Chen", "微软"]


def test_deterministic():
    text = norm("陈信翰(Mark Chen)和雅各布·帕霍基(Jakub Pachocki)在OpenAI与谷歌之间")
    assert find_entities(text) == find_entities(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("陈信翰马克·奥特曼阿尔(),，Mark Chen OpenAI谷歌公司实验室 ()前首席科学家"))
        | st.characters(),
        max_size=80,
    )
)
def test_never_raises_and_offsets_in_bounds(text):
    found = find_entities(text)
    spans = [(e.start, e.end) for e in found]
    assert spans == sorted(spans)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
    for (_, e1), (s2, _) in pairwise(spans):
        assert e1 <= s2


def test_a_country_before_its_athlete_is_no_person():
    """肯尼亚选手基普罗蒂奇, 衣索比亚选手阿莱穆: the runner is the one named; the country before 选手 names no one (its
    cut 索比亚 had become the subject, parting one runner's two reported times)."""
    names = [e.name for e in find_entities("女子组冠军为衣索比亚选手阿莱穆（Alemu），成绩2小时24分13秒。")]
    assert "阿莱穆" in names and "索比亚" not in names and "衣索比亚" not in names
    assert [e.name for e in find_entities("肯尼亚选手基普罗蒂奇以2小时08分15秒率先撞线")] == ["基普罗蒂奇"]
    assert "特朗普" in [e.name for e in find_entities("特朗普政府宣布加征关税")]
    # a runner (跑手), a player: the country before the word names no one either
    assert [e.name for e in find_entities("男子组冠军由肯尼亚跑手Daniel Kiprono夺得")] == ["Daniel Kiprono"]
