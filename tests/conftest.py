"""Shared fixtures: the seed articles and one comparison run over them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
GOLD = ROOT / "fixtures" / "gold" / "seeds.yaml"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_run():
    """compare() over the seeds, computed once for the session."""
    from reports.pipeline import compare

    return compare([SEEDS])
