"""Stance of a claim: asserted, question, hypothetical, negated, reported. The one place
that decides it.

Decided from cues in the normalised sentence, looking only at the clause that holds the
claim (text between the nearest clause breaks), so `如果…，我…` marks only the `如果` clause
and its consequence, and a negation three clauses away does not flip a figure. In an
interview, an interviewer's premise (`…只有50人?`) takes the stance the answer gives it:
a plain yes (`对。`) makes it asserted, a plain no (`更少,…`) negated (`ArticleStance`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.model import Stance
from claims.text.segment import Role, Segmented, Sentence

# Members read per sentence and per claim below, bound once: in Python 3.11 a read of `Role.x` or
# `Stance.x` goes through EnumType's __getattr__ hook (~1,100 instructions; a module global ~20).
_ROLE_QUESTION, _ROLE_ANSWER, _ROLE_NARRATIVE = Role.question, Role.answer, Role.narrative
_STANCE_QUESTION, _STANCE_ASSERTED, _STANCE_NEGATED = Stance.question, Stance.asserted, Stance.negated
_STANCE_REPORTED, _STANCE_HYPOTHETICAL = Stance.reported, Stance.hypothetical

_HYPOTHETICAL = re.compile(r"如果|假如|要是|假设|倘若|若是|万一|即使|哪怕|一旦")
# A rule, not a happening: a condition told with 当…时 or a threshold reached (达到, 超过, 低于…时) and
# what then will or must follow (将, 会, 则, 须): 当标普500指数跌幅达到13%时，将暂停交易15分钟 states how
# the market works, whether or not it fell 13% (FIELD24's circuit breakers: a rule's 13% read as a day's
# fall). Both the condition's figures and the consequence's (to the clause group's end) are hypothetical.
# A past `当…时，就…` (当救援人员赶到时，就发现…) has no modal: a happening still; nor is a clock (当天下午3时，
# 将举行发布会: a time set) or a word holding 当 (当地, 相当) a condition.
_RULE_THEN = r"(?<![小\d〇零一二两三四五六七八九十])时[，,]\s*(?:则|将|就会|便会|会|就将|须|需要?|必须|应当?|可以?)"
# The consequence runs to the clause group's end, but not into a clause telling what has happened
# (…须停工，违者罚款，已有3家工地被罚: the 3 are a happening).
_RULE_ON = r"(?:[^，,；;。]|[，,](?!\s*(?:已|目前|截至|此前|迄今|至今|今年|去年|昨)))*"
_RULE = re.compile(
    r"(?:^|(?<=[，,：:；;。]))\s*(?:[^，,：:；;。]{0,12}?(?<![相应正适充担妥恰])当(?![地天日时局前中年晚夜选然即场事初代下今面众])[^，,。；;]{1,40}?|[^，,。；;]{0,30}?"
    r"(?:达到?|超过|超出|高于|低于|不足|突破|跌破)[^，,。；;]{1,15}?)" + _RULE_THEN + _RULE_ON
)
_REPORTED = re.compile(r"据报道|据称|据悉|据传|传闻|有人说|有消息称|消息称|据.{1,12}报道|外界传言|据说")
# Negators that govern what follows closely: 不是300人, 并没有300个, 并非, 未
# 没收 (confiscate), 未来 (future), 未成年 (minor) are words, not negations.
_NEGATED = re.compile(r"(?:不是|并不是|并非|并没有|没有|没(?![收])|未(?![来成婚])|不到位|绝非|从未)[^,，;；。]{0,6}$")
# A question ends in one of these, its closing quotes or brackets after it.
_QUESTION_ENDS = "?？吗呢么"
_CLOSERS = '"”」』)）'
_CLAUSE_BREAKS = ",，;；:：。!！?？"
_TO_LAST_BREAK = re.compile(f".*[{_CLAUSE_BREAKS}]", re.S)  # greedy: a text up to its last clause break
# How an answer opens when it confirms (or rejects) the question's premise.
_AFFIRM = re.compile(r"^(?:对|对的|是的|是|没错|确实|的确|正是|没错儿|嗯,?对|yes|yeah|exactly|right)[。.!！,，]?", re.I)
_DENY = re.compile(r"^(?:不是|不对|不,|不，|没有|并没有|更少|更多|其实不|其实没有|并不|也不|no\b|not\b)", re.I)


def stance_of(sentence: str, start: int, end: int, role: Role) -> Stance:
    """Stance of the span [start, end) of a normalised sentence said in a turn of `role`,
    from the sentence alone (no answer consulted)."""
    if role is _ROLE_QUESTION or _is_question(sentence):
        return _STANCE_QUESTION
    return _stated(sentence, start)


@lru_cache(maxsize=1 << 14)
def _stance_before(before: str) -> Stance:
    """Stance of a span in a sentence that asks nothing, from the text before it. Cached: a
    pure function of that text, which reprinted sentences share (50 generated articles: 21,701
    asked, 414 distinct)."""
    if not before:
        return _STANCE_ASSERTED  # nothing before the claim to mark it (most quotes open their sentence)
    if _REPORTED.search(before):
        return _STANCE_REPORTED
    # Hypothetical: a conditional opens this clause or the one before it in the sentence.
    if _HYPOTHETICAL.search(before):
        return _STANCE_HYPOTHETICAL
    last_break = _TO_LAST_BREAK.match(before)
    if _NEGATED.search(before, last_break.end() if last_break else 0):  # in the claim's clause
        return _STANCE_NEGATED
    return _STANCE_ASSERTED


def _stated(sentence: str, start: int) -> Stance:
    """Stance of a claim at `start` of a sentence that asks nothing: in a rule (_RULE) hypothetical, else what the
    text before it says (nothing before a claim that opens its sentence: an interview's quotes, most claims)."""
    if _in_rule(sentence, start):
        return _STANCE_HYPOTHETICAL
    return _stance_before(sentence[:start]) if start > 0 else _STANCE_ASSERTED


def _in_rule(sentence: str, start: int) -> bool:
    """Does the claim at `start` lie in a rule's condition or consequence (_RULE)?"""
    return "时" in sentence and any(lo <= start < hi for lo, hi in _rules(sentence))


@lru_cache(maxsize=1 << 12)
def _rules(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence that state a rule (_RULE). Cached: asked by each claim of a sentence."""
    return tuple(m.span() for m in _RULE.finditer(sentence))


def _is_question(sentence: str) -> bool:
    """Does the sentence end in a question mark or particle (吗, 呢, 么), closing quotes aside?"""
    core = sentence.rstrip().rstrip(_CLOSERS)
    return bool(core) and core[-1] in _QUESTION_ENDS


def answered_questions(seg: Segmented) -> tuple[set[int], set[int]]:
    """Sentences of questions whose answer opens with a plain yes (`对。`, `是的`: the
    interviewee makes the premise their own) or a plain no (`更少,…`, `不是`: the premise
    was wrong). Returns (confirmed, rejected)."""
    confirmed: set[int] = set()
    rejected: set[int] = set()
    turn: list[Sentence] = []
    for s in seg.sentences:
        if s.role is _ROLE_QUESTION:
            turn = turn + [s] if turn and turn[-1].paragraph >= s.paragraph - 1 else [s]
            continue
        if s.role is _ROLE_ANSWER and turn and s.paragraph - turn[-1].paragraph <= 1:
            opening = s.text.strip()
            if _AFFIRM.match(opening):
                confirmed.update(q.index for q in turn)
            elif _DENY.match(opening):
                rejected.update(q.index for q in turn)
        turn = []
    return confirmed, rejected


class ArticleStance:
    """The stance of each claim of one article: its sentence's (`stance_of`), except that
    an interviewer's premise the answer confirms (or rejects) counts as asserted (or
    negated). A quote keeps its sentence's stance: the answer speaks to the premise, not
    to the words quoted in the question."""

    def __init__(self, seg: Segmented) -> None:
        self.confirmed, self.rejected = answered_questions(seg)
        self.asks: dict[int, bool] = {}  # per sentence index: is it a question (`stance_of`)?

    def of(self, sent: Sentence | None, start: int, end: int, *, quote: bool = False) -> Stance:
        """Stance of [start, end) in `sent` (offsets into the sentence's normalised text);
        no sentence: the claim is read as narrative. `stance_of`, asking once a sentence
        whether it is a question."""
        if sent is None:
            return stance_of("", 0, 0, _ROLE_NARRATIVE)
        asks = self.asks.get(sent.index)
        if asks is None:
            asks = self.asks[sent.index] = stance_of(sent.text, 0, 0, sent.role) is _STANCE_QUESTION
        if not asks:  # (nothing before a claim that opens its sentence: an interview's quotes, most claims of one)
            return _stated(sent.text, start)
        if not quote:
            if sent.index in self.confirmed:
                return _STANCE_ASSERTED  # the answer said yes to this premise
            if sent.index in self.rejected:
                return _STANCE_NEGATED  # the answer said no (`…50人?` → `更少`)
        return _STANCE_QUESTION
