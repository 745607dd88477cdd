"""No function over MAX_LINES lines in claims/, matcher/, reports/ unless a comment says why
(issue 9): a `# long: …` line directly above its `def` (or its decorators), for a flat
table or dispatch that splitting would not make clearer."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

MAX_LINES = 60
PACKAGES = ("claims", "matcher", "reports")


def long_functions(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function longer than MAX_LINES without a `# long:` comment."""
    lines = source.splitlines()
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        above = lines[first - 2].strip() if first >= 2 else ""
        if length > MAX_LINES and not above.startswith("# long:"):
            out.append((node.name, node.lineno, length))
    return out


@pytest.mark.parametrize("package", PACKAGES)
def test_no_unexplained_long_function(package):
    offenders = {
        f"{p.relative_to(ROOT)}:{line} {name}": length
        for p in sorted((ROOT / package).rglob("*.py"))
        for name, line, length in long_functions(p.read_text(encoding="utf-8"))
    }
    assert offenders == {}


def test_the_check_sees_a_long_function_and_its_reason():
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_LINES))
    long_one = f"def table():\n{body}"
    assert long_functions(long_one) == [("table", 1, MAX_LINES + 1)]
    assert long_functions(f"# long: one row per unit, a flat table\n{long_one}") == []
    assert long_functions(f"def short():\n{body[: -len(body.splitlines()[-1]) - 1]}") == []
