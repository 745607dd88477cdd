"""The HTML report in a real browser: nothing from an article executes, nothing leaves the machine.

Sources carry script tags, event-handler attributes, `javascript:` links and an attribute
break-out in their title (front matter), body and a quote. Headless Chromium (Debian's
/usr/bin/chromium, never a downloaded one) opens the report from file://, clicks every link
and summary (which opens each source's full-text view), presses the review keys, types in
the search box, and no dialog may open and no request may leave.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reports.cli import app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

if not os.environ.get("CI"):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)", allow_module_level=True)
    pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e '.[test]'")

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '<a href="javascript:alert(3)">x</a>',
    '"><svg onload=alert(4)>',
]
EVIL = "".join(PAYLOADS)

HOSTILE = f"""---
title: '{EVIL.replace("'", "''")}'
source: "javascript:alert(5)"
url: "javascript:alert(6)"
author: '"><svg onload=alert(4)>'
outlet: '<img src=x onerror=alert(2)>'
---
# {EVIL}

据新华社报道，OpenAI首席研究官陈信翰12月3日在伦敦表示，公司目前有研究人员300人{PAYLOADS[0]}，其中一半以上从事推理模型研究。

{PAYLOADS[1]}陈信翰说：“我们不会因为{PAYLOADS[2]}竞争对手发布新模型而改变路线{PAYLOADS[3]}。”

Meta曾开出超过1亿美元的薪酬{PAYLOADS[2]}挖走研究人员。
"""

OTHER = """据路透社报道，OpenAI首席研究官陈信翰12月3日在伦敦表示，公司目前有研究人员900人，其中一半以上从事推理模型研究。

Meta曾开出超过1亿美元的薪酬挖走研究人员。
"""


def card_relations(data: dict) -> dict[str, str]:
    """The page's cards as the findings JSON predicts them: one per fact that has findings,
    with the fact's relation."""
    with_findings = {f["fact"] for f in data["findings"]}
    return {f["id"]: f["relation"] for f in data["facts"] if f["id"] in with_findings}


