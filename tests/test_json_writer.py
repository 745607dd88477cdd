"""The streaming JSON writer (reports.contract.iter_json) writes what `json.dumps(indent=1)`
of the whole document wrote, byte for byte, and the CLI writes it to a file or stdout."""

from __future__ import annotations

import json
import math

import pytest
from typer.testing import CliRunner

from claims.model import Claim, Kind
from reports import contract
from reports.cli import app
from reports.contract import FindingsDocument, dumps, iter_json, to_data
from reports.files import atomic_write


def reference(doc: FindingsDocument) -> str:
    """The writer this one replaced: the whole document as a dict, through Python's encoder."""
    return json.dumps(to_data(doc), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def test_seeds_document_is_written_as_json_dumps_writes_it(seeds_run):
    assert dumps(seeds_run.document) == reference(seeds_run.document)


def test_batches_join_as_one_list(seeds_run, monkeypatch):
    monkeypatch.setattr(contract, "BATCH", 7)  # many batches, the last one short
    assert dumps(seeds_run.document) == reference(seeds_run.document)


def test_claims_only_and_empty_lists(seeds_run):
    doc = seeds_run.document
    for variant in (
        FindingsDocument(sources=doc.sources, claims=doc.claims),  # no findings at all: keys left out
        FindingsDocument(sources=doc.sources[:1], findings=(), flags=(), entities=(), facts=()),
        FindingsDocument(),
    ):
        assert dumps(variant) == reference(variant)


# Floats pydantic's writer spells otherwise than Python (below 1e-4, exponents), and the
# non-finite ones (null, as pydantic's JSON mode has always written them); the first two were written `0.000015` and `1e-7` before the fix-up.
AWKWARD = [1.5e-05, 1e-07, -8e-05, 1e16, 1.7976931348623157e308, 0.0001, 123456.789, math.inf, 2.5e-300]


@pytest.mark.parametrize("number", AWKWARD)
def test_floats_as_python_writes_them(seeds_run, number):
    template = next(c for c in seeds_run.document.claims if c.kind is Kind.quantity)
    data = template.model_dump(mode="json") | {"id": "c-x"}
    data["value"] = data["value"] | {"low": number, "high": None}
    claim = Claim.model_validate(data)
    doc = FindingsDocument(sources=seeds_run.document.sources[:1], claims=(claim,), entities=({"w": [number]},))
    assert dumps(doc) == reference(doc)
    assert f'"low": {repr(number) if math.isfinite(number) else "null"},' in dumps(doc)


def test_text_that_looks_like_a_float_is_left_alone():
    doc = FindingsDocument(entities=({"canonical": "e 1e-7", "aliases": ["x 0.00001", "0.00001", "1e-7,"]},))
    assert dumps(doc) == reference(doc)
    assert '"1e-7,"' in dumps(doc)


def test_pieces_are_written_atomically(tmp_path):
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")

    def failing():
        yield b"{"
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(path, failing())
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # the temporary file is gone
    atomic_write(path, iter([b"[1,", "\u4e2d".encode(), b"]"]))
    assert path.read_text(encoding="utf-8") == "[1,\u4e2d]"


def test_cli_writes_the_same_bytes_to_a_file_and_to_stdout(seeds_dir, seeds_run, tmp_path):
    out = tmp_path / "findings.json"
    runner = CliRunner()
    to_file = runner.invoke(app, ["compare", str(seeds_dir), "-o", str(out), "--jobs", "1"])
    to_stdout = runner.invoke(app, ["compare", str(seeds_dir), "--jobs", "1"])
    assert to_file.exit_code == 0 and to_stdout.exit_code == 0
    expected = reference(seeds_run.document)
    assert out.read_text(encoding="utf-8") == expected
    assert to_stdout.stdout == expected
    assert b"".join(iter_json(seeds_run.document)).decode("utf-8") == expected
