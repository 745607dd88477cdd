"""The `claimdiff` command line: a thin shell over reports.pipeline.

Exit codes: 0 success; 1 `check` found new unreviewed findings; 2 usage or input error
(no usable source, unwritable output, a corrupt reviews or baseline file).
stdout carries only the requested output; skipped files and warnings go to stderr as
one line each: `claimdiff: skipped PATH: reason`.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterable
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated

import typer

from matcher.model import Finding, Relation
from reports.contract import FindingsDocument, iter_json, relation_counts
from reports.files import atomic_write
from reports.pipeline import RunResult, claims_only, compare

CLI_GC_THRESHOLD = (100_000, 50, 100)  # see main_options
SEVERITY = ("contradict", "evolves", "agree", "unsupported")  # which of a fact's findings a review decides

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
DEFAULT_JOBS = os.cpu_count() or 1
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Sources processed in parallel (default: all cores).")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar on a terminal.")]


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


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


@app.command("compare")
def compare_cmd(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Article files (.txt, .md, .html) or folders of them; with --engine dask also globs (fsspec).",
            show_default=False,
            metavar="SOURCES",
        ),
    ],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    output: OutputOpt = None,
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
    engine: Annotated[
        EngineName, typer.Option("--engine", help="local: this machine (--jobs processes); dask: a Dask cluster.")
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler's address (default: a local cluster on 127.0.0.1).",
            show_default=False,
        ),
    ] = None,
    timings: Annotated[bool, typer.Option("--timings", help="Print each stage's time to stderr.")] = False,
) -> None:
    """Extract claims, match them across sources, and write the findings (JSON contract or text)."""
    from reports.progress import Stages

    stages = Stages(bar=show_bar(quiet))
    if engine is EngineName.dask:
        result = _run_dask(sources, jobs, scheduler, stages=stages)
    else:
        if scheduler is not None:
            raise _fail("--scheduler needs --engine dask")
        result = _run(compare, [Path(s) for s in sources], jobs, stages=stages)
    from reports.text import render_findings

    started = time.perf_counter()
    _write(iter_json(result.document) if fmt is OutputFormat.json else render_findings(result.document), output)
    stages.record("write", time.perf_counter() - started)
    if timings:
        typer.echo(f"claimdiff: timings: {stages.summary()}", err=True)


@app.command("claims")
def claims_cmd(
    sources: SourcesArg,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    output: OutputOpt = None,
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
) -> None:
    """Write the sources and the claims read from them, without matching: check what was read."""
    result = _run(claims_only, sources, jobs, quiet=quiet)
    from reports.text import render_claims

    _write(iter_json(result.document) if fmt is OutputFormat.json else render_claims(result.document), output)


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
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
) -> None:
    """Write a self-contained HTML review workspace: contradictions first, decisions exportable."""
    entries = _report_reviews(reviews)
    if reviews is not None and not reviews.exists():
        typer.echo(f"claimdiff: warning: {reviews}: no such reviews file; the cards show no decisions", err=True)
    result = _run(compare, sources, jobs, quiet=quiet)
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
    n = relation_counts(doc)
    typer.echo(
        f"claimdiff: wrote {output} ({len(doc.sources)} sources, {n[Relation.contradict]} contradictions, "
        f"{n[Relation.evolves]} changes over time, {n[Relation.agree]} agreements)",
        err=True,
    )


# --- the CI check: reviews, baseline, check, export ------------------------------------------

CacheOpt = Annotated[
    bool,
    typer.Option(
        "--cache/--no-cache",
        help="Reuse the claims of sources whose bytes did not change (in --cache-dir; safe to delete).",
    ),
]
CacheDirOpt = Annotated[Path, typer.Option("--cache-dir", help="Where the extraction cache lives.")]
ReviewsOpt = Annotated[
    Path | None,
    typer.Option(
        "--reviews",
        help="The reviews file (default: claimdiff.reviews.json in the sources' folder).",
        show_default=False,
    ),
]


BaselineOpt = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        help="Findings to accept as they are (default: claimdiff.baseline.json in the sources' folder or the current one, if present).",
        show_default=False,
    ),
]


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(StrEnum):
    contradict = "contradict"
    evolves = "evolves"
    any = "any"


class ReviewStatus(StrEnum):
    confirmed = "confirmed"
    dismissed = "dismissed"
    explained = "explained"


class ExportFormat(StrEnum):
    csv = "csv"
    claimreview = "claimreview"


def _cache(enabled: bool, folder: Path):
    if not enabled:
        return None
    from reports.cache import ExtractionCache

    return ExtractionCache(folder)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"claimdiff: error: {message}", err=True)
    return typer.Exit(2)


def _reviews(sources: list[Path], path: Path | None):
    """The reviews file's path and contents; a corrupt file ends the run (exit 2), untouched."""
    from reports.reviews import ReviewsError, default_path, load_reviews

    path = path or default_path(sources)
    try:
        return path, load_reviews(path)
    except ReviewsError as e:
        raise _fail(str(e)) from None


