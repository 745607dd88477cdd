"""match(extractions) -> findings and flags: the matcher's one entry point.

Stages: alias table → candidate pairs → compare values → verdict → one-to-one
selection (each claim links to at most one claim of each other source, best first, so
`多3倍` meets `多3倍` and not the `多10倍` next to it) → quote support → flags.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.extractors.quotes import normalized_quote
from claims.ids import fingerprint
from claims.model import Claim, Kind, QuoteValue, Source
from claims.pipeline import Extraction
from claims.text.lines import line_at
from matcher.aliases import AliasTable
from matcher.align import QuoteDiff, align_quotes, fold_quote
from matcher.candidates import candidate_pairs, value_key
from matcher.compare import compare_values, describe
from matcher.facts import Fact, group_facts
from matcher.model import FactRecord, Finding, Flag, FlagType, Reason, Relation, TimelinePoint
from matcher.quotes import DIVERGE, SUPPORT, Passage, Support, find_support, presented
from matcher.unionfind import UnionFind
from matcher.verdict import Verdict, claim_time, period_text, verdict

REPEATED = 1.0  # the score of a figure an article repeats word for word
RELATION_ORDER = {Relation.contradict: 0, Relation.evolves: 1, Relation.agree: 2}


@dataclass(frozen=True)
class MatchResult:
    findings: tuple[Finding, ...]
    flags: tuple[Flag, ...]
    claims: tuple[Claim, ...]  # all claims, including those made for supporting passages
    aliases: AliasTable
    facts: tuple[FactRecord, ...] = ()


def match(extractions: Sequence[Extraction]) -> MatchResult:
    sources = {e.source.id: e.source for e in extractions}
    aliases = AliasTable.build((e.source.id, m) for e in extractions for m in e.entities)
    canonical = aliases.canonical
    claims = [with_canonical_names(c, canonical) for e in extractions for c in e.claims]

    findings, facts = value_findings([c for c in claims if c.kind is not Kind.quote and not c.garbled], sources)
    quote_links, minted, unsupported = quote_findings(
        [c for c in claims if c.kind is Kind.quote and not c.garbled], passages_of(extractions)
    )
    grouped, quote_facts = group_quote_findings(quote_links, {c.id: c for c in [*claims, *minted]})
    findings += grouped
    facts += quote_facts

    flags = [_unsupported_flag(q) for q in unsupported] + garbled_flags(extractions)
    all_claims = sorted({c.id: c for c in [*claims, *minted]}.values(), key=_claim_order)
    unique = {f.id: f for f in findings}
    ordered = sorted(unique.values(), key=lambda f: (RELATION_ORDER[f.relation], -f.score, f.id))
    return MatchResult(
        tuple(ordered),
        tuple(sorted(flags, key=lambda f: (f.type, f.id))),
        tuple(all_claims),
        aliases,
        tuple(sorted(facts, key=lambda f: f.id)),
    )


def with_canonical_names(c: Claim, canonical) -> Claim:
    """Speakers, subjects and entities by the run's canonical names (`Ma rk Chen`, `陈信翰`
    → Mark Chen), once, so later stages compare names directly; ids stay, as they hash
    what the text says, not who the run decided said it."""
    update = {}
    if c.speaker and c.speaker != "interviewer":
        name = canonical(c.speaker)
        if name != c.speaker:
            update["speaker"] = name
            if isinstance(c.value, QuoteValue) and c.value.speaker:
                update["value"] = c.value.model_copy(update={"speaker": name})
    if c.subject and (name := canonical(c.subject)) != c.subject:
        update["subject"] = name
    entities = tuple(dict.fromkeys(canonical(e) for e in c.entities))
    if entities != c.entities:
        update["entities"] = entities
    return c.model_copy(update=update) if update else c


def value_findings(claims: Sequence[Claim], sources: dict[str, Source]) -> tuple[list[Finding], list[FactRecord]]:
    """Verdicts on candidate pairs, one-to-one selection, then facts: one finding per fact
    and relation (matcher.facts)."""
    claims, copies = collapse(claims)
    proposals: list[tuple[float, Claim, Claim, Verdict]] = []
    for cand in candidate_pairs(claims):
        a, b = claims[cand.a], claims[cand.b]
        v = verdict(a, b, compare_values(a, b), cand, sources)
        if v is not None:
            proposals.append((v.priority, a, b, v))
    proposals.sort(key=lambda p: (-p[0], p[1].id, p[2].id))
    findings: list[Finding] = []
    records: list[FactRecord] = []
    chosen = {(a.id, b.id) for a, b, _ in select(proposals)}
    # Every verdict joins mentions into facts (a fact may be stated eleven times); only the
    # one-to-one selection speaks for contradictions and changes (多3倍 meets 多3倍).
    for fact in group_facts([(a, b, v) for _, a, b, v in proposals], copies):
        fact.links = [(a, b, v) for a, b, v in fact.links if v.relation is Relation.agree or (a.id, b.id) in chosen]
        fs = fact_findings(fact, sources)
        findings += fs
        records.append(fact_record(fact, fs, sources))
    return findings, records


def collapse(claims: Sequence[Claim]) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """Identical mentions in one source (the same figure in the same sentence, repeated)
    collapse to one before any pairing: cost grows with distinct mentions, not copies."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.source, c.kind.value, c.text, c.context, c.stance.value, c.as_of)
        groups.setdefault(key, []).append(c)
    reps = [g[0] for g in groups.values()]
    return reps, {g[0].id: g for g in groups.values() if len(g) > 1}


