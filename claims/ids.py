"""Content fingerprints: ids that depend on what a thing says, never on where it sits."""

from __future__ import annotations

import hashlib
import json


def fingerprint(prefix: str, *parts: object) -> str:
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return prefix + hashlib.blake2b(payload.encode("utf-8"), digest_size=8).hexdigest()
