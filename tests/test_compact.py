"""reports.compact: an extraction's equal immutable parts shared, nothing else changed."""

from __future__ import annotations

import pickle

from claims.pipeline import extract_document
from claims.sources.load import load
from reports.compact import compact

from conftest import SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]


def fresh():
    return extract_document(load(SEED, SEED.stem))


def test_claims_read_the_same_after_sharing():
    before = [c.model_dump(mode="json") for c in fresh().claims]
    after = compact(fresh())
    assert [c.model_dump(mode="json") for c in after.claims] == before
    assert [c.model_fields_set for c in after.claims] == [c.model_fields_set for c in fresh().claims]


def test_equal_parts_are_one_object():
    plain, shared = fresh(), compact(fresh())
    # A claim's text is sliced once a claim: equal texts (the same figure twice) are two strings.
    assert len({id(c.text) for c in plain.claims}) > len({c.text for c in plain.claims})
    assert len({id(c.text) for c in shared.claims}) == len({c.text for c in shared.claims})
    values = [c.value for c in shared.claims]
    assert len({id(v.__pydantic_fields_set__) for v in values}) < len({id(v) for v in values})
    assert len({id(c.__pydantic_fields_set__) for c in shared.claims}) == 1
    back = pickle.loads(pickle.dumps(shared))  # the sharing survives the trip to the driver
    assert len({id(c.__pydantic_fields_set__) for c in back.claims}) == 1
    assert len(pickle.dumps(shared)) < len(pickle.dumps(plain))


def test_a_copy_with_changes_leaves_the_shared_set_alone():
    claims = compact(fresh()).claims
    shared = claims[0].__pydantic_fields_set__
    names = set(shared)
    copy = claims[0].model_copy(update={"speaker": "某人"})
    assert copy.speaker == "某人" and claims[0].speaker != "某人"
    assert copy.__pydantic_fields_set__ is not shared and set(shared) == names
