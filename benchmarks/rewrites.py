#!/usr/bin/env python3
"""Sentence pairs: a news sentence and a rewrite of it, with one figure or date changed
(a contradiction) or not (no contradiction). Two one-sentence texts per case, compared
as `claimdiff compare a.txt b.txt` would: retrieval must not depend on corpus size.

    python benchmarks/rewrites.py [--data DIR] [--pairs 300] [--seed 11]

Sentences come from the development corpus when it is built (see benchmarks/real_news.py),
else from fixtures/seeds. A rewrite is the sentence with a light edit that keeps its
meaning (a lead-in such as 据悉, the other script, half-width punctuation) and, for half
the cases, one figure changed (a number scaled, a day or a year moved). Prints
contradiction precision, recall and F1 over all cases, and per kind.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_news import find_data  # noqa: E402

from claims.pipeline import extract_text  # noqa: E402
from reports.pipeline import compare  # noqa: E402

KINDS = ("quantity", "money", "percent", "date", "duration")
S2T = opencc.OpenCC("s2t")
LEAD_INS = ("据悉，", "另据报道，", "记者了解到，", "")


def sentences(data: Path | None) -> list[str]:
    files = sorted(data.rglob("*.md")) if data else sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    out = []
    for f in files:
        for para in f.read_text(encoding="utf-8").split("\n"):
            for s in re.findall(r"[^。！？!?]{12,90}[。！？!?]", para):
                if re.search(r"\d", s) and not re.search(r"https?://|---|title:", s):
                    out.append(s.strip())
    return sorted(set(out))


def changed(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """One figure of the sentence changed, and the kind of the claim it belongs to."""
    claims = [c for c in extract_text(sentence) if c.kind.value in KINDS and re.search(r"\d", c.text)]
    if not claims:
        return None
    c = rng.choice(claims)
    m = re.search(r"\d+(?:\.\d+)?", c.text)
    if m is None:
        return None
    old = m.group()
    if c.kind.value == "date" and len(old) == 4:
        new = str(int(old) + rng.choice((-2, -1, 1, 2)))
    elif "." in old:
        new = f"{float(old) * rng.choice((1.3, 0.7, 2)):.{len(old.split('.')[1])}f}"
    else:
        n = int(old)
        new = str(n + rng.choice((1, 2, 3)) if n < 10 else round(n * rng.choice((1.3, 0.7, 1.5))))
        if c.kind.value == "date" and not 1 <= int(new) <= 28:
            new = str(max(1, min(28, n + 1 if n < 28 else n - 1)))
    if new == old:
        return None
    text = c.text[: m.start()] + new + c.text[m.end() :]
    i = sentence.find(c.text)
    return sentence[:i] + text + sentence[i + len(c.text) :], c.kind.value


def neutral(sentence: str, rng: random.Random) -> str:
    edit = rng.choice(("lead", "script", "width"))
    if edit == "script":
        return S2T.convert(sentence)
    if edit == "width":
        return sentence.replace("，", ",").replace("：", ":").replace("；", ";")
    return rng.choice(LEAD_INS) + sentence


def flagged(a: str, b: str) -> bool:
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "a.txt").write_text(a + "\n", encoding="utf-8")
        (Path(d) / "b.txt").write_text(b + "\n", encoding="utf-8")
        doc = compare([Path(d)]).document
    claims = {c.id: c for c in doc.claims}
    return any(
        f.relation.value == "contradict" and {claims[i].source for i in f.claims} == {"a", "b"}
        for f in doc.findings or ()
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--pairs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case that went wrong")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = sentences(find_data(args.data))
    rng.shuffle(pool)
    counts: Counter[tuple[str, str]] = Counter()
    done = 0
    for s in pool:
        if done >= args.pairs:
            break
        base = neutral(s, rng)
        if rng.random() < 0.5:
            edit = changed(base, rng)
            if edit is None:
                continue
            b, kind = edit
            truth = True
        else:
            b, kind, truth = neutral(s, rng), "none", False
        got = flagged(s, b)
        counts[(kind, "tp" if got and truth else "fp" if got else "fn" if truth else "tn")] += 1
        if args.verbose and got != truth:
            print(f"{'missed' if truth else 'false '} {s}\n       {b}")
        done += 1
    tp = sum(v for (k, o), v in counts.items() if o == "tp")
    fp = sum(v for (k, o), v in counts.items() if o == "fp")
    fn = sum(v for (k, o), v in counts.items() if o == "fn")
    tn = sum(v for (k, o), v in counts.items() if o == "tn")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    for kind in (*KINDS, "none"):
        row = {o: counts[(kind, o)] for o in ("tp", "fp", "fn", "tn")}
        if sum(row.values()):
            print(f"  {kind:<9} " + "  ".join(f"{o} {n:>3}" for o, n in row.items()))
    print(
        f"pairs {done}  contradiction precision {p:.2f}  recall {r:.2f}  F1 {f1:.2f}  (tp {tp} fp {fp} fn {fn} tn {tn})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
