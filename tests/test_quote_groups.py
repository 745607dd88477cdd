"""Quote links gathered per utterance as they stream in (matcher.match.QuoteGroup) hold
what a list of every link would: the same members, count, best link and conflicting
pairs, with each support judged on its own (no question remembered). Passages hold one
copy of each text. On a generated corpus of reprints (benchmarks/gen_corpus.py)."""

from __future__ import annotations

import sys

import pytest

from claims.model import Kind
from matcher.aliases import AliasTable
from matcher.match import _quote_link, passages_of, quote_findings, with_canonical_names
from matcher.model import Relation
from matcher.quotes import find_support
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
    """The links one by one, each support judged directly: (fact, relation) → links."""
    supports, _ = find_support(quotes, passages)
    seen, out = set(), {}
    for s in supports:
        pair = tuple(sorted((s.quote.id, s.other.id)))
        if pair in seen or s.quote.id == s.other.id:
            continue
        seen.add(pair)
        link = _quote_link(s)
        if link is not None:
            out.setdefault((link.fact, link.relation), []).append(link)
    return out


def test_quote_groups_hold_what_every_link_would(reprints):
    quotes, passages = reprints
    groups, _, _ = quote_findings(quotes, passages)
    direct = _every_link(quotes, passages)
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


def test_passages_hold_their_raw_text_once(reprints):
    _, passages = reprints
    assert all(p.text is p.sentence for p in passages)
    held = {}
    for p in passages:
        assert held.setdefault(p.text, p.text) is p.text  # equal texts: one object
    assert len(held) < len(passages)  # reprinted sentences share it
