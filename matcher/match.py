"""match(extractions) -> findings and flags: the matcher's one entry point.

Stages: alias table → candidate pairs → compare values → verdict → one-to-one
selection (each claim links to at most one claim of each other source, best first, so
`多3倍` meets `多3倍` and not the `多10倍` next to it) → quote support → flags.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from claims.extractors.quotes import normalized_quote
from claims.frames import is_flow
from claims.ids import fingerprint
from claims.model import Claim, DateValue, Kind, QuoteValue, Source, updated
from claims.pipeline import Extraction
from claims.text.lines import line_at
from matcher.aliases import AliasTable
from matcher.align import QuoteDiff, align_quotes, fold_quote
from matcher.blocks import Block, match_block, partition
from matcher.candidates import context_index, value_key
from matcher.compare import QUOTE_DIVERGE, QUOTE_SAME, compare_values, describe
from matcher.facts import Fact
from matcher.facts import _with_ids as name_facts  # ids are named across blocks
from matcher.memo import told
from matcher.model import FactRecord, Finding, Flag, FlagType, Reason, Relation, TimelinePoint
from matcher.neighbours import CharTfidf
from matcher.quotes import Passage, Support, Supporters, presented, support_batches
from matcher.unionfind import UnionFind
from matcher.verdict import Verdict, claim_time, one_named_event, periods_apart, stated_period, tally_clock_text

BlockFacts = list[list[Fact]]  # each block's facts, in the blocks' order
# A runner returns the blocks' facts, or (matcher.parallel: blocks matched in other
# processes while this one supports quotes) a function that waits for them.
RunBlocks = Callable[[Sequence[Block], dict[str, Source], CharTfidf | None], BlockFacts | Callable[[], BlockFacts]]
REPEATED = 1.0  # the score of a figure an article repeats word for word
RELATION_ORDER = {Relation.contradict: 0, Relation.evolves: 1, Relation.agree: 2}


@dataclass(frozen=True)
class MatchResult:
    findings: tuple[Finding, ...]
    flags: tuple[Flag, ...]
    claims: tuple[Claim, ...]  # all claims, including those made for supporting passages
    aliases: AliasTable
    facts: tuple[FactRecord, ...] = ()


def match(extractions: Sequence[Extraction], run_blocks: RunBlocks | None = None) -> MatchResult:
    with _collector_paused():
        return _match(extractions, run_blocks)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while matching, as it was after. The matcher makes
    hundreds of thousands of short-lived tuples (candidates, verdicts, links) and no
    cycles; each collection walks them, and a full one every claim of the run
    (benchmarks/match.py --articles 200: 2.6 of ~17 CPU-s in collections). Cycles made
    meanwhile, if any, are collected once it is on again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _match(extractions: Sequence[Extraction], run_blocks: RunBlocks | None) -> MatchResult:
    sources = {e.source.id: e.source for e in extractions}
    aliases = AliasTable.build((e.source.id, m) for e in extractions for m in e.entities)
    canonical = lru_cache(maxsize=None)(aliases.canonical)  # a run names a few thousand, 80,000 times at 200 articles
    claims = [with_canonical_names(c, canonical) for e in extractions for c in e.claims]

    values = start_value_findings(
        [c for c in claims if c.kind is not Kind.quote and not c.garbled], sources, run_blocks
    )
    quote_groups, minted, unsupported = quote_findings(
        [c for c in claims if c.kind is Kind.quote and not c.garbled], passages_of(extractions)
    )
    by_id = {c.id: c for c in [*claims, *minted]}
    grouped, quote_facts = group_quote_findings(quote_groups, by_id)
    del quote_groups  # its members and links are findings now: not held while the blocks' facts come in
    findings, facts = values()
    findings += grouped
    facts += quote_facts

    flags = [_unsupported_flag(q) for q in unsupported] + garbled_flags(extractions)
    all_claims = sorted(by_id.values(), key=_claim_order)
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
                update["value"] = updated(c.value, {"speaker": name})
    if c.subject and (name := canonical(c.subject)) != c.subject:
        update["subject"] = name
    entities = tuple(dict.fromkeys(canonical(e) for e in c.entities))
    if entities != c.entities:
        update["entities"] = entities
    return updated(c, update) if update else c


def value_findings(
    claims: Sequence[Claim], sources: dict[str, Source], run_blocks: RunBlocks | None = None
) -> tuple[list[Finding], list[FactRecord]]:
    """Facts of figures, block by block (matcher.blocks), then named across blocks: one
    finding per fact and relation. `run_blocks` runs `match_block` on every block (a
    distributed engine passes its own); the result is the same whoever runs them."""
    return start_value_findings(claims, sources, run_blocks)()


def start_value_findings(
    claims: Sequence[Claim], sources: dict[str, Source], run_blocks: RunBlocks | None = None
) -> Callable[[], tuple[list[Finding], list[FactRecord]]]:
    """value_findings, started: the blocks are handed to `run_blocks`, and the returned
    function gives the findings once they are matched."""
    blocks = partition(claims)
    paired = any(len(b.claims) > 1 for b in blocks)  # no block to match: nothing to index
    index = context_index([c for b in blocks for c in b.claims]) if paired else None
    started = run_blocks(blocks, sources, index) if run_blocks else [match_block(b, sources, index) for b in blocks]
    return lambda: named_findings(started() if callable(started) else started, sources)


def named_findings(per_block: BlockFacts, sources: dict[str, Source]) -> tuple[list[Finding], list[FactRecord]]:
    """The blocks' facts named across blocks, with one finding per fact and relation."""
    findings: list[Finding] = []
    records: list[FactRecord] = []
    facts = name_facts([f for facts in per_block for f in facts])
    owner = {c.id: fact.id for fact in facts for c in fact.members}
    for fact in facts:
        links = links_by_relation(fact)
        fs = fact_findings(fact, sources, owner, links)
        findings += fs
        records.append(fact_record(fact, fs, sources, links))
    return findings, records


