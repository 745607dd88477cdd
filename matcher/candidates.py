"""Candidate pairs: block by kind and unit, retrieve neighbours by TF-IDF, score in bulk.

Never all pairs: claims meet only inside a block (same kind, comparable unit or
currency), and inside a block only as TF-IDF character n-gram neighbours of each other's
masked context (`大约有⟨#⟩` finds `大概有⟨#⟩`) or when they state the same figure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from claims.frames import stated_change
from claims.model import (
    MASK,
    Claim,
    DateValue,
    DurationValue,
    IntervalValue,
    Kind,
    MinuteValue,
    MoneyValue,
    PercentValue,
    QuantityValue,
    RankValue,
    ScoreValue,
    Stance,
    TitleCountValue,
)
from matcher.compare import DURATION_DAYS, base_of, unit_block
from matcher.neighbours import CharTfidf, top_k
from matcher.verdict import PERSONAL_KINDS, never_linked

NEIGHBOURS = 8  # TF-IDF neighbours per claim inside its block
SAME_VALUE_CAP = 12  # at most this many same-figure partners per claim
WINDOW = 10  # characters either side of the claim in its local context
FRAME_PER_SOURCE = 3  # same-frame partners per claim in each other source
FRAME_PARTNERS = 24  # same-frame partners per claim in all


class Candidate(NamedTuple):
    """A candidate pair (a named tuple: hundreds of thousands are made per run)."""

    a: int  # indices into the claims sequence, a < b
    b: int
    tfidf: float  # cosine similarity of the masked contexts
    local: float  # rapidfuzz ratio of the windows around the claims, 0..1
    rarity: float = 0.0  # 1.0 when each claim's figure occurs once in its source, falling as it repeats

    @property
    def similarity(self) -> float:
        return round(max(self.tfidf, self.local * 0.9, (self.tfidf + self.local) / 2), 4)


def block_key(c: Claim) -> tuple:
    v = c.value
    if isinstance(v, QuantityValue):
        return (c.kind.value, unit_block(v.unit))
    if isinstance(v, MoneyValue):
        return (c.kind.value,)  # currencies are compared, not blocked: `美元` vs unknown
    if isinstance(v, PercentValue):
        return (c.kind.value, v.points)
    if isinstance(v, ScoreValue):
        return (c.kind.value, v.part)  # a shoot-out's score meets no half-time score
    if isinstance(v, MinuteValue):
        return (c.kind.value, v.who, v.action)  # 梅西's penalty meets no one else's deed
    if isinstance(v, TitleCountValue):
        return (c.kind.value, v.holder, v.of)  # 中国女足's titles of the Asian Cup
    return (c.kind.value,)


def local_window(context: str) -> str:
    i = context.find(MASK)
    if i < 0:
        return context[: 2 * WINDOW]
    return context[max(0, i - WINDOW) : i] + "#" + context[i + len(MASK) : i + len(MASK) + WINDOW]


def value_key(c: Claim) -> str | None:
    v = c.value
    if isinstance(v, DurationValue):  # 1–2个月 and 1–2周 are different figures
        scale = DURATION_DAYS[v.unit.value]
        base = base_of(v.low, v.high, v.bound)
        scaled = (
            tuple(None if x is None else x * scale for x in base)
            if isinstance(base, tuple)
            else (None if base is None else base * scale)
        )
        return f"duration:{_num(scaled)}"
    if isinstance(v, IntervalValue):
        base = base_of(v.low, v.high, v.bound)
        return f"{c.kind.value}:{_num(base)}"
    if isinstance(v, DateValue):
        return f"date:{v.start}:{v.end}"
    if isinstance(v, RankValue):
        return f"rank:{v.low}:{v.high}"
    return None


def _num(x) -> str:
    if isinstance(x, tuple):
        return "-".join(_num(v) for v in x)
    return "?" if x is None else f"{float(x):.9g}"


def candidate_pairs(
    claims: Sequence[Claim], *, neighbours: int = NEIGHBOURS, index: CharTfidf | None = None
) -> list[Candidate]:
    """Pairs worth a verdict: inside each block, TF-IDF neighbours, same-figure and
    same-frame partners; never two claims of one spot, nor a pair no verdict links
    (verdict.never_linked); scored by context, window and rarity.
    `index`: the TF-IDF of a larger run these claims are part of (context_index), so a
    block of a partitioned run weighs words as the whole run does; by default, fitted
    on these claims."""
    if len(claims) < 2:
        return []
    contexts = [c.context or c.text for c in claims]
    index = index or context_index(claims)
    X, which = _rows(index, contexts)

    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        blocks[block_key(c)].append(i)

    pairs: dict[tuple[int, int], float] = {}
    for key in sorted(blocks, key=repr):
        idx = blocks[key]
        if len(idx) >= 2:
            _add_block_pairs(pairs, (X, which), claims, idx, neighbours)

    keep = _kept(claims, sorted(pairs))
    if not keep:
        return []
    windows = [local_window(t) for t in contexts]
    wa = [windows[i] for i, _ in keep]
    wb = [windows[j] for _, j in keep]
    local = process.cpdist(wa, wb, scorer=fuzz.ratio, processor=None, dtype=np.float32).tolist()
    return list(
        map(
            Candidate._make,
            zip(
                [i for i, _ in keep],
                [j for _, j in keep],
                _rounded([pairs[p] for p in keep]),
                _rounded(local, 100),
                _rarity(claims)(keep),
                strict=True,
            ),
        )
    )


def _rounded(values: Sequence[float], scale: float = 1) -> list[float]:
    """round(v / scale, 4) of each value, each distinct value rounded once (at 200
    generated articles the blocks' 344,767 pairs round to 3,115 distinct context scores)."""
    once = {v: round(v / scale, 4) for v in set(values)}
    return [once[v] for v in values]


def _rows(index: CharTfidf, contexts: Sequence[str]):
    """The TF-IDF rows of `contexts`, each distinct context vectorised once; and each
    context's number (equal contexts, one number: their rows are equal)."""
    number: dict[str, int] = {}
    which = [number.setdefault(t, len(number)) for t in contexts]
    return index.transform([_strip_mask(t) for t in number])[which], which


def context_index(claims: Sequence[Claim]) -> CharTfidf:
    """Character n-gram TF-IDF of the claims' masked contexts (each distinct context
    vectorised once, weighted by its copies)."""
    counts: dict[str, int] = {}
    for c in claims:
        t = _strip_mask(c.context or c.text)
        counts[t] = counts.get(t, 0) + 1
    return CharTfidf(list(counts), list(counts.values()))


def _add_block_pairs(
    pairs: dict[tuple[int, int], float], rows, claims: Sequence[Claim], idx: Sequence[int], neighbours: int
) -> None:
    """One block's pairs into `pairs`, each with its TF-IDF cosine: every claim's nearest
    neighbours, then claims stating the same figure (at most SAME_VALUE_CAP partners each)
    and claims whose frames name the same measure. `rows`: the claims' TF-IDF rows and
    their contexts' numbers (_rows).

    Claims of one context have one row, so they ask top_k once: at 200 generated
    articles 18,281 claims in blocks have 1,227 distinct contexts. A query's answer is
    its row's alone (each row's products, partition and order are computed on that row),
    so it is the one each copy would get."""
    X, which = rows
    sub = X[idx]
    asked: dict[int, int] = {}  # context number → its query's row
    first: list[int] = []  # each query's row in `sub`
    for row, i in enumerate(idx):
        if which[i] not in asked:
            asked[which[i]] = len(first)
            first.append(row)
    sims, near = top_k(sub[first], sub, neighbours + 1)
    answers = [
        [(max(0.0, sim), idx[col]) for sim, col in zip(srow, nrow, strict=True)]
        for srow, nrow in zip(sims.tolist(), near.tolist(), strict=True)
    ]
    for i in idx:
        for sim, j in answers[asked[which[i]]]:
            if i != j:
                pairs.setdefault((i, j) if i < j else (j, i), sim)
    by_value: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        vk = value_key(claims[i])
        if vk is not None:
            by_value[vk].append(i)
    extra: set[tuple[int, int]] = set()
    for members in by_value.values():
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + SAME_VALUE_CAP]:
                if (i, j) not in pairs:
                    extra.add((i, j))
    extra.update(p for p in same_frame_pairs(claims, idx) if p not in pairs)
    ordered = sorted(extra)
    pairs.update(zip(ordered, _context_dots(X, which, ordered), strict=True))


