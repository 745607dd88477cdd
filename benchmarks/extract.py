"""Extraction throughput: load-free pipeline (normalise → segment → extract) over the
seed articles repeated to at least 5 MB, on one core.

    python benchmarks/extract.py [--mb 5] [--repeat 3]
    python benchmarks/extract.py --corpus DIR     # e.g. after benchmarks/gen_corpus.py 200 DIR
    python benchmarks/extract.py --corpus DIR --frames   # frame_of alone (also with --generated N)
    python benchmarks/extract.py --corpus DIR --jobs 2   # the process pool `claimdiff compare --jobs 2` runs

The seeds repeated are five texts read again and again: text-keyed caches (a sentence's
mentions, dates, places before a figure, entities) answer from memory after the first copy,
and best-of-3 times a warm process -- what reprinted copy costs. So the run also reads a
generated corpus (benchmarks/gen_corpus.py: figures, dates and names perturbed, so few
sentences repeat) each article once, cold: what fresh copy costs. `--corpus` reads each
article of DIR once the same way.

`--jobs N` times DIR's extraction as `claimdiff compare --jobs N` runs it (reports.pipeline
LocalEngine: N - 1 worker processes and this one, each worker's extractions pickled back to
this one): wall and CPU time
of this process and its workers together, and MB/s a core (by wall over N cores, and by CPU).
It counts what one process alone does not: the pickles both ways, and two busy processes
slowing each other on a small machine.

`--frames` times the frames hot path alone: the distinct questions a corpus asks
`claims.frames.frame_of` (masked context, unit, prior sentences, names), recorded while
extracting it, answered again with the frames caches cleared, best of `--repeat` by CPU time.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
from pathlib import Path

from claims.model import Source
from claims.native import native
from claims.pipeline import extract_document
from claims.sources.load import Document, front_matter, load, publication_date
from reports.cli import CLI_GC_THRESHOLD
from reports.pipeline import warm_up

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"


def corpus(target_mb: float) -> list[Document]:
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(SEEDS.glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < target_mb * 1_000_000:
        raw = texts[i % len(texts)]
        _, body_start, _ = front_matter(raw)
        source = Source(id=f"copy{i:05d}", path=f"<copy{i}>", published=publication_date(raw[body_start:]))
        docs.append(Document(source, raw, body_start))
        size += len(raw.encode("utf-8"))
        i += 1
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="a folder of articles, each extracted once")
    ap.add_argument("--fresh", type=int, default=50, help="generated articles read once, cold (0: skip)")
    ap.add_argument("--generated", type=int, default=0, help=argparse.SUPPRESS)  # the --fresh run's own process
    ap.add_argument("--frames", action="store_true", help="time frame_of alone over the corpus's frame questions")
    ap.add_argument("--jobs", type=int, default=0, help="with --corpus: extract it on a process pool of N workers")
    args = ap.parse_args()
    if args.jobs and args.corpus:
        pooled(args.corpus, args.jobs)
        return
    if args.frames:
        if args.corpus:
            frames([load(p) for p in sorted(args.corpus.iterdir()) if p.is_file()], str(args.corpus), args.repeat)
        else:
            import gen_corpus  # benchmarks/, beside this file

            n = args.generated or args.fresh
            frames(gen_corpus.documents(n), f"{n} generated articles", args.repeat)
        return
    if args.corpus:
        once(args.corpus)
        return
    if args.generated:
        import gen_corpus  # benchmarks/, beside this file

        fresh(gen_corpus.documents(args.generated), f"{args.generated} generated articles")
        return
    if args.fresh:  # in a process of its own: these caches stay out of its way, and its out of these
        subprocess.run([sys.executable, __file__, "--generated", str(args.fresh)], check=True)
    docs = corpus(args.mb)
    size = sum(len(d.raw.encode("utf-8")) for d in docs)
    print(f"documents        {len(docs)}")
    print(f"input            {size / 1e6:.2f} MB (UTF-8), {sum(len(d.raw) for d in docs):,} characters")
    default = gc.get_threshold()
    # The CLI raises the collector's thresholds (reports/cli.py): measure both ways.
    for label, threshold in (("default GC", default), ("CLI GC", CLI_GC_THRESHOLD)):
        gc.set_threshold(*threshold)
        best, best_cpu, claims = float("inf"), float("inf"), 0
        for _ in range(args.repeat):
            t, cpu = time.perf_counter(), time.process_time()
            claims = sum(len(extract_document(d).claims) for d in docs)
            best, best_cpu = min(best, time.perf_counter() - t), min(best_cpu, time.process_time() - cpu)
        # On a shared machine the wall time counts other processes' turns; CPU time does not.
        print(
            f"{label:<11}      {claims:,} claims, best of {args.repeat} {best:.2f} s ({best_cpu:.2f} s CPU), "
            f"{size / 1e6 / best:.2f} MB/s on one core ({size / 1e6 / best_cpu:.2f} by CPU time; target >= 1 MB/s)"
        )
    gc.set_threshold(*default)


def once(folder: Path) -> None:
    """Each article of `folder` extracted once, after one short text loads the dictionaries."""
    fresh([load(p) for p in sorted(folder.iterdir()) if p.is_file()], str(folder))


def fresh(docs: list[Document], label: str) -> None:
    """Each document extracted once, its sentences new to this process's caches."""
    size = sum(len(d.raw.encode("utf-8")) for d in docs)
    # The lexicons, the segmenter's dictionary and the tables it guesses an unlisted word's tag from,
    # the pairs of its place names: start-up, not throughput, what the CLI loads before it extracts.
    warm_up()
    gc.set_threshold(*CLI_GC_THRESHOLD)
    wall, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(extract_document(d).claims) for d in docs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"documents        {len(docs)} from {label}, {size / 1e6:.2f} MB (UTF-8), each once, cold")
    print(f"extraction       {'compiled (make native, claims.native)' if native() else 'Python source'}")
    print(
        f"CLI GC           {claims:,} claims, {wall:.2f} s wall ({cpu:.2f} s CPU), "
        f"{size / 1e6 / wall:.2f} MB/s ({size / 1e6 / cpu:.2f} by CPU time)"
    )