Link = tuple[Claim, Claim, Verdict]


def links_by_relation(fact: Fact) -> dict[Relation, list[Link]]:
    """A fact's links by relation, each in the fact's order: what naming its findings reads
    relation by relation, split in one pass (1,000 generated articles: 1.67 M links, nine
    in ten of them agreements, which five passes over every link each tested for its
    relation)."""
    agree: list[Link] = []
    contradict: list[Link] = []
    evolves: list[Link] = []
    for link in fact.links:  # by identity: an enum member hashes in Python
        relation = link[2].relation
        (agree if relation is _AGREE else contradict if relation is _CONTRADICT else evolves).append(link)
    return {_AGREE: agree, _CONTRADICT: contradict, _EVOLVES: evolves}


# Bound once: in Python 3.11 `Relation.agree` reads through EnumType's __getattr__ hook.
_AGREE, _CONTRADICT, _EVOLVES = Relation.agree, Relation.contradict, Relation.evolves


def fact_findings(
    fact: Fact,
    sources: dict[str, Source],
    owner: Mapping[str, str] | None = None,
    by_relation: Mapping[Relation, list[Link]] | None = None,
) -> list[Finding]:
    """A fact's findings: its members that agree (one value, or compatible values an
    agreement links: 1994年 and 1994年10月20日) form one finding per such group, those
    that conflict at one time contradict (one finding), and its values over time evolve
    (one finding). `owner`: claim id → the id of its fact (for agreements with other facts);
    `by_relation`: its links split (`links_by_relation`), if the caller has them."""
    split = links_by_relation(fact) if by_relation is None else by_relation
    out = _agreements(fact, owner or {}, split)
    placed = _placed_by_timeline(fact, sources, split[Relation.evolves])
    for relation in (Relation.contradict, Relation.evolves):
        links = [
            (a, b, v)
            for a, b, v in split[relation]
            if not (relation is Relation.contradict and placed and {a.id, b.id} & placed)
        ]
        if not links:
            continue
        members = sorted({c.id: c for a, b, _ in links for c in (a, b)}.values(), key=lambda c: c.id)
        x, y, best = max(links, key=lambda link: (link[2].score, link[0].id, link[1].id))
        text = told(x, y, best)
        if len(links) > 1:
            text = text.rstrip(".") + f"; {len(links) - 1} more pair{'s' if len(links) > 2 else ''} of this fact."
        if relation is Relation.evolves:
            text = f"{text} Timeline: {_timeline_text(members, sources)}."
        out.append(make_finding(relation, members, best.score, text, best.reason, fact.id))
    return out


