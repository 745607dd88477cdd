"""`claimdiff export`: findings for newsroom tools.

csv — one row per finding: fact, relation, review state and note, the values, the frame of
      the fact, and both passages (source, path, line, column, the claim, its line of text).
      A finding with more than two claims lists the others in `more_claims`.
claimreview — schema.org ClaimReview JSON-LD, one per reviewed contradiction or change over
      time: claimReviewed (the passages), itemReviewed (a Claim that appears in each source,
      with its URL and publication date), reviewRating from the review status.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from reports.check import CHECKED_RELATIONS, Location, line_column, locations
from reports.contract import FindingsDocument
from reports.reviews import OPEN_STATES, Reviews, fact_id, review_for, review_state, reviewed_values

CSV_COLUMNS = (
    "fact",
    "finding",
    "relation",
    "kind",
    "score",
    "state",
    "note",
    "reviewer",
    "reviewed_at",
    "values",
    "frame",
    "explanation",
    "source_a",
    "path_a",
    "line_a",
    "column_a",
    "claim_a",
    "passage_a",
    "source_b",
    "path_b",
    "line_b",
    "column_b",
    "claim_b",
    "passage_b",
    "more_claims",
)
PASSAGE_CHARS = 160  # a passage is the claim's line, cut to this many characters around the claim
# Which frame fields the export shows, in order, when the claims carry them (the lead's frames
# add measure/place/event; today's claims have subject and as_of).
FRAME_FIELDS = ("measure", "subject", "place", "as_of", "event")
# reviewRating: 1 = the contradiction stands, 3 = no real contradiction.
RATINGS = {
    "confirmed": (1, {"contradict": "Contradicted by another source", "evolves": "Figure changed over time"}),
    "explained": (2, {"contradict": "Explained difference", "evolves": "Explained change"}),
    "dismissed": (3, {"contradict": "No contradiction", "evolves": "No change"}),
}


def passage(text: str | None, start: int, end: int, width: int = PASSAGE_CHARS) -> str:
    """The line holding [start, end), cut to about `width` characters centred on the claim."""
    if text is None:
        return ""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    if b - a > width:
        pad = max(0, (width - (end - start)) // 2)
        na, nb = max(a, start - pad), min(b, end + pad)
        return ("…" if na > a else "") + text[na:nb] + ("…" if nb < b else "")
    return text[a:b]


def frame_of(claims: list[Any]) -> str:
    """`kind=quantity; subject=OpenAI; as_of=2019` from the first claim that states each field."""
    parts = []
    if claims:
        parts.append(f"kind={claims[0].kind.value}")
    frame = None
    for c in claims:
        frame = getattr(c, "frame", None) or frame
    for name in FRAME_FIELDS:
        value = None
        for c in claims:
            value = getattr(frame, name, None) if frame is not None else None
            value = value or getattr(c, name, None)
            if value:
                break
        if value:
            parts.append(f"{name}={value}")
    return "; ".join(parts)


def render_csv(doc: FindingsDocument, texts: Mapping[str, str], reviews: Reviews) -> str:
    claims = {c.id: c for c in doc.claims}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    order = {"contradict": 0, "evolves": 1, "agree": 2}
    findings = sorted(doc.findings or (), key=lambda f: (order.get(f.relation.value, 3), fact_id(f), f.id))
    for f in findings:
        review = review_for(f, reviews)
        locs = locations(f, doc, texts)
        sides: list[list[Any]] = []
        for loc in locs[:2]:
            c = claims[loc.claim]
            sides.append(
                [loc.source, loc.path, loc.line, loc.column, loc.text, passage(texts.get(c.source), c.start, c.end)]
            )
        while len(sides) < 2:
            sides.append([""] * 6)
        more = "; ".join(f"{loc.where} {loc.text}" for loc in locs[2:])
        w.writerow(
            [
                fact_id(f),
                f.id,
                f.relation.value,
                f.kind,
                f"{f.score:.2f}",
                review_state(f, reviews, claims),
                review.note if review else "",
                (review.reviewer or "") if review else "",
                review.at if review else "",
                " | ".join(reviewed_values(f, claims)),
                frame_of([claims[i] for i in f.claims if i in claims]),
                f.explanation,
                *sides[0],
                *sides[1],
                more,
            ]
        )
    return buf.getvalue()


def _appearance(source: Any) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if source.url:
        work["url"] = source.url
    if source.title:
        work["headline"] = source.title
    if source.published:
        work["datePublished"] = source.published
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.author:
        work["author"] = {"@type": "Person", "name": source.author}
    return work


def render_claimreview(
    doc: FindingsDocument, texts: Mapping[str, str], reviews: Reviews, *, include_all: bool = False
) -> str:
    claims = {c.id: c for c in doc.claims}
    sources = {s.id: s for s in doc.sources}
    graph = []
    for f in sorted(doc.findings or (), key=lambda f: (f.relation.value, fact_id(f), f.id)):
        if f.relation.value not in CHECKED_RELATIONS:
            continue
        state = review_state(f, reviews, claims)
        if state in OPEN_STATES and not include_all:
            continue
        review = review_for(f, reviews)
        locs: tuple[Location, ...] = locations(f, doc, texts)
        quoted = " / ".join(
            f"「{passage(texts.get(claims[loc.claim].source), claims[loc.claim].start, claims[loc.claim].end)}」"
            f"（{loc.source}）"
            for loc in locs
        )
        item: dict[str, Any] = {
            "@type": "ClaimReview",
            "identifier": fact_id(f),
            "claimReviewed": quoted,
            "itemReviewed": {
                "@type": "Claim",
                "appearance": [
                    _appearance(sources[s]) for s in dict.fromkeys(loc.source for loc in locs) if s in sources
                ],
            },
            "reviewBody": (review.note if review and review.note else f.explanation),
            "author": {"@type": "Organization", "name": "claimdiff"},
        }
        first = min(
            (sources[loc.source] for loc in locs if loc.source in sources and sources[loc.source].published),
            key=lambda s: s.published or "",
            default=None,
        )
        if first is not None:
            item["itemReviewed"]["firstAppearance"] = _appearance(first)
        if review is not None and state not in OPEN_STATES:
            value, names = RATINGS[review.status]
            item["reviewRating"] = {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": 3,
                "worstRating": 1,
                "alternateName": names.get(f.relation.value, review.status),
            }
            if review.reviewer:
                item["author"] = {"@type": "Person", "name": review.reviewer}
            if review.at:
                item["datePublished"] = review.at[:10]
        else:
            item["reviewRating"] = {"@type": "Rating", "alternateName": "Not reviewed yet"}
        graph.append(item)
    data = {"@context": "https://schema.org", "@graph": graph}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


__all__ = ["CSV_COLUMNS", "line_column", "passage", "render_claimreview", "render_csv"]
