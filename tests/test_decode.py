"""decode(): every input class a user may hand us, generated here (no binary fixtures)."""

from __future__ import annotations

import os
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.sources.decode import Decoded, decode
from claims.sources.errors import InputError

SIMPLIFIED = (
    "据新华社报道，12月3日，OpenAI首席研究官陈信翰在接受采访时表示，公司目前大约有300个研究项目，"
    "其中一半以上与推理模型有关。他说：“我们不会因为竞争对手发布新模型而改变路线。”\n"
    "分析人士认为，这场人才争夺战将持续到明年，而算力仍然是各家公司最稀缺的资源。"
)
TRADITIONAL = (
    "據彭博社報道，阿爾特曼在採訪中詳細闡釋了四天解僱事件的始末，直言這件事給他帶來了巨大的傷害。"
    "他表示，公司目前約有三千名員工，並將在明年繼續擴大研究團隊。\n"
    "關於董事會的說法，他說自己從來沒做過見不得光的事情，也尊重他們的真誠信念。"
)


def test_simplified_gb18030():
    got = decode(SIMPLIFIED.encode("gb18030"), "a.txt")
    assert got == Decoded(SIMPLIFIED, "gb18030", "lf", 0)


def test_simplified_gbk_bytes_read_as_gb18030():
    assert decode(SIMPLIFIED.encode("gbk"), "a.txt").text == SIMPLIFIED


def test_traditional_big5():
    got = decode(TRADITIONAL.encode("big5"), "a.txt")
    assert got.text == TRADITIONAL
    assert got.encoding == "big5"


def test_traditional_gb18030():
    got = decode(TRADITIONAL.encode("gb18030"), "a.txt")
    assert got.text == TRADITIONAL
    assert got.encoding == "gb18030"


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_short_traditional_snippet(codec):
    # Ten characters: too short for charset-normalizer alone, enough for hanzi frequencies.
    text = "阿爾特曼詳細闡釋了始末"
    assert decode(text.encode(codec), "a.txt").text == text


def test_short_simplified_snippet():
    text = "公司目前大约有三百个项目"
    assert decode(text.encode("gb18030"), "a.txt").text == text


@pytest.mark.parametrize(
    "codec, name",
    [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32-le", "utf-32-le"), ("utf-32-be", "utf-32-be")],
)
def test_bom_utf16_utf32(codec, name):
    got = decode(("\ufeff" + TRADITIONAL).encode(codec), "a.txt")
    assert got.text == TRADITIONAL  # the BOM is not part of the text
    assert got.encoding == name


def test_utf16_without_bom_when_obvious():
    text = "Reuters report, 2025-12-03: OpenAI has about 300 projects.\n" * 5 + "陈信翰说。"
    assert decode(text.encode("utf-16-le"), "a.txt") == Decoded(text, "utf-16-le", "lf", 0)


def test_utf8_with_and_without_bom():
    assert decode(SIMPLIFIED.encode("utf-8"), "a.txt") == Decoded(SIMPLIFIED, "utf-8", "lf", 0)
    assert decode(b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), "a.txt") == Decoded(SIMPLIFIED, "utf-8-sig", "lf", 0)


def test_only_the_first_bom_is_stripped():
    # Path.read_text(encoding="utf-8-sig") keeps a second U+FEFF, and so do we.
    got = decode(b"\xef\xbb\xbf\xef\xbb\xbf" + "正文".encode(), "a.txt")
    assert got.text == "\ufeff正文"


@pytest.mark.parametrize("newline, style", [("\r\n", "crlf"), ("\r", "cr"), ("\n", "lf")])
def test_newlines_become_lf(newline, style, tmp_path):
    raw = SIMPLIFIED.replace("\n", newline) + newline + "末行"
    got = decode(raw.encode("utf-8"), "a.txt")
    assert got.newlines == style
    assert "\r" not in got.text
    # Offsets must agree with the gold scorer's reader (universal newlines).
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert got.text == path.read_text(encoding="utf-8-sig")


def test_mixed_newlines_in_legacy_codec(tmp_path):
    raw = "第一行\r\n第二行\r第三行\n第四行"
    got = decode(raw.encode("gb18030"), "a.txt")
    assert got.text == "第一行\n第二行\n第三行\n第四行"
    assert got.newlines == "mixed"


def test_single_line_has_no_newline_style():
    assert decode("一行".encode(), "a.txt").newlines == "none"


