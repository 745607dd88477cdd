"""Robustness beyond the gold: copies of the seed articles with one figure changed must
be flagged (and nothing else new), copies rewritten in the other script must add no
contradiction and agree with their originals.

    python benchmarks/robustness.py [--changes 14] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
from pathlib import Path

import opencc

from reports.pipeline import compare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
COPY = "zz_copy"


def contradictions(result) -> set[frozenset]:
    claims = {c.id: c for c in result.document.claims}
    return {
        frozenset((claims[i].text, claims[i].sentence) for i in f.claims)
        for f in result.document.findings
        if f.relation.value == "contradict"
    }


def with_copy(text: str):
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "sources"
        shutil.copytree(SEEDS, folder)
        (folder / f"{COPY}.txt").write_text(text, encoding="utf-8")
        return compare([folder])


def changed_figures(base, n: int, rng: random.Random) -> tuple[int, int, int]:
    before = contradictions(base)
    pool = [
        c
        for c in base.document.claims
        if c.kind.value in ("quantity", "money", "percent")
        and c.stance.value == "asserted"
        and not c.garbled
        and re.search(r"\d", c.text)
    ]
    rng.shuffle(pool)
    flagged = unrelated = 0
    for c in pool[:n]:
        raw = (SEEDS / f"{c.source}.txt").read_text(encoding="utf-8")
        m = re.search(r"\d+", c.text)
        changed = c.text[: m.start()] + str(int(m.group()) * 3 + 7) + c.text[m.end() :]
        fresh = contradictions(with_copy(raw[: c.start] + changed + raw[c.end :])) - before
        hit = any(any(text == changed for text, _ in sig) for sig in fresh)
        other = sum(1 for sig in fresh if not any(text == changed for text, _ in sig))
        flagged += hit
        unrelated += other
        print(
            f"  {'flagged' if hit else 'MISSED '} {c.source[:3]}:{c.line} {c.text!r} -> {changed!r}"
            f" ({len(fresh)} new, {other} unrelated)"
        )
    return min(n, len(pool)), flagged, unrelated


def other_script(base) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        converter = "t2s" if base_script(base, path.stem).startswith("zh-Hant") else "s2t"
        result = with_copy(opencc.OpenCC(converter).convert(raw))
        claims = {c.id: c for c in result.document.claims}
        new = [
            f
            for f in result.document.findings
            if f.relation.value == "contradict" and any(claims[i].source == COPY for i in f.claims)
        ]
        mirrored = contradictions(base)
        own = [
            f
            for f in new
            if frozenset((claims[i].text, claims[i].sentence) for i in f.claims) not in mirrored
            and {claims[i].source for i in f.claims} != {COPY}
        ]
        agree = sum(
            1
            for f in result.document.findings
            if f.relation.value == "agree" and {claims[i].source for i in f.claims} == {COPY, path.stem}
        )
        print(
            f"  {path.stem[:3]} via {converter}: {len(own)} new cross-source contradictions, {agree} agreements with the original"
        )


def base_script(base, source_id: str) -> str:
    return next(s.script for s in base.document.sources if s.id == source_id)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--changes", type=int, default=14)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    base = compare([SEEDS])
    print("one figure changed in a copy:")
    tried, flagged, unrelated = changed_figures(base, args.changes, random.Random(args.seed))
    print(f"flagged {flagged}/{tried}; unrelated new contradictions {unrelated}")
    print("copies in the other script:")
    other_script(base)


if __name__ == "__main__":
    main()
