"""The default recognizers, in order. Sentence-scope extractors see one normalised
sentence; paragraph-scope ones a whole paragraph (quotes may span sentences).

`SENTENCE_GATES` pairs each sentence recognizer with what a sentence must hold for it to
find anything: a pattern (its `gate`: the checks its `find` opens with, a numeral for the
number family, a unit of time for durations …) and the turn roles it reads (`roles`). The
pipeline tests a sentence against them before it calls `find`: most sentences hold no
figure, and a recognizer that cannot fire costs a generator and a few scans for nothing.
tests/test_extractor_gates.py checks that no gate turns away a sentence its recognizer
finds something in.

`DATED` matches a sentence in which a recognizer that reads the context's dates
(`reads_dates`: publication date, anchor, last day, year hint) may find something. On any
other sentence what the recognizers find depends on the turn's speaker and role alone, so
the pipeline's sentence cache keys it without the dates: a sentence reprinted by an outlet
on another day, or repeated further down an article, is read once. `dated` narrows it by what
the date recognizer's scan holds (a sentence with a digit but no date, 第3季 or 500人, is
keyed without the dates too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from claims.extractors.base import Extractor, TextGate
from claims.extractors.dates import DateExtractor, DurationExtractor
from claims.extractors.numbers import AgeExtractor, MoneyExtractor, PercentExtractor, QuantityExtractor, RankExtractor
from claims.extractors.quotes import QuoteExtractor, UtteranceExtractor
from claims.extractors.roles import RoleExtractor
from claims.extractors.scores import MinuteExtractor, ScoreExtractor
from claims.extractors.titles import TitleCountExtractor

DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (
    MoneyExtractor(),
    PercentExtractor(),
    QuantityExtractor(),
    RankExtractor(),
    AgeExtractor(),
    DateExtractor(),
    DurationExtractor(),
    ScoreExtractor(),
    MinuteExtractor(),
    TitleCountExtractor(),
    RoleExtractor(),
    UtteranceExtractor(),
)
PARAGRAPH_EXTRACTORS: tuple[Extractor, ...] = (QuoteExtractor(),)


class Gate(NamedTuple):
    extractor: Extractor
    text: TextGate | None  # a sentence must match it (None: any sentence)
    roles: frozenset[str] | None  # the sentence's turn role must be one of these (None: any)


SENTENCE_GATES: tuple[Gate, ...] = tuple(
    Gate(e, getattr(e, "gate", None), getattr(e, "roles", None)) for e in DEFAULT_EXTRACTORS
)
# The sentence recognizers by what they read besides the sentence (the pipeline caches each
# group's finds by that): the context's dates (`reads_dates`), the turn's speaker and role
# (`reads_turn`, or a gate on roles), or nothing else (their finds are the sentence's alone).
# tests/test_extractor_gates.py checks the last group finds the same in any context.
DATE_READERS = tuple(i for i, g in enumerate(SENTENCE_GATES) if getattr(g.extractor, "reads_dates", False))
TURN_READERS = tuple(
    i
    for i, g in enumerate(SENTENCE_GATES)
    if i not in DATE_READERS and (g.roles is not None or getattr(g.extractor, "reads_turn", False))
)
TEXT_READERS = tuple(i for i in range(len(SENTENCE_GATES)) if i not in DATE_READERS and i not in TURN_READERS)
DATED = re.compile(
    "|".join(f"(?:{g.text.pattern})" for g in SENTENCE_GATES if g.text and getattr(g.extractor, "reads_dates", False))
)
# DATED narrowed: each recognizer that reads dates by its `dated` check where it has one (the
# date recognizer: does its scan hold a date or a time of day?), else by its gate.
_DATED_CHECKS: tuple[Callable[[str], object], ...] = tuple(
    getattr(g.extractor, "dated", None) or (g.text.search if g.text else lambda _text: True)
    for g in SENTENCE_GATES
    if getattr(g.extractor, "reads_dates", False)
)


@lru_cache(maxsize=1 << 14)
def dated(text: str) -> bool:
    """May a recognizer that reads the context's dates find something in `text` under some dates?
    False: the sentence's mentions are the same under any dates (the pipeline caches them without):
    50 generated articles, whose sentences recur under other publication dates, are read with
    dates 1,933 times instead of 9,039 (tests/test_extractor_gates.py). Cached: asked twice of a
    sentence the pipeline reads (its cache key, then its recognizers)."""
    return any(check(text) for check in _DATED_CHECKS)
