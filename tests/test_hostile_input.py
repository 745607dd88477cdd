"""Messy and hostile input, end to end through the CLI: one test per input class.

Every file is generated here (no binary fixtures). Each bad file sits next to a good
article, so each test checks that the run goes on: the exit code (0 while a usable source
remains, 2 when none does), the exact `claimdiff: skipped PATH: reason` line, no traceback,
and `raw[start:end] == text` for every claim of the sources that were read.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC
from typer.testing import CliRunner

from claims.pipeline import extract_text
from reports import pipeline
from reports.cli import app

from conftest import SEEDS

GOOD = SEEDS / "001_9da10b272e55fd5b.txt"
GOOD_ID = GOOD.stem
GARBLED = SEEDS / "003_040338d94b1b9f7e.txt"


# -- helpers ---------------------------------------------------------------------------------


def run(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    for stream in (result.stdout, result.stderr, result.output):
        assert "Traceback" not in stream, result.stderr
    return result


def err_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


def skip_lines(result) -> list[str]:
    return [line for line in err_lines(result) if line.startswith("claimdiff: skipped ")]


def claims_json(*paths: object, command: str = "claims", out: Path | None = None):
    """Run `claimdiff COMMAND PATHS --format json` and return (result, parsed JSON or None)."""
    args = [command, *paths, "--format", "json"] + (["-o", out] if out else [])
    result = run(*args)
    if result.exit_code != 0:
        return result, None
    text = out.read_text(encoding="utf-8") if out else result.stdout
    return result, json.loads(text)


def assert_offsets(data: dict, raws: dict[str, str]) -> None:
    """Every claim's text is its source's text at [start, end); HTML sources carry their text."""
    texts = {s["id"]: s.get("text") if s.get("text") is not None else raws[s["id"]] for s in data["sources"]}
    assert data["claims"], "the good article has claims"
    for c in data["claims"]:
        assert 0 <= c["start"] < c["end"] <= len(texts[c["source"]]), c
        assert texts[c["source"]][c["start"] : c["end"]] == c["text"], c


def good_text() -> str:
    return GOOD.read_text(encoding="utf-8")


def with_good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(GOOD, folder)
    return folder


def universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- encodings -------------------------------------------------------------------------------

_S2T = OpenCC("s2t")


def _encodable(text: str, codec: str) -> str:
    return "".join(ch for ch in text if ch.encode(codec, errors="ignore"))


def _encoded_cases():
    simplified = good_text()
    traditional = _encodable(_S2T.convert(simplified), "big5")
    gbk = _encodable(simplified, "gbk")
    return {
        # name: (text written, bytes, encoding reported in sources[].encoding)
        "gbk": (gbk, gbk.encode("gbk"), "gb18030"),
        "gb18030": (simplified, simplified.encode("gb18030"), "gb18030"),
        "big5": (traditional, traditional.encode("big5"), "big5"),
        "utf-16-le-bom": (simplified, b"\xff\xfe" + simplified.encode("utf-16-le"), "utf-16-le"),
        "utf-16-be-bom": (simplified, b"\xfe\xff" + simplified.encode("utf-16-be"), "utf-16-be"),
        "utf-8-bom": (simplified, b"\xef\xbb\xbf" + simplified.encode("utf-8"), "utf-8-sig"),
        "crlf": (simplified.replace("\n", "\r\n"), simplified.replace("\n", "\r\n").encode(), "utf-8"),
        "lone-cr": (simplified.replace("\n", "\r"), simplified.replace("\n", "\r").encode(), "utf-8"),
        "gbk-crlf": (gbk.replace("\n", "\r\n"), gbk.replace("\n", "\r\n").encode("gbk"), "gb18030"),
    }


@pytest.mark.parametrize("case", list(_encoded_cases()))
def test_encodings_are_detected_and_offsets_index_the_decoded_text(tmp_path, case):
    text, data, encoding = _encoded_cases()[case]
    src = with_good(tmp_path / "src")
    (src / f"article-{case}.txt").write_bytes(data)
    result, doc = claims_json(src)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [], result.stderr
    by_id = {s["id"]: s for s in doc["sources"]}
    assert set(by_id) == {GOOD_ID, f"article-{case}"}
    assert by_id[f"article-{case}"]["encoding"] == encoding
    raw = universal_newlines(text)  # BOM dropped, CRLF and lone CR read as LF
    assert_offsets(doc, {GOOD_ID: good_text(), f"article-{case}": raw})
    assert any(c["source"] == f"article-{case}" for c in doc["claims"])
    assert "\r" not in "".join(c["text"] + c["sentence"] for c in doc["claims"])


def test_undeterminable_encoding_is_skipped(tmp_path):
    src = with_good(tmp_path / "src")
    bad = src / "mystery.txt"
    bad.write_bytes(bytes(range(0x80, 0x100)) * 4)
    result, doc = claims_json(src)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [f"claimdiff: skipped {bad}: cannot determine the text encoding"], result.stderr
    assert [s["id"] for s in doc["sources"]] == [GOOD_ID]
    assert_offsets(doc, {GOOD_ID: good_text()})


# -- not articles ----------------------------------------------------------------------------


def _png() -> bytes:
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("image.txt", _png(), "not a text file (looks like PNG image)"),
        ("page.html", _png(), "not a text file (looks like PNG image)"),
        ("random.md", bytes(range(1, 9)) * 64 + bytes(range(256)) * 4, "not a text file (contains NUL bytes)"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \r\n\t\n\xe3\x80\x80\n", "empty file"),
        ("bom-only.txt", b"\xef\xbb\xbf", "empty file"),
        ("front-matter-only.md", b"---\ntitle: x\n---\n\n", "no article text after the front matter"),
        (
            "furniture.html",
            b"<html><body><nav><a href='/'>home</a></nav><script>alert(1)</script></body></html>",
            "no article text found in HTML",
        ),
    ],
)
def test_files_that_are_not_articles_are_skipped(tmp_path, name, data, reason):
    src = with_good(tmp_path / "src")
    bad = src / name
    bad.write_bytes(data)
    result, doc = claims_json(src)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [f"claimdiff: skipped {bad}: {reason}"], result.stderr
    assert [s["id"] for s in doc["sources"]] == [GOOD_ID]
    assert_offsets(doc, {GOOD_ID: good_text()})


def test_folder_without_sources_is_skipped_and_the_run_goes_on(tmp_path):
    empty = tmp_path / "attachments"
    empty.mkdir()
    (empty / "photo.png").write_bytes(_png())
    (empty / "notes.docx").write_bytes(b"PK\x03\x04" + bytes(32))
    (empty / ".hidden.txt").write_text("公司目前大约有300个研究项目。", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result, doc = claims_json(empty, missing, GOOD)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [
        f"claimdiff: skipped {empty}: no .txt, .md or .html sources in this folder",
        f"claimdiff: skipped {missing}: no such file or folder",
    ], result.stderr
    assert [s["id"] for s in doc["sources"]] == [GOOD_ID]
    assert_offsets(doc, {GOOD_ID: good_text()})


@pytest.mark.parametrize("command", ["claims", "compare", "report"])
def test_no_readable_source_at_all_exits_2(tmp_path, command):
    src = tmp_path / "src"
    src.mkdir()
    (src / "image.txt").write_bytes(_png())
    (src / "empty.md").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"\n \n")
    out = tmp_path / "out"
    result = run(command, src, "-o", out)
    assert result.exit_code == 2, result.stderr
    assert err_lines(result) == [
        f"claimdiff: skipped {src / 'blank.txt'}: empty file",
        f"claimdiff: skipped {src / 'empty.md'}: empty file",
        f"claimdiff: skipped {src / 'image.txt'}: not a text file (looks like PNG image)",
        "claimdiff: error: no usable sources",
    ], result.stderr
    assert result.stdout == ""
    assert not out.exists()


def test_skipped_files_cross_worker_processes(tmp_path):
    """--jobs: the skip reasons come back from the workers as the same one-line errors."""
    src = with_good(tmp_path / "src")
    for name, data in (("empty.txt", b""), ("image.txt", _png()), ("mystery.txt", bytes(range(0x80, 0x100)) * 4)):
        (src / name).write_bytes(data)
    result, doc = claims_json(src, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [
        f"claimdiff: skipped {src / 'empty.txt'}: empty file",
        f"claimdiff: skipped {src / 'image.txt'}: not a text file (looks like PNG image)",
        f"claimdiff: skipped {src / 'mystery.txt'}: cannot determine the text encoding",
    ], result.stderr
    assert [s["id"] for s in doc["sources"]] == [GOOD_ID]
    assert_offsets(doc, {GOOD_ID: good_text()})


# -- extremes --------------------------------------------------------------------------------


@pytest.mark.slow
def test_twenty_megabyte_article(tmp_path):
    seed = GOOD.read_bytes()
    big = tmp_path / "big.txt"
    big.write_bytes(seed * (20 * 1024 * 1024 // len(seed) + 1))
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.json"
    result, doc = claims_json(big, bad, out=out)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [f"claimdiff: skipped {bad}: empty file"], result.stderr
    assert [s["id"] for s in doc["sources"]] == ["big"]
    assert_offsets(doc, {"big": big.read_text(encoding="utf-8")})
    # Every repetition of the seed yields claims, the last one included.
    assert doc["claims"][-1]["end"] > big.stat().st_size // 3 - len(seed)


def test_one_megabyte_line_without_newline(tmp_path):
    line = good_text().replace("\n", "")
    src = with_good(tmp_path / "src")
    long = src / "line.txt"
    long.write_text(line * (1024 * 1024 // len(line.encode()) + 1), encoding="utf-8")
    assert long.stat().st_size > 1024 * 1024 and b"\n" not in long.read_bytes()
    out = tmp_path / "out.json"
    result, doc = claims_json(src, out=out)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [], result.stderr
    assert sorted(s["id"] for s in doc["sources"]) == [GOOD_ID, "line"]
    assert_offsets(doc, {GOOD_ID: good_text(), "line": long.read_text(encoding="utf-8")})
    line_claims = [c for c in doc["claims"] if c["source"] == "line"]
    assert line_claims and {c["line"] for c in line_claims} == {1}


def test_ten_thousand_tiny_files(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    raws = {}
    empty = []
    for i in range(10_000):
        path = src / f"n{i:05d}.txt"
        if i % 1000 == 999:
            path.write_bytes(b"")
            empty.append(path)
            continue
        raws[path.stem] = f"快讯{i}：公司目前大约有{i + 1}个研究项目。\n"
        path.write_text(raws[path.stem], encoding="utf-8")
    out = tmp_path / "out.json"
    result, doc = claims_json(src, out=out)
    assert result.exit_code == 0, result.stderr
    assert skip_lines(result) == [f"claimdiff: skipped {p}: empty file" for p in empty], result.stderr
    assert len(err_lines(result)) == 10
    assert len(doc["sources"]) == 9_990
    assert [s["id"] for s in doc["sources"]] == sorted(raws)
    assert_offsets(doc, raws)
    counts = {c["source"] for c in doc["claims"] if c["kind"] == "quantity"}
    assert counts == set(raws)  # every tiny file was read, not just the first few


# -- broken metadata -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "front, warning",
    [
        ("title: [unclosed\nauthor: 张三", "malformed YAML front matter (line 3); metadata ignored"),
        ('title: "unterminated\nsource: x', "malformed YAML front matter"),
        ("- just\n- a list", "front matter is not a mapping; metadata ignored"),
        ("title:\n  nested: mapping\npublished: 2025-12-03", "front matter field 'title' has the wrong type; ignored"),
        ("title: 正常标题\npublished: [2025, 12, 3]", "front matter field 'published' has the wrong type; ignored"),
        ("title: 正常标题\nauthor: {name: 张三}", "front matter field 'author' has the wrong type; ignored"),
        ("title: 正常标题\npublished: 2025-13-45", None),  # an impossible date is text, ignored quietly
        ("title: &a [*a]", "front matter field 'title' has the wrong type; ignored"),  # a list holding itself
    ],
)
def test_broken_front_matter_warns_and_the_article_is_read(tmp_path, front, warning):
    src = with_good(tmp_path / "src")
    article = src / "broken.md"
    raw = f"---\n{front}\n---\n" + good_text()
    article.write_text(raw, encoding="utf-8")
    result, doc = claims_json(src)
    assert result.exit_code == 0, result.stderr
    lines = err_lines(result)
    if warning is None:
        assert lines == [], result.stderr
    else:
        assert len(lines) == 1 and lines[0].startswith(f"claimdiff: warning: {article}: "), result.stderr
        assert warning in lines[0], result.stderr
    assert not skip_lines(result)
    by_id = {s["id"]: s for s in doc["sources"]}
    assert set(by_id) == {GOOD_ID, "broken"}
    assert by_id["broken"]["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", by_id["broken"]["published"])
    assert_offsets(doc, {GOOD_ID: good_text(), "broken": raw})
    # Offsets count the front matter: the article's claims start after it.
    body_start = raw.index("\n---\n") + 5
    assert min(c["start"] for c in doc["claims"] if c["source"] == "broken") >= body_start


def test_same_stem_in_different_folders_gets_unique_readable_ids(tmp_path):
    a = tmp_path / "outlet-a"
    b = tmp_path / "outlet-b" / "2025"
    nested = tmp_path / "outlet-c" / "2025"
    for folder in (a, b, nested):
        with_good(folder)
    (a / "story.md").write_text(good_text(), encoding="utf-8")
    (b / "story.txt").write_text(good_text(), encoding="utf-8")
    result, doc = claims_json(tmp_path)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [], result.stderr
    ids = [s["id"] for s in doc["sources"]]
    assert len(ids) == len(set(ids)) == 5
    # As many parent folders as it takes to tell them apart, and no more.
    assert set(ids) == {
        f"outlet-a/{GOOD_ID}",
        f"outlet-b/2025/{GOOD_ID}",
        f"outlet-c/2025/{GOOD_ID}",
        "outlet-a/story",
        "2025/story",
    }
    assert_offsets(doc, {i: good_text() for i in ids})
    claim_ids = [c["id"] for c in doc["claims"]]
    assert len(claim_ids) == len(set(claim_ids))  # the same text in two sources: distinct claims


# -- HTML pages ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>OpenAI 首席研究官谈人才争夺战 - 科技日报</title>
<meta property="og:title" content="OpenAI 首席研究官谈人才争夺战">
<meta property="og:site_name" content="科技日报">
<meta property="article:published_time" content="2025-12-03T08:30:00+08:00">
<script>alert("head script 脚本文字")</script>
</head>
<body onload="alert('onload')">
<nav><ul><li><a href="/">首页</a></li><li><a href="javascript:alert(1)">科技频道</a></li></ul></nav>
<main><article>
<h1>OpenAI 首席研究官谈人才争夺战</h1>
<p>12月3日，OpenAI首席研究官陈信翰在伦敦接受采访时表示，公司目前大约有300个研究项目，其中一半以上与推理模型有关。</p>
<p>他说：“我们不会因为竞争对手发布新模型而改变路线。”据报道，Meta曾开出超过1亿美元的薪酬挖走研究人员。</p>
<script>document.write("文中广告脚本")</script>
<p>分析人士认为，这场人才争夺战将持续到2026年，而算力仍然是各家公司最稀缺的资源。OpenAI的员工人数已经超过3000人。</p>
</article></main>
<footer><p>版权所有 © 2025 科技日报 京ICP备12345678号</p></footer>
</body></html>
"""