def fact_findings(fact: Fact, sources: dict[str, Source]) -> list[Finding]:
    """A fact's findings: its members that give one value agree (one finding per value),
    those that conflict at one time contradict (one finding), and its values over time
    evolve (one finding)."""
    out = []
    by_value: dict[str, list[Claim]] = {}
    for c in fact.members:
        by_value.setdefault(_value_key(c), []).append(c)
    agree_links = [(a.id, b.id, v.score) for a, b, v in fact.links if v.relation is Relation.agree]
    for _value, members in sorted(by_value.items()):
        if len(members) < 2:
            continue
        ids = {c.id for c in members}
        linked = [s for a, b, s in agree_links if a in ids and b in ids]
        if not linked and len({(c.source, c.context) for c in members}) > 1:
            continue  # equal values no verdict linked (one side clashes with a third): no agreement claimed
        linked = linked or [REPEATED]
        where = "; ".join(f"{c.source} line {c.line}" for c in members[:6]) + ("; …" if len(members) > 6 else "")
        text = f"{len(members)} mentions give {describe(members[0])} ({where})."
        if len(members) == 2:
            best = next((v for a, b, v in fact.links if {a.id, b.id} == {m.id for m in members}), None)
            text = best.explanation if best else text
        out.append(make_finding(Relation.agree, members, max(linked), text, Reason.value, fact.id))
    inside = {c.id for c in fact.members}
    for a, b, v in fact.links:  # an agreement that could not join two facts stands as a pair
        if v.relation is Relation.agree and not (a.id in inside and b.id in inside):
            out.append(make_finding(v.relation, (a, b), v.score, v.explanation, v.reason, fact.id))
    for relation in (Relation.contradict, Relation.evolves):
        links = [(a, b, v) for a, b, v in fact.links if v.relation is relation]
        if not links:
            continue
        members = sorted({c.id: c for a, b, _ in links for c in (a, b)}.values(), key=lambda c: c.id)
        best = max(links, key=lambda link: (link[2].score, link[0].id, link[1].id))[2]
        text = best.explanation
        if len(links) > 1:
            text = text.rstrip(".") + f"; {len(links) - 1} more pair{'s' if len(links) > 2 else ''} of this fact."
        if relation is Relation.evolves:
            text = f"{text} Timeline: {_timeline_text(members, sources)}."
        out.append(make_finding(relation, members, best.score, text, best.reason, fact.id))
    return out


