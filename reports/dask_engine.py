"""`claimdiff compare --engine dask`: the same pipeline on a Dask cluster (extra `claimdiff[dask]`).

Per-source work (load, decode, normalise, segment, extract: `reports.pipeline.extract_path`,
a pure function of one file's bytes) runs as a `dask.bag` map, PARTITION sources a task;
the extractions come back in source-id order. Matching runs `matcher.match.match` with
its blocks (matcher.blocks: figures split by kind and unit, oversized blocks cut to at most
MAX_BLOCK claims) as tasks, one block a task, the run's sources and context index sent to
every worker once; the blocks' facts are gathered in block order and merged by the matcher
itself, exactly as the local engine merges them, so both engines write byte-identical JSON.
The alias table, quote support and the merge stay in this process.

Without `--scheduler`, a `distributed.LocalCluster` of `--jobs` single-threaded worker
processes, bound to 127.0.0.1 (no dashboard): nothing listens beyond this machine.
Sources may be fsspec globs (`articles/2026-01-*/*.md`); only local files are read so far.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.model import Source
from claims.pipeline import Extraction
from claims.sources.errors import InputError
from matcher.blocks import Block, PackedFact, match_block, pack, unpack
from matcher.facts import Fact
from matcher.match import MatchResult, match
from matcher.neighbours import CharTfidf
from reports.pipeline import extract_path

# Sources a task: 4 generated articles (~36 KB each) are 0.4-0.8 CPU-s of extraction here
# (benchmarks/dask_run.py), so the scheduler's ~1 ms a task is noise and 1,000 articles
# still make 250 tasks to balance over the workers.
PARTITION = 4
CONNECT_TIMEOUT = "10s"  # an unreachable --scheduler fails after this
_GLOB = re.compile(r"[*?\[]")
_LOCAL = ("file", "local")


def _extract(item: tuple[str, str]) -> Extraction | InputError:
    path, source_id = item
    return extract_path(Path(path), source_id)


def match_extractions(client: Any, extractions: Sequence[Extraction]) -> MatchResult:
    """All sources' claims matched, each block of figures a task on the cluster."""

    def run_blocks(blocks: Sequence[Block], sources: dict[str, Source], index: CharTfidf | None) -> list[list[Fact]]:
        if len(blocks) < 2:  # nothing to spread: no round trip
            return [match_block(b, sources, index) for b in blocks]
        [shared] = client.scatter([(sources, index)], broadcast=True, hash=False)
        futures = client.map(_match_block, blocks, shared=shared, pure=False)
        results = client.gather(futures)  # in block order
        client.cancel([*futures, shared])
        # The facts came back as places in their blocks: this process's own claims, no copies.
        return [unpack(b, packed) for b, packed in zip(blocks, results, strict=True)]

    return match(extractions, run_blocks=run_blocks)


def _match_block(block: Block, shared: tuple[Mapping[str, Source], CharTfidf | None]) -> list[PackedFact]:
    """A block matched on a worker, its facts sent back packed (matcher.blocks.pack), as the
    local engine's process pool sends them (matcher.parallel)."""
    sources, index = shared
    return pack(block, match_block(block, sources, index))


@dataclass
class DaskEngine:
    """A `reports.pipeline.Engine` on a distributed Client."""

    client: Any
    partition: int = PARTITION

    def start(self) -> None:
        """Nothing here: each worker loads what it reads with its first source."""

    def extract_all(self, paths: Sequence[Path], ids: Sequence[str]) -> Iterator[Extraction | InputError]:
        if not paths:
            return
        import dask.bag as db
        from distributed import as_completed

        items = [(str(p), sid) for p, sid in zip(paths, ids, strict=True)]
        bag = db.from_sequence(items, partition_size=self.partition).map(_extract)
        futures = self.client.compute(bag.to_delayed())
        order = {f.key: i for i, f in enumerate(futures)}
        ready: dict[int, list] = {}
        next_part = 0
        # Fetched as they finish, so no worker holds finished results; yielded in source order.
        for future in as_completed(futures):
            ready[order[future.key]] = future.result()
            future.release()
            while next_part in ready:
                yield from ready.pop(next_part)
                next_part += 1

    def match(self, extractions: Sequence[Extraction]) -> MatchResult:
        return match_extractions(self.client, extractions)


@contextmanager
def dask_session(scheduler: str | None, workers: int = 2) -> Iterator[DaskEngine]:
    """A DaskEngine on the cluster at `scheduler`, or on a LocalCluster of `workers`
    single-threaded processes on 127.0.0.1, closed afterwards."""
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler, timeout=CONNECT_TIMEOUT) as client:
            yield DaskEngine(client)
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        from reports.cli import CLI_GC_THRESHOLD  # claims are long-lived and acyclic, in workers too

        client.run(gc.set_threshold, *CLI_GC_THRESHOLD)
        yield DaskEngine(client)


def expand(specs: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Sources as local paths: globs expanded by fsspec (sorted), other names as given
    (folders are walked later, like the local engine's); the globs that matched nothing."""
    import fsspec
    from fsspec.core import split_protocol

    paths: list[Path] = []
    unmatched: list[str] = []
    for spec in specs:
        protocol, rest = split_protocol(spec)
        if protocol not in (None, *_LOCAL):
            raise OSError(f"{spec}: only local sources so far (fsspec protocol {protocol!r})")
        if not _GLOB.search(rest):
            paths.append(Path(rest))
            continue
        found = sorted(fsspec.filesystem("file").glob(rest))
        paths += [Path(f) for f in found]
        if not found:
            unmatched.append(spec)
    return paths, unmatched