def _baseline(sources: list[Path], path: Path | None):
    """The baseline's path and entries: the one given, else the default one if it exists, else none."""
    from reports.check import DEFAULT_BASELINE, BaselineError, default_baseline, load_baseline

    if path is None:  # beside the sources, else in the current folder
        path = next((p for p in (default_baseline(sources), Path(DEFAULT_BASELINE)) if p.is_file()), None)
    if path is None:
        return None, None
    try:
        return path, load_baseline(path)
    except BaselineError as e:
        raise _fail(str(e)) from None


@app.command("check")
def check_cmd(
    sources: SourcesArg,
    reviews_file: ReviewsOpt = None,
    baseline: BaselineOpt = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Which new unreviewed findings fail.")
    ] = FailOn.contradict,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
    output: OutputOpt = None,
    sarif: Annotated[
        Path | None,
        typer.Option("--sarif", help="Also write the SARIF log to this file.", show_default=False),
    ] = None,
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
    cache: CacheOpt = True,
    cache_dir: CacheDirOpt = Path(".claimdiff-cache"),
) -> None:
    """Fail (exit 1) when a finding is new since the baseline and nobody reviewed it; exit 0 otherwise."""
    from reports.check import render_json, render_text, run_check

    reviews_path, reviews = _reviews(sources, reviews_file)
    base_path, base = _baseline(sources, baseline)
    result = _run(compare, sources, jobs, _cache(cache, cache_dir), quiet=quiet)
    checked = run_check(result.document, result.texts, reviews, base, fail_on.value)
    checked.baseline, checked.reviews_path = base_path, reviews_path
    if fmt is CheckFormat.sarif or sarif is not None:
        from reports.sarif import render_sarif

        sarif_text = render_sarif(checked)
        if sarif is not None:
            _write(sarif_text, sarif)
    if fmt is CheckFormat.text:
        text = render_text(checked)
    elif fmt is CheckFormat.json:
        text = render_json(checked)
    elif fmt is CheckFormat.sarif:
        text = sarif_text
    else:
        from reports.github import render_github

        text = render_github(checked)
    _write(text, output)
    raise typer.Exit(checked.exit_code)


@app.command("baseline")
def baseline_cmd(
    sources: SourcesArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Default: claimdiff.baseline.json in the sources' folder.", show_default=False
        ),
    ] = None,
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
    cache: CacheOpt = True,
    cache_dir: CacheDirOpt = Path(".claimdiff-cache"),
) -> None:
    """Record the current contradictions and changes over time: `check` accepts them from now on."""
    from reports.check import baseline_entries, default_baseline, dumps_baseline

    result = _run(compare, sources, jobs, _cache(cache, cache_dir), quiet=quiet)
    entries = baseline_entries(result.document, result.texts)
    path = output or default_baseline(sources)
    _write(dumps_baseline(entries), path)
    typer.echo(f"claimdiff: wrote {path} ({len(entries)} findings)", err=True)


