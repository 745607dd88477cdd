"""Partitioned matching (matcher.blocks): blocks are independent, so running them in
any order, each on a copy as a worker would get it, gives the local matcher's result;
an oversized block is cut into chunks of at most the bound, copies staying with their
representative. Seeds from fixtures/, other texts written for these tests."""

from __future__ import annotations

import pickle
from pathlib import Path

from claims.model import Kind
from matcher.blocks import Block, match_block, partition
from matcher.match import match
from reports.pipeline import extract_paths

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _as_a_worker_would(blocks, sources, index):
    """Each block pickled and matched on its own, last block first."""
    out = {}
    for i in reversed(range(len(blocks))):
        block = pickle.loads(pickle.dumps(blocks[i]))
        out[i] = pickle.loads(pickle.dumps(match_block(block, pickle.loads(pickle.dumps(sources)), index)))
    return [out[i] for i in range(len(blocks))]


def test_blocks_run_apart_and_out_of_order_give_the_local_result():
    extractions, _, _ = extract_paths([SEEDS])
    local = match(extractions)
    apart = match(extractions, run_blocks=_as_a_worker_would)
    assert [f.model_dump() for f in apart.findings] == [f.model_dump() for f in local.findings]
    assert [f.model_dump() for f in apart.facts] == [f.model_dump() for f in local.facts]
    assert len(partition([c for e in extractions for c in e.claims if c.kind is not Kind.quote])) > 5


def test_an_oversized_block_is_cut_within_the_bound_and_keeps_copies_together(tmp_path):
    lines = [f"据统计，第{i}批共有{i * 7 + 3}人参加了培训。" for i in range(1, 13)]
    lines += ["据统计，这次事故造成12人死亡。"] * 4  # one mention, four times
    (tmp_path / "a.md").write_text("---\npublished: 2025-03-01\n---\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    extractions, _, _ = extract_paths([tmp_path])
    claims = [c for e in extractions for c in e.claims if c.kind is Kind.quantity]
    whole = partition(claims)
    cut = partition(claims, max_claims=3)
    assert len(cut) > len(whole)
    assert all(len(b.claims) <= 3 for b in cut)
    held = [c.id for b in cut for c in b.claims] + [x.id for b in cut for g in b.copies.values() for x in g[1:]]
    assert sorted(held) == sorted(c.id for c in claims)  # every mention in exactly one block
    (repeated,) = [b for b in cut if b.copies]
    assert [len(g) for g in repeated.copies.values()] == [4]
    assert isinstance(repeated, Block) and len({b.key for b in cut}) == len(cut)
