#!/usr/bin/env python3
"""Edited copies of the seeds: does one edit that changes a fact get caught, and does
an edit that changes nothing stay quiet?

    python benchmarks/edits.py [--per-kind 5] [--seed 7]

Each case compares one seed with a copy of it carrying one edit (two sources, as a
fact-checker comparing an article with its reprint would run it):

- meaning edits, which must give a `contradict` finding on the edited span:
  `quote`  a quoted sentence gains a negation or has a word swapped for its opposite
           (多→少, 快→慢, 会→不会);
  `role`   a title gains or loses 前 (former);
  `year`   a date's year moves by one;
- neutral edits, which must add no contradiction between the copy and the original:
  `script` (the copy in the other script), `numerals` (3 ↔ 三), `width` (，→ ,),
  `insert` (an unrelated sentence added), `about` (约 added before a figure).

Prints, per kind, how many cases behaved and the cases that did not.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.model import Claim, Kind  # noqa: E402
from claims.pipeline import extract_document  # noqa: E402
from claims.sources.load import load  # noqa: E402
from reports.pipeline import compare  # noqa: E402

SEEDS = ROOT / "fixtures" / "seeds"
COPY = "zz_copy"
OPPOSITES = {
    "多": "少",
    "少": "多",
    "快": "慢",
    "慢": "快",
    "高": "低",
    "低": "高",
    "大": "小",
    "小": "大",
    "早": "晚",
    "晚": "早",
}
MODALS = re.compile(r"(?<![不没])(会|能|是|要|想|应该|可以)")
Edit = tuple[str, int, int, str]  # (source id, start, end, replacement): raw[start:end] → replacement


def seed_claims() -> dict[str, tuple[str, list[Claim]]]:
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        doc = load(path, path.stem)
        out[path.stem] = (doc.raw, list(extract_document(doc).claims))
    return out


def quote_edits(seeds, rng: random.Random) -> list[Edit]:
    edits = []
    for sid, (_raw, claims) in seeds.items():
        for c in claims:
            if c.kind is not Kind.quote or c.garbled or not 12 <= len(c.text) <= 80:
                continue
            swaps = [m for m in re.finditer("|".join(OPPOSITES), c.text)]
            if swaps:
                m = rng.choice(swaps)
                new = c.text[: m.start()] + OPPOSITES[m.group()] + c.text[m.end() :]
                edits.append((sid, c.start, c.end, new))
            elif m := MODALS.search(c.text):
                edits.append((sid, c.start, c.end, c.text[: m.start()] + "不" + c.text[m.start() :]))
    return edits


def role_edits(seeds, rng: random.Random) -> list[Edit]:
    edits = []
    for sid, (_raw, claims) in seeds.items():
        for c in claims:
            if c.kind is not Kind.role or c.garbled:
                continue
            title = c.value.title
            i = c.text.find(title)
            if i < 0:
                continue
            before = c.text[:i]
            if before.endswith(("前", "原")):
                new = before[:-1] + c.text[i:]
            else:
                new = before + "前" + c.text[i:]
            edits.append((sid, c.start, c.end, new))
    return edits


def year_edits(seeds, rng: random.Random) -> list[Edit]:
    edits = []
    for sid, (_raw, claims) in seeds.items():
        for c in claims:
            m = re.search(r"(19|20)\d\d", c.text)
            if c.kind is not Kind.date or c.garbled or not m or c.value.relative:
                continue
            year = int(m.group()) + rng.choice((-1, 1))
            edits.append((sid, c.start, c.end, c.text[: m.start()] + str(year) + c.text[m.end() :]))
    return edits


def numeral_edits(seeds, rng: random.Random) -> list[Edit]:
    digits = "零一二三四五六七八九"
    edits = []
    for sid, (_raw, claims) in seeds.items():
        for c in claims:
            m = re.fullmatch(r"(\D*?)([1-9])(\D+)", c.text)
            if c.kind in (Kind.quantity, Kind.duration) and m and not c.garbled:
                edits.append((sid, c.start, c.end, m[1] + digits[int(m[2])] + m[3]))
    return edits


def about_edits(seeds, rng: random.Random) -> list[Edit]:
    edits = []
    for sid, (_raw, claims) in seeds.items():
        for c in claims:
            if c.kind is Kind.quantity and re.match(r"\d", c.text) and not c.garbled:
                edits.append((sid, c.start, c.start, "约"))
    return edits


def width_edits(seeds, rng: random.Random) -> list[Edit]:
    return [(sid, 0, len(raw), raw.replace("，", ",").replace("：", ":")) for sid, (raw, _) in seeds.items()]


def script_edits(seeds, rng: random.Random) -> list[Edit]:
    out = []
    for sid, (raw, _) in seeds.items():
        han_trad = sum(1 for ch in raw if ch in "們這個說時為來對會經過還")
        conv = opencc.OpenCC("t2s" if han_trad > 20 else "s2t")
        out.append((sid, 0, len(raw), conv.convert(raw)))
    return out


def insert_edits(seeds, rng: random.Random) -> list[Edit]:
    out = []
    for sid, (raw, _) in seeds.items():
        breaks = [m.end() for m in re.finditer(r"\n\n", raw)]
        if breaks:
            at = rng.choice(breaks[len(breaks) // 4 :])
            out.append((sid, at, at, "另据报道，当地今年的降雨量比往年多了两成。\n\n"))
    return out


MEANING: dict[str, Callable] = {"quote": quote_edits, "role": role_edits, "year": year_edits}
NEUTRAL: dict[str, Callable] = {
    "script": script_edits,
    "numerals": numeral_edits,
    "width": width_edits,
    "insert": insert_edits,
    "about": about_edits,
}


def run_case(edit: Edit):
    sid, start, end, new = edit
    raw = (SEEDS / f"{sid}.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        shutil.copy(SEEDS / f"{sid}.txt", folder / f"{sid}.txt")
        (folder / f"{COPY}.txt").write_text(raw[:start] + new + raw[end:], encoding="utf-8")
        result = compare([folder])
    claims = {c.id: c for c in result.document.claims}
    cross = [
        f
        for f in result.document.findings or ()
        if f.relation.value == "contradict" and {claims[i].source for i in f.claims} == {sid, COPY}
    ]
    return cross, claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = seed_claims()
    baseline = {sid: len(run_case((sid, 0, 0, ""))[0]) for sid in seeds}
    print(f"{'edit':<10} {'kind':<8} {'behaved':>8}")
    for kind, maker in [*MEANING.items(), *NEUTRAL.items()]:
        cases = maker(seeds, rng)
        rng.shuffle(cases)
        cases = cases[: args.per_kind]
        ok = 0
        notes = []
        for sid, start, end, new in cases:
            cross, claims = run_case((sid, start, end, new))
            if kind in MEANING:
                lo, hi = start, start + len(new)
                hit = any(
                    any(claims[i].source == COPY and claims[i].start < hi and lo < claims[i].end for i in f.claims)
                    for f in cross
                )
                ok += hit
                if not hit:
                    notes.append(f"    missed {sid[:3]}: {new[:60]!r}")
            else:
                extra = len(cross) - baseline[sid]
                ok += extra <= 0
                if extra > 0:
                    notes.append(f"    {extra} new contradiction(s) in {sid[:3]}: {cross[0].explanation[:110]}")
        label = "meaning" if kind in MEANING else "neutral"
        print(f"{kind:<10} {label:<8} {ok:>4}/{len(cases)}")
        for n in notes:
            print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
