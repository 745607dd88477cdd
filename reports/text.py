"""Plain-text renderings of a findings document, for terminals."""

from __future__ import annotations

import json

from matcher.model import Relation
from reports.contract import FindingsDocument, relation_counts


def _value(claim) -> str:
    data = claim.value.model_dump(mode="json")
    if claim.kind.value == "quote":
        data = {"speaker": data["speaker"]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _cell(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def frame_line(kind: str, frame: dict) -> str:
    """`deaths · 贵州 · 刘长海` — what a fact measures, where and whose, as a reader says it."""
    words = [*frame.get("predicate", ()), *frame.get("measure", ()), *frame.get("event", ())]
    parts = [" / ".join(w.lstrip("~<>") for w in words[:3]) or kind]
    if frame.get("scope"):
        parts.append(frame["scope"])
    parts += list(frame.get("place", ()))[:2]
    if frame.get("holder"):
        parts.append(frame["holder"])
    return " · ".join(parts)


def render_claims(doc: FindingsDocument) -> str:
    """One row a claim: source, line, kind, value, speaker, stance, text."""
    rows = [("source", "line", "kind", "value", "speaker", "stance", "text")]
    for c in doc.claims:
        rows.append(
            (
                c.source,
                str(c.line),
                c.kind.value,
                _cell(_value(c), 60),
                c.speaker or "-",
                c.stance.value,
                _cell(c.text, 60),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows]
    lines.append(f"{len(doc.claims)} claims from {len(doc.sources)} sources")
    return "\n".join(lines) + "\n"


def render_findings(doc: FindingsDocument) -> str:
    """One block per fact: its relation, its frame, its timeline (each source's value, line
    and date), then each of its findings; findings without a fact (quotes) after."""
    claims = {c.id: c for c in doc.claims}
    facts = {f.id: f for f in doc.facts or ()}
    by_fact: dict[str | None, list] = {}  # each fact's findings in document order (one pass, not one a fact)
    for g in doc.findings or ():
        by_fact.setdefault(g.fact, []).append(g)
    out: list[str] = []
    shown: set[str] = set()
    for f in doc.findings or ():
        if f.fact in shown:
            continue
        fact = facts.get(f.fact or "")
        if fact is not None:
            shown.add(fact.id)
            group = by_fact[fact.id]
            out.append(
                f"{f.relation.value.upper():<10} {f.score:.2f}  fact {fact.id}  {frame_line(fact.kind, fact.frame)}"
            )
            for point in fact.timeline:
                where = ", ".join(f"{claims[c].source}:{claims[c].line}" for c in point.claims[:4])
                more = f" +{len(point.claims) - 4}" if len(point.claims) > 4 else ""
                when = f"{point.as_of} {point.clock}" if point.as_of and point.clock else point.as_of or "time unknown"
                out.append(f"    {when:<12} {point.value:<24} {where}{more}")
            for g in group:
                out.append(f"    {g.relation.value}: {g.explanation}")
            continue
        out.append(f"{f.relation.value.upper():<10} {f.score:.2f}  {f.explanation}")
        for cid in f.claims:
            c = claims[cid]
            out.append(f"    {c.source}:{c.line}  {_cell(c.text, 70)}")
    for fl in doc.flags or ():
        out.append(f"{fl.type.upper():<10}       {fl.explanation}")
    counts = relation_counts(doc)
    out.append(
        f"{counts[Relation.contradict]} contradictions, {counts[Relation.evolves]} changes over time, "
        f"{counts[Relation.agree]} agreements, {len(doc.flags or ())} flags across {len(doc.sources)} sources"
    )
    return "\n".join(out) + "\n"
