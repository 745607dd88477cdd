"""Where a decoded article is garbled: replacement characters, lost characters, mojibake.

`garbled_spans(text)` returns half-open code-point spans into the decoded text (the same
offsets claims use). Each signal below marks a few characters with a weight; marks closer
than `_CLUSTER_GAP` form a cluster, and a cluster weighing `_FLAG_WEIGHT` or more is garbled.
Flagged clusters closer than `MERGE_GAP` merge into one passage.

Signals and weights:
- U+FFFD, C1 controls, private-use characters: 2 per run (a decoder gave up; always flagged)
- UTF-8 read as Latin-1/cp1252 (`Ã¤Â¸Â­`, `â€œ`): 1 per mangled character
- hanzi outside GB2312/Big5 level 1 (`鍙戝竷`, `愓`): 1 each. A wrong codec or UTF-8 read as
  GBK lands there; real news text almost never does (see claims.text.hanzi), and one rare
  character alone (a name) stays below the threshold, as does a run of two (傅崐萁, 鵜鶘: a
  name or a word weighs 1; mojibake runs longer or comes back within `_CLUSTER_GAP`)
- `?`/`？` glued to a hanzi where no question is being asked (`中?文`, `??`, `的?!标`):
  2. Many articles use ASCII `?` as their question mark (`嗎?隨著`), so a `?` after a
  question particle or in a clause with an interrogative word is not a mark
- `?` inside a Latin word (`Przemys?aw`), outside URLs: 2 (a character lost to an encoder)
- one ASCII letter or `@_^` glued between hanzi (`标愓f,`, `磉@更`): 1; mojibake leaves stray
  bytes as ASCII, but `A股` or a censored `他x的` alone must not count
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from functools import lru_cache

from claims.text.hanzi import COMMON_HAN, HAN, HAN_BMP_BLOCKS, HAN_CLASS
from claims.text.lines import LineMemo

# Flagged passages closer than this many characters become one passage.
MERGE_GAP = 8
# Marks at most this far apart count together.
_CLUSTER_GAP = 3
_FLAG_WEIGHT = 2
# The most rare hanzi in a row a real word or name holds (傅崐萁's 崐萁, 鵜鶘): one mark, not two.
_RARE_WORD = 2
# How far back to look for an interrogative before a `?` (a clause is rarely longer).
_QUESTION_LOOKBACK = 60

_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
# A UTF-8 lead byte (Â..ô) followed by continuation bytes (0x80-0xBF) as Latin-1 or cp1252.
_MOJIBAKE_PAIR = f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}"
_LATIN_MOJIBAKE = f"{_MOJIBAKE_PAIR}(?:{_MOJIBAKE_PAIR})*"
# `[…][…]*`, not `[…]+`: a pattern that opens on a character class lets the regex engine skip in
# C to a character of it, one that opens on a repeat does not (50 generated articles: each of these
# scans ~3x faster, the same matches; tests/test_garbled.py).
_HARD = "[\ufffd\u0080-\u009f\ue000-\uf8ff][\ufffd\u0080-\u009f\ue000-\uf8ff]*"
_QUESTION_MARKS = "[?？][?？]*(?:[!！]+[?？]*)*"
# The letter opens the match and the hanzi before it is looked behind at: the regex engine then
# skips in C to a letter, where a hanzi first stops it at every hanzi (50 generated articles:
# 7.9 -> 4.7 ms, the same marks). `_tagged` reports the mark from the hanzi, as it did.
_GLUED_ASCII = f"[A-Za-z@_^`|~](?<=[{HAN_CLASS}].)(?=[{HAN_CLASS}，。、“”,])"

# Particles that end a question, and words that make a clause a question, in both scripts.
_QUESTION_PARTICLES = frozenset("吗嗎呢吧嘛么麼啊呀哇啦")
_INTERROGATIVE = re.compile(
    "什么|什麼|怎|为何|為何|如何|哪|谁|誰|何|多[少大久长長远遠快高深重]|几|幾|是否|是不是|有没有|有沒有"
    "|能不能|会不会|會不會|要不要|对不对|對不對|难道|難道|还是|還是|啥|咋|可否|吗|嗎|呢"
)
_CLAUSE_END = re.compile("[。！!？?；;\n…]")
_AFTER_QUESTION = re.compile(r"[\s”’」』\"')）】]|$")


@lru_cache(maxsize=1)
def _mark_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Separate patterns, each starting with a character class: the regex engine then skips
    # ordinary text in C, where one alternation would try every branch at every position.
    rare = _rare_han_class()
    return (
        ("latin", re.compile(_LATIN_MOJIBAKE)),
        ("hard", re.compile(_HARD)),
        ("ask", re.compile(_QUESTION_MARKS)),
        ("rare", re.compile(f"[{rare}][{rare}]*")),  # (a class and its repeat: see _HARD)
        ("glued", re.compile(_GLUED_ASCII)),
    )


def _marks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, matched text) of every candidate mark, in text order. The mojibake
    and hard patterns only where a character either opens with stands (one scan for both:
    most texts hold none, 50 generated articles 8.7 -> ~3 ms)."""
    patterns = _mark_patterns()
    if _MOJIBAKE_OR_HARD.search(text) is None:
        patterns = tuple(p for p in patterns if p[0] not in ("latin", "hard"))
    return heapq.merge(*(_tagged(kind, pattern, text) for kind, pattern in patterns))