@app.command("review")
def review_cmd(
    sources: SourcesArg,
    fact: Annotated[
        str | None,
        typer.Option(
            "--fact", help="Record one decision for this fact id (or a unique prefix of it).", show_default=False
        ),
    ] = None,
    status: Annotated[
        ReviewStatus | None, typer.Option("--status", help="With --fact: the decision.", show_default=False)
    ] = None,
    note: Annotated[str, typer.Option("--note", help="Why: read by the next reviewer.")] = "",
    reviewer: Annotated[
        str | None,
        typer.Option("--reviewer", help="Default: $CLAIMDIFF_REVIEWER, $GIT_AUTHOR_NAME or $USER.", show_default=False),
    ] = None,
    relation: Annotated[
        FailOn | None,
        typer.Option(
            "--relation",
            help="Which findings: with --fact, when the fact has several; in the loop, default contradict.",
        ),
    ] = None,
    reviews_file: ReviewsOpt = None,
    baseline: BaselineOpt = None,
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
    cache: CacheOpt = True,
    cache_dir: CacheDirOpt = Path(".claimdiff-cache"),
) -> None:
    """Review findings: one decision with --fact/--status, or a terminal loop over the unreviewed contradictions."""
    from reports import reviews as rv

    if fact is None and status is not None:
        raise _fail("--status needs --fact (or leave both out for the interactive loop)")
    if fact is not None and status is None:
        raise _fail("--fact needs --status confirmed|dismissed|explained")
    reviews_path, reviews = _reviews(sources, reviews_file)
    base = _baseline(sources, baseline)[1] if fact is None else None
    who = reviewer or rv.default_reviewer()
    result = _run(compare, sources, jobs, _cache(cache, cache_dir), quiet=quiet)
    doc = result.document
    if fact is None or status is None:
        from reports.review_loop import review_loop

        rel = relation.value if relation else "contradict"
        raise typer.Exit(review_loop(doc, result.texts, reviews_path, reviews, who, rel, base))
    claims = {c.id: c for c in doc.claims}
    matches, decided = _fact_findings(doc, fact, relation)
    found = rv.fact_id(matches[0])
    values, claim_rows = rv.reviewed_material(matches, claims)
    try:
        rv.record(reviews_path, found, decided, status.value, note, who, values, claim_rows)
    except rv.ReviewsError as e:
        raise _fail(str(e)) from None
    except OSError as e:
        raise _fail(f"cannot write {reviews_path}: {e.strerror or e}") from None
    typer.echo(f"claimdiff: recorded {status.value} for {decided} fact {found} in {reviews_path}", err=True)


def _fact_findings(doc: FindingsDocument, fact: str, relation: FailOn | None) -> tuple[list[Finding], str]:
    """The findings one review decision is about: those of the fact id (or its unique prefix),
    of the relation asked for, else of the fact's most severe relation; and that relation."""
    from reports import reviews as rv

    matches = [f for f in doc.findings or () if rv.fact_id(f) == fact]
    if not matches:
        prefixed = {rv.fact_id(f) for f in doc.findings or () if rv.fact_id(f).startswith(fact)}
        if len(prefixed) > 1:
            raise _fail(f"fact {fact!r} is ambiguous: {', '.join(sorted(prefixed)[:5])}")
        matches = [f for f in doc.findings or () if rv.fact_id(f) in prefixed]
    if relation is not None and relation is not FailOn.any:
        matches = [f for f in matches if f.relation.value == relation.value]
    if not matches:
        raise _fail(f"no finding with fact {fact!r} in these sources (see `claimdiff check --format json`)")
    relations = sorted({f.relation.value for f in matches}, key=lambda r: SEVERITY.index(r))
    if len(relations) > 1 and relation is FailOn.any:
        raise _fail(
            f"fact {fact!r} has findings of several relations ({', '.join(relations)}); pick one with --relation"
        )
    # A fact's agreement and its contradiction are one fact: the decision is on the most severe.
    return [f for f in matches if f.relation.value == relations[0]], relations[0]


