"""Matching cost: candidate pairs and time, for the seeds and for a corpus of >= 200
articles built from them (benchmarks/gen_corpus.py),
next to the all-pairs baseline (every value claim compared with every other).

    python benchmarks/match.py [--articles 200] [--jobs 2] [--default-gc]

The matcher runs as `claimdiff compare` runs it: with the CLI's garbage-collector
thresholds (reports.cli.CLI_GC_THRESHOLD; claims are long-lived and acyclic), unless
--default-gc (Python's default thresholds: the 200-article matcher takes about half as
long again); --jobs N matches the blocks of figures on N processes (matcher.parallel) as
`claimdiff compare --jobs N` does (default 1: the matcher alone, in this process).
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import documents

from claims.model import Kind
from claims.pipeline import extract_document
from matcher.candidates import candidate_pairs
from matcher.compare import compare_values
from matcher.match import match
from matcher.parallel import in_processes
from reports.cli import CLI_GC_THRESHOLD


def run(n: int, jobs: int = 1) -> None:
    t0 = time.perf_counter()
    extractions = [extract_document(d) for d in documents(n)]
    t_extract = time.perf_counter() - t0
    claims = [c for e in extractions for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    all_pairs = len(claims) * (len(claims) - 1) // 2

    t0 = time.perf_counter()
    cands = candidate_pairs(claims)
    t_cand = time.perf_counter() - t0
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    result = match(extractions, run_blocks=in_processes(jobs))
    t_match = time.perf_counter() - t0
    c_match = time.process_time() - c0 + _children_cpu() - k0  # with the block workers'

    # All-pairs baseline: time compare_values on a sample of all pairs, extrapolate.
    sample = list(combinations(range(min(len(claims), 400)), 2))
    t0 = time.perf_counter()
    for i, j in sample:
        compare_values(claims[i], claims[j])
    per_pair = (time.perf_counter() - t0) / max(1, len(sample))

    print(f"articles {n:>5}  value claims {len(claims):>7,}  extract {t_extract:7.2f} s")
    print(f"  all pairs      {all_pairs:>14,}  (compare only, extrapolated: {all_pairs * per_pair:9.1f} s)")
    print(
        f"  candidates     {len(cands):>14,}  ({len(cands) / max(1, all_pairs):.4%} of all pairs), "
        f"blocking+TF-IDF {t_cand:6.2f} s"
    )
    print(
        f"  whole matcher  {t_match:14.2f} s  (CPU {c_match:.2f} s) -> {len(result.facts):,} facts, "
        f"{len(result.findings):,} findings, {len(result.flags):,} flags (jobs {jobs})"
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=1, help="processes for the blocks of figures")
    ap.add_argument("--default-gc", action="store_true", help="Python's default GC thresholds, not the CLI's")
    args = ap.parse_args()
    if not args.default_gc:
        gc.set_threshold(*CLI_GC_THRESHOLD)
    run(5, args.jobs)
    run(args.articles, args.jobs)


if __name__ == "__main__":
    main()
