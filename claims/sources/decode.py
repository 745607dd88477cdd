"""Bytes to text: pick the encoding a Chinese news article was saved in.

`decode(data, path)` is the only entry point. Order of decisions:

1. magic numbers (PNG, JPEG, PDF, ZIP, ...) -> InputError "not a text file (looks like ...)"
2. byte order marks (UTF-32, UTF-8, UTF-16); the BOM is not part of the text
3. UTF-16 without a BOM, only when the NUL bytes make it obvious (ASCII-heavy text)
4. NUL bytes or many control bytes -> InputError "not a text file (...)"
5. strict UTF-8; then UTF-8 with a few undecodable sequences (a file cut mid-character)
   replaced by U+FFFD, which claims.text.garbled later flags
6. legacy codecs (GB18030, Big5, Shift_JIS, EUC-KR, cp1252, latin-1) scored on a bounded
   sample by how plausible the decoded characters are for a news article; charset-normalizer
   breaks near-ties. Short Chinese samples fool charset-normalizer alone (10-30 character GB
   snippets come back as EUC-KR), hence the character-frequency score.

Newline policy: CRLF and lone CR become LF, exactly as Python's universal newlines do
(`Path.read_text`, which the gold scorer uses). Claim offsets index `Decoded.text`, so they
agree with any reader that opens the file in text mode. `Decoded.newlines` records what the
file had. No other normalisation happens here (no NFC, no width folding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claims.sources.errors import InputError

# Detection looks at this much of the file; the whole file is then decoded with the winner.
SAMPLE_BYTES = 256 * 1024

# A sample that decodes cleanly with no candidate scoring at least this is not text we can read.
MIN_SCORE = 0.3
# Scores closer than this are a tie, broken by charset-normalizer and then by CODEC_PRIORITY.
TIE = 0.02
# UTF-8 with at most this share of bad sequences (per non-ASCII character) is still UTF-8.
MAX_UTF8_ERROR_SHARE = 0.01

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.epub)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"(\xb5/\xfd", "zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# Control bytes that never occur in text files (TAB, LF, VT, FF, CR and ESC excepted: VT/FF
# come from word processors, ESC from terminal captures).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"

# Legacy codec families in order of how likely a Chinese news article uses them; each family
# lists its members from narrowest to widest: the first that decodes the whole file names it.
CODEC_PRIORITY: tuple[tuple[str, ...], ...] = (
    ("gb18030",),  # superset of GBK and GB2312
    ("big5", "cp950", "big5hkscs"),
    ("shift_jis", "cp932"),
    ("euc-kr", "cp949"),
    ("cp1252",),
    ("latin-1",),
)
_CN_NAMES = {  # charset-normalizer's names -> our family heads
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "big5",
    "cp950": "big5",
    "big5hkscs": "big5",
    "shift_jis": "shift_jis",
    "cp932": "shift_jis",
    "euc_kr": "euc-kr",
    "cp949": "euc-kr",
    "cp1252": "cp1252",
    "latin_1": "latin-1",
}


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read.

    `text`: decoded, BOM removed, CRLF/CR turned into LF; claim offsets index this string.
    `encoding`: Python codec name (utf-8, utf-8-sig, utf-16-le, gb18030, big5, cp1252, ...).
    `newlines`: what the file used: "lf", "crlf", "cr", "mixed", or "none" (a single line).
    `replaced`: undecodable byte sequences that became U+FFFD (0 for a clean file).
    """

    text: str
    encoding: str
    newlines: str = "none"
    replaced: int = 0


def decode(data: bytes, path: Path | str) -> Decoded:
    """Decode a source file's bytes; raise InputError(path, reason) for unusable input."""
    if not data:
        raise InputError(path, "empty file")
    _reject_known_binary(data, path)

    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            name = codec if codec != "utf-8-sig" else "utf-8"
            text, replaced = _decode_lenient(body, name)
            return _finish(text, codec, replaced, path)

    utf16 = _obvious_utf16(data)
    if utf16:
        try:
            return _finish(data.decode(utf16), utf16, 0, path)
        except UnicodeDecodeError:
            pass  # the NUL pattern lied; treat as any other data

    _reject_control_bytes(data, path)

    try:
        return _finish(data.decode("utf-8"), "utf-8", 0, path)
    except UnicodeDecodeError:
        pass
    nearly_utf8 = _nearly_utf8(data)
    if nearly_utf8 is not None:
        return _finish(nearly_utf8[0], "utf-8", nearly_utf8[1], path)

    family = _detect_legacy(data)
    if family is None:
        raise InputError(path, "cannot determine the text encoding")
    text, codec, replaced = _decode_whole(data, family, path)
    return _finish(text, codec, replaced, path)


# -- binary input ---------------------------------------------------------------------------