@app.command("export")
def export_cmd(
    sources: SourcesArg,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.csv,
    reviews_file: ReviewsOpt = None,
    include_all: Annotated[
        bool, typer.Option("--all", help="claimreview: also findings nobody reviewed yet (no rating).")
    ] = False,
    output: OutputOpt = None,
    jobs: JobsOpt = DEFAULT_JOBS,
    quiet: QuietOpt = False,
    cache: CacheOpt = True,
    cache_dir: CacheDirOpt = Path(".claimdiff-cache"),
) -> None:
    """Findings for newsroom tools: CSV (one row per finding) or schema.org ClaimReview JSON-LD."""
    from reports.export import render_claimreview, render_csv

    _, reviews = _reviews(sources, reviews_file)
    result = _run(compare, sources, jobs, _cache(cache, cache_dir), quiet=quiet)
    if fmt is ExportFormat.csv:
        text = render_csv(result.document, result.texts, reviews)
    else:
        text = render_claimreview(result.document, result.texts, reviews, include_all=include_all)
    _write(text, output)


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
    jobs: JobsOpt = DEFAULT_JOBS,
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


def show_bar(quiet: bool) -> bool:
    """A progress bar only for a person watching: stderr is a terminal and --quiet was not given."""
    return not quiet and sys.stderr.isatty()


def _run(fn, sources: list[Path], jobs: int, cache=None, *, quiet: bool = False, engine=None, stages=None):
    from reports.progress import Stages

    stages = stages or Stages(bar=show_bar(quiet))
    # The run builds millions of long-lived, acyclic objects (claims, their values, the
    # matcher's facts): at 200 generated articles the collector spent 2.9 s of the driver's
    # 30 CPU-s walking them, to find ~1,200 objects of cyclic garbage. So it is off for the
    # run; afterwards what the run built is frozen (never walked again: writing the output
    # allocates as much again) and the collector is back on for what follows.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result: RunResult = fn(sources, jobs=jobs, cache=cache, stages=stages, engine=engine)
    finally:
        stages.close()
        gc.freeze()
        if collecting:
            gc.enable()
    for err in result.skipped:
        typer.echo(f"claimdiff: skipped {err}", err=True)
    for warning in result.warnings:
        typer.echo(f"claimdiff: warning: {warning}", err=True)
    if not result.document.sources:
        typer.echo("claimdiff: error: no usable sources", err=True)
        raise typer.Exit(2)
    return result


def _run_dask(sources: list[str], jobs: int, scheduler: str | None, *, stages) -> RunResult:
    """compare on Dask: the cluster at `scheduler`, or a local one of `jobs` workers."""
    try:
        from reports.dask_engine import dask_session, expand
    except ImportError as e:
        raise _fail(
            f"--engine dask needs the dask extra: pip install 'claimdiff[dask]' ({e.name} is missing)"
        ) from None
    try:
        paths, unmatched = expand(sources)
    except OSError as e:  # a protocol we do not read yet
        raise _fail(str(e)) from None
    for spec in unmatched:
        typer.echo(f"claimdiff: skipped {spec}: no file matches this pattern", err=True)
    try:
        with dask_session(scheduler, workers=jobs) as engine:
            return _run(compare, paths, jobs, engine=engine, stages=stages)
    except OSError as e:  # the scheduler cannot be reached, or the local cluster cannot start
        raise _fail(f"dask: {scheduler or 'local cluster'}: {e}") from None


def _write(text: str | Iterable[bytes], output: Path | None) -> None:
    """`text` (or UTF-8 pieces of it) to `output`, atomically, or to stdout."""
    if output is None:
        if isinstance(text, str):
            sys.stdout.write(text)
        else:
            _write_stdout_bytes(text)
        sys.stdout.flush()
        return
    try:
        atomic_write(output, text)
    except OSError as e:
        typer.echo(f"claimdiff: error: cannot write {output}: {e.strerror or e}", err=True)
        raise typer.Exit(2) from None


def _write_stdout_bytes(pieces: Iterable[bytes]) -> None:
    sys.stdout.flush()
    binary = getattr(sys.stdout, "buffer", None)
    for piece in pieces:
        if binary is not None:
            binary.write(piece)
        else:  # a text-only stream (some test harnesses)
            sys.stdout.write(piece.decode("utf-8"))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("claimdiff: interrupted\n")
        sys.exit(130)


__all__ = ["app", "main", "FindingsDocument", "atomic_write"]
