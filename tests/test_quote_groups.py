"""Quote links gathered per utterance as they stream in (matcher.match.QuoteGroup) hold
what a list of every link would: the same members, count, best link and conflicting
pairs, with each support judged on its own (no question remembered). Passages hold one
copy of each text. On a generated corpus of reprints (benchmarks/gen_corpus.py)."""

from __future__ import annotations

import sys

import pytest

from claims.model import Kind
from matcher.aliases import AliasTable
from matcher.compare import QUOTE_DIVERGE, QUOTE_SAME, quote_ratio
from matcher.match import _quote_link, passages_of, quote_findings, with_canonical_names
from matcher.model import Relation
from matcher.quotes import (
    MIN_CHARS,
    _QuoteIndex,
    _words,
    find_support,
    neighbour_passages,
    passage_claim,
    support_batches,
)
from reports.pipeline import extract_paths

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus


@pytest.fixture(scope="module")
def reprints(tmp_path_factory):
    out = tmp_path_factory.mktemp("reprints")
    gen_corpus.write(8, out)
    extractions, _, _ = extract_paths([out])
    aliases = AliasTable.build((e.source.id, m) for e in extractions for m in e.entities)
    claims = [with_canonical_names(c, aliases.canonical) for e in extractions for c in e.claims]
    quotes = [c for c in claims if c.kind is Kind.quote and not c.garbled]
    return quotes, passages_of(extractions)


def _every_link(quotes, passages):
    """The links one by one, each support judged directly: (fact, relation) → links; and
    the claims made for passages, in the order the links holding them come."""
    supports, _ = find_support(quotes, passages)
    seen, out, minted = set(), {}, []
    for s in supports:
        pair = tuple(sorted((s.quote.id, s.other.id)))
        if pair in seen or s.quote.id == s.other.id:
            continue
        seen.add(pair)
        link = _quote_link(s)
        if link is not None:
            out.setdefault((link.fact, link.relation), []).append(link)
            if s.minted:
                minted.append(s.other)
    return out, minted


@pytest.mark.parametrize("corpus", ["reprints", "many_reprints"])
def test_quote_groups_hold_what_every_link_would(corpus, request):
    quotes, passages = request.getfixturevalue(corpus)
    groups, minted, _ = quote_findings(quotes, passages)
    direct, direct_minted = _every_link(quotes, passages)
    assert sorted(groups) == sorted(direct)
    assert any(len(links) > 1 for links in direct.values())  # reprints: utterances of many links
    for key, links in direct.items():
        group = groups[key]
        assert group.links == len(links)
        assert group.members == {c.id for link in links for c in link.claims}
        best = max(links, key=lambda link: (link.score, link.pair()))
        assert group.best.claims == best.claims and group.best.finding() == best.finding()
        want = {link.pair() for link in links} if key[1] is Relation.contradict else set()
        assert group.conflicts == want
    # Claims made for one passage share an id (one per speaker): the last made stands.
    assert {c.id: c for c in minted} == {c.id: c for c in direct_minted}


def test_reprints_that_support_nothing_join_their_groups_at_once(many_reprints):
    """Most reprints of a quote stand apart from the passages their words found and
    support no quote themselves: quote_findings joins them per class (the case above
    checks the result link by link)."""
    quotes, passages = many_reprints
    batches = list(support_batches(quotes, passages, []))
    supporting = {o.id for _, supports, _ in batches for o, _, _ in supports}
    assert sum(1 for q, _, n in batches if n is not None and q.id not in supporting) > 1000


def test_passages_hold_their_raw_text_once(reprints):
    _, passages = reprints
    assert all(p.text is p.sentence for p in passages)
    held = {}
    for p in passages:
        assert held.setdefault(p.text, p.text) is p.text  # equal texts: one object
    assert len(held) < len(passages)  # reprinted sentences share it


def _supports_one_by_one(quotes, passages):
    """Each quote's supports computed on its own, nothing shared between quotes: its
    neighbours scored, its own place left out, the best passage per source, the quote
    claim covering it or a claim made for it."""
    lookups = [q for q in quotes if len(_words(q)) >= MIN_CHARS]
    near = neighbour_passages([_words(q) for q in lookups], passages)
    index = _QuoteIndex(quotes)
    out = []
    for q in lookups:
        best = {}
        for j in near[_words(q)]:
            p = passages[j]
            r = quote_ratio(_words(q), p.folded)
            if r < QUOTE_DIVERGE or (p.source == q.source and p.start < q.end and q.start < p.end):
                continue
            if p.source not in best or r > best[p.source][0]:
                best[p.source] = (r, j)
        for source in sorted(best):
            r, j = best[source]
            other = index.covering(passages[j])
            if other is None and r >= QUOTE_SAME:
                other = passage_claim(passages[j], q.speaker)
            if other is not None:
                out.append((q.id, other.id, r, other.extractor == "quote-support"))
    return out


@pytest.fixture(scope="module")
def many_reprints(tmp_path_factory):
    """Enough reprints that most copies of a quote find other copies, not their own place."""
    out = tmp_path_factory.mktemp("many")
    gen_corpus.write(MANY, out)
    extractions, _, _ = extract_paths([out])
    aliases = AliasTable.build((e.source.id, m) for e in extractions for m in e.entities)
    claims = [with_canonical_names(c, aliases.canonical) for e in extractions for c in e.claims]
    quotes = [c for c in claims if c.kind is Kind.quote and not c.garbled]
    return quotes, passages_of(extractions)


MANY = 40


def test_quotes_of_one_class_share_the_supports_each_would_get_alone(many_reprints):
    quotes, passages = many_reprints
    direct = _supports_one_by_one(quotes, passages)
    batches = list(support_batches(quotes, passages, []))
    assert [(q.id, o.id, r, m) for q, supports, _ in batches for o, r, m in supports] == direct
    numbers = [n for _, _, n in batches if n is not None]
    assert len(set(numbers)) < len(numbers)  # reprints of a quote share one list
    assert any(n is None for _, _, n in batches)  # a quote found in its own place has its own
    shared = {}
    for _, supports, n in batches:
        if n is not None:
            assert shared.setdefault(n, supports) is supports
