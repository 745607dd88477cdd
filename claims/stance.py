"""Stance of a claim within its sentence: asserted, question, hypothetical, negated, reported.

Decided from cues in the normalised sentence, looking only at the clause that holds the
claim (text between the nearest clause breaks), so `如果…，我…` marks only the `如果` clause
and its consequence, and a negation three clauses away does not flip a figure.
"""

from __future__ import annotations

import re

from claims.model import Stance
from claims.text.segment import Role

_HYPOTHETICAL = re.compile(r"如果|假如|要是|假设|倘若|若是|万一|即使|哪怕|一旦")
_REPORTED = re.compile(r"据报道|据称|据悉|据传|传闻|有人说|有消息称|消息称|据.{1,12}报道|外界传言|据说")
# Negators that govern what follows closely: 不是300人, 并没有300个, 并非, 未
# 没收 (confiscate), 未来 (future), 未成年 (minor) are words, not negations.
_NEGATED = re.compile(r"(?:不是|并不是|并非|并没有|没有|没(?![收])|未(?![来成婚])|不到位|绝非|从未)[^,，;；。]{0,6}$")
_QUESTION_END = re.compile(r"(?:[?？]|吗|呢|么)[\"”」』)）]*$")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。!！?？]")


def stance_of(sentence: str, start: int, end: int, role: Role) -> Stance:
    """Stance of the span [start, end) of a normalised sentence said in a turn of `role`."""
    if role is Role.question or _QUESTION_END.search(sentence.rstrip()):
        return Stance.question
    before = sentence[:start]
    if _REPORTED.search(before):
        return Stance.reported
    # Hypothetical: a conditional opens this clause or the one before it in the sentence.
    if _HYPOTHETICAL.search(before):
        return Stance.hypothetical
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    if _NEGATED.search(before[clause_start:]):
        return Stance.negated
    return Stance.asserted
