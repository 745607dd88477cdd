"""Partitioned matching of figures: split the claims into independent blocks, match
each block on its own, merge.

`partition(claims)` collapses identical mentions (matcher.blocks.collapse) and splits
the rest by `candidates.block_key` (kind and unit class: people never meet money); a
block of more than MAX_BLOCK claims is cut into chunks of at most MAX_BLOCK, sorted by
a second key (the frame's listed measures or events, then the folded words either side
of the figure) so claims about one measure in like words stay together. `match_block`
gives one block's facts: candidate retrieval (TF-IDF rows from the run's shared
`candidates.context_index`, so words weigh as in the whole run), verdicts, the
one-to-one selection and the grouping into facts. Everything it reads is in the block,
the run's sources and that index, so blocks may run in any order, on any worker;
`matcher.match` merges them (fact ids, findings) and is itself "for each block, match
it; merge", whatever runs the blocks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from claims.frames import listed
from claims.model import Claim, Frame, Kind, Source
from claims.text.normalise import fold
from matcher.candidates import block_key, candidate_pairs, frame_keys, local_window
from matcher.facts import Fact, group_facts
from matcher.memo import Verdicts
from matcher.model import Relation
from matcher.neighbours import CharTfidf
from matcher.unionfind import UnionFind
from matcher.verdict import Verdict

# Claims per block at most. The 200-article generated corpus (benchmarks/match.py) has
# blocks of up to ~4,200 claims (durations); retrieval inside a block is a dense
# similarity of every claim with every other, so 2,000 keeps a task's matrix chunks small
# (512 × 2,000 floats) while the seeds' and the development corpus' blocks (≤ 300
# claims) are never cut.
MAX_BLOCK = 2000


@dataclass(frozen=True)
class Block:
    key: tuple  # block_key, plus the chunk number when an oversized block was cut
    claims: tuple[Claim, ...]  # one per distinct mention, in the run's order
    copies: Mapping[str, Sequence[Claim]] = field(default_factory=dict)  # claim id → its identical mentions


def partition(claims: Sequence[Claim], max_claims: int = MAX_BLOCK) -> list[Block]:
    """Independent blocks of at most `max_claims` distinct mentions, in a fixed order."""
    reps, copies = collapse(claims)
    position = {c.id: i for i, c in enumerate(reps)}
    groups: dict[tuple, list[Claim]] = {}
    for c in reps:
        groups.setdefault(block_key(c), []).append(c)
    blocks = []
    for key in sorted(groups, key=repr):
        members = groups[key]
        chunks = [members]
        if len(members) > max_claims:
            ordered = sorted(members, key=lambda c: (second_key(c), position[c.id]))
            chunks = [
                sorted(ordered[lo : lo + max_claims], key=lambda c: position[c.id])
                for lo in range(0, len(ordered), max_claims)
            ]
        for n, chunk in enumerate(chunks):
            mine = {c.id: copies[c.id] for c in chunk if c.id in copies}
            blocks.append(Block(key if len(chunks) == 1 else (*key, n), tuple(chunk), mine))
    return blocks


def second_key(c: Claim) -> tuple[tuple[str, ...], str]:
    """Where a claim goes when its block is cut: its listed measures (or events), then
    the folded words either side of its figure."""
    return tuple(sorted(listed(frame_keys(c)))), fold(local_window(c.context or c.text))


def collapse(claims: Sequence[Claim]) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """Identical mentions in one source (the same figure in the same sentence, repeated)
    collapse to one before any pairing: cost grows with distinct mentions, not copies."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.source, c.kind.value, c.text, c.context, c.stance.value, c.as_of)
        groups.setdefault(key, []).append(c)
    reps = [g[0] for g in groups.values()]
    return reps, {g[0].id: g for g in groups.values() if len(g) > 1}


