"""The HTML consistency report: one self-contained page, contradictions first.

All logic is here; templates only loop over a typed context. Passages are cut and
highlighted in Python (offsets are code points; JavaScript strings are UTF-16), and
every piece of article text reaches the page through Jinja's autoescape.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from claims.model import Claim, Source
from matcher.compare import describe
from matcher.model import Finding, Flag, Relation
from reports.contract import FindingsDocument

ENV = Environment(
    loader=PackageLoader("reports", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

BEFORE, AFTER = 90, 140  # characters of context around a highlighted claim
_STOPS = "。！？!?\n"


@dataclass(frozen=True)
class Segment:
    text: str
    mark: bool = False


@dataclass(frozen=True)
class PassageView:
    claim_id: str
    source_id: str
    source_label: str
    published: str
    line: int
    kind: str
    value: str
    speaker: str
    stance: str
    segments: tuple[Segment, ...]
    garbled: bool


@dataclass(frozen=True)
class FindingView:
    id: str
    relation: str
    score: str
    explanation: str
    kind: str
    passages: tuple[PassageView, ...]


@dataclass(frozen=True)
class FlagView:
    id: str
    type: str
    explanation: str
    passages: tuple[PassageView, ...]


@dataclass(frozen=True)
class SourceView:
    id: str
    title: str
    outlet: str
    published: str
    script: str
    quality: str
    low_quality: bool
    claims: int
    path: str
    url: str


@dataclass
class ReportView:
    title: str
    sources: list[SourceView]
    sections: list[tuple[str, str, list[FindingView]]]  # (anchor, heading, findings)
    unsupported: list[FlagView]
    garbled: list[FlagView]
    entities: list[dict]
    counts: dict[str, int] = field(default_factory=dict)


def passage_segments(raw: str, start: int, end: int) -> tuple[Segment, ...]:
    """The claim's sentence-ish surroundings, cut at sentence stops, claim marked."""
    lo = max(0, start - BEFORE)
    cut = max((raw.rfind(ch, lo, start) for ch in _STOPS), default=-1)
    lo = cut + 1 if cut >= lo else lo
    hi = min(len(raw), end + AFTER)
    stops = [i for i in (raw.find(ch, end, hi) for ch in _STOPS) if i >= 0]
    hi = min(stops) + 1 if stops else hi
    head = ("…" if lo > 0 and raw[lo - 1] not in _STOPS else "") + _display(raw[lo:start].lstrip(), line_start=True)
    tail = _display(raw[end:hi].rstrip()) + ("…" if hi < len(raw) and raw[hi - 1] not in _STOPS else "")
    return tuple(s for s in (Segment(head), Segment(raw[start:end], True), Segment(tail)) if s.text)


_LINE_MARKUP = re.compile(r"^(?:[ \t]*(?:>[ \t]?|#{1,6}[ \t]+|[-+][ \t]+))+")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{2}|_{2}(?!\w)")


def _display(text: str, line_start: bool = False) -> str:
    """Context around a claim without markdown noise (`**`, `> `, `####`); the claim
    itself is always shown exactly as the source has it."""
    if line_start:
        text = _LINE_MARKUP.sub("", text)
    return _EMPHASIS.sub("", text)


def build_view(doc: FindingsDocument, texts: Mapping[str, str]) -> ReportView:
    claims = {c.id: c for c in doc.claims}
    sources = {s.id: s for s in doc.sources}

    def span_view(
        source_id: str,
        start: int,
        end: int,
        fallback: str,
        line: int,
        claim_id: str = "",
        kind: str = "",
        value: str = "",
        speaker: str = "",
        stance: str = "",
        garbled: bool = True,
    ) -> PassageView:
        raw = texts.get(source_id)
        segs = passage_segments(raw, start, end) if raw is not None else (Segment(fallback, True),)
        src = sources.get(source_id)
        return PassageView(
            claim_id,
            source_id,
            _label(src, source_id),
            (src.published if src else None) or "date unknown",
            line,
            kind,
            value,
            speaker,
            stance,
            segs,
            garbled,
        )

    def passage(c: Claim) -> PassageView:
        return span_view(
            c.source,
            c.start,
            c.end,
            c.text,
            c.line,
            c.id,
            c.kind.value,
            describe(c),
            c.speaker or "",
            c.stance.value,
            c.garbled,
        )

    def finding(f: Finding) -> FindingView:
        members = sorted((claims[i] for i in f.claims if i in claims), key=lambda c: (c.source, c.start))
        return FindingView(
            f.id, f.relation.value, f"{f.score:.2f}", f.explanation, f.kind, tuple(passage(c) for c in members)
        )

    def flag(fl: Flag) -> FlagView:
        members = [claims[i] for i in fl.claims if i in claims]
        views = tuple(passage(c) for c in members)
        if not views and fl.source in texts and fl.start is not None and fl.end is not None:
            raw = texts[fl.source]
            views = (span_view(fl.source, fl.start, fl.end, raw[fl.start : fl.end], raw.count("\n", 0, fl.start) + 1),)
        return FlagView(fl.id, fl.type, fl.explanation, views)

    findings = list(doc.findings or ())
    by_rel = {r: [finding(f) for f in findings if f.relation is r] for r in Relation}
    per_source = Counter(c.source for c in doc.claims)
    flags = list(doc.flags or ())
    view = ReportView(
        title=_title(doc),
        sources=[
            SourceView(
                s.id,
                s.title or "",
                s.outlet or "",
                s.published or "unknown",
                s.script,
                f"{s.quality:.0%}",
                s.quality < 0.98,
                per_source.get(s.id, 0),
                s.path,
                s.url or "",
            )
            for s in doc.sources
        ],
        sections=[
            ("contradictions", "Contradictions", by_rel[Relation.contradict]),
            ("evolves", "Changed over time", by_rel[Relation.evolves]),
            ("agreements", "Agreements", by_rel[Relation.agree]),
        ],
        unsupported=[flag(f) for f in flags if f.type == "unsupported_quote"],
        garbled=[flag(f) for f in flags if f.type == "garbled_text"],
        entities=[e for e in (doc.entities or ()) if len(e.get("aliases", ())) > 1],
    )
    view.counts = {
        "contradict": len(by_rel[Relation.contradict]),
        "evolves": len(by_rel[Relation.evolves]),
        "agree": len(by_rel[Relation.agree]),
        "unsupported": len(view.unsupported),
        "garbled": len(view.garbled),
        "claims": len(doc.claims),
        "sources": len(doc.sources),
    }
    return view


def render_report(doc: FindingsDocument, texts: Mapping[str, str] | None = None) -> str:
    return ENV.get_template("report.html").render(report=build_view(doc, texts or {}))


def _label(src: Source | None, sid: str) -> str:
    if src is None:
        return sid
    return f"{src.outlet} · {sid}" if src.outlet else sid


def _title(doc: FindingsDocument) -> str:
    titles = [s.title for s in doc.sources if s.title]
    return titles[0] if len(titles) == 1 else f"{len(doc.sources)} sources compared"