def _context_dots(X, which: Sequence[int], pairs: Sequence[tuple[int, int]]) -> list[float]:
    """row_dots of `pairs`, each pair of contexts computed once (a pair's dot reads only
    its two rows, equal for equal contexts; each row's sum is its own, whatever else is
    asked with it). The pairs are numbered by their contexts' numbers in bulk (reprints:
    most pairs share their two contexts with others)."""
    if not pairs:
        return []
    number = np.asarray(which, dtype=np.int64)
    ij = np.asarray(pairs, dtype=np.int64)
    key = number[ij[:, 0]] * (int(number.max()) + 1) + number[ij[:, 1]]
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    dots = np.asarray(row_dots(X, [(i, j) for i, j in ij[first].tolist()]), dtype=np.float64)
    return dots[inverse.ravel()].tolist()


def _rarity(claims: Sequence[Claim]) -> Callable[[Sequence[tuple[int, int]]], list[float]]:
    """How often a figure recurs in its own source: a figure said once per article is a
    strong hint that two articles mean the same fact; `一个` said forty times is none.
    The returned function gives, for each pair, 1/n when it states one figure (n: the more
    times either source states it), 0.0 when it states different figures."""
    per_source: dict[tuple[str, tuple], int] = defaultdict(int)
    keys = [(repr(block_key(c)), value_key(c)) for c in claims]
    for c, key in zip(claims, keys, strict=True):
        if key[1] is not None:
            per_source[(c.source, key)] += 1
    counts = [per_source[(c.source, key)] for c, key in zip(claims, keys, strict=True)]
    share = {n: round(1.0 / n, 4) for n in set(counts) if n}
    # Each figure as a number (-1: none), so a pair compares two ints, not two tuples.
    numbered: dict[tuple, int] = {}
    figure = [-1 if key[1] is None else numbered.setdefault(key, len(numbered)) for key in keys]

    def rarities(pairs: Sequence[tuple[int, int]]) -> list[float]:
        return [
            share[counts[i] if counts[i] > counts[j] else counts[j]] if figure[i] == figure[j] >= 0 else 0.0
            for i, j in pairs
        ]

    return rarities