@pytest.mark.parametrize("suffix, encoding", [(".html", "utf-8"), (".htm", "gb18030")])
def test_html_page_offsets_index_the_extracted_text(tmp_path, suffix, encoding):
    src = with_good(tmp_path / "src")
    page = src / f"page{suffix}"
    page.write_bytes(PAGE.replace("utf-8", encoding).encode(encoding))
    result, doc = claims_json(src)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [], result.stderr
    by_id = {s["id"]: s for s in doc["sources"]}
    html_src = by_id["page"]
    assert "text" not in by_id[GOOD_ID]  # only derived texts are carried
    text = html_src["text"]
    assert "300个研究项目" in text and "超过3000人" in text
    for furniture in ("脚本", "alert", "首页", "版权所有", "<p>"):
        assert furniture not in text, furniture
    assert html_src["title"] == "OpenAI 首席研究官谈人才争夺战"
    assert html_src["published"] == "2025-12-03"
    assert html_src["encoding"] == encoding
    assert_offsets(doc, {GOOD_ID: good_text()})
    page_claims = [c for c in doc["claims"] if c["source"] == "page"]
    assert {"大约有300个", "超过1亿美元", "我们不会因为竞争对手发布新模型而改变路线。"} <= {
        c["text"] for c in page_claims
    }


