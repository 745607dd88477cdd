"""The default recognizers, in order. Sentence-scope extractors see one normalised
sentence; paragraph-scope ones a whole paragraph (quotes may span sentences)."""

from __future__ import annotations

from claims.extractors.base import Extractor
from claims.extractors.dates import DateExtractor, DurationExtractor
from claims.extractors.numbers import AgeExtractor, MoneyExtractor, PercentExtractor, QuantityExtractor, RankExtractor
from claims.extractors.quotes import QuoteExtractor, UtteranceExtractor
from claims.extractors.roles import RoleExtractor

DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (
    MoneyExtractor(),
    PercentExtractor(),
    QuantityExtractor(),
    RankExtractor(),
    AgeExtractor(),
    DateExtractor(),
    DurationExtractor(),
    RoleExtractor(),
    UtteranceExtractor(),
)
PARAGRAPH_EXTRACTORS: tuple[Extractor, ...] = (QuoteExtractor(),)
