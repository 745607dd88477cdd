"""Findings and flags: what the matcher says about claims."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Relation(StrEnum):
    agree = "agree"
    contradict = "contradict"
    evolves = "evolves"


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    relation: Relation
    claims: tuple[str, ...]
    score: float = Field(ge=0, le=1)
    explanation: str
    kind: str = ""  # the kind of the claims linked
    reason: str = ""  # machine-readable: which rule decided (value, quote, role, time)


class Flag(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    type: str  # unsupported_quote | garbled_text | …
    claims: tuple[str, ...] = ()
    explanation: str
    source: str | None = None
    start: int | None = None
    end: int | None = None
