"""Shared fixtures: the seed articles and one comparison run over them."""

from __future__ import annotations

import os

# The tests exercise the Python source, not a compiled build of it (claims.native): before claims is imported.
os.environ.setdefault("CLAIMDIFF_NATIVE", "0")

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from opencc import OpenCC

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
GOLD = ROOT / "fixtures" / "gold" / "seeds.yaml"
DATA = ROOT / "tests" / "data"  # samples from other projects' suites, the SARIF schema
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_run():
    """compare() over the seeds, computed once for the session."""
    from reports.pipeline import compare

    return compare([SEEDS])


_S2T = OpenCC("s2t").convert


def both_scripts(rows: Iterable[Any]) -> list[Any]:
    """Parametrize rows plus their traditional-script twins.

    Each row is a string (the input) or a tuple whose first field is the input, written in
    simplified script; after it comes the same row with the input converted by OpenCC s2t,
    when that changes it. Expected values stay as written: claimdiff reads text in
    simplified script, so both scripts must give the same result. Hand-type a traditional
    row only for a form s2t does not produce (Taiwan or Hong Kong variants).
    """
    out: list[Any] = []
    for row in rows:
        out.append(row)
        if isinstance(row, str):
            twin: Any = _S2T(row)
            changed = twin != row
        else:
            twin = (_S2T(row[0]), *row[1:])
            changed = twin[0] != row[0]
        if changed:
            out.append(twin)
    return out
