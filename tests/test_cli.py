"""The claimdiff command line through typer's CliRunner: formats, exit codes, stderr lines."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reports import cli, files
from reports.cli import app

from conftest import ROOT, SEEDS

SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def invoke(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def stdout_of(result) -> str:
    """Only what went to stdout (older click mixes stderr into `output` unless told not to)."""
    try:
        return result.stdout
    except ValueError:  # pragma: no cover - old click without separate streams
        return result.output


def stderr_of(result) -> str:
    try:
        return result.stderr
    except ValueError:  # pragma: no cover - old click: stderr is mixed into output
        return result.output


def check_claims(data: dict) -> None:
    texts = {}
    for src in data["sources"]:
        texts[src["id"]] = src.get("text") or Path(src["path"]).read_text(encoding="utf-8-sig")
    assert data["claims"]
    for c in data["claims"]:
        assert texts[c["source"]][c["start"] : c["end"]] == c["text"], c


@pytest.fixture(scope="module")
def compare_json(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("compare")
    out = out_dir / "out.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = invoke("compare", "fixtures/seeds", "--format", "json", "-o", out)
    return result, out


def test_compare_json(compare_json):
    result, out = compare_json
    assert result.exit_code == 0, result.output
    assert stdout_of(result) == "", result.output  # -o: nothing on stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 2
    for key in ("sources", "claims", "findings", "flags"):
        assert isinstance(data[key], list), key
    assert sorted(s["id"] for s in data["sources"]) == SEED_IDS
    assert all(s["path"].startswith("fixtures/seeds/") for s in data["sources"])
    check_claims(data)
    claim_ids = {c["id"] for c in data["claims"]}
    assert len(claim_ids) == len(data["claims"])
    assert data["findings"], "the seeds report one story: some findings must link them"
    for f in data["findings"]:
        assert f["relation"] in ("agree", "contradict", "evolves")
        assert len(f["claims"]) >= 2 and set(f["claims"]) <= claim_ids


def test_compare_output_is_written_atomically(compare_json):
    result, out = compare_json
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.parent.iterdir()] == ["out.json"]


def test_compare_json_to_stdout_is_only_json(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / "001_9da10b272e55fd5b.txt", src)
    shutil.copy(SEEDS / "003_040338d94b1b9f7e.txt", src)
    result = invoke("compare", src)
    assert result.exit_code == 0, result.output
    data = json.loads(stdout_of(result))  # the default format is JSON
    assert data["version"] == 2 and len(data["sources"]) == 2
    assert "findings" in data and "flags" in data
    check_claims(data)


def test_compare_text(tmp_path):
    out = tmp_path / "out.txt"
    result = invoke("compare", SEEDS, "--format", "text", "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    last = text.rstrip("\n").splitlines()[-1]
    assert re.fullmatch(
        r"\d+ contradictions, \d+ changes over time, \d+ agreements, \d+ flags "
        r"across 5 sources",
        last,
    ), last
    assert re.search(r"^(AGREE|CONTRADICT|EVOLVES) +\d\.\d\d ", text, re.M), text[:500]
    assert not text.lstrip().startswith("{")


def test_claims_json_has_no_findings():
    result = invoke("claims", SEEDS, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(stdout_of(result))
    assert data["version"] == 2
    assert "findings" not in data and "flags" not in data
    assert sorted(s["id"] for s in data["sources"]) == SEED_IDS
    check_claims(data)


def test_claims_text_table():
    result = invoke("claims", SEEDS, "--format", "text")
    assert result.exit_code == 0, result.output
    lines = stdout_of(result).rstrip("\n").splitlines()
    assert lines[0].split() == ["source", "line", "kind", "value", "speaker", "stance", "text"], lines[0]
    n = int(re.fullmatch(r"(\d+) claims from 5 sources", lines[-1]).group(1))
    assert n == len(lines) - 2 > 0
    assert all(line.split()[0] in SEED_IDS for line in lines[1:-1])


def test_report_html(tmp_path):
    out = tmp_path / "report.html"
    result = invoke("report", SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    assert stdout_of(result) == "", result.output
    assert re.search(rf"claimdiff: wrote {re.escape(str(out))} \(5 sources, \d+ contradictions", stderr_of(result)), (
        result.output
    )
    html = out.read_text(encoding="utf-8")
    assert 'id="claimdiff-data"' in html  # the cards' data, inline: the seeds are under the sidecar budget
    assert "<script src=" not in html.lower()
    assert not re.search(r"<link[^>]+rel=[\"']?stylesheet[^>]+href=", html, re.I)
    # Nothing loaded from the network: no element pulls a remote resource.
    assert not re.search(
        r"<(script|link|img|iframe|source|video|audio)\b[^>]*\b(src|href)=[\"']?(https?:)?//", html, re.I
    )
    assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", html, re.I)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"claimdiff (\d+\.\d+\S*|\(not installed\))\n", stdout_of(result)), result.output


@pytest.mark.parametrize("args", [[], ["compare"], ["claims"], ["report"]])
def test_help(args):
    result = invoke(*args, "--help")
    assert result.exit_code == 0, result.output
    out = stdout_of(result)
    assert "Usage" in out and "claimdiff" in out, out
    if not args:
        for command in ("compare", "claims", "report"):
            assert command in out, out
    else:
        assert "--output" in out and "--jobs" in out, out
        if args[0] != "report":
            assert "--format" in out, out


def test_no_arguments_shows_usage():
    result = invoke()
    assert result.exit_code == 2, result.output
    assert "Usage" in result.output


@pytest.mark.parametrize(
    "args", [["compare"], ["bogus"], ["compare", str(SEEDS), "--format", "xml"], ["compare", str(SEEDS), "--jobs", "0"]]
)
def test_usage_errors_exit_2(args):
    result = invoke(*args)
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("command", ["compare", "claims", "report"])
def test_empty_folder_exits_2(tmp_path, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke(command, empty, "-o", tmp_path / "out")
    assert result.exit_code == 2, result.output
    err = stderr_of(result).splitlines()
    assert err[-1] == "claimdiff: error: no usable sources", result.output
    assert any(line.startswith("claimdiff: skipped ") and str(empty) in line for line in err), result.output
    assert stdout_of(result) == ""
    assert not (tmp_path / "out").exists()


def test_bad_file_is_skipped_and_the_run_goes_on(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / "001_9da10b272e55fd5b.txt", src)
    bad = src / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = invoke("claims", src, "--format", "json")
    assert result.exit_code == 0, result.output
    err = [line for line in stderr_of(result).splitlines() if line]
    assert len(err) == 1, result.output
    assert re.fullmatch(rf"claimdiff: skipped {re.escape(str(bad))}: .+", err[0]), result.output
    data = json.loads(stdout_of(result))
    assert [s["id"] for s in data["sources"]] == ["001_9da10b272e55fd5b"]
    assert data["claims"]


def test_malformed_front_matter_is_a_warning_line(tmp_path):
    src = tmp_path / "a.md"
    src.write_text("---\ntitle: [unclosed\n---\n据报道，公司目前大约有300个研究项目。\n", encoding="utf-8")
    result = invoke("claims", src)
    assert result.exit_code == 0, result.output
    assert any(
        line.startswith("claimdiff: warning: ") and "malformed YAML" in line for line in stderr_of(result).splitlines()
    ), result.output


def test_unwritable_output_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = invoke("claims", SEEDS / "001_9da10b272e55fd5b.txt", "-o", blocker / "out.json")
    assert result.exit_code == 2, result.output
    assert stderr_of(result).splitlines()[-1].startswith("claimdiff: error: cannot write "), result.output


def test_output_overwrites_atomically(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    result = invoke("claims", SEEDS / "001_9da10b272e55fd5b.txt", "-o", out)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_write_failure_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError):
        cli.atomic_write(out, "new")
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_write_creates_missing_folders(tmp_path):
    out = tmp_path / "a" / "b" / "out.txt"
    cli.atomic_write(out, "文字\n")
    assert out.read_bytes() == "文字\n".encode()


def test_written_files_get_the_usual_permissions(tmp_path):
    import os
    import stat

    from reports.cli import atomic_write

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "report.html"
        atomic_write(fresh, "x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # readable by others, as a plain write
        kept = tmp_path / "shared.json"
        kept.write_text("old")
        kept.chmod(0o664)
        atomic_write(kept, "new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o664  # an existing file keeps its mode
    finally:
        os.umask(old)
