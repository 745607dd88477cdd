#!/usr/bin/env python3
"""Findings on real multi-outlet reporting: the development corpus in ../shared/dev-corpus.

usage: real_news.py [--data DIR] [--annotations FILE] [--event NAME] [--dump FILE] [--json] [--together]

The corpus texts are not in this repository (they belong to their outlets): build them
with ../shared/dev-corpus/build_dev_corpus.py (see its README) into one of the folders
below, or name one with --data or $CLAIMDIFF_DEV_CORPUS:

    ../shared/dev-corpus/data, ../dev-corpus-data, ../devdata

Each event folder is compared on its own, as a user would run `claimdiff compare EVENT/`.
Per event and in total it prints:

- facts: annotated cross-article facts, and how many a finding with the annotated
  relation links (two claims overlapping two annotated mentions in different files; for
  `contradict` the two mentions carry different annotated values, for `evolves`
  different `as_of`); `linked` counts a fact linked by any relation;
- traps: `must_not_link` pairs that any finding links;
- with --together, the stories run as one folder: findings that link two stories, each wrong by
  construction (a check of rules that hold for any story);
- flagged contradictions / evolves, how many are cross-article, and how many link two
  mentions of one annotated fact of that relation (the annotations are not exhaustive,
  so an unannotated finding may still be right: read them with --dump).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from reports.contract import to_data  # noqa: E402
from reports.pipeline import compare  # noqa: E402

CORPUS = ROOT.parent / "shared" / "dev-corpus"
DATA_CANDIDATES = (CORPUS / "data", ROOT.parent / "dev-corpus-data", ROOT.parent / "devdata")
RELATIONS = ("agree", "contradict", "evolves")


@dataclass
class Span:
    file: str
    start: int
    end: int
    value: str | None = None
    as_of: str | None = None


@dataclass
class Score:
    facts: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    linked: int = 0
    traps: int = 0
    traps_violated: int = 0
    flagged: Counter = field(default_factory=Counter)
    cross: Counter = field(default_factory=Counter)
    annotated: Counter = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in ("facts", "found", "flagged", "cross", "annotated"):
            getattr(self, name).update(getattr(other, name))
        self.linked += other.linked
        self.traps += other.traps
        self.traps_violated += other.traps_violated


def find_data(arg: str | None) -> Path | None:
    for cand in (
        ([Path(arg)] if arg else [])
        + ([Path(os.environ["CLAIMDIFF_DEV_CORPUS"])] if os.environ.get("CLAIMDIFF_DEV_CORPUS") else [])
        + list(DATA_CANDIDATES)
    ):
        if cand.is_dir() and any(cand.iterdir()):
            return cand
    return None


def span(d: dict) -> Span:
    return Span(d["file"], d["start"], d["end"], str(d.get("value")), str(d.get("as_of")))


def overlapping(claims: list[dict], s: Span) -> set[str]:
    return {c["id"] for c in claims if c["file"] == s.file and c["start"] < s.end and s.start < c["end"]}


def links(members: set[str], a: set[str], b: set[str]) -> bool:
    """Two distinct finding claims cover the two annotated mentions."""
    ia, ib = members & a, members & b
    return bool(ia and ib and (len(ia | ib) >= 2))


def score_event(event: str, data_dir: Path, ann: dict, dump: list | None) -> Score:
    run = compare([data_dir / event])
    doc = to_data(run.document)
    file_of = {s["id"]: Path(s["path"]).name for s in doc["sources"]}
    claims = [{**c, "file": file_of[c["source"]]} for c in doc["claims"]]
    by_id = {c["id"]: c for c in claims}
    findings = doc["findings"]
    score = Score()

    fact_pairs: dict[str, list[tuple[set[str], set[str]]]] = {r: [] for r in RELATIONS}
    for fact in ann.get("facts", []):
        rel = fact["relation"]
        score.facts[rel] += 1
        spans = [span(c) for c in fact["claims"]]
        cover = [overlapping(claims, s) for s in spans]
        wanted, anyrel = [], []
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                if spans[i].file == spans[j].file:
                    continue
                anyrel.append((cover[i], cover[j]))
                if rel == "contradict" and spans[i].value == spans[j].value:
                    continue
                if rel == "evolves" and spans[i].as_of == spans[j].as_of:
                    continue
                wanted.append((cover[i], cover[j]))
        fact_pairs[rel] += wanted
        members = [set(f["claims"]) for f in findings]
        if any(
            links(m, a, b) for f, m in zip(findings, members, strict=True) if f["relation"] == rel for a, b in wanted
        ):
            score.found[rel] += 1
        if any(links(m, a, b) for m in members for a, b in anyrel):
            score.linked += 1
        elif dump is not None:
            dump.append({"event": event, "missed": fact["id"], "relation": rel, "attribute": fact.get("attribute")})

    for trap in ann.get("must_not_link", []):
        score.traps += 1
        a, b = overlapping(claims, span(trap["a"])), overlapping(claims, span(trap["b"]))
        bad = [f for f in findings if links(set(f["claims"]), a, b)]
        if bad:
            score.traps_violated += 1
            if dump is not None:
                dump.append(
                    {
                        "event": event,
                        "trap": trap["id"],
                        "note": trap.get("note"),
                        "by": [f["explanation"] for f in bad],
                    }
                )

    for f in findings:
        rel = f["relation"]
        if rel not in ("contradict", "evolves"):
            continue
        score.flagged[rel] += 1
        files = {by_id[i]["file"] for i in f["claims"]}
        score.cross[rel] += len(files) > 1
        members = set(f["claims"])
        hit = any(links(members, a, b) for a, b in fact_pairs[rel])
        score.annotated[rel] += hit
        if dump is not None:
            dump.append(
                {
                    "event": event,
                    "relation": rel,
                    "annotated": hit,
                    "score": f["score"],
                    "explanation": f["explanation"],
                    "claims": _claim_lines(f["claims"], by_id, lambda c: f"{c['file']}:{c['start']}", 160),
                }
            )
    return score


def _claim_lines(ids: list[str], by_id: dict, where, width: int) -> list[str]:
    """A dumped finding's claims, one line each: where, the figure, its sentence cut to `width`."""
    return [f"{where(by_id[i])} {by_id[i]['text']} | {by_id[i].get('sentence', '')[:width]}" for i in ids]