def match_block(block: Block, sources: Mapping[str, Source], index: CharTfidf | None = None) -> list[Fact]:
    """One block's facts (ids provisional: the merge names facts across blocks), each
    with its verdicts: every agreement, and the clashes and changes the one-to-one
    selection kept."""
    claims = block.claims
    links = list(Verdicts(sources).of_block(claims, candidate_pairs(claims, index=index)))
    links.sort(key=lambda link: (-link[2].priority, link[0].id, link[1].id))  # best first
    chosen = {(a.id, b.id) for a, b, _ in select(links)}
    # Every agreement joins mentions into facts (a fact may be stated eleven times); only the
    # one-to-one selection speaks for contradictions and changes (多3倍 meets 多3倍), and a clash it
    # did not keep joins nothing: 冠军…52.1万美元 beside 亚军…30.5万美元 in one report, whose 52.1万 the
    # other report's matches, is no member of that fact.
    kept = [link for link in links if link[2].relation is Relation.agree or (link[0].id, link[1].id) in chosen]
    return group_facts(kept, block.copies)


# A block's facts as a worker sends them back: each claim by its place in the block
# (`held`), not pickled again (id, kind, frame, members, links).
PackedFact = tuple[str, Kind, Frame, list[int], list[tuple[int, int, Verdict]]]


def held(block: Block) -> list[Claim]:
    """Every claim a block holds: its distinct mentions, then their copies."""
    return [*block.claims, *(c for group in block.copies.values() for c in group)]


def pack(block: Block, facts: Sequence[Fact]) -> list[PackedFact]:
    """A block's facts with each claim as its place in `held(block)`: a worker's facts
    travel back without copies of the claims the other process already holds (at 500
    articles those copies were most of the matcher's memory in the driver)."""
    place = {id(c): n for n, c in reversed(list(enumerate(held(block))))}
    return [
        (
            f.id,
            f.kind,
            f.frame,
            [place[id(c)] for c in f.members],
            [(place[id(a)], place[id(b)], v) for a, b, v in f.links],
        )
        for f in facts
    ]


def unpack(block: Block, packed: Sequence[PackedFact]) -> list[Fact]:
    """pack, undone with this process's copy of the block: the same facts, of its claims."""
    claims = held(block)
    return [
        Fact(fid, kind, frame, [claims[n] for n in members], [(claims[a], claims[b], v) for a, b, v in links])
        for fid, kind, frame, members, links in packed
    ]


def select(links: Sequence[tuple[Claim, Claim, Verdict]]) -> list[tuple[Claim, Claim, Verdict]]:
    """One fact per claim per other source, best-supported first (`links` come best first).

    A fact is a claim together with the claims of its own source that repeat it (a
    heading and the answer it summarises): a claim may link to several mentions of one
    fact in another source, never to two different facts there, so `多3倍` meets `多3倍`
    and not the `多10倍` next to it. Within one source a claim may both repeat one
    passage and clash with another, so there the slot is per relation.
    """
    fact = UnionFind()  # over claim ids
    same = [link for link in links if link[0].source == link[1].source]
    taken_same: set[tuple[str, str]] = set()
    chosen = []
    for a, b, v in same:
        ka, kb = (a.id, v.relation.value), (b.id, v.relation.value)
        if ka in taken_same or kb in taken_same:
            continue
        taken_same.update((ka, kb))
        chosen.append((a, b, v))
        if v.relation in (Relation.agree, Relation.evolves):
            fact.union(a.id, b.id)  # one figure repeated, or one figure over time: one fact
    slot: dict[tuple[str, str], str] = {}
    root = {k: fact.find(k) for k in fact.parent}  # the unions are done; a claim in none is its own
    for a, b, v in links:
        if a.source == b.source:
            continue
        ka, kb = (a.id, b.source), (b.id, a.source)
        fa, fb = root.get(a.id, a.id), root.get(b.id, b.id)
        if slot.get(ka, fb) != fb or slot.get(kb, fa) != fa:
            continue
        slot[ka], slot[kb] = fb, fa
        chosen.append((a, b, v))
    return chosen