# What a mojibake mark (_LATIN_MOJIBAKE: a UTF-8 lead byte as Latin-1) or a hard one (_HARD) opens with.
_MOJIBAKE_OR_HARD = re.compile("[\u00c2-\u00f4\ufffd\u0080-\u009f\ue000-\uf8ff]")


def _tagged(kind: str, pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str, str]]:
    if kind == "glued":  # matched from the letter: the mark spans the hanzi before it too
        for m in pattern.finditer(text):
            yield m.start() - 1, m.end(), kind, text[m.start() - 1 : m.end()]
        return
    for m in pattern.finditer(text):
        yield m.start(), m.end(), kind, m.group()


def _rare_han_class() -> str:
    """Character-class body for hanzi outside COMMON_HAN (ranges, so the regex stays small)."""
    parts: list[str] = []
    for low, high in HAN_BMP_BLOCKS:
        start = None
        for cp in range(low, high + 2):
            rare = cp <= high and chr(cp) not in COMMON_HAN
            if rare and start is None:
                start = cp
            elif not rare and start is not None:
                parts.append(chr(start) if start == cp - 1 else f"{chr(start)}-{chr(cp - 1)}")
                start = None
    parts.append("\U00020000-\U0003134f")
    return "".join(parts)


def garbled_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of garbled passages in `text`, sorted, non-overlapping."""
    clusters: list[list[int]] = []  # [start, end, weight]
    for start, end, weight in _weighted_marks(text):
        if clusters and start - clusters[-1][1] <= _CLUSTER_GAP:
            last = clusters[-1]
            last[1] = max(last[1], end)
            last[2] += weight
        else:
            clusters.append([start, end, weight])
    spans: list[tuple[int, int]] = []
    for start, end, weight in clusters:
        if weight < _FLAG_WEIGHT:
            continue
        if spans and start - spans[-1][1] < MERGE_GAP:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _weighted_marks(text: str) -> Iterator[tuple[int, int, int]]:
    """Each mark of `text` and its weight, in text order. A mark and its weight are the line's:
    no mark holds a newline, and what a weight reads around its mark (the characters beside it,
    its clause, back to a clause end or a newline) stops at one, so the marks of a line are
    the same wherever it stands (`_line_marks`, cached). Two weights read the whole text: a
    lone ASCII `?`'s (`_uses_ascii_question_marks`) and a `?` in a Latin word's (`_in_url`
    reads on past the line's end), so the line's marks leave them open (None, _IN_WORD)."""
    lone_qmark_weight: int | None = None  # decided on the first `?` that needs it
    offset = 0
    for line, marks in _line_marks(text):
        for start, end, weight in marks:
            start, end = start + offset, end + offset
            if weight is None:  # a lone ASCII `?`: what it weighs depends on how the article uses them
                if lone_qmark_weight is None:
                    lone_qmark_weight = 1 if _uses_ascii_question_marks(text) else _FLAG_WEIGHT
                weight = lone_qmark_weight
            elif weight == _IN_WORD:
                if _in_url(text, start):
                    continue
                weight = _FLAG_WEIGHT  # `Przemys?aw`: a letter lost
            yield start, end, weight
        offset += len(line) + 1


Marks = tuple[tuple[int, int, int | None], ...]  # a line's marks: start, end (in the line), weight
_IN_WORD = -1  # the weight of a `?` inside a Latin word until `_in_url` is asked


def _line_marks(text: str) -> list[tuple[str, Marks]]:
    """Each line of `text` with its marks (`_local_marks`), remembered per line (`LineMemo`)."""
    return _LINE_MARKS.lines(text)


_LINE_MARKS: LineMemo[tuple[int, int, int | None]] = LineMemo(
    lambda text: ((m[0], m) for m in _local_marks(text)), lambda m, at: (m[0] - at, m[1] - at, m[2])
)


def _local_marks(text: str) -> Iterator[tuple[int, int, int | None]]:
    """The marks of `text` and the weights their lines give them (None, _IN_WORD: left open)."""
    for start, end, kind, matched in _marks(text):
        if kind == "hard":
            yield start, end, _FLAG_WEIGHT
        elif kind == "latin":
            yield start, end, max(1, (end - start) // 2)
        elif kind == "rare":
            # Reduplication (哔哔, 嘤嘤) is how real text repeats a rare character, and a lone pair is a
            # name or a word (傅崐萁, 鵜鶘): mojibake runs on (鍙戝竷) or comes back within a few characters.
            distinct = len(set(matched))
            yield start, end, 1 if distinct <= _RARE_WORD else distinct
        elif kind == "glued":
            yield start + 1, end, 1
        elif kind == "ask":
            if _inside_latin_word(text, start, end):
                yield start, end, _IN_WORD
                continue
            weight = _question_mark_weight(text, start, end)
            if weight is None or weight:
                yield start, end, weight


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    return (
        end - start == 1
        and text[start] == "?"
        and start > 0
        and text[start - 1].isascii()
        and text[start - 1].isalpha()
        and end < len(text)
        and "a" <= text[end] <= "z"
    )


def _question_mark_weight(text: str, start: int, end: int) -> int | None:
    """How much a run of question marks looks like lost characters rather than a question;
    None for a lone ASCII `?` glued to a hanzi before it, which weighs as the article's lone
    ones do (`_uses_ascii_question_marks`, asked only then: most articles have none)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not _is_han(before) and not _is_han(after):
        return 0  # `640?wx_fmt=`, `A?`, `2?`: not glued to hanzi
    marks = sum(1 for c in text[start:end] if c in "?？")
    if marks < 2 and (not _is_han(before) or _AFTER_QUESTION.match(text, end)):
        # a lone `?` at a clause end reads as a question mark (whether its clause asks or not:
        # checked first, the cheaper test)
        return 0
    if _is_han(before) and _asks_question(text, start):
        return 0
    if marks >= 2:
        return _FLAG_WEIGHT  # `??` glued to hanzi with no question asked
    if "?" not in text[start:end]:
        return 1  # `？` is the standard question mark; alone it proves nothing
    return None


def _uses_ascii_question_marks(text: str) -> bool:
    """Whether the article's ASCII `?` after hanzi mostly ends questions (its question mark)."""
    questions = lost = 0
    for m in _HAN_THEN_QMARK.finditer(text):
        if _asks_question(text, m.end() - 1):
            questions += 1
        else:
            lost += 1
    return questions >= lost


def _asks_question(text: str, qmark: int) -> bool:
    if text[qmark - 1] in _QUESTION_PARTICLES:
        return True
    lookback = max(0, qmark - _QUESTION_LOOKBACK)
    clause_start = lookback
    for m in _CLAUSE_END.finditer(text, lookback, qmark):
        clause_start = m.end()
    return _INTERROGATIVE.search(text, clause_start, qmark) is not None


def _in_url(text: str, pos: int) -> bool:
    start = pos
    while start > 0 and not text[start - 1].isspace() and pos - start < 200:
        start -= 1
    token = text[start : pos + 40]
    return "/" in token or "=" in token or "&" in token


# A `?` after a hanzi: the mark opens the match, the hanzi is looked behind at, so the engine skips
# in C to a `?` where a hanzi first stopped it at every hanzi (100 generated articles: 274 -> 19 µs
# an article); the matches end where they did (tests/test_garbled.py).
_HAN_THEN_QMARK = re.compile(f"\\?(?<=[{HAN_CLASS}]\\?)")


def _is_han(char: str) -> bool:
    return bool(char) and HAN.match(char) is not None


def text_quality(text: str, spans: list[tuple[int, int]]) -> float:
    """1 - garbled non-space characters / non-space characters, rounded to 4 places."""
    total = _non_space(text, 0, len(text))
    if total == 0:
        return 1.0
    garbled = sum(_non_space(text, start, end) for start, end in spans)
    return round(max(0.0, 1 - garbled / total), 4)


def _non_space(text: str, start: int, end: int) -> int:
    r"""Characters of text[start:end] (0 <= start <= end) that are not whitespace. `split()`
    drops exactly what regex `\s` matches (both use Unicode's whitespace), in C, where a
    Python loop over whitespace matches cost ~2 µs a line."""
    chunk = text[start:end]
    return (end - start) - (len(chunk) - sum(map(len, chunk.split())))


def is_garbled(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) of `text` overlaps a span from garbled_spans(text)."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"bad span [{start}, {end}) for text of length {len(text)}")
    if start == end:
        return False  # an empty span overlaps nothing
    i = bisect.bisect_right(spans, (start, len(text) + 1))
    # spans[i-1] starts at or before `start`; spans[i] starts after it.
    if i and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end
