"""segment(): sentences with raw and normalised spans, roles and speaker turns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.model import Source
from claims.sources.load import Document, load
from claims.text.segment import INTERVIEWER, Role, segment

from conftest import SEEDS, both_scripts


def seg(raw: str, body_start: int = 0):
    return segment(Document(Source(id="t", path="t.txt"), raw, body_start))


def by_text(s, needle: str):
    """The one sentence whose normalised text contains `needle`."""
    hits = [x for x in s.sentences if needle in x.text]
    assert len(hits) == 1, (needle, [x.text for x in s.sentences])
    return hits[0]


def assert_spans(s):
    raw = s.doc.raw
    for x in s.sentences:
        assert 0 <= x.start < x.end <= len(raw), x
        assert raw[x.start : x.end].strip(), x
        assert s.norm.text[x.nstart : x.nend] == x.text
        assert s.norm.raw_span(x.nstart, x.nend) == (x.start, x.end)


def turns(s):
    return [(x.role, x.speaker) for x in s.sentences]


QA = Role.question, INTERVIEWER


@pytest.mark.parametrize("q_label", both_scripts(["Q：", "Q:", "问：", "**主持人**：", "主持人:", "**Q**："]))
def test_question_labels(q_label):
    raw = (
        f"导语。\n\n{q_label}你们现在有多少个项目？\n\nMark Chen：大约300个。\n\n"
        f"{q_label}下一步呢？\n\nMark Chen：继续做研究。\n"
    )
    s = seg(raw)
    assert_spans(s)
    assert by_text(s, "导语").role is Role.narrative and by_text(s, "导语").speaker is None
    assert (by_text(s, "多少个项目").role, by_text(s, "多少个项目").speaker) == QA
    assert (by_text(s, "下一步").role, by_text(s, "下一步").speaker) == QA
    for needle in ("大约300个", "继续做研究"):
        assert (by_text(s, needle).role, by_text(s, needle).speaker) == (Role.answer, "Mark Chen")
    assert s.principal == "Mark Chen"
    assert set(s.speakers) == {INTERVIEWER, "Mark Chen"}
    # The label is not part of the sentence, in either text.
    first = by_text(s, "多少个项目")
    assert s.doc.raw[first.start : first.end] == "你们现在有多少个项目？"


def test_bold_name_labels_and_lone_first_name_resolves_to_full_name():
    raw = (
        "2026 年初，**Jerry Tworek** 离开了 OpenAI。\n\n"
        "**主持人**：欢迎来到节目。\n\n**Jerry**：谢谢邀请。\n\n"
        "**主持人**：你为什么离开？\n\n**Jerry**：我想做有风险的研究。\n"
    )
    s = seg(raw)
    assert_spans(s)
    assert by_text(s, "谢谢邀请").speaker == "Jerry Tworek"
    assert by_text(s, "有风险的研究").speaker == "Jerry Tworek"
    assert by_text(s, "欢迎来到节目").speaker == INTERVIEWER
    assert by_text(s, "离开了OpenAI").role is Role.narrative
    assert s.principal == "Jerry Tworek"
    assert s.speakers == (INTERVIEWER, "Jerry Tworek")


def test_broken_spellings_fold_to_one_speaker():
    raw = (
        "Mark Chen：我们有300个项目。\n问：真的吗？\nMa rk Chen：是的。\n问：好。\n"
        "Mark Che n：没错。\n问：还有吗？\nMark Chen：没有了。\n"
    )
    s = seg(raw)
    assert_spans(s)
    answers = [x for x in s.sentences if x.role is Role.answer]
    assert len(answers) == 4
    assert {x.speaker for x in answers} == {"Mark Chen"}
    assert s.speakers == ("Mark Chen", INTERVIEWER)
    assert by_text(s, "是的").text == "是的。"  # the broken label is not left in the sentence


def test_unlabelled_answers_after_question_lines():
    raw = "導語。\n\n問：你好嗎？\n我很好，謝謝。\n問：最近在做什麼？\n在做研究。\n\n還有很多事情。\n"
    s = seg(raw)
    assert_spans(s)
    assert by_text(s, "你好吗").role is Role.question
    assert by_text(s, "最近在做什么").role is Role.question
    for needle in ("我很好", "在做研究", "还有很多事情"):
        assert by_text(s, needle).role is Role.answer, needle
    assert by_text(s, "导语").role is Role.narrative
    assert s.doc.raw[by_text(s, "我很好").start : by_text(s, "我很好").end] == "我很好，謝謝。"


def test_multi_paragraph_answer_keeps_speaker_and_heading_resets():
    raw = (
        "Q：第一个问题？\n\nMark Chen：第一段回答。\n\n第二段仍然是他的回答。第二句。\n\n"
        "Q：第二个问题？\n\nMark Chen：简短回答。\n\n"
        "## 第二部分\n\n标题之后的叙述。\n"
    )
    s = seg(raw)
    assert_spans(s)
    for needle in ("第一段回答", "第二段仍然", "第二句"):
        x = by_text(s, needle)
        assert (x.role, x.speaker) == (Role.answer, "Mark Chen"), needle
    assert by_text(s, "第二段仍然").paragraph != by_text(s, "第一段回答").paragraph
    heading = by_text(s, "第二部分")
    assert (heading.role, heading.speaker) == (Role.heading, None)
    assert s.doc.raw[heading.start : heading.end] == "第二部分"
    after = by_text(s, "标题之后")
    assert (after.role, after.speaker) == (Role.narrative, None)


def test_blockquotes_in_an_interview_are_the_principal_speakers():
    raw = (
        "> 来源：某报，2025-01-02\n\n问：你怎么看？\n\nMark Chen：我们很好。\n\n"
        "问：还有呢？\n\nMark Chen：没有了。\n\n> 这是他发的帖子。\n\n## 金句\n\n> 这是一句摘出来的话。\n"
    )
    s = seg(raw)
    assert_spans(s)
    post = by_text(s, "他发的帖子")  # read out inside his turn: quoted material
    assert (post.role, post.speaker) == (Role.quoted, "Mark Chen")
    pull = by_text(s, "摘出来的话")  # after a heading, outside any turn: a pull quote
    assert (pull.role, pull.speaker) == (Role.blockquote, "Mark Chen")
    source_line = by_text(s, "来源")
    assert (source_line.role, source_line.speaker) == (Role.blockquote, None)
    assert s.doc.raw[post.start : post.end] == "这是他发的帖子。"


def test_blockquote_outside_an_interview_has_no_speaker():
    s = seg("正文第一段。\n\n> 引用的一段话。\n\n正文第二段。\n")
    x = by_text(s, "引用的一段话")
    assert (x.role, x.speaker) == (Role.blockquote, None)
    assert s.principal is None and s.speakers == ()


@pytest.mark.parametrize("label", ["比如", "例如", "注意", "其中"])
@pytest.mark.parametrize("uses", [1, 2, 5])
def test_discourse_labels_are_not_speakers(label, uses):
    raw = "".join(f"{label}：第{i}个例子。\n\n" for i in range(uses)) + "正文叙述。\n"
    s = seg(raw)
    assert_spans(s)
    assert s.speakers == () and s.principal is None
    assert all((x.role, x.speaker) == (Role.narrative, None) for x in s.sentences), turns(s)
    assert by_text(s, "第0个例子").text.startswith(label)  # the label stays in the text


def test_a_latin_label_used_once_is_not_a_speaker():
    s = seg("Note: 这是一段说明。\n\n正文。\n")
    assert s.speakers == ()
    assert by_text(s, "说明").role is Role.narrative


def test_front_matter_is_not_segmented():
    front = "---\ntitle: 标题\nauthor: 张三\n---\n"
    raw = front + "正文第一句。正文第二句！\n"
    s = seg(raw, len(front))
    assert_spans(s)
    assert [x.text for x in s.sentences] == ["正文第一句。", "正文第二句!"]
    assert all(x.start >= len(front) for x in s.sentences)


def test_sentences_split_on_end_punctuation_with_closing_quotes():
    raw = "他说：“我们不会改变路线。”随后离开了。你觉得呢？好！\n"
    s = seg(raw)
    assert_spans(s)
    assert [s.doc.raw[x.start : x.end] for x in s.sentences] == [
        "他说：“我们不会改变路线。”",
        "随后离开了。",
        "你觉得呢？",
        "好！",
    ]


def test_a_flattened_bulleted_list_is_one_sentence_an_item():
    raw = "核心财务业绩 - 第三季度综合毛利率达13.9%，创三年内最高纪录 - 汽车毛利率为14.7% - 2026年综合毛利率目标为20%以上\n"
    s = seg(raw)
    assert_spans(s)
    assert [x.text for x in s.sentences] == [
        "核心财务业绩",
        "第三季度综合毛利率达13.9%,创三年内最高纪录",
        "汽车毛利率为14.7%",
        "2026年综合毛利率目标为20%以上",
    ]


def test_a_hyphen_or_a_minus_ends_nothing():
    s = seg("京-沪高铁全长1318公里。利润同比变化 -5%。\n")
    assert [x.text for x in s.sentences] == ["京-沪高铁全长1318公里。", "利润同比变化-5%。"]


def test_lines_are_raw_line_numbers():
    raw = "---\nt: x\n---\n第一行。\n\n第三行。\n"
    s = seg(raw, raw.index("第一行"))
    assert [x.line for x in s.sentences] == [4, 6]


def test_empty_body():
    s = seg("\n\n   \n")
    assert s.sentences == () and s.paragraphs == () and s.speakers == ()


# --- seeds ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    return {p.name[:3]: segment(load(p)) for p in sorted(SEEDS.glob("*.txt"))}


def test_seed_spans(seeds):
    for s in seeds.values():
        assert len(s.sentences) > 20
        assert_spans(s)
        assert [x.index for x in s.sentences] == list(range(len(s.sentences)))
        starts = [x.start for x in s.sentences]
        assert starts == sorted(starts)


def test_seed_000_is_an_interview_with_mark_chen(seeds):
    s = seeds["000"]
    assert "Mark Chen" in s.speakers and INTERVIEWER in s.speakers
    assert s.principal == "Mark Chen"
    # Broken label spellings (`Ma rk Chen`, `Mark Ch en`) do not become speakers of their own.
    assert not [sp for sp in s.speakers if sp.replace(" ", "") == "MarkChen" and sp != "Mark Chen"]
    answers = [x for x in s.sentences if x.role is Role.answer]
    questions = [x for x in s.sentences if x.role is Role.question]
    assert len(answers) > len(questions) > 20
    assert all(x.speaker == INTERVIEWER for x in questions)


def test_seed_002_principal_is_jerry_tworek(seeds):
    s = seeds["002"]
    assert s.principal == "Jerry Tworek"
    assert "Jerry" not in s.speakers
    assert INTERVIEWER in s.speakers


def test_seed_news_articles_have_no_speakers(seeds):
    for key in ("001", "003"):
        assert seeds[key].principal is None
        assert all(x.role in (Role.narrative, Role.heading, Role.blockquote) for x in seeds[key].sentences)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="。！?;；”）'\"\n中aAbB ", max_size=30))
def test_the_fast_sentence_and_name_patterns_match_their_plain_forms(text):
    from claims.text.segment import _LATIN_NAME, _SENTENCE_END

    plain_end = re.compile(r"[。！？!?；;]+[”」』\"'’）)]*|\n")
    plain_name = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain_end.finditer(text)]
    assert _LATIN_NAME.findall(text) == plain_name.findall(text)


def _sentences_by_hand(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The splitting rule spelled out: a stop (a run of 。！？!?；; with its closing quotes, or a
    newline) ends a sentence; each is trimmed of leading `_LEAD` and trailing spaces; empty ones go."""
    from claims.text.segment import _SENTENCE_END, _trim

    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() > pos:
            out.append(_trim(text, pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append(_trim(text, pos, end))
    return [(a, b) for a, b in out if b > a]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t,、。！？!?；;”」）\n中文a", max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_sentences_are_split_and_trimmed_as_the_rule_says(text, cut_start, cut_end):
    from claims.text.segment import _sentences

    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert _sentences(text, start, end) == _sentences_by_hand(text, start, end)


def _lines_by_hand(text: str, start: int) -> list[tuple[int, int]]:
    """Each line from `start`, stripped of leading spaces and tabs and trailing spaces, tabs
    and carriage returns; empty ones dropped."""
    out, pos = [], start
    for line in text[start:].split("\n"):
        a, b = pos, pos + len(line)
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        if a < b:
            out.append((a, b))
        pos += len(line) + 1
    return out


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\r\n中a", max_size=30), st.integers(0, 4))
def test_lines_are_each_lines_text_stripped_as_the_rule_says(text, start):
    from claims.text.segment import _lines

    start = min(start, len(text))
    assert _lines(text, start) == _lines_by_hand(text, start)