def _placed_by_timeline(fact: Fact, sources: dict[str, Source], evolving: Sequence[Link]) -> set[str]:
    """Members of a fact that changed over time which tell no moment of their own but give a value a dated
    member gives (a headline's 北京长峰医院火灾已致29人遇难 beside 截至今早9时…29人不幸死亡): they hold at that
    value's moment in the timeline, so they clash with no other moment's value (21人 the evening before)."""
    moving = [c for a, b, _ in evolving for c in (a, b)]
    if not moving:
        return set()
    dated = {_value_key(c) for c in moving if _as_of(c, sources) is not None}
    return {c.id for c in fact.members if _as_of(c, sources) is None and _value_key(c) in dated}


def _first_verdicts(fact: Fact) -> dict[frozenset[str], tuple[Claim, Claim, Verdict]]:
    """Each linked pair of claims → its first link in the fact's links."""
    first: dict[frozenset[str], tuple[Claim, Claim, Verdict]] = {}
    for link in fact.links:
        first.setdefault(frozenset((link[0].id, link[1].id)), link)
    return first


def _agreements(fact: Fact, owner: Mapping[str, str], split: Mapping[Relation, list[Link]]) -> list[Finding]:
    """One agree finding per group of members that give one value, or compatible values
    an agreement links (a rounded figure and the precise one); then the agreements that
    joined nothing (_standing)."""
    keys = {c.id: _value_key(c) for c in fact.members}
    agree = split[Relation.agree]
    groups, refused = _value_groups(fact, keys, agree, split[Relation.contradict])
    group_of = {cid: groups.find(key) for cid, key in keys.items()}  # member → its group of values
    by_group: dict[str, list[Claim]] = {}
    for c in fact.members:
        by_group.setdefault(group_of[c.id], []).append(c)
    scores: dict[str, float] = {}  # group → the best score of the agreements within it
    for a, b, v in agree:
        if (
            (g := group_of.get(a.id)) is not None
            and g == group_of.get(b.id)
            and ((top := scores.get(g)) is None or v.score > top)
        ):
            scores[g] = v.score
    pair_verdicts = _first_verdicts(fact) if any(len(ms) == 2 for ms in by_group.values()) else {}
    out = []
    for root, members in sorted(by_group.items(), key=lambda kv: min(keys[c.id] for c in kv[1])):
        if len(members) < 2:
            continue
        linked = scores.get(root)
        if linked is None and len({(c.source, c.context) for c in members}) > 1:
            continue  # equal values no verdict linked (one side clashes with a third): no agreement claimed
        where = "; ".join(f"{c.source} line {c.line}" for c in members[:6]) + ("; …" if len(members) > 6 else "")
        values = sorted({keys[c.id]: describe(c) for c in members}.items())
        if len(values) == 1:
            text = f"{len(members)} mentions give {values[0][1]} ({where})."
        else:
            text = f"{len(members)} mentions give compatible values {', '.join(v for _, v in values)} ({where})."
        if len(members) == 2:
            best = pair_verdicts.get(frozenset(m.id for m in members))
            text = told(*best) if best else text
        out.append(
            make_finding(Relation.agree, members, REPEATED if linked is None else linked, text, Reason.value, fact.id)
        )
    return out + _standing(fact, agree, owner, refused, lambda c: group_of[c.id])


