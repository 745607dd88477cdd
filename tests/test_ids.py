"""Content fingerprints (claims/ids.py): the direct writing of string and int parts gives the
payload the JSON encoder gives, so every id stays what it was."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.ids import _ENCODER, _flat, canonical_json, fingerprint


@given(st.lists(st.one_of(st.text(), st.integers(), st.booleans(), st.none(), st.floats()), max_size=6))
def test_direct_payload_is_the_encoders(parts):
    assert _flat(tuple(parts)) == _ENCODER.encode(tuple(parts))


@pytest.mark.parametrize(
    "parts",
    [
        ("000_d379", "quote", "他说：“500人”\n\t\\", '{"speaker":"张三"}', 0),
        ("s", "date", True, None, 1.5),  # a bool, None and a float go through the encoder
        (),
    ],
)
def test_fingerprint_hashes_the_encoded_parts(parts):
    expected = hashlib.blake2b(_ENCODER.encode(parts).encode("utf-8"), digest_size=8).hexdigest()
    assert fingerprint("c-", *parts) == "c-" + expected


_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=4), inner, max_size=4)),
    max_leaves=12,
)


@given(_JSON)
def test_canonical_json_is_sorted_compact_unescaped_json(value):
    expected = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    assert canonical_json(value) == expected
