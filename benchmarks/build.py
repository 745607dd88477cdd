"""Claim building alone: what extraction spends once the recognizers have found the
mentions (claims.pipeline._ClaimBuilder: raw spans, ids, stance, entities, context, time,
frame), over generated articles (benchmarks/gen_corpus.py).

    python benchmarks/build.py [--articles 50] [--repeat 10]

Each article is segmented and its mentions found once, outside the clock; then each
repeat builds every article's claims with a fresh builder and an empty frame cache, and
the best repeat's CPU time is printed (on a shared machine CPU time counts only this
process's turns). What the recognizers and dates read is cached after the first repeat,
as frame_of's own lookups are, so this times building, not a cold run: for that, see
benchmarks/extract.py.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import documents

from claims import pipeline
from claims.context import with_interviewee
from claims.entities import find_entities
from claims.text.garbled import garbled_spans
from claims.text.segment import segment
from reports.cli import CLI_GC_THRESHOLD


def prepared(n: int) -> list[tuple]:
    """Per article: what `pipeline.extract` hands its builder, and the mentions it builds."""
    out = []
    for doc in documents(n):
        seg = segment(doc)
        garbled = tuple((a + doc.body_start, b + doc.body_start) for a, b in garbled_spans(doc.raw[doc.body_start :]))
        mentions = [find_entities(s.text) for s in seg.sentences]
        seg = with_interviewee(seg, mentions)
        published = pipeline._date(seg.doc.source.published) or pipeline._date(seg.doc.source.reference)
        hint = None if published else pipeline._date(seg.doc.story_date)
        found, anchors = pipeline._find_mentions(seg, published, pipeline.furniture_sentences(seg), hint)
        found.sort(key=lambda f: (f.nstart, f.nend, f.mention.kind, f.mention.extractor))
        out.append((seg, garbled, mentions, published, anchors, hint, found))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    articles = prepared(args.articles)
    gc.set_threshold(*CLI_GC_THRESHOLD)
    best, best_init, claims = float("inf"), float("inf"), 0
    for _ in range(args.repeat):
        pipeline._frame.cache_clear()
        cpu, init, claims = time.process_time(), 0.0, 0
        for seg, garbled, mentions, published, anchors, hint, found in articles:
            t = time.process_time()
            sentences = pipeline._Sentences(seg, mentions, published, anchors, hint)
            builder = pipeline._ClaimBuilder(seg, garbled, sentences)
            init += time.process_time() - t
            claims += sum(builder.build(f) is not None for f in found)
        best, best_init = min(best, time.process_time() - cpu), min(best_init, init)
    print(
        f"{args.articles} generated articles, {claims:,} claims: building best of {args.repeat} "
        f"{best:.3f} s CPU ({best_init:.3f} s of it setting up builders), "
        f"{1e6 * (best - best_init) / claims:.1f} µs a claim"
    )


if __name__ == "__main__":
    main()
