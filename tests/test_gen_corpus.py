"""benchmarks/gen_corpus.py: the same corpus every time, a smaller one is a prefix of a larger one,
and the retellings really differ from their seeds (figures, script, paragraphs, dates)."""

from __future__ import annotations

import random
import sys

from claims.sources.load import load

from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus


def test_deterministic_and_prefix_stable(tmp_path):
    big = gen_corpus.write(9, tmp_path / "big")
    small = gen_corpus.write(6, tmp_path / "small")
    again = gen_corpus.write(9, tmp_path / "again")
    assert [p.read_bytes() for p in big] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in big[:6]]


def test_rewriting_to_fewer_articles_removes_the_rest(tmp_path):
    gen_corpus.write(8, tmp_path)
    gen_corpus.write(6, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"a{i:05d}.txt" for i in range(6)]


def test_seeds_first_then_retellings_with_a_publication_date(tmp_path):
    paths = gen_corpus.write(9, tmp_path)
    seeds = sorted(SEEDS.glob("*.txt"))
    for path, seed in zip(paths, seeds, strict=False):
        assert path.read_bytes() == seed.read_bytes()
    for path in paths[len(seeds) :]:
        doc = load(path)
        assert doc.source.published
        assert doc.raw[doc.body_start :].strip()


def test_perturb_moves_dates_and_figures_but_not_links():
    text = "2025年12月3日，公司有120名员工。![图](https://x.cn/640?a=123)"
    outs = {gen_corpus._perturb(text, random.Random(k)) for k in range(40)}
    assert len(outs) > 3
    assert all("(https://x.cn/640?a=123)" in o for o in outs)
    assert any("名员工" in o and "120名" not in o for o in outs)  # a nudged figure
    assert any("2025年12月3日" not in o for o in outs)  # a moved date
    assert all(("年13月" not in o) and ("月32日" not in o) for o in outs)  # moved as dates, never invalid


def test_scripts_mixed_across_the_corpus():
    texts = gen_corpus.texts(8)
    traditional = [t for t in texts[5:] if "們" in t or "這" in t or "說" in t]
    simplified = [t for t in texts[5:] if "们" in t or "这" in t or "说" in t]
    assert traditional and simplified
    assert any(t in traditional for t in simplified)  # one article mixes both, paragraph by paragraph
