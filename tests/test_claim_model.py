"""Claims built on the pipeline's fast path are exactly what full validation accepts."""

from __future__ import annotations

import pytest

from claims.model import Claim, Kind, QuantityValue, QuoteValue


def test_every_seed_claim_round_trips_through_validation(seeds_run):
    for c in seeds_run.document.claims:
        again = Claim.model_validate(c.model_dump(mode="json"))
        assert again == c
        assert type(again.value) is type(c.value)


def test_fast_constructor_checks_span_and_value_type():
    raw = "公司有300人。"
    ok = Claim.at(
        raw,
        3,
        7,
        id="c-1",
        source="s",
        sentence=raw,
        kind=Kind.quantity,
        value=QuantityValue(low=300, high=300, unit="人"),
    )
    assert ok.text == "300人" and ok.stance.value == "asserted" and ok.entities == ()
    with pytest.raises(ValueError):
        Claim.at(
            raw,
            5,
            99,
            id="c-2",
            source="s",
            sentence=raw,
            kind=Kind.quantity,
            value=QuantityValue(low=1, high=1, unit="人"),
        )
    with pytest.raises(TypeError):
        Claim.at(
            raw,
            3,
            7,
            id="c-3",
            source="s",
            sentence=raw,
            kind=Kind.quantity,
            value=QuoteValue(speaker=None, normalized="x"),
        )