def _standing(
    fact: Fact,
    agree: Sequence[Link],
    owner: Mapping[str, str],
    refused: set[tuple[str, str]],
    group_of: Callable[[Claim], str],
) -> list[Finding]:
    """The agreements that joined nothing: a weak link to another fact (matcher.facts:
    it may not chain two facts), or one refused between two groups of this fact's values
    (12年 ~ 近13年 ~ 13年). They stand as one finding per pair of facts, or of value
    groups, not per pair of claims: forty reprints of two sentences that a weak link
    joins are one finding of eighty mentions, so findings grow with facts, not copies."""
    inside = {c.id for c in fact.members}
    pairs: dict[tuple[str, ...], list[tuple[Claim, Claim, Verdict]]] = {}
    for a, b, v in agree:
        if not (a.id in inside and b.id in inside):
            key: tuple[str, ...] = ("fact", *sorted(owner.get(c.id, c.id) for c in (a, b)))
        elif refused and (a.id, b.id) in refused:
            key = ("values", *sorted((group_of(a), group_of(b))))
        else:
            continue
        pairs.setdefault(key, []).append((a, b, v))
    out = []
    for key, links in pairs.items():
        x, y, best = max(links, key=lambda link: (link[2].score, link[0].id, link[1].id))
        claims = list({c.id: c for x, y, _ in links for c in (x, y)}.values())
        text = told(x, y, best)
        if len(links) > 1:
            more = len(links) - 1
            between = "facts" if key[0] == "fact" else "groups of values"
            text = text.rstrip(".") + f"; {more} more pair{'s' if more > 1 else ''} agree between these two {between}."
        out.append(make_finding(best.relation, claims, best.score, text, best.reason, fact.id))
    return out


def _value_groups(
    fact: Fact, keys: dict[str, str], agree: Sequence[Link], contradict: Sequence[Link]
) -> tuple[UnionFind, set[tuple[str, str]]]:
    """A fact's values joined by its agreements into groups whose values are all
    compatible with each other; and the agreements refused (12年 ~ 近13年 ~ 13年: 12 and
    13 differ), which stand as pairs unless one side is a coarse date (2008年 is
    compatible with every day of that year and says nothing of each)."""
    groups = UnionFind(keys.values())
    clash: dict[str, set[str]] = {}  # value key → the value keys it contradicts
    for a, b, _ in contradict:
        if a.id in keys and b.id in keys:
            clash.setdefault(keys[a.id], set()).add(keys[b.id])
            clash.setdefault(keys[b.id], set()).add(keys[a.id])
    one_of: dict[str, Claim] = {}  # value key → a member giving it
    for c in fact.members:
        one_of.setdefault(keys[c.id], c)
    held: dict[str, set[str]] = {k: {k} for k in one_of}  # root → its value keys
    refused: set[tuple[str, str]] = set()
    for a, b, _ in agree:
        ka, kb = keys.get(a.id), keys.get(b.id)
        if ka is None or kb is None or ka == kb:
            continue  # a claim of another fact, or one value: nothing to join
        ra, rb = groups.find(ka), groups.find(kb)
        # Two different dates join one agreement only as dates of one named event (1994年
        # and 1994年10月20日, both births): a month or a year holds many days and their events.
        if ra == rb or (isinstance(a.value, DateValue) and not one_named_event(a, b)):
            continue
        if not _all_compatible(held[ra], held[rb], one_of, clash):
            if not (_coarse_date(a) or _coarse_date(b)):
                refused.add((a.id, b.id))
            continue
        merged = held.pop(ra) | held.pop(rb)
        groups.union(ra, rb)
        held[groups.find(ra)] = merged
    return groups, refused


def _coarse_date(c: Claim) -> bool:
    return isinstance(c.value, DateValue) and c.value.granularity.value not in ("day",)


MAX_VALUES_JOINED = 400  # value pairs checked before two groups of values join one agreement


def _all_compatible(ka: set[str], kb: set[str], one_of: dict[str, Claim], clash: dict[str, set[str]]) -> bool:
    """Every value of one group compatible with every value of the other, none contradicting
    (300 ~ 约300 ~ 320 with 300 vs 320 contradicting is not one agreement)."""
    if len(ka) * len(kb) > MAX_VALUES_JOINED:
        return False
    return all(
        y not in clash.get(x, ())
        and compare_values(one_of[x], one_of[y]).compatible
        and not periods_apart(stated_period(one_of[x]), stated_period(one_of[y]))  # 2023's 7.2%, 2024's 7.2%
        for x in ka
        for y in kb
    )


