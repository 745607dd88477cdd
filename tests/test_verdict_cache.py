"""Verdicts made cheaper without changing them (matcher.verdict): the frame relation is
judged once per distinct frame pair, so its key must hold everything it reads: every
field of both frames, the kind, whether the claims share a source, and whether their
holders are two people. Claims from the seeds, frames edited for each case."""

from __future__ import annotations

from pathlib import Path

import pytest

import matcher.match
from claims.model import Frame, Kind
from matcher import verdict as V
from reports.pipeline import extract_paths

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def quantity():
    extractions, _, _ = extract_paths([SEEDS])
    return next(c for e in extractions for c in e.claims if c.kind is Kind.quantity and c.frame is not None)


def test_every_frame_field_is_part_of_the_key():
    plain = V._frame_fields(Frame())
    changed = {
        "measure": ("deaths",),
        "predicate": ("~>供述",),
        "scope": "new",
        "place": ("贵州",),
        "holder": "王攀",
        "part": True,
        "listed": True,
        "period": "服刑期间",
        "event": ("判决",),
    }
    assert set(changed) == set(Frame.model_fields)  # a new field needs a case here
    for name, value in changed.items():
        assert V._frame_fields(Frame(**{name: value})) != plain, name


def test_one_frame_pair_is_judged_apart_for_one_source_and_for_two(quantity):
    """A part (其中…) against a whole is blocked within one article only: the cache must
    not hand the one-source answer to a two-source pair with the same frames."""
    whole = quantity.model_copy(update={"frame": Frame(measure=("deaths",))})
    part = quantity.model_copy(update={"id": "c-part", "frame": Frame(measure=("deaths",), part=True)})
    elsewhere = part.model_copy(update={"id": "c-elsewhere", "source": quantity.source + "-other"})
    V._FRAME_RELATIONS.clear()
    assert V.frame_relation(whole, part).blocked
    assert not V.frame_relation(whole, elsewhere).blocked
    assert V.frame_relation(whole, part) == V._frame_relation(Kind.quantity, whole.frame, part.frame, True, False)


def test_two_peoples_figures_stay_apart_whatever_was_asked_first(quantity):
    """Holders that conflict part two claims unless one sentence names the other's holder
    (holders_apart reads the sentences): same frames, different answers."""
    a = quantity.model_copy(update={"frame": Frame(measure=("sentence",), holder="刘长海"), "context": "刘长海被判⟨#⟩"})
    b = quantity.model_copy(
        update={
            "id": "c-b",
            "source": "s2",
            "frame": Frame(measure=("sentence",), holder="梁利权"),
            "context": "梁利权获刑⟨#⟩",
        }
    )
    both = b.model_copy(update={"id": "c-both", "context": "刘长海与梁利权获刑⟨#⟩"})
    V._FRAME_RELATIONS.clear()
    assert not V.frame_relation(a, both).blocked
    assert V.frame_relation(a, b).blocked


def test_the_cache_is_bounded(quantity, monkeypatch):
    monkeypatch.setattr(V, "MAX_FRAME_RELATIONS", 2)
    V._FRAME_RELATIONS.clear()
    for i in range(5):
        other = quantity.model_copy(update={"id": f"c-{i}", "frame": Frame(measure=(f"~>词{i}",))})
        V.frame_relation(quantity, other)
    assert len(V._FRAME_RELATIONS) <= 2


def test_a_pair_never_linked_gets_no_verdict_and_is_no_candidate():
    """never_linked drops pairs before scoring (matcher.candidates): every pair of seed
    claims it names must be one `verdict` refuses, whatever the scores; and the
    candidates of a block hold none of them."""
    from matcher.blocks import partition
    from matcher.candidates import Candidate, candidate_pairs
    from matcher.compare import compare_values

    extractions, _, _ = extract_paths([SEEDS])
    sources = {e.source.id: e.source for e in extractions}
    claims = [c for e in extractions for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    sure = Candidate(0, 1, 1.0, 1.0, 1.0)  # the strongest scores a pair can have
    never = 0
    for block in partition(claims):
        cs = block.claims
        for i, a in enumerate(cs):
            for b in cs[i + 1 :]:
                if V.never_linked(a, b):
                    never += 1
                    assert V.verdict(a, b, compare_values(a, b), sure, sources) is None
        assert not any(V.never_linked(cs[c.a], cs[c.b]) for c in candidate_pairs(cs))
    assert never > 100


@pytest.mark.skipif(
    not matcher.match.__file__.endswith(".py"),
    reason="compiled (claims.native, CLAIMDIFF_NATIVE=1), match calls _match directly: no stand-in",
)
def test_matching_pauses_the_collector_and_leaves_it_as_it_was(monkeypatch):
    """The cyclic collector is off while matching (matcher.match._collector_paused) and
    as it was afterwards: on, off, or on again after an error."""
    import gc

    import matcher.match as M

    seen = []
    real = M._match
    monkeypatch.setattr(M, "_match", lambda *a: seen.append(gc.isenabled()) or real(*a))
    gc.enable()
    M.match([])
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        M.match([])
        assert not gc.isenabled()
    finally:
        gc.enable()

    def fails(*a):
        raise RuntimeError("bad input")

    monkeypatch.setattr(M, "_match", fails)
    with pytest.raises(RuntimeError):
        M.match([])
    assert gc.isenabled()
