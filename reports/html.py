"""The HTML report: a reviewer's workspace in one self-contained page.

Python decides everything that needs the contract's offsets (code points; JavaScript
strings are UTF-16): passages are cut and highlighted here, quote differences come from
difflib opcodes here, the source view's runs of text and claim ids are split here. The page
receives that as one JSON blob in a `<script type="application/json">` element (escaped so
that no article text can close the element) and its script builds the cards from it a page
at a time, with `textContent` only: nothing from an article is ever parsed as HTML.

The header (sources, counts, source-pair matrix, filter controls) is rendered by Jinja
with autoescape, so it reads without the script. Every label comes from reports.labels.

Content-Security-Policy: `default-src 'none'`, and the page's one script and one style
element are allowed by their SHA-256 hashes, not by 'unsafe-inline': should an article's
text ever escape the escaping, a `<script>` or `style=""` it injects still does not run.
Hashes rather than nonces keep the page byte-identical for the same inputs. The served page
(`claimdiff serve`) adds `connect-src 'self'` for its writes; the file report has no
network at all.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from rapidfuzz import fuzz

from claims.model import Claim, IntervalValue, RankValue, Source
from matcher.compare import describe
from matcher.model import FactRecord, Finding, Flag, FlagType
from reports import reviews as reviews_mod
from reports.contract import FindingsDocument
from reports.labels import default_lang, labels
from reports.text import frame_line

ENV = Environment(
    loader=PackageLoader("reports", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

BEFORE, AFTER = 90, 140  # characters of context around a highlighted claim
_STOPS = "。！？!?\n"

# Past this many bytes of page data the data goes to a sidecar `REPORT.data.js` beside the
# HTML. The seeds' data is ~0.45 MB; a 2,000-card report of 40 seed copies is ~9 MB, which
# Chromium parses in well under a second either way, but an HTML file that big is slow to
# open in an editor or mail. A `.js` sidecar (not `.json`): Chromium blocks fetch() from
# file:// pages, while a <script src> beside the file loads offline.
DATA_INLINE_BUDGET = 1_500_000

# A matrix of more sources than this is unreadable at 1,024 px (a cell ~ 22 px).
MATRIX_MAX_SOURCES = 30

RELATION_ORDER = ("contradict", "evolves", "unsupported", "agree")
STATUSES = ("unreviewed", "confirmed", "dismissed", "explained", "changed")
KINDS = (
    "quantity",
    "money",
    "percent",
    "date",
    "duration",
    "rank",
    "age",
    "quote",
    "role",
    "event",
    "score",
    "minute",
    "title_count",
)


@dataclass(frozen=True)
class Segment:
    text: str
    mark: bool = False


@dataclass(frozen=True)
class Rendered:
    html: str
    sidecar: str | None = None  # the `.data.js` text, when the data is past the budget


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


# ---------------------------------------------------------------- the page's data


def _frame_get(claim: Any, key: str) -> Any:
    frame = getattr(claim, "frame", None)
    if frame is None:
        return None
    return frame.get(key) if isinstance(frame, Mapping) else getattr(frame, key, None)


def _first(value: Any) -> str:
    """One display word from a frame field: a string, or the first of a tuple (nearest first);
    `~>word` / `~<word` (an unlisted word after / before the figure) shows as the word."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return re.sub(r"^~[<>]", "", str(value)) if value else ""


def frame_text(claim: Any) -> str:
    """The frame on one line, `deaths · 某县 · @ 2025-03-22`, when the claim has one (frames issue),
    else "". Reads what the frame holds: measure, subject or holder, place(s), event, as of."""
    if getattr(claim, "frame", None) is None:
        return ""
    get = lambda k: _frame_get(claim, k)
    place = get("place")
    parts = [
        _first(get("measure")) or _first(get("event")),
        _first(get("subject")) or _first(get("holder")) or (getattr(claim, "subject", None) or ""),
        "、".join(map(str, place)) if isinstance(place, (list, tuple)) else _first(place),
    ]
    as_of = get("as_of") or getattr(claim, "as_of", None)
    if as_of:
        parts.append(f"@ {as_of}")
    return " · ".join(p for p in parts if p)


def _measure(claim: Claim) -> str:
    return _first(_frame_get(claim, "measure"))