def row_dots(X, pairs: Sequence[tuple[int, int]]) -> list[float]:
    """Cosine similarity of the (L2-normalised) rows of each pair, in one sparse product."""
    if not pairs:
        return []
    left = X[[i for i, _ in pairs]]
    right = X[[j for _, j in pairs]]
    return [float(x) for x in np.asarray(left.multiply(right).sum(axis=1)).ravel()]


def frame_keys(c: Claim) -> tuple[str, ...]:
    """What a claim's frame names: its measures, or for a date its events."""
    f = c.frame
    if f is None:
        return ()
    return f.event if c.kind is Kind.date else (*f.measure, *f.predicate)


def same_frame_pairs(claims: Sequence[Claim], idx: Sequence[int]) -> list[tuple[int, int]]:
    """Claims of a block whose frames name the same measure (or event) meet whatever
    their wording, so two one-sentence texts are enough and retrieval does not depend
    on corpus size. Each claim meets at most FRAME_PER_SOURCE claims of each other
    source and FRAME_PARTNERS in all, nearest in value first."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        for key in frame_keys(claims[i]):
            groups[key].append(i)
    out: set[tuple[int, int]] = set()
    for key in sorted(groups):
        by_source: dict[str, list[int]] = defaultdict(list)
        for j in sorted(groups[key], key=lambda i: (claims[i].source, claims[i].start)):
            by_source[claims[j].source].append(j)
        firsts = [(src, js[:FRAME_PER_SOURCE]) for src, js in by_source.items()]  # sources in order
        partners: dict[str, list[int]] = {}  # a source → the partners of its claims (they are the same)
        for i in groups[key]:
            own = claims[i].source
            js = partners.get(own)
            if js is None:
                js = partners[own] = _frame_partners(firsts, own)
            out.update([(i, j) if i < j else (j, i) for j in js])
    return sorted(out)


def _frame_partners(firsts: Sequence[tuple[str, list[int]]], own: str) -> list[int]:
    """The same-frame partners of a claim of source `own`: the first FRAME_PER_SOURCE
    claims of each other source, in the sources' order, FRAME_PARTNERS in all."""
    out: list[int] = []
    for src, js in firsts:
        if src == own:
            continue
        out += js[: FRAME_PARTNERS - len(out)]
        if len(out) >= FRAME_PARTNERS:
            break
    return out


def _kept(claims: Sequence[Claim], pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs that are candidates (not _never_pair). Two sources: only a negated claim
    or two people's personal figures part them (verdict.never_linked), read off per claim
    once; one source: the whole test."""
    source = [c.source for c in claims]
    negated = [c.stance is Stance.negated for c in claims]
    whose = [c.subject if c.kind in PERSONAL_KINDS else None for c in claims]
    keep = []
    for i, j in pairs:
        if source[i] != source[j]:
            if negated[i] or negated[j] or (whose[i] and whose[j] and whose[i] != whose[j]):
                continue
        elif _never_pair(claims[i], claims[j]):
            continue
        keep.append((i, j))
    return keep


def _never_pair(a: Claim, b: Claim) -> bool:
    """Not a candidate: two claims of one spot, or a pair no verdict links (a negated
    claim, two people's personal figures: matcher.verdict.never_linked)."""
    return _same_spot(a, b) or never_linked(a, b)


def _same_spot(a: Claim, b: Claim) -> bool:
    """Two claims of one source and line: a sentence that states two numbers states two
    facts (`500名研究人员 … 数千名员工的组织`), and a figure repeated within a paragraph
    is no news; a source is checked against itself across paragraphs (lede vs body)."""
    if a.source != b.source:
        return False
    if a.start < b.end and b.start < a.end:
        return True
    # One sentence giving a figure's old and new value (税率由10%提高到25%) is one fact over time.
    return a.line == b.line and stated_change(a, b) is None


_MASK_RE = re.compile(re.escape(MASK))


def _strip_mask(text: str) -> str:
    return _MASK_RE.sub(" ", text)