def fact_record(fact: Fact, findings: Sequence[Finding], sources: dict[str, Source]) -> FactRecord:
    relations = {f.relation for f in findings}
    relation = next((r for r in (Relation.contradict, Relation.evolves) if r in relations), Relation.agree)
    conflicts = tuple(
        sorted((min(a.id, b.id), max(a.id, b.id)) for a, b, v in fact.links if v.relation is Relation.contradict)
    )
    best = max(findings, key=lambda f: (RELATION_ORDER[f.relation] == 0, f.score, f.id), default=None)
    frame = fact.frame.model_dump(mode="json", exclude_defaults=True)
    return FactRecord(
        id=fact.id,
        kind=fact.kind.value,
        frame=frame,
        members=tuple(c.id for c in fact.members),
        timeline=tuple(timeline(fact.members, sources)),
        relation=relation,
        conflicts=conflicts,
        score=best.score if best else 0.0,
        explanation=best.explanation if best else "",
    )


def timeline(members: Sequence[Claim], sources: dict[str, Source]) -> list[TimelinePoint]:
    """The fact's values by the time they hold (unknown times last), with their sources."""
    points: dict[tuple[str, str], list[Claim]] = {}
    for c in members:
        points.setdefault((_as_of(c, sources) or "", describe(c)), []).append(c)
    return [
        TimelinePoint(
            as_of=when or None,
            value=value,
            sources=tuple(sorted({c.source for c in cs})),
            claims=tuple(sorted(c.id for c in cs)),
        )
        for (when, value), cs in sorted(points.items(), key=lambda kv: (kv[0][0] == "", kv[0]))
    ]


def _timeline_text(members: Sequence[Claim], sources: dict[str, Source]) -> str:
    return ", ".join(
        f"{p.value} ({p.as_of or 'time unknown'}, {', '.join(p.sources)})" for p in timeline(members, sources)
    )


def _as_of(c: Claim, sources: dict[str, Source]) -> str | None:
    t = claim_time(c, sources)
    return None if t is None else period_text(t)


def _value_key(c: Claim) -> str:
    return value_key(c) or describe(c)


def select(proposals: Sequence[tuple[float, Claim, Claim, Verdict]]) -> list[tuple[Claim, Claim, Verdict]]:
    """One fact per claim per other source, best-supported first.

    A fact is a claim together with the claims of its own source that repeat it (a
    heading and the answer it summarises): a claim may link to several mentions of one
    fact in another source, never to two different facts there, so `多3倍` meets `多3倍`
    and not the `多10倍` next to it. Within one source a claim may both repeat one
    passage and clash with another, so there the slot is per relation.
    """
    fact = UnionFind()  # over claim ids
    same = [(a, b, v) for _, a, b, v in proposals if a.source == b.source]
    taken_same: set[tuple[str, str]] = set()
    chosen = []
    for a, b, v in same:
        ka, kb = (a.id, v.relation.value), (b.id, v.relation.value)
        if ka in taken_same or kb in taken_same:
            continue
        taken_same.update((ka, kb))
        chosen.append((a, b, v))
        if v.relation is Relation.agree:
            fact.union(a.id, b.id)
    slot: dict[tuple[str, str], str] = {}
    for _, a, b, v in proposals:
        if a.source == b.source:
            continue
        ka, kb = (a.id, b.source), (b.id, a.source)
        fa, fb = fact.find(a.id), fact.find(b.id)
        if slot.get(ka, fb) != fb or slot.get(kb, fa) != fa:
            continue
        slot[ka], slot[kb] = fb, fa
        chosen.append((a, b, v))
    return chosen


@dataclass(frozen=True)
class QuoteLink:
    """Two renderings of one utterance, before they become a finding (most never do on
    their own: an utterance's links are grouped into one finding per relation)."""

    relation: Relation
    claims: tuple[Claim, Claim]
    score: float  # as the finding will hold it (rounded, 0..1)
    explanation: str
    fact: str

    def finding(self) -> Finding:
        return make_finding(self.relation, self.claims, self.score, self.explanation, Reason.quote, self.fact)

    def pair(self) -> tuple[str, str]:
        a, b = sorted(c.id for c in self.claims)
        return a, b


def quote_findings(quotes: Sequence[Claim], passages: Sequence[Passage]):
    supports, unsupported = find_support(quotes, passages)
    links, minted = [], []
    seen: set[frozenset[str]] = set()
    for s in supports:
        pair = frozenset((s.quote.id, s.other.id))
        if pair in seen or s.quote.id == s.other.id:
            continue
        seen.add(pair)
        link = _quote_link(s)
        if link is None:
            continue
        links.append(link)
        if s.minted:
            minted.append(s.other)
    return links, minted, unsupported