def why_matched(members: Sequence[Claim]) -> list[list[Any]]:
    """What the claims share, as (label key, parameters) pairs; only what the data holds."""
    if len(members) < 2:
        return []
    why: list[list[Any]] = []
    measures = {_measure(c) for c in members}
    if len(measures) == 1 and "" not in measures:
        why.append(["why_same_measure", {"measure": measures.pop()}])
    subjects = {c.subject for c in members}
    if len(subjects) == 1 and None not in subjects:
        why.append(["why_same_subject", {"subject": subjects.pop()}])
    speakers = {c.speaker for c in members}
    if len(speakers) == 1 and None not in speakers:
        why.append(["why_same_speaker", {"speaker": speakers.pop()}])
    shared = set(members[0].entities).intersection(*(c.entities for c in members[1:]))
    if shared:
        why.append(["why_shared_entities", {"names": " · ".join(sorted(shared))}])
    contexts = [c.context for c in members if c.context]
    if len(contexts) >= 2:
        why.append(["why_context", {"sim": f"{fuzz.ratio(contexts[0], contexts[1]) / 100:.2f}"}])
    return why


def _number(claim: Claim) -> tuple[float, float] | None:
    """The figure's interval for a chart; None for values that are no number (dates, quotes)."""
    v = claim.value
    if not isinstance(v, IntervalValue | RankValue):
        return None
    low, high = v.low, v.high
    if isinstance(low, (int, float)) and isinstance(high, (int, float)):
        return float(low), float(high)
    if isinstance(low, (int, float)):
        return float(low), float(low)
    if isinstance(high, (int, float)):
        return float(high), float(high)
    return None


def timeline(members: Sequence[Claim], sources: Mapping[str, Source], index: Mapping[str, int]) -> list | None:
    """Points [date, low, high, source index, claim id] for an evolves card's small chart:
    the date the claim describes, else its source's publication date."""
    points = []
    for c in members:
        when = str(c.as_of) if c.as_of else (sources[c.source].published if c.source in sources else None)
        num = _number(c)
        if not when or num is None:
            return None
        points.append([when[:10], num[0], num[1], index.get(c.source, -1), c.id])
    return sorted(points) if len(points) >= 2 else None


_PUNCT = re.compile(r"[\s\W_]", re.UNICODE)


def quote_diff(a: str, b: str) -> tuple[list[list[Any]], list[list[Any]]]:
    """Each quote as pieces [text, 1 if the words differ from the other quote else 0].
    Punctuation and spacing never count as a difference (sources punctuate freely)."""

    def pieces(text: str, spans: list[tuple[int, int]]) -> list[list[Any]]:
        out: list[list[Any]] = []
        flags = [0] * len(text)
        for i, j in spans:
            for k in range(i, j):
                flags[k] = 0 if _PUNCT.match(text[k]) else 1
        for ch, f in zip(text, flags, strict=True):
            if out and out[-1][1] == f:
                out[-1][0] += ch
            else:
                out.append([ch, f])
        return out

    sa, sb = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            sa.append((i1, i2))
            sb.append((j1, j2))
    return pieces(a, sa), pieces(b, sb)


def source_runs(raw: str, claims: Sequence[Claim]) -> list[list[Any]]:
    """The whole text as runs [text] or [text, [claim ids covering it]], so the page can
    highlight every claim (nested ones too) without handling offsets itself."""
    cuts = {0, len(raw)}
    spans = [(c.start, c.end, c.id) for c in claims if 0 <= c.start < c.end <= len(raw)]
    for s, e, _ in spans:
        cuts.update((s, e))
    order = sorted(cuts)
    runs: list[list[Any]] = []
    spans.sort()
    active: list[tuple[int, int, str]] = []
    k = 0
    for lo, hi in zip(order, order[1:], strict=False):
        while k < len(spans) and spans[k][0] <= lo:
            active.append(spans[k])
            k += 1
        active = [sp for sp in active if sp[1] > lo]
        ids = [sp[2] for sp in sorted(active, key=lambda sp: (sp[0], -sp[1], sp[2]))]
        runs.append([raw[lo:hi], ids] if ids else [raw[lo:hi]])
    return runs


def _http_url(url: str | None) -> str:
    return url if url and re.match(r"^https?://[^\s\"'<>]+$", url, re.I) else ""


def report_key(doc: FindingsDocument) -> str:
    """The localStorage key of a report: its sources' paths, not their contents, so a
    browser's decisions survive an edit of an article (they follow fact ids)."""
    paths = "\n".join(sorted(s.path for s in doc.sources))
    return hashlib.sha256(paths.encode("utf-8")).hexdigest()[:16]


