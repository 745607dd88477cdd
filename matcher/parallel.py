"""Blocks matched on a local process pool: `match(extractions, run_blocks=in_processes(2))`.

Each block is matched on its own (matcher.blocks.match_block), so `jobs - 1` worker
processes take them largest first (the run's sources and TF-IDF index are sent to each
worker once, when it starts) while this process supports quotes (matcher.match), then
takes the blocks no worker has started yet: `jobs` processes busy in all, no more (the
machine may be shared). Results come back in the blocks' order, so the JSON is
byte-identical to a run in one process (tests/test_blocks.py).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager, suppress
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, Any, NamedTuple

from claims.model import Source
from matcher.blocks import Block, PackedFact, match_block, pack, unpack
from matcher.facts import Fact
from matcher.neighbours import CharTfidf

if TYPE_CHECKING:
    from matcher.match import RunBlocks

# A block with fewer candidate claims than this is matched in this process: sending it
# to a worker and its facts back costs more than matching it (the seeds' blocks, ≤ 300
# claims, match in well under a second all together).
POOL_MIN_CLAIMS = 1000

# A worker forked from this process soon holds its own copy of most of what this one holds
# (either process touching an object copies its page). At 1,000 generated articles this
# process held 983 MB when it handed out the blocks: with a forked worker the tree peaked at
# 2,415-2,452 MB of PSS (the worker 1,014 MB), with one started from multiprocessing's small
# server process ("forkserver") at 1,777-1,846 MB (the worker ~165 MB), its CPU the same
# (14.8-17.1 s against 16.4-18.1: its imports and cold caches cost about what the forked
# one's page copies do, once it collects as the driver does, see _share), the matcher's wall
# time the same within the load's noise (26.0-43.1 s against 34.7-54.5; matching alone,
# 00:14-00:41, load 2.3-3.5). So the workers are forked while this process holds less than
# FORK_MAX_MB (500 articles: 550 MB, a tree of 1,409 MB forked), and started from the server
# above it.
FORK_MAX_MB = 700

_shared: tuple[Mapping[str, Source], CharTfidf | None] = ({}, None)


def in_processes(jobs: int, min_claims: int = POOL_MIN_CLAIMS, fork_max_mb: float = FORK_MAX_MB) -> RunBlocks:
    """A `run_blocks` for matcher.match: the blocks on `jobs` processes, this one included
    (1, or fewer than `min_claims` claims in all: all in this one); the workers are forked
    while this process holds less than `fork_max_mb`, else started from a server process,
    which starts now if this process holds that much already (`_served`)."""
    if jobs >= 2 and _held_mb() >= fork_max_mb:
        _served()

    def run(
        blocks: Sequence[Block], sources: Mapping[str, Source], index: CharTfidf | None
    ) -> list[list[Fact]] | Callable[[], list[list[Fact]]]:
        claims = sum(len(b.claims) for b in blocks)
        if jobs < 2 or len(blocks) < 2 or claims < min_claims:
            return [match_block(b, sources, index) for b in blocks]
        order = sorted(range(len(blocks)), key=lambda i: (-len(blocks[i].claims), i))
        pool = ProcessPoolExecutor(
            jobs - 1,
            mp_context=_start(fork_max_mb),
            initializer=_share,
            initargs=(sources, index, gc.isenabled(), gc.get_threshold()),
        )
        futures: dict[int, Future[object]] = {}
        told: list[Exception] = []
        held = ExitStack()  # the folder of the workers' results (`spooled`), removed once they are read
        folder = held.enter_context(spool())
        try:
            for i in order:
                futures[i] = pool.submit(_match, blocks[i], folder)
        except BrokenProcessPool as e:  # a worker stopped as it started: the rest are matched here
            worker_stopped(e, told, "matching blocks")

        def results() -> list[list[Fact]]:
            """Done with its own work, this process takes every block no worker has
            started, largest first, while the workers finish theirs; and any block whose
            worker stopped (killed, out of memory)."""
            mine: dict[int, list[Fact]] = {}
            with held, pool:
                for i in order:
                    if i not in futures or futures[i].cancel():
                        mine[i] = match_block(blocks[i], sources, index)
                out = [
                    mine[i] if i in mine else _theirs(blocks[i], futures[i], sources, index, told)
                    for i in range(len(blocks))
                ]
            futures.clear()  # the packed facts, unpacked: not held while they are named
            return out

        return results

    return run


def _theirs(
    block: Block,
    future: Future[object],
    sources: Mapping[str, Source],
    index: CharTfidf | None,
    told: list[Exception],
) -> list[Fact]:
    """A worker's facts of `block`; matched here if its worker stopped before it sent them."""
    try:
        packed: list[PackedFact] = unspooled(future.result())
        return unpack(block, packed)
    except (BrokenProcessPool, OSError) as e:
        worker_stopped(e, told, "matching blocks")
        return match_block(block, sources, index)


