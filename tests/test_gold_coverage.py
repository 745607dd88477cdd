"""Every gold snippet is read: a claim of the gold kind overlaps it, with the gold value
(or speaker) where one is given. Quotes get the right speakers despite broken labels."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import GOLD, SEEDS

GOLD_DATA = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
TEXTS = {p.stem: p.read_text(encoding="utf-8-sig") for p in SEEDS.glob("*.txt")}


def gold_claims():
    for fact in GOLD_DATA["facts"]:
        for i, g in enumerate(fact["claims"]):
            yield pytest.param(fact["kind"], g, id=f"{fact['id']}#{i}")
    for i, g in enumerate(GOLD_DATA["unsupported_quotes"]):
        yield pytest.param("quote", g, id=f"unsupported#{i}")


def value_matches(kind: str, claim, gold) -> bool:
    """The gold value against the claim's normalised value (intervals, not strings)."""
    v = claim.value
    if kind == "quote":
        return claim.speaker == gold
    if kind == "date":
        return v.start[:4] <= str(gold)[:4] <= v.end[:4]
    text = str(gold)
    if kind == "duration":
        m = re.match(r"([\d.]+)(?:-([\d.]+))?\s*(year|month|week|day)", text)
        low, high, unit = float(m.group(1)), float(m.group(2) or m.group(1)), m.group(3)
        return v.unit.value == unit and _close(v.high, high) and (v.low is None or _close(v.low, low) or v.low <= low)
    if kind == "rank":
        return v.low <= int(gold) <= v.high
    m = re.fullmatch(r"(>=|>)?([\d.]+)", text)
    op, number = m.group(1), float(m.group(2))
    if op == ">":
        return v.bound.value == "over" and _close(v.low, number)
    if op == ">=":
        return v.low is not None and v.low >= number
    return (v.low is None or v.low <= number) and (v.high is None or number <= v.high)


def _close(a, b) -> bool:
    return a is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


@pytest.mark.parametrize("kind, gold", list(gold_claims()))
def test_gold_snippet_is_covered(seeds_run, kind, gold):
    raw = TEXTS[gold["source"]]
    start = raw.find(gold["snippet"])
    assert start >= 0
    end = start + len(gold["snippet"])
    found = [
        c
        for c in seeds_run.document.claims
        if c.source == gold["source"] and c.kind.value == kind and c.start < end and start < c.end
    ]
    assert found, f"no {kind} claim overlaps {gold['snippet']!r}"
    expected = gold.get("speaker") if kind == "quote" else gold.get("value")
    if expected is not None:
        assert any(value_matches(kind, c, expected) for c in found), [
            (c.text, c.value.model_dump(mode="json"), c.speaker) for c in found
        ]


@pytest.mark.parametrize(
    "source, speakers",
    [
        ("000_d379fe37168fe1eb", {"Mark Chen", "interviewer"}),
        ("002_bbe4283c2b056e94", {"Jerry Tworek", "interviewer"}),
    ],
)
def test_interview_quotes_have_the_right_speakers(seeds_run, source, speakers):
    utterances = [c for c in seeds_run.document.claims if c.source == source and c.extractor.startswith("utterance")]
    assert len(utterances) > 100
    assert {c.speaker for c in utterances} == speakers
    # Turn labels spelt `Ma rk Chen：` / `Mark Che n：` still give Mark Chen.
    raw = TEXTS[source]
    said = []
    for label in ("Ma rk Chen", "Mark Che n", "Mark Ch en"):
        for m in re.finditer(re.escape(label) + "：", raw):
            line_end = raw.find("\n", m.end())
            said += [c for c in utterances if m.end() <= c.start < line_end]
    if source.startswith("000"):
        assert len(said) >= 5 and {c.speaker for c in said} == {"Mark Chen"}