# -- garbled text (seed 003) -----------------------------------------------------------------


def test_garbled_seed_is_flagged_kept_out_of_contradictions_and_shown_in_the_report(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, src)
    garbled_id = GARBLED.stem
    result, doc = claims_json(src, command="compare")
    assert result.exit_code == 0, result.stderr
    # The one line: seed 003 states no date, so its 7月16日 is read as of the others' (reports.pipeline).
    assert err_lines(result) == [
        f"claimdiff: warning: {src / GARBLED.name}: no publication date; "
        "its dates without a year are read as of 2025-12-03, the median publication date "
        "of the other sources"
    ], result.stderr
    assert_offsets(doc, {p.stem: p.read_text(encoding="utf-8") for p in src.iterdir()})

    claims = {c["id"]: c for c in doc["claims"]}
    garbled_flags = [f for f in doc["flags"] if f["type"] == "garbled_text"]
    assert garbled_flags, doc["flags"]
    raw_003 = GARBLED.read_text(encoding="utf-8")
    for flag in garbled_flags:  # a passage of 003, with offsets into its text
        assert flag["source"] == garbled_id, flag
        assert 0 <= flag["start"] < flag["end"] <= len(raw_003), flag
        assert raw_003[flag["start"] : flag["end"]].strip(), flag
    garbled_claims = {i for i, c in claims.items() if c.get("garbled")}
    assert garbled_claims and {claims[i]["source"] for i in garbled_claims} == {garbled_id}
    for finding in doc["findings"]:
        if finding["relation"] == "contradict":
            assert not garbled_claims & set(finding["claims"]), finding
    quality = {s["id"]: s["quality"] for s in doc["sources"]}
    assert quality[garbled_id] < 1 and all(q == 1 for sid, q in quality.items() if sid != garbled_id), quality

    out = tmp_path / "report.html"
    result = run("report", src, "-o", out)
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    row = re.search(rf"<tr><td class=\"num\">\d+</td><td>.*?>{garbled_id}</a>.*?</tr>", html, re.S)
    assert row, html[-3000:]
    shown = re.search(r"<div class=\"low notes\">[^<]*?(\d+)%[^<]*?(\d+) [^<]*</div>", row.group())  # quality · garbled
    assert shown and int(shown.group(1)) < 100, row.group()
    assert f"{round(quality[garbled_id] * 100)}%" in row.group()
    assert int(shown.group(2)) == len(garbled_flags)