def build_data(
    doc: FindingsDocument,
    texts: Mapping[str, str],
    *,
    lang: str,
    reviews: reviews_mod.Reviews | None = None,
    live: Mapping[str, Any] | None = None,
    warnings: Sequence[str] = (),
) -> dict[str, Any]:
    """Everything the page's script needs, JSON-ready and in a deterministic order."""
    t = labels(lang)
    claims = {c.id: c for c in doc.claims}
    sources = {s.id: s for s in doc.sources}
    index = {s.id: i for i, s in enumerate(doc.sources)}
    per_source = Counter(c.source for c in doc.claims)
    flags = list(doc.flags or ())
    garbled = _garbled_per_source(flags, claims)
    reviews = reviews or reviews_mod.Reviews()
    cards, used = _cards(doc, flags, claims, sources, index, reviews)

    by_source: dict[str, list[Claim]] = {}
    for c in doc.claims:
        by_source.setdefault(c.source, []).append(c)
    aliases = {}
    for e in doc.entities or ():
        for a in e.get("aliases", ()):
            aliases[a] = e.get("canonical", a)

    return {
        "version": 1,
        "key": report_key(doc),
        "lang": lang,
        "labels": t,
        "live": dict(live) if live else None,
        "sources": [
            {
                "id": s.id,
                "label": f"{s.outlet} · {s.id}" if s.outlet else s.id,
                "title": s.title or "",
                "published": s.published or "",
                "url": _http_url(s.url),
            }
            for s in doc.sources
        ],
        "claims": {cid: _claim_row(used[cid], texts, index) for cid in sorted(used)},
        "cards": cards,
        "texts": {s.id: source_runs(texts[s.id], by_source.get(s.id, ())) for s in doc.sources if s.id in texts},
        "kinds": {c.id: [c.kind.value, describe(c)] for c in doc.claims if c.source in texts},
        "aliases": aliases,
        "reviews": reviews.to_json()["reviews"],
        "per_source": {s.id: per_source.get(s.id, 0) for s in doc.sources},
        "notes": {s.id: _source_notes(s, t, garbled, warnings) for s in doc.sources},
    }


def _garbled_per_source(flags: Sequence[Flag], claims: Mapping[str, Claim]) -> Counter[str]:
    """Garbled passages per source: flags that name their source, else their claims'."""
    garbled = Counter(fl.source for fl in flags if fl.type is FlagType.garbled_text and fl.source)
    for fl in flags:
        if fl.type is FlagType.garbled_text and not fl.source:
            for cid in fl.claims:
                if cid in claims:
                    garbled[claims[cid].source] += 1
    return garbled


def _source_notes(s: Source, t: Mapping[str, str], garbled: Counter[str], warnings: Sequence[str]) -> list[str]:
    """What a reader should know about a source's text: quality, garbling, encoding, load warnings."""
    out = []
    if s.quality < 0.98:
        out.append(t["text_quality"].format(q=f"{s.quality:.0%}"))
    if garbled.get(s.id):
        out.append(t["garbled_passages"].format(n=garbled[s.id]))
    if s.encoding.lower().replace("_", "-") not in ("utf-8", "ascii"):
        out.append(t["encoding"].format(e=s.encoding))
    out += [w.split(": ", 1)[-1] for w in warnings if s.path and w.startswith(s.path)]
    return out


def _cards(
    doc: FindingsDocument,
    flags: Sequence[Flag],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    index: Mapping[str, int],
    reviews: reviews_mod.Reviews,
) -> tuple[list[dict[str, Any]], dict[str, Claim]]:
    """One card per fact (its findings grouped by relation inside it) and per unsupported
    quote, in review order, and the claims they show."""
    used: dict[str, Claim] = {}
    cards: list[dict[str, Any]] = []
    facts = {f.id: f for f in doc.facts or ()}
    per_fact: dict[str, list[Finding]] = {}
    for f in doc.findings or ():
        per_fact.setdefault(reviews_mod.fact_id(f), []).append(f)
    for fid, findings in per_fact.items():
        card = _fact_card(fid, facts.get(fid), findings, claims, sources, index, reviews)
        used.update((cid, claims[cid]) for cid in card["claims"])
        cards.append(card)
    for fl in flags:
        if fl.type is not FlagType.unsupported_quote:
            continue
        members = _members(claims, fl.claims)
        used.update((c.id, c) for c in members)
        group = _group(FlagAsFinding(fl).id, "unsupported", [FlagAsFinding(fl)], members, claims, reviews)
        group.update(score=1.0, reason="quote", expl=[fl.explanation])
        cards.append(
            {
                "id": fl.id,
                "rel": "unsupported",
                "score": 1.0,
                "kind": "quote",
                "frame": "",
                "asof": [],
                "expl": fl.explanation,
                "claims": group["claims"],
                "why": [],
                "table": [],
                "conflicts": [],
                "groups": [group],
                "status": group["status"],
            }
        )
    rank = {r: i for i, r in enumerate(RELATION_ORDER)}
    cards.sort(key=lambda c: (rank[c["rel"]], -c["score"], c["id"]))
    return cards, used


