"""normalise(): the folded copy extractors match on, and its offset map back to the raw text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.text.hanzi import HAN_CLASS
from claims.text.normalise import NormalisedText, fold, normalise

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def assert_maps(raw: str, norm: NormalisedText, target: str, expected_raw: str) -> None:
    """Every occurrence of `target` in the normalised text maps back to `expected_raw`."""
    starts = [m.start() for m in re.finditer(re.escape(target), norm.text)]
    assert starts, f"{target!r} not in {norm.text!r}"
    for s in starts:
        a, b = norm.raw_span(s, s + len(target))
        assert raw[a:b] == expected_raw, (raw, norm.text, target, (a, b))


# (raw, normalised text, [(substring of the normalised text, the raw text it must map to)])
CASES = [
    # OpenCC t2s
    ("進行", "进行", [("进行", "進行")]),
    ("這是進行中的會議", "这是进行中的会议", [("进行", "進行"), ("会议", "會議")]),
    ("据报道进行了会议", "据报道进行了会议", [("进行", "进行")]),  # already simplified
    # width folding
    ("ＡＢＣ１２３：，", "ABC123:,", [("123", "１２３"), (":", "："), (",", "，"), ("ABC", "ＡＢＣ")]),
    ("收入３００億元", "收入300亿元", [("300亿元", "３００億元")]),
    ("約１２．５％", "约12.5%", [("12.5%", "１２．５％")]),
    ("以4∶1战胜", "以4:1战胜", [("4:1", "4∶1")]),  # the ratio sign Chinese type sets scores with
    # pinyin annotations inside words
    ("進(jìn)行了獨(dú)家對話", "进行了独家对话", [("进行", "進(jìn)行"), ("独家", "獨(dú)家")]),
    ("如何構(gòu)建更強(qiáng)大", "如何构建更强大", [("构建", "構(gòu)建"), ("更强大", "更強(qiáng)大")]),
    ("發（fā）布", "发布", [("发布", "發（fā）布")]),
    ("陳信翰(Mark Chen)", "陈信翰(Mark Chen)", [("(Mark Chen)", "(Mark Chen)"), ("陈信翰", "陳信翰")]),
    ("雅各布·帕霍基(Jakub Pachocki)", "雅各布·帕霍基(Jakub Pachocki)", [("Jakub Pachocki", "Jakub Pachocki")]),
    ("推理模型(model)训练", "推理模型(model)训练", [("(model)", "(model)")]),  # no tone mark: a gloss
    ("中(ma)文", "中(ma)文", [("(ma)", "(ma)")]),
    # markdown noise
    (
        "![Image](https://mmbiz.qpic.cn/a/640?wx_fmt=png#imgIndex=0)\n\n正文开始",
        "\n\n正文开始",
        [("正文开始", "正文开始")],
    ),
    ("**加粗**文字", "加粗文字", [("加粗", "加粗"), ("加粗文字", "加粗**文字")]),
    ("## 第二部分", "第二部分", [("第二部分", "第二部分")]),
    ("# 标题\n正文", "标题\n正文", [("标题\n正文", "标题\n正文")]),
    ("> 来源：InfoQ", "来源:InfoQ", [("来源:InfoQ", "来源：InfoQ")]),
    ("> > 嵌套引用", "嵌套引用", [("嵌套引用", "嵌套引用")]),
    ("原文链接：https://mp.weixin.qq.com/s/81OnMVR5svD", "原文链接:", [("原文链接:", "原文链接：")]),
    ("见 https://example.com/a?b=1 一文", "见一文", [("见一文", "见 https://example.com/a?b=1 一文")]),
    ("[链接文字](https://a.b/c)之后", "链接文字之后", [("链接文字", "链接文字"), ("之后", "之后")]),
    ("\u200b零宽\u200b字符", "零宽字符", [("零宽", "零宽")]),
    (
        "> **Mark Chen**：我們有３００個項目。",
        "Mark Chen:我们有300个项目。",
        [("Mark Chen", "Mark Chen"), ("300个项目", "３００個項目")],
    ),
    # spaces touching Han go, spaces between Latin words stay
    ("2.5年内实 现", "2.5年内实现", [("实现", "实 现"), ("2.5年内实现", "2.5年内实 现")]),
    ("超 4 亿", "超4亿", [("4亿", "4 亿"), ("超4", "超 4")]),
    ("Mark Chen 说", "Mark Chen说", [("Mark Chen", "Mark Chen")]),
    (
        "OpenAI 首席研究官 Mark Chen 表示",
        "OpenAI首席研究官Mark Chen表示",
        [("OpenAI首席", "OpenAI 首席"), ("Mark Chen", "Mark Chen")],
    ),
    ("Sam　Altman", "Sam Altman", [("Sam Altman", "Sam　Altman")]),  # ideographic space between Latin
    ("the New York Times", "the New York Times", [("New York", "New York")]),
]


@pytest.mark.parametrize("raw, text, spans", CASES, ids=[c[0][:20] for c in CASES])
def test_normalise_table(raw, text, spans):
    norm = normalise(raw)
    assert norm.text == text
    for target, expected_raw in spans:
        assert_maps(raw, norm, target, expected_raw)


def test_every_occurrence_maps_to_its_own_raw_text():
    raw = "進行了，再進(jìn)行，又 进 行"
    norm = normalise(raw)
    assert norm.text == "进行了,再进行,又进行"
    got = [raw[slice(*norm.raw_span(m.start(), m.end()))] for m in re.finditer("进行", norm.text)]
    assert got == ["進行", "進(jìn)行", "进 行"]


def test_empty_and_all_noise():
    for raw in ("", "**", "![x](https://a.b/c.png)", "\u200b\u200b"):
        norm = normalise(raw)
        assert norm.text == ""
        assert 0 <= norm.to_raw(0) <= len(raw)


def test_to_raw_rejects_out_of_range():
    norm = normalise("進行")
    with pytest.raises(IndexError):
        norm.to_raw(3)
    with pytest.raises(IndexError):
        norm.to_raw(-1)


def test_ends_map_to_the_end_of_deleted_noise_inside_a_span_only():
    # `**` after 粗 is inside 粗文 but not part of 加粗 on its own.
    raw = "**加粗**文字"
    norm = normalise(raw)
    assert norm.to_raw_end(2) == 4
    assert norm.to_raw(2) == 6


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("進行", "进行"),
        ("ＡＢＣ１２３", "ABC123"),
        ("Mark　Chen", "Mark Chen"),
        ("**進行**", "**进行**"),  # fold keeps markdown: no offsets to protect
        ("進(jìn)行", "进(jìn)行"),
        ("～", "~"),
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_fold_agrees_with_normalise_on_plain_text():
    raw = "據彭博社報道，阿爾特曼說公司約有３０００名員工。"
    assert fold(raw) == normalise(raw).text


# --- properties -------------------------------------------------------------------

PIECES = [
    "進",
    "行",
    "構",
    "建",
    "發",
    "後",
    "乾",
    "裡",
    "著",
    "臺",
    "年",
    "亿",
    "𠀀",
    "(jìn)",
    "（gòu）",
    "(fā)",
    "(ma)",
    "(Mark Chen)",
    "(",
    ")",
    "（",
    "）",
    "**",
    "*",
    "_",
    "__",
    "# ",
    "## ",
    "> ",
    "> > ",
    "- ",
    "\n",
    "\n> ",
    "\n# ",
    "\r\n",
    "![a](http://x/y.png)",
    "[t](https://a.b)",
    "[",
    "](",
    "](#",
    "https://e.com/x?y=1",
    "http://",
    "１",
    "Ａ",
    "：",
    "，",
    "．",
    "％",
    "～",
    "\u3000",
    "\u00a0",
    " ",
    "\t",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "Mark",
    " Chen",
    "é",
    "ā",
    "ǚ",
    "ü",
    "﹏",
    "ｱ",
    "2.5",
    "实 现",
]
PINYINISH = "進行構建發(（)）jìngòuāüǚmark *#>_[]!:： \n１Ａ"
RAW = st.one_of(
    st.text(max_size=40),
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(max_size=3), st.text(alphabet=PINYINISH, max_size=6)), max_size=25
    ).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(RAW)
def test_offset_map_is_monotonic_and_in_bounds(raw):
    norm = normalise(raw)
    mapped = [norm.to_raw(i) for i in range(len(norm.text) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= p <= len(raw) for p in mapped)


@settings(max_examples=200, deadline=None)
@given(RAW)
def test_nonempty_spans_map_to_nonempty_raw_spans(raw):
    norm = normalise(raw)
    n = len(norm.text)
    for s in range(n):
        for e in range(s + 1, n + 1):
            a, b = norm.raw_span(s, e)
            assert 0 <= a < b <= len(raw), (norm.text, s, e, a, b)


@settings(max_examples=200, deadline=None)
@given(RAW)
def test_raw_span_is_the_raw_start_and_the_raw_end(raw):
    # raw_span looks a span up once when it lies in one segment copied as it was; else as the two maps do
    for norm in (normalise(raw), _with_a_changed_run(raw)):
        n = len(norm.text)
        for s in range(n + 1):
            for e in range(s, n + 1):
                assert norm.raw_span(s, e) == (norm.to_raw(s), norm.to_raw_end(e)), (norm, s, e)


def _with_a_changed_run(raw: str) -> NormalisedText:
    """`raw` mapped in three segments, the middle one proportional (as when OpenCC changes a
    run's length): normalised [0,2) from raw [0,2), [2,5) from [2,8), then one to one."""
    text = "ab" + "xyz" + raw
    return NormalisedText(text, len(raw) + 8, (0, 2, 5), (0, 2, 8), (2, 3, len(raw)), (2, 6, len(raw)))


@settings(max_examples=200, deadline=None)
@given(RAW)
def test_each_character_maps_to_the_character_it_came_from(raw):
    norm = normalise(raw)
    for i, ch in enumerate(norm.text):
        j = norm.to_raw(i)
        assert j < len(raw)
        if HAN.match(ch):
            continue  # t2s is contextual (乾隆 / 乾燥): only non-Han characters fold one by one
        assert fold(raw[j]) == ch, (norm.text, i, j)


def _spaces_by_hand(raw: str) -> list[tuple[int, int]]:
    """The rule, spelled out: each maximal run of spaces with a CJK character (Han, CJK or
    full-width punctuation, the ideographic space) just before or just after it, but for the
    runs either side of a dash spaced on both sides (a flattened list's bullet: ` - `)."""
    cjk = re.compile("[" + HAN_CLASS + r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]")
    space, dash = " \t\u3000\u00a0", "-–—"
    out = []
    for m in re.finditer(r"[ \t\u3000\u00a0]+", raw):
        a, b = m.span()
        bullet_after = b + 1 < len(raw) and raw[b] in dash and raw[b + 1] in space
        bullet_before = a >= 2 and raw[a - 1] in dash and raw[a - 2] in space
        if bullet_after or bullet_before:
            continue
        if (a > 0 and cjk.match(raw, a - 1)) or (b < len(raw) and cjk.match(raw, b)):
            out.append((a, b))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\u3000\u00a0中文。，ab1（）\n-—", max_size=40))
def test_spaces_near_cjk_are_whole_runs_next_to_cjk(raw):
    from claims.text.normalise import _SPACES_NEAR_CJK

    assert [m.span() for m in _SPACES_NEAR_CJK.finditer(raw)] == _spaces_by_hand(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ａＺ１！～\uff5e\uff5f\u3000\u00a0\uff00\u2236 a，。中", max_size=30))
def test_width_folding_maps_exactly_what_translate_maps(text):
    from claims.text.normalise import _WIDTH, _fold_width

    assert _fold_width(text) == text.translate(_WIDTH)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="*_a中 \n", max_size=24))