def test_a_claim_inside_garbled_text_never_contradicts(tmp_path):
    lede = (
        "据新华社报道，OpenAI首席研究官陈信翰12月3日在伦敦表示，公司目前有研究人员{}，其中一半以上从事推理模型研究。\n"
    )
    clean, other, garbled = tmp_path / "clean.txt", tmp_path / "other.txt", tmp_path / "garbled.txt"
    clean.write_text(lede.format("300人"), encoding="utf-8")
    other.write_text(lede.format("900人"), encoding="utf-8")
    garbled.write_text(lede.format("鍙戝竷900人\ufffd"), encoding="utf-8")

    result, doc = claims_json(clean, other, command="compare")
    assert result.exit_code == 0, result.stderr
    assert [f["relation"] for f in doc["findings"]].count("contradict") == 1  # the control: 300 vs 900

    result, doc = claims_json(clean, garbled, command="compare")
    assert result.exit_code == 0, result.stderr
    claims = {c["id"]: c for c in doc["claims"]}
    assert [c["text"] for c in claims.values() if c["garbled"]] == ["900人"]
    assert [f["type"] for f in doc["flags"]] == ["garbled_text"]
    assert not [f for f in doc["findings"] if f["relation"] == "contradict"], doc["findings"]
    assert not [f for f in doc["findings"] if any(claims[i]["garbled"] for i in f["claims"])], doc["findings"]
    assert_offsets(doc, {"clean": clean.read_text(encoding="utf-8"), "garbled": garbled.read_text(encoding="utf-8")})


