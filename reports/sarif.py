"""`claimdiff check --format sarif`: SARIF 2.1.0, one result per finding, a location per claim.

Columns are Unicode code points (`run.columnKind`), counted in the source's decoded text.
`partialFingerprints["claimdiffFact/v1"]` is the fact id, so a code-scanning service
follows a finding across commits that move its lines or change its values. The change
against the baseline is `baselineState` (new / updated / unchanged); a finding reviewed
as confirmed, dismissed or explained carries an accepted external suppression with the note.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reports.check import CHECKED_RELATIONS, CheckResult, Item, Location
from reports.reviews import OPEN_STATES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "claimdiffFact/v1"
BASELINE_STATE = {"new": "new", "changed": "updated", "unchanged": "unchanged"}
RULES = {
    "contradict": (
        "Contradiction",
        "Two sources give incompatible values for the same fact.",
        "The sources state the same fact (same kind, measure and subject) with values that cannot both be true. "
        "Check the passages, then record a review: confirmed, dismissed or explained.",
        "error",
    ),
    "evolves": (
        "FigureChangedOverTime",
        "A figure differs between sources because it changed over time.",
        "The sources give different values for the same fact at different times; usually not an error, "
        "but worth a look when it is new.",
        "warning",
    ),
}


def artifact_uri(path: str, cwd: Path | None = None) -> str:
    """A URI reference for `path`: relative (POSIX, percent-encoded) when under the current
    folder, as code-scanning services expect; a file: URI otherwise."""
    p = Path(path)
    base = (cwd or Path.cwd()).resolve()
    resolved = p.resolve() if p.is_absolute() or p.exists() else (base / p)
    try:
        rel = resolved.relative_to(base)
        return quote(rel.as_posix(), safe="/")
    except ValueError:
        return resolved.as_uri()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimdiff")
    except PackageNotFoundError:
        return "0"


def _level(item: Item) -> str:
    if item.failing:
        return "error"
    if item.change != "unchanged" and item.state in OPEN_STATES:
        return "warning"
    return "note"


def _location(n: int, loc: Location, cwd: Path | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.path, cwd)}}
    message = f"{loc.value} ({loc.source})"
    if loc.in_file:
        physical["region"] = {
            "startLine": loc.line,
            "startColumn": loc.column,
            "endLine": loc.end_line,
            "endColumn": loc.end_column,
            "snippet": {"text": loc.text},
        }
    else:  # an HTML page: the offsets index the article text claimdiff extracted, not the file
        message += f", line {loc.line} column {loc.column} of the article text extracted from this page: {loc.text}"
    return {"id": n, "physicalLocation": physical, "message": {"text": message}}


def _result(item: Item, rule_index: int, cwd: Path | None) -> dict[str, Any]:
    values = " vs ".join(item.values) or "?"
    text = f"{item.relation} [fact {item.fact}]: {values}. {item.explanation}"
    result: dict[str, Any] = {
        "ruleId": f"claimdiff/{item.relation}",
        "ruleIndex": rule_index,
        "level": _level(item),
        "message": {"text": text},
        "locations": [_location(n, loc, cwd) for n, loc in enumerate(item.locations)],
        "partialFingerprints": {FINGERPRINT: item.fact},
        "baselineState": BASELINE_STATE[item.change],
        "properties": {
            "fact": item.fact,
            "finding": item.finding,
            "change": item.change,
            "reviewState": item.state,
            "values": list(item.values),
        },
    }
    if item.review is not None and item.state not in OPEN_STATES:
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        justification = f"{item.review.status}: {item.review.note}" if item.review.note else item.review.status
        suppression["justification"] = justification
        result["suppressions"] = [suppression]
    return result


def render_sarif(result: CheckResult, cwd: Path | None = None) -> str:
    rules = []
    for rel in CHECKED_RELATIONS:
        name, short, full, level = RULES[rel]
        rules.append(
            {
                "id": f"claimdiff/{rel}",
                "name": name,
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "defaultConfiguration": {"level": level},
            }
        )
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "claimdiff", "version": _version(), "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(i, CHECKED_RELATIONS.index(i.relation), cwd) for i in result.items],
        "invocations": [{"executionSuccessful": True, "exitCode": result.exit_code}],
    }
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


__all__ = ["FINGERPRINT", "artifact_uri", "render_sarif"]
