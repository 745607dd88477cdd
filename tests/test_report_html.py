"""The HTML report: self-contained, offline, contradictions first, article text escaped."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import reports
from claims.model import Claim, Kind, QuantityValue, Source
from matcher.model import FactRecord, Finding, Flag, Relation, TimelinePoint
from reports.contract import FindingsDocument
from reports.html import (
    KINDS,
    RELATION_ORDER,
    STATUSES,
    frame_text,
    passage_segments,
    quote_diff,
    render_report,
    source_runs,
)
from reports.labels import EN, ZH, default_lang

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


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="claimdiff-data">(.*?)</script>', html, re.S)
    assert m, "the page's data blob"
    return json.loads(m.group(1))


def test_article_text_is_escaped_everywhere():
    doc, texts = tiny_document(EVIL, "javascript:alert(2)")
    html = render_report(doc, texts)
    assert "<script>alert" not in html
    markup = re.sub(r'(id="claimdiff-data">).*?(</script>)', r"\1\2", html, flags=re.S)
    assert "onerror=alert" not in markup.replace("onerror=alert(1)&gt;", "")
    parser = Tags()
    parser.feed(html)
    # The page's own script and its data (inert JSON); no element carries event handlers or remote sources.
    scripts = [a for t, a in parser.tags if t == "script"]
    assert [a.get("type") for a in scripts] == ["application/json", None]
    for tag, attrs in parser.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not any(str(v).startswith(("http:", "https:", "javascript:", "//")) for v in attrs.values()), (
            tag,
            attrs,
        )
    # The data blob cannot end its element: no `<` at all, and it reads back to the article's text.
    blob = re.search(r'id="claimdiff-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in blob and ">" not in blob and "&" not in blob
    data = page_data(html)
    assert data["sources"][0]["title"] == EVIL
    assert "".join(run[0] for run in data["texts"]["a"]) == texts["a"]


def test_csp_forbids_network_and_allows_only_the_pages_own_script_and_style():
    doc, texts = tiny_document("正文", "另一篇")
    html = render_report(doc, texts)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert csp.startswith("default-src 'none'") and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    for text, directive in ((script, "script-src"), (style, "style-src")):
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert re.search(rf"{directive} [^;]*'sha256-{re.escape(digest)}'", csp), directive


def test_contradictions_come_first_and_passages_are_side_by_side():
    doc, texts = tiny_document("正文", "另一篇")
    data = page_data(render_report(doc, texts))
    assert [c["rel"] for c in data["cards"]] == ["contradict", "unsupported", "agree"]
    card = data["cards"][0]
    # No fact recorded for these findings (an older document): each finding is its own card.
    assert [g["findings"] for g in card["groups"]] == [["f-1"]] and card["claims"] == ["c-a", "c-b"]
    assert card["conflicts"] == [["c-a", "c-b"]]  # a contradiction's claims conflict
    marks = [data["claims"][cid]["p"][1] for cid in card["claims"]]
    assert marks == ["300个项目", "450个项目"]
    assert data["claims"]["c-a"]["p"][0].endswith("正文有")


def test_the_page_is_deterministic_and_language_follows_the_sources():
    doc, texts = tiny_document("正文", "another page")
    assert render_report(doc, texts) == render_report(doc, texts)
    # Nothing in the page depends on the process (an object's repr and address did once).
    assert " object at 0x" not in render_report(doc, texts)
    assert f'title="{ZH["keys"]}"' in render_report(doc, texts)
    assert '<html lang="zh-Hans">' in render_report(doc, texts)
    english = render_report(doc, texts, lang="en")
    assert '<html lang="en">' in english and "Export reviews" in english and "导出审阅" not in english
    assert default_lang(["zh-Hans", "en", "zh-Hant"]) == "zh"
    assert default_lang(["en", "en", "mixed"]) == "en"
    assert default_lang(["en", "zh-Hans"]) == "zh"  # a tie: the tool's home language


def test_every_label_the_script_uses_is_in_both_tables():
    assert EN.keys() == ZH.keys()
    js = (Path(reports.__file__).parent / "templates" / "report.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bT\.(\w+)", js)) | set(re.findall(r'fmt\("(\w+)"', js))
    assert used and not used - EN.keys(), used - EN.keys()
    for prefix, values in (("rel_", RELATION_ORDER), ("status_", STATUSES), ("kind_", KINDS)):
        assert all(prefix + v in EN for v in values), prefix
    for line in (Path(reports.__file__).parent / "templates" / "report.html").read_text(encoding="utf-8").splitlines():
        for key in re.findall(r"\bt\.(\w+)", line):
            assert key in EN or key == "get", key


def test_quote_differences_ignore_punctuation():
    a, b = quote_diff("我们不会改变路线。", "我们绝不会改变方向！")
    assert [t for t, f in a if f] == ["路线"]
    assert [t for t, f in b if f] == ["绝", "方向"]
    assert "".join(t for t, _ in a) == "我们不会改变路线。"


def test_source_runs_cover_the_text_and_nested_claims():
    raw = "他说：“公司有300人。”完"
    outer = SimpleNamespace(id="q", start=raw.index("“") + 1, end=raw.index("”"))
    inner = SimpleNamespace(id="n", start=raw.index("300"), end=raw.index("人") + 1)
    runs = source_runs(raw, [inner, outer])
    assert "".join(r[0] for r in runs) == raw
    assert [r[1] for r in runs if len(r) > 1] == [["q"], ["q", "n"], ["q"]]
    assert [r[0] for r in runs if len(r) > 1 and "n" in r[1]] == ["300人"]


def test_a_frame_is_shown_when_the_claim_has_one():
    with_frame = SimpleNamespace(frame={"measure": "deaths", "subject": "某县", "place": None, "as_of": "2025-03-22"})
    assert frame_text(with_frame) == "deaths · 某县 · @ 2025-03-22"
    assert frame_text(SimpleNamespace()) == ""
    assert frame_text(SimpleNamespace(frame=None, as_of="2025")) == ""
    # The frames branch's shape: tuples nearest first, a holder, the date on the claim.
    lead = SimpleNamespace(
        frame=SimpleNamespace(measure=("~>死亡", "deaths"), place=("某省", "某县"), holder=None, event=()),
        subject="某公司",
        as_of="2025-03-22",
    )
    assert frame_text(lead) == "死亡 · 某公司 · 某省、某县 · @ 2025-03-22"


def test_past_the_budget_the_data_goes_to_a_sidecar_script(monkeypatch):
    import reports.html as page

    doc, texts = tiny_document("正文", "另一篇")
    monkeypatch.setattr(page, "DATA_INLINE_BUDGET", 100)
    rendered = page.build_report(doc, texts, sidecar_name="r.data.js")
    assert rendered.sidecar and rendered.sidecar.startswith("window.CLAIMDIFF_DATA={")
    assert 'id="claimdiff-data"' not in rendered.html
    assert '<script src="r.data.js"></script>' in rendered.html
    assert re.search(r"script-src 'sha256-[^']+' 'self';", rendered.html)  # the page's script, and files beside it
    assert "'self'" not in page.build_report(doc, texts).html  # inline: no file at all
    assert page.build_report(doc, texts).sidecar is None  # no name, no sidecar: inline


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


def test_decisions_from_a_reviews_file_are_shown_and_a_changed_value_reopens_them(tmp_path):
    from reports import reviews as rv

    doc, texts = tiny_document("正文", "另一篇")
    claims = {c.id: c for c in doc.claims}
    (contra,) = [f for f in doc.findings if f.relation is Relation.contradict]
    path = tmp_path / "claimdiff.reviews.json"
    rv.record(path, "f-1", "contradict", "dismissed", note="两个口径", values=rv.reviewed_values(contra, claims))
    rv.record(path, "f-2", "agree", "confirmed", values=["seen before"])  # a value it never saw: changed
    rv.record(path, "gone", "contradict", "confirmed")  # a stale review travels along for the export
    data = page_data(render_report(doc, texts, reviews=rv.load_reviews(path)))
    state = {c["id"]: (c["status"], c["groups"][0]["note"]) for c in data["cards"]}
    assert state == {"f-1": ("dismissed", "两个口径"), "f-2": ("changed", ""), "q-1": ("unreviewed", "")}
    assert [r["fact"] for r in data["reviews"]] == ["f-1", "f-2", "gone"]
    assert data["reviews"] == rv.load_reviews(path).to_json()["reviews"]
    # The export carries what the file records for a card: its values and claims.
    group = data["cards"][0]["groups"][0]
    assert group["values"] == list(rv.reviewed_values(contra, claims))
    assert group["rclaims"] == list(rv.reviewed_claims(contra, claims))


def fact_document() -> tuple[FindingsDocument, dict[str, str]]:
    """One fact told by three claims: 300 twice on 3-22 (agree) and 450 on 3-22 in another
    source (contradicts both), plus 500 on 3-23 (evolves). Two findings of one relation
    (agree) share one review decision."""
    raws = {
        "a": "标题\n3月22日事故造成300人死亡。\n当天仍是300人死亡。\n",
        "b": "3月22日事故造成450人死亡。\n3月23日死亡人数升至500人。\n",
    }
    spec = [("c-1", "a", "300人", 0, "2025-03-22"), ("c-2", "a", "300人", 1, "2025-03-22")]
    spec += [("c-3", "b", "450人", 0, "2025-03-22"), ("c-4", "b", "500人", 0, "2025-03-23")]
    claims = []
    for cid, src, text, nth, as_of in spec:
        raw = raws[src]
        start = raw.index(text, raw.index(text) + 1) if nth else raw.index(text)
        n = int(text[:-1])
        claims.append(
            Claim(
                id=cid,
                source=src,
                start=start,
                end=start + len(text),
                text=text,
                sentence=text,
                kind=Kind.quantity,
                value=QuantityValue(low=n, high=n, unit="人"),
                line=raw[:start].count("\n") + 1,
                as_of=as_of,
            )
        )

    def point(as_of, value, *ids):
        return TimelinePoint(
            as_of=as_of, value=value, sources=tuple(sorted({c.source for c in claims if c.id in ids})), claims=ids
        )

    fact = FactRecord(
        id="x-deaths",
        kind="quantity",
        frame={"measure": ["deaths"], "place": ["某县"]},
        members=("c-1", "c-2", "c-3", "c-4"),
        timeline=(
            point("2025-03-22", "300 人", "c-1", "c-2"),
            point("2025-03-22", "450 人", "c-3"),
            point("2025-03-23", "500 人", "c-4"),
        ),
        relation=Relation.contradict,
        conflicts=(("c-1", "c-3"), ("c-2", "c-3")),
        score=0.8,
        explanation="300 vs 450 on 3-22; 500 on 3-23.",
    )
    findings = (
        Finding(
            id="f-agree",
            relation=Relation.agree,
            claims=("c-1", "c-2"),
            score=1.0,
            explanation="both 300",
            fact="x-deaths",
        ),
        Finding(
            id="f-contra",
            relation=Relation.contradict,
            claims=("c-1", "c-2", "c-3"),
            score=0.8,
            explanation="300 vs 450",
            fact="x-deaths",
        ),
        Finding(
            id="f-evolves",
            relation=Relation.evolves,
            claims=("c-3", "c-4"),
            score=0.6,
            explanation="450 then 500",
            fact="x-deaths",
        ),
        Finding(
            id="f-agree2", relation=Relation.agree, claims=("c-3",), score=0.5, explanation="450 alone", fact="x-deaths"
        ),
    )
    doc = FindingsDocument(
        sources=(
            Source(id="a", path="a.txt", published="2025-03-22"),
            Source(id="b", path="b.txt", published="2025-03-23"),
        ),
        claims=tuple(claims),
        findings=findings,
        facts=(fact,),
    )
    return doc, raws


def test_one_card_per_fact_with_its_timeline_table_conflicts_and_findings_inside(tmp_path):
    from reports import reviews as rv

    doc, texts = fact_document()
    data = page_data(render_report(doc, texts))
    (card,) = data["cards"]  # four findings, one fact: one card
    assert card["id"] == "x-deaths" and card["rel"] == "contradict" and card["score"] == 0.8
    assert card["frame"] == "deaths · 某县" and card["asof"] == ["2025-03-22", "2025-03-23"]
    assert card["table"] == [
        ["2025-03-22", "300 人", ["c-1", "c-2"]],
        ["2025-03-22", "450 人", ["c-3"]],
        ["2025-03-23", "500 人", ["c-4"]],
    ]
    assert card["conflicts"] == [["c-1", "c-3"], ["c-2", "c-3"]]
    # The fact's own relation first, then the others in review order; both agreements are one decision.
    assert [(g["rel"], g["findings"]) for g in card["groups"]] == [
        ("contradict", ["f-contra"]),
        ("evolves", ["f-evolves"]),
        ("agree", ["f-agree", "f-agree2"]),
    ]
    agree = card["groups"][2]
    assert agree["claims"] == ["c-1", "c-2", "c-3"] and agree["expl"] == ["both 300", "450 alone"]
    assert agree["values"] == ["300 人", "450 人"]
    assert card["timeline"] and [p[4] for p in card["timeline"]] == ["c-1", "c-2", "c-3", "c-4"]
    # Every claim the table names has a row the page can show (source, line).
    assert {cid for row in card["table"] for cid in row[2]} <= data["claims"].keys()
    assert data["claims"]["c-2"]["l"] == 3 and data["claims"]["c-4"]["s"] == 1

    # A decision on the agreements covers both findings; a value it did not see reopens it.
    path = tmp_path / "claimdiff.reviews.json"
    rv.record(path, "x-deaths", "agree", "confirmed", values=["300 人", "450 人"])
    rv.record(path, "x-deaths", "evolves", "dismissed", values=["450 人"])  # 500 unseen: changed
    data = page_data(render_report(doc, texts, reviews=rv.load_reviews(path)))
    (card,) = data["cards"]
    assert [g["status"] for g in card["groups"]] == ["unreviewed", "changed", "confirmed"]
    assert card["status"] == "unreviewed"  # the card's own relation is not decided yet


def test_the_matrix_counts_each_group_of_a_fact():
    from reports.html import build_data, header_view

    doc, texts = fact_document()
    data = build_data(doc, texts, lang="en")
    head = header_view(doc, data)
    assert head.counts == {"contradict": 1, "evolves": 0, "unsupported": 0, "agree": 0}  # cards, by their relation
    cells = {
        cell["pair"]: (cell["c"], cell["e"], cell["a"]) for row in head.matrix for cell in row if not cell["lower"]
    }
    assert cells == {"a|a": (0, 0, 0), "a|b": (1, 0, 1), "b|b": (0, 1, 0)}
