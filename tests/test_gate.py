"""First-character gates (claims/text/gate.py): the gate lists what a match can start with,
gives up where it cannot, and never changes where a pattern matches."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

import claims.text.gate as gate_module
from claims.frames.furniture import FURNITURE
from claims.sources.load import load
from claims.text.gate import _CATEGORY, _FOLDED_WITH, GATED, HELD, C, _listed, first_class, gated
from claims.text.segment import segment


@pytest.mark.parametrize(
    ("src", "flags", "gate"),
    [
        ("ab|cd", 0, "[ac]"),
        (r"(?:x|y)?z", 0, "[xyz]"),  # an optional group: what follows may start the match
        (r"^\s*\[\d+\]|图源", 0, r"[\[\s图]"),  # ^ consumes nothing
        (r"[0-9a]+元", 0, "[0-9a]"),
        (r"(?<!x)好", 0, "[好]"),
        ("http", re.IGNORECASE, "[h]"),
    ],
)
def test_the_gate_lists_the_first_characters(src, flags, gate):
    assert first_class(src, flags) == gate
    compiled = gated(src, flags)  # the set in the compiled pattern's info block: the pattern reads as written
    assert compiled.pattern == src
    assert compiled.groupindex == re.compile(src, flags).groupindex
    assert bool(compiled.search("HTTP")) is bool(flags & re.IGNORECASE)  # its set holds the other case too


def test_a_case_blind_gate_of_other_letters_is_a_lookahead():
    assert gated("é|x", re.IGNORECASE).pattern == "(?=[xé])(?:é|x)"  # É's foldings are not listed
    assert gated("é|x", re.IGNORECASE).search("É")


def test_the_letters_folded_with_ascii_ones_are_the_engines():
    """Every character the regex engine matches to an ASCII letter under IGNORECASE, over all of
    Unicode, is that letter's other case or one _FOLDED_WITH lists for it."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x110000) if letters.fullmatch(chr(c))}
    listed = {c for letter in string.ascii_lowercase for c in letter + letter.upper() + _FOLDED_WITH.get(letter, "")}
    assert found == listed
    for c in found - set(string.ascii_letters):
        letter = next(x for x in string.ascii_lowercase if re.fullmatch(x, c, re.IGNORECASE))
        assert c in _FOLDED_WITH[letter]


@pytest.mark.parametrize("src", [".好", "[^a]b", "a*", "(?:a|)b?", r"\Db", "(?i:a)b", r"(a)?\1b", "(?i)ab", "a b # c"])
def test_no_gate_where_the_first_characters_cannot_be_listed(src):
    flags = re.VERBOSE if "#" in src else 0
    assert first_class(src, flags) is None
    assert gated(src, flags).pattern == src


def _samples(seeds_dir) -> list[str]:
    texts = [s.text for p in sorted(seeds_dir.glob("*.txt")) for s in segment(load(p)).sentences]
    rng = random.Random(14)
    pieces = ["图源", " ", "[1]", "http://", "HTTP", "w.com", "来源：", "点赞", "在看", "转载请", "分享"]
    pieces += [
        "发布于",
        "2",
        "约",
        "30人",
        "三",
        "个",
        "a",
        "图",
        "两毛五",
        "百分之三十",
        "三成半",
        "一半",
        "第二名",
        "前5名",
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(5000)]
    return texts


def _registered() -> list[tuple[str, int]]:
    import claims.pipeline  # noqa: F401  (loads every module that gates a pattern)

    return [(src, int(flags)) for src, flags in GATED]


@pytest.mark.parametrize(
    ("src", "flags"),
    [
        (r"(?:^|\s)(?:点赞|在看|分享)\s*\d*\s*$|https?://|^\s*\[\d+\]", re.IGNORECASE),
        (r"(?:约|近)?\d+(?:人|名)|[一二三]+个", 0),
        *_registered(),  # the furniture pattern, the numeral guards, the number extractors' patterns
    ],
)
def test_a_gated_pattern_matches_where_the_pattern_does(seeds_dir, src, flags):
    plain, gate = re.compile(src, flags), gated(src, flags)
    assert first_class(src, flags) is not None
    for text in _samples(seeds_dir):
        a, b = plain.search(text), gate.search(text)
        assert (a and a.span()) == (b and b.span()), text
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in gate.finditer(text)]
        assert [m.groupdict() for m in plain.finditer(text)] == [m.groupdict() for m in gate.finditer(text)]


def test_the_pipeline_gates_its_big_alternations():
    sources = [src for src, _ in _registered()]
    assert FURNITURE.pattern in sources  # (as written: its first characters are in its info block)
    assert len(sources) >= 8


def _held():
    import claims.pipeline  # noqa: F401  (loads every module that makes one)

    return HELD


@pytest.mark.parametrize("held", _held(), ids=lambda h: h.pattern)
def test_a_hint_answered_by_in_tests_is_its_pattern(seeds_dir, held):
    """claims.text.gate.Holds: True exactly where its pattern matches somewhere, else None."""
    plain = re.compile(held.pattern)
    rng = random.Random(16)
    pieces = [*held.needles, *(n[:1] for n in held.needles), *(n[1:] for n in held.needles), "a", "一", " "]
    mixed = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(3000)]
    for text in [*_samples(seeds_dir), *mixed]:
        assert held.search(text) is (True if plain.search(text) else None), text


@pytest.mark.parametrize(("category", "beyond_ascii"), [(r"\d", "٣"), (r"\s", "\u3000"), (r"\w", "é")])
def test_a_listed_category_holds_every_character_of_it(category, beyond_ascii):
    """A gate's \\d, \\s or \\w written out (claims.text.gate._listed): every character the category matches, over
    all of Unicode, is listed or beyond the BMP (all of which the gate lets through)."""
    listed = {chr(av) for op, av in _listed(next(k for k, v in _CATEGORY.items() if v == category)) if op is C.LITERAL}
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert {c for c in re.findall(category, every) if ord(c) < 0x10000} == listed
    assert gated(f"{category}x").search(f"{beyond_ascii}x").span() == (0, 2)  # as the pattern reads the category


# Compiled (claims.native, run with CLAIMDIFF_NATIVE=1), `gated` calls `_starting_with` directly: a stand-in
# set on the module is not read.
@pytest.mark.skipif(not gate_module.__file__.endswith(".py"), reason="a compiled gated calls its own _starting_with")
def test_a_gate_falls_back_to_a_lookahead_where_the_engine_differs(monkeypatch):
    import claims.text.gate as gate

    def other_engine(*_args):
        raise TypeError("compile() takes 7 arguments")

    monkeypatch.setattr(gate, "_starting_with", other_engine)
    assert gated("ab|cd").pattern == "(?=[ac])(?:ab|cd)"
    assert gated("ab|cd").search("xcd").span() == (1, 3)
