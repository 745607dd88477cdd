"""Sentence gates (claims.extractors.registry.SENTENCE_GATES): the pipeline calls a
recognizer only on sentences its gate lets through, so a gate must never turn away a
sentence the recognizer finds something in. Checked on every sentence of the seeds and of
generated retellings (benchmarks/gen_corpus.py: figures and dates perturbed, scripts
mixed), under several contexts, and on random mixes of numerals, units and date words.
find_dates answers at once on a text DATES_GATE turns away: the same as its scan. Where
DATED does not match, a sentence's mentions do not depend on the context's dates (the
sentence cache keys them without)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extractors.base import ExtractContext
from claims.extractors.numbers import QuantityExtractor
from claims.extractors.registry import (
    DATE_READERS,
    DATED,
    DEFAULT_EXTRACTORS,
    SENTENCE_GATES,
    TEXT_READERS,
    TURN_READERS,
    dated,
)
from claims.pipeline import MIN_SCORE, VALUE_TYPES, sentence_mentions
from claims.sources.load import load
from claims.text.segment import Role, segment
from claims.values.date_resolution import Prefer, UnitReading
from claims.values.dates import DATES_GATE, _find_dates, find_dates

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
GENERATED = 12  # the five seeds and seven retellings


def _contexts(role: Role) -> list[ExtractContext]:
    """What a sentence's recognizers may know: nothing, every reference date, and each
    turn role (the utterance gate reads the role)."""
    day = date(2025, 12, 3)
    full = {"published": day, "anchor": date(2025, 11, 20), "last_day": date(2025, 11, 28)}
    return [
        ExtractContext(role=role.value),
        ExtractContext(**full, speaker="张三", role=role.value),
        ExtractContext(**full, speaker="张三", role="answer"),
        ExtractContext(year_hint=day, role="question"),
    ]


@pytest.fixture(scope="module")
def sentences() -> list[tuple[str, Role]]:
    docs = [load(p) for p in sorted(SEEDS.glob("*.txt"))] + gen_corpus.documents(GENERATED)
    return [(s.text, s.role) for d in docs for s in segment(d).sentences]


def _turned_away(gate, text: str, ctx: ExtractContext) -> bool:
    return (gate.text is not None and gate.text.search(text) is None) or (
        gate.roles is not None and ctx.role not in gate.roles
    )


def test_every_sentence_recognizer_has_its_gate_entry():
    assert [g.extractor for g in SENTENCE_GATES] == list(DEFAULT_EXTRACTORS)


def test_no_gate_turns_away_a_sentence_its_recognizer_finds_something_in(sentences):
    assert len(sentences) > 3000
    turned_away = {g.extractor.name: 0 for g in SENTENCE_GATES}
    for text, role in sentences:
        for ctx in _contexts(role):
            for gate in SENTENCE_GATES:
                if _turned_away(gate, text, ctx):
                    turned_away[gate.extractor.name] += 1
                    assert list(gate.extractor.find(text, ctx)) == [], (gate.extractor.name, text, ctx)
    # The gates do turn sentences away (else they would cost without saving anything).
    assert all(n > 0 for n in turned_away.values()), turned_away


def test_find_dates_answers_nothing_at_once_where_the_scan_finds_nothing(sentences):
    away = [text for text, _ in sentences if DATES_GATE.search(text) is None]
    assert len(away) > 100
    refs = (date(2025, 12, 3), date(2025, 11, 20), date(2025, 11, 28))
    for text in away:
        assert find_dates(text, refs[0], anchor=refs[1], last_day=refs[2]) == []
        # The scan itself (uncached), with every reference it could read:
        full = _find_dates.__wrapped__(text, refs[0], Prefer.nearest, UnitReading.rolling, *refs[1:], refs[0])
        assert full == (), text


_PIECES = list("0123456789一二两三十百千万亿半第前后岁快楼年月日号天周时点分%:：无未")
_PIECES += ["当天", "次日", "当晚", "凌晨", "下午", "没有", "CEO", "创始人", "个", "人", "元", "美元", "，", "。", "的"]
_PIECES += ["人员", "死亡", "遇难", ",", "成", "%"] + list("我们公司今昨明去这说他在了是有和")


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_no_gate_turns_away_a_random_mix_a_recognizer_reads(pieces):
    text = "".join(pieces)
    for ctx in _contexts(Role.narrative):
        for gate in SENTENCE_GATES:
            if _turned_away(gate, text, ctx):
                assert list(gate.extractor.find(text, ctx)) == [], (gate.extractor.name, text)


def test_the_gates_keep_their_recognizers_findings_on_shuffled_sentences(sentences):
    """Sentences cut and rejoined (a figure's unit moved away from it, a date word from
    its numeral): wherever a recognizer still finds something, its gate lets it through."""
    rng = random.Random(14)
    texts = [t for t, _ in sentences]
    for _ in range(1500):
        a, b = rng.choice(texts), rng.choice(texts)
        text = a[: rng.randrange(len(a) + 1)] + b[rng.randrange(len(b) + 1) :]
        ctx = _contexts(Role.answer)[1]
        for gate in SENTENCE_GATES:
            if list(gate.extractor.find(text, ctx)):
                assert not _turned_away(gate, text, ctx), (gate.extractor.name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("quantity", "事故未造成人员死亡"),  # a count of zero without a numeral
        ("quantity", "大约有300个项目"),
        ("money", "融资5亿美元"),
        ("percent", "增长了87.5%"),
        ("percent", "超过一半的用户"),
        ("rank", "他从四楼坠落"),
        ("rank", "位列全球第三"),
        ("age", "34,快35了"),
        ("dates", "当晚,他离开了"),  # an anaphoric day without a DATE_HINT character
        ("dates", "凌晨三点多,警方赶到"),  # a time of day alone
        ("dates", "2025年3月5日,发布会召开"),
        ("durations", "他工作了两年"),
        ("role", "OpenAI首席执行官Sam Altman表示"),
    ],
)
def test_each_gate_lets_through_what_its_recognizer_reads(name, text):
    ctx = _contexts(Role.narrative)[1]
    gate = next(g for g in SENTENCE_GATES if g.extractor.name == name)
    assert list(gate.extractor.find(text, ctx)), text  # the recognizer reads it ...
    assert not _turned_away(gate, text, ctx)  # ... and its gate lets it through


def test_only_recognizers_marked_reads_dates_find_otherwise_without_the_dates(sentences):
    """Each sentence read with every reference date and with none (same speaker and role):
    a recognizer whose findings differ is marked `reads_dates`, and DATED holds the sentence."""
    differed = set()
    for text, role in sentences:
        full = _contexts(role)[1]
        bare = ExtractContext(speaker=full.speaker, role=full.role)
        for gate in SENTENCE_GATES:
            if list(gate.extractor.find(text, full)) != list(gate.extractor.find(text, bare)):
                differed.add(gate.extractor.name)
                assert getattr(gate.extractor, "reads_dates", False), (gate.extractor.name, text)
                assert DATED.search(text), text
    assert differed == {"dates", "age"}  # both recognizers that read dates do, on these texts


def test_a_sentence_without_dated_findings_is_read_alike_with_or_without_dates(sentences):
    undated = [(t, r) for t, r in sentences if DATED.search(t) is None]
    assert 500 < len(undated) < len(sentences)
    for text, role in undated:
        for ctx in _contexts(role):
            bare = ExtractContext(speaker=ctx.speaker, role=ctx.role)
            assert sentence_mentions.__wrapped__(text, ctx) == sentence_mentions.__wrapped__(text, bare), text


def test_what_dated_turns_away_the_recognizers_that_read_dates_read_alike_under_any_dates(sentences):
    """`dated` narrows DATED (the date recognizer's scan holds no date and no time of day):
    on a sentence it turns away, every recognizer marked reads_dates finds the same with
    every reference date and with none, so the pipeline keys its mentions without them."""
    turned = [(t, r) for t, r in sentences if DATED.search(t) and not dated(t)]
    assert len(turned) > 300  # most sentences with a digit hold no date (第3季, 500人)
    assert all(DATED.search(t) for t, _ in sentences if dated(t))  # narrower, never wider
    for text, role in turned:
        for ctx in _contexts(role):
            # the whole scan, not find_dates's shortcut on it: nothing under these references
            refs = (ctx.published, Prefer.nearest, UnitReading.rolling, ctx.anchor, ctx.last_day, ctx.year_hint)
            assert _find_dates.__wrapped__(text, *refs) == (), text
            bare = ExtractContext(speaker=ctx.speaker, role=ctx.role)
            for i in DATE_READERS:
                extractor = SENTENCE_GATES[i].extractor
                assert list(extractor.find(text, ctx)) == list(extractor.find(text, bare)), (extractor.name, text)


def test_a_recognizer_told_a_minimum_score_drops_only_mentions_below_it(sentences):
    """The pipeline tells recognizers the score it keeps (ExtractContext.min_score): they may
    skip building a mention below it, and nothing else changes."""
    skipped = 0
    for text, role in sentences:
        full = _contexts(role)[1]
        told = replace(full, min_score=MIN_SCORE)
        for gate in SENTENCE_GATES:
            every = list(gate.extractor.find(text, full))
            kept = list(gate.extractor.find(text, told))
            assert [m for m in kept if m.score >= MIN_SCORE] == [m for m in every if m.score >= MIN_SCORE], text
            skipped += len(every) - len(kept)
    assert skipped > 100  # counted articles (一家公司) are not built


def test_text_readers_find_the_same_whatever_the_context_holds(sentences):
    """The recognizers the pipeline asks once per sentence text (TEXT_READERS) read
    nothing of the context but the minimum score: each finds the same under every context."""
    assert TEXT_READERS and DATE_READERS and TURN_READERS
    found = 0
    for text, role in sentences[::2]:
        for i in TEXT_READERS:
            extractor = SENTENCE_GATES[i].extractor
            alone = list(extractor.find(text, ExtractContext(min_score=MIN_SCORE)))
            found += len(alone)
            for ctx in _contexts(role):
                assert list(extractor.find(text, replace(ctx, min_score=MIN_SCORE))) == alone, (extractor.name, text)
    assert found > 300


def _unsplit(text: str, ctx: ExtractContext) -> tuple[list, list]:
    """Every recognizer asked in turn with the whole context (the pipeline before its
    per-group caches): values and layers, in the recognizers' order."""
    values, layers = [], []
    for extractor, gate, roles in SENTENCE_GATES:
        if (gate is not None and gate.search(text) is None) or (roles is not None and ctx.role not in roles):
            continue
        for m in extractor.find(text, ctx):
            if m.score >= MIN_SCORE:
                (values if type(m.value) in VALUE_TYPES else layers).append(m)
    return values, layers


def test_a_sentences_mentions_are_what_every_recognizer_asked_in_turn_finds(sentences):
    for text, role in sentences[::2]:
        for ctx in _contexts(role):
            ctx = replace(ctx, min_score=MIN_SCORE)
            values, layers = _unsplit(text, ctx)
            told, _, _ = sentence_mentions.__wrapped__(text, ctx)
            assert list(told[len(told) - len(layers) :]) == layers, text
            assert set(told[: len(told) - len(layers)]) <= set(values), text
            if not values:
                assert len(told) == len(layers)


_COUNT_PIECES = [
    *_PIECES,
    "多",
    "余",
    "几",
    "数",
    "k",
    "M",
    " ",
    "1.5",
    "2,000",
    "名",
    "家",
    "倍",
    "km",
    "金",
    "面",
    "具",
]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_COUNT_PIECES), min_size=1, max_size=14))
def test_every_counted_match_holds_a_numeral_before_a_counter_in_random_mixes(pieces):
    text = "".join(pieces)
    if QuantityExtractor.COUNTED.search(text):
        assert QuantityExtractor.COUNTED_HINT.search(text), text


def test_every_counted_match_holds_a_numeral_before_a_counter(sentences):
    """QuantityExtractor skips COUNTED on a sentence without COUNTED_HINT: no match is lost."""
    counted = skipped = 0
    for text, _ in sentences:
        for m in QuantityExtractor.COUNTED.finditer(text):
            counted += 1
            assert QuantityExtractor.COUNTED_HINT.match(text, m.end("num") - 1), text  # the numeral's end
        skipped += QuantityExtractor.COUNTED_HINT.search(text) is None
    assert counted > 1000 and skipped > 1000  # it matches, and the check turns sentences away


@pytest.mark.parametrize(
    "text", ["有十多人受伤", "3000余家企业", "40k人在线", "两百多个项目", "数千名员工", "1.5万 人", "7 万5 千人"]
)
def test_each_way_a_numeral_ends_is_in_the_counted_hint(text):
    m = QuantityExtractor.COUNTED.search(text)
    assert m is not None, text
    assert QuantityExtractor.COUNTED_HINT.match(text, m.end("num") - 1), text