def _members(claims: Mapping[str, Claim], ids: Sequence[str]) -> list[Claim]:
    """The claims of `ids` that exist, in reading order (source, offset)."""
    unique = {i: claims[i] for i in ids if i in claims}
    return sorted(unique.values(), key=lambda c: (c.source, c.start, c.id))


def _fact_card(
    fid: str,
    fact: FactRecord | None,
    findings: Sequence[Finding],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    index: Mapping[str, int],
    reviews: reviews_mod.Reviews,
) -> dict[str, Any]:
    """A fact as one card: its frame line, its timeline as a table (a fact the matcher did not
    record reads its timeline off its claims), the conflicting pairs, and one reviewable group
    per relation of its findings, the fact's own relation first."""
    members = _members(claims, [*(fact.members if fact else ()), *(cid for f in findings for cid in f.claims)])
    by_rel: dict[str, list[Finding]] = {}
    for f in findings:
        by_rel.setdefault(f.relation.value, []).append(f)
    rank = {r: i for i, r in enumerate(RELATION_ORDER)}
    head = fact.relation.value if fact and fact.relation.value in by_rel else min(by_rel, key=rank.__getitem__)
    order = sorted(by_rel, key=lambda r: (r != head, rank[r]))
    groups = [_finding_group(fid, rel, by_rel[rel], claims, reviews) for rel in order]
    kind = (fact.kind if fact else findings[0].kind) or (members[0].kind.value if members else "")
    conflicts = [list(pair) for pair in fact.conflicts] if fact else []
    for g in groups:
        if g["rel"] == "contradict" and not fact:
            conflicts += [[a, b] for a, b in zip(g["claims"], g["claims"][1:], strict=False)]
    frame, asof = fact_frame(fact, members)
    card: dict[str, Any] = {
        "id": fid,
        "rel": head,
        "score": round(fact.score if fact else max(f.score for f in findings), 3),
        "kind": kind,
        "frame": frame,
        "asof": asof,
        "expl": fact.explanation if fact else groups[0]["expl"][0],
        "claims": [c.id for c in members],
        "why": why_matched(members),
        "table": _table(fact, members),
        "conflicts": conflicts,
        "groups": groups,
        "status": groups[0]["status"],
    }
    if "evolves" in by_rel:
        card["timeline"] = timeline(members, sources, index)
    return card


def _finding_group(
    fid: str, rel: str, findings: Sequence[Finding], claims: Mapping[str, Claim], reviews: reviews_mod.Reviews
) -> dict[str, Any]:
    members = _members(claims, [cid for f in findings for cid in f.claims])
    group = _group(fid, rel, findings, members, claims, reviews)
    group.update(
        score=round(max(f.score for f in findings), 3),
        reason=findings[0].reason,
        expl=[f.explanation for f in findings],
    )
    if members and members[0].kind.value == "quote" and len(members) == 2:
        da, db = quote_diff(members[0].text, members[1].text)
        group["diff"] = {members[0].id: da, members[1].id: db}
    return group


def _group(
    fid: str,
    rel: str,
    findings: Sequence[Any],
    members: Sequence[Claim],
    claims: Mapping[str, Claim],
    reviews: reviews_mod.Reviews,
) -> dict[str, Any]:
    """What one review decision covers: the findings of one fact and relation (the reviews
    file keys decisions by (fact, relation)), their claims, and the decision's state."""
    values, rows = reviews_mod.reviewed_material(findings, claims)
    review = reviews.get(fid, rel)
    if review is None:
        status = "unreviewed"
    elif not set(values) <= set(review.values):
        status = "changed"  # a value the reviewer never saw (reviews.review_state, per finding)
    else:
        status = review.status
    return {
        "rel": rel,
        "findings": [f.id for f in findings],
        "claims": [c.id for c in members],
        "values": list(values),
        "rclaims": list(rows),
        "status": status,
        "note": review.note if review else "",
    }


