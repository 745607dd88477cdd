"""The findings document (contract version 2: frames on claims, facts, a fact id on
every finding; see docs/findings-json.md) and its one JSON writer."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict

from claims.model import Claim, Source
from matcher.model import FactRecord, Finding, Flag, Relation

VERSION = 2


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
    return json.dumps(to_data(doc), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def loads(text: str) -> FindingsDocument:
    return FindingsDocument.model_validate(json.loads(text))
