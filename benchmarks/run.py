"""End-to-end cost of `claimdiff compare` on generated corpora (benchmarks/gen_corpus.py).

    python benchmarks/run.py [--quick] [--sizes 50,200,500,1000] [--jobs 2] [--timeout 900] [--out FILE]

For each size N: a corpus of N articles (written once to build/bench/corpus-N), then
`claimdiff compare DIR --format json --timings` in a child process, measured from outside:
wall time, CPU time (user + system of the whole process tree, from getrusage(RUSAGE_CHILDREN)
in a wrapper process that runs only that one command, plus what it cannot see: the matcher's
workers started from multiprocessing's server process, sampled from /proc), peak RSS of the largest process
(ru_maxrss) and of the whole tree (the sum of proportional set sizes over claimdiff and its
--jobs workers, sampled from /proc every SAMPLE seconds). From claimdiff's --timings line: the start (the lexicons
and dictionaries, loaded once a run, ~0.4 s), the extraction time and MB/s (after the start: throughput); from its
JSON: claims, facts and findings by relation. Candidate pairs are counted afterwards in this process, by the
matcher's own blocking on the JSON's value claims (not timed). A run past --timeout is stopped and reported as such.

--quick: sizes 20 and 50 only (under two minutes on a 2-core machine). Prints a table and
writes it as JSON (default build/bench/run.json, or build/bench/run-quick.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import write

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"
SIZES = (50, 200, 500, 1000, 5000)
QUICK_SIZES = (20, 50)
SAMPLE = 0.2  # seconds between samples of the process tree's RSS
TIMEOUT = 900  # seconds one size may take before it is stopped (the rest of the table still runs)
RELATIONS = ("contradict", "evolves", "agree")

# Runs one command and prints its resource use as JSON: this process has no other child,
# so RUSAGE_CHILDREN is that command's tree alone.
_WRAPPER = """
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.run(sys.argv[2:], stderr=open(sys.argv[1], "w")).returncode
wall = time.perf_counter() - t0
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall": wall, "cpu": r.ru_utime + r.ru_stime, "maxrss_kb": r.ru_maxrss}))
"""


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def tree_rss(pid: int, deep_cpu: dict[int, float] | None = None) -> int:
    """Memory of `pid` and all its descendants: the sum of their proportional set sizes
    (a page shared by n processes counts 1/n in each: the matcher's worker is forked from
    claimdiff and shares most of its pages, which a sum of RSS would count twice), or of
    their RSS where smaps_rollup is missing; 0 where /proc is.

    `deep_cpu` gets the CPU seconds so far of each descendant three levels down or more: the
    wrapper's getrusage counts claimdiff and the children it waits for, not the matcher's
    workers started from multiprocessing's server process (claimdiff's child), whose children
    they are."""
    tree, todo, total = _children(), [(pid, 0)], 0
    while todo:
        p, depth = todo.pop()
        todo += [(c, depth + 1) for c in tree.get(p, [])]
        total += _memory_of(p)
        if deep_cpu is not None and depth >= 3:
            deep_cpu[p] = max(deep_cpu.get(p, 0.0), _cpu_of(p))
    return total


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _memory_of(pid: int) -> int:
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
        except OSError:
            continue
    return 0


def measured(cmd: list[str], timeout: float) -> dict:
    """Run `cmd` under the wrapper; its usage, peak tree RSS, stderr, or a timeout."""
    with tempfile.NamedTemporaryFile("r", suffix=".stderr", delete=False) as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRAPPER, err.name, *cmd], stdout=subprocess.PIPE, text=True, start_new_session=True
        )
        peak, stop = [0], threading.Event()
        deep_cpu: dict[int, float] = {}

        def sample() -> None:
            while not stop.wait(SAMPLE):
                peak[0] = max(peak[0], tree_rss(proc.pid, deep_cpu))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return {"timeout": timeout}
        finally:
            stop.set()
            sampler.join()
        usage = json.loads(out)
        usage["cpu"] += sum(deep_cpu.values())  # as last sampled: up to SAMPLE seconds short each
        usage["tree_rss_mb"] = round(peak[0] / 2**20, 1)
        usage["stderr"] = Path(err.name).read_text(encoding="utf-8")
        Path(err.name).unlink()
    return usage


def candidate_pairs_of(doc: dict) -> tuple[int, int, int]:
    """The pairs the matcher's blocking proposes for these (value) claims, block by block as
    matcher.match does; and the number of blocks and the largest block's claims."""
    from claims.model import Claim, Kind
    from matcher.blocks import partition
    from matcher.candidates import candidate_pairs, context_index

    claims = [Claim.model_validate(c) for c in doc["claims"]]
    blocks = partition([c for c in claims if c.kind is not Kind.quote and not c.garbled])
    index = context_index([c for b in blocks for c in b.claims])
    pairs = sum(len(candidate_pairs(b.claims, index=index)) for b in blocks)
    return pairs, len(blocks), max((len(b.claims) for b in blocks), default=0)