def _table(fact: FactRecord | None, members: Sequence[Claim]) -> list[list[Any]]:
    """The fact's timeline as rows [as_of or "", value, [claim ids]], in the contract's order."""
    if fact is not None and fact.timeline:
        return [
            [f"{p.as_of} {p.clock}" if p.as_of and p.clock else p.as_of or "", p.value, list(p.claims)]
            for p in fact.timeline
        ]
    rows: dict[tuple[str, str], list[str]] = {}
    for c in members:
        rows.setdefault((str(c.as_of) if c.as_of else "", describe(c)), []).append(c.id)
    return [
        [when, value, ids] for (when, value), ids in sorted(rows.items(), key=lambda kv: (kv[0][0] or "~", kv[0][1]))
    ]


def fact_frame(fact: FactRecord | None, members: Sequence[Claim]) -> tuple[str, list[str]]:
    """The fact's frame, `deaths · 某县`, as the text output writes it (reports.text.frame_line),
    and the first and last time its dated values hold (the page writes "as of 3-22", or
    a range). A fact the matcher did not record shows its first claim's frame."""
    if fact is None:
        return next((t for t in map(frame_text, members) if t), ""), []
    times = sorted({p.as_of for p in fact.timeline if p.as_of})
    return frame_line(fact.kind, fact.frame), times[:1] + times[1:][-1:]


def _claim_row(c: Claim, texts: Mapping[str, str], index: Mapping[str, int]) -> dict[str, Any]:
    """A claim as the page shows it: source, line, kind, value and its passage split around it."""
    raw = texts.get(c.source)
    segs = passage_segments(raw, c.start, c.end) if raw is not None else (Segment(c.text, True),)
    at = next((i for i, s in enumerate(segs) if s.mark), len(segs))  # no mark: an empty claim
    head = "".join(s.text for s in segs[:at])
    tail = "".join(s.text for s in segs[at + 1 :])
    row: dict[str, Any] = {
        "s": index.get(c.source, -1),
        "l": c.line,
        "k": c.kind.value,
        "v": describe(c),
        "p": [head, c.text if raw is None else raw[c.start : c.end], tail],
    }
    if c.speaker:
        row["sp"] = c.speaker
    if c.stance.value != "asserted":
        row["st"] = c.stance.value
    if c.garbled:
        row["g"] = 1
    if frame_text(c):
        row["fr"] = frame_text(c)
    if c.entities:
        row["e"] = list(c.entities)
    return row


@dataclass(frozen=True)
class FlagAsFinding:
    """An unsupported-quote flag as the reviews file sees it: fact = the flag's id,
    relation `unsupported` (a review of it cannot be mistaken for a finding's)."""

    flag: Flag

    @property
    def id(self) -> str:
        return self.flag.id

    @property
    def relation(self) -> str:
        return "unsupported"

    @property
    def claims(self) -> tuple[str, ...]:
        return self.flag.claims


# ---------------------------------------------------------------- the page


@dataclass(frozen=True)
class HeaderView:
    title: str
    counts: dict[str, int]
    kinds: list[tuple[str, int]]
    sources: list[dict[str, Any]]
    matrix: list[list[dict[str, Any]]] | None
    entities: list[str]


def header_view(doc: FindingsDocument, data: Mapping[str, Any]) -> HeaderView:
    cards = data["cards"]
    counts = Counter(c["rel"] for c in cards)
    kinds = Counter(c["kind"] for c in cards if c["kind"])
    ids = [s.id for s in doc.sources]
    matrix = _source_matrix(ids, cards, data["claims"]) if len(ids) <= MATRIX_MAX_SOURCES else None
    sources = []
    for s in doc.sources:
        sources.append(
            {
                "id": s.id,
                "title": s.title or "",
                "outlet": s.outlet or "",
                "published": s.published or "",
                "script": s.script,
                "claims": data["per_source"][s.id],
                "notes": data["notes"][s.id],
                "url": _http_url(s.url),
            }
        )
    titles = [s.title for s in doc.sources if s.title]
    title = titles[0] if len(titles) == 1 else ""
    return HeaderView(
        title,
        {r: counts.get(r, 0) for r in RELATION_ORDER},
        sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])),
        sources,
        matrix,
        _entities_by_cards(cards, data["claims"], data["aliases"]),
    )


