"""Claims built on the pipeline's fast path are exactly what full validation accepts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from claims.model import Bound, Claim, DurationValue, Kind, QuantityValue, QuoteValue, quote_value


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


def test_fast_constructor_builds_what_model_construct_builds(seeds_run):
    """`Claim.at` skips `model_construct`'s alias lookups; the instance must be the same:
    fields in declaration order, the same fields counted as set, no extra or private state."""
    for c in seeds_run.document.claims[:200]:
        fields = {k: v for k, v in c.__dict__.items() if k not in ("start", "end", "text")}
        fast = Claim.at(c.sentence + c.text, len(c.sentence), len(c.sentence) + len(c.text), **fields)
        slow = Claim.model_construct(start=len(c.sentence), end=len(c.sentence) + len(c.text), text=c.text, **fields)
        assert fast == slow
        assert list(fast.__dict__.items()) == list(slow.__dict__.items())
        assert fast.model_fields_set == slow.model_fields_set
        assert fast.__pydantic_extra__ is None and fast.__pydantic_private__ is None
        assert fast.model_dump_json() == slow.model_dump_json()


def _quantity_json(kind: str, unit: str) -> dict:
    return {
        "id": "c-1",
        "source": "s",
        "start": 0,
        "end": 2,
        "text": "3年",
        "sentence": "3年",
        "kind": kind,
        "value": {"low": 3, "high": 3, "bound": "exact", "unit": unit},
    }


def test_value_json_is_tagged_by_the_claims_kind_not_by_its_shape():
    # A quantity and a duration have the same JSON shape; the claim's kind picks the model.
    as_duration = Claim.model_validate(_quantity_json("duration", "year"))
    as_quantity = Claim.model_validate(_quantity_json("quantity", "year"))
    assert type(as_duration.value) is DurationValue and as_duration.value.kind is Kind.duration
    assert type(as_quantity.value) is QuantityValue and as_quantity.value.kind is Kind.quantity
    # The tag is never written: the kind appears once, on the claim.
    assert "kind" not in as_duration.model_dump(mode="json")["value"]
    assert as_duration.model_dump(mode="json")["value"] == _quantity_json("duration", "year")["value"]


def test_a_value_of_another_kind_is_rejected():
    bad = {**_quantity_json("quantity", "人"), "value": {"low": 3, "high": 3, "unit": "人", "kind": "duration"}}
    with pytest.raises(ValidationError):
        Claim.model_validate(bad)
    with pytest.raises(ValidationError):  # a quantity's fields are not a date's
        Claim.model_validate(_quantity_json("date", "人"))


def test_fast_constructor_with_a_missing_or_unknown_field_builds_what_model_construct_builds():
    """The template path needs every required field and no other name; otherwise `Claim.at`
    falls back to filtering, like `model_construct` (a missing field absent, an unknown one dropped)."""
    raw = "公司有300人。"
    value = QuantityValue(low=300, high=300, unit="人")
    fields = {"id": "c-1", "source": "s", "kind": Kind.quantity, "value": value}  # no sentence
    for extra in ({}, {"bogus": 1}):
        fast = Claim.at(raw, 3, 7, **fields, **extra)
        slow = Claim.model_construct(start=3, end=7, text="300人", **fields, **extra)
        assert list(fast.__dict__.items()) == list(slow.__dict__.items())
        assert "sentence" not in fast.__dict__ and "bogus" not in fast.__dict__


@given(st.one_of(st.none(), st.text()), st.text())
def test_a_quote_value_built_without_validation_is_the_validated_one(speaker, normalized):
    """claims.model.quote_value: the model `QuoteValue(…)` builds, written slot by slot."""
    built, validated = quote_value(speaker, normalized), QuoteValue(speaker=speaker, normalized=normalized)
    assert type(built) is QuoteValue and built == validated
    assert list(built.__dict__.items()) == list(validated.__dict__.items())
    assert built.model_fields_set == validated.model_fields_set
    assert (built.__pydantic_extra__, built.__pydantic_private__) == (validated.__pydantic_extra__, None)
    assert built.model_dump_json() == validated.model_dump_json() and hash(built) == hash(validated)
    assert built.model_copy(update={"speaker": "x"}) == validated.model_copy(update={"speaker": "x"})


def test_updated_is_model_copy_sharing_the_fields_set(seeds_run):
    """`updated` (how the matcher gives claims the run's canonical names) builds what
    `model_copy(update=...)` builds, but shares the fields set where it holds the names."""
    from claims.model import updated

    claims = seeds_run.document.claims
    quote = next(c for c in claims if isinstance(c.value, QuoteValue))
    partial = QuantityValue(low=3, high=3, unit="人")  # bound not set: the update counts it as set
    for model, update in [
        *((c, {"subject": "某人", "entities": ("甲", "乙")}) for c in claims[:50]),
        (quote, {"speaker": "张三", "value": updated(quote.value, {"speaker": "张三"})}),
        (partial, {"bound": Bound.about}),
    ]:
        fast, slow = updated(model, update), model.model_copy(update=update)
        assert type(fast) is type(slow) and list(fast.__dict__.items()) == list(slow.__dict__.items())
        assert fast.model_fields_set == slow.model_fields_set
        assert fast.__pydantic_extra__ is None and fast.__pydantic_private__ is None
        assert fast.model_dump_json() == slow.model_dump_json()
        assert model.__dict__ != fast.__dict__ or not update  # the original is left as it was
    a, b = (updated(c, {"subject": "某人"}) for c in claims[:2])
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__ is claims[0].__pydantic_fields_set__
    assert updated(partial, {"bound": Bound.about}).model_fields_set == {"low", "high", "unit", "bound"}
    assert partial.model_fields_set == {"low", "high", "unit"}


def test_canonical_names_share_the_claims_fields_set(seeds_run):
    """Claims renamed to the run's canonical names share one fields set (not one copy a claim)."""
    from claims.pipeline import extract_text
    from matcher.match import with_canonical_names

    claims = [c for c in extract_text("OpenAI公司有500名员工。Google公司有600名员工。") if c.entities]
    renamed = [with_canonical_names(c, lambda name: name + "·") for c in claims]
    assert len(renamed) >= 2 and all(r is not c for r, c in zip(renamed, claims, strict=True))
    assert len({id(r.__pydantic_fields_set__) for r in renamed}) == 1
