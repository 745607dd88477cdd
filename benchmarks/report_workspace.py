"""The review workspace at scale: file size, time to open and to filter with 2,000 cards.

    python benchmarks/report_workspace.py [--cards 2000] [--copies 4] [--out build/bench-report]

The findings are synthetic, the text is not: the seeds are read once and copied `--copies`
times under new source ids (so the page carries copies × the seeds' full text, as a real
report of that many articles would), then `--cards` findings link random pairs of claims
of one kind from two different sources (seeded RNG: 8 % contradict, 4 % evolves, 3 %
unsupported quotes, the rest agree). The page is written as `claimdiff report` writes it
(sidecar past the budget) and opened from file:// in Debian's Chromium, which measures:
- open: navigation start to the first card on screen, and the longest main-thread task;
- filter: one relation change (the `change` handler renders synchronously), one search;
- walk: 300 presses of `j` (cards are added a page at a time as the focus moves down).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.model import Source  # noqa: E402
from matcher.model import Finding, Flag, Relation  # noqa: E402
from reports.cli import atomic_write  # noqa: E402
from reports.contract import FindingsDocument  # noqa: E402
from reports.html import DATA_INLINE_BUDGET, build_report  # noqa: E402
from reports.pipeline import claims_only  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def synthetic(cards: int, copies: int, seed: int = 7) -> tuple[FindingsDocument, dict[str, str]]:
    run = claims_only([ROOT / "fixtures" / "seeds"])
    sources, claims, texts = [], [], {}
    for k in range(copies):
        for s in run.document.sources:
            sid = f"{s.id}-{k}"
            sources.append(Source(**{**s.model_dump(), "id": sid, "path": f"{s.path}#{k}"}))
            texts[sid] = run.texts[s.id]
            claims += [
                c.model_copy(update={"id": f"{c.id}-{k}", "source": sid})
                for c in run.document.claims
                if c.source == s.id
            ]
    rng = random.Random(seed)
    by_kind: dict[str, list] = {}
    for c in claims:
        by_kind.setdefault(c.kind.value, []).append(c)
    kinds = [k for k, v in by_kind.items() if len(v) > 20]
    findings, flags = [], []
    for i in range(cards):
        kind = rng.choice(kinds)
        a, b = rng.sample(by_kind[kind], 2)
        while a.source == b.source:
            a, b = rng.sample(by_kind[kind], 2)
        roll = rng.random()
        if roll < 0.03 and by_kind.get("quote"):
            q = rng.choice(by_kind["quote"])
            flags.append(
                Flag(
                    id=f"q-{i:05d}",
                    type="unsupported_quote",
                    claims=(q.id,),
                    explanation=f"Quote {q.text[:20]} has no source.",
                )
            )
            continue
        rel = Relation.contradict if roll < 0.11 else Relation.evolves if roll < 0.15 else Relation.agree
        findings.append(
            Finding(
                id=f"f-{i:05d}",
                relation=rel,
                claims=tuple(sorted((a.id, b.id))),
                score=round(rng.random(), 3),
                explanation=f"Synthetic {rel.value}: {a.text[:30]} vs {b.text[:30]}.",
                kind=kind,
                reason="value",
            )
        )
    claims.sort(key=lambda c: (c.source, c.start, c.id))
    doc = FindingsDocument(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings), flags=tuple(flags))
    return doc, texts


def measure(html: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1024, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(
            "window.__long = 0; new PerformanceObserver(l => l.getEntries().forEach("
            "e => { window.__long = Math.max(window.__long, e.duration); })).observe({type: 'longtask', buffered: true});"
        )
        t0 = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_selector(".card")
        open_s = time.perf_counter() - t0
        nav = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
        longest_open = page.evaluate("window.__long")
        filter_ms = page.evaluate("""() => { const s = document.getElementById('f-rel'); const t = performance.now();
            s.value = 'agree'; s.dispatchEvent(new Event('change')); return performance.now() - t; }""")
        search_ms = page.evaluate("""async () => { const f = document.getElementById('filter'); const t = performance.now();
            f.value = '研究'; f.dispatchEvent(new Event('input'));
            await new Promise(r => setTimeout(r, 121)); return performance.now() - t - 120; }""")
        shown = page.inner_text("#shown")
        page.evaluate("document.getElementById('clear-filters').click()")
        t1 = time.perf_counter()
        for _ in range(300):
            page.keyboard.press("j")
        walk_s = time.perf_counter() - t1
        longest = page.evaluate("window.__long")
        browser.close()
    if errors:
        raise SystemExit(f"page errors: {errors}")
    return {
        "open_s": open_s,
        "dom_content_loaded_ms": nav,
        "longest_task_open_ms": longest_open,
        "filter_relation_ms": filter_ms,
        "search_ms": search_ms,
        "walk_300_j_s": walk_s,
        "longest_task_ms": longest,
        "shown_after_search": shown,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=2000)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "bench-report")
    args = ap.parse_args()
    t = time.perf_counter()
    doc, texts = synthetic(args.cards, args.copies)
    built = time.perf_counter()
    html = args.out / "report.html"
    page = build_report(doc, texts, sidecar_name="report.data.js")
    rendered = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    atomic_write(html, page.html)
    sidecar = args.out / "report.data.js"
    if page.sidecar:
        atomic_write(sidecar, page.sidecar)
    elif sidecar.exists():
        sidecar.unlink()
    n_cards = len(doc.findings) + len(doc.flags)
    print(f"{n_cards} cards, {len(doc.sources)} sources, {len(doc.claims)} claims (synthetic in {built - t:.1f} s)")
    print(f"page built in {rendered - built:.2f} s; html {html.stat().st_size / 1e6:.2f} MB", end="")
    print(f", sidecar {sidecar.stat().st_size / 1e6:.2f} MB" if page.sidecar else " (data inline)", end="")
    print(f" (budget {DATA_INLINE_BUDGET / 1e6:.1f} MB)")
    for k, v in measure(html).items():
        print(f"  {k:24s} {v if isinstance(v, str) else f'{v:.3f}'}")


if __name__ == "__main__":
    main()
