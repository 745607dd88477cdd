"""Quality floors on the seeds, scored by the gold scorer (a copy of the shared tool in
benchmarks/score_gold.py). Thresholds, not copies of current output."""

from __future__ import annotations

import json
import subprocess
import sys

from reports.contract import dumps

from conftest import GOLD, ROOT, SEEDS

SCORER = ROOT / "benchmarks" / "score_gold.py"


def score(seeds_run, tmp_path) -> dict:
    out = tmp_path / "findings.json"
    out.write_text(dumps(seeds_run.document), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(out), str(GOLD), "--sources", str(SEEDS), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def test_gold_floor(seeds_run, tmp_path):
    report = score(seeds_run, tmp_path)
    summary = report["summary"]
    missed = [f["id"] for f in report["facts"] if f["got"] != f["relation"]]
    assert summary["bad_offsets"] == 0
    assert summary["facts_hit"] >= 15, f"missed: {missed}"
    assert summary["must_not_link_violated"] == 0, report["must_not_link"]
    assert summary["unsupported_quotes_hit"] == summary["unsupported_quotes"]


def test_contradictions_are_few_and_explained(seeds_run):
    findings = seeds_run.document.findings
    contradictions = [f for f in findings if f.relation.value == "contradict"]
    # A reviewer's queue, not a dump: most links are agreements.
    assert len(contradictions) <= max(5, len(findings) // 10)
    claims = {c.id: c for c in seeds_run.document.claims}
    for f in findings:
        assert 0 <= f.score <= 1
        assert f.explanation and f.explanation.endswith(".")
        assert all(cid in claims for cid in f.claims)
        assert len(set(f.claims)) == len(f.claims) >= 2
