"""Partitioned matching (matcher.blocks): blocks are independent, so running them in
any order, each on a copy as a worker would get it, gives the local matcher's result;
an oversized block is cut into chunks of at most the bound, copies staying with their
representative. Seeds from fixtures/, other texts written for these tests."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from claims.model import Kind
from matcher import parallel
from matcher.blocks import Block, match_block, pack, partition, unpack
from matcher.candidates import candidate_pairs
from matcher.compare import compare_values
from matcher.match import match
from matcher.memo import Placeless, Verdicts, told, where
from matcher.parallel import in_processes
from matcher.verdict import verdict
from reports.pipeline import extract_paths

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus

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


GENERATED = 8  # the five seeds and three retellings (benchmarks/gen_corpus.py): reprinted sentences


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated")
    gen_corpus.write(GENERATED, out)
    extractions, _, _ = extract_paths([out])
    return extractions


@pytest.mark.parametrize("fork_max_mb", [float("inf"), 0], ids=["forked", "from the server"])
def test_blocks_on_a_process_pool_give_the_local_result(generated, fork_max_mb):
    local = match(generated)
    pooled = match(generated, run_blocks=in_processes(2, min_claims=0, fork_max_mb=fork_max_mb))
    for field in ("findings", "facts", "flags", "claims"):
        assert [x.model_dump() for x in getattr(pooled, field)] == [x.model_dump() for x in getattr(local, field)]
    assert local.findings and local.facts


def _stop(*_):
    os._exit(1)  # as a worker the system killed (out of memory)


def test_a_worker_that_stops_loses_no_block(generated, monkeypatch, capsys):
    local = match(generated)
    monkeypatch.setattr(parallel, "_share", _stop)  # a forked worker inherits it
    pooled = match(generated, run_blocks=in_processes(2, min_claims=0, fork_max_mb=float("inf")))
    assert [x.model_dump() for x in pooled.findings] == [x.model_dump() for x in local.findings]
    assert local.findings
    said = capsys.readouterr().err
    assert said.count("a worker matching blocks stopped") == 1


def test_a_workers_facts_come_back_through_a_file_removed_once_read(generated, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    real, got = parallel.unspooled, []
    monkeypatch.setattr(parallel, "unspooled", lambda x: got.append(type(x)) or real(x))
    local = match(generated)
    pooled = match(generated, run_blocks=in_processes(2, min_claims=0, fork_max_mb=float("inf")))
    assert [x.model_dump() for x in pooled.findings] == [x.model_dump() for x in local.findings]
    assert got and set(got) == {parallel.Spooled}
    assert not list(tmp_path.iterdir())  # the spool folder and its files are gone


# A worker from the server, started as the matcher begins: what it reads its start-up data with
# (the matcher, scikit-learn for the TF-IDF index) is loaded before it starts.
_SERVED = """
import sys
from concurrent.futures import ProcessPoolExecutor
from matcher import parallel


def loaded(_):
    return [m in sys.modules for m in ("matcher.blocks", "sklearn.feature_extraction.text")]


if __name__ == "__main__":
    parallel.in_processes(2, fork_max_mb=0)
    with ProcessPoolExecutor(1, mp_context=parallel._start(0)) as pool:
        print(pool.submit(loaded, 0).result())
