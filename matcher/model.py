"""Findings and flags: what the matcher says about claims."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from claims.model import Kind


class Relation(StrEnum):
    agree = "agree"
    contradict = "contradict"
    evolves = "evolves"


class Reason(StrEnum):
    """Which rule decided a finding; the report names each (reports/labels.py, `reason_*`)."""

    value = "value"  # the values were compared
    time = "time"  # the values differ and so do their times: the figure evolved
    quote = "quote"  # a quote's wording was compared
    role = "role"  # titles compared (labelled in the report; no rule gives it at present)


class FlagType(StrEnum):
    """What a flag reports (docs/findings-json.md, `flags[].type`)."""

    unsupported_quote = "unsupported_quote"  # a quote presented as someone's words that no passage supports
    garbled_text = "garbled_text"  # mojibake or lost characters: claims there stay out of contradictions


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    relation: Relation
    claims: tuple[str, ...]
    score: float = Field(ge=0, le=1)
    explanation: str
    kind: Kind | Literal[""] = ""  # the kind of the claims linked
    reason: Reason | Literal[""] = ""  # machine-readable: which rule decided
    fact: str | None = None  # the fact these claims are mentions of (FactRecord.id)


class Flag(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    type: FlagType
    claims: tuple[str, ...] = ()
    explanation: str
    source: str | None = None
    start: int | None = None
    end: int | None = None


class TimelinePoint(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    as_of: str | None  # the time the value holds (ISO date, month or year), None when unknown
    # the time of day a running count holds at on that day ("18:00", "14:00/14:59" for 下午2点多), when stated
    clock: str | None = None
    value: str  # the value as the explanations write it
    sources: tuple[str, ...]
    claims: tuple[str, ...]


class FactRecord(BaseModel):
    """One fact: every mention of one measure (of one holder, place and scope), or of one
    event's date, or of one utterance, with its values over time (contract version 2)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    kind: str
    frame: dict[str, Any]
    members: tuple[str, ...]
    timeline: tuple[TimelinePoint, ...]
    relation: Relation  # contradict if any members conflict, else evolves if the value changed, else agree
    conflicts: tuple[tuple[str, str], ...] = ()
    score: float = Field(ge=0, le=1)
    explanation: str
