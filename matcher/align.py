"""Aligning two renderings of one quote: which differences change what was said.

Outlets quote the same words with other punctuation, script or width, with a sentence
particle more or less (`…我老叔。` / `…我老叔吧。`), or with an editor's gloss in
brackets (`你老弟（指刘锁柱）`): the words are the same. A quote that gains or loses a
negation (`会` / `不会`), gives another figure (`三倍` / `五倍`), or swaps a content
word for another (`更多` / `更少`, `快` / `慢`) no longer says the same thing, however
alike the rest. An excerpt (one side adds or drops whole stretches at its ends) is the
same quote cut shorter.

`align_quotes` folds both texts (script, width, punctuation, glosses), aligns them
character by character with rapidfuzz's Levenshtein opcodes, and classifies each
differing stretch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from claims.extractors.quotes import normalized_quote
from claims.text.normalise import fold
from claims.values.numerals import parse_number

PARTICLES = frozenset("吧呢啊了的嘛呀哦么啦呗哈着嗯哇哎唉")
# Negations, not the words that start with their characters (非常, 无论, 未来, 否则, 别人, 不但).
NEGATION = re.compile(r"不(?!仅|但|过|论|断|少|久)|没|未(?!来)|无(?!论)|非(?!常)|别(?!人|的|说)|莫|勿|否(?!则)")
# A figure: a digit, or a Chinese numeral other than a lone 一 (一直, 这一次 count nothing).
_NUMBER = re.compile(r"[0-9零〇两二三四五六七八九十百千万亿半]|一[0-9零〇一二两三四五六七八九十百千万亿]")
# Simplified characters written for one another (想象/想像, 作为/做为) that t2s leaves apart.
VARIANTS = str.maketrans("像做账唯借", "象作帐惟藉")
# An editor's note inside a quote: （指刘锁柱）, （即…）, （记者注：…）. Other brackets are the speaker's.
GLOSS = re.compile(r"[（(](?:指|即|注|按|编者注|编注|记者注|译注)[^（）()]{0,24}[）)]")
WORD_SWAP = 4  # a replaced stretch up to this many characters on each side is a word swap, not a rewrite
SHORT = 2  # an added or dropped stretch this short inside a quote (不, 没, 三) can change it; longer ones elaborate
# Opposites a misquote swaps (多→少, 快→慢): either order, one character each.
ANTONYMS = tuple(
    tuple(pair)
    for pair in "多少 快慢 高低 大小 增减 升降 涨跌 涨降 好坏 强弱 早晚 长短 上下 进退 买卖 输赢 胜负 真假 对错 新旧 难易 是否 有无 正负 开关 前后 首末".split()
)
# Pronouns, connectives and speech verbs that reported speech rewrites (我们 → 他们, 所以 → 对他来说).
FUNCTION_WORDS = tuple(
    "我 你 他 她 它 咱 您 这 那 其 该 所以 因此 因为 但 而 且 就 也 都 还 又 对 说 讲 称 表示 认为 觉得 指出 强调 来说 看来".split()
)


@dataclass(frozen=True)
class QuoteDiff:
    changed: bool  # the two texts say different things
    reason: str  # negation | number | word | "" (the same words)
    pairs: tuple[tuple[str, str], ...] = ()  # the differing stretches that matter, (a, b)

    def describe(self) -> str:
        shown = "; ".join(f"“{a or '∅'}” → “{b or '∅'}”" for a, b in self.pairs[:3])
        return f"{self.reason} changed: {shown}" if self.changed else "same words"


@lru_cache(maxsize=1 << 16)
def fold_quote(text: str) -> str:
    """Script, width, punctuation, glosses and variant characters folded away."""
    return normalized_quote(fold(GLOSS.sub("", text))).translate(VARIANTS)


def align_quotes(a: str, b: str) -> QuoteDiff:
    """Classify the differences between two renderings of a quote. When one is much
    shorter it is aligned with the stretch of the other that carries it (an excerpt)."""
    fa, fb = fold_quote(a), fold_quote(b)
    if min(len(fa), len(fb)) < 0.8 * max(len(fa), len(fb)):
        shorter, longer = sorted((fa, fb), key=len)
        al = fuzz.partial_ratio_alignment(shorter, longer)
        if al is not None:
            window = longer[al.dest_start : al.dest_end]
            fa, fb = (shorter, window) if len(fa) <= len(fb) else (window, shorter)
    ops = [op for op in Levenshtein.opcodes(fa, fb) if op.tag != "equal"]
    pairs: list[tuple[str, str]] = []
    reason = ""
    for n, op in enumerate(ops):
        sa, sb = fa[op.src_start : op.src_end], fb[op.dest_start : op.dest_end]
        if all(ch in PARTICLES for ch in sa + sb):
            continue  # 吧, 了, 的: the same words
        edge = (n == 0 and op.src_start == 0 and op.dest_start == 0) or (
            n == len(ops) - 1 and op.src_end == len(fa) and op.dest_end == len(fb)
        )
        why = _why(sa, sb, op.tag, edge)
        if why:
            pairs.append((sa, sb))
            reason = reason or why
    return QuoteDiff(bool(pairs), reason, tuple(pairs))


def _why(sa: str, sb: str, tag: str, edge: bool) -> str:
    """Why one differing stretch changes the meaning, or "" when it does not. Stretches
    added or dropped at either end are a cut or a reporter's framing (对他来说…); long
    replaced stretches are a rewrite this check does not judge."""
    if tag != "replace":
        if edge or max(len(sa), len(sb)) > SHORT:
            return ""  # an excerpt or an elaboration: more or fewer words, not other words
        added = sa + sb
        if NEGATION.search(added):
            return "negation"  # 会 → 不会
        return "number" if _NUMBER.search(added) else ""  # 这次 → 这一次 is no figure
    if max(len(sa), len(sb)) > WORD_SWAP:
        return ""
    if bool(NEGATION.search(sa)) != bool(NEGATION.search(sb)):
        return "negation"
    if _NUMBER.search(sa) and _NUMBER.search(sb):
        na, nb = parse_number(sa), parse_number(sb)
        return "" if na is not None and na == nb else "number"  # 三 and 3 are one figure
    if _antonyms(sa, sb):
        return "word"
    if edge or _function_words(sa) or _function_words(sb) or max(len(sa), len(sb)) < 2:
        return ""  # 我们 → OpenAI, 确是 → 却是: reported speech or a slip, not other words
    return "word" if max(len(sa), len(sb)) <= 2 else ""


def _antonyms(sa: str, sb: str) -> bool:
    return any({x, y} <= set(sa + sb) and (x in sa) != (x in sb) for x, y in ANTONYMS)


def _function_words(text: str) -> bool:
    return any(w in text for w in FUNCTION_WORDS)
