"""Instructions executed by extraction alone: the fresh-text run of `benchmarks/extract.py --generated N`
(each generated article extracted once, cold, after `warm_up`, the CLI's collector thresholds) with
callgrind's instrumentation on around the extraction only (`callgrind_control -i on/off` on this process).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        python benchmarks/callgrind_extract.py [N]
    callgrind_annotate OUT | head            # the total ("PROGRAM TOTALS") and where it goes
    ... callgrind_extract.py N DIR            # the first N files of DIR as `compare --jobs 1` extracts them

Outside valgrind the two calls to callgrind_control find no such process and do nothing.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import documents

from claims.native import native
from claims.pipeline import extract_document
from claims.sources.discover import source_ids
from reports.cli import CLI_GC_THRESHOLD
from reports.pipeline import LocalEngine, warm_up


def instrument(on: bool) -> None:
    """Callgrind's instrumentation of this process on or off (callgrind_control waits until it is done)."""
    args = ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())]
    subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    if len(sys.argv) > 2:
        cli(Path(sys.argv[2]), int(sys.argv[1]))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    docs = documents(n)
    warm_up()
    gc.set_threshold(*CLI_GC_THRESHOLD)
    instrument(True)
    claims = sum(len(extract_document(d).claims) for d in docs)
    instrument(False)
    print(f"{n} generated articles, {claims:,} claims, {'compiled' if native() else 'Python source'}")


def cli(corpus: Path, n: int) -> None:
    """The first `n` files of `corpus` as `claimdiff compare --jobs 1` extracts them: loaded from
    disk and compacted, the collector off (reports.cli._run)."""
    paths = sorted(p for p in corpus.iterdir() if p.is_file())[:n]
    ids = source_ids(paths)
    warm_up()
    gc.disable()
    instrument(True)
    out = list(LocalEngine(1).extract_all(paths, [ids[p] for p in paths]))
    instrument(False)
    print(f"{len(out)} files of {corpus}, as the CLI extracts them, {'compiled' if native() else 'Python source'}")


if __name__ == "__main__":
    main()
