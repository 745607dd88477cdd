"""The frames hot path computes what the plain reading computes, only less often: `places`
skips cutting a text no word of which can be a place, and `tokens` retags in place. Each
shortcut is checked against the long way on every sentence of the seed articles."""

from __future__ import annotations

import re

import pytest

import claims.frames as frames
from claims.frames import tokens, word_tags
from claims.sources.load import load
from claims.text.segment import segment


@pytest.fixture(scope="module")
def windows(seeds_dir) -> list[str]:
    """What `places` reads before each digit of every seed sentence (normalised, simplified):
    the clause and the sentence's window before a figure."""
    out = []
    for p in sorted(seeds_dir.glob("*.txt")):
        for s in segment(load(p)).sentences:
            text = s.text
            for m in re.finditer(r"[0-9]", text):
                before = text[: m.start()]
                out += [before[-frames.PLACE_REACH :], frames.CLAUSE.split(before)[-1]]
    return sorted(set(out))


def test_places_without_a_cut_are_the_places_with_it(windows, monkeypatch):
    """A window `places` answers without cutting it names the places cutting it finds."""
    quick = [frames._places_in.__wrapped__(w) for w in windows]
    monkeypatch.setattr(frames, "_PLACE_END", re.compile(r"[\s\S]"))  # every window is cut
    assert quick == [frames._places_in.__wrapped__(w) for w in windows]
    named = [q for q in quick if set(q) - set(frames._NATIONAL)]
    assert len(named) >= 20  # the seeds name places (25 windows; 北京时间 is a clock, no place): the check reads some


def test_a_two_character_place_word_starts_with_a_listed_pair(windows):
    """Every word of two or more characters `tokens` tags ns starts with a pair of characters
    `_place_pairs` lists and finds (what lets `places` skip a window without one)."""
    pairs, candidates = frames._place_pairs()
    places = [w for text in windows for w, tag in tokens(text) if tag == "ns" and len(w) >= 2]
    assert places and all(w[:2] in pairs and word_tags()[w] == "ns" for w in places)
    assert all(candidates.findall(w) and candidates.findall(w)[0] == w[:2] for w in places)


def test_the_shortcut_knows_every_suffix_a_place_may_end_with():
    """A word `_PLACE_SUFFIX` reads as a place ends with a character the shortcut looks for
    (a suffix added to the one and not the other would skip that place's windows)."""
    for code in range(0x4E00, 0xA000):
        if frames._PLACE_SUFFIX.match("郴州" + chr(code)):
            assert frames._PLACE_END.search(chr(code)) and chr(code) in frames._PLACE_SUFFIX_END, chr(code)
    assert all(frames._PLACE_END.search(t[-1]) for t in frames._TEAM)