def test_the_gated_emphasis_pattern_finds_what_the_plain_one_does(text):
    from claims.text.normalise import _NOISE

    (emphasis,) = [p for p in _NOISE if p.pattern.startswith("\\*\\**|_")]
    plain = re.compile(r"\*+|_{2,}(?<!\w__)|_{2,}(?!\w)")
    assert [m.span() for m in emphasis.finditer(text)] == [m.span() for m in plain.finditer(text)]


# The three line-marker patterns LINE_MARKERS replaced (one scan of the line starts, not three).
_MARKERS_APART = [
    re.compile(p, re.M) for p in (r"^[ \t]*(?:>[ \t]?)+", r"^[ \t]*#{1,6}[ \t]+", r"^[ \t]*[-+][ \t]+(?=\S)")
]
_LINE_PIECES = [
    "> ",
    ">",
    ">>",
    "# ",
    "###### ",
    "####### ",
    "#",
    "- ",
    "+ ",
    "-",
    " ",
    "\t",
    "a",
    "文",
    "\n",
    "1",
    "*",
]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=16))
def test_line_markers_match_where_the_three_marker_patterns_did(pieces):
    from claims.text.normalise import LINE_MARKERS

    text = "".join(pieces)
    apart = sorted(m.span() for p in _MARKERS_APART for m in p.finditer(text))
    assert [m.span() for m in re.finditer(LINE_MARKERS, text, re.M)] == apart, text