def invoke(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert "Traceback" not in result.output, result.output
    return result


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The report and the findings JSON of the same hostile sources."""
    tmp = tmp_path_factory.mktemp("browser")
    src = tmp / "src"
    src.mkdir()
    (src / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (src / "other.txt").write_text(OTHER, encoding="utf-8")
    out = tmp / "report.html"
    result = invoke("report", src, "-o", out, "--lang", "en")
    assert result.exit_code == 0, result.output
    result = invoke("compare", src, "--format", "json", "-o", tmp / "findings.json")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp / "findings.json").read_text(encoding="utf-8"))
    return out, data


def test_the_fixture_is_hostile_where_it_matters(report):
    """The payloads reach the document (title, claims, quote), so the browser test means something."""
    _, data = report
    hostile = next(s for s in data["sources"] if s["id"] == "hostile")
    assert hostile["title"] == EVIL
    assert hostile["url"] is None  # `javascript:` is not a URL we keep
    quotes = [c for c in data["claims"] if c["kind"] == "quote" and c["source"] == "hostile"]
    assert quotes and PAYLOADS[2] in quotes[0]["text"]
    assert any(PAYLOADS[0] in c["sentence"] for c in data["claims"])
    assert [f["relation"] for f in data["findings"]].count("contradict") == 1


def test_nothing_from_an_article_executes_in_chromium(report):
    from playwright.sync_api import sync_playwright

    path, data = report
    if not CHROMIUM.exists():
        pytest.fail(f"CI is set but {CHROMIUM} is missing: .ci/run installs it with apt-get")
    dialogs: list[str] = []
    requests: list[str] = []
    errors: list[str] = []

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))

            def route(r):
                if r.request.url.startswith("file://"):
                    r.continue_()
                else:
                    requests.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on(
                "request",
                lambda r: None if r.url.startswith(("file://", "about:", "data:")) else requests.append(r.url),
            )
            page.goto(path.as_uri())
            page.wait_for_load_state("load")

            for summary in page.locator("summary").all():
                summary.click()
            links = page.locator("a").all()
            assert links, "the source links"
            for link in links:  # header links, then each card's passage links into the source view
                link.evaluate("a => a.click()")
                page.wait_for_timeout(50)
                page.evaluate("location.hash = ''")
            for sid in [s["id"] for s in data["sources"]]:
                page.evaluate("id => { location.hash = 'source=' + encodeURIComponent(id); }", sid)
                page.wait_for_timeout(100)
                assert page.locator("#source-view").is_visible()
                assert page.locator("#source-text").inner_text().strip(), sid
            page.evaluate("location.hash = ''")
            page.wait_for_timeout(100)
            page.keyboard.press("j")
            page.keyboard.press("n")
            page.keyboard.type(EVIL)
            page.keyboard.press("Control+Enter")
            box = page.locator("#filter")
            box.click()
            box.type(EVIL, delay=1)
            page.wait_for_timeout(200)
            box.fill("")
            box.type("alert", delay=1)
            page.wait_for_timeout(200)
            box.fill("no such text anywhere 无此文字")
            page.wait_for_timeout(300)
            hidden_all = page.evaluate("document.querySelectorAll('.card').length === 0")
            box.fill("")
            page.wait_for_timeout(300)
            shown_all = page.evaluate("document.querySelectorAll('.card').length") == len(
                [rel for rel in card_relations(data).values() if rel != "agree"]
            ) + sum(1 for f in data["flags"] if f["type"] == "unsupported_quote")

            header = page.inner_text("header")
            sources_table = page.text_content("#sources")
            contradictions = page.locator('.card[data-relation="contradict"]').count()
            note = page.locator(".card .note-text").first.inner_text()
            marks = page.evaluate(
                "Array.from(document.querySelectorAll('mark')).map(m => m.getAttribute('data-claim-id'))"
            )
            dom = page.evaluate("""() => ({
                scripts: document.querySelectorAll('script:not([type="application/json"])').length,
                handlers: Array.from(document.querySelectorAll('*')).flatMap(
                    e => Array.from(e.attributes).map(a => a.name).filter(n => n.startsWith('on'))),
                targets: Array.from(document.querySelectorAll('[href],[src],[action],[formaction]')).map(
                    e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action')
                         || e.getAttribute('formaction')),
                injected: document.querySelectorAll('img, svg:not(.timeline), iframe, object, embed, form').length,
            })""")
        finally:
            browser.close()

    assert dialogs == [], dialogs
    assert requests == [], requests
    assert errors == [], errors
    assert dom["scripts"] == 1, dom  # the page's own script; its data is inert JSON
    assert dom["handlers"] == [], dom
    assert dom["injected"] == 0, dom
    assert all(t.startswith("#") for t in dom["targets"]), dom
    assert hidden_all and shown_all
    claim_ids = {c["id"] for c in data["claims"]}
    assert marks and all(m in claim_ids for m in marks), marks  # every highlight names its claim
    assert EVIL in note  # the note typed into the page is shown as text

    # The payloads are shown as text, and the counts (one card per fact) match the findings JSON.
    cards = card_relations(data)
    n = {r: sum(1 for rel in cards.values() if rel == r) for r in ("contradict", "evolves", "agree")}
    assert f"{len(data['sources'])} sources · {len(data['claims'])} claims" in header, header
    for count, label in (
        (n["contradict"], "contradictions"),
        (n["evolves"], "changed over time"),
        (n["agree"], "agreements"),
    ):
        assert re.search(rf"\b{count}\s+{label}", header), (label, header)
    assert EVIL in sources_table, sources_table
    assert "<img src=x onerror=alert(2)>" in sources_table  # the outlet, as text
    assert contradictions == 1
