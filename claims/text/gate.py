"""First-character gates for big alternations: `gated(src)` compiles `src` as `re.compile` would, but
with the set C of every character a match of `src` can start with written into the compiled pattern's
info block, as the regex compiler does itself for a pattern that opens on a literal or a class: the
regex engine then skips in C to the next character of C and tries the pattern only there, where it
otherwise tries it at every position (an alternation of words and classes, a pattern that opens
on a lookbehind, an optional character or a repeat). A match is found at exactly the same places (no
match can start elsewhere), so results are identical, and the pattern reads as written (`.pattern`
is `src`). Under IGNORECASE or LOCALE the class is checked by a lookahead instead, `(?=[C])(?:src)`
(the info block's set is read case-sensitively). When the first characters cannot be listed (`.`, a
negated class, a pattern that can match the empty string) or the wrapping would change how `src`
reads (inline global flags, verbose mode), `src` compiles as is.
"""

from __future__ import annotations

import importlib
import re
import sys
from functools import cache
from typing import Any

# The regex parser and compiler that `re` itself uses (no typing stubs: the modules `sre_parse`,
# `sre_constants` and `sre_compile` name), and the engine's own compile.
P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")
K: Any = importlib.import_module("re._compiler")
SRE: Any = importlib.import_module("_sre")

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


# Every pattern given a gate, as written (tests/test_gate.py checks each matches where it did).
GATED: list[tuple[str, int | re.RegexFlag]] = []


class _Unlisted(Exception):
    """The first characters cannot be written as a class."""


