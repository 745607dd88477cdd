"""claims.native: the compiled build is used only if it is of this very source, never under
the tests, and computes what the source computes (compared here when `make native` built it)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

import claims.native as native

from conftest import ROOT, SEEDS


def _package(tmp_path):
    package = tmp_path / "claims"
    (package / "text").mkdir(parents=True)
    (package / "__init__.py").write_text('"""x"""\n')
    (package / "text" / "a.py").write_text("A = 1\n")
    return package


def test_source_key_changes_with_any_file(tmp_path):
    package, other = _package(tmp_path), tmp_path / "matcher"
    other.mkdir()
    (other / "b.py").write_text("B = 1\n")
    before = native.source_key([package, other])
    assert native.source_key([package, other]) == before
    (package / "text" / "a.py").write_text("A = 2\n")
    edited = native.source_key([package, other])
    assert edited != before
    (other / "b.py").write_text("B = 2\n")
    assert native.source_key([package, other]) != edited


def test_no_build_or_another_source_runs_the_source(tmp_path, monkeypatch):
    monkeypatch.setenv(native.ENV, "1")
    assert not native.install(tmp_path)  # nothing built
    (tmp_path / native.KEY).write_text("0" * 64 + "\n")
    assert not native.install(tmp_path)  # built from other source


@pytest.mark.skipif(os.environ[native.ENV] != "0", reason="the suite asked to run compiled (CLAIMDIFF_NATIVE=1)")
def test_the_tests_run_the_source():
    assert not native.install(native.BUILD)
    import claims.pipeline  # noqa: F401

    assert not native.native()


@dataclasses.dataclass(frozen=True)
class _Frozen:
    a: int
    b: tuple[str, ...]


def test_setstate_sets_a_frozen_dataclass_fields():
    obj = _Frozen.__new__(_Frozen)
    native._setstate(obj, {"a": 1, "b": ("x",)})
    assert obj == _Frozen(1, ("x",))


def _fresh_build() -> bool:
    key = native.BUILD / native.KEY
    return key.is_file() and key.read_text(encoding="utf-8").strip() == native.source_key()


def _compare(tmp_path, compiled: bool, jobs: int) -> bytes:
    out = tmp_path / f"{compiled}-{jobs}.json"
    env = {**os.environ, native.ENV: "1" if compiled else "0"}
    code = "import sys; from reports.cli import main; sys.argv[0] = 'claimdiff'; main()"
    args = ["compare", str(SEEDS), "--format", "json", "-o", str(out), "-q", "--jobs", str(jobs)]
    subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, check=True, capture_output=True)
    return out.read_bytes()


@pytest.mark.skipif(not _fresh_build(), reason="no compiled build of this source (make native)")
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_build_computes_what_the_source_does(tmp_path, jobs):
    probe = "import claims.pipeline, matcher.verdict as v, claims.native as n; print(n.native(), v.__file__.endswith('.py'))"
    env = {**os.environ, native.ENV: "1"}
    used = subprocess.run([sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True)
    assert used.stdout.split() == ["True", "False"]  # the extraction and the matcher compiled
    assert _compare(tmp_path, True, jobs) == _compare(tmp_path, False, jobs)


# The build in a worker started from multiprocessing's server (the matcher's pool once the driver is
# large, matcher.parallel.FORK_MAX_MB): it gets the driver's sys.path before it imports claims.
_SERVED = """
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
import claims.native, claims.pipeline


def used(_):
    import claims.pipeline
    return claims.native.native()


if __name__ == "__main__":
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
        print(claims.native.native(), pool.submit(used, 0).result())
"""


@pytest.mark.skipif(not _fresh_build(), reason="no compiled build of this source (make native)")
def test_a_worker_from_the_server_runs_the_build(tmp_path):
    script = tmp_path / "served.py"
    script.write_text(_SERVED)
    env = {**os.environ, native.ENV: "1"}
    done = subprocess.run([sys.executable, str(script)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-400:]
    assert done.stdout.split() == ["True", "True"]


# Extract one seed, check an extraction pickled by the other way reads back equal to its own, pickle its own.
_CROSS = """
import pickle, sys
from pathlib import Path
from reports.pipeline import extract_path
import claims.native, claims.packing
own = extract_path(Path(sys.argv[1]), "s", compacted=False)
other = Path(sys.argv[3])
if other.exists():
    assert pickle.loads(other.read_bytes()) == own
Path(sys.argv[2]).write_bytes(pickle.dumps(own))
packed = claims.packing.pack(own.claims, tuple(s.text for s in own.segmented.sentences))
print(claims.native.native(), packed is not None)  # not pickled as they are: packed as columns (claims.packing)
"""


@pytest.mark.skipif(not _fresh_build(), reason="no compiled build of this source (make native)")
def test_pickles_read_both_ways(tmp_path):
    seed = str(sorted(SEEDS.iterdir())[0])
    compiled, source = str(tmp_path / "compiled.pickle"), str(tmp_path / "source.pickle")
    ran = []
    for flag, mine, theirs in (("1", compiled, source), ("0", source, compiled), ("1", compiled, source)):
        env = {**os.environ, native.ENV: flag}
        args = [sys.executable, "-c", _CROSS, seed, mine, theirs]
        ran.append(subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout.strip())
    assert ran == ["True True", "False True", "True True"]
