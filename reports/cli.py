"""The `claimdiff` command line: a thin shell over reports.pipeline.

Exit codes: 0 success; 2 usage or input error (no usable source, unwritable output).
stdout carries only the requested output; skipped files and warnings go to stderr as
one line each: `claimdiff: skipped PATH: reason`.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated

import typer

from reports.contract import FindingsDocument, dumps
from reports.pipeline import RunResult, claims_only, compare

CLI_GC_THRESHOLD = (100_000, 50, 100)  # see main_options

app = typer.Typer(
    name="claimdiff",
    help="Compare several articles reporting the same story: extract their factual claims, match them "
    "across sources, and show where the sources agree, contradict each other, or report a figure "
    "that changed over time.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


SourcesArg = Annotated[
    list[Path],
    typer.Argument(help="Article files (.txt, .md, .html) or folders of them.", show_default=False, metavar="SOURCES"),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output.", show_default=False),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Sources processed in parallel.")]


def _version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"claimdiff {version('claimdiff')}")
        except PackageNotFoundError:  # running from a source tree
            typer.echo("claimdiff (not installed)")
        raise typer.Exit()


@app.callback()
def main_options(
    show_version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """claimdiff: a consistency check across articles on the same story."""
    # Claims are long-lived and acyclic: with the default threshold (700) the collector walks
    # every claim again and again while a big run builds and dumps them (a 20 MB article: 46 s
    # -> 35 s); garbage cycles wait a little longer, memory stays the same.
    gc.set_threshold(*CLI_GC_THRESHOLD)


@app.command("compare")
def compare_cmd(
    sources: SourcesArg,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Extract claims, match them across sources, and write the findings (JSON contract or text)."""
    result = _run(compare, sources, jobs)
    from reports.text import render_findings

    _write(dumps(result.document) if fmt is OutputFormat.json else render_findings(result.document), output)


@app.command("claims")
def claims_cmd(
    sources: SourcesArg,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Write the sources and the claims read from them, without matching: check what was read."""
    result = _run(claims_only, sources, jobs)
    from reports.text import render_claims

    _write(dumps(result.document) if fmt is OutputFormat.json else render_claims(result.document), output)


class Lang(StrEnum):
    zh = "zh"
    en = "en"


ReportReviewsOpt = Annotated[
    Path | None,
    typer.Option(
        "--reviews",
        help="A reviews file (claimdiff.reviews.json): show its decisions on the cards.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="Page language; default: the majority script of the sources.", show_default=False),
]


@app.command("report")
def report_cmd(
    sources: SourcesArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    reviews: ReportReviewsOpt = None,
    lang: LangOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Write a self-contained HTML review workspace: contradictions first, decisions exportable."""
    entries = _report_reviews(reviews)
    if reviews is not None and not reviews.exists():
        typer.echo(f"claimdiff: warning: {reviews}: no such reviews file; the cards show no decisions", err=True)
    result = _run(compare, sources, jobs)
    from reports.html import build_report

    sidecar_name = f"{output.stem}.data.js"
    page = build_report(
        result.document,
        result.texts,
        lang=lang.value if lang else None,
        reviews=entries,
        sidecar_name=sidecar_name,
        warnings=result.warnings,
    )
    if page.sidecar is not None:
        _write(page.sidecar, output.with_name(sidecar_name))
    _write(page.html, output)
    doc = result.document
    n = {r: sum(1 for f in doc.findings or () if f.relation == r) for r in ("contradict", "evolves", "agree")}
    typer.echo(
        f"claimdiff: wrote {output} ({len(doc.sources)} sources, {n['contradict']} contradictions, "
        f"{n['evolves']} changes over time, {n['agree']} agreements)",
        err=True,
    )


@app.command("serve")
def serve_cmd(
    sources: SourcesArg,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port; 0 picks a free one.")] = 8765,
    reviews: Annotated[
        Path | None,
        typer.Option(
            "--reviews",
            help="The reviews file decisions are written to.",
            show_default="claimdiff.reviews.json beside the sources",
        ),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Bind address. Anything but 127.0.0.1 exposes your reviews to the network.")
    ] = "127.0.0.1",
    lang: LangOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Serve the review workspace on localhost; decisions are written straight to the reviews file."""
    from reports.reviews import default_path
    from reports.serve import serve

    path = reviews or default_path(sources)
    _report_reviews(path)  # a corrupt file stops here, untouched
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(
            f"claimdiff: warning: serving on {host}: anyone who can reach this address can read the articles; "
            "writes still need the page's token",
            err=True,
        )
    serve(sources, reviews=path, host=host, port=port, lang=lang.value if lang else None, jobs=jobs)


def _report_reviews(path: Path | None):
    """The reviews in FILE (none when FILE is absent); a corrupt file is an error (exit 2), left untouched."""
    from reports import reviews as reviews_mod

    if path is None:
        return reviews_mod.Reviews()
    try:
        return reviews_mod.load_reviews(path)
    except reviews_mod.ReviewsError as e:
        typer.echo(f"claimdiff: error: {e}", err=True)
        raise typer.Exit(2) from None


def _run(fn, sources: list[Path], jobs: int) -> RunResult:
    result = fn(sources, jobs=jobs)
    for err in result.skipped:
        typer.echo(f"claimdiff: skipped {err}", err=True)
    for warning in result.warnings:
        typer.echo(f"claimdiff: warning: {warning}", err=True)
    if not result.document.sources:
        typer.echo("claimdiff: error: no usable sources", err=True)
        raise typer.Exit(2)
    return result


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        atomic_write(output, text)
    except OSError as e:
        typer.echo(f"claimdiff: error: cannot write {output}: {e.strerror or e}", err=True)
        raise typer.Exit(2) from None


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        # mkstemp makes the file private (0600); give it the mode a plain write would.
        os.chmod(tmp, _existing_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _existing_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("claimdiff: interrupted\n")
        sys.exit(130)


__all__ = ["app", "main", "FindingsDocument"]
