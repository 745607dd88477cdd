"""`claimdiff review SOURCES`: the terminal loop records each decision at once; killing it
(SIGKILL, in the middle of writing the reviews file) leaves a valid file holding every
decision made before."""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

from reports.review_loop import review_loop
from reports.reviews import DEFAULT_NAME, Reviews, fact_id, load_reviews, review_state

from conftest import SEEDS

# Runs claimdiff with os.fsync slowed down, so that a kill lands inside a write.
SLOW_WRITER = """
import os, sys, time
real = os.fsync
def slow(fd):
    time.sleep(float(os.environ.get("SLOW_FSYNC", "0")))
    real(fd)
os.fsync = slow
from reports.cli import main
sys.argv = ["claimdiff", *sys.argv[1:]]
main()
"""


@pytest.fixture
def src(tmp_path):
    folder = tmp_path / "src"
    shutil.copytree(SEEDS, folder)
    return folder


def open_findings(src):
    from reports.pipeline import compare

    result = compare([src])
    doc = result.document
    claims = {c.id: c for c in doc.claims}
    return result, [f for f in doc.findings if f.relation.value != "agree"], claims


def test_loop_keys_and_progress(src):
    result, findings, claims = open_findings(src)
    assert len(findings) >= 3
    keys = iter(["x", "c", "s", "n", "q"])
    out = io.StringIO()
    path = src / DEFAULT_NAME
    code = review_loop(
        result.document,
        result.texts,
        path,
        Reviews(),
        "dana",
        "any",
        console=Console(file=out, width=120, color_system=None),
        read_key=lambda: next(keys),
        read_line=lambda prompt: "two different teams",
    )
    assert code == 0
    text = out.getvalue()
    assert f"1/{len(findings)}" in text and f"3/{len(findings)}" in text
    assert "Keys: c confirm" in text  # the unknown key x
    # q after the third decision: "Stopped" when more were waiting, "Done" when that was the last.
    assert "1 decided, 1 skipped" in text
    assert ("Stopped: 2 decided" if len(findings) > 3 else "Done: 2 decided") in text
    reviews = load_reviews(path)
    assert sorted(r.status for r in reviews.entries) == ["confirmed", "explained"]
    explained = next(r for r in reviews.entries if r.status == "explained")
    assert explained.note == "two different teams" and explained.reviewer == "dana"
    states = [review_state(f, reviews, claims) for f in findings]
    assert states.count("unreviewed") == len(findings) - 2
    # The passages were shown with their source, line and column.
    first = next(f for f in findings if fact_id(f) == reviews.entries[0].fact)
    assert any(f"{claims[c].line}:" in text for c in first.claims)


def _start(tmp_path, slow: float) -> subprocess.Popen:
    env = {**os.environ, "CLAIMDIFF_CACHE_KEY": "test-key", "SLOW_FSYNC": str(slow), "COLUMNS": "100"}
    return subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, "review", "src", "--relation", "any", "--reviewer", "eve"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait(predicate, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def temp_files(src: Path) -> list[Path]:
    return [p for p in src.iterdir() if p.name.startswith(f".{DEFAULT_NAME}.")]


def test_sigkill_in_the_middle_of_a_write_leaves_a_valid_file(src, tmp_path):
    path = src / DEFAULT_NAME
    proc = _start(tmp_path, slow=0.5)
    try:
        proc.stdin.write(b"d\n")
        proc.stdin.flush()
        _wait(lambda: path.exists() and not temp_files(src))  # first decision written
        first = path.read_bytes()
        proc.stdin.write(b"c\n")
        proc.stdin.flush()
        _wait(lambda: bool(temp_files(src)))  # the second write has begun: kill it now
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert temp_files(src), "the kill landed inside the write"
    assert path.read_bytes() == first
    reviews = load_reviews(path)
    assert [(r.status, r.reviewer) for r in reviews.entries] == [("dismissed", "eve")]

    # The loop starts again where it stopped; the leftover temp file is harmless.
    again = subprocess.run(
        [sys.executable, "-c", SLOW_WRITER, "review", "src", "--relation", "any"],
        cwd=tmp_path,
        env={**os.environ, "CLAIMDIFF_CACHE_KEY": "test-key"},
        input=b"c\n" * 20,
        capture_output=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    after = load_reviews(path)
    assert len(after.entries) > 1
    assert after.get(reviews.entries[0].fact, reviews.entries[0].relation).status == "dismissed"


def test_sigkill_at_random_moments_never_corrupts(src, tmp_path):
    path = src / DEFAULT_NAME
    rng = random.Random(13)
    for _ in range(3):
        proc = _start(tmp_path, slow=0)
        try:
            proc.stdin.write(b"d\n" * 20)
            proc.stdin.flush()
            _wait(lambda: path.exists())
            time.sleep(rng.uniform(0, 0.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        reviews = load_reviews(path)  # never raises: the file is whole
        assert reviews.entries and all(r.status == "dismissed" for r in reviews.entries)
