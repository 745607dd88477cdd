"""A source that repeats an article with one number changed yields the contradiction
about that number, and nothing else new; a copy in the other script yields none."""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest

from reports.pipeline import compare

from conftest import SEEDS

ARTICLE = "000_d379fe37168fe1eb.txt"


def contradiction_signatures(result) -> set[frozenset]:
    claims = {c.id: c for c in result.document.claims}
    return {
        frozenset((claims[i].text, claims[i].sentence) for i in f.claims)
        for f in result.document.findings
        if f.relation.value == "contradict"
    }


@pytest.fixture(scope="module")
def baseline():
    return compare([SEEDS])


def _copy_with(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_one_changed_number_is_one_new_contradiction(tmp_path, baseline):
    original = (SEEDS / ARTICLE).read_text(encoding="utf-8")
    old, new = "大约有300个项目", "大约有450个项目"
    assert original.count(old) == 1
    folder = _copy_with(tmp_path, "000_copy.txt", original.replace(old, new))

    result = compare([folder])
    fresh = contradiction_signatures(result) - contradiction_signatures(baseline)
    changed = [f for f in result.document.findings if f.relation.value == "contradict"]
    claims = {c.id: c for c in result.document.claims}
    about_change = [
        f for f in changed if any(claims[i].source == "000_copy" and "450" in claims[i].text for i in f.claims)
    ]
    assert about_change, "the changed figure must be flagged"
    # It clashes with the original article's figure.
    assert any({claims[i].source for i in f.claims} == {"000_copy", ARTICLE[:-4]} for f in about_change)
    # Nothing new that is not about the changed figure.
    unrelated = [sig for sig in fresh if not any("450" in text for text, _ in sig)]
    assert unrelated == []


def test_copy_in_other_script_adds_no_contradiction(tmp_path, baseline):
    original = (SEEDS / "003_040338d94b1b9f7e.txt").read_text(encoding="utf-8")
    simplified = opencc.OpenCC("t2s").convert(original)
    assert simplified != original
    folder = _copy_with(tmp_path, "003_simplified.txt", simplified)
    result = compare([folder])
    assert contradiction_signatures(result) - contradiction_signatures(baseline) == set()
    agreements = [f for f in result.document.findings if f.relation.value == "agree"]
    claims = {c.id: c for c in result.document.claims}
    linked = [
        f for f in agreements if {claims[i].source for i in f.claims} == {"003_simplified", "003_040338d94b1b9f7e"}
    ]
    assert len(linked) >= 10  # the rewritten copy agrees with its original, figure by figure
