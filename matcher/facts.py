"""Facts, not pairs: the claims the verdicts link, grouped into one fact per measure.

A fact-checker thinks "the death toll: 12 in the first report, 18 the next morning",
not in pairs of sentences. `group_facts` joins the claims that the selected verdicts
link (agree, contradict or evolves) into facts. Joining is transitive only through
links whose frames stay compatible with everything the fact already holds: each fact
keeps the union of its members' frame keys (measures, happenings, events, holders,
places), and a link that would join two facts whose keys conflict is kept as a finding
but does not merge them, so a weak link cannot chain two different facts together
(`死亡12人` ~ `遇难12人` ~ `受伤12人` stays two facts).

A fact's id is a fingerprint of its kind and frame keys (and, only to tell apart two
facts with the same keys, the wording around the figure), never of offsets or values:
editing another paragraph keeps every id, and changing the disputed figure keeps the
fact's id, so a reviewer's decision can follow the fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from claims.frames import (
    holders_apart,
    holders_conflict,
    listed,
    local_places,
    measures_relation,
    scopes_conflict,
)
from claims.ids import fingerprint
from claims.model import MASK, Claim, Frame, Kind
from matcher.model import Relation
from matcher.unionfind import UnionFind
from matcher.verdict import Verdict, periods_apart, stated_period

STRONG_LINK = 0.8  # a link without a shared listed measure joins facts only at this score (near-identical wording)
WINDOW = 6  # characters either side of a figure that name a fact when its frame keys are not enough


@dataclass
class Fact:
    id: str
    kind: Kind
    frame: Frame  # the union of its members' frame keys
    members: list[Claim] = field(default_factory=list)
    links: list[tuple[Claim, Claim, Verdict]] = field(default_factory=list)


def group_facts(
    links: Sequence[tuple[Claim, Claim, Verdict]], copies: Mapping[str, Sequence[Claim]] | None = None
) -> list[Fact]:
    """Facts from linked claims, in a deterministic order (by id). `links` come best first.
    `copies`: a representative claim's id → every identical mention of it in its source
    (the representative first); they join its fact, and two or more copies with no
    link are a fact of their own (a sentence an article repeats)."""
    copies = copies or {}
    uf = UnionFind()
    keys: dict[str, Frame] = {}  # root claim id → the union of its fact's frame keys
    member_keys: dict[str, frozenset[Frame]] = {}  # root → its members' listed keys, each member's apart
    periods: dict[str, frozenset[tuple[date, date]]] = {}  # root → the periods its figures over a period state
    claims: dict[str, Claim] = {}
    for a, b, _ in links:
        for c in (a, b):
            if c.id not in claims:
                claims[c.id] = c
                keys[c.id] = c.frame or Frame()
                member_keys[c.id] = frozenset({_listed_keys(c.frame or Frame())})
                periods[c.id] = stated_period(c)
    for a, b, v in links:
        ra, rb = uf.find(a.id), uf.find(b.id)
        if ra == rb:
            continue
        # Two people's names on one link that is about both (王攀赔偿陶崇园的家人) do not part it.
        people = holders_apart(a, b) or not holders_conflict(a.frame or Frame(), b.frame or Frame())
        if _conflict(keys[ra], keys[rb], a.kind, people) or not _chains(a, b, v):
            continue
        if a.kind is not Kind.date and _members_apart(member_keys[ra], member_keys[rb]):
            continue  # 受困 ~ 受困、救出 ~ 救出 ~ 救出、死亡 ~ 死亡: no member's keys may clash with another's
        if v.relation is Relation.agree and periods_apart(periods[ra], periods[rb]):
            continue  # 2023年增长7.2% ~ 今年增长7.2% ~ 2024年增长7.2%: an agreement joins no two years' figures
        merged = union_frame(keys[ra], keys[rb])
        uf.union(ra, rb)
        root = uf.find(ra)
        keys[root], periods[root], member_keys[root] = (
            merged,
            periods[ra] | periods[rb],
            member_keys[ra] | member_keys[rb],
        )
    members: dict[str, list[Claim]] = defaultdict(list)
    for cid in sorted(claims):
        members[uf.find(cid)].extend(copies.get(cid, (claims[cid],)))
    for cid, group in sorted(copies.items()):
        if cid not in claims and len(group) > 1:
            members[cid] = list(group)
            keys[cid] = group[0].frame or Frame()
    fact_of = {cid: uf.find(cid) for cid in claims}  # the unions are done: each claim's fact, once
    grouped: dict[str, list[tuple[Claim, Claim, Verdict]]] = defaultdict(list)
    for link in links:
        grouped[fact_of[link[0].id]].append(link)  # a link that did not merge stays with a's fact
    facts = []
    for root in sorted(members):
        ms = sorted(members[root], key=lambda c: c.id)
        frame = keys[root]
        facts.append(Fact("", ms[0].kind, frame, ms, grouped.get(root, [])))
    return _with_ids(facts)


def _chains(a: Claim, b: Claim, v: Verdict) -> bool:
    """May this link join two facts? Only a strong one: both frames name one listed measure
    (or, for dates, one event: one day is the date of many events), or the link's own
    score is high. A weak link stays a finding between its two claims."""
    fa, fb = a.frame or Frame(), b.frame or Frame()
    if a.kind is Kind.date:
        ka, kb = fa.event, fb.event
    else:
        ka, kb = (*fa.measure, *fa.predicate), (*fb.measure, *fb.predicate)
    shared = listed(ka) & listed(kb)
    if v.relation is not Relation.agree:
        return bool(shared) or a.kind is not Kind.date  # a clash or a change is one fact by its verdict
    return bool(shared) or (a.kind is not Kind.date and v.score >= STRONG_LINK) or _one_slot(a, b)


def _one_slot(a: Claim, b: Claim) -> bool:
    """The same figure in the same words either side (a sentence two outlets print alike):
    one fact, whatever its frame names."""
    return a.text == b.text and _window(a) == _window(b)


def union_frame(a: Frame, b: Frame) -> Frame:
    return Frame(
        measure=tuple(sorted(set(a.measure) | set(b.measure))),
        predicate=tuple(sorted(set(a.predicate) | set(b.predicate))),
        event=tuple(sorted(set(a.event) | set(b.event))),
        place=tuple(sorted(set(a.place) | set(b.place))),
        holder=a.holder or b.holder,
        scope=a.scope or b.scope,
    )


def _conflict(a: Frame, b: Frame, kind: Kind, people: bool = True) -> bool:
    """Would joining two facts with these key sets join two different measures, events,
    people or places? (Complete linkage on the frame keys.)"""
    if kind is Kind.date:
        ea, eb = listed(a.event), listed(b.event)
        if ea and eb and not ea & eb:
            return True
    elif measures_relation(a, b) == "other":
        return True
    pa, pb = local_places(a), local_places(b)
    return (people and holders_conflict(a, b)) or bool(pa and pb and not pa & pb) or scopes_conflict(a, b)


def _listed_keys(f: Frame) -> Frame:
    """What a member's frame lists it measures and what happened to it (unlisted words never set apart)."""
    return Frame(measure=tuple(sorted(listed(f.measure))), predicate=tuple(sorted(listed(f.predicate))))


