"""garbled_spans(): replacement characters, lost characters, mojibake; clean text stays clean."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.text.garbled import _non_space, garbled_spans, is_garbled, text_quality

from conftest import SEEDS


def flagged(text: str) -> list[str]:
    return [text[start:end] for start, end in garbled_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("中?文", ["?"]),
        ("这是中??文的", ["??"]),
        ("文章在这里被截断\ufffd", ["\ufffd"]),
        ("发布\ufffd\ufffd\ufffd了", ["\ufffd\ufffd\ufffd"]),
        ("锛\ufffd好的", ["锛\ufffd"]),
        ("Ã¤Â¸Â\xadæ–‡内容", ["Ã¤Â¸Â\xadæ–‡"]),
        ("他说â€œ好â€", ["â€œ好â€"]),
        ("正式鍙戝竷了新模型", ["鍙戝竷"]),
        ("新模鍙戝了鍙戝型", ["鍙戝了鍙戝"]),  # two pairs within a few characters: mojibake comes back
        ("互換的?!标愓f,“我們", ["?!标愓f"]),
        ("名叫 Przemys?aw 的程序員", ["?"]),
    ],
)
def test_garbled_passages(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "你自己煮汤了吗？他以前擅长数学竞赛。",  # full-width question mark
        "這樣嗎?他們幾乎同時回答",  # ASCII ? after a question particle
        "為什麼不走?不是因為錢",  # interrogative in the clause
        "他是怎麼說的?\n",
        "https://mp.weixin.qq.com/s/abc?wx_fmt=png&from=1",
        "https://www.youtube.com/watch?v=ZeyHBM",
        "小声哔哔几句",  # a reduplicated rare character
        "尴尬的局面",  # one rare character alone
        "花蓮縣投票率達60.10%，傅崐萁並以6萬5300張不同意票勝出",  # a name with two rare characters
        "鵜鶘隊以106比98獲勝",  # a word of two rare characters
        "輪島市震度達5強，能登町、穴水町、七尾市、中能登町震度4",  # Japan's towns (町), one after another
        "輪島市、珠洲市、河北市、內灘町及能登町等地有許多民宅受災",
        "买入A股后，他x的又跌了",  # one stray Latin letter alone
        "什么？？真的吗",
        "Café résumé, naïve",
        "",
    ],
)
def test_clean_text(text):
    assert garbled_spans(text) == []


def test_article_using_ascii_question_marks_mid_sentence():
    # An article whose question mark is ASCII `?`: a `?` without an interrogative is a question too.
    text = "你為什麼要這麼做?我們很快就確定了角色分工嗎?大多數人都是全職。幾乎是一個照片分享應用?這樣很難。"
    assert garbled_spans(text) == []


def test_nearby_passages_merge():
    text = "前文\ufffd中间几字\ufffd后文"
    assert garbled_spans(text) == [(2, 8)]


def test_distant_passages_stay_apart():
    text = "前文\ufffd" + "正常的文字内容" * 3 + "\ufffd后文"
    assert len(garbled_spans(text)) == 2


@pytest.mark.parametrize("seed", ["000", "001", "002", "004"])
def test_clean_seeds_are_clean(seed):
    text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8-sig")
    spans = garbled_spans(text)
    assert text_quality(text, spans) >= 0.999, [text[s:e] for s, e in spans]


def test_seed_003_mojibake_is_found():
    text = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8-sig")
    spans = garbled_spans(text)
    found = [text[s:e] for s, e in spans]
    assert len(spans) >= 30
    assert any("标愓f" in f for f in found)
    assert any("??" in f for f in found)  # 勞倫斯·??祪(nèi)特
    assert 0.95 < text_quality(text, spans) < 0.99
    # The clean opening paragraph is not flagged.
    assert spans[0][0] > text.index("探討了如何構")


def test_text_quality():
    assert text_quality("", []) == 1.0
    assert text_quality("ab cd", [(0, 2)]) == 0.5  # spaces do not count
    assert text_quality("abc", [(0, 3)]) == 0.0


def test_is_garbled_overlap():
    text = "0123456789" * 3
    spans = [(3, 5), (10, 12), (20, 21)]
    assert is_garbled(text, 4, 6, spans)
    assert is_garbled(text, 0, 4, spans)
    assert is_garbled(text, 11, 11 + 1, spans)
    assert is_garbled(text, 9, 25, spans)
    assert not is_garbled(text, 5, 10, spans)  # half-open: touching is not overlapping
    assert not is_garbled(text, 12, 20, spans)
    assert not is_garbled(text, 0, 3, [])
    with pytest.raises(ValueError):
        is_garbled(text, 5, 100, spans)


def _naive_overlap(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return start < end and any(s < end and start < e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("中文?？\ufffd鍙戝竷Ã¤Â¸ a!标愓f"), max_size=80), st.data())
def test_is_garbled_matches_naive(text, data):
    spans = garbled_spans(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert is_garbled(text, start, end, spans) == _naive_overlap(start, end, spans)


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = -1
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert start >= previous_end  # sorted, non-overlapping
        previous_end = end
    assert 0.0 <= text_quality(text, spans) <= 1.0


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_unicode(text):
    _check_spans(text, garbled_spans(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("中文的了嗎吗?？!！\ufffd鍙戝竷愓Ã¤Â¸â€œ aAf@/=\n。，")))
def test_dense_suspicious_text(text):
    _check_spans(text, garbled_spans(text))


def test_large_text():
    text = ("正常的新闻文本，包含数字300和问号吗？" * 50 + "乱码鍙戝竷\ufffd\n") * 5_000
    spans = garbled_spans(text)
    assert len(spans) == 5_000
    _check_spans(text, spans)


@given(st.text(alphabet=" \t\n\u3000\u00a0\u2028a中。", max_size=30), st.data())
def test_non_space_counts_what_regex_whitespace_leaves(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _non_space(text, start, end) == (end - start) - len(re.findall(r"\s", text[start:end]))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中文的标愓aZ@_^`|~，。、“”,?？ \n", max_size=40))
def test_glued_marks_are_those_a_hanzi_first_pattern_finds(text):
    # The glued letter's pattern opens on the letter (a faster scan); its marks must be those of
    # the pattern that matched the hanzi before it first, span and text alike.
    from claims.text.garbled import _GLUED_ASCII, _tagged
    from claims.text.hanzi import HAN_CLASS

    hanzi_first = re.compile(f"[{HAN_CLASS}][A-Za-z@_^`|~](?=[{HAN_CLASS}，。、“”,])")
    expected = [(m.start(), m.end(), "glued", m.group()) for m in hanzi_first.finditer(text)]
    assert list(_tagged("glued", re.compile(_GLUED_ASCII), text)) == expected


def test_marks_without_a_mojibake_or_hard_opening_character_are_the_full_scans():
    # the two patterns are skipped where no character either opens with stands: the same marks
    from claims.text.garbled import _MOJIBAKE_OR_HARD, _mark_patterns, _marks, _tagged

    texts = [
        "中?文",
        "标愓f,更",
        "Ã¤Â¸Â­中",
        "a\ufffdb",
        "私\ue000用",
        "控\u0085制",
        "鍙戝竷 Przemys?aw",
        "平常的文字。",
    ]
    for text in texts:
        every = sorted(m for kind, pattern in _mark_patterns() for m in _tagged(kind, pattern, text))
        assert list(_marks(text)) == every, text
    assert _MOJIBAKE_OR_HARD.search("平常的文字。") is None and _MOJIBAKE_OR_HARD.search("Ã¤")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="?？!！中文\ufffd\u0085\ue001a鍙戝竷愓𠀀 ", max_size=30))
def test_marks_opening_on_a_class_match_what_the_repeats_did(text):
    # `[…][…]*` for `[…]+`: the same language, matched the same greedy way
    from claims.text.garbled import _HARD, _QUESTION_MARKS, _mark_patterns

    def spans(pattern: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(pattern, text)]

    rare = dict(_mark_patterns())["rare"].pattern
    assert spans(_HARD) == spans("[\ufffd\u0080-\u009f\ue000-\uf8ff]+")
    assert spans(_QUESTION_MARKS) == spans("[?？]+(?:[!！]+[?？]*)*")
    assert spans(rare) == spans(rare[: rare.index("]") + 1] + "+")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中文吗𠀀a1?？ \n", max_size=40))
def test_question_marks_after_a_hanzi_end_where_a_hanzi_first_pattern_ends(text):
    # `_HAN_THEN_QMARK` opens on the `?` (a faster scan) and looks behind at the hanzi: each
    # match ends where the pattern that matched the hanzi first ended (its `?` is read from there)
    from claims.text.garbled import _HAN_THEN_QMARK
    from claims.text.hanzi import HAN_CLASS

    hanzi_first = re.compile(f"[{HAN_CLASS}]\\?")
    assert [m.end() for m in _HAN_THEN_QMARK.finditer(text)] == [m.end() for m in hanzi_first.finditer(text)]
