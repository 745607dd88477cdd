"""The local engine against `--engine dask` on a 2-worker LocalCluster, on generated corpora.

    python benchmarks/dask_run.py [--sizes 1000,5000] [--workers 2] [--end-to-end] [--out FILE]

For each size N (benchmarks/gen_corpus.py, written once to build/bench/corpus-N):
  - local: the per-source stages (load, decode, normalise, segment, extract) on a process
    pool of --workers processes (reports.pipeline.LocalEngine);
  - dask: the same stages as a dask.bag map on a LocalCluster of --workers single-threaded
    processes on 127.0.0.1 (reports.dask_engine.DaskEngine), cluster start-up timed apart.
Measured: wall time, peak RSS of each worker process (VmHWM: read in the dask workers,
sampled for the pool's; ru_maxrss would report a spawned worker's parent's peak), tasks run
(the scheduler's task stream), bytes moved (the pickled results the workers send back to
this process; the file contents are read by the workers from the shared disk, not sent),
and this process's peak RSS. Both engines' claims must be identical (checked).

Matching runs in this process for both engines (see reports/dask_engine.py), so it is the
same cost for both; --end-to-end times the whole compare (extraction + matching) for both,
which takes as long as benchmarks/run.py says matching takes at that size.
Writes build/bench/dask_run.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pickle
import resource
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import write
from run import BUILD, SAMPLE, _children, machine

from reports.contract import dumps
from reports.pipeline import LocalEngine, compare, extract_paths

SIZES = (1000, 5000)


def _peak_rss_mb() -> float:
    return _hwm_mb()


def _hwm_mb(pid: int | str = "self") -> float:
    """Peak resident memory of one process (VmHWM: per address space, so a worker spawned by
    a large process does not inherit its parent's peak the way ru_maxrss does)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


class _PoolPeaks:
    """The peak (VmHWM) of each child of this process, sampled while the pool runs."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE):
            for pid in _children().get(os.getpid(), []):
                with contextlib.suppress(OSError):  # a worker that just exited
                    self.peaks[pid] = max(self.peaks.get(pid, 0.0), _hwm_mb(pid))

    def __enter__(self) -> _PoolPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def local_run(corpus: Path, workers: int, end_to_end: bool) -> tuple[dict, list]:
    engine = LocalEngine(workers)
    t0 = time.perf_counter()
    with _PoolPeaks() as pool:
        extractions, skipped, _ = extract_paths([corpus], engine=engine)
    row = {"extract_wall": round(time.perf_counter() - t0, 2)}
    row["worker_peak_rss_mb"] = sorted(pool.peaks.values(), reverse=True)[:workers]
    # The pool's workers are this process's only children so far: their CPU time.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    row["worker_cpu_s"] = round(children.ru_utime + children.ru_stime, 1)
    row["bytes_moved"] = sum(len(pickle.dumps(e, protocol=5)) for e in extractions)
    row["tasks"] = len(extractions)  # the pool's map: one call per source (chunked)
    if end_to_end:
        t0 = time.perf_counter()
        row["json"] = dumps(compare([corpus], engine=engine).document)
        row["compare_wall"] = round(time.perf_counter() - t0, 2)
    row["driver_peak_rss_mb"] = _peak_rss_mb()
    return row, [e.claims for e in extractions] + [str(s) for s in skipped]


def dask_run(corpus: Path, workers: int, end_to_end: bool) -> tuple[dict, list]:
    from reports.dask_engine import dask_session

    t0 = time.perf_counter()
    with dask_session(None, workers) as engine:  # what `--engine dask` starts
        row: dict = {"cluster_start": round(time.perf_counter() - t0, 2)}
        client = engine.client
        with _task_stream(client) as stream:
            t0 = time.perf_counter()
            extractions, skipped, _ = extract_paths([corpus], engine=engine)
            row["extract_wall"] = round(time.perf_counter() - t0, 2)
        row["tasks"] = len(stream.data)
        usage = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF)[:2])  # utime, stime
        row["worker_cpu_s"] = round(sum(u[0] + u[1] for u in usage.values()), 1)
        peaks = client.run(_hwm_mb)
        row["worker_peak_rss_mb"] = [peak for _, peak in sorted(peaks.items())]
        row["bytes_moved"] = sum(len(pickle.dumps(e, protocol=5)) for e in extractions)
        estimates = client.run(lambda dask_worker: dask_worker.transfer_outgoing_bytes_total)
        row["dask_transfer_estimate"] = sum(estimates.values())  # dask's sizeof guess, for comparison
        if end_to_end:
            t0 = time.perf_counter()
            row["json"] = dumps(compare([corpus], engine=engine).document)
            row["compare_wall"] = round(time.perf_counter() - t0, 2)
    row["driver_peak_rss_mb"] = _peak_rss_mb()
    return row, [e.claims for e in extractions] + [str(s) for s in skipped]


def _task_stream(client):
    from distributed import get_task_stream

    return get_task_stream(client)


def one_size(n: int, workers: int, end_to_end: bool) -> dict:
    corpus = BUILD / f"corpus-{n}"
    files = write(n, corpus)
    mb = sum(p.stat().st_size for p in files) / 1e6
    local, local_claims = local_run(corpus, workers, end_to_end)
    dask, dask_claims = dask_run(corpus, workers, end_to_end)
    same = local_claims == dask_claims and local.pop("json", None) == dask.pop("json", None)
    for row in (local, dask):
        row["extract_mb_s"] = round(mb / row["extract_wall"], 2)
    return {"articles": n, "mb": round(mb, 1), "workers": workers, "identical": same, "local": local, "dask": dask}


def table(rows: list[dict]) -> str:
    lines = [
        f"{'articles':>8} {'MB':>6} {'engine':>6} {'start s':>7} {'extract s':>9} {'MB/s':>5} "
        f"{'worker peak MB':>16} {'CPU s':>6} {'tasks':>6} {'moved MB':>8} {'compare s':>9} same"
    ]
    for r in rows:
        for name in ("local", "dask"):
            e = r[name]
            peaks = "/".join(f"{p:.0f}" for p in e["worker_peak_rss_mb"])
            lines.append(
                f"{r['articles']:>8} {r['mb']:>6.1f} {name:>6} {e.get('cluster_start', 0):>7.1f} "
                f"{e['extract_wall']:>9.1f} {e['extract_mb_s']:>5.2f} {peaks:>16} {e['worker_cpu_s']:>6.0f} {e['tasks']:>6} "
                f"{e['bytes_moved'] / 1e6:>8.1f} {e.get('compare_wall', '-'):>9} {r['identical']}"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--end-to-end", action="store_true", help="also time the whole compare on both engines")
    ap.add_argument("--out", type=Path, default=BUILD / "dask_run.json")
    args = ap.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        rows.append(one_size(n, args.workers, args.end_to_end))
        print(table(rows[-1:]), flush=True)
    print("\n" + table(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "command": " ".join(["python", *sys.argv]), "rows": rows}
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0 if all(r["identical"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