def pooled(folder: Path, jobs: int) -> None:
    """`folder` extracted by `jobs` processes (this one and `jobs - 1` workers), as the CLI's local engine does it."""
    import resource

    from claims.sources.discover import source_ids
    from reports.pipeline import LocalEngine

    paths = sorted(p for p in folder.iterdir() if p.is_file())
    ids = source_ids(paths)
    size = sum(len(p.read_bytes()) for p in paths)
    warm_up()  # what the CLI loads before its workers fork
    gc.disable()  # as the CLI runs (reports.cli._run); the workers collect after each article
    wall, cpu = time.perf_counter(), time.process_time()
    done = list(LocalEngine(jobs).extract_all(paths, [ids[p] for p in paths]))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers, joined by now
    total = cpu + workers.ru_utime + workers.ru_stime
    claims = sum(len(e.claims) for e in done if hasattr(e, "claims"))
    print(f"documents        {len(paths)} from {folder}, {size / 1e6:.2f} MB (UTF-8), {jobs} processes")
    print(
        f"pool             {claims:,} claims, {wall:.2f} s wall, {total:.2f} s CPU ({cpu:.2f} of them in this process), "
        f"{size / 1e6 / wall / jobs:.2f} MB/s a core by wall ({size / 1e6 / total:.2f} by CPU time)"
    )


def frames(docs: list[Document], label: str, repeat: int) -> None:
    """frame_of alone: each distinct question the documents ask it, caches cleared per run."""
    import claims.frames as frames_module
    import claims.frames.names as names_module
    import claims.pipeline as pipeline

    asked: dict[tuple[object, ...], None] = {}
    cached = pipeline._frame  # the pipeline's cache in front of frame_of: record what reaches it

    def record(*question: object) -> object:
        asked[question] = None
        return cached(*question)

    pipeline._frame = record  # type: ignore[assignment]
    try:
        for d in docs:
            extract_document(d)
    finally:
        pipeline._frame = cached
    keep = {frames_module.word_tags, frames_module._tagger, frames_module._place_pairs}
    caches = [
        f
        for module in (frames_module, names_module)
        for f in vars(module).values()
        if hasattr(f, "cache_clear") and f not in keep
    ]
    best = float("inf")
    for _ in range(repeat):
        for f in caches:
            f.cache_clear()
        gc.collect()
        cpu = time.process_time()
        for question in asked:
            frames_module.frame_of(*question)  # type: ignore[arg-type]
        best = min(best, time.process_time() - cpu)
    print(f"frames           {len(asked):,} distinct frame questions from {label}")
    print(
        f"frame_of         best of {repeat} {best:.3f} s CPU, {best / len(asked) * 1e6:.1f} us a question, caches cleared"
    )


if __name__ == "__main__":
    main()
