"""AliasTable: clusters on the five seeds, false friends, thresholds, determinism."""

from __future__ import annotations

import json

import pytest

from claims.entities import find_entities
from claims.text.normalise import normalise
from matcher.aliases import AliasTable

from conftest import SEEDS


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: normalise(p.read_text("utf-8")).text for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def seeds(texts) -> AliasTable:
    return AliasTable.from_texts(texts)


def table(*sources: str) -> AliasTable:
    return AliasTable.from_texts({f"s{i}": normalise(t).text for i, t in enumerate(sources)})


@pytest.mark.parametrize(
    "canonical, names",
    [
        (
            "Sam Altman",
            [
                "奥特曼",
                "阿尔特曼",
                "山姆·奥特曼",
                "Sam Altman",
                "Sam",
                "Altman",
                "萨姆·阿尔特曼",
                "奧特曼",
                "阿爾特曼",
                "山姆·奧特曼",
            ],
        ),
        (
            "Ilya Sutskever",
            [
                "苏茨克弗",
                "苏茨克维尔",
                "苏茨克夫",
                "Ilya",
                "伊利亚",
                "Ilya Sutskever",
                "伊利亚·苏茨克弗",
                "蘇茨克弗",
                "蘇茨克維爾",
                "蘇茨剋夫",
                "伊利亞",
            ],
        ),
        ("Mark Chen", ["Mark Chen", "陈信翰", "马克·陈", "Ma rk Chen", "Mark Che n", "陳信翰", "馬克·陳", "Mark"]),
        ("Jakub Pachocki", ["Jakub Pachocki", "雅各布·帕霍基", "帕霍基", "Jakub", "Pachocki"]),
        ("Barret Zoph", ["Barret", "Barrett", "Barret Zoph"]),
        ("Greg Brockman", ["Greg", "格雷格", "Greg Bro ckman"]),
        ("OpenAI", ["OpenAI", "O pe nAl", "O penAI"]),
        ("Google", ["Google", "谷歌"]),
        ("MIT Technology Review", ["麻省理工科技评论", "麻省理工科技評論"]),
        ("MIT", ["MIT", "麻省理工", "麻省理工学院"]),
    ],
)
def test_seed_clusters(seeds, canonical, names):
    assert {n: seeds.canonical(n) for n in names} == {n: canonical for n in names}


@pytest.mark.parametrize(
    "a, b",
    [
        ("麻省理工科技评论", "麻省理工"),
        ("Sam Altman", "Mark Chen"),
        ("Ilya Sutskever", "Jakub Pachocki"),
        ("格雷格", "格雷厄姆"),
        ("Scott", "Scott Gray"),  # Scott Gray and Scott Wu: ambiguous
        ("亚历克斯·克里热夫斯基", "亚历克斯·琼斯"),
        ("Google", "Google Meet"),
        ("OpenAI", "OpenAI Five"),
    ],
)
def test_seed_false_friends(seeds, a, b):
    assert not seeds.same(a, b)


def test_seed_entries_are_complete(seeds, texts):
    entries = {e.canonical: e for e in seeds.entries()}
    sam = entries["Sam Altman"]
    assert sam.kind == "person"
    assert {"奥特曼", "阿尔特曼", "山姆·奥特曼", "Sam Altman"} <= set(sam.aliases)
    assert list(sam.aliases) == sorted(sam.aliases) and list(sam.sources) == sorted(sam.sources)
    assert entries["OpenAI"].kind == "organisation" and set(entries["OpenAI"].sources) == set(texts)
    assert entries["MIT Technology Review"].kind == "organisation"


def test_unknown_names_come_back_folded(seeds):
    assert seeds.canonical("張三") == "张三"
    assert seeds.canonical("  Jane   Doe ") == "Jane Doe"


@pytest.mark.parametrize(
    "sources, same, different",
    [
        # A gloss joins scripts; a second source's spelling joins by key.
        (["陈信翰(Mark Chen)来了", "Ma rk Chen说"], [("陈信翰", "Ma rk Chen")], []),
        # Fuzzy transliteration: close to exactly one cluster.
        (["伊利亚·苏茨克弗(Ilya Sutskever)", "苏茨克维尔说"], [("苏茨克维尔", "Ilya Sutskever")], []),
        # Too far apart to be the same transliteration.
        (["格雷格(Greg Brockman)", "保罗·格雷厄姆(Paul Graham)说"], [], [("格雷格", "格雷厄姆")]),
        # A given name alone joins only when one full name in the run has it.
        (
            ["Scott Gray(OpenAI工程师)和Scott Wu(Cognition创始人)。Scott说"],
            [],
            [("Scott", "Scott Gray"), ("Scott", "Scott Wu")],
        ),
        # Lexicon organisations never merge with each other.
        (["《麻省理工科技评论》报道", "他在麻省理工读书"], [], [("麻省理工科技评论", "麻省理工")]),
        # A short Latin key never fuzzy-matches (Meta / Mera).
        (["Meta和Mera"], [], [("Meta", "Mera")]),
    ],
)
def test_rules(sources, same, different):
    t = table(*sources)
    for a, b in same:
        assert t.same(a, b), (a, b, t.to_json())
    for a, b in different:
        assert not t.same(a, b), (a, b, t.to_json())


def test_build_from_mentions_and_json_shape():
    text = normalise("首席执行官山姆·奥特曼(Sam Altman)与谷歌").text
    t = AliasTable.build(("a", m) for m in find_entities(text))
    doc = t.to_json()
    assert doc == sorted(doc, key=lambda e: e["canonical"])
    assert {
        "canonical": "Sam Altman",
        "kind": "person",
        "aliases": ["Sam Altman", "山姆·奥特曼"],
        "sources": ["a"],
    } in doc
    assert {"canonical": "Google", "kind": "organisation", "aliases": ["Google", "谷歌"], "sources": ["a"]} in doc
    json.dumps(doc, ensure_ascii=False)


def test_deterministic_under_reordering(texts):
    forward = AliasTable.from_texts(texts).to_json()
    backward = AliasTable.from_texts(dict(reversed(list(texts.items())))).to_json()
    assert json.dumps(forward, ensure_ascii=False) == json.dumps(backward, ensure_ascii=False)


def test_a_name_written_again_is_read_once(monkeypatch):
    # A run names a few thousand, hundreds of thousands of times: each spelling is folded and
    # keyed once, and counted each time.
    import matcher.aliases as aliases

    shown: list[str] = []
    display = aliases.display
    monkeypatch.setattr(aliases, "display", lambda name: shown.append(name) or display(name))
    text = normalise("首席执行官山姆·奥特曼(Sam Altman)与谷歌合作。" * 3 + "山姆·奥特曼说").text
    mentions = [(s, m) for s in ("a", "b") for m in find_entities(text)]
    t = AliasTable.build(mentions)
    assert sorted(shown) == sorted({m.name for _, m in mentions} | {m.gloss for _, m in mentions if m.gloss})
    (altman,) = [e for e in t.to_json() if e["canonical"] == "Sam Altman"]
    assert altman["sources"] == ["a", "b"] and len(mentions) > len(shown)
