"""Normalisation on a copy, with an offset map back to the original text.

Extractors match on `NormalisedText.text`: simplified script (OpenCC t2s), half-width
ASCII (full-width digits, letters and punctuation folded), and without the noise that
breaks patterns: markdown image links and URLs, emphasis `*`, heading `#` and quote `>`
markers, pinyin annotations inside words (`進(jìn)行` → `进行`), zero-width characters,
and spaces that touch a Han character (`2.5年内实 现` → `2.5年内实现`, `超 4 亿` → `超4亿`).

Every normalised index maps back into the original text, monotonically, so a match on
the copy always yields `raw[start:end]` in the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from opencc import OpenCC

from claims.text.hanzi import HAN_CLASS
from claims.text.lines import LineMemo

# t2s, not tw2sp: tw2sp also rewrites vocabulary (滑鼠 → 鼠标), changing what a source said.
_T2S = OpenCC("t2s")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

LINE_MARKERS = r"^[ \t]*(?:(?:>[ \t]?)+|#{1,6}[ \t]+|[-+][ \t]+(?=\S))"

# Noise deleted from the copy. Separate patterns, each starting on a concrete character so
# the regex engine can skip ahead in C; overlapping spans are merged (their union goes).
_NOISE = tuple(
    re.compile(p, re.M)
    for p in (
        r"!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)",  # image links
        r"\]\((?:https?://|/|#)[^)\n]{0,2000}\)",  # the target half of a markdown link
        r"https?://[^\s\u3000-\u303f\uff00-\uffef" + HAN_CLASS + r"\"'<>)\]]+",  # bare URLs
        # Line markers: quotes (nested too), headings, list bullets. One pattern: each line start
        # is tried once, not once a marker (each opens on its own character, so at most one
        # matches a line; tests/test_normalise.py), 3x faster.
        LINE_MARKERS,
        # emphasis: `\*+|_{2,}(?<!\w__)|_{2,}(?!\w)`, each alternative opening on its character, so
        # the engine skips in C to a `*` or `_` (3.5x faster on 50 generated articles than a lookahead first)
        r"\*\**|_(?:_+(?<!\w__)|_+(?!\w))",
        # pinyin after a Han character: 進(jìn)行
        r"[(（](?<=["
        + HAN_CLASS
        + r"][(（])(?=[a-zü"
        + _TONED
        + r"]{1,7}[)）])(?=[^)）]*["
        + _TONED
        + r"])[a-zü"
        + _TONED
        + r"]{1,7}[)）]",
        r"[\u200b-\u200f\u2060\ufeff\u00ad]",  # zero-width and soft hyphen
    )
)
# Spaces are noise only where they touch a Han character or CJK punctuation: a whole run of
# spaces (never part of one), with such a character just before or just after it. One regex
# (a space first, so most positions fail at once) instead of a Python test per run of spaces:
# ~2.7x faster on the seeds, which have thousands of runs.
_SPACE = r"[ \t\u3000\u00a0]"
_CJK_CLASS = "[" + HAN_CLASS + r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]"
# It opens on a space, and looks behind that space (a run's first, after a CJK character), so
# the engine skips in C to a space: 1.9x faster on 50 generated articles than a lookahead first.
# A dash with spaces on both sides keeps them: it is a flattened list's bullet (核心财务业绩 - 第三季度…
# - 汽车毛利率为14.7%), which claims.text.segment reads as the end of an item, not a hyphen (京-沪).
BULLET_DASH = "[-–—]"
_SPACES_NEAR_CJK = re.compile(
    rf"{_SPACE}(?<!{_SPACE}{_SPACE})(?<!{_SPACE}{BULLET_DASH}{_SPACE})"
    rf"(?:(?<={_CJK_CLASS}{_SPACE}){_SPACE}*(?!{_SPACE})(?!{BULLET_DASH}{_SPACE})|{_SPACE}*(?!{_SPACE})(?={_CJK_CLASS}))"
)
# `[` that opens a markdown link whose target we drop.
_LINK_OPEN = re.compile(r"\[(?=[^\]\n]{0,300}\]\((?:https?://|/|#))")

_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
# The ratio sign ∶ (U+2236) is how Chinese type sets a score or a ratio (4∶1, 1∶1): a colon.
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0xFF5E: 0x7E, 0x2236: 0x3A})
# The characters _WIDTH maps. `str.translate` with a dict looks up every character of an
# article (~0.2 µs each); substituting only the few full-width ones is ~3x faster, same text.
_WIDE = re.compile("[\uff01-\uff5e\u3000\u00a0\u2236]")


def _fold_width(text: str) -> str:
    """`text.translate(_WIDTH)`, for long texts: one-to-one, so offsets keep their place. Each
    full-width character the text holds replaced throughout in C, not one Python call a
    character (50 generated articles: 16,034 of them, 6.5 -> 4.5 ms); what it becomes is
    ASCII, never replaced again, so one scan finds each character to replace, in order (not a
    string made for each of the text's full-width characters, most of them ，)."""
    at = 0
    while (m := _WIDE.search(text, at)) is not None:  # the next full-width character not yet replaced
        wide = m.group()
        text = text.replace(wide, chr(_WIDTH[ord(wide)]))
        at = m.start() + 1
    return text


_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")


@dataclass(frozen=True)
class NormalisedText:
    """The normalised copy and its map back to the original.

    The map is a list of aligned segments: normalised `[n, n + nl)` came from raw
    `[r, r + rl)`; segments are linear when `nl == rl` and proportional otherwise
    (OpenCC may change a run's length).
    """

    text: str
    raw_len: int
    _n: tuple[int, ...]
    _r: tuple[int, ...]
    _nl: tuple[int, ...]
    _rl: tuple[int, ...]

    def to_raw(self, i: int) -> int:
        """The raw index of normalised index `i` (0 <= i <= len(text))."""
        if not 0 <= i <= len(self.text):
            raise IndexError(i)
        if not self._n:
            return 0 if i == 0 else self.raw_len
        if i == len(self.text):
            return self._r[-1] + self._rl[-1]
        k = bisect_right(self._n, i) - 1
        off = i - self._n[k]
        if self._nl[k] == self._rl[k]:
            return self._r[k] + off
        return self._r[k] + off * self._rl[k] // self._nl[k]

    def to_raw_end(self, e: int) -> int:
        """The raw end of a half-open normalised span ending at `e` (> 0)."""
        if e <= 0:
            return self.to_raw(0)
        k = bisect_right(self._n, e - 1) - 1
        off = e - self._n[k]
        if off >= self._nl[k]:
            return self._r[k] + self._rl[k]
        if self._nl[k] == self._rl[k]:
            return self._r[k] + off
        return self._r[k] + -(-off * self._rl[k] // self._nl[k])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to the raw span it came from: `to_raw(start),
        to_raw_end(end)`, without their calls where the span starts in a segment copied as
        it was (48k spans on 50 generated articles: claims, sentences, paragraphs, which
        cross the segments that deleted spaces leave; tests/test_normalise.py)."""
        n, nl, rl = self._n, self._nl, self._rl
        if n and 0 <= start < end < len(self.text):
            k = bisect_right(n, start) - 1  # the segments tile the text: [n[k], n[k] + nl[k]) holds start
            if k >= 0 and nl[k] == rl[k]:
                raw_start = self._r[k] + start - n[k]
                if end - n[k] <= nl[k]:
                    return raw_start, raw_start + end - start  # in one segment
                j = bisect_right(n, end - 1, k) - 1  # the segment of the span's last character
                off = end - n[j]
                if off >= nl[j]:
                    return raw_start, self._r[j] + rl[j]
                if nl[j] == rl[j]:
                    return raw_start, self._r[j] + off
        return self.to_raw(start), self.to_raw_end(end)


def fold(text: str) -> str:
    """Width folding and t2s without an offset map (for keys and lookups)."""
    return _T2S.convert(text.translate(_WIDTH))


def fold_text(text: str) -> str:
    """`fold`, for a long text (an article's head, its body): the same string, its width
    folded by `_fold_width`, not `str.translate` (a dict lookup a character: an article's
    ~12,000 Han characters 1.2 -> 0.07 ms), and converted line by line (`_t2s_lines`), so a
    line the loader converts (claims.sources.load: the script, the date and outlet lines) is
    not converted again by `normalise`, nor the other way round. Short keys keep `fold`:
    translate is as fast on a few characters, and faster on ASCII."""
    return _t2s_lines(_fold_width(text))


def normalise(raw: str) -> NormalisedText:
    kept = _kept_spans(raw)
    whole = _fold_width(raw)  # one-to-one, so slices of it line up with `kept`
    folded = [whole[a:b] for a, b in kept]
    joined = "".join(folded)
    converted = _t2s_lines(joined)
    n, r, nl, rl = [], [], [], []
    if len(converted) == len(joined):
        acc = 0
        for a, b in kept:
            n.append(acc)
            r.append(a)
            nl.append(b - a)
            rl.append(b - a)
            acc += b - a
        return NormalisedText(converted, len(raw), tuple(n), tuple(r), tuple(nl), tuple(rl))
    return _convert_run_by_run(len(raw), kept, folded)


def _t2s_lines(text: str) -> str:
    """`_T2S.convert(text)`, each line remembered: outlets reprint paragraphs (50 generated
    articles: 14,961 lines, 35 % of their characters distinct; /tmp/realall's 415 real texts:
    71 %), so only the lines not seen before are converted, in one call. Exact: OpenCC matches
    dictionary entries, none of which holds a newline, from each position, and writes no
    newline: a text converts as its lines do (tests/test_normalise.py)."""
    lines = text.split("\n")
    out = [_T2S_LINES.get(line) for line in lines]
    new = [i for i, line in enumerate(out) if line is None]
    if new:
        converted = _T2S.convert("\n".join([lines[i] for i in new])).split("\n")
        if len(converted) != len(new):  # never: OpenCC keeps every newline
            return _T2S.convert(text)
        if len(_T2S_LINES) + len(new) > T2S_LINES:
            _T2S_LINES.clear()
        for i, line in zip(new, converted, strict=True):
            out[i] = _T2S_LINES[lines[i]] = line
    return "\n".join(out)  # type: ignore[arg-type]  # every line is set by now


_T2S_LINES: dict[str, str] = {}  # a line of normalised text -> its t2s conversion (`_t2s_lines`)
T2S_LINES = 1 << 13  # lines remembered before starting over (each ~130 characters: a few MB)


def _kept_spans(raw: str) -> list[tuple[int, int]]:
    """The spans of `raw` left once noise (markup, pinyin, URLs …) is cut out."""
    kept: list[tuple[int, int]] = []
    pos = 0
    for a, b in _iter_noise(raw):  # ~500 spans an article: unpacked, no max() call
        if a > pos:
            kept.append((pos, a))
        if b > pos:
            pos = b
    if pos < len(raw):
        kept.append((pos, len(raw)))
    return kept


def _convert_run_by_run(raw_len: int, kept: list[tuple[int, int]], folded: list[str]) -> NormalisedText:
    """Rare: OpenCC changed a run's length. Convert Han runs one by one and map the
    changed ones proportionally; everything else stays one-to-one."""
    n: list[int] = []
    r: list[int] = []
    nl: list[int] = []
    rl: list[int] = []
    parts: list[str] = []
    acc = 0
    for (a, _), piece in zip(kept, folded, strict=True):
        last = 0
        for hm in _HAN_RUN.finditer(piece):
            for seg_start, seg_text, out in (
                (last, piece[last : hm.start()], piece[last : hm.start()]),
                (hm.start(), hm.group(), _convert_run(hm.group())),
            ):
                if seg_text:
                    n.append(acc)
                    r.append(a + seg_start)
                    nl.append(len(out))
                    rl.append(len(seg_text))
                    parts.append(out)
                    acc += len(out)
            last = hm.end()
        if last < len(piece):
            n.append(acc)
            r.append(a + last)
            nl.append(len(piece) - last)
            rl.append(len(piece) - last)
            parts.append(piece[last:])
            acc += len(piece) - last
    # Drop empty segments (a run OpenCC mapped to nothing) so bisect stays exact.
    segs = [(x, y, p, q) for x, y, p, q in zip(n, r, nl, rl, strict=True) if p > 0]
    return NormalisedText(
        "".join(parts),
        raw_len,
        tuple(s[0] for s in segs),
        tuple(s[1] for s in segs),
        tuple(s[2] for s in segs),
        tuple(s[3] for s in segs),
    )


@lru_cache(maxsize=4096)
def _convert_run(run: str) -> str:
    return _T2S.convert(run)


_span = re.Match.span


def _iter_noise(raw: str) -> list[tuple[int, int]]:
    """Deleted spans, sorted; link brackets merged in. A line's are its own: no noise pattern
    matches a newline or reads past one (a newline stands where a line starts or ends), so a
    reprinted line's spans are remembered (`_LINE_NOISE`), and the lines not seen before are
    scanned in one pass, joined as they stand (tests/test_normalise.py)."""
    out: list[tuple[int, int]] = []
    offset = 0
    for line, spans in _LINE_NOISE.lines(raw):
        if spans:
            out.extend([(a + offset, b + offset) for a, b in spans])
        offset += len(line) + 1
    return out


_LINE_NOISE: LineMemo[tuple[int, int]] = LineMemo(
    lambda text: ((span[0], span) for span in _noise_spans(text)), lambda span, at: (span[0] - at, span[1] - at)
)


def _noise_spans(raw: str) -> list[tuple[int, int]]:
    """The deleted spans of `raw`, sorted, empty ones dropped."""
    # (each match's span read in C: 50 generated articles hold ~25,000 noise spans)
    spans = [span for pattern in _NOISE for span in map(_span, pattern.finditer(raw))]
    spans.extend(map(_span, _SPACES_NEAR_CJK.finditer(raw)))
    if "[" in raw:
        spans.extend(map(_span, _LINK_OPEN.finditer(raw)))
    spans.sort()
    return [s for s in spans if s[1] > s[0]]