def _members_apart(a: frozenset[Frame], b: frozenset[Frame]) -> bool:
    """Complete linkage on members: a claim of one fact whose listed keys are other than those of
    a claim of the other (the trapped and the dead), however claims naming both chain them. The
    sets hold distinct key sets, a few a fact whatever its mentions."""
    return any(measures_relation(x, y) == "other" for x in a for y in b)


def frame_key(kind: Kind, f: Frame) -> tuple:
    return (
        kind.value,
        tuple(sorted(listed((*f.measure, *f.predicate, *f.event)))),
        f.holder or "",
        tuple(sorted(local_places(f))),
        f.scope or "",
    )


def _with_ids(facts: list[Fact]) -> list[Fact]:
    by_key: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        by_key[frame_key(f.kind, f.frame)].append(f)
    for key, group in by_key.items():
        for f in group:
            words = min(_window(c) for c in f.members)
            f.id = fingerprint("x-", *key, words) if len(group) > 1 or not key[1] else fingerprint("x-", *key)
    seen: dict[str, int] = defaultdict(int)
    for f in sorted(facts, key=lambda f: (f.id, min(c.id for c in f.members))):
        seen[f.id] += 1
        if seen[f.id] > 1:  # same keys and same words: two facts an article states alike
            f.id = fingerprint("x-", f.id, seen[f.id])
    return sorted(facts, key=lambda f: f.id)


def _window(c: Claim) -> str:
    """The words either side of the figure, the figure itself masked (its value may change)."""
    i = c.context.find(MASK)
    if i < 0:
        return c.context[:WINDOW]
    return c.context[max(0, i - WINDOW) : i] + "#" + c.context[i + len(MASK) : i + len(MASK) + WINDOW]
