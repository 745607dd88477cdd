"""The extraction cache on a 200-article corpus (benchmarks/gen_corpus.py, written to
files): extraction without the cache, filling it (cold), reading it back (warm), and a warm
re-run after one source changed; then the same for a whole `compare()` (extraction +
matching: the matcher always re-runs, only extraction is cached). `--extract-only` skips
the whole runs (the matcher takes minutes on 200 articles).

    python benchmarks/cache.py [--articles 200] [--extract-only]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import documents

from reports.cache import ExtractionCache
from reports.contract import dumps
from reports.pipeline import compare, extract_paths

KEY = b"bench" * 8


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def change_one(src: Path) -> None:
    one = src / "a0007.txt"
    one.write_text(one.read_text(encoding="utf-8").replace("3", "4", 1), encoding="utf-8")


def extraction(src: Path, folder: Path, jobs: int) -> None:
    (plain, _, _), t_plain = timed(lambda: extract_paths([src], jobs=jobs))
    cold = ExtractionCache(folder, KEY)
    _, t_cold = timed(lambda: extract_paths([src], jobs=jobs, cache=cold))
    warm = ExtractionCache(folder, KEY)
    (back, _, _), t_warm = timed(lambda: extract_paths([src], jobs=jobs, cache=warm))
    assert [e.claims for e in back] == [e.claims for e in plain]
    change_one(src)
    one = ExtractionCache(folder, KEY)
    _, t_one = timed(lambda: extract_paths([src], jobs=jobs, cache=one))
    print("extraction only (extract_paths)")
    print(f"  no cache                  {t_plain:7.2f} s")
    print(f"  cold cache (fills it)     {t_cold:7.2f} s   misses {cold.misses}")
    print(f"  warm, nothing changed     {t_warm:7.2f} s   hits {warm.hits}")
    print(f"  warm, one source changed  {t_one:7.2f} s   hits {one.hits}, misses {one.misses}")


def whole(src: Path, folder: Path, jobs: int) -> None:
    base, t_none = timed(lambda: compare([src], jobs=jobs))
    cold_cache = ExtractionCache(folder, KEY)
    cold, t_cold = timed(lambda: compare([src], jobs=jobs, cache=cold_cache))
    change_one(src)
    one_cache = ExtractionCache(folder, KEY)
    changed, t_one = timed(lambda: compare([src], jobs=jobs, cache=one_cache))
    assert dumps(cold.document) == dumps(base.document)
    assert dumps(changed.document) == dumps(compare([src], jobs=jobs).document)
    print("whole compare() (extraction + matching)")
    print(f"  no cache                  {t_none:7.2f} s")
    print(f"  cold cache (fills it)     {t_cold:7.2f} s")
    print(f"  warm, one source changed  {t_one:7.2f} s   hits {one_cache.hits}, misses {one_cache.misses}")
    print("  documents identical with and without the cache: yes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--extract-only", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claimdiff-cache-bench-"))
    try:
        src = work / "src"
        src.mkdir()
        for i, d in enumerate(documents(args.articles)):
            (src / f"a{i:04d}.txt").write_text(d.raw, encoding="utf-8")
        size = sum(p.stat().st_size for p in src.iterdir())
        extraction(src, work / "cache-x", args.jobs)
        on_disk = sum(p.stat().st_size for p in (work / "cache-x").rglob("*.pickle"))
        print(f"{args.articles} articles, {size / 1e6:.1f} MB, jobs={args.jobs}; cache {on_disk / 1e6:.1f} MB on disk")
        if not args.extract_only:
            whole(src, work / "cache-w", args.jobs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
