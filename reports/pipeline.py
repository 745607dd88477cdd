"""The library API: compare(paths) -> FindingsDocument, one small stage after another.

load → normalise → segment → extract run per source (a pure function of its bytes,
so sources parallelise); alias → candidates → compare → verdict see all sources.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from claims.frames import places, tokens, word_tags
from claims.model import Document
from claims.pipeline import Extraction, extract_document, extract_text
from claims.sources.discover import discover, source_ids
from claims.sources.errors import InputError
from claims.sources.load import load
from matcher.match import MatchResult, match
from matcher.parallel import in_processes, spool, spooled, unspooled, worker_stopped
from reports.cache import ExtractionCache
from reports.compact import compact
from reports.contract import FindingsDocument
from reports.progress import Stages


@dataclass
class RunResult:
    document: FindingsDocument
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # source id → the text its offsets index


class Engine(Protocol):
    """Where the work runs: per-source extraction (any order of completion, results in input
    order) and the matching of all sources' extractions."""

    def start(self) -> None:
        """Load what extraction reads before the first source (timed apart: it is paid once a run, not per MB)."""

    def extract_all(self, paths: Sequence[Path], ids: Sequence[str]) -> Iterator[Extraction | InputError]: ...

    def match(self, extractions: Sequence[Extraction]) -> MatchResult: ...


@dataclass(frozen=True)
class LocalEngine:
    """This machine: `jobs` processes, `jobs - 1` workers and this one, for extraction
    (`_shared_out`), then for the blocks of figures (matcher.parallel, where this process
    supports quotes meanwhile).
    At 200 generated articles, load ~2.7 on 2 cores: matching 30.9 / 28.4 s in one process,
    25.8 / 26.3 s on two, the same findings."""

    jobs: int = 1

    def start(self) -> None:
        warm_up()  # (before a pool forks: its workers share what this loads)

    def extract_all(self, paths: Sequence[Path], ids: Sequence[str]) -> Iterator[Extraction | InputError]:
        # Extracting an article leaves no cyclic garbage (tests/test_determinism.py): what it
        # drops, reference counting frees, so the CLI, which runs without the collector
        # (reports.cli._run), need not collect after each article.
        if self.jobs > 1 and len(paths) > 1:
            yield from _shared_out(paths, ids, min(self.jobs, len(paths)))
            return
        for path, source_id in zip(paths, ids, strict=True):
            yield extract_path(path, source_id)

    def match(self, extractions: Sequence[Extraction]) -> MatchResult:
        return match(extractions, run_blocks=in_processes(self.jobs))


def warm_up() -> None:
    """Load what every extraction reads (the lexicons, the segmenter's dictionary): 0.35 CPU-s
    and 89 MB of a process. Loaded before a pool forks, its workers share it instead of each
    loading its own (this process reads them anyway when it matches)."""
    extract_text("张三说，北京市有500人参加。")
    word_tags(), tokens("北京市")
    # A character jieba's dictionary lacks (覀): the segmenter then reads the tables it guesses such a
    # word's tag from (jieba-rs's posseg data, ~40 ms), which it loads on the first one it meets, in
    # any article with a rare character (a name, a garbled passage): once here, not once a worker.
    tokens(UNLISTED_CHARACTER)
    places("在这里有人")  # a window naming no place: loads the pairs of the dictionary's place names (~18 ms)


UNLISTED_CHARACTER = "覀"  # in no word of jieba's dictionary (tests/test_warm_up.py)


# Articles a worker is sent at once, fewer towards the end (`_shared_out`): its results come
# back in one pickle, which holds a value or frame several of them share once (claims.packing).
CHUNK = 16
QUEUED = 2  # chunks a worker holds: the one it reads, and the next, so it never waits for one