def together(events: list[str], data_dir: Path, dump: list | None) -> Counter[str]:
    """The stories run as one folder (each file renamed EVENT__FILE): a finding that links two stories is wrong
    by construction (two different facts sharing a counter word, a timeline or a kind of event), so their count
    by relation measures rules that hold for any story, not one. Returns the cross-story findings by relation."""
    with tempfile.TemporaryDirectory() as tmp:
        for event in events:
            for f in sorted((data_dir / event).glob("*.md")):
                shutil.copyfile(f, Path(tmp) / f"{event}__{f.name}")
        doc = to_data(compare([Path(tmp)]).document)
    story = {s["id"]: Path(s["path"]).name.split("__")[0] for s in doc["sources"]}
    by_id = {c["id"]: c for c in doc["claims"]}
    cross: Counter[str] = Counter()
    for f in doc["findings"]:
        if len({story[by_id[i]["source"]] for i in f["claims"]}) < 2:
            continue
        cross[f["relation"]] += 1
        if dump is not None:
            dump.append(
                {
                    "together": f["relation"],
                    "explanation": f["explanation"],
                    "claims": _claim_lines(f["claims"], by_id, lambda c: c["source"], 120),
                }
            )
    return cross


def row(name: str, s: Score) -> str:
    nfacts = sum(s.facts.values())
    found = "  ".join(f"{s.found[r]:>2}/{s.facts[r]:<2}" for r in RELATIONS)
    flags = "  ".join(f"{s.flagged[r]:>3} {s.cross[r]:>3} {s.annotated[r]:>3}" for r in ("contradict", "evolves"))
    return f"{name:<26} {found}   {s.linked:>3}/{nfacts:<3}  {s.traps_violated:>2}/{s.traps:<2}   {flags}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="the built corpus (folder of event folders)")
    ap.add_argument("--annotations", default=str(CORPUS / "annotations.yaml"))
    ap.add_argument("--event", action="append", help="only this event (repeatable)")
    ap.add_argument("--dump", help="write every flagged finding, miss and trap violation here (JSON)")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    ap.add_argument(
        "--together", action="store_true", help="also run the stories as one folder and count cross-story findings"
    )
    args = ap.parse_args()

    data_dir = find_data(args.data)
    if data_dir is None or not Path(args.annotations).is_file():
        print(
            "real_news: no development corpus here; build it with ../shared/dev-corpus/build_dev_corpus.py --out ../dev-corpus-data (see its README)"
        )
        return 0
    ann = yaml.safe_load(Path(args.annotations).read_text(encoding="utf-8"))["events"]
    events = [e for e in sorted(ann) if not args.event or e in args.event]
    dump: list | None = [] if args.dump else None
    total = Score()
    t0 = time.perf_counter()
    print(
        f"{'event':<26} {'found: agree contra evolves':<27} {'linked':<8} {'traps':<7} contradict(flag cross annot)  evolves(flag cross annot)"
    )
    for event in events:
        s = score_event(event, data_dir, ann[event], dump)
        total.add(s)
        print(row(event, s))
    print(row("TOTAL", total))
    nf = sum(total.facts.values())
    summary = {
        "facts": nf,
        "linked": total.linked,
        **{f"found_{r}": total.found[r] for r in RELATIONS},
        **{f"facts_{r}": total.facts[r] for r in RELATIONS},
        "traps": total.traps,
        "traps_violated": total.traps_violated,
        **{f"flagged_{r}": total.flagged[r] for r in ("contradict", "evolves")},
        **{f"annotated_{r}": total.annotated[r] for r in ("contradict", "evolves")},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if args.together:
        cross = together(events, data_dir, dump)
        summary.update({f"cross_story_{r}": cross[r] for r in RELATIONS})
        print(
            f"stories together: cross-story contradictions {cross['contradict']}, evolves {cross['evolves']}, "
            f"agreements {cross['agree']} (each wrong by construction)"
        )
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"linked {total.linked}/{nf} ({total.linked / max(nf, 1):.0%})  traps violated {total.traps_violated}/{total.traps}  "
            f"contradictions flagged {total.flagged['contradict']} (annotated {total.annotated['contradict']})  "
            f"evolves flagged {total.flagged['evolves']} (annotated {total.annotated['evolves']})  {summary['seconds']} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
