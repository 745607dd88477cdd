"""The reviews file: round trip, latest decision wins, unknown fields kept, corrupt files
refused without being touched, and the state of a finding (changed when its values move)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from claims.model import Claim
from matcher.model import Finding
from reports import reviews as rv


def claim(cid: str, source: str, text: str, low: int, line: int = 3) -> Claim:
    return Claim.model_validate(
        {
            "id": cid,
            "source": source,
            "start": 10,
            "end": 10 + len(text),
            "text": text,
            "sentence": f"大约有{text}。",
            "kind": "quantity",
            "value": {"low": low, "high": low, "bound": "exact", "unit": "个项目"},
            "line": line,
        }
    )


def finding(*claim_ids: str, fid: str = "f-1", relation: str = "contradict") -> Finding:
    return Finding(id=fid, relation=relation, claims=claim_ids, score=0.5, explanation="x")


@pytest.fixture
def claims():
    cs = [claim("c-a", "a", "300个项目", 300), claim("c-b", "b", "450个项目", 450), claim("c-c", "b", "500个项目", 500)]
    return {c.id: c for c in cs}


def test_missing_file_is_no_reviews(tmp_path):
    assert rv.load_reviews(tmp_path / "none.json").entries == []


def test_record_round_trip_and_latest_wins(tmp_path, claims):
    path = tmp_path / rv.DEFAULT_NAME
    f = finding("c-a", "c-b")
    values, cl = rv.reviewed_values(f, claims), rv.reviewed_claims(f, claims)
    assert values == ("300 个项目", "450 个项目")
    rv.record(path, rv.fact_id(f), "contradict", "confirmed", "first", "alice", values, cl, at="2026-11-30T09:00:00Z")
    rv.record(path, rv.fact_id(f), "contradict", "dismissed", "second", "bob", values, cl, at="2026-11-30T10:00:00Z")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["tool"] == "claimdiff"
    assert len(data["reviews"]) == 1
    entry = data["reviews"][0]
    assert list(entry)[:8] == ["fact", "relation", "status", "note", "reviewer", "at", "values", "claims"]
    assert (entry["status"], entry["note"], entry["reviewer"]) == ("dismissed", "second", "bob")
    assert entry["claims"] == [
        {"source": "a", "line": 3, "text": "300个项目"},
        {"source": "b", "line": 3, "text": "450个项目"},
    ]
    assert rv.review_state(f, rv.load_reviews(path), claims) == "dismissed"
    # Same content → byte-identical file.
    before = path.read_bytes()
    rv.save_reviews(path, rv.load_reviews(path))
    assert path.read_bytes() == before


def test_states_unreviewed_changed_and_stale(tmp_path, claims):
    path = tmp_path / "r.json"
    reviewed = finding("c-a", "c-b", fid="f-1")
    rv.record(path, "f-1", "contradict", "explained", "", None, rv.reviewed_values(reviewed, claims), ())
    reviews = rv.load_reviews(path)
    assert rv.review_state(reviewed, reviews, claims) == "explained"
    assert rv.review_state(finding("c-a", "c-b", fid="f-2"), reviews, claims) == "unreviewed"
    # Same fact, a value the reviewer never saw: changed.
    assert rv.review_state(finding("c-a", "c-c", fid="f-1"), reviews, claims) == "changed"
    # Same fact under another relation is another question.
    assert rv.review_state(finding("c-a", "c-b", fid="f-1", relation="evolves"), reviews, claims) == "unreviewed"
    assert [r.fact for r in reviews.stale([finding("c-a", "c-b", fid="f-9")])] == ["f-1"]
    assert reviews.stale([reviewed]) == []


def test_fact_id_prefers_the_fact_field():
    class WithFact:
        id, fact = "f-1", "x-abc"

    class NoFact:
        id, fact = "f-1", None

    assert rv.fact_id(WithFact()) == "x-abc"
    assert rv.fact_id(NoFact()) == "f-1"
    assert rv.fact_id(finding("c-a")) == "f-1"


def test_unknown_fields_are_preserved(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "tool": "claimdiff",
                "team": "desk",
                "reviews": [
                    {
                        "fact": "f-1",
                        "relation": "contradict",
                        "status": "confirmed",
                        "ticket": "NEWS-12",
                        "claims": [{"source": "a", "line": 1, "text": "t", "url": "u"}],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    rv.record(path, "f-2", "evolves", "dismissed", "n", "carol", ["1"], [])
    rv.record(path, "f-1", "contradict", "dismissed", "changed my mind", "carol", [], [])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["team"] == "desk"
    first = next(e for e in data["reviews"] if e["fact"] == "f-1")
    assert first["ticket"] == "NEWS-12" and first["status"] == "dismissed"
    assert [e["fact"] for e in data["reviews"]] == ["f-1", "f-2"]


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{not json", "not valid JSON"),
        (b"[]", "expected a JSON object"),
        (b'{"reviews": {}}', "not a list"),
        (b'{"reviews": [{"fact": "f", "relation": "contradict", "status": "maybe"}]}', "unknown status"),
        (b'{"reviews": [{"relation": "contradict", "status": "dismissed"}]}', "`fact`"),
        (b'{"version": 99, "reviews": []}', "version 99"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_corrupt_file_is_an_error_naming_it_and_left_untouched(tmp_path, content, words):
    path = tmp_path / "r.json"
    path.write_bytes(content)
    with pytest.raises(rv.ReviewsError) as err:
        rv.load_reviews(path)
    assert str(path) in str(err.value) and words in str(err.value)
    with pytest.raises(rv.ReviewsError):
        rv.record(path, "f", "contradict", "dismissed")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_save_keeps_the_file_mode(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('{"reviews": []}', encoding="utf-8")
    path.chmod(0o640)
    rv.record(path, "f", "contradict", "confirmed")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_default_path_is_beside_the_sources(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    assert rv.default_path([folder]) == folder / rv.DEFAULT_NAME
    assert rv.default_path([folder / "a.txt", tmp_path]) == folder / rv.DEFAULT_NAME


def test_record_rejects_an_unknown_status(tmp_path):
    with pytest.raises(ValueError):
        rv.record(tmp_path / "r.json", "f", "contradict", "ignored")
    assert not os.path.exists(tmp_path / "r.json")
