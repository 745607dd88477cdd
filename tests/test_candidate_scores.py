"""Candidate scores computed in bulk (matcher.candidates: each distinct score rounded once,
rarity compared as numbered figures) equal the scores computed pair by pair, and a
value's description remembered equals the one written afresh. On a generated corpus of
reprints (benchmarks/gen_corpus.py): many pairs share their scores and figures."""

from __future__ import annotations

import sys

import pytest
from rapidfuzz import fuzz

from claims.model import Kind
from matcher.blocks import partition
from matcher.candidates import (
    FRAME_PARTNERS,
    FRAME_PER_SOURCE,
    _context_dots,
    _rarity,
    _rounded,
    _rows,
    block_key,
    candidate_pairs,
    context_index,
    frame_keys,
    local_window,
    row_dots,
    same_frame_pairs,
    value_key,
)
from matcher.compare import _describe_interval, describe
from reports.pipeline import extract_paths

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    out = tmp_path_factory.mktemp("reprints")
    gen_corpus.write(8, out)
    extractions, _, _ = extract_paths([out])
    claims = [c for e in extractions for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    return [b for b in partition(claims) if len(b.claims) > 1]


def _rarity_of(claims, i, j):
    """The rarity of one pair, as its definition reads: 1/n for one figure, n the more
    times either source states it; 0.0 for two figures."""
    key = (repr(block_key(claims[i])), value_key(claims[i]))
    if key[1] is None or key != (repr(block_key(claims[j])), value_key(claims[j])):
        return 0.0

    def times(c):
        return sum(1 for x in claims if x.source == c.source and (repr(block_key(x)), value_key(x)) == key)

    return round(1.0 / max(times(claims[i]), times(claims[j])), 4)


def test_bulk_scores_equal_the_scores_of_each_pair(blocks):
    checked = shared = 0
    for block in blocks:
        claims = block.claims
        cands = candidate_pairs(claims)
        rarities = _rarity(claims)([(c.a, c.b) for c in cands])
        for cand, rarity in zip(cands, rarities, strict=True):
            a, b = claims[cand.a], claims[cand.b]
            wa, wb = (local_window(c.context or c.text) for c in (a, b))
            assert cand.local == round(fuzz.ratio(wa, wb) / 100, 4)
            assert cand.rarity == rarity == _rarity_of(claims, cand.a, cand.b)
            shared += cand.rarity > 0
            checked += 1
    assert checked > 1000 and shared > 100  # reprints: many pairs state one figure


def test_rounded_rounds_each_value_as_round_does():
    values = [0.123456, 0.123456, 1 / 3, 0.5, 0.00004999, 97.0, 33.333333]
    assert _rounded(values) == [round(v, 4) for v in values]
    assert _rounded(values, 100) == [round(v / 100, 4) for v in values]


def test_a_remembered_description_is_the_one_written_afresh(blocks):
    figures = [c for b in blocks for c in b.claims if c.kind in (Kind.quantity, Kind.money, Kind.duration)]
    assert len({c.value for c in figures}) < len(figures)  # values repeat across reprints
    for c in figures:
        assert describe(c) == _describe_interval.__wrapped__(c.value)


def _same_frame_one_by_one(claims, idx):
    """Same-frame partners claim by claim: for each, the first FRAME_PER_SOURCE claims of
    every other source naming its key, FRAME_PARTNERS in all."""
    out = set()
    for key in sorted({k for i in idx for k in frame_keys(claims[i])}):
        group = [i for i in idx for k in frame_keys(claims[i]) if k == key]
        ordered = sorted(group, key=lambda i: (claims[i].source, claims[i].start))
        sources = list(dict.fromkeys(claims[j].source for j in ordered))
        for i in group:
            taken = []
            for src in sources:
                if src != claims[i].source and len(taken) < FRAME_PARTNERS:
                    mine = [j for j in ordered if claims[j].source == src][:FRAME_PER_SOURCE]
                    taken += mine[: FRAME_PARTNERS - len(taken)]
            out.update((min(i, j), max(i, j)) for j in taken)
    return sorted(out)


def test_same_frame_partners_are_each_claims_own(blocks):
    found = 0
    for block in blocks:
        idx = list(range(len(block.claims)))
        got = same_frame_pairs(block.claims, idx)
        assert got == _same_frame_one_by_one(block.claims, idx)
        found += len(got)
    assert found > 100


def test_context_dots_asked_once_per_pair_of_contexts_equal_each_pairs_dot(blocks):
    claims = [c for b in blocks for c in b.claims]
    X, which = _rows(context_index(claims), [c.context or c.text for c in claims])
    pairs = [(i, j) for i in range(0, len(claims), 7) for j in range(i + 1, len(claims), 5)]
    assert len({(which[i], which[j]) for i, j in pairs}) < len(pairs)  # contexts repeat
    assert _context_dots(X, which, pairs) == row_dots(X, pairs)
    assert _context_dots(X, which, []) == []
