"""`claimdiff check` and `claimdiff baseline`: which findings are new since a baseline, which
of them nobody reviewed, and whether that fails the run.

A finding *fails* the check when
  - its relation is one of `--fail-on` (contradict by default; `any` = contradict and evolves),
  - it is not in the baseline with the same values (`new`, or `changed`: the baseline has the
    fact but the finding shows a value the baseline did not), and
  - its review state is unreviewed or changed (see reports/reviews.py).
Agreements never fail and are left out of the check's output and of the baseline.

The baseline file (deterministic JSON, 1-space indent):
    {"version": 1, "tool": "claimdiff", "kind": "baseline",
     "findings": [{"fact", "relation", "values", "explanation", "claims": [{source, path, line, column, text}]}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.text.lines import line_at
from reports.contract import FindingsDocument
from reports.reviews import (
    OPEN_STATES,
    Review,
    Reviews,
    ReviewsError,
    fact_id,
    review_for,
    review_state,
    reviewed_values,
)

BASELINE_VERSION = 1
DEFAULT_BASELINE = "claimdiff.baseline.json"
CHECKED_RELATIONS = ("contradict", "evolves")  # agreements are never a problem
FAIL_ON = {"contradict": ("contradict",), "evolves": ("evolves",), "any": CHECKED_RELATIONS}
CHANGES = ("new", "changed", "unchanged")  # against the baseline; unchanged = in it with the same values


class BaselineError(ReviewsError):
    """A baseline file that cannot be used; the message names the file, which is left as it is."""


@dataclass(frozen=True)
class Location:
    """Where a claim sits: line and column are 1-based, the column counts code points of the
    source's decoded text (the text the claim's offsets index); the end is exclusive."""

    claim: str
    source: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    value: str
    # False when the offsets index text claimdiff derived (an HTML page's article text): line and
    # column are then in that text, not in the file.
    in_file: bool = True

    @property
    def where(self) -> str:
        if self.in_file:
            return f"{self.path}:{self.line}:{self.column}"
        return f"{self.path} (extracted text):{self.line}:{self.column}"

    def to_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "source": self.source,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "value": self.value,
            "in_file": self.in_file,
        }


@dataclass(frozen=True)
class Item:
    """One current finding (contradict or evolves) as the check sees it."""

    finding: str
    fact: str
    relation: str
    kind: str
    explanation: str
    values: tuple[str, ...]
    locations: tuple[Location, ...]
    change: str  # new | changed | unchanged
    state: str  # unreviewed | confirmed | dismissed | explained | changed
    review: Review | None
    failing: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "finding": self.finding,
            "relation": self.relation,
            "kind": self.kind,
            "change": self.change,
            "state": self.state,
            "failing": self.failing,
            "explanation": self.explanation,
            "values": list(self.values),
            "note": self.review.note if self.review else None,
            "reviewer": self.review.reviewer if self.review else None,
            "claims": [loc.to_json() for loc in self.locations],
        }


@dataclass(frozen=True)
class BaselineEntry:
    fact: str
    relation: str
    values: tuple[str, ...]
    explanation: str = ""
    claims: tuple[dict[str, Any], ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.fact, self.relation)

    def to_json(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "relation": self.relation,
            "values": list(self.values),
            "explanation": self.explanation,
            "claims": [dict(c) for c in self.claims],
        }


@dataclass
class CheckResult:
    items: list[Item]
    resolved: list[BaselineEntry]
    stale: list[Review]
    fail_on: tuple[str, ...]
    baseline: Path | None = None
    reviews_path: Path | None = None
    sources: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def failing(self) -> list[Item]:
        return [i for i in self.items if i.failing]

    @property
    def exit_code(self) -> int:
        return 1 if self.failing else 0

    def of_change(self, change: str) -> list[Item]:
        return [i for i in self.items if i.change == change]


# --- locations -----------------------------------------------------------------------


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and code-point column of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return line_at(text, offset), offset - line_start + 1


def locations(finding: Any, doc: FindingsDocument, texts: Mapping[str, str]) -> tuple[Location, ...]:
    from matcher.compare import describe

    claims = {c.id: c for c in doc.claims}
    paths = {s.id: s.path for s in doc.sources}
    derived = {s.id for s in doc.sources if s.text is not None}
    out = []
    for cid in finding.claims:
        c = claims.get(cid)
        if c is None:
            continue
        text = texts.get(c.source)
        if text is not None and c.end <= len(text):
            line, col = line_column(text, c.start)
            end_line, end_col = line_column(text, c.end)
        else:  # no text at hand: the claim's own line, the column unknown (1)
            line, col, end_line, end_col = c.line, 1, c.line, 1
        out.append(
            Location(
                cid,
                c.source,
                paths.get(c.source, c.source),
                line,
                col,
                end_line,
                end_col,
                c.text,
                describe(c),
                c.source not in derived,
            )
        )
    return tuple(sorted(out, key=lambda loc: (loc.path, loc.line, loc.column, loc.claim)))


# --- baseline ------------------------------------------------------------------------


def baseline_entries(doc: FindingsDocument, texts: Mapping[str, str]) -> list[BaselineEntry]:
    """The current contradict/evolves findings, one entry per (fact, relation)."""
    claims = {c.id: c for c in doc.claims}
    merged: dict[tuple[str, str], BaselineEntry] = {}
    for f in doc.findings or ():
        rel = f.relation.value
        if rel not in CHECKED_RELATIONS:
            continue
        key = (fact_id(f), rel)
        locs = [
            {"source": loc.source, "path": loc.path, "line": loc.line, "column": loc.column, "text": loc.text}
            for loc in locations(f, doc, texts)
        ]
        values = reviewed_values(f, claims)
        if key in merged:
            old = merged[key]
            values = tuple(sorted(set(old.values) | set(values)))
            locs = list(old.claims) + [c for c in locs if c not in old.claims]
            explanation = old.explanation
        else:
            explanation = f.explanation
        merged[key] = BaselineEntry(key[0], rel, values, explanation, tuple(locs))
    return [merged[k] for k in sorted(merged, key=lambda k: (k[1], k[0]))]


def dumps_baseline(entries: Iterable[BaselineEntry]) -> str:
    data = {
        "version": BASELINE_VERSION,
        "tool": "claimdiff",
        "kind": "baseline",
        "findings": [e.to_json() for e in sorted(entries, key=lambda e: (e.relation, e.fact))],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def load_baseline(path: Path | str) -> dict[tuple[str, str], BaselineEntry]:
    """Raises BaselineError naming the file for a missing, unreadable or wrong-shaped file."""
    path = Path(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise BaselineError(path, "no such file") from None
    except OSError as e:
        raise BaselineError(path, f"cannot be read ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise BaselineError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise BaselineError(path, f"is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if not isinstance(data, dict) or data.get("kind") != "baseline" or not isinstance(data.get("findings"), list):
        raise BaselineError(path, "is not a claimdiff baseline (write one with `claimdiff baseline`)")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > BASELINE_VERSION:
        raise BaselineError(path, f"has version {version!r}; this claimdiff reads version {BASELINE_VERSION}")
    out: dict[tuple[str, str], BaselineEntry] = {}
    for n, entry in enumerate(data["findings"], 1):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("fact"), str)
            or not isinstance(entry.get("relation"), str)
            or not isinstance(entry.get("values", []), list)
            or not all(isinstance(v, str) for v in entry.get("values", []))
            or not isinstance(entry.get("claims", []), list)
            or not all(isinstance(c, dict) for c in entry.get("claims", []))
        ):
            raise BaselineError(path, f"finding {n} is not a {{fact, relation, values, claims}} object")
        entry = BaselineEntry(
            entry["fact"],
            entry["relation"],
            tuple(entry.get("values", [])),
            str(entry.get("explanation", "")),
            tuple(entry.get("claims", [])),
        )
        out[entry.key] = entry
    return out


def default_baseline(sources: Sequence[Path]) -> Path:
    first = Path(sources[0])
    return (first if first.is_dir() else first.parent) / DEFAULT_BASELINE


# --- the check -----------------------------------------------------------------------


def run_check(
    doc: FindingsDocument,
    texts: Mapping[str, str],
    reviews: Reviews,
    baseline: Mapping[tuple[str, str], BaselineEntry] | None,
    fail_on: str = "contradict",
) -> CheckResult:
    failing_relations = FAIL_ON[fail_on]
    claims = {c.id: c for c in doc.claims}
    items = []
    seen: set[tuple[str, str]] = set()
    for f in doc.findings or ():
        rel = f.relation.value
        if rel not in CHECKED_RELATIONS:
            continue
        fact = fact_id(f)
        seen.add((fact, rel))
        values = reviewed_values(f, claims)
        base = baseline.get((fact, rel)) if baseline else None
        if base is None:
            change = "new"
        elif set(values) <= set(base.values):
            change = "unchanged"
        else:
            change = "changed"
        state = review_state(f, reviews, claims)
        failing = rel in failing_relations and change != "unchanged" and state in OPEN_STATES
        items.append(
            Item(
                f.id,
                fact,
                rel,
                f.kind,
                f.explanation,
                values,
                locations(f, doc, texts),
                change,
                state,
                review_for(f, reviews),
                failing,
            )
        )
    order = {c: i for i, c in enumerate(CHANGES)}
    items.sort(key=lambda i: (not i.failing, order[i.change], CHECKED_RELATIONS.index(i.relation), i.fact, i.finding))
    resolved = sorted((e for k, e in (baseline or {}).items() if k not in seen), key=lambda e: (e.relation, e.fact))
    stale = sorted(reviews.stale(doc.findings or ()), key=lambda r: r.key)
    return CheckResult(items, resolved, stale, failing_relations, sources=len(doc.sources))


# --- text and JSON -------------------------------------------------------------------


def _cell(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(result: CheckResult) -> str:
    out = []
    shown = [i for i in result.items if i.change != "unchanged"]
    for item in shown:
        label = "NEW" if item.change == "new" else "CHANGED"
        verdict = "FAIL" if item.failing else "ok"
        out.append(f"{label:<8} {item.relation:<10} {verdict:<4} {item.state:<10} fact {item.fact}")
        out.append(f"    {_cell(item.explanation, 110)}")
        if item.review and item.state != "unreviewed":
            who = f" ({item.review.reviewer})" if item.review.reviewer else ""
            out.append(f"    review: {item.review.status}{who}: {_cell(item.review.note or '-', 90)}")
        for loc in item.locations:
            out.append(f"    {loc.where}  {_cell(loc.text)}")
    for e in result.resolved:
        out.append(f"{'RESOLVED':<8} {e.relation:<10} {'':<4} {'':<10} fact {e.fact}")
        out.append(f"    was: {_cell(' vs '.join(e.values), 110)}")
        for c in e.claims:
            out.append(
                f"    {c.get('path', c.get('source'))}:{c.get('line')}:{c.get('column', 1)}  {_cell(c.get('text', ''))}"
            )
    for r in result.stale:
        out.append(
            f"{'STALE':<8} {r.relation:<10} {'':<4} {r.status:<10} fact {r.fact}  (review kept; no such finding now)"
        )
    n_new, n_changed = len(result.of_change("new")), len(result.of_change("changed"))
    base = f"since {result.baseline}" if result.baseline else "(no baseline)"
    reviewed = sum(1 for i in result.items if i.state not in OPEN_STATES)
    out.append(
        f"claimdiff check: {'FAIL' if result.failing else 'ok'}: {len(result.failing)} unreviewed "
        f"{'/'.join(result.fail_on)} finding(s) need review; {n_new} new, {n_changed} changed, "
        f"{len(result.resolved)} resolved {base}; {reviewed} reviewed, {len(result.stale)} stale review(s); "
        f"{result.sources} sources"
    )
    return "\n".join(out) + "\n"


def render_json(result: CheckResult) -> str:
    data = {
        "version": 1,
        "tool": "claimdiff",
        "kind": "check",
        "result": "fail" if result.failing else "pass",
        "fail_on": list(result.fail_on),
        "baseline": str(result.baseline) if result.baseline else None,
        "reviews": str(result.reviews_path) if result.reviews_path else None,
        "counts": {
            "failing": len(result.failing),
            "new": len(result.of_change("new")),
            "changed": len(result.of_change("changed")),
            "unchanged": len(result.of_change("unchanged")),
            "resolved": len(result.resolved),
            "stale_reviews": len(result.stale),
        },
        "findings": [i.to_json() for i in result.items],
        "resolved": [e.to_json() for e in result.resolved],
        "stale_reviews": [r.to_json() for r in result.stale],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
