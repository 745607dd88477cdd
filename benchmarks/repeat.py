#!/usr/bin/env python3
"""One file repeating one sentence with a figure N times: cost must grow gently with the
mentions of one fact (issue: facts, linear cost).

    python benchmarks/repeat.py [--reps 500 1000 2000 10000]

Each size runs `claimdiff compare` in a fresh process and prints wall time, peak RSS,
findings and facts.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "据统计，这次事故造成12人死亡。"


def run(reps: int) -> dict:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "repeat.txt"
        src.write_text((SENTENCE + "\n") * reps, encoding="utf-8")
        out = Path(d) / "out.json"
        t0 = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from reports.cli import main; sys.argv[0] = 'claimdiff'; main()",
                "compare",
                str(src),
                "-o",
                str(out),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        wall = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        data = json.loads(out.read_text(encoding="utf-8"))
        return {
            "reps": reps,
            "kb": round(src.stat().st_size / 1024, 1),
            "seconds": round(wall, 2),
            "peak_mb": round(max(peak, before) / 1024, 1),
            "findings": len(data["findings"]),
            "facts": len(data.get("facts", [])),
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, nargs="+", default=[500, 1000, 2000, 10000])
    args = ap.parse_args()
    print(f"{'reps':>6} {'KB':>7} {'seconds':>8} {'peak MB':>8} {'findings':>9} {'facts':>6}")
    for n in args.reps:
        r = run(n)
        print(f"{r['reps']:>6} {r['kb']:>7} {r['seconds']:>8} {r['peak_mb']:>8} {r['findings']:>9} {r['facts']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
