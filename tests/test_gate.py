"""First-character gates (claims/text/gate.py): the gate lists what a match can start with,
gives up where it cannot, and never changes where a pattern matches."""

from __future__ import annotations

import random
import re

import pytest

from claims.frames.furniture import FURNITURE
from claims.sources.load import load
from claims.text.gate import GATED, HELD, gated
from claims.text.segment import segment


@pytest.mark.parametrize(
    ("src", "flags", "gate"),
    [
        ("ab|cd", 0, "(?=[ac])"),
        (r"(?:x|y)?z", 0, "(?=[xyz])"),  # an optional group: what follows may start the match
        (r"^\s*\[\d+\]|图源", 0, r"(?=[\[\s图])"),  # ^ consumes nothing
        (r"[0-9a]+元", 0, "(?=[0-9a])"),
        (r"(?<!x)好", 0, "(?=[好])"),
        ("http", re.IGNORECASE, "(?=[h])"),  # the class shares the pattern's flags: H matches too
    ],
)
def test_the_gate_lists_the_first_characters(src, flags, gate):
    assert gated(src, flags).pattern == f"{gate}(?:{src})"


@pytest.mark.parametrize("src", [".好", "[^a]b", "a*", "(?:a|)b?", r"\Db", "(?i:a)b", r"(a)?\1b", "(?i)ab", "a b # c"])
def test_no_gate_where_the_first_characters_cannot_be_listed(src):
    flags = re.VERBOSE if "#" in src else 0
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
    assert gate.pattern != plain.pattern
    for text in _samples(seeds_dir):
        a, b = plain.search(text), gate.search(text)
        assert (a and a.span()) == (b and b.span()), text
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in gate.finditer(text)]
        assert [m.groupdict() for m in plain.finditer(text)] == [m.groupdict() for m in gate.finditer(text)]


def test_the_pipeline_gates_its_big_alternations():
    sources = [src for src, _ in _registered()]
    assert any(FURNITURE.pattern.endswith(f"(?:{s})") for s in sources)
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
