"""Stance: from the sentence (claims.stance.stance_of) and, for an interviewer's premise,
from the answer (ArticleStance), through the pipeline that uses them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import stance
from claims.model import Kind, Source, Stance
from claims.pipeline import extract_document
from claims.sources.load import Document
from claims.stance import stance_of
from claims.text.segment import Role


@pytest.mark.parametrize(
    "sentence, figure, role, expected",
    [
        ("公司有300人。", "300人", Role.narrative, Stance.asserted),
        ("公司有300人吗?", "300人", Role.narrative, Stance.question),
        ("公司有300人。", "300人", Role.question, Stance.question),
        ("据报道,公司有300人。", "300人", Role.narrative, Stance.reported),
        ("如果公司有300人,就要搬家。", "300人", Role.narrative, Stance.hypothetical),
        ("公司并没有300人。", "300人", Role.narrative, Stance.negated),
        # A negation in an earlier clause does not reach the figure.
        ("他没有来,公司有300人。", "300人", Role.narrative, Stance.asserted),
        ("公司没收了300件。", "300件", Role.narrative, Stance.asserted),
    ],
)
def test_stance_of_the_sentence(sentence, figure, role, expected):
    start = sentence.index(figure)
    assert stance_of(sentence, start, start + len(figure), role) is expected


def _premise_stance(answer: str) -> Stance:
    raw = f"Q：你2018年加入时公司只有50名员工？\n\nA：{answer}\n"
    doc = Document(Source(id="a", path="<a>", published="2025-12-03"), raw, 0)
    (claim,) = [c for c in extract_document(doc).claims if c.kind is Kind.quantity and c.text.startswith("50")]
    return claim.stance


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("对。那时候还很小。", Stance.asserted),  # the interviewee makes the premise their own
        ("更少，大概20名员工左右。", Stance.negated),  # the premise was wrong
        ("那时候我在读书。", Stance.question),  # the answer neither confirms nor rejects it
    ],
)
def test_an_interviewers_premise_takes_the_answers_stance(answer, expected):
    assert _premise_stance(answer) is expected


_OLD_QUESTION_END = re.compile(r"(?:[?？]|吗|呢|么)[\"”」』)）]*$")
_OLD_CLAUSE_BREAK = re.compile(r"[,，;；:：。!！?？]")


@given(st.text(alphabet='?？吗呢么"”」』)） \n,，;；:：。!！a人', max_size=12))
def test_question_end_and_clause_start_read_as_the_regexes_did(text):
    """The question end and the last clause break are found with string methods now; they
    must agree with the patterns they replaced."""
    assert stance._is_question(text) is bool(_OLD_QUESTION_END.search(text.rstrip()))
    old_start = max((m.end() for m in _OLD_CLAUSE_BREAK.finditer(text)), default=0)
    assert max(text.rfind(c) for c in stance._CLAUSE_BREAKS) + 1 == old_start


def test_article_stance_of_a_sentence_that_asks_nothing_is_the_sentences_own():
    # ArticleStance answers a claim at a sentence's start without reading the text before it
    from claims.sources.load import load
    from claims.stance import ArticleStance
    from claims.text.segment import segment

    from conftest import SEEDS

    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        seg = segment(load(path))
        stance = ArticleStance(seg)
        for sent in seg.sentences:
            if stance_of(sent.text, 0, 0, sent.role) is Stance.question:
                continue
            for start in (0, 1, len(sent.text) // 2):
                assert stance.of(sent, start, start + 1) is stance_of(sent.text, start, start + 1, sent.role)