def test_line_markers_on_the_seeds(seeds_dir):
    from claims.text.normalise import LINE_MARKERS

    found = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8-sig")
        apart = sorted(m.span() for p in _MARKERS_APART for m in p.finditer(raw))
        assert [m.span() for m in re.finditer(LINE_MARKERS, raw, re.M)] == apart
        found += len(apart)
    assert found > 20  # the seeds hold quotes, headings and bullets


# Traditional phrases whose conversion reads more than one character (乾隆 / 乾燥, 著名 / 看著),
# lines that recur in other texts, and a line break inside what would be a phrase (乾\n隆).
T2S_PIECES = ["乾隆", "乾燥", "著名", "看著", "頭髮", "發展", "理髮", "乾", "隆", "\n", "\n\n", "中文", "abc", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(T2S_PIECES), max_size=30).map("".join))
def test_line_by_line_t2s_converts_as_the_whole_text_does(text):
    from claims.text.normalise import _T2S, _t2s_lines

    assert _t2s_lines(text) == _T2S.convert(text)
    # again, every line now remembered, and its lines in another order (in another text)
    assert _t2s_lines(text) == _T2S.convert(text)
    shuffled = "\n".join(reversed(text.split("\n")))
    assert _t2s_lines(shuffled) == _T2S.convert(shuffled)


def test_line_by_line_t2s_on_the_seeds(seeds_dir):
    from claims.text.normalise import _T2S, _T2S_LINES, _t2s_lines

    _T2S_LINES.clear()
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(seeds_dir.glob("*.txt"))]
    for text in texts + texts:  # the second pass from remembered lines
        assert _t2s_lines(text) == _T2S.convert(text)
    assert _T2S_LINES  # lines were remembered
