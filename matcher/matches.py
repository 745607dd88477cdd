"""Verdicts on a match's scores and minutes (claims.extractors.scores): two reports giving
one part of one match's score (the shoot-out, the score after regular time) or one player's
one deed's minute (梅西's penalty) agree when they give the same and contradict when they do
not; matcher.compare decides what is one figure (compare_scores, compare_minutes).

Only across sources and between assertions: an article's headline and body restate its own
score, and a score told as a question or a hypothetical asserts none. Two matches of the
same sides (a group game and the final) that the sentences date more than a day apart are
two facts; a minute an article gives one actor's same deed at twice in one half (two goals)
is told apart from the other by nothing a careful reader can see: no contradiction.
"""

from __future__ import annotations

from claims.model import Claim, MinuteValue, ScoreValue, Stance, TitleCountValue
from matcher.compare import Comparison, describe
from matcher.model import Reason, Relation

AGREE_SCORE = 0.8  # a finding's score: the values say it all (both sides, one part, one deed)
CONTRADICT_SCORE = 0.75
DATED_APART_DAYS = 1  # a match told on the 18th and on the 19th (Beijing time, past midnight) is one match

_ASSERTED = (Stance.asserted, Stance.reported)


def match_relation(a: Claim, b: Claim, cmp: Comparison) -> tuple[Relation, float, str, Reason, float] | None:
    """The fields of a verdict on two scores or two minutes, or None (matcher.verdict builds it)."""
    if not cmp.comparable or a.source == b.source or a.stance not in _ASSERTED or b.stance not in _ASSERTED:
        return None
    if a.as_of and b.as_of:
        gap = max(a.as_of.start, b.as_of.start).toordinal() - min(a.as_of.end, b.as_of.end).toordinal()
        if gap > DATED_APART_DAYS:
            return None  # two days of play: two matches
    where = f" ({a.source} line {a.line} vs {b.source} line {b.line})"
    if cmp.same_base:
        return Relation.agree, AGREE_SCORE, f"Both give {describe(a)}{where}.", Reason.value, 1.0
    if any(isinstance(c.value, MinuteValue | ScoreValue | TitleCountValue) and c.value.several for c in (a, b)):
        return None  # which of an actor's two deeds (or of two results) the other report tells is unsure
    text = f"Incompatible values for the same fact: {describe(a)} vs {describe(b)}{where}."
    return Relation.contradict, CONTRADICT_SCORE, text, Reason.value, 0.9
