"""benchmarks/match_stages.py: the matcher's stages timed in _match's order; its cache of
extractions gives back what was extracted, and with one process every stage runs alone."""

from __future__ import annotations

import re
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import match_stages


def _counts(text: str) -> list[str]:
    """The stage lines' counts (claims, blocks, quotes, findings), times left out."""
    return re.findall(r"\(([\d,]+) \w+\)", text)


def test_the_cache_gives_back_the_extractions_and_one_process_runs_all_alone(tmp_path, capsys):
    cache = tmp_path / "ex.pkl"
    fresh = match_stages.extractions(4, 1, cache)
    assert cache.exists()
    cached = match_stages.extractions(4, 1, cache)
    assert [e.claims for e in cached] == [e.claims for e in fresh]

    match_stages.run(fresh, 1)
    first = capsys.readouterr().out
    match_stages.run(cached, 1)
    second = capsys.readouterr().out
    assert _counts(first) == _counts(second)
    assert int(_counts(first)[0].replace(",", "")) == sum(len(e.claims) for e in fresh)
    alone, total = re.search(r"driver alone \(other cores idle\): ([\d.]+) CPU-s of ([\d.]+)", first).groups()
    assert float(total) > 0 and abs(float(alone) - float(total)) < 0.02  # no worker: nothing overlaps
