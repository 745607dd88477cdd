"""AliasTable: which entity names in a run are the same person or organisation.

Built per run from every source's entity mentions. Evidence, strongest first:

1. same comparison key (`claims.entities.alias_key`: script, width, case and spacing
   folded, so `Ma rk Chen` ≡ `Mark Chen` and `O pe nAl` ≡ `OpenAI`);
2. the organisation lexicon (`谷歌` ≡ `Google`);
3. glosses (`陈信翰(Mark Chen)`, `Barrett(Barret Zoph,…)`);
4. parts of full names, when only one full name in the run has that part
   (`奥特曼` from `山姆·奥特曼`, `Ilya` from `Ilya Sutskever`, `Pachocki`);
5. fuzzy spelling (`苏茨克维尔` ~ `苏茨克弗`, `Barrett` ~ `Barret`), when exactly one
   cluster is that close.

Lexicon organisations never merge with each other or by fuzzy/part evidence, and a
name never merges with a longer name that merely contains it (麻省理工 vs
麻省理工科技评论) except as a part of a full personal name (rule 4).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from claims.entities import EntityKind, EntityMention, alias_key, find_entities, lexicon_name
from claims.text.hanzi import HAN
from claims.text.normalise import fold
from matcher.unionfind import UnionFind

# Fuzzy thresholds (rapidfuzz `fuzz.ratio`, 0-100, on comparison keys).
# Han transliterations: 苏茨克弗/苏茨克夫 score 75; 苏茨克维尔/苏茨克弗 66.7 but share the
# first three characters. 格雷格/格雷厄姆 (different people) score 57 with two shared.
HAN_RATIO = 75
HAN_RATIO_WITH_PREFIX = 60
HAN_PREFIX = 3
HAN_MAX_LEN = 6
# Latin: one edit in a long name (barrett/barret 92.3); short keys never fuzzy-match.
LATIN_RATIO = 90
LATIN_MIN_LEN = 6

_DOT = re.compile(r"[·•・‧]")
# A person-shaped full name: two to four capitalised words (`GitHub Copilot` is not).
_WELL_FORMED = re.compile(r"[A-Z][a-z\u00DF-\u024F'\-]+(?: [A-Z][a-z\u00DF-\u024F'\-]+){1,3}")
_KIND_ORDER = {"person": 0, "organisation": 1, "unknown": 2}


@dataclass(frozen=True)
class AliasEntry:
    canonical: str
    kind: EntityKind
    aliases: tuple[str, ...]  # every spelling seen, sorted; includes the canonical
    sources: tuple[str, ...]  # source ids, sorted

    def to_json(self) -> dict:
        return {
            "canonical": self.canonical,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "sources": list(self.sources),
        }


def display(name: str) -> str:
    """A name as listed: folded script and width, runs of spaces collapsed."""
    return " ".join(fold(name).split())


class AliasTable:
    """Surface form → canonical name, for one run."""

    def __init__(self, entries: Iterable[AliasEntry], lookup: Mapping[str, str]) -> None:
        self._entries = sorted(entries, key=lambda e: (e.canonical, e.kind))
        self._lookup = dict(lookup)  # alias_key → canonical

    @classmethod
    def build(cls, mentions: Iterable[tuple[str, EntityMention]]) -> AliasTable:
        """From (source id, mention) pairs across all sources of a run."""
        return _Builder(mentions).table()

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> AliasTable:
        """From normalised texts by source id, one `find_entities` call per paragraph."""
        return cls.build(
            (source, m)
            for source, text in texts.items()
            for paragraph in text.split("\n")
            for m in find_entities(paragraph)
        )

    def canonical(self, name: str) -> str:
        """The canonical name; a name the run never saw comes back folded as-is (or as
        the lexicon's organisation name)."""
        key = alias_key(name)
        return self._lookup.get(key) or lexicon_name(key) or display(name)

    def same(self, a: str, b: str) -> bool:
        return self.canonical(a) == self.canonical(b)

    def entries(self) -> list[AliasEntry]:
        return list(self._entries)

    def to_json(self) -> list[dict]:
        """The findings document's `entities` field."""
        return [e.to_json() for e in self._entries]


class _Builder:
    """Union-find over comparison keys, refusing merges the evidence forbids."""

    def __init__(self, mentions: Iterable[tuple[str, EntityMention]]) -> None:
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)  # key → display → count
        self.sources: dict[str, set[str]] = defaultdict(set)
        self.kinds: dict[str, Counter[str]] = defaultdict(Counter)
        self.named: dict[str, tuple[str, str]] = {}  # a name as written → as listed, its key (`_add`)
        glosses: set[tuple[str, str]] = set()
        for source, m in mentions:
            host = self._add(source, m.name, m.kind)
            if m.gloss:
                glosses.add((host, self._add(source, m.gloss, m.kind)))
        self.sets = UnionFind(self.spellings)
        self.lexicon = {k: lexicon_name(k) for k in self.spellings}
        # Person full names in Latin script, per cluster root (a gloss may not join two).
        self.full = {k: {k} if self._latin_full(k) else set() for k in self.spellings}

        by_org: dict[str, list[str]] = defaultdict(list)
        for k in sorted(self.spellings):
            org = self.lexicon[k]
            if org:
                by_org[org].append(k)
        for keys in by_org.values():
            for k in keys[1:]:
                self._union(keys[0], k)
        for a, b in sorted(glosses):
            if self._find(a) != self._find(b) and self._compatible(a, b):
                self._union(a, b)
        self._join_parts()
        self._join_fuzzy()

    # -- evidence ------------------------------------------------------------------

    def _add(self, source: str, name: str, kind: str) -> str:
        # A run names a few thousand, hundreds of thousands of times (1,000 generated articles: 202,258).
        got = self.named.get(name)
        if got is None:
            shown = display(name)
            got = self.named[name] = (shown, alias_key(shown))
        shown, key = got
        self.spellings[key][shown] += 1
        self.sources[key].add(source)
        self.kinds[key][kind] += 1
        return key

    def _latin_full(self, key: str) -> bool:
        return any(_WELL_FORMED.fullmatch(s) for s in self.spellings[key])

    def _join_parts(self) -> None:
        """Given or family names alone join the one full name in the run that has them."""
        persons = self._person_roots()
        owners: dict[str, set[str]] = defaultdict(set)  # part key → cluster roots
        for key in sorted(self.spellings):
            root = self._find(key)
            if root not in persons or self._lexicon_of(root):
                continue
            for shown in self.spellings[key]:
                for part in _name_parts(shown):
                    owners[alias_key(part)].add(root)
        self.part_lookup: dict[str, str] = {}
        for part, roots in sorted(owners.items()):
            if len(roots) != 1:
                continue
            (root,) = roots
            self.part_lookup[part] = root
            if (
                part in self.spellings
                and not self._lexicon_of(self._find(part))
                and self._find(part) != self._find(root)
                and self._compatible(part, root)
            ):
                self._union(root, part)

    def _person_roots(self) -> set[str]:
        """Clusters that are people: most mentions say so, or a Latin full name whose
        family name the run also uses alone, twice or more (`Tworek说`)."""
        # Lone Latin words and how often they occur: a family name used alone twice.
        singles = {
            k: sum(c.values()) for k, c in self.spellings.items() if not HAN.search(k) and all(" " not in s for s in c)
        }
        roots = set()
        for root, members in self._clusters().items():
            votes: Counter[str] = Counter()
            for k in members:
                votes.update(self.kinds[k])
            if votes["person"] and votes["person"] >= votes["organisation"]:
                roots.add(root)
                continue
            for k in members:
                for s in self.spellings[k]:
                    if _WELL_FORMED.fullmatch(s) and singles.get(alias_key(s.split()[-1]), 0) >= 2:
                        roots.add(root)
        return roots

    def _join_fuzzy(self) -> None:
        keys = sorted(k for k in self.spellings if not self._lexicon_of(self._find(k)))
        # Single transliterated words only: full dotted names are compared by their parts.
        han = [
            k
            for k in keys
            if HAN.search(k) and 3 <= len(k) <= HAN_MAX_LEN and not any(_DOT.search(s) for s in self.spellings[k])
        ]
        han_targets = sorted(set(han) | {p for p in self.part_lookup if HAN.search(p) and 3 <= len(p) <= HAN_MAX_LEN})
        latin = [k for k in keys if not HAN.search(k) and len(k) >= LATIN_MIN_LEN]
        merges: list[tuple[str, str]] = []
        merges += self._fuzzy_pairs(han, han_targets, HAN_RATIO_WITH_PREFIX, self._han_close)
        merges += self._fuzzy_pairs(latin, latin, LATIN_RATIO, lambda a, b, s: s >= LATIN_RATIO)
        for a, b in merges:
            if self._find(a) != self._find(b) and self._compatible(a, b, fuzzy=True):
                self._union(a, b)

    def _fuzzy_pairs(self, queries, choices, cutoff, close) -> list[tuple[str, str]]:
        """(query, target) where exactly one other cluster has a close spelling."""
        if not queries or not choices:
            return []
        scores = process.cdist(queries, choices, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, dtype=np.uint8)
        out = []
        for i, q in enumerate(queries):
            own = self._find(q)
            hits: dict[str, str] = {}
            for j in np.nonzero(scores[i])[0]:
                c = choices[j]
                root = self._find(self.part_lookup.get(c, c)) if c not in self.sets else self._find(c)
                if root == own or q in c or c in q or not close(q, c, float(scores[i, j])):
                    continue
                hits.setdefault(root, c)
            if len(hits) == 1:
                (root,) = hits
                out.append((q, root))
        return out

    @staticmethod
    def _han_close(a: str, b: str, score: float) -> bool:
        prefix = len(_common_prefix(a, b))
        return score >= HAN_RATIO or (prefix >= HAN_PREFIX and score >= HAN_RATIO_WITH_PREFIX)

    # -- union-find ------------------------------------------------------------------

    def _find(self, k: str) -> str:
        return self.sets.find(k)

    def _lexicon_of(self, root: str) -> str | None:
        return self.lexicon.get(root)

    def _compatible(self, a: str, b: str, fuzzy: bool = False) -> bool:
        ra, rb = self._find(a), self._find(b)
        la, lb = self.lexicon.get(ra), self.lexicon.get(rb)
        if (la and lb and la != lb) or (fuzzy and (la or lb)):
            return False
        fa, fb = self.full[ra], self.full[rb]
        return fuzzy or not (fa and fb and not fa & fb)

    def _union(self, a: str, b: str) -> None:
        merged = self.sets.union(a, b)
        if merged is None:
            return
        keep, drop = merged
        self.lexicon[keep] = self.lexicon.get(keep) or self.lexicon.get(drop)
        self.full[keep] = self.full[keep] | self.full[drop]

    def _clusters(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for k in sorted(self.spellings):
            out[self._find(k)].append(k)
        return out

    # -- output ----------------------------------------------------------------------

    def table(self) -> AliasTable:
        entries, lookup = [], {}
        persons = self._person_roots()
        for root, members in self._clusters().items():
            counts: Counter[str] = Counter()
            votes: Counter[str] = Counter()
            sources: set[str] = set()
            for k in members:
                counts.update(self.spellings[k])
                votes.update(self.kinds[k])
                sources |= self.sources[k]
            canonical = self.lexicon.get(root) or _choose_canonical(counts)
            kind: EntityKind
            if self.lexicon.get(root):
                kind = "organisation"
            elif root in persons:
                kind = "person"
            elif votes["organisation"]:
                kind = "organisation"
            else:
                kind = "unknown"
            aliases = tuple(sorted(set(counts) | {canonical}))
            entries.append(AliasEntry(canonical, kind, aliases, tuple(sorted(sources))))
            for k in members:
                lookup[k] = canonical
        for part, root in self.part_lookup.items():
            lookup.setdefault(part, lookup[self._find(root)])
        return AliasTable(entries, lookup)


def _choose_canonical(counts: Counter[str]) -> str:
    """A well-formed full Latin name when there is one (`Sam Altman`), else the most
    frequent spelling; ties go to the longer, then the first in code-point order."""
    return min(counts, key=lambda s: (not _WELL_FORMED.fullmatch(s), -counts[s], -len(s), s))


def _name_parts(name: str) -> list[str]:
    """Given and family names a full name can be called by on its own."""
    if _DOT.search(name):
        parts = [p for p in _DOT.split(name) if p]
        return [p for p in (parts[0], parts[-1]) if len(p) >= 2] if len(parts) > 1 else []
    if _WELL_FORMED.fullmatch(name):
        words = name.split()
        return [w for w in (words[0], words[-1]) if len(w) >= 3]
    return []


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]
