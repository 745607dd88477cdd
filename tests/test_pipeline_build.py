"""The claim builder's shortcuts (claims/pipeline.py) give what the general path gives: a
quote's value JSON written directly is the canonical JSON of its serialised model, and
the value kinds are told apart by their models' types as by their kinds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.ids import canonical_json
from claims.model import VALUE_TYPES as MODEL_VALUE_TYPES
from claims.model import QuoteValue
from claims.pipeline import VALUE_KINDS, VALUE_TYPES, _value_json


@given(st.one_of(st.none(), st.text()), st.text())
def test_a_quotes_value_json_is_its_canonical_json(speaker, normalized):
    value = QuoteValue(speaker=speaker, normalized=normalized)
    assert _value_json(value) == canonical_json(value.__pydantic_serializer__.to_python(value, mode="json"))


def test_value_types_are_the_models_of_the_value_kinds():
    kinds = {t.model_fields["kind"].default for t in VALUE_TYPES}
    assert kinds == VALUE_KINDS
    assert len(VALUE_TYPES) == len(VALUE_KINDS)  # one model each
    assert QuoteValue in MODEL_VALUE_TYPES and QuoteValue not in VALUE_TYPES