def fact_record(
    fact: Fact,
    findings: Sequence[Finding],
    sources: dict[str, Source],
    by_relation: Mapping[Relation, list[Link]] | None = None,
) -> FactRecord:
    relations = {f.relation for f in findings}
    relation = next((r for r in (Relation.contradict, Relation.evolves) if r in relations), Relation.agree)
    contradict = (
        by_relation[Relation.contradict]
        if by_relation is not None
        else [link for link in fact.links if link[2].relation is Relation.contradict]
    )
    conflicts = tuple(sorted((min(a.id, b.id), max(a.id, b.id)) for a, b, _ in contradict))
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
    """The fact's values by the time they hold, an unknown time by the day its report came out (輪島市15人 in a
    report of 1月2日 before 101人 in one of 1月25日; unknown and undated last), with their sources."""
    points: dict[tuple[str, str, str], list[Claim]] = {}
    for c in members:
        when = _as_of(c, sources) or ""
        points.setdefault((when, (when and tally_clock_text(c)) or "", describe(c)), []).append(c)

    def order(kv: tuple[tuple[str, str, str], list[Claim]]) -> tuple[bool, str, tuple[str, str, str]]:
        (when, _, _), cs = kv
        # an unknown time sorts by the day its first report came out (145人 in a report of 6月11日 before
        # 150例 dated 6月18日), after the known times when no report is dated
        out = when or min((str(_published(c, sources) or "~") for c in cs), default="~")
        return (out == "~", out, kv[0])

    return [
        TimelinePoint(
            as_of=when or None,
            clock=clock or None,
            value=value,
            sources=tuple(sorted({c.source for c in cs})),
            claims=tuple(sorted(c.id for c in cs)),
        )
        for (when, clock, value), cs in sorted(points.items(), key=order)
    ]


def _published(c: Claim, sources: dict[str, Source]) -> str | None:
    src = sources.get(c.source)
    return src.published if src else None


def _timeline_text(members: Sequence[Claim], sources: dict[str, Source]) -> str:
    return ", ".join(
        f"{p.value} ({p.as_of or 'time unknown'}{' ' + p.clock if p.clock else ''}, {', '.join(p.sources)})"
        for p in timeline(members, sources)
    )


def _as_of(c: Claim, sources: dict[str, Source]) -> str | None:
    t = claim_time(c, sources)
    return None if t is None else str(t.simplest())


def _value_key(c: Claim) -> str:
    """The value a member gives, for grouping a fact's agreements: a date's time of day
    counts (11时40分 and 14时41分 of one day are two moments, whatever they date)."""
    key = value_key(c) or describe(c)
    if isinstance(c.value, DateValue) and c.value.time:
        return f"{key}@{c.value.time}"
    if c.as_of is not None and c.frame is not None and is_flow(c.frame):
        return f"{key}@{c.as_of.start}/{c.as_of.end}"  # 2023年增长7.2% and 2024年增长7.2%: two years' figures
    return key


class QuoteLink(NamedTuple):
    """Two renderings of one utterance, before they become a finding (most never do on
    their own: an utterance's links are grouped into one finding per relation, so the
    explanation is written only for the links that speak for one). A named tuple: a
    reprinted quote makes hundreds of thousands."""

    relation: Relation
    claims: tuple[Claim, Claim]
    score: float  # as the finding will hold it (rounded, 0..1)
    fact: str
    ratio: float
    diff: QuoteDiff

    def finding(self) -> Finding:
        return make_finding(self.relation, self.claims, self.score, self.explanation(), Reason.quote, self.fact)

    def pair(self) -> tuple[str, str]:
        a, b = self.claims[0].id, self.claims[1].id
        return (a, b) if a <= b else (b, a)

    def explanation(self) -> str:
        q, o = self.claims
        where = f"{q.source} line {q.line} vs {o.source} line {o.line}"
        who = q.speaker or o.speaker or "an unnamed speaker"
        if self.relation is Relation.contradict:
            return f"{who}'s quote is given with other words ({self.diff.describe()}): {describe(q)} vs {describe(o)} ({where})."
        if self.ratio >= 99:
            how = "the same words"
        elif self.ratio >= QUOTE_SAME:
            how = f"the same words up to punctuation and script ({self.ratio:.0f}% alike)"
        else:
            how = f"the same words up to particles, glosses and cuts ({self.ratio:.0f}% alike)"
        return f"Both passages give {who}'s quote with {how}: {describe(q)} ({where})."