def _reject_known_binary(data: bytes, path: Path | str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # "MZ"/"BZh"/"ID3" are also plausible first letters of text; demand binary company.
            if len(magic) <= 3 and magic.isascii() and b"\x00" not in data[:512]:
                continue
            raise InputError(path, f"not a text file (looks like {kind})")
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise InputError(path, "not a text file (looks like WebP image)")


def _reject_control_bytes(data: bytes, path: Path | str) -> None:
    if b"\x00" in data:
        raise InputError(path, "not a text file (contains NUL bytes)")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    # A stray ^Z or ^H in a pasted article is fine; binary data has them everywhere.
    if controls >= 8 and controls > len(data) // 100:
        raise InputError(path, "not a text file (too many control characters)")


def _obvious_utf16(data: bytes) -> str | None:
    """utf-16-le/-be when NULs sit almost only on one byte parity (ASCII-heavy UTF-16)."""
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= max(4, half * 0.1) and even_nuls <= odd_nuls * 0.02:
        codec = "utf-16-le"
    elif even_nuls >= max(4, half * 0.1) and odd_nuls <= even_nuls * 0.02:
        codec = "utf-16-be"
    else:
        return None
    text = sample[: len(sample) // 2 * 2].decode(codec, errors="replace")
    controls = sum(1 for c in text if c < " " and c not in "\t\n\r")
    if controls > len(text) // 100 or plausibility(text) < MIN_SCORE:
        return None
    return codec


# -- UTF-8 and whole-file decoding ----------------------------------------------------------


def _decode_lenient(data: bytes, codec: str) -> tuple[str, int]:
    """Decode strictly if possible, else with U+FFFD for each bad sequence (counted)."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return text, text.count("\ufffd") - _existing_replacement_chars(data, codec)


def _existing_replacement_chars(data: bytes, codec: str) -> int:
    marker = "\ufffd".encode(codec) if codec.startswith("utf") else b""
    return data.count(marker) if marker else 0


def _nearly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad sequences (a cut or a stray byte), or None if it is not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    non_ascii = len(text) - _ascii_count(text)
    good = non_ascii - bad
    if bad <= MAX_UTF8_ERROR_SHARE * non_ascii and good >= 10 * bad:
        return text, bad
    return None


def _ascii_count(text: str) -> int:
    return len(text.encode("ascii", errors="ignore"))


def _decode_whole(data: bytes, family_head: str, path: Path | str) -> tuple[str, str, int]:
    """Decode all of `data` with the detected family; the sample may have missed a bad byte."""
    family = next(f for f in CODEC_PRIORITY if f[0] == family_head)
    for codec in family:
        try:
            return data.decode(codec), codec, 0
        except UnicodeDecodeError:
            continue
    # No member decodes everything: keep the head's reading if the damage is small.
    text = data.decode(family[-1], errors="replace")
    replaced = text.count("\ufffd")
    if replaced <= max(1, len(text) // 1000):
        return text, family[-1], replaced
    raise InputError(path, "cannot determine the text encoding")


def _finish(text: str, codec: str, replaced: int, path: Path | str) -> Decoded:
    if not text.strip():
        raise InputError(path, "empty file")
    newlines = _newline_style(text)
    if newlines not in ("lf", "none"):
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text=text, encoding=codec, newlines=newlines, replaced=replaced)


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, n in (("crlf", crlf), ("cr", cr), ("lf", lf)) if n]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"


# -- legacy encodings -----------------------------------------------------------------------


def _detect_legacy(data: bytes) -> str | None:
    """The codec family whose reading of a sample looks most like real text, or None."""
    sample = data[:SAMPLE_BYTES]
    scores: dict[str, float] = {}
    for family in CODEC_PRIORITY:
        text = _decode_sample(sample, family, truncated=len(data) > len(sample))
        if text is not None:
            scores[family[0]] = plausibility(text)
    if not scores:
        return None
    best = max(scores.values())
    if best < MIN_SCORE:
        return None
    tied = [head for head, score in scores.items() if score >= best - TIE]
    if len(tied) > 1:
        preferred = _charset_normalizer_pick(sample, tied)
        if preferred is not None:
            return preferred
    return tied[0]  # scores keeps CODEC_PRIORITY order


def _decode_sample(sample: bytes, family: tuple[str, ...], truncated: bool) -> str | None:
    for codec in family:
        try:
            return sample.decode(codec)
        except UnicodeDecodeError as err:
            # The sample may end inside a multibyte character: drop that tail only.
            if truncated and err.start >= len(sample) - 4:
                try:
                    return sample[: err.start].decode(codec)
                except UnicodeDecodeError:
                    continue
    return None


def _charset_normalizer_pick(sample: bytes, heads: list[str]) -> str | None:
    from charset_normalizer import from_bytes  # slow import; only needed on ties

    isolation = [name for name, head in _CN_NAMES.items() if head in heads]
    for match in from_bytes(sample, cp_isolation=isolation):
        head = _CN_NAMES.get(match.encoding)
        if head in heads:
            return head
    return None


def plausibility(text: str) -> float:
    """-1..1: how much a decoded text's non-ASCII characters look like real writing.

    Common hanzi (GB2312 level 1 or Big5 level 1), CJK/general punctuation and full-width
    forms count +1; kana, Hangul and accented Latin letters +0.5 (plausible, but not what we
    expect); everything else -1 (rare hanzi, private use, C1 controls, stray symbols): a wrong
    codec turns Chinese into rare characters and symbols. Pure ASCII scores 1.
    """
    classes = _character_classes()
    non_ascii = len(text) - _ascii_count(text)
    if non_ascii == 0:
        return 1.0
    good = sum(len(run) for run in classes.good.findall(text))
    fair = sum(len(run) for run in classes.fair.findall(text))
    bad = non_ascii - good - fair
    return (good + 0.5 * fair - bad) / non_ascii


@dataclass(frozen=True)
class _Classes:
    good: re.Pattern[str]
    fair: re.Pattern[str]


@lru_cache(maxsize=1)
def _character_classes() -> _Classes:
    from claims.text.hanzi import COMMON_HAN

    common = _ranges(sorted(COMMON_HAN))
    punctuation = "\u00b7\u2010-\u2027\u2030-\u203a\u3000-\u303f\uff01-\uff5e\uff5f-\uffef\u00a0"
    fair = "\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
    return _Classes(good=re.compile(f"[{common}{punctuation}]+"), fair=re.compile(f"[{fair}]+"))


def _ranges(chars: list[str]) -> str:
    """A regex character-class body for sorted characters, runs collapsed to ranges."""
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(re.escape(chars[i]) if i == j else f"{re.escape(chars[i])}-{re.escape(chars[j])}")
        i = j + 1
    return "".join(out)
