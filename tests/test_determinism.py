"""Same inputs, same bytes; an edit elsewhere in an article keeps the other claims' ids."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import defaultdict

import pytest

from matcher.parallel import Spooled
from reports import pipeline
from reports.contract import dumps
from reports.pipeline import compare

from conftest import SEEDS

FILES = sorted(SEEDS.glob("*.txt"))
EDITED = "000_d379fe37168fe1eb"
# Unrelated to the story, and with a figure of its own so the edit visibly adds a claim.
APPENDIX = "\n\n编者注：本文由编辑部整理，共有7位同事参与校对。\n"


@pytest.fixture(scope="module")
def baseline_doc():
    return compare([SEEDS]).document


@pytest.fixture(scope="module")
def baseline(baseline_doc):
    return dumps(baseline_doc)


def claim_ids(doc) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = defaultdict(set)
    for c in doc.claims:
        ids[c.source].add(c.id)
    return ids


def test_two_runs_are_byte_identical(baseline):
    assert dumps(compare([SEEDS]).document) == baseline


def test_file_inputs_in_reverse_order_give_the_same_bytes(baseline):
    assert dumps(compare(FILES[::-1]).document) == baseline


def test_more_workers_give_the_same_bytes(baseline):
    assert dumps(compare(FILES, jobs=2).document) == baseline


def _stop(*_):
    os._exit(1)  # as a worker the system killed (out of memory)


def test_an_extracting_worker_that_stops_loses_no_article(baseline, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "_extract_chunk", _stop)  # a forked worker inherits it
    assert dumps(compare(FILES, jobs=2).document) == baseline
    assert capsys.readouterr().err.count("a worker extracting articles stopped") == 1


def test_extractions_come_back_through_files_removed_once_read(baseline, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    real, got = pipeline.unspooled, []
    monkeypatch.setattr(pipeline, "unspooled", lambda x: got.append(type(x)) or real(x))
    assert dumps(compare(FILES, jobs=2).document) == baseline
    assert got and set(got) == {Spooled}
    assert not list(tmp_path.iterdir())


def _lost(folder, result):
    return Spooled(os.path.join(folder, "gone"))  # as a file removed before it was read


def test_an_extracting_workers_lost_result_is_read_here(baseline, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "spooled", _lost)  # a forked worker inherits it
    assert dumps(compare(FILES, jobs=2).document) == baseline
    assert capsys.readouterr().err.count("a worker extracting articles stopped") == 1


def test_claim_ids_survive_an_unrelated_paragraph(tmp_path, baseline_doc):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    before = claim_ids(baseline_doc)  # ids do not depend on where the files sit
    edited_path = copy / f"{EDITED}.txt"
    with edited_path.open("a", encoding="utf-8") as f:
        f.write(APPENDIX)
    after = claim_ids(compare([copy]).document)

    assert set(after) == set(before)
    for source in before:
        if source != EDITED:
            assert after[source] == before[source], source
    assert before[EDITED] <= after[EDITED], sorted(before[EDITED] - after[EDITED])
    assert after[EDITED] > before[EDITED], "the appended paragraph should add a claim"


def test_extraction_leaves_no_cyclic_garbage(tmp_path):
    """reports.pipeline collects nothing after an article (the CLI runs without the collector):
    whatever an extraction drops, reference counting must free. At the commit before, each
    article's sentence helper (claims.pipeline._Sentences) held itself through functools.cache
    of its own bound methods, and with it the whole segmented article."""
    import gc
    import pickle

    odd = {
        "binary.txt": b"\x00\x01binary\xff\xfe",
        "empty.txt": b"",
        "page.html": "<html><body><p>記者報導，2024年3月5日有500人參加。</p></body></html>".encode(),
        "interview.txt": ("问：多少人？\n答：大概有三千人，比去年多了20%。\n" * 50).encode(),
        "garbled.txt": "鍙戝竷 ??? Przemys?aw 2023年增長10%，截至3月1日共有5人。".encode(),
    }
    for name, data in odd.items():
        (tmp_path / name).write_bytes(data)
    paths = [*FILES, *sorted(tmp_path.iterdir()), tmp_path / "missing.txt"]
    for p in paths:
        pipeline.extract_path(p, "warm")  # caches filled: what they keep is no garbage
    collecting = gc.isenabled()
    gc.disable()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for p in paths:
            pipeline.extract_path(p, "s")
            pickle.loads(pickle.dumps(pipeline.extract_path(p, "t", compacted=False)))  # a worker's, sent
        found = gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if collecting:
            gc.enable()
    assert found == 0, kinds
