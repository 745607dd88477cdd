"""The per-source extraction cache: a warm run gives the same document, a changed source is
the only one extracted again, broken or forged entries are ignored (never unpickled), and
--no-cache leaves nothing behind."""

from __future__ import annotations

import pickle
import shutil

import pytest
from typer.testing import CliRunner

from reports import cache as cache_mod
from reports.cache import ExtractionCache
from reports.cli import app
from reports.contract import dumps
from reports.pipeline import compare

from conftest import SEEDS

KEY = b"k" * 32
SOURCES = ("001_9da10b272e55fd5b.txt", "003_040338d94b1b9f7e.txt", "004_3430793bcf9c7bfe.txt")


@pytest.fixture
def src(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    for name in SOURCES:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def entries(folder):
    return sorted(p for p in folder.rglob("*.pickle"))


def test_warm_run_reads_every_source_back_and_gives_the_same_document(src, tmp_path):
    cold = ExtractionCache(tmp_path / "c", key=KEY)
    first = compare([src], cache=cold)
    assert (cold.hits, cold.misses) == (0, 3)
    warm = ExtractionCache(tmp_path / "c", key=KEY)
    second = compare([src], cache=warm)
    assert (warm.hits, warm.misses) == (3, 0)
    assert dumps(second.document) == dumps(first.document) == dumps(compare([src]).document)
    assert second.texts == first.texts


def test_only_the_changed_source_is_extracted_again(src, tmp_path):
    compare([src], cache=ExtractionCache(tmp_path / "c", key=KEY))
    f = src / "001_9da10b272e55fd5b.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("300", "450", 1), encoding="utf-8")
    warm = ExtractionCache(tmp_path / "c", key=KEY)
    result = compare([src], cache=warm)
    assert (warm.hits, warm.misses) == (2, 1)
    assert dumps(result.document) == dumps(compare([src]).document)


def test_a_new_claimdiff_build_misses(src, tmp_path, monkeypatch):
    compare([src], cache=ExtractionCache(tmp_path / "c", key=KEY))
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "0.2.0-edited")
    again = ExtractionCache(tmp_path / "c", key=KEY)
    compare([src], cache=again)
    assert again.hits == 0


def test_the_same_bytes_under_another_name_is_another_entry(src, tmp_path):
    c = ExtractionCache(tmp_path / "c", key=KEY)
    data = (src / "001_9da10b272e55fd5b.txt").read_bytes()
    assert c.entry_name(data, src / "a.txt", "a") != c.entry_name(data, src / "b.txt", "b")


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_broken_entries_are_ignored_and_rewritten(src, tmp_path, damage):
    compare([src], cache=ExtractionCache(tmp_path / "c", key=KEY))
    for p in entries(tmp_path / "c"):
        blob = p.read_bytes()
        p.write_bytes({"truncate": blob[: len(blob) // 2], "garbage": b"\x00" * 100, "empty": b""}[damage])
    c = ExtractionCache(tmp_path / "c", key=KEY)
    result = compare([src], cache=c)
    assert (c.hits, c.misses) == (0, 3)
    assert dumps(result.document) == dumps(compare([src]).document)
    again = ExtractionCache(tmp_path / "c", key=KEY)
    compare([src], cache=again)
    assert again.hits == 3


class _Boom:
    def __reduce__(self):
        return (exec, ("open(__import__('os').environ['BOOM_FILE'], 'w').write('pwned')",))


def test_a_forged_entry_is_never_unpickled(src, tmp_path, monkeypatch):
    """Someone commits a cache folder: entries not signed with this user's key are not loaded."""
    boom = tmp_path / "boom"
    monkeypatch.setenv("BOOM_FILE", str(boom))
    theirs = ExtractionCache(tmp_path / "c", key=b"attacker-key-" * 3)
    mine = ExtractionCache(tmp_path / "c", key=KEY)
    f = src / "001_9da10b272e55fd5b.txt"
    name = mine.entry_name(f.read_bytes(), f, f.stem)
    theirs.put(name, _Boom())  # signed, but with their key
    assert mine.get(name) is None and not boom.exists()
    # Unsigned raw pickle at the entry's place: not loaded either.
    (entry,) = entries(tmp_path / "c")
    entry.write_bytes(pickle.dumps(_Boom()))
    assert mine.get(name) is None and not boom.exists()
    # With the right key it would have run: the check above is what protects.
    mine.put(name, _Boom())
    mine.get(name)
    assert boom.exists()


def test_cli_cache_folder_and_no_cache(src, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMDIFF_CACHE_KEY", "test-key")
    runner = CliRunner()
    assert runner.invoke(app, ["check", "src", "--no-cache", "--format", "json"]).exit_code in (0, 1)
    assert not (tmp_path / ".claimdiff-cache").exists()
    assert runner.invoke(app, ["check", "src", "--format", "json"]).exit_code in (0, 1)
    folder = tmp_path / ".claimdiff-cache"
    assert len(entries(folder)) == 3
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    shutil.rmtree(folder)  # safe to delete
    assert runner.invoke(app, ["check", "src", "--format", "json"]).exit_code in (0, 1)
    assert len(entries(folder)) == 3


def test_parallel_extraction_fills_and_reads_the_cache(src, tmp_path):
    cold = ExtractionCache(tmp_path / "c", key=KEY)
    first = compare([src], jobs=2, cache=cold)
    warm = ExtractionCache(tmp_path / "c", key=KEY)
    second = compare([src], jobs=2, cache=warm)
    assert (cold.misses, warm.hits) == (3, 3)
    assert dumps(first.document) == dumps(second.document)