@dataclass
class QuoteGroup:
    """One utterance's links of one relation, gathered as the supports stream in: the
    best-scored link (among equals, the last pair of claim ids), every claim linked, how
    many links, and for a contradiction each pair. No list of links is kept: a quote
    reprinted by forty sources makes hundreds of thousands (+323 MB at 500 articles)."""

    best: QuoteLink
    rank: tuple[float, tuple[str, str]]  # the best link's (score, pair)
    members: set[str]
    links: int = 1
    conflicts: set[tuple[str, str]] = field(default_factory=set)


def quote_findings(
    quotes: Sequence[Claim], passages: Sequence[Passage]
) -> tuple[dict[tuple[str, Relation], QuoteGroup], list[Claim], list[Claim]]:
    """The quotes' links, gathered per utterance (fact) and relation; the claims made for
    supporting passages; the presented quotes nothing supports.

    A quote of a class (matcher.quotes.support_batches: its words' supports, shared with
    the reprints that do not stand in them either) that supports no quote itself links
    to its class's claims and to nothing else: no other quote links back to it, so its
    links are new pairs, and the class's quotes of one reading join each group at once
    (_QuoteLinks.add_class). Every other quote's links come one by one, each pair once."""
    unsupported: list[Claim] = []
    batches = list(support_batches(quotes, passages, unsupported))
    judge = _QuoteJudge()
    links = _QuoteLinks()
    listed: set[int] = set()  # the classes whose supports are in `supporting`
    supporting: set[str] = set()  # every claim some quote's supports hold
    for _, supports, number in batches:
        if number is None or number not in listed:
            supporting.update(o.id for o, _, _ in supports)
            if number is not None:
                listed.add(number)
    classes: dict[tuple[int, int], list[tuple[int, Claim]]] = {}  # (class, reading) → its quotes, by place
    lists: dict[int, Supporters] = {}
    for n, (quote, supports, number) in enumerate(batches):
        if number is None or quote.id in supporting:
            links.add(n, quote, supports, judge.links(quote, supports, number))
        else:
            classes.setdefault((number, judge.number(quote)), []).append((n, quote))
            lists[number] = supports
    for (number, _), members in classes.items():
        links.add_class(members, lists[number], judge.links(members[0][1], lists[number], number))
    return links.groups, [c for _, c in sorted(links.minted, key=lambda m: m[0])], unsupported


