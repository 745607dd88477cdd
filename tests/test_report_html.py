"""The HTML report: self-contained, offline, contradictions first, article text escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from claims.model import Claim, Kind, QuantityValue, Source
from matcher.model import Finding, Flag, Relation
from reports.contract import FindingsDocument
from reports.html import passage_segments, render_report

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tiny_document(text_a: str, text_b: str) -> tuple[FindingsDocument, dict[str, str]]:
    raw_a = f"标题\n{text_a}有300个项目。\n"
    raw_b = f"{text_b}有450个项目。\n"
    a_start = raw_a.index("300个")
    b_start = raw_b.index("450个")
    ca = Claim(
        id="c-a",
        source="a",
        start=a_start,
        end=a_start + 6,
        text=raw_a[a_start : a_start + 6],
        sentence=raw_a,
        kind=Kind.quantity,
        value=QuantityValue(low=300, high=300, unit="个项目"),
        line=2,
    )
    cb = Claim(
        id="c-b",
        source="b",
        start=b_start,
        end=b_start + 6,
        text=raw_b[b_start : b_start + 6],
        sentence=raw_b,
        kind=Kind.quantity,
        value=QuantityValue(low=450, high=450, unit="个项目"),
        line=1,
    )
    doc = FindingsDocument(
        sources=(Source(id="a", path="a.txt", title=EVIL, published="2025-01-01"), Source(id="b", path="b.txt")),
        claims=(ca, cb),
        findings=(
            Finding(id="f-2", relation=Relation.agree, claims=("c-a", "c-b"), score=0.5, explanation="agree " + EVIL),
            Finding(
                id="f-1",
                relation=Relation.contradict,
                claims=("c-a", "c-b"),
                score=0.9,
                explanation="Incompatible values: 300 vs 450.",
            ),
        ),
        flags=(Flag(id="q-1", type="unsupported_quote", claims=("c-b",), explanation="nobody said " + EVIL),),
        entities=({"canonical": EVIL, "kind": "person", "aliases": [EVIL, "x"], "sources": ["a"]},),
    )
    return doc, {"a": raw_a, "b": raw_b}


def test_article_text_is_escaped_everywhere():
    doc, texts = tiny_document(EVIL, "javascript:alert(2)")
    html = render_report(doc, texts)
    assert "<script>alert" not in html
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    parser = Tags()
    parser.feed(html)
    # The only script is the page's own filter, and no element carries event handlers or remote sources.
    scripts = [t for t, _ in parser.tags if t == "script"]
    assert len(scripts) == 1
    for tag, attrs in parser.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not any(str(v).startswith(("http:", "https:", "javascript:", "//")) for v in attrs.values()), (
            tag,
            attrs,
        )


def test_contradictions_come_first_and_passages_are_side_by_side():
    doc, texts = tiny_document("正文", "另一篇")
    html = render_report(doc, texts)
    assert html.index('id="contradictions"') < html.index('id="agreements"')
    block = html[html.index('id="f-1"') :]
    block = block[: block.index("</article>")]
    assert block.count('class="passage"') == 2
    assert re.search(r"<mark>300个项目</mark>", block) and re.search(r"<mark>450个项目</mark>", block)


def test_passage_segments_cut_at_sentences_and_mark_the_claim():
    raw = "前一句。这里有300个项目，后面还有话。下一句。"
    start = raw.index("300")
    segs = passage_segments(raw, start, start + 6)
    assert "".join(s.text for s in segs) == "这里有300个项目，后面还有话。"
    assert [s.text for s in segs if s.mark] == ["300个项目"]


def test_passage_context_drops_markdown_but_the_claim_stays_verbatim():
    raw = "> **他说有**300个**项目**。\n"
    start = raw.index("300")
    segs = passage_segments(raw, start, start + 6)
    assert [s.text for s in segs if s.mark] == ["300个**"]
    assert "".join(s.text for s in segs if not s.mark) == "他说有项目。"
