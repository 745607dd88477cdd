"""`claimdiff check --format github`: GitHub Actions workflow commands, one annotation per claim
of each finding that fails the check (`::error`) or is new and unreviewed but not failing
(`::warning`). They need no token, so they also work on pull requests from forks."""

from __future__ import annotations

from reports.check import CheckResult, Item, Location
from reports.reviews import OPEN_STATES


def escape_data(text: str) -> str:
    """A command's message (actions/toolkit `escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (actions/toolkit `escapeProperty`)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, loc: Location, title: str, message: str) -> str:
    props = [f"file={escape_property(loc.path)}"]
    if loc.in_file:  # an HTML page's claims sit in its extracted text: a file-level annotation
        props += [f"line={loc.line}", f"col={loc.column}", f"endLine={loc.end_line}", f"endColumn={loc.end_column}"]
    props.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(props)}::{escape_data(message)}"


def _annotations(item: Item, level: str) -> list[str]:
    out = []
    for loc in item.locations:
        others = [o for o in item.locations if o is not loc]
        where = "; ".join(f"{o.value} in {o.where} ({o.text})" for o in others)
        title = f"claimdiff {item.relation} ({item.change}, {item.state})"
        message = f"{loc.value} here ({loc.text}) vs {where or '?'}. {item.explanation} [fact {item.fact}]"
        if item.state == "changed" and item.review is not None:
            message += f" The {item.review.status} review no longer matches the values."
        out.append(_command(level, loc, title, message))
    return out


def render_github(result: CheckResult) -> str:
    lines = []
    for item in result.items:
        if item.failing:
            lines += _annotations(item, "error")
        elif item.change != "unchanged" and item.state in OPEN_STATES:
            lines += _annotations(item, "warning")
    verdict = "FAIL" if result.failing else "ok"
    lines.append(
        f"claimdiff check: {verdict}: {len(result.failing)} unreviewed {'/'.join(result.fail_on)} finding(s); "
        f"{len(result.of_change('new'))} new, {len(result.of_change('changed'))} changed, "
        f"{len(result.resolved)} resolved"
    )
    return "\n".join(lines) + "\n"