def group_quote_findings(
    links: Sequence[QuoteLink], claims: dict[str, Claim]
) -> tuple[list[Finding], list[FactRecord]]:
    """One finding per quote fact and relation (an utterance reprinted forty times is one
    agreement of forty passages, not 780 pairs), and a fact record per utterance."""
    by_fact: dict[tuple[str, Relation], list[QuoteLink]] = {}
    for link in links:
        by_fact.setdefault((link.fact, link.relation), []).append(link)
    findings: list[Finding] = []
    members_of: dict[str, set[str]] = {}
    for (fact, relation), group in sorted(by_fact.items()):
        members = sorted({c.id for link in group for c in link.claims})
        members_of.setdefault(fact, set()).update(members)
        if len(group) == 1:
            findings.append(group[0].finding())
            continue
        top = max(link.score for link in group)  # ids (a hash each) only for the best-scored
        best = max((link.finding() for link in group if link.score == top), key=lambda f: (f.score, f.id))
        text = best.explanation.rstrip(".") + f"; {len(members)} passages in all."
        findings.append(make_finding(relation, [claims[c] for c in members], best.score, text, Reason.quote, fact))
    findings_of: dict[str, list[Finding]] = {}
    for f in findings:
        findings_of.setdefault(f.fact or f.id, []).append(f)
    conflicts_of: dict[str, set[tuple[str, str]]] = {}
    for link in links:
        if link.relation is Relation.contradict:
            conflicts_of.setdefault(link.fact, set()).add(link.pair())
    records = []
    for fact, ids in sorted(members_of.items()):
        mine = findings_of[fact]
        relation = Relation.contradict if any(f.relation is Relation.contradict for f in mine) else Relation.agree
        best = max(mine, key=lambda f: (f.relation is Relation.contradict, f.score, f.id))
        speaker = next((claims[c].speaker for c in sorted(ids) if claims[c].speaker), None)
        renderings: dict[str, list[Claim]] = {}
        for c in sorted(ids):
            renderings.setdefault(fold_quote(claims[c].text), []).append(claims[c])
        records.append(
            FactRecord(
                id=fact,
                kind=Kind.quote.value,
                frame={"speaker": speaker} if speaker else {},
                members=tuple(sorted(ids)),
                timeline=tuple(
                    TimelinePoint(
                        as_of=None,
                        value=describe(cs[0]),
                        sources=tuple(sorted({c.source for c in cs})),
                        claims=tuple(c.id for c in cs),
                    )
                    for _, cs in sorted(renderings.items())
                ),
                relation=relation,
                conflicts=tuple(sorted(conflicts_of.get(fact, ()))),
                score=best.score,
                explanation=best.explanation,
            )
        )
    return findings, records


def _quote_link(s: Support) -> QuoteLink | None:
    """The same utterance in two places agrees unless the words say something else: a
    negation added or dropped, another figure, a content word swapped (matcher.align).
    Below SUPPORT only the same speaker's presented quotes are compared at all."""
    q, o = s.quote, s.other
    where = f"{q.source} line {q.line} vs {o.source} line {o.line}"
    who = q.speaker or o.speaker or "an unnamed speaker"
    same_utterance = s.ratio >= SUPPORT
    if not same_utterance and not (
        s.ratio >= DIVERGE and q.speaker and q.speaker == o.speaker and (presented(q) or presented(o))
    ):
        return None
    diff = _aligned(q.text, o.text)
    fact = _quote_fact(q.speaker or o.speaker or "", q.text, o.text)
    if diff.changed:
        return QuoteLink(
            Relation.contradict,
            (q, o),
            _unit(min(1.0, 0.5 + s.ratio / 200)),
            f"{who}'s quote is given with other words ({diff.describe()}): {describe(q)} vs {describe(o)} ({where}).",
            fact,
        )
    if same_utterance:
        how = (
            "the same words" if s.ratio >= 99 else f"the same words up to punctuation and script ({s.ratio:.0f}% alike)"
        )
    else:
        how = f"the same words up to particles, glosses and cuts ({s.ratio:.0f}% alike)"
    return QuoteLink(
        Relation.agree,
        (q, o),
        _unit(s.ratio / 100),
        f"Both passages give {who}'s quote with {how}: {describe(q)} ({where}).",
        fact,
    )