class _QuoteLinks:
    """The quote links gathered per utterance and relation (QuoteGroup), and the claims
    made for passages that a link holds."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, Relation], QuoteGroup] = {}
        # Claims made for passages, each with the place of the last link holding it (quote,
        # support): made for one passage, they share an id, and the last one stands.
        self.minted: list[tuple[tuple[int, int], Claim]] = []
        self.seen: set[tuple[str, str]] = set()

    def add(self, n: int, quote: Claim, supports: Supporters, judged: list[Judged]) -> None:
        """The links of the n-th quote, each pair of claims judged the first time it comes."""
        q = quote.id
        for k, ((other, _, made), known) in enumerate(zip(supports, judged, strict=True)):
            o = other.id
            pair = (q, o) if q < o else (o, q)
            if q == o or pair in self.seen:
                continue
            self.seen.add(pair)
            if known is not None:
                self._join(known, quote, other, [q], pair, (n, k) if made else None)

    def add_class(self, quotes: list[tuple[int, Claim]], supports: Supporters, judged: list[Judged]) -> None:
        """The links of quotes (with their places) that share one list of supports and one
        reading, no two of them one pair, no pair of them linked elsewhere: each support
        joins its group at once. Of its pairs the best-ranked is the one with the greatest
        quote id; the last is the last quote's."""
        ids = [q.id for _, q in quotes]
        top = max((q for _, q in quotes), key=lambda q: q.id)
        last = max(n for n, _ in quotes)
        for k, ((other, _, made), known) in enumerate(zip(supports, judged, strict=True)):
            if known is not None:
                o = other.id
                pair = (top.id, o) if top.id < o else (o, top.id)
                self._join(known, top, other, ids, pair, (last, k) if made else None)

    def _join(
        self,
        known: tuple[QuoteLink, tuple[str, Relation]],
        quote: Claim,
        other: Claim,
        ids: list[str],
        pair: tuple[str, str],
        made: tuple[int, int] | None,
    ) -> None:
        """Links of `ids` (quote ids) to `other`, judged `known`; `quote` and `pair` the
        best-ranked of them; `made`: the place of the last, when `other` was made for a
        passage."""
        first, key = known
        o = other.id
        rank = (first.score, pair)
        group = self.groups.get(key)
        if group is None:
            link = QuoteLink(first.relation, (quote, other), first.score, first.fact, first.ratio, first.diff)
            group = self.groups[key] = QuoteGroup(link, rank, {o}, 0, set())
        elif rank > group.rank:
            group.best = QuoteLink(first.relation, (quote, other), first.score, first.fact, first.ratio, first.diff)
            group.rank = rank
        group.members.update(ids)
        group.members.add(o)
        group.links += len(ids)
        if first.relation is Relation.contradict:
            group.conflicts.update((q, o) if q < o else (o, q) for q in ids)
        if made is not None:
            self.minted.append((made, other))


Judged = tuple[QuoteLink, tuple[str, Relation]] | None  # a link and its group's key (fact, relation)


class _QuoteJudge:
    """`_quote_link` of a quote's supports, each with its group's key, once per distinct
    question: all _quote_link reads of a support but the claims' places (presented() reads
    the extractor and the speaker), so two reprints of one quote supported by two reprints
    of one passage ask it once. A claim's reading is numbered once, so a question is three
    numbers, not two texts compared again; and a class of quotes sharing one list of
    supports (matcher.quotes.support_batches) asks it once per reading of the quote."""

    def __init__(self) -> None:
        self.judged: dict[tuple[int, int, float], Judged] = {}
        self.numbers: dict[tuple, int] = {}
        self.reading: dict[str, int] = {}  # claim id → its reading's number
        self.lists: dict[tuple[int, int], list[Judged]] = {}  # (reading, class) → its supports judged

    def links(self, quote: Claim, supports: Supporters, number: int | None) -> list[Judged]:
        rq = self.number(quote)
        if number is None:
            return [self._judge(quote, rq, other, ratio, made) for other, ratio, made in supports]
        known = self.lists.get((rq, number))
        if known is None:
            known = self.lists[(rq, number)] = [self._judge(quote, rq, o, r, m) for o, r, m in supports]
        return known

    def _judge(self, quote: Claim, rq: int, other: Claim, ratio: float, made: bool) -> Judged:
        question = (rq, self.number(other), ratio)
        if question not in self.judged:
            first = _quote_link(Support(quote, other, ratio, made))
            self.judged[question] = None if first is None else (first, (first.fact, first.relation))
        return self.judged[question]

    def number(self, c: Claim) -> int:
        """The number of a claim's reading."""
        n = self.reading.get(c.id)
        if n is None:
            n = self.reading[c.id] = self.numbers.setdefault((c.text, c.speaker, c.extractor), len(self.numbers))
        return n


