"""Content fingerprints: ids that depend on what a thing says, never on where it sits."""

from __future__ import annotations

import hashlib
import json

# One encoder for every fingerprint: `json.dumps` with these options builds a new encoder on
# each call, which cost half of a claim id's time (~6 µs → ~3 µs); the text is the same.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def fingerprint(prefix: str, *parts: object) -> str:
    payload = _ENCODER.encode(parts)
    return prefix + hashlib.blake2b(payload.encode("utf-8"), digest_size=8).hexdigest()


def canonical_json(value: object) -> str:
    """`value` as sorted, compact, unescaped JSON: what fingerprints hash (same encoder)."""
    return _ENCODER.encode(value)