def _unit(score: float) -> float:
    """A score as a finding holds it."""
    return round(min(1.0, max(0.0, score)), 4)


@lru_cache(maxsize=1 << 16)
def _aligned(a: str, b: str) -> QuoteDiff:
    return align_quotes(a, b)


def quote_fact(q: Claim, o: Claim) -> str:
    """One utterance of one speaker: named by the speaker and the opening words the two
    renderings share (a changed word later in the quote keeps the fact)."""
    return _quote_fact(q.speaker or o.speaker or "", q.text, o.text)


@lru_cache(maxsize=1 << 16)
def _quote_fact(speaker: str, q_text: str, o_text: str) -> str:
    a, b = fold_quote(q_text), fold_quote(o_text)
    shared = next(
        (a[i : i + QUOTE_KEY] for i in range(max(1, len(a) - QUOTE_KEY + 1)) if a[i : i + QUOTE_KEY] in b),
        a[:QUOTE_KEY],
    )
    return fingerprint("x-", "quote", speaker, shared)


QUOTE_KEY = 6  # folded characters of a quote that name the utterance


def make_finding(
    relation: Relation,
    claims: Sequence[Claim],
    score: float,
    explanation: str,
    reason: Reason,
    fact: str | None = None,
) -> Finding:
    ids = tuple(sorted(c.id for c in claims))
    return Finding(
        id=fingerprint("f-", relation.value, ids),
        relation=relation,
        claims=ids,
        score=round(min(1.0, max(0.0, score)), 4),
        explanation=explanation,
        kind=claims[0].kind,
        reason=reason,
        fact=fact,
    )


def passages_of(extractions: Sequence[Extraction]) -> list[Passage]:
    """Where a quote's words may stand: every sentence, and every paragraph of several
    sentences (a quote may span them); a one-sentence paragraph is its sentence."""
    out = []
    for e in extractions:
        seg, raw = e.segmented, e.segmented.doc.raw
        per_paragraph = Counter(s.paragraph for s in seg.sentences)
        for s in seg.sentences:
            folded = normalized_quote(s.text)
            if len(folded) >= 6:
                out.append(
                    Passage(
                        e.source.id,
                        s.start,
                        s.end,
                        raw[s.start : s.end],
                        folded,
                        raw[s.start : s.end],
                        s.speaker,
                        s.line,
                    )
                )
        for p in seg.paragraphs:
            if per_paragraph[p.index] < 2:
                continue
            start, end = seg.norm.raw_span(p.nstart, p.nend)
            folded = normalized_quote(p.text)
            if len(folded) >= 6 and start < end:
                out.append(Passage(e.source.id, start, end, raw[start:end], folded, raw[start:end], p.speaker, p.line))
    return out


def garbled_flags(extractions: Sequence[Extraction]) -> list[Flag]:
    flags = []
    for e in extractions:
        raw = e.segmented.doc.raw
        for a, b in e.garbled:
            line = line_at(raw, a)
            flags.append(
                Flag(
                    id=fingerprint("g-", e.source.id, raw[a:b]),
                    type=FlagType.garbled_text,
                    source=e.source.id,
                    start=a,
                    end=b,
                    explanation=f"Garbled text in {e.source.id} line {line}: "
                    f"{b - a} characters look like mojibake or lost characters; claims there are kept out of contradictions.",
                )
            )
    return flags


def _unsupported_flag(q: Claim) -> Flag:
    who = q.speaker or "an unnamed speaker"
    return Flag(
        id=fingerprint("q-", q.id),
        type=FlagType.unsupported_quote,
        claims=(q.id,),
        source=q.source,
        start=q.start,
        end=q.end,
        explanation=f"A quote presented as {who}'s words ({q.source} line {q.line}) that no passage of this or any other source supports.",
    )


def _claim_order(c: Claim):
    return (c.source, c.start, c.end, c.kind.value, c.id)
