"""The frame lexicons: measures, scopes and events, read from the TSV files beside this
module (data, not code: add a word to a line, or a line for a new key).

Each file maps a canonical key to the words that name it; `Lexicon.find` returns the
longest listed word in a text window nearest a given end, so `直接经济损失` is
economic_loss and `死亡失踪` is dead_or_missing rather than deaths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claims.native import PACKAGE

# The tables' folder: this module's source folder, claims/frames/ (compiled by `make native`, the
# module's __file__ is in the build, without them).
HERE = PACKAGE / "frames"


@dataclass(frozen=True)
class Hit:
    key: str
    word: str
    start: int  # in the window searched
    end: int


class Lexicon:
    def __init__(self, entries: dict[str, str]) -> None:
        self.key_of = entries  # word -> key
        # One alternation, longest words first: at each position the longest listed word wins.
        words = sorted(entries, key=lambda w: (-len(w), w))
        self.pattern = re.compile("|".join(map(re.escape, words))) if words else re.compile(r"(?!x)x")

    @classmethod
    def read(cls, path: Path) -> Lexicon:
        entries: dict[str, str] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, words = line.partition("\t")
            if not sep or not words.split():
                raise ValueError(f"{path.name}:{n}: expected KEY<TAB>WORD WORD ...")
            for word in words.split():
                entries.setdefault(word, key)  # the first line naming a word owns it
        return cls(entries)

    def hits(self, text: str) -> list[Hit]:
        """Every maximal listed word in `text`, left to right (longest match first)."""
        return [Hit(self.key_of[m.group()], m.group(), m.start(), m.end()) for m in self.pattern.finditer(text)]

    def keys(self, text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.key for h in self.hits(text)))


@cache
def lexicon(name: str) -> Lexicon:
    """The lexicon `name`.tsv beside this module, read once."""
    return Lexicon.read(HERE / f"{name}.tsv")


def measures() -> Lexicon:
    return lexicon("measures")


def predicates() -> Lexicon:
    return lexicon("predicates")


def scopes() -> Lexicon:
    return lexicon("scopes")


def events() -> Lexicon:
    return lexicon("events")