def worker_stopped(error: Exception, told: list[Exception], doing: str) -> None:
    """Said once a pool (`told`, its stops so far): a worker stopped (the system killed it, out of
    memory) or its results could not be read back (`unspooled`), and this process does what the
    pool still had, with the same results."""
    if not told:
        sys.stderr.write(f"claimdiff: warning: a worker {doing} stopped ({error}); this process does its work\n")
    told.append(error)


# A pool's results come back through files, not the pool's pipe. Through the pipe, a worker's
# result (a chunk of 16 articles' extractions pickles to ~4 MB) is read by a thread of this
# process 64 KB at a time, each read waiting for the interpreter's lock, which this process's
# own work gives up every 5 ms: the worker waited ~0.1-0.2 s to hand over each chunk (1,000
# generated articles, 2 jobs: 3.7 s of a 10.3 s extraction between its chunks, 1.5 s of it
# pickling). A file is written without waiting for this process, and read here in one call.
class Spooled(NamedTuple):
    """A worker's pickled result: the file it is in."""

    path: str


@contextmanager
def spool() -> Iterator[str]:
    """A new folder of the temporary directory for a pool's results, removed with what is left in it."""
    folder = tempfile.mkdtemp(prefix="claimdiff-")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def spooled(folder: str, result: Any) -> Any:
    """In a worker: `result` pickled into a new file of `folder`, named by the Spooled returned;
    `result` itself (the pool's pipe carries it) when the file cannot be written (a full disk)."""
    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    path = None
    try:
        fd, path = tempfile.mkstemp(dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except OSError:
        if path is not None:
            with suppress(OSError):
                os.unlink(path)
        return result
    return Spooled(path)


def unspooled(got: Any) -> Any:
    """A worker's result as `spooled` gave it: read (in one call) and removed; OSError when its file is gone."""
    if type(got) is not Spooled:
        return got
    with open(got.path, "rb") as f:
        data = f.read()
    os.unlink(got.path)
    return pickle.loads(data)


def _start(fork_max_mb: float) -> BaseContext:
    """Fork while this process is small; else the server (its workers share nothing with this one);
    without fork, the platform's own way (`_served`)."""
    if _unix() and _held_mb() < fork_max_mb:
        return multiprocessing.get_context("fork")
    return _served()


def _unix() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _held_mb() -> float:
    """This process's peak resident size so far (0 where it cannot be read)."""
    try:
        import resource
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


# The server imports this module (and so the claims and the matcher, compiled or not) and scikit-learn
# (the TF-IDF index a worker is given holds its vectorizers) when it starts, so each worker forked from
# it has them. Started when the pool was, a worker imported them as it read its start-up data, and this
# process waited to hand that over (1,000 generated articles: 1.33 s with the other core idle; 0.81-0.90
# s with the server started early but without scikit-learn). Started as the matcher begins
# (`in_processes`), the server imports them while this process builds the alias table and the blocks.
SERVER_PRELOAD = ["__main__", __name__, "sklearn.feature_extraction.text"]


def _served() -> BaseContext:
    """multiprocessing's server context, its server started (once) with SERVER_PRELOAD loaded; the
    platform's own context where there is no fork (nor a server)."""
    from multiprocessing import forkserver

    if not _unix():
        return multiprocessing.get_context()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(SERVER_PRELOAD)  # read when the server starts; kept by one running
    forkserver.ensure_running()
    return context


def _share(
    sources: Mapping[str, Source], index: CharTfidf | None, collecting: bool, threshold: tuple[int, ...]
) -> None:
    """The run's sources and index, and this process's collector as it was when the pool
    started: a forked worker inherits it, one from the server starts with Python's default
    (on, threshold 700), which walks every claim of its blocks again and again."""
    global _shared
    _shared = (sources, index)
    gc.set_threshold(*threshold)
    if not collecting:
        gc.disable()


def _match(block: Block, folder: str) -> object:
    """A block matched in a worker, its facts sent back packed (matcher.blocks.pack) through `folder` (`spooled`)."""
    sources, index = _shared
    return spooled(folder, pack(block, match_block(block, sources, index)))
