"""The findings document (contract version 2: frames on claims, facts, a fact id on
every finding; see docs/findings-json.md) and its one JSON writer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic_core import to_json

from claims.model import Claim, Source
from matcher.model import FactRecord, Finding, Flag, Relation

VERSION = 2
# Items of one list serialised at once by pydantic's (Rust) JSON writer: large enough that
# its per-call cost vanishes, small enough that a batch's bytes stay a few MB (~1.3 KB a
# claim) however large the document.
BATCH = 1000


class FindingsDocument(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    version: int = VERSION
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] | None = None  # None: a claims-only document
    flags: tuple[Flag, ...] | None = None
    entities: tuple[dict[str, Any], ...] | None = None
    facts: tuple[FactRecord, ...] | None = None


def relation_counts(doc: FindingsDocument) -> dict[Relation, int]:
    """Findings per relation, every relation present (0 when none): the one count the CLI, text and HTML show."""
    counts = dict.fromkeys(Relation, 0)
    for f in doc.findings or ():
        counts[f.relation] += 1
    return counts


def to_data(doc: FindingsDocument) -> dict[str, Any]:
    data = doc.model_dump(mode="json")
    for key in ("findings", "flags", "entities", "facts"):
        if data[key] is None:
            del data[key]
    for src in data["sources"]:
        if src.get("text") is None:
            src.pop("text", None)  # only derived texts (HTML pages) are carried
    return data


def dumps(doc: FindingsDocument) -> str:
    """Byte-identical for the same inputs: every list is sorted upstream by a total key."""
    return b"".join(iter_json(doc)).decode("utf-8")


def iter_json(doc: FindingsDocument) -> Iterator[bytes]:
    """The document as UTF-8 JSON, a piece at a time: exactly
    `json.dumps(to_data(doc), ensure_ascii=False, indent=1) + "\\n"`, encoded.

    That call runs Python's pure-Python encoder (the C one ignores `indent`) over a dict copy of
    every claim and joins millions of small strings at the end: at 200 generated articles
    (81,000 claims) 4.5 CPU-s and the run's peak memory (+470 MB). Here each list is written
    BATCH items at a time by pydantic's JSON writer, whose output is Python's once its
    floats are (`_python_floats`), so nothing the size of the document is ever held."""
    yield f'{{\n "version": {json.dumps(doc.version)},\n "sources": '.encode()
    sources = to_data(FindingsDocument(sources=doc.sources))["sources"]
    yield _shifted(json.dumps(sources, ensure_ascii=False, indent=1), 1).encode("utf-8")
    for key in ("claims", "findings", "flags", "entities", "facts"):
        items = getattr(doc, key)
        if items is None:  # a claims-only document
            continue
        yield f',\n "{key}": '.encode()
        yield from _list_json(items)
    yield b"\n}\n"


def _list_json(items: Sequence[Any]) -> Iterator[bytes]:
    """A list one level deep in the document (its items indented by two spaces)."""
    if not items:
        yield b"[]"
        return
    yield b"[\n"
    for i in range(0, len(items), BATCH):
        batch = to_json(list(items[i : i + BATCH]), indent=1, inf_nan_mode="null")
        inner = _python_floats(batch)[2:-2]  # the items, without the batch's own `[\n` and `\n]`
        yield (b",\n " if i else b" ") + inner.replace(b"\n", b"\n ")
    yield b"\n ]"


def _shifted(text: str, level: int) -> str:
    """Indented JSON moved `level` levels deeper (a raw newline in JSON is always indentation)."""
    return text.replace("\n", "\n" + " " * level)


# A float pydantic writes otherwise than Python's repr: below 1e-4 in magnitude (`0.000015`,
# `1e-7` for Python's `1.5e-05`, `1e-07`); other exponents are written alike, and rewriting
# them is harmless. A number is a line's last value (a string never holds a raw newline, so a
# line ends outside any string), after `": ` or the indentation.
_FLOAT_TO_CHECK = re.compile(rb"(?<= )-?(?:\d+(?:\.\d+)?e[-+]?\d+|0\.0000\d*)(?=,?\n|,?\Z)")
# Quick tests for any such float (each starts with a literal, so the regex engine skips ahead:
# 0.3 s for 100 MB where _FLOAT_TO_CHECK takes 1.4 s).
_EXPONENT_AT_END = re.compile(rb"e[-+]\d+(?=,?\n|,?\Z)")
_SMALL = re.compile(rb"0\.0000")


def _python_floats(data: bytes) -> bytes:
    """pydantic's JSON with each float as Python's `json` writes it (`repr(float)`)."""
    if _EXPONENT_AT_END.search(data) is None and _SMALL.search(data) is None:
        return data
    return _FLOAT_TO_CHECK.sub(lambda m: repr(float(m[0])).encode(), data)


def loads(text: str) -> FindingsDocument:
    return FindingsDocument.model_validate(json.loads(text))
