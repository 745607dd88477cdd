"""Instructions executed by the matcher alone, in one process: N generated articles extracted
(benchmarks/gen_corpus.py, instrumentation off), then `matcher.match.match` over them with
callgrind's instrumentation on (`callgrind_control -i on/off` on this process), as
benchmarks/callgrind_extract.py counts the extraction. Wall and CPU time on this VM vary by a
third from one hour to the next; instruction counts do not.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        python benchmarks/callgrind_match.py [N]
    callgrind_annotate OUT | head            # the total ("PROGRAM TOTALS") and where it goes

Outside valgrind the two calls to callgrind_control find no such process and do nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from callgrind_extract import instrument
from gen_corpus import documents

from claims.native import native
from claims.pipeline import extract_document
from matcher.match import match
from reports.pipeline import warm_up


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    warm_up()
    extractions = [extract_document(d) for d in documents(n)]
    instrument(True)
    result = match(extractions)
    instrument(False)
    compiled = "compiled" if native() else "Python source"
    print(f"{n} generated articles, {len(result.facts):,} facts, {len(result.findings):,} findings, {compiled}")


if __name__ == "__main__":
    main()
