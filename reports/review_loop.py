"""`claimdiff review SOURCES`: a terminal loop over the unreviewed findings (rich).

Each finding is shown with its passages side by side, the claims highlighted; one key per
decision: c confirm, d dismiss, n note (the difference is explained; asks for the note),
s skip, q quit. Every decision is written to the reviews file at once and atomically
(reports.reviews.record), so interrupting the loop at any moment — Ctrl-C, a closed
terminal, SIGKILL — loses at most the decision being typed, and never the file.

Keys are read one at a time on a terminal; from a pipe, one line per decision (its first
character), which is what the tests drive.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claims.model import Claim
from reports.check import FAIL_ON, Location, locations
from reports.contract import FindingsDocument
from reports.export import passage
from reports.reviews import (
    OPEN_STATES,
    Review,
    Reviews,
    fact_id,
    record,
    review_for,
    review_state,
    reviewed_material,
    reviewed_values,
)

KEYS = {"c": "confirmed", "d": "dismissed", "n": "explained"}
HIGHLIGHT = "bold black on yellow"
PASSAGE_WIDTH = 240  # characters of context shown around a claim (its line, cut around it)


def _read_key() -> str:
    if sys.stdin.isatty():
        import typer

        return typer.getchar()
    line = sys.stdin.readline()
    return line.strip()[:1] if line else "q"  # end of input: quit


def _read_line(prompt: str) -> str:
    if sys.stdin.isatty():
        return input(prompt)
    sys.stdout.write(prompt)
    sys.stdout.flush()
    return sys.stdin.readline().rstrip("\r\n")


def _highlighted(text: str | None, start: int, end: int) -> Text:
    """The claim's line with the claim itself highlighted; article text is never read as markup."""
    if text is None:
        return Text("")
    shown = passage(text, start, end, PASSAGE_WIDTH)
    claim = text[start:end]
    out = Text(shown, overflow="fold")
    at = shown.find(claim)
    if at >= 0:
        out.stylize(HIGHLIGHT, at, at + len(claim))
    return out


def _panel(n: int, total: int, f: Any, state: str, locs: tuple[Location, ...], doc, texts, review) -> Panel:
    claims = {c.id: c for c in doc.claims}
    table = Table(show_header=True, expand=True, box=None, padding=(0, 2))
    for loc in locs:
        table.add_column(
            Text(f"{loc.source}\n{loc.where}", style="bold", overflow="fold"),
            ratio=1,
            overflow="fold",
        )
    table.add_row(
        *[_highlighted(texts.get(loc.source), claims[loc.claim].start, claims[loc.claim].end) for loc in locs]
    )
    table.add_row(*[Text(loc.value, style="italic") for loc in locs])
    body = Table.grid(padding=(0, 0))
    body.add_row(Text(f.explanation))
    if state == "changed" and review is not None:
        body.add_row(
            Text(
                f"Reviewed before as {review.status} ({', '.join(review.values)}); the values have changed since.",
                style="magenta",
            )
        )
    body.add_row(Text(""))
    body.add_row(table)
    title = Text(f"{f.relation.value} {n}/{total} · fact {fact_id(f)} · {state}")
    return Panel(body, title=title, title_align="left")


def review_loop(
    doc: FindingsDocument,
    texts: Mapping[str, str],
    reviews_path: Path,
    reviews: Reviews,
    reviewer: str | None,
    relation: str = "contradict",
    baseline: Mapping[tuple[str, str], Any] | None = None,
    *,
    console: Console | None = None,
    read_key: Callable[[], str] = _read_key,
    read_line: Callable[[str], str] = _read_line,
) -> int:
    """Go through the open findings of `relation` (contradict | evolves | any), those the baseline
    does not accept first, then by score; returns the exit code."""
    console = console or Console(highlight=False)
    claims = {c.id: c for c in doc.claims}
    relations = FAIL_ON[relation]
    todo = _to_review(doc, claims, reviews, relations, baseline)
    if not todo:
        console.print(Text(f"Nothing to review: every {'/'.join(relations)} finding has a review ({reviews_path})."))
        return 0
    decided = skipped = 0
    for n, f in enumerate(todo, 1):
        state = review_state(f, reviews, claims)
        console.print(_panel(n, len(todo), f, state, locations(f, doc, texts), doc, texts, review_for(f, reviews)))
        console.print(
            Text(f"{decided} decided, {skipped} skipped, {len(todo) - n + 1} to go.  ", style="dim")
            + Text("[c]onfirm  [d]ismiss  [n]ote (explained)  [s]kip  [q]uit", style="bold")
        )
        while True:
            pressed = (read_key() or "").lower()
            if pressed in ("q", "\x03", "\x04"):
                console.print(Text(f"Stopped: {decided} decided, saved in {reviews_path}."))
                return 0
            if pressed == "s":
                skipped += 1
                break
            if pressed in KEYS:
                note = read_line("note: ") if pressed == "n" else ""
                reviews.put(_record(doc, f, claims, reviews_path, KEYS[pressed], note, reviewer))
                decided += 1
                console.print(Text(f"→ {KEYS[pressed]} (saved)", style="green"))
                break
            console.print(Text("Keys: c confirm, d dismiss, n note, s skip, q quit", style="red"))
    console.print(Text(f"Done: {decided} decided, {skipped} skipped, saved in {reviews_path}."))
    return 0


def _to_review(
    doc: FindingsDocument,
    claims: Mapping[str, Claim],
    reviews: Reviews,
    relations: Sequence[str],
    baseline: Mapping[tuple[str, str], Any] | None,
) -> list[Any]:
    """One open finding per fact and relation, those the baseline does not accept first,
    then by relation severity and score."""
    todo = []
    seen: set[tuple[str, str]] = set()

    def accepted(f: Any) -> bool:
        base = (baseline or {}).get((fact_id(f), f.relation.value))
        return base is not None and set(reviewed_values(f, claims)) <= set(base.values)

    order = sorted(
        doc.findings or (),
        key=lambda f: (
            accepted(f),
            relations.index(f.relation.value) if f.relation.value in relations else 9,
            -f.score,
            fact_id(f),
            f.id,
        ),
    )
    for f in order:
        key = (fact_id(f), f.relation.value)
        if f.relation.value in relations and key not in seen and review_state(f, reviews, claims) in OPEN_STATES:
            seen.add(key)
            todo.append(f)
    return todo


def _record(
    doc: FindingsDocument,
    f: Any,
    claims: Mapping[str, Claim],
    reviews_path: Path,
    status: str,
    note: str,
    reviewer: str | None,
) -> Review:
    """Write one decision on a finding's fact (with the values and claims of all its findings
    of that relation) to the reviews file; returns the saved entry."""
    group = [g for g in doc.findings or () if (fact_id(g), g.relation.value) == (fact_id(f), f.relation.value)]
    values, rows = reviewed_material(group, claims)
    return record(reviews_path, fact_id(f), f.relation.value, status, note, reviewer, values, rows)
