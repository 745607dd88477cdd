"""Stage timings, the progress bar's conditions (a terminal, not --quiet, a run past SHOW_AFTER), --timings, --jobs."""

from __future__ import annotations

import io
import os

from typer.testing import CliRunner

from reports import cli, progress
from reports.cli import app
from reports.progress import Stages

from conftest import SEEDS


def test_stages_time_each_stage_and_count_sizes():
    s = Stages()
    s.stage("extract", 3)
    s.advance(3)
    s.count("bytes", 2_000_000)
    s.stage("match")
    s.close()
    assert list(s.times) == ["extract", "match"] and all(t >= 0 for t in s.times.values())
    line = s.summary()
    assert line.startswith("extract ") and ", match " in line and "2.0 MB extracted at" in line


def test_no_bar_unless_asked(monkeypatch):
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    quiet = Stages(bar=False)
    quiet.stage("extract", 10)
    quiet.advance()
    assert quiet._progress is None
    quiet.close()


def test_bar_appears_only_after_show_after(monkeypatch):
    shown = Stages(bar=True)
    shown.stage("extract", 10)  # a fresh run: well under SHOW_AFTER
    assert shown._progress is None
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    shown.advance()
    assert shown._progress is not None
    assert shown._progress.tasks[0].completed == 1 and shown._progress.tasks[0].total == 10
    shown.close()
    assert shown._progress is None


def test_bar_wanted_on_a_terminal_unless_quiet(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli.sys, "stderr", Tty())
    assert cli.show_bar(quiet=False) is True
    assert cli.show_bar(quiet=True) is False
    monkeypatch.setattr(cli.sys, "stderr", io.StringIO())
    assert cli.show_bar(quiet=False) is False


def test_timings_on_stderr_and_stdout_unchanged(tmp_path):
    plain = CliRunner().invoke(app, ["compare", str(SEEDS), "--quiet", "-o", str(tmp_path / "a.json")])
    timed = CliRunner().invoke(app, ["compare", str(SEEDS), "--timings", "-o", str(tmp_path / "b.json")])
    assert plain.exit_code == timed.exit_code == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    lines = [ln for ln in timed.stderr.splitlines() if ln.startswith("claimdiff: timings: ")]
    assert len(lines) == 1 and "extract " in lines[0] and "match " in lines[0] and "MB/s" in lines[0]
    assert "write " in lines[0]  # printed once the findings are written
    # the lexicons' load is timed apart, before extraction: paid once a run, not per MB extracted
    assert lines[0].index("start ") < lines[0].index("extract ")
    assert "timings" not in plain.stderr


def test_jobs_default_is_all_cores():
    assert (os.cpu_count() or 1) == cli.DEFAULT_JOBS
    out = CliRunner().invoke(app, ["compare", "--help"]).stdout
    assert "--jobs" in out and "all cores" in out
