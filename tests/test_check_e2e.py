"""The CI check end to end, in a temporary folder: a newsroom keeps the seed articles and a
copy of one of them; a baseline is recorded; a pull request changes one figure in the copy
(300 → 450 projects) and `check` must fail and name that fact in every format; a reviewer
dismisses it and `check` passes; the figure changes again (450 → 500) and `check` fails
again; editing an unrelated paragraph changes no fact id.

A fact's id survives a change of its value (ids come from the claims' frames, not their
values), so a review of 450 reopens as `changed` when the figure becomes 500."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from reports.cli import app
from reports.reviews import load_reviews

from conftest import SARIF_SCHEMA, SEEDS

ARTICLE = "000_d379fe37168fe1eb.txt"
COPY = "000_copy.txt"
OLD, NEW, NEWER = "大约有300个项目", "大约有450个项目", "大约有500个项目"
SCHEMA = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


def run(*args) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """tmp/src: the seeds and an identical copy of one article, with a baseline recorded."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMDIFF_CACHE_KEY", "test-key")
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    shutil.copy(SEEDS / ARTICLE, src / COPY)
    code, _, err = run("baseline", "src", "--cache-dir", tmp_path / "cache")
    assert code == 0, err
    assert (src / "claimdiff.baseline.json").is_file()
    return src


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def check(fmt: str = "json", *extra) -> tuple[int, str]:
    code, out, err = run("check", "src", "--format", fmt, "--cache-dir", "cache", *extra)
    assert code in (0, 1), err
    return code, out


def about(figure: str, data: dict) -> list[dict]:
    """The failing findings whose claims include `figure` in the copy."""
    return [
        f
        for f in data["findings"]
        if f["failing"] and any(c["source"] == "000_copy" and figure in c["text"] for c in f["claims"])
    ]


def test_check_review_and_recheck(newsroom):
    code, out = check()
    assert code == 0, out  # the baseline accepts everything as it is
    assert json.loads(out)["counts"]["new"] == 0

    edit(newsroom / COPY, OLD, NEW)
    code, out = check()
    assert code == 1
    data = json.loads(out)
    changed = about("450", data)
    assert changed, "the changed figure must fail the check"
    # Nothing else fails: every failing finding is about the changed figure.
    assert [f for f in data["findings"] if f["failing"]] == changed
    facts = sorted({f["fact"] for f in changed})

    # Every claim location points at the claim: 1-based line and code-point column.
    for f in changed:
        for c in f["claims"]:
            line = Path(c["path"]).read_text(encoding="utf-8").split("\n")[c["line"] - 1]
            assert line[c["column"] - 1 : c["column"] - 1 + len(c["text"])] == c["text"]
            assert c["end_column"] - c["column"] == len(c["text"])

    code, text = check("text")
    assert code == 1
    assert all(f"fact {fact}" in text for fact in facts)
    assert "src/000_copy.txt:98:63  大约有450个项目" in text

    code, sarif = check("sarif")
    assert code == 1
    log = json.loads(sarif)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    errors = [r for r in results if r["level"] == "error"]
    assert sorted(r["partialFingerprints"]["claimdiffFact/v1"] for r in errors) == facts
    for r in errors:
        assert r["baselineState"] == "new"
        assert len(r["locations"]) == len(next(f for f in changed if f["fact"] == r["properties"]["fact"])["claims"])
        assert "src/000_copy.txt" in [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in r["locations"]]

    code, gh = check("github")
    assert code == 1
    errors = [line for line in gh.splitlines() if line.startswith("::error ")]
    assert errors and all(any(f"[fact {fact}]" in line for fact in facts) for line in errors)
    assert any(line.startswith("::error file=src/000_copy.txt,line=98,col=63,") for line in errors)

    for fact in facts:
        code, _, err = run(
            "review", "src", "--fact", fact, "--status", "dismissed", "--note", "copy edited on purpose",
            "--reviewer", "alice", "--cache-dir", "cache",
        )  # fmt: skip
        assert code == 0, err
    reviews = load_reviews(newsroom / "claimdiff.reviews.json")
    assert sorted(r.fact for r in reviews.entries) == facts
    assert all(r.status == "dismissed" and r.reviewer == "alice" for r in reviews.entries)
    assert any("about 450 个项目" in r.values for r in reviews.entries)

    code, out = check()
    assert code == 0
    states = {f["fact"]: f["state"] for f in json.loads(out)["findings"]}
    assert all(states[fact] == "dismissed" for fact in facts)
    code, text = check("text")
    assert code == 0 and "review: dismissed (alice): copy edited on purpose" in text

    edit(newsroom / COPY, NEW, NEWER)
    code, out = check()
    assert code == 1
    data = json.loads(out)
    assert about("500", data)
    assert [f for f in data["findings"] if f["failing"]] == about("500", data)

    before = {(f["fact"], f["relation"]) for f in data["findings"]}
    edit(newsroom / COPY, "这是一张巨大的表格", "这是一张非常巨大的表格")  # same line, not the figure
    other = newsroom / "002_bbe4283c2b056e94.txt"  # a new paragraph after the title: every line moves
    other.write_text(
        other.read_text(encoding="utf-8").replace("\n\n", "\n\n这一段是编辑后加入的，与数字无关。\n\n", 1),
        encoding="utf-8",
    )
    code, out = check()
    after = json.loads(out)["findings"]
    assert {(f["fact"], f["relation"]) for f in after} == before
    assert any(c["path"] == "src/002_bbe4283c2b056e94.txt" and c["line"] > 2 for f in after for c in f["claims"])


def test_a_changed_figure_keeps_its_fact_and_reopens_the_review(newsroom):
    edit(newsroom / COPY, OLD, NEW)
    code, out = check()
    facts = sorted({f["fact"] for f in about("450", json.loads(out))})
    for fact in facts:
        assert run("review", "src", "--fact", fact, "--status", "dismissed", "--cache-dir", "cache")[0] == 0
    edit(newsroom / COPY, NEW, NEWER)
    code, out = check()
    assert code == 1
    reopened = about("500", json.loads(out))
    # The same fact as before the second change, now `changed`: the review saw 450, not 500.
    assert sorted({f["fact"] for f in reopened}) == facts
    assert {f["state"] for f in reopened} == {"changed"}
    code, text = check("text")
    assert "changed" in text and all(f"fact {fact}" in text for fact in facts)
