"""`--engine dask`: the same bytes as the local engine, on a LocalCluster bound to 127.0.0.1.

One two-worker cluster for the module (starting one costs a few seconds); the CLI reaches
it through --scheduler, so the option is exercised without a second cluster."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from reports.cli import app  # noqa: E402
from reports.contract import dumps  # noqa: E402
from reports.dask_engine import DaskEngine, expand  # noqa: E402
from reports.pipeline import compare  # noqa: E402

from conftest import ROOT, SEEDS  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus  # noqa: E402

GENERATED = 8  # the five seeds and three retellings: borrowed paragraphs, nudged figures, mixed scripts


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as c:
        yield c


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster) as cl:
        yield cl


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    gen_corpus.write(GENERATED, out)
    return out


def test_cluster_listens_on_loopback_only(cluster):
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    workers = cluster.scheduler_info["workers"]
    assert len(workers) == 2 and all(addr.startswith("tcp://127.0.0.1:") for addr in workers)


def test_seeds_byte_identical_to_local(client, seeds_run):
    doc = compare([SEEDS], engine=DaskEngine(client)).document
    assert dumps(doc) == dumps(seeds_run.document)


def test_generated_corpus_byte_identical_to_local(client, corpus):
    local = compare([corpus], jobs=1).document
    dask = compare([corpus], engine=DaskEngine(client, partition=2)).document
    assert len(dask.sources) == GENERATED and dask.findings
    assert dumps(dask) == dumps(local)


def test_cli_on_a_scheduler_with_a_glob(cluster, corpus, tmp_path):
    """--engine dask --scheduler ADDRESS, sources as a glob; a bad file is skipped as locally."""
    (corpus / "zz_broken.txt").write_bytes(b"")  # empty: nothing to read
    try:
        runner = CliRunner()
        files = [str(corpus / f"a0000{i}.txt") for i in range(5)] + [str(corpus / "zz_broken.txt")]
        local = runner.invoke(app, ["compare", *files, "-o", str(tmp_path / "local.json")], catch_exceptions=False)
        globs = [str(corpus / "a0000[0-4].txt"), str(corpus / "zz_*.txt")]
        remote = runner.invoke(
            app,
            ["compare", *globs, "-o", str(tmp_path / "dask.json"), "--engine", "dask"]
            + ["--scheduler", cluster.scheduler_address],
            catch_exceptions=False,
        )
    finally:
        (corpus / "zz_broken.txt").unlink()
    assert remote.exit_code == 0, remote.output
    assert (tmp_path / "dask.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert len(json.loads((tmp_path / "dask.json").read_text())["sources"]) == 5
    assert "skipped" in remote.stderr and "zz_broken.txt" in remote.stderr
    assert remote.stderr.count("skipped") == local.stderr.count("skipped") == 1


def test_expand_globs_sorted_and_reports_unmatched(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text("正文", encoding="utf-8")
    paths, unmatched = expand([str(tmp_path / "*.txt"), f"file://{tmp_path}/*.md", str(tmp_path / "*.html")])
    assert [p.name for p in paths] == ["a.txt", "b.txt", "c.md"]
    assert unmatched == [str(tmp_path / "*.html")]


def test_remote_protocols_are_refused_in_one_line():
    result = CliRunner().invoke(app, ["compare", "s3://bucket/*.txt", "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "claimdiff: error: s3://bucket/*.txt: only local sources so far (fsspec protocol 's3')"
    ]


def test_scheduler_without_dask_engine_is_a_usage_error():
    result = CliRunner().invoke(app, ["compare", str(SEEDS), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr


def test_a_block_task_sends_its_facts_back_as_places_in_the_block(client, corpus):
    """A block's facts come back from the cluster packed (matcher.blocks.pack) and unpack
    to this process's own claims: the facts matching here gives, no second copy of a claim."""
    from claims.model import Kind
    from matcher.blocks import match_block, partition, unpack
    from reports.dask_engine import _match_block
    from reports.pipeline import extract_paths

    extractions = extract_paths([corpus])[0]
    sources = {e.source.id: e.source for e in extractions}
    claims = [c for e in extractions for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    block = max(partition(claims), key=lambda b: len(b.claims))
    [shared] = client.scatter([(sources, None)], broadcast=True, hash=False)
    packed = client.submit(_match_block, block, shared=shared, pure=False).result()
    assert packed and all(type(n) is int for f in packed for n in f[3])
    back, here = unpack(block, packed), match_block(block, sources)
    mine = {id(c) for c in claims}
    assert all(id(c) in mine for f in back for c in f.members)
    assert [[c.id for c in f.members] for f in back] == [[c.id for c in f.members] for f in here]
    assert [[(a.id, b.id, v) for a, b, v in f.links] for f in back] == [
        [(a.id, b.id, v) for a, b, v in f.links] for f in here
    ]