"""


def test_the_server_loads_the_matcher_before_its_workers_start(tmp_path):
    script = tmp_path / "served.py"
    script.write_text(_SERVED)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-400:]
    assert done.stdout.strip() == "[True, True]"


def test_a_result_that_cannot_be_spooled_comes_back_itself(tmp_path):
    result = [1, "二", (3,)]
    assert parallel.spooled(str(tmp_path / "missing"), result) is result
    assert parallel.unspooled(result) is result
    got = parallel.spooled(str(tmp_path), result)
    assert type(got) is parallel.Spooled and Path(got.path).parent == tmp_path
    assert parallel.unspooled(got) == result and not list(tmp_path.iterdir())


def _lost(folder, result):
    return parallel.Spooled(os.path.join(folder, "gone"))  # as a file removed before it was read


def test_a_workers_lost_result_is_matched_here(generated, monkeypatch, capsys):
    local = match(generated)
    monkeypatch.setattr(parallel, "spooled", _lost)  # a forked worker inherits it
    pooled = match(generated, run_blocks=in_processes(2, min_claims=0, fork_max_mb=float("inf")))
    assert [x.model_dump() for x in pooled.findings] == [x.model_dump() for x in local.findings]
    assert capsys.readouterr().err.count("a worker matching blocks stopped") == 1


def test_a_verdict_is_judged_once_per_question_and_reads_as_judged_for_its_pair(generated):
    """Reprinted sentences ask one question many times; each pair still gets the verdict
    `verdict` gives it, its explanation naming its own sources and lines."""
    sources = {e.source.id: e.source for e in generated}
    claims = [c for e in generated for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    pairs = rewritten = 0
    for block in partition(claims):
        judge = Verdicts(sources)
        for cand in candidate_pairs(block.claims):
            a, b = block.claims[cand.a], block.claims[cand.b]
            before = judge.questions
            got = judge(a, b, cand)
            assert got == verdict(a, b, compare_values(a, b), cand, sources)
            pairs += 1
            if got is not None and judge.questions == before and where(a, b) in got.explanation:
                rewritten += 1
    assert rewritten > 0  # a remembered verdict, told for another pair
    assert pairs > 0


def test_a_blocks_remembered_verdicts_are_told_for_their_own_pair(generated):
    """of_block hands a remembered verdict back without its closing place (Placeless);
    told(a, b, v) writes it for the pair, the text `verdict` itself gives that pair."""
    sources = {e.source.id: e.source for e in generated}
    claims = [c for e in generated for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    placeless = 0
    for block in partition(claims):
        cands = candidate_pairs(block.claims)
        got = list(Verdicts(sources).of_block(block.claims, cands))
        direct = [(c, verdict(*p, compare_values(*p), c, sources)) for c in cands for p in [_pair(block, c)]]
        assert len(got) == sum(v is not None for _, v in direct)
        for (a, b, v), (cand, want) in zip(got, [(c, v) for c, v in direct if v is not None], strict=True):
            assert (a, b) == _pair(block, cand)
            assert (v.relation, v.score, v.reason, v.priority) == (
                want.relation,
                want.score,
                want.reason,
                want.priority,
            )
            assert told(a, b, v) == want.explanation
            placeless += isinstance(v, Placeless)
    assert placeless > 0  # some verdicts were remembered answers


def _pair(block, cand):
    return block.claims[cand.a], block.claims[cand.b]


def test_claims_of_one_context_ask_for_neighbours_once_and_get_each_copys_answer(generated, monkeypatch):
    """candidate_pairs asks top_k and the pair dots once per distinct context: the same
    candidates, scores and order as asking for every claim on its own."""
    import matcher.candidates as C

    claims = [c for e in generated for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    blocks = [b.claims for b in partition(claims)]
    blocks += [sorted(b, key=lambda c: (c.context, c.id)) for b in blocks]  # copies side by side too
    shared = [candidate_pairs(b) for b in blocks]
    rows = C._rows
    monkeypatch.setattr(C, "_rows", lambda index, contexts: (rows(index, contexts)[0], list(range(len(contexts)))))
    apart = [candidate_pairs(b) for b in blocks]
    assert shared == apart
    assert sum(map(len, shared)) > 0
    assert any(len({c.context for c in b}) < len(b) for b in blocks)  # copies of a context


def test_a_workers_facts_come_back_packed_as_places_and_unpack_to_this_processs_claims(generated):
    """A worker's facts travel as places in the block (pack) and unpack to the very claim
    objects this process holds: the same facts as matching here, no second copy of a claim."""
    sources = {e.source.id: e.source for e in generated}
    claims = [c for e in generated for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    mine = {id(c) for c in claims}
    for block in partition(claims):
        copy = pickle.loads(pickle.dumps(block))  # the block as a worker gets it
        sent = pickle.loads(pickle.dumps(pack(copy, match_block(copy, sources))))
        back = unpack(block, sent)
        here = match_block(block, sources)
        assert [(f.id, f.kind, f.frame) for f in back] == [(f.id, f.kind, f.frame) for f in here]
        assert [[c.id for c in f.members] for f in back] == [[c.id for c in f.members] for f in here]
        assert [[(a.id, b.id, v) for a, b, v in f.links] for f in back] == [
            [(a.id, b.id, v) for a, b, v in f.links] for f in here
        ]
        assert all(id(c) in mine for f in back for c in f.members)
        assert all(id(a) in mine and id(b) in mine for f in back for a, b, _ in f.links)