def test_utf8_cut_mid_character_keeps_utf8_and_marks_the_cut():
    data = SIMPLIFIED.encode("utf-8")[:-1]  # the last character loses a byte
    got = decode(data, "a.txt")
    assert got.encoding == "utf-8"
    assert got.text.endswith("\ufffd")
    assert got.replaced == 1


def test_utf8_bom_with_bad_byte_is_decoded_with_replacement():
    got = decode(b"\xef\xbb\xbf" + "好的".encode() + b"\xff" + "文本".encode(), "a.txt")
    assert got.text == "好的\ufffd文本"
    assert got.replaced == 1


def test_latin_text_in_cp1252():
    text = "Café au lait – the résumé’s naïve façade"
    got = decode(text.encode("cp1252"), "a.txt")
    assert got.text == text
    assert got.encoding == "cp1252"


def test_shift_jis_is_still_recognised():
    text = "東京で開かれた会議では、新しいモデルについて議論された。"
    got = decode(text.encode("shift_jis"), "a.txt")
    assert got.text == text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 4,  # every high byte: invalid in the CJK codecs, symbols in Latin-1
        b"\x81\xff\x80" * 100,
    ],
)
def test_undeterminable_encoding(data):
    with pytest.raises(InputError, match="cannot determine the text encoding"):
        decode(data, "x.txt")


def _png() -> bytes:
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
    "data, kind",
    [
        (_png(), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00" + bytes(32), "ZIP archive"),
    ],
)
def test_binary_files_are_rejected_by_magic_number(data, kind):
    with pytest.raises(InputError, match=rf"not a text file \(looks like {kind}"):
        decode(data, "x.txt")


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match=r"not a text file \(contains NUL bytes\)"):
        decode("正文".encode() + b"\x00\x01\x02\x03" + "正文".encode(), "x.txt")


def test_control_characters_mean_binary():
    with pytest.raises(InputError, match="too many control characters"):
        decode(bytes(range(1, 9)) * 20 + b"text", "x.txt")


def test_a_stray_control_character_is_tolerated():
    assert decode("正文\x1a".encode(), "x.txt").text == "正文\x1a"


def test_text_starting_like_a_magic_number_is_text():
    assert decode("MZ是一个缩写。".encode(), "x.txt").text == "MZ是一个缩写。"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\n".encode(), b"\xef\xbb\xbf", b"\xff\xfe \x00\n\x00"])
def test_empty_and_whitespace_only(data):
    with pytest.raises(InputError, match="empty file") as err:
        decode(data, "empty.txt")
    assert err.value.path == "empty.txt"


def test_large_article_decodes_whole():
    # ~20 MB of Big5: detection samples the head, the whole file is decoded with the winner.
    block = TRADITIONAL.replace("\n", "\r\n").encode("big5") + b"\r\n"
    data = block * (20_000_000 // len(block))
    got = decode(data, "big.txt")
    assert got.encoding == "big5"
    assert got.newlines == "crlf"
    assert len(got.text) == (len(TRADITIONAL) + 1) * (len(data) // len(block))


def test_large_gb18030_with_bad_byte_after_the_sample():
    block = SIMPLIFIED.encode("gb18030") + b"\n"
    data = block * (2_000_000 // len(block)) + b"\xff" + block
    got = decode(data, "big.txt")
    assert got.encoding == "gb18030"
    assert got.replaced == 1


def test_one_megabyte_line_without_newline():
    line = SIMPLIFIED.replace("\n", "")
    data = (line * (1_000_000 // len(line.encode("gb18030")) + 1)).encode("gb18030")
    got = decode(data, "line.txt")
    assert got.encoding == "gb18030"
    assert got.newlines == "none"
    assert got.text.startswith(line)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_text_or_input_error(data):
    try:
        got = decode(data, "fuzz.txt")
    except InputError as err:
        assert err.path == "fuzz.txt"
    else:
        assert got.text.strip()
        assert "\r" not in got.text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1).filter(lambda s: s.strip() and "\x00" not in s))
def test_utf8_text_round_trips(text):
    try:
        got = decode(text.encode("utf-8", errors="surrogatepass"), "fuzz.txt")
    except InputError:
        return  # control-heavy text may be judged binary
    assert got.text == text.replace("\r\n", "\n").replace("\r", "\n")


def test_random_bytes_are_rejected():
    data = os.urandom(4096)
    with pytest.raises(InputError):
        decode(data, "random.bin")