def _shared_out(paths: Sequence[Path], ids: Sequence[str], jobs: int) -> Iterator[Extraction | InputError]:
    """The extractions of `paths` in their order, read by `jobs - 1` worker processes and this
    one, which reads an article itself whenever its workers hold QUEUED chunks each (as the
    matcher's blocks are shared out, matcher.parallel): `jobs` processes busy, no more. What
    this process reads is not pickled there and back (a worker's pickling, ~3 ms an article,
    and the driver's unpickling, ~2.7, were a fifth of the pool's CPU with `jobs` workers and
    this process unpickling beside them), and the workers' chunks shrink towards the end, so
    neither side waits long for the other's last ones. What this process reads is not
    compacted either (reports.compact, ~2.7 ms an article): built here, its claims already
    share most of what compact would (300 generated articles held: 264 MB, 257 compacted).
    1,000 generated articles (36 MB), 2 jobs, load 1.6-3.6 (others' runs): the stage's CPU
    37.5-39.6 s, not 41.9-47.9 with two workers; the same extractions in the same order."""
    warm_up()  # before the workers fork: they share what it loads
    n, workers = len(paths), jobs - 1
    done: dict[int, Extraction | InputError] = {}
    sent: dict[Future[object], range] = {}  # a chunk's results (matcher.parallel.spooled) -> its indices
    start = emitted = 0
    stopped: list[Exception] = []  # a worker stopped (killed): the rest is read here
    with spool() as folder, ProcessPoolExecutor(max_workers=workers, initializer=gc.disable) as pool:
        while emitted < n:
            while not stopped and len(sent) < QUEUED * workers and start < n:
                k = max(1, min(CHUNK, (n - start) // (QUEUED * jobs)))
                try:
                    sent[pool.submit(_extract_chunk, paths[start : start + k], ids[start : start + k], folder)] = range(
                        start, start + k
                    )
                except BrokenProcessPool as e:
                    worker_stopped(e, stopped, "extracting articles")
                    break
                start += k
            for future in [f for f in sent if f.done()]:
                chunk = sent.pop(future)
                try:
                    done.update(zip(chunk, unspooled(future.result()), strict=True))
                except (BrokenProcessPool, OSError) as e:
                    worker_stopped(e, stopped, "extracting articles")
                    done.update((i, extract_path(paths[i], ids[i], compacted=False)) for i in chunk)
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
            if start < n:
                done[start] = extract_path(paths[start], ids[start], compacted=False)
                start += 1
            elif sent:
                wait(sent, return_when=FIRST_COMPLETED)


def _extract_chunk(paths: Sequence[Path], ids: Sequence[str], folder: str) -> object:
    """A worker's chunk of articles, their extractions left in `folder` (matcher.parallel.spooled).
    The worker runs without the collector (a full collection walks everything it inherited and
    cached: 200 articles 5.13-5.40 CPU-s with the collector on, 5.03-5.09 so), and extraction
    leaves no cyclic garbage, so none is collected after an article (see LocalEngine.extract_all).
    Not compacted: the pickle shares what compact would (claims.packing), for less."""
    return spooled(folder, [extract_path(p, i, compacted=False) for p, i in zip(paths, ids, strict=True)])


def extract_path(path: Path, source_id: str, *, compacted: bool = True) -> Extraction | InputError:
    """One source, start to claims; errors are returned, not raised, to cross processes.
    `compacted`: its equal parts shared (reports.compact), for a caller that holds it."""
    try:
        e = extract_document(load(path, source_id))
        return compact(e) if compacted else e
    except InputError as e:
        return e
    except (UnicodeError, ValueError, OSError) as e:  # a file we failed to foresee
        return InputError(path, f"could not be read ({_one_line(e)})")
    except MemoryError:  # one huge file; what it allocated is freed once we are out of it
        return InputError(path, "too large to process (out of memory)")
    except RecursionError as e:  # pathological nesting in one file
        return InputError(path, f"could not be processed ({_one_line(e)})")
    except Exception as e:
        return InputError(path, f"could not be processed ({_one_line(e)}); this is a claimdiff bug, please report it")


def _one_line(e: BaseException, limit: int = 200) -> str:
    """`Type: message` on one line (pydantic and YAML messages span several), cut to `limit`."""
    text = " ".join(f"{type(e).__name__}: {e}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def extract_paths(
    inputs: Sequence[Path],
    *,
    jobs: int = 1,
    cache: ExtractionCache | None = None,
    stages: Stages | None = None,
    engine: Engine | None = None,
) -> tuple[list[Extraction], list[InputError], list[str]]:
    """Every source's extraction, in source-id order. With a cache, sources whose bytes (and
    path, id, claimdiff build) were seen before are read back instead of extracted again."""
    engine = engine or LocalEngine(jobs)
    stages = stages or Stages()
    paths, skipped = discover(inputs)
    ids = source_ids(paths)
    todo = sorted(paths, key=lambda p: ids[p])
    done: dict[Path, Extraction | InputError] = {}
    names: dict[Path, str] = {}
    if cache is not None:
        for p in todo:
            try:
                data = p.read_bytes()
            except OSError:
                continue  # extract_path reports it
            names[p] = cache.entry_name(data, p, ids[p])
            hit = cache.get(names[p])
            if hit is not None:
                done[p] = hit
    missing = [p for p in todo if p not in done]
    if missing:
        stages.stage("start")  # the lexicons and the segmenter's dictionary: once a run, ~0.35 s
        engine.start()
    stages.stage("extract", len(todo))
    stages.advance(len(todo) - len(missing))
    results = []
    for r in engine.extract_all(missing, [ids[p] for p in missing]):
        results.append(r)
        stages.advance()
    for p, r in zip(missing, results, strict=True):
        done[p] = r
        if cache is not None and isinstance(r, Extraction) and p in names:
            try:  # store only if the file did not change while it was read
                unchanged = cache.entry_name(p.read_bytes(), p, ids[p]) == names[p]
            except OSError:
                unchanged = False
            if unchanged:
                cache.put(names[p], r)
    ordered = [done[p] for p in todo]
    extractions = [r for r in ordered if isinstance(r, Extraction)]
    skipped += [r for r in ordered if isinstance(r, InputError)]
    extractions, dated = dated_by_the_story(extractions)
    warnings = [w for e in extractions for w in e.segmented.doc.warnings] + dated
    stages.count("sources", len(extractions))
    stages.count("bytes", sum(len(e.segmented.doc.raw.encode("utf-8")) for e in extractions))
    return extractions, skipped, warnings


# A month named without a year before it (3月30日, 十二月), or after 今年 (今年2月9日: read as its
# 2月9日 is, claims.values.dates): what a story's date can date.
YEARLESS = re.compile(
    r"(?:(?<![年0-9０-９〇零一二三四五六七八九十])|(?<=今年))\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\s*月"
)


def dated_by_the_story(extractions: Sequence[Extraction]) -> tuple[list[Extraction], list[str]]:
    """Sources that state no date of their own (no publication date, no archive date) read
    again against the story's: the median publication date of the run's other sources.

    A text pasted without its dateline still reports the same story as the others, so
    `3月30日` in it is the 3月30日 they report, not a date without a year (which is no
    claim at all). Only such dates are read from it: 今天 or 三天后 in a text without its
    own date still say nothing. A warning names each source whose claims this changed."""
    published = sorted(e.source.published for e in extractions if e.source.published)
    if not published:
        return list(extractions), []
    # The middle one: a follow-up two years on (a story's anniversary) does not move the story.
    story = published[(len(published) - 1) // 2]
    out, warnings = [], []
    for e in extractions:
        doc = e.segmented.doc
        if e.source.published or e.source.reference or not YEARLESS.search(doc.raw, doc.body_start):
            out.append(e)  # dated, or no month named without its year: nothing to read again
            continue
        again = extract_document(Document(doc.source, doc.raw, doc.body_start, doc.warnings, story))
        if len(again.claims) == len(e.claims):
            out.append(e)  # no date without a year: nothing to say
            continue
        out.append(compact(again))
        warnings.append(
            f"{doc.source.path}: no publication date; its dates without a year are read as of {story}, "
            "the median publication date of the other sources"
        )
    return out, warnings


def compare(
    inputs: Sequence[Path],
    *,
    jobs: int = 1,
    cache: ExtractionCache | None = None,
    stages: Stages | None = None,
    engine: Engine | None = None,
) -> RunResult:
    engine = engine or LocalEngine(jobs)
    stages = stages or Stages()
    extractions, skipped, warnings = extract_paths(inputs, cache=cache, stages=stages, engine=engine)
    stages.stage("match")
    result = engine.match(extractions)
    stages.close()
    doc = FindingsDocument(
        sources=tuple(e.source for e in extractions),
        claims=result.claims,
        findings=result.findings,
        flags=result.flags,
        entities=tuple(result.aliases.to_json()),
        facts=result.facts,
    )
    return RunResult(doc, skipped, warnings, {e.source.id: e.segmented.doc.raw for e in extractions})


def claims_only(
    inputs: Sequence[Path],
    *,
    jobs: int = 1,
    cache: ExtractionCache | None = None,
    stages: Stages | None = None,
    engine: Engine | None = None,
) -> RunResult:
    extractions, skipped, warnings = extract_paths(inputs, jobs=jobs, cache=cache, stages=stages, engine=engine)
    if stages is not None:
        stages.close()
    claims = sorted(
        (c for e in extractions for c in e.claims), key=lambda c: (c.source, c.start, c.end, c.kind.value, c.id)
    )
    doc = FindingsDocument(sources=tuple(e.source for e in extractions), claims=tuple(claims))
    return RunResult(doc, skipped, warnings, {e.source.id: e.segmented.doc.raw for e in extractions})
