"""`claimdiff export`: a CSV row per finding with both passages and the review, and
schema.org ClaimReview JSON-LD with the rating taken from the review status."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from reports.cli import app
from reports.export import CSV_COLUMNS, passage, render_claimreview, render_csv
from reports.reviews import Reviews, fact_id, load_reviews, record, reviewed_values

from conftest import SEEDS


@pytest.fixture(scope="module")
def seeds():
    from reports.pipeline import compare

    result = compare([SEEDS])
    return result.document, result.texts


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_row_per_finding_with_passages_and_review(seeds, tmp_path):
    doc, texts = seeds
    claims = {c.id: c for c in doc.claims}
    target = next(f for f in doc.findings if f.relation.value == "contradict")
    path = tmp_path / "r.json"
    record(path, fact_id(target), "contradict", "explained", "研究人员 ≠ 员工", "li", reviewed_values(target, claims))
    text = render_csv(doc, texts, load_reviews(path))
    table = rows(text)
    assert list(table[0]) == list(CSV_COLUMNS)
    assert len(table) == len(doc.findings)
    assert [r["relation"] for r in table[:1]] == ["contradict"]  # contradictions first
    row = next(r for r in table if r["fact"] == fact_id(target))
    assert (row["state"], row["note"], row["reviewer"]) == ("explained", "研究人员 ≠ 员工", "li")
    assert row["frame"].startswith("kind=quantity")
    for side in ("a", "b"):
        assert row[f"claim_{side}"] in row[f"passage_{side}"]
        line = texts[row[f"source_{side}"]].split("\n")[int(row[f"line_{side}"]) - 1]
        col = int(row[f"column_{side}"]) - 1
        assert line[col : col + len(row[f"claim_{side}"])] == row[f"claim_{side}"]
    unreviewed = [r for r in table if r["relation"] == "evolves"]
    assert unreviewed and all(r["state"] == "unreviewed" and r["note"] == "" for r in unreviewed)
    assert render_csv(doc, texts, load_reviews(path)) == text  # deterministic


def test_passage_is_the_claims_line_cut_around_it():
    text = "标题\n" + "甲" * 300 + "共有300个项目" + "乙" * 300 + "\n下一行"
    start = text.index("300个项目")
    p = passage(text, start, start + 6, 40)
    assert "300个项目" in p and p.startswith("…") and p.endswith("…") and len(p) <= 42
    assert passage("一行\n第二行有5人\n", 7, 9) == "第二行有5人"


def test_claimreview_rates_reviewed_findings(seeds, tmp_path):
    doc, texts = seeds
    claims = {c.id: c for c in doc.claims}
    path = tmp_path / "r.json"
    target = next(f for f in doc.findings if f.relation.value == "contradict")
    record(
        path, fact_id(target), "contradict", "dismissed", "different groups", "wang", reviewed_values(target, claims)
    )
    data = json.loads(render_claimreview(doc, texts, load_reviews(path)))
    assert data["@context"] == "https://schema.org"
    (review,) = data["@graph"]
    assert review["@type"] == "ClaimReview" and review["identifier"] == fact_id(target)
    assert review["reviewRating"]["ratingValue"] == 3 and review["reviewRating"]["alternateName"] == "No contradiction"
    assert review["author"] == {"@type": "Person", "name": "wang"} and review["reviewBody"] == "different groups"
    sources = {s.id: s for s in doc.sources}
    appearances = review["itemReviewed"]["appearance"]
    for cid in target.claims:
        assert claims[cid].text in review["claimReviewed"]
        src = sources[claims[cid].source]
        if src.url:
            assert {"url": src.url, "datePublished": src.published}.items() <= next(
                a for a in appearances if a.get("url") == src.url
            ).items()
    everything = json.loads(render_claimreview(doc, texts, Reviews(), include_all=True))["@graph"]
    assert len(everything) == sum(f.relation.value in ("contradict", "evolves") for f in doc.findings)
    assert all(r["reviewRating"] == {"@type": "Rating", "alternateName": "Not reviewed yet"} for r in everything)


def test_export_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMDIFF_CACHE_KEY", "test-key")
    runner = CliRunner()
    out = tmp_path / "findings.csv"
    result = runner.invoke(app, ["export", str(SEEDS), "--format", "csv", "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert rows(out.read_text(encoding="utf-8"))
    result = runner.invoke(
        app, ["export", str(SEEDS), "--format", "claimreview", "--reviews", "none.json", "--no-cache"]
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["@graph"] == []
    assert runner.invoke(app, ["export", str(SEEDS), "--format", "pdf"]).exit_code == 2
