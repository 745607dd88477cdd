"""The extraction cache on a 200-article corpus (benchmarks/match.py's generator, written to
files): a cold run, a warm re-run with nothing changed, and a warm re-run with one source
changed, next to the same run without the cache. Times are for `compare()` (extraction +
matching) in this process; the matcher always re-runs, only extraction is cached.

    python benchmarks/cache.py [--articles 200]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from match import documents  # noqa: E402

from reports.cache import ExtractionCache  # noqa: E402
from reports.contract import dumps  # noqa: E402
from reports.pipeline import compare, extract_paths  # noqa: E402


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claimdiff-cache-bench-"))
    try:
        src = work / "src"
        src.mkdir()
        for i, d in enumerate(documents(args.articles)):
            (src / f"a{i:04d}.txt").write_text(d.raw, encoding="utf-8")
        size = sum(p.stat().st_size for p in src.iterdir())
        key = b"bench" * 8
        folder = work / "cache"

        base, t_none = timed(lambda: compare([src], jobs=args.jobs))
        _, t_extract_none = timed(lambda: extract_paths([src], jobs=args.jobs))
        cold_cache = ExtractionCache(folder, key)
        cold, t_cold = timed(lambda: compare([src], jobs=args.jobs, cache=cold_cache))
        warm_cache = ExtractionCache(folder, key)
        warm, t_warm = timed(lambda: compare([src], jobs=args.jobs, cache=warm_cache))
        _, t_extract_warm = timed(lambda: extract_paths([src], cache=ExtractionCache(folder, key)))

        one = src / "a0007.txt"
        one.write_text(one.read_text(encoding="utf-8").replace("3", "4", 1), encoding="utf-8")
        changed_cache = ExtractionCache(folder, key)
        changed, t_changed = timed(lambda: compare([src], jobs=args.jobs, cache=changed_cache))
        fresh = compare([src], jobs=args.jobs)
        assert dumps(cold.document) == dumps(base.document) == dumps(warm.document)
        assert dumps(changed.document) == dumps(fresh.document)
        on_disk = sum(p.stat().st_size for p in folder.rglob("*.pickle"))

        print(f"{args.articles} articles, {size / 1e6:.1f} MB, jobs={args.jobs}; cache {on_disk / 1e6:.1f} MB on disk")
        print(f"  no cache                  {t_none:6.2f} s   (extraction alone {t_extract_none:6.2f} s)")
        print(f"  cold cache (fills it)     {t_cold:6.2f} s   misses {cold_cache.misses}")
        print(f"  warm, nothing changed     {t_warm:6.2f} s   hits {warm_cache.hits} (extraction alone {t_extract_warm:5.2f} s)")
        print(
            f"  warm, one source changed  {t_changed:6.2f} s   hits {changed_cache.hits}, misses {changed_cache.misses}"
        )
        print("  documents identical with and without the cache: yes")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
