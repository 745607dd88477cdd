"""Matching cost: candidate pairs and time, for the seeds and for a corpus of >= 200
articles built from them (numbers perturbed, script switched, paragraphs dropped),
next to the all-pairs baseline (every value claim compared with every other).

    python benchmarks/match.py [--articles 200] [--jobs 2]
"""

from __future__ import annotations

import argparse
import random
import re
import time
from itertools import combinations
from pathlib import Path

import opencc

from claims.model import Kind, Source
from claims.pipeline import extract_document
from claims.sources.load import Document, front_matter, publication_date
from matcher.candidates import candidate_pairs
from matcher.compare import compare_values
from matcher.match import match

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
_T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
_DIGITS = re.compile(r"\d+")


def variant(raw: str, i: int, rng: random.Random) -> str:
    """A plausible other write-up: some figures changed, some paragraphs gone, maybe the other script."""
    paras = raw.split("\n\n")
    keep = [p for p in paras if rng.random() > 0.15] or paras
    text = "\n\n".join(keep)
    text = _DIGITS.sub(
        lambda m: str(int(m.group()) + rng.choice((0, 0, 0, 0, 1, 10))) if len(m.group()) < 6 else m.group(), text
    )
    if i % 3 == 1:
        text = _S2T.convert(text)
    elif i % 3 == 2:
        text = _T2S.convert(text)
    return text


def documents(n: int) -> list[Document]:
    rng = random.Random(20261123)
    seeds = [p.read_text(encoding="utf-8-sig") for p in sorted(SEEDS.glob("*.txt"))]
    docs = []
    for i in range(n):
        raw = seeds[i % len(seeds)] if i < len(seeds) else variant(seeds[i % len(seeds)], i, rng)
        _, body, _ = front_matter(raw)
        docs.append(Document(Source(id=f"a{i:04d}", path=f"<a{i}>", published=publication_date(raw[body:])), raw, body))
    return docs


def run(n: int) -> None:
    t0 = time.perf_counter()
    extractions = [extract_document(d) for d in documents(n)]
    t_extract = time.perf_counter() - t0
    claims = [c for e in extractions for c in e.claims if c.kind is not Kind.quote and not c.garbled]
    all_pairs = len(claims) * (len(claims) - 1) // 2

    t0 = time.perf_counter()
    cands = candidate_pairs(claims)
    t_cand = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    result = match(extractions)
    t_match, c_match = time.perf_counter() - t0, time.process_time() - c0

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
        f"{len(result.findings):,} findings, {len(result.flags):,} flags"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    run(5)
    run(args.articles)


if __name__ == "__main__":
    main()
