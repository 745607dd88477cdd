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
from matcher.candidates import _rarity, _rounded, block_key, candidate_pairs, local_window, value_key
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
