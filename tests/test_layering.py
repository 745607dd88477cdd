"""Imports point one way: reports → matcher → claims."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

FORBIDDEN = {"claims": {"matcher", "reports"}, "matcher": {"reports"}}


def imported_packages(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_one_way(package):
    offenders = {
        str(p.relative_to(ROOT)): sorted(imported_packages(p) & FORBIDDEN[package])
        for p in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _claims_part(module: str) -> str | None:
    """`claims.text.segment` → `claims.text`: the sub-package (or top-level module) of claims."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "claims" and len(parts) > 1 else None


def claims_import_graph() -> dict[str, set[str]]:
    """Which parts of claims/ import which (function-level imports included)."""
    graph: dict[str, set[str]] = {}
    for path in (ROOT / "claims").rglob("*.py"):
        here = _claims_part(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                there = _claims_part(node.module)
                if here and there and there != here:
                    graph.setdefault(here, set()).add(there)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt, [*path, nxt])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_the_parts_of_claims_import_without_a_cycle():
    # claims/sources loads files and uses claims/text's character classes; claims/text
    # segments the Document it is handed (claims.model) and never imports claims/sources.
    graph = claims_import_graph()
    assert "claims.sources" in graph["claims.pipeline"]  # the graph is read at all
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) is None