# -- an unexpected exception on one file -----------------------------------------------------


@pytest.mark.parametrize(
    "exc, reason",
    [
        (
            RecursionError("maximum recursion depth exceeded"),
            "could not be processed (RecursionError: maximum recursion depth exceeded)",
        ),
        (MemoryError(), "too large to process (out of memory)"),
        (
            IndexError("list index out of range"),
            "could not be processed (IndexError: list index out of range); this is a claimdiff bug, please report it",
        ),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            "could not be read (UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte)",
        ),
    ],
)
def test_an_unexpected_exception_on_one_file_is_a_skip_line(tmp_path, monkeypatch, exc, reason):
    src = with_good(tmp_path / "src")
    cursed = src / "cursed.txt"
    cursed.write_text("公司目前大约有300个研究项目。", encoding="utf-8")
    real = pipeline.extract_document

    def extract_document(doc):
        if doc.source.id == "cursed":
            raise exc
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", extract_document)
    result, doc = claims_json(src)
    assert result.exit_code == 0, result.stderr
    assert err_lines(result) == [f"claimdiff: skipped {cursed}: {reason}"], result.stderr
    assert [s["id"] for s in doc["sources"]] == [GOOD_ID]
    assert_offsets(doc, {GOOD_ID: good_text()})


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit])
def test_interrupt_is_not_swallowed(monkeypatch, exc):
    def interrupted(doc):
        raise exc

    monkeypatch.setattr(pipeline, "extract_document", interrupted)
    with pytest.raises(exc):
        pipeline.extract_path(GOOD, GOOD_ID)


# -- the whole per-source pipeline on arbitrary Unicode ----------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",))
        | st.sampled_from(
            list("约超过近多万亿元人名个%年月日前第岁“”「」：:，。？?\n\r 0123456789一二三四五六七八九十百千")
        ),
        max_size=200,
    )
)
def test_extraction_never_raises_and_offsets_are_in_bounds(raw):
    claims = extract_text(raw, published="2025-12-03")
    spans = [(c.start, c.end) for c in claims]
    assert spans == sorted(spans)
    for c in claims:
        assert 0 <= c.start < c.end <= len(raw)
        assert raw[c.start : c.end] == c.text
