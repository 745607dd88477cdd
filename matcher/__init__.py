"""matcher: cross-source matching. aliases → candidate pairs → compare values → verdict → facts and quote support.

Partitioned matching (for an engine that runs blocks as tasks, e.g. `--engine dask`):

    from matcher.match import match
    result = match(extractions, run_blocks=my_runner)

`match` is "for each block, match it; merge deterministically". What is global and what
is per block:

- Global, before the blocks (cheap, linear): the alias table over every source's
  entities and the canonical names it gives claims; the collapse of identical mentions
  within a source; `blocks.partition(claims)` — blocks by `candidates.block_key` (kind and
  unit class), an oversized block cut into chunks of at most `blocks.MAX_BLOCK` (2,000)
  claims by a second key (listed frame measures/events, then the folded words around the
  figure); and `candidates.context_index`, the TF-IDF document frequencies of every
  claim's context (each block's retrieval weighs words as the whole run does; an
  engine computes it once and broadcasts it).
- Per block, independent: `blocks.match_block(block, sources, index)` → the block's facts
  (candidate retrieval, verdicts, one-to-one selection, grouping into facts). It reads
  only its block, the run's `sources` and the shared index. `run_blocks(blocks, sources,
  index)` must return one result per block, in the blocks' order; the default runs them
  in turn.
- Global, after the blocks: fact ids are named across blocks (two blocks may hold facts
  with the same frame keys, told apart by their wording), then one finding per fact
  and relation; findings and facts are sorted, so the JSON is byte-identical whoever ran
  the blocks and in whatever order (tests/test_blocks.py).
- Quote support is global: a quote may be carried by any passage of any source, so it is
  one retrieval over the distinct passages of all sources (`quotes.neighbour_passages`;
  distinct quotes and passages are looked up once). It could be split by quotes (rows)
  with the passage index broadcast — each quote's neighbours depend only on that index —
  but it is not partitioned today; grouping its links into utterances is global too.
"""

import claims  # noqa: F401  (first: its import loads the compiled build, claims.native, matcher's modules among it)
