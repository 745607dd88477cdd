"""`claimdiff check` in parts: what fails under --fail-on, new/changed/resolved against a
baseline, stale reviews, locations, SARIF suppressions, GitHub escaping, and exit code 2
with a one-line error for corrupt reviews or baseline files (left untouched)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from reports.check import (
    BaselineEntry,
    baseline_entries,
    dumps_baseline,
    line_column,
    load_baseline,
    render_json,
    render_text,
    run_check,
)
from reports.cli import app
from reports.github import escape_data, escape_property, render_github
from reports.reviews import Reviews, fact_id, record, reviewed_values
from reports.sarif import artifact_uri, render_sarif

from conftest import SARIF_SCHEMA, SEEDS

SCHEMA = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def run(*args) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seeds():
    from reports.pipeline import compare

    result = compare([SEEDS])
    return result.document, result.texts


def by_relation(doc, relation):
    return [f for f in doc.findings if f.relation.value == relation]


def test_without_baseline_every_unreviewed_contradiction_fails(seeds):
    doc, texts = seeds
    result = run_check(doc, texts, Reviews(), None)
    contradictions = by_relation(doc, "contradict")
    assert contradictions and len(result.failing) == len(contradictions)
    assert {i.relation for i in result.failing} == {"contradict"}
    assert result.exit_code == 1
    assert not any(i.relation == "agree" for i in result.items)  # agreements are never checked


@pytest.mark.parametrize("fail_on, relations", [("evolves", {"evolves"}), ("any", {"contradict", "evolves"})])
def test_fail_on(seeds, fail_on, relations):
    doc, texts = seeds
    result = run_check(doc, texts, Reviews(), None, fail_on)
    assert {i.relation for i in result.failing} == relations
    assert len(result.failing) == sum(len(by_relation(doc, r)) for r in relations)


def test_baseline_accepts_unchanged_and_reports_changed_and_resolved(seeds, tmp_path):
    doc, texts = seeds
    entries = baseline_entries(doc, texts)
    assert load_baseline_roundtrip(tmp_path, entries) == {e.key: e for e in entries}
    base = {e.key: e for e in entries}
    assert run_check(doc, texts, Reviews(), base).exit_code == 0

    claims = {c.id: c for c in doc.claims}
    target = by_relation(doc, "contradict")[0]
    key = (fact_id(target), "contradict")
    # The baseline saw only one of the values: the finding has changed since.
    base[key] = BaselineEntry(key[0], "contradict", reviewed_values(target, claims)[:1])
    base[("x-gone", "contradict")] = BaselineEntry(
        "x-gone", "contradict", ("12 人", "15 人"), "old", ({"path": "a.txt", "line": 3, "column": 4, "text": "12人"},)
    )
    result = run_check(doc, texts, Reviews(), base)
    assert [(i.fact, i.change) for i in result.failing] == [(key[0], "changed")]
    assert [e.fact for e in result.resolved] == ["x-gone"]
    text = render_text(result)
    assert f"CHANGED  contradict FAIL unreviewed fact {key[0]}" in text
    assert "RESOLVED contradict" in text and "a.txt:3:4  12人" in text
    data = json.loads(render_json(result))
    assert data["result"] == "fail" and data["counts"]["changed"] == 1 and data["counts"]["resolved"] == 1


def load_baseline_roundtrip(tmp_path, entries):
    path = tmp_path / "b.json"
    path.write_text(dumps_baseline(entries), encoding="utf-8")
    assert dumps_baseline(load_baseline(path).values()) == path.read_text(encoding="utf-8")
    return load_baseline(path)


def test_reviewed_findings_pass_and_stale_reviews_are_listed(seeds, tmp_path):
    doc, texts = seeds
    claims = {c.id: c for c in doc.claims}
    path = tmp_path / "r.json"
    for f in by_relation(doc, "contradict"):
        record(path, fact_id(f), "contradict", "explained", "two different counts", "bo", reviewed_values(f, claims))
    record(path, "x-gone", "contradict", "dismissed", "", "bo", ["1 人"])
    from reports.reviews import load_reviews

    result = run_check(doc, texts, load_reviews(path), None)
    assert result.exit_code == 0
    assert [r.fact for r in result.stale] == ["x-gone"]
    assert "STALE    contradict" in render_text(result)

    sarif = json.loads(render_sarif(result))
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    reviewed = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "claimdiff/contradict"]
    assert reviewed and all(
        r["suppressions"]
        == [{"kind": "external", "status": "accepted", "justification": "explained: two different counts"}]
        for r in reviewed
    )
    assert sarif["runs"][0]["columnKind"] == "unicodeCodePoints"
    assert not [line for line in render_github(result).splitlines() if line.startswith("::error")]


def test_locations_are_line_and_code_point_column(seeds):
    doc, texts = seeds
    result = run_check(doc, texts, Reviews(), None, "any")
    claims = {c.id: c for c in doc.claims}
    for item in result.items:
        for loc in item.locations:
            c = claims[loc.claim]
            assert loc.line == c.line
            line = texts[c.source].split("\n")[loc.line - 1]
            assert line[loc.column - 1 : loc.column - 1 + len(c.text)] == c.text


def test_line_column_counts_code_points():
    text = "第一行\n𠀀a 300个"  # U+20000 is two UTF-16 units, one code point
    assert line_column(text, text.index("300")) == (2, 4)
    assert line_column(text, 0) == (1, 1)


def test_github_escaping():
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_artifact_uri_is_relative_and_encoded(tmp_path):
    (tmp_path / "新 闻").mkdir()
    f = tmp_path / "新 闻" / "a%.txt"
    f.write_text("x", encoding="utf-8")
    assert artifact_uri(str(f), tmp_path) == "%E6%96%B0%20%E9%97%BB/a%25.txt"
    assert artifact_uri("/elsewhere/b.txt", tmp_path) == "file:///elsewhere/b.txt"


# --- the command line ----------------------------------------------------------------


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMDIFF_CACHE_KEY", "test-key")
    src = tmp_path / "src"
    src.mkdir()
    for name in ("001_9da10b272e55fd5b.txt", "003_040338d94b1b9f7e.txt", "004_3430793bcf9c7bfe.txt"):
        shutil.copy(SEEDS / name, src / name)
    return src


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("claimdiff.reviews.json", b"{broken", "is not valid JSON"),
        ("claimdiff.reviews.json", b'{"reviews": [{"fact": 1}]}', "review 1"),
        ("claimdiff.baseline.json", b"{broken", "is not valid JSON"),
        ("claimdiff.baseline.json", b'{"findings": []}', "is not a claimdiff baseline"),
    ],
)
def test_corrupt_files_exit_2_named_and_untouched(folder, name, content, words):
    (folder / name).write_bytes(content)
    code, out, err = run("check", "src", "--no-cache")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"claimdiff: error: src/{name}: ") and words in err
    assert (folder / name).read_bytes() == content
    code, _, err = run("review", "src", "--fact", "f-x", "--status", "dismissed", "--no-cache")
    assert code == 2 and (folder / name).read_bytes() == content


def test_check_usage_errors(folder):
    assert run("check", "src", "--baseline", "missing.json", "--no-cache")[0] == 2
    code, _, err = run("check", "nothing-here", "--no-cache")
    assert code == 2 and "no usable sources" in err
    assert run("check", "src", "--fail-on", "sometimes")[0] == 2
    assert run("check", "src", "--format", "xml")[0] == 2
    code, _, err = run("review", "src", "--status", "dismissed", "--no-cache")
    assert code == 2 and "--status needs --fact" in err
    code, _, err = run("review", "src", "--fact", "f-nope", "--status", "dismissed", "--no-cache")
    assert code == 2 and "no finding with fact 'f-nope'" in err
    assert not (folder / "claimdiff.reviews.json").exists()


def test_check_writes_sarif_beside_the_text_and_baseline_is_deterministic(folder):
    assert run("baseline", "src", "-o", "b1.json", "--no-cache")[0] == 0
    assert run("baseline", "src", "-o", "b2.json")[0] == 0  # through the cache: the same bytes
    assert Path("b1.json").read_bytes() == Path("b2.json").read_bytes()
    Path("b1.json").unlink()
    code, out, _ = run("check", "src", "--baseline", "b2.json", "--sarif", "out.sarif")
    assert code == 0 and "claimdiff check: ok" in out
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(Path("out.sarif").read_text(encoding="utf-8")))
    # The baseline in the current folder is found without --baseline.
    Path("b2.json").rename("claimdiff.baseline.json")
    code, out, _ = run("check", "src", "--format", "json")
    assert code == 0 and json.loads(out)["baseline"] == "claimdiff.baseline.json"


def test_review_accepts_a_unique_prefix(folder):
    code, out, _ = run("check", "src", "--format", "json", "--fail-on", "any")
    facts = sorted({f["fact"] for f in json.loads(out)["findings"] if f["failing"]})
    assert facts and code == 1
    fact = facts[0]
    prefix = fact[:-4]  # 12 hex digits: unique among the findings
    code, _, err = run("review", "src", "--fact", prefix, "--status", "confirmed", "--relation", "any")
    assert code == 0, err
    assert json.loads((folder / "claimdiff.reviews.json").read_text(encoding="utf-8"))["reviews"][0]["fact"] == fact
    code, _, err = run("review", "src", "--fact", "x-", "--status", "confirmed")
    assert code == 2 and "is ambiguous" in err


def test_html_sources_are_located_in_their_extracted_text(tmp_path, monkeypatch):
    """An HTML page's offsets index the article text claimdiff extracted: no line/column in the
    file is claimed for it (SARIF without a region, a file-level GitHub annotation)."""
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    body = "星辰科技今天发布年报。公司目前共有{}名员工，分布在北京和上海两地。"
    (src / "a.txt").write_text(f"# 星辰科技发布年报\n\n*2025年3月1日*\n\n{body.format(300)}\n", encoding="utf-8")
    (src / "b.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>星辰科技年报</title></head><body><article>'
        f"<h1>星辰科技发布年报</h1>\n<p>2025年3月1日</p>\n<p>{body.format(450)}这家公司成立于2010年，主要从事软件开发。</p>"
        "</article></body></html>\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", "src", "--no-cache", "--format", "json")
    assert code == 1
    (item,) = [f for f in json.loads(out)["findings"] if f["failing"]]
    assert {(c["path"], c["in_file"]) for c in item["claims"]} == {("src/a.txt", True), ("src/b.html", False)}
    code, out, _ = run("check", "src", "--no-cache", "--format", "sarif")
    log = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    locs = {
        loc["physicalLocation"]["artifactLocation"]["uri"]: loc["physicalLocation"]
        for loc in log["runs"][0]["results"][0]["locations"]
    }
    assert "region" in locs["src/a.txt"] and "region" not in locs["src/b.html"]
    code, out, _ = run("check", "src", "--no-cache", "--format", "github")
    lines = [line for line in out.splitlines() if line.startswith("::error")]
    assert any(line.startswith("::error file=src/a.txt,line=5,col=18,") for line in lines)
    assert any(line.startswith("::error file=src/b.html,title=") for line in lines)
