"""Blocks matched on a local process pool: `match(extractions, run_blocks=in_processes(2))`.

Each block is matched on its own (matcher.blocks.match_block), so `jobs - 1` worker
processes take them largest first (the run's sources and TF-IDF index are sent to each
worker once, when it starts) while this process supports quotes (matcher.match), then
takes the blocks no worker has started yet: `jobs` processes busy in all, no more (the
machine may be shared). Results come back in the blocks' order, so the JSON is
byte-identical to a run in one process (tests/test_blocks.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

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

_shared: tuple[Mapping[str, Source], CharTfidf | None] = ({}, None)


def in_processes(jobs: int, min_claims: int = POOL_MIN_CLAIMS) -> RunBlocks:
    """A `run_blocks` for matcher.match: the blocks on `jobs` processes, this one included
    (1, or fewer than `min_claims` claims in all: all in this one)."""

    def run(
        blocks: Sequence[Block], sources: Mapping[str, Source], index: CharTfidf | None
    ) -> list[list[Fact]] | Callable[[], list[list[Fact]]]:
        claims = sum(len(b.claims) for b in blocks)
        if jobs < 2 or len(blocks) < 2 or claims < min_claims:
            return [match_block(b, sources, index) for b in blocks]
        order = sorted(range(len(blocks)), key=lambda i: (-len(blocks[i].claims), i))
        pool = ProcessPoolExecutor(jobs - 1, initializer=_share, initargs=(sources, index))
        futures = {i: pool.submit(_match, blocks[i]) for i in order}

        def results() -> list[list[Fact]]:
            """Done with its own work, this process takes every block no worker has
            started, largest first, while the workers finish theirs."""
            mine: dict[int, list[Fact]] = {}
            with pool:
                for i in order:
                    if futures[i].cancel():
                        mine[i] = match_block(blocks[i], sources, index)
                out = [mine[i] if i in mine else unpack(blocks[i], futures[i].result()) for i in range(len(blocks))]
            futures.clear()  # the packed facts, unpacked: not held while they are named
            return out

        return results

    return run


def _share(sources: Mapping[str, Source], index: CharTfidf | None) -> None:
    global _shared
    _shared = (sources, index)


def _match(block: Block) -> list[PackedFact]:
    """A block matched in a worker, its facts sent back packed (matcher.blocks.pack)."""
    sources, index = _shared
    return pack(block, match_block(block, sources, index))
