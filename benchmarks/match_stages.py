"""The matcher's stages one by one, as `claimdiff compare --jobs N` runs them: which run
alone in the driver while the other cores wait, and which overlap the blocks' workers.

    python benchmarks/match_stages.py [--articles 1000] [--jobs 2] [--cache FILE]

Extracts a generated corpus (benchmarks/gen_corpus.py) as the CLI does
(reports.pipeline.extract_paths, collector off), or reads the extractions pickled in
--cache by an earlier run (extracting 1,000 articles takes a minute or two; the pickle is
~320 MB), then runs the stages of matcher.match._match in its order (kept in step with it
by hand), printing each stage's wall and CPU seconds in the driver. "alone": nothing else
runs (the workers have not started, or are done); "with blocks": the blocks' workers
(matcher.parallel) run meanwhile. The workers' CPU is printed once they are done.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import resource
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import write

from claims.model import Kind
from claims.pipeline import Extraction
from matcher import match as m
from matcher.blocks import partition
from matcher.candidates import context_index
from matcher.parallel import in_processes
from reports.pipeline import extract_paths


def extractions(n: int, jobs: int, cache: Path | None) -> list[Extraction]:
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        write(n, Path(tmp))
        got, _, _ = extract_paths([Path(tmp)], jobs=jobs)
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(got, f, protocol=pickle.HIGHEST_PROTOCOL)
    return got


class Clock:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        self.alone = 0.0

    def lap(self, stage: str, alone: bool) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        print(f"  {stage:<48} {wall - self.wall:7.2f} s  CPU {cpu - self.cpu:6.2f} s  {'alone' if alone else ''}")
        self.alone += (cpu - self.cpu) if alone else 0.0
        self.wall, self.cpu = wall, cpu


def run(ex: list[Extraction], jobs: int) -> None:
    start, cpu0, kids0 = time.perf_counter(), time.process_time(), _children_cpu()
    clock = Clock()
    sources = {e.source.id: e.source for e in ex}
    aliases = m.AliasTable.build((e.source.id, x) for e in ex for x in e.entities)
    canonical = lru_cache(maxsize=None)(aliases.canonical)
    claims = [m.with_canonical_names(c, canonical) for e in ex for c in e.claims]
    clock.lap(f"alias table, canonical names ({len(claims):,} claims)", True)
    blocks = partition([c for c in claims if c.kind is not Kind.quote and not c.garbled])
    clock.lap(f"partition ({len(blocks)} blocks)", True)
    index = context_index([c for b in blocks for c in b.claims])
    clock.lap("TF-IDF index (with sklearn's import)", True)
    started = in_processes(jobs)(blocks, sources, index)
    clock.lap("blocks handed to the workers (--jobs 1: matched)", True)
    quotes = [c for c in claims if c.kind is Kind.quote and not c.garbled]
    groups, minted, _ = m.quote_findings(quotes, m.passages_of(ex))
    by_id = {c.id: c for c in [*claims, *minted]}
    m.group_quote_findings(groups, by_id)
    clock.lap(f"quote support ({len(quotes):,} quotes)", jobs < 2)
    per_block = started() if callable(started) else started
    clock.lap("the blocks no worker started", jobs < 2)
    findings, _ = m.named_findings(per_block, sources)
    sorted(by_id.values(), key=m._claim_order)
    clock.lap(f"facts named, findings ({len(findings):,})", True)
    workers = _children_cpu() - kids0
    total = time.process_time() - cpu0
    print(f"  matcher: {time.perf_counter() - start:.2f} s wall, driver CPU {total:.2f} s, workers CPU {workers:.2f} s")
    print(f"  driver alone (other cores idle): {clock.alone:.2f} CPU-s of {total + workers:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  driver peak RSS {peak:,.0f} MB (jobs {jobs})")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2, help="processes, as claimdiff compare --jobs")
    ap.add_argument("--cache", type=Path, help="pickled extractions: read if present, else written")
    args = ap.parse_args()
    gc.disable()  # as reports.cli._run while it extracts and matches
    ex = extractions(args.articles, args.jobs, args.cache)
    print(f"articles {len(ex):,}, jobs {args.jobs}")
    run(ex, args.jobs)


if __name__ == "__main__":
    main()