def group_quote_findings(
    groups: Mapping[tuple[str, Relation], QuoteGroup], claims: dict[str, Claim]
) -> tuple[list[Finding], list[FactRecord]]:
    """One finding per quote fact and relation (an utterance reprinted forty times is one
    agreement of forty passages, not 780 pairs), and a fact record per utterance."""
    findings: list[Finding] = []
    members_of: dict[str, set[str]] = {}
    conflicts_of: dict[str, set[tuple[str, str]]] = {}
    for (fact, relation), group in sorted(groups.items()):
        members = sorted(group.members)
        members_of.setdefault(fact, set()).update(members)
        if group.conflicts:
            conflicts_of.setdefault(fact, set()).update(group.conflicts)
        if group.links == 1:
            findings.append(group.best.finding())
            continue
        best = group.best.finding()
        text = best.explanation.rstrip(".") + f"; {len(members)} passages in all."
        findings.append(make_finding(relation, [claims[c] for c in members], best.score, text, Reason.quote, fact))
    findings_of: dict[str, list[Finding]] = {}
    for f in findings:
        findings_of.setdefault(f.fact or f.id, []).append(f)
    records = []
    for fact, ids in sorted(members_of.items()):
        records.append(_quote_record(fact, ids, findings_of[fact], conflicts_of.get(fact, set()), claims))
    return findings, records


def _quote_record(
    fact: str, ids: set[str], mine: list[Finding], conflicts: set[tuple[str, str]], claims: dict[str, Claim]
) -> FactRecord:
    relation = Relation.contradict if any(f.relation is Relation.contradict for f in mine) else Relation.agree
    best = max(mine, key=lambda f: (f.relation is Relation.contradict, f.score, f.id))
    speaker = next((claims[c].speaker for c in sorted(ids) if claims[c].speaker), None)
    renderings: dict[str, list[Claim]] = {}
    for c in sorted(ids):
        renderings.setdefault(fold_quote(claims[c].text), []).append(claims[c])
    return FactRecord(
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
        conflicts=tuple(sorted(conflicts)),
        score=best.score,
        explanation=best.explanation,
    )


def _quote_link(s: Support) -> QuoteLink | None:
    """The same utterance in two places agrees unless the words say something else: a
    negation added or dropped, another figure, a content word swapped (matcher.align).
    Below QUOTE_SAME only the same speaker's presented quotes are compared at all."""
    q, o = s.quote, s.other
    if s.ratio < QUOTE_SAME and not (
        s.ratio >= QUOTE_DIVERGE and q.speaker and q.speaker == o.speaker and (presented(q) or presented(o))
    ):
        return None
    diff = _aligned(q.text, o.text)
    fact = _quote_fact(q.speaker or o.speaker or "", q.text, o.text)
    if diff.changed:
        return QuoteLink(Relation.contradict, (q, o), _unit(min(1.0, 0.5 + s.ratio / 200)), fact, s.ratio, diff)
    return QuoteLink(Relation.agree, (q, o), _unit(s.ratio / 100), fact, s.ratio, diff)


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
    sentences (a quote may span them); a one-sentence paragraph is its sentence. Each
    distinct text is folded once and held once (reprints share their sentences: 101,022
    passages at 200 articles)."""
    out = []
    folded_of: dict[str, str] = {}
    held: dict[str, str] = {}  # a raw passage text → the one copy of it passages hold
    for e in extractions:
        seg, raw = e.segmented, e.segmented.doc.raw
        per_paragraph = Counter(s.paragraph for s in seg.sentences)
        spans = [(s.start, s.end, s.text, s.speaker, s.line) for s in seg.sentences]
        for p in seg.paragraphs:
            if per_paragraph[p.index] >= 2:
                start, end = seg.norm.raw_span(p.nstart, p.nend)
                if start < end:
                    spans.append((start, end, p.text, p.speaker, p.line))
        for start, end, text, speaker, line in spans:
            folded = folded_of.get(text) or folded_of.setdefault(text, normalized_quote(text))
            if len(folded) >= 6:
                t = raw[start:end]
                t = held.setdefault(t, t)
                out.append(Passage(e.source.id, start, end, t, folded, t, speaker, line))
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