def one_size(n: int, jobs: int, timeout: float, pairs: bool) -> dict:
    corpus = BUILD / f"corpus-{n}"
    files = write(n, corpus)
    size = sum(p.stat().st_size for p in files)
    out = BUILD / f"findings-{n}.json"
    cmd = [sys.executable, "-c", "from reports.cli import main; main()", "compare", str(corpus)]
    cmd += ["--format", "json", "-o", str(out), "--jobs", str(jobs), "--timings", "--quiet"]
    row: dict = {"articles": n, "mb": round(size / 1e6, 2), "jobs": jobs, "load_before": round(os.getloadavg()[0], 1)}
    usage = measured(cmd, timeout)
    row["load_after"] = round(os.getloadavg()[0], 1)  # the machine is shared: other work inflates wall times
    if "timeout" in usage:
        return row | {"timeout_s": timeout}
    if usage["rc"] != 0:
        return row | {"error": usage["stderr"].strip().splitlines()[-1:]}
    row |= {k: round(usage[k], 2) for k in ("wall", "cpu")}
    row |= {"peak_rss_mb": round(usage["maxrss_kb"] / 1024, 1), "tree_rss_mb": usage["tree_rss_mb"]}
    m = re.search(r"extract ([\d.]+) s.*?match ([\d.]+) s", usage["stderr"])
    if m:
        row |= {"extract_s": float(m[1]), "match_s": float(m[2])}
        row["extract_mb_s"] = round(size / 1e6 / float(m[1]), 2)
        row["extract_mb_s_core"] = round(row["extract_mb_s"] / jobs, 2)
    w = re.search(r"write ([\d.]+) s", usage["stderr"])
    if w:
        row["write_s"] = float(w[1])
    started = re.search(r"start ([\d.]+) s", usage["stderr"])  # the lexicons and dictionaries, once a run
    row["start_s"] = float(started[1]) if started else 0.0
    if m and w:  # imports, discovery, the pool's start and stop: what no stage counts
        row["other_s"] = round(row["wall"] - row["start_s"] - row["extract_s"] - row["match_s"] - row["write_s"], 2)
    doc = json.loads(out.read_text(encoding="utf-8"))
    counts = Counter(f["relation"] for f in doc["findings"])
    row |= {"claims": len(doc["claims"]), "facts": len(doc.get("facts") or [])}
    row |= {"findings": {r: counts.get(r, 0) for r in RELATIONS}}
    if pairs:
        row["candidate_pairs"], row["blocks"], row["largest_block"] = candidate_pairs_of(doc)
    return row


def table(rows: list[dict]) -> str:
    head = (
        f"{'articles':>8} {'MB':>6} {'wall s':>7} {'CPU s':>7} {'RSS MB':>7} {'tree MB':>7} {'extr s':>7} "
        f"{'MB/s':>5} {'/core':>5} {'match s':>7} {'write s':>7} {'pairs':>9} {'facts':>7} {'contra':>6} {'evolv':>6} "
        f"{'agree':>6} {'load':>9}"
    )
    lines = [head]
    for r in rows:
        if "wall" not in r:
            why = f"stopped after {r['timeout_s']:.0f} s" if "timeout_s" in r else f"failed: {r.get('error')}"
            why = "not run (a smaller corpus was stopped)" if r.get("skipped") else why
            lines.append(f"{r['articles']:>8} {r['mb']:>6.1f}  {why}")
            continue
        f = r["findings"]
        lines.append(
            f"{r['articles']:>8} {r['mb']:>6.1f} {r['wall']:>7.1f} {r['cpu']:>7.1f} {r['peak_rss_mb']:>7.0f} "
            f"{r['tree_rss_mb']:>7.0f} {r.get('extract_s', 0):>7.1f} {r.get('extract_mb_s', 0):>5.2f} "
            f"{r.get('extract_mb_s_core', 0):>5.2f} {r.get('match_s', 0):>7.1f} {r.get('write_s', 0):>7.1f} "
            f"{r.get('candidate_pairs', '-'):>9} {r['facts']:>7} {f['contradict']:>6} {f['evolves']:>6} {f['agree']:>6} "
            f"{r.get('load_before', 0):>4.1f}>{r.get('load_after', 0):<4.1f}"
        )
    return "\n".join(lines)


def machine() -> dict:
    mem = next(
        (ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")), "0"
    )
    return {
        "cores": os.cpu_count(),
        "memory_gib": round(int(mem) / 2**20, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": os.getloadavg()[0],  # other work on the machine skews the times
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} only")
    ap.add_argument("--sizes", help="comma-separated article counts (default: %(default)s)", default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per size")
    ap.add_argument("--no-pairs", action="store_true", help="skip counting candidate pairs")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(QUICK_SIZES if args.quick else SIZES)
    out = args.out or BUILD / ("run-quick.json" if args.quick else "run.json")
    rows = []
    for n in sizes:
        if rows and "timeout_s" in rows[-1]:  # a larger corpus would only time out too
            rows.append({"articles": n, "mb": 0.0, "timeout_s": rows[-1]["timeout_s"], "skipped": True})
            continue
        rows.append(one_size(n, args.jobs, args.timeout, not args.no_pairs))
        print(table(rows[-1:]).splitlines()[-1] if rows[:-1] else table(rows), flush=True)
    print("\n" + table(rows))
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "command": " ".join(["python", *sys.argv]), "rows": rows}
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