def _source_matrix(
    ids: Sequence[str], cards: Sequence[Mapping[str, Any]], claims: Mapping[str, Mapping[str, Any]]
) -> list[list[dict[str, Any]]]:
    """Source × source cells: contradictions, changes and agreements between each pair, and a
    heat level (0–4) weighing a contradiction as three changes. Counted per reviewable group
    of a fact card (its findings of one relation), by the sources of that group's claims."""
    pairs: dict[tuple[str, str], Counter] = {}
    for group in (g for card in cards for g in card["groups"] if g["rel"] != "unsupported"):
        pair = group_pair(ids, group["claims"], claims)
        if pair:
            pairs.setdefault(pair, Counter())[group["rel"]] += 1
    peak = max((p["contradict"] * 3 + p["evolves"] for p in pairs.values()), default=0) or 1
    matrix = []
    for i, a in enumerate(ids):
        row = []
        for j, b in enumerate(ids):
            key = (a, b) if i <= j else (b, a)
            p = pairs.get(key, Counter())
            heat = (p["contradict"] * 3 + p["evolves"]) / peak
            row.append(
                {
                    "pair": f"{key[0]}|{key[1]}",
                    "c": p["contradict"],
                    "e": p["evolves"],
                    "a": p["agree"],
                    "heat": int(round(heat * 4)) if heat else 0,
                    "lower": i > j,
                }
            )
        matrix.append(row)
    return matrix


def group_pair(
    ids: Sequence[str], cids: Sequence[str], claims: Mapping[str, Mapping[str, Any]]
) -> tuple[str, str] | None:
    """The matrix cell of a group of claims: its two sources (one, twice, for a source against
    itself; the first two in order when there are more). The page's pair filter reads it the same way."""
    srcs = sorted({ids[claims[cid]["s"]] for cid in cids if claims[cid]["s"] >= 0})
    if not srcs:
        return None
    return (srcs[0], srcs[-1]) if len(srcs) <= 2 else (srcs[0], srcs[1])


def _entities_by_cards(
    cards: Sequence[Mapping[str, Any]], claims: Mapping[str, Mapping[str, Any]], aliases: Mapping[str, str]
) -> list[str]:
    """Names (canonical) the cards' claims mention, most cards first."""
    names: Counter[str] = Counter()
    for card in cards:
        seen = set()
        for cid in card["claims"]:
            row = claims[cid]
            for n in [*row.get("e", ()), row.get("sp")]:
                if n:
                    seen.add(aliases.get(n, n))
        names.update(seen)
    return [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))]


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> element or start a comment: `<`, `>`, `&` and the
    two JavaScript line terminators as \\u escapes (JSON.parse reads them back)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _asset(name: str) -> str:
    assert ENV.loader is not None  # a PackageLoader, set below
    source, _, _ = ENV.loader.get_source(ENV, name)
    return source


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def build_report(
    doc: FindingsDocument,
    texts: Mapping[str, str] | None = None,
    *,
    lang: str | None = None,
    reviews: reviews_mod.Reviews | None = None,
    live: Mapping[str, Any] | None = None,
    sidecar_name: str | None = None,
    warnings: Sequence[str] = (),
) -> Rendered:
    """The page, and the sidecar script's text when the data is past DATA_INLINE_BUDGET
    and `sidecar_name` (the file name the page will load, beside it) is given."""
    lang = lang or default_lang(s.script for s in doc.sources)
    data = build_data(doc, texts or {}, lang=lang, reviews=reviews, live=live, warnings=warnings)
    blob = _json_for_script(data)
    script, style = _asset("report.js"), _asset("report.css")
    sidecar = None
    script_hashes = [_sha256(script)]
    if sidecar_name and len(blob.encode("utf-8")) > DATA_INLINE_BUDGET:
        # 'self', not the file's hash: Chromium enforces a hash on an external script only
        # through `integrity`, which it refuses on file:// (no CORS there). On file:// 'self'
        # admits scripts from the local disk; the page's only <script src> is this one.
        sidecar = f"window.CLAIMDIFF_DATA={blob};\n"
        script_hashes.append("'self'")
        blob = ""
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {' '.join(script_hashes)}",
            f"style-src {_sha256(style)}",
            "img-src data:",
            "connect-src 'self'" if live else "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    html = ENV.get_template("report.html").render(
        t=labels(lang),
        lang=lang,
        head=header_view(doc, data),
        csp=csp,
        blob=blob,
        sidecar_name=sidecar_name if sidecar else None,
        script=script,
        style=style,
        live=live,
    )
    return Rendered(html, sidecar)


def render_report(doc: FindingsDocument, texts: Mapping[str, str] | None = None, **kwargs: Any) -> str:
    """The page with its data inline (no sidecar)."""
    return build_report(doc, texts, **kwargs).html