def gated(src: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`src` compiled to try a match only where one of its first characters stands (see the module doc)."""
    gate = _gate_of(src, flags)
    if gate is None:
        return re.compile(src, flags)
    GATED.append((src, flags))
    parsed, first = gate
    op, av = P.parse(first).data[0]
    items = av if op is C.IN else [(op, av)]
    if (parsed.state.flags | flags) & re.IGNORECASE:
        items = _either_case(items)
    if items is None or (parsed.state.flags | flags) & re.LOCALE:
        return re.compile(f"(?={first})(?:{src})", flags)  # the lookahead shares the pattern's flags
    if not (parsed.state.flags | flags) & re.ASCII:
        items = [item for op, av in items for item in (_listed(av) if op is C.CATEGORY else [(op, av)])]
    try:
        return _starting_with(parsed, src, int(flags), items)
    except (AttributeError, TypeError, ValueError, RuntimeError):  # another interpreter's engine internals
        return re.compile(f"(?={first})(?:{src})", flags)


@cache
def _listed(category: Any) -> list[tuple[Any, Any]]:
    """A class category (\\d, \\s, \\w) as the characters it holds in the BMP, and every character
    beyond (a superset, as a gate may be): the engine then looks a character up in one table, where a
    category is a call of Unicode's tables for each character the rest of the set does not hold."""
    bmp = "".join(map(chr, range(0x10000)))
    held = re.findall(f"[{_CATEGORY[category]}]", bmp)
    return [*((C.LITERAL, ord(c)) for c in held), (C.RANGE, (0x10000, sys.maxunicode))]


# Under IGNORECASE an ASCII letter matches its other case and, for i, s and k, the characters the regex
# engine folds with them (re._compiler's _equivalences and simple case mappings: İ and ı, ſ, the Kelvin
# sign); tests/test_gate.py checks this list against the engine over all of Unicode.
_FOLDED_WITH = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _either_case(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """Class items that hold every character an IGNORECASE match can start with, given those of the
    pattern as written; None where a cased character is not an ASCII letter (its foldings unlisted)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is C.RANGE and any(map(SRE.unicode_iscased, range(av[0], av[1] + 1))):
            if av[1] - av[0] > _CASED_RANGE:
                return None
            more = _either_case([(C.LITERAL, c) for c in range(av[0], av[1] + 1)])
            if more is None:
                return None
            out += more
        elif op is C.LITERAL and SRE.unicode_iscased(av):
            letter = chr(av).lower()
            if not (letter.isascii() and letter.isalpha()):
                return None
            out += [(C.LITERAL, ord(c)) for c in letter + letter.upper() + _FOLDED_WITH.get(letter, "")]
        elif op is C.CATEGORY and av not in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            return None  # \w: its foldings unlisted
        else:
            out.append((op, av))
    return out


_CASED_RANGE = 64  # a range of cased characters is listed up to this long (a-z), not a whole script


def first_class(src: str, flags: int | re.RegexFlag = 0) -> str | None:
    """The class of the characters a match of `src` can start with (`[ac]` for `ab|cd`), None where
    it cannot be listed: what `gated` gates `src` by."""
    gate = _gate_of(src, flags)
    return None if gate is None else gate[1]


def _gate_of(src: str, flags: int | re.RegexFlag) -> tuple[Any, str] | None:
    try:
        parsed = P.parse(src, flags)
        if parsed.state.flags & ~(flags | re.UNICODE) or parsed.state.flags & re.VERBOSE:
            raise _Unlisted("inline (?i) flags must stay first; a verbose comment would swallow the `)`")
        first, nullable = _first(parsed.data)
    except _Unlisted:
        return None
    if nullable or not first or parsed.getwidth()[0] == 0:
        return None
    return parsed, f"[{''.join(sorted(first))}]"


def _starting_with(parsed: Any, src: str, flags: int, first: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """`parsed` compiled as `re.compile(src, flags)` compiles it (re._compiler.compile), its info block
    naming the characters a match starts with (`first`, class items), as re._compiler._compile_info
    writes one for a pattern that opens on a class: (INFO, skip, CHARSET, min width, max width, the set).
    The engine tests a character against that set as it stands (no case folding)."""
    flags |= parsed.state.flags
    charset, _ = K._optimize_charset(first)
    low, high = parsed.getwidth()
    code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(low, K.MAXCODE), min(high, K.MAXCODE)]
    K._compile_charset(charset, flags & ~re.IGNORECASE, code)
    code[1] = len(code) - 1
    K._compile(code, parsed.data, flags)
    code.append(C.SUCCESS)
    groups = parsed.state.groupdict
    index = [None] * parsed.state.groups
    for name, i in groups.items():
        index[i] = name
    return SRE.compile(src, flags, code, parsed.state.groups - 1, groups, tuple(index))


def _first(items: Any) -> tuple[set[str], bool]:
    """(class items a match of this sequence can start with, can it match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # ^, \b, lookarounds: they consume nothing, the next item starts the match
        if op is C.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is C.IN:
            return out | _class(av), False
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                chars, nullable = _first(branch.data if hasattr(branch, "data") else branch)
                out |= chars
                empty |= nullable
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unlisted(op)  # (?i:…): the gate would not share the group's flags
            chars, nullable = _first(av[-1].data)
        elif op in _REPEATS:
            chars, nullable = _first(av[2].data)
            nullable = nullable or av[0] == 0
        else:
            raise _Unlisted(op)  # ANY, NOT_LITERAL, GROUPREF, ...
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _class(items: Any) -> set[str]:
    out = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORY:
            out.add(_CATEGORY[av])
        else:
            raise _Unlisted(op)  # a negated class, \D, \S, \W
    return out


# Every `Holds` made, as written (tests/test_gate.py checks each answers where its pattern matches).
HELD: list[Holds] = []


class Holds:
    """A hint answered by `in` tests instead of a regex scan: does the text hold one of `chars` or one
    of `words`? For a pattern that is a class of plain characters and words as alternatives (`[岁快]`,
    `[角毛毫仙]|分钱`), which matches somewhere exactly when the text holds one of them. The regex
    engine tests each character of a sentence that holds none against the class (~50 instructions a
    character); `in` is a C search for one character or word (a few a character). `search` answers
    as the pattern's would for a caller that only asks whether it matched (True or None); `pattern`
    is the pattern written out (claims.extractors.registry joins some)."""

    def __init__(self, pattern: str, chars: str = "", words: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self.needles = (*chars, *words)
        HELD.append(self)

    def search(self, text: str) -> bool | None:
        for needle in self.needles:
            if needle in text:
                return True
        return None
