"""Quote support: which passages, in the same or another source, carry a quote's words.

Every quote claim (a marked quote, a pull-quote block, an interview utterance) is
looked up among all passages (sentences and paragraphs) by TF-IDF character n-grams,
then scored on the one quote scale (matcher.compare.quote_ratio). A passage
that carries the words becomes the other side of an `agree` finding; when no quote
claim covers it yet, a `quote` claim is made for it (extractor `quote-support`), with
the quote's speaker. Quotes presented as someone's words (pull quotes, attributed
marked quotes) that nothing supports are flagged `unsupported_quote`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from claims.ids import fingerprint
from claims.model import Claim, Kind, QuoteValue, Stance, value_as
from matcher.compare import QUOTE_DIVERGE, QUOTE_SAME, quote_ratio
from matcher.neighbours import CharTfidf, top_k

NEIGHBOURS = 6
MIN_CHARS = 8  # folded characters a quote needs to be looked up


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of a source's text that may carry a quote (raw offsets)."""

    source: str
    start: int
    end: int
    text: str  # raw text
    folded: str  # normalized_quote(normalised text)
    sentence: str
    speaker: str | None
    line: int


class Support(NamedTuple):
    quote: Claim
    other: Claim  # an existing quote claim, or a claim made for the passage
    ratio: float  # 0..100
    minted: bool


def presented(c: Claim) -> bool:
    """Presented as someone's words: a pull quote, or a marked quote with a speaker."""
    return c.extractor.startswith("quote:blockquote") or (
        c.extractor.startswith("quote:marked") and c.speaker is not None
    )


def find_support(quotes: Sequence[Claim], passages: Sequence[Passage]) -> tuple[list[Support], list[Claim]]:
    """For each quote, the best supporting passage per other place; unsupported presented quotes."""
    unsupported: list[Claim] = []
    supports = list(iter_support(quotes, passages, unsupported))
    return supports, unsupported


def iter_support(quotes: Sequence[Claim], passages: Sequence[Passage], unsupported: list[Claim]) -> Iterator[Support]:
    """find_support as its supports come (matcher.match gathers them as they do: a list
    of them all was 60 MB at 500 articles); the unsupported presented quotes are put in
    `unsupported` by the time the last support is given."""
    for quote, supports, _ in support_batches(quotes, passages, unsupported):
        for other, ratio, minted in supports:
            yield Support(quote, other, ratio, minted)


Supporters = list[tuple[Claim, float, bool]]  # a quote's supports: (other, ratio, minted), by source


def support_batches(
    quotes: Sequence[Claim], passages: Sequence[Passage], unsupported: list[Claim]
) -> Iterator[tuple[Claim, Supporters, int | None]]:
    """iter_support one quote at a time: each quote looked up, in order, with its
    supports (other, ratio, minted) by source, and the number of its *class*: quotes of
    the same words and speaker that stand in none of the passages they found share one
    list (the same object, so a caller may work once per class and list); None for a
    quote that found its own place (its list is its own).

    Identical quotes and identical passages are looked up and scored once (a sentence
    reprinted by forty sources is one row of the index), and the forty reprints of a
    quote that find the same passages share their supports: the cost grows with the
    distinct words, not with the copies."""
    lookups = [q for q in quotes if len(_words(q)) >= MIN_CHARS]
    if not lookups or not passages:
        unsupported += [q for q in quotes if presented(q)]
        return
    near = neighbour_passages([_words(q) for q in lookups], passages)
    found = _Supporters(passages, _QuoteIndex(quotes))
    scored = _scored_neighbours(near, passages)
    del near
    classes: dict[tuple[str, str | None], tuple[int, Supporters]] = {}
    for q in lookups:
        words = _words(q)
        src, start, end = q.source, q.start, q.end
        if any(p.source == src and p.start < end and start < p.end for _, p, _ in scored[words]):
            number, supports = None, found(_best_per_source(scored[words], q), q.speaker)
        else:
            known = classes.get((words, q.speaker))
            if known is None:
                known = classes[(words, q.speaker)] = (len(classes), found(_best_per_source(scored[words]), q.speaker))
            number, supports = known
        # The passages below QUOTE_SAME a support leaves out are below it: they support nothing.
        if presented(q) and not any(r >= QUOTE_SAME for _, r, _ in supports):
            unsupported.append(q)
        yield q, supports, number
    for q in quotes:
        if presented(q) and len(_words(q)) < MIN_CHARS:
            unsupported.append(q)


def _best_per_source(
    near: Sequence[tuple[int, Passage, float]], quote: Claim | None = None
) -> dict[str, tuple[float, int]]:
    """Each source's best-scored passage among a quote's neighbours, (ratio, passage
    index), the first of equals; the quote's own place left out."""
    best: dict[str, tuple[float, int]] = {}
    for j, p, r in near:
        if quote is not None and p.source == quote.source and p.start < quote.end and quote.start < p.end:
            continue  # the quote's own place
        held = best.get(p.source)
        if held is None or r > held[0]:
            best[p.source] = (r, j)
    return best


class _Supporters:
    """A quote's supports from its best passage per source: the quote claim covering the
    passage, else (when the words are the quote's, QUOTE_SAME) a claim made for it, one
    per passage and speaker."""

    def __init__(self, passages: Sequence[Passage], index: _QuoteIndex) -> None:
        self.passages, self.index = passages, index
        self.covering: dict[int, Claim | None] = {}
        self.made: dict[tuple[int, str | None], Claim] = {}

    def __call__(self, best: dict[str, tuple[float, int]], speaker: str | None) -> Supporters:
        out: Supporters = []
        for source in sorted(best):
            r, j = best[source]
            if j not in self.covering:
                self.covering[j] = self.index.covering(self.passages[j])
            other = self.covering[j]
            if other is not None:
                out.append((other, r, False))
            elif r >= QUOTE_SAME:  # a loose paraphrase in plain text is no quote to compare
                if (j, speaker) not in self.made:
                    self.made[(j, speaker)] = passage_claim(self.passages[j], speaker)
                out.append((self.made[(j, speaker)], r, True))
        return out


def _scored_neighbours(
    near: dict[str, list[int]], passages: Sequence[Passage]
) -> dict[str, list[tuple[int, Passage, float]]]:
    """Each distinct quote's neighbour passages that score QUOTE_DIVERGE or more on the
    quote scale, in neighbour order, each (words, passage text) scored once: forty
    reprints of a quote ask once."""
    ratios: dict[tuple[str, str], float] = {}
    out: dict[str, list[tuple[int, Passage, float]]] = {}
    for words, js in near.items():
        found = []
        for j in js:
            p = passages[j]
            r = ratios.get((words, p.folded))
            if r is None:
                r = ratios[(words, p.folded)] = quote_ratio(words, p.folded)
            if r >= QUOTE_DIVERGE:
                found.append((j, p, r))
        out[words] = found
    return out


def neighbour_passages(words: Sequence[str], passages: Sequence[Passage]) -> dict[str, list[int]]:
    """Each distinct quote's NEIGHBOURS nearest passages by TF-IDF (indices into
    `passages`, best first, equal similarities by position). Distinct passage texts are
    indexed once, weighted by their copies, so the answer is the one an index of every
    copy would give."""
    occurrences: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        occurrences.setdefault(p.folded, []).append(i)
    texts = list(occurrences)
    tfidf = CharTfidf(texts, [len(occurrences[t]) for t in texts])
    distinct = list(dict.fromkeys(words))
    sims, near = top_k(tfidf.transform(distinct), tfidf.rows, NEIGHBOURS)
    out: dict[str, list[int]] = {}
    for w, srow, nrow in zip(distinct, sims, near, strict=True):
        ranked = sorted(
            (-float(sim), i) for sim, u in zip(srow, nrow, strict=True) for i in occurrences[texts[u]][:NEIGHBOURS]
        )
        out[w] = [i for _, i in ranked[:NEIGHBOURS]]
    return out


def _words(quote: Claim) -> str:
    """A quote claim's folded words (what is looked up and scored)."""
    return value_as(quote, QuoteValue).normalized


class _QuoteIndex:
    """Quote claims by source, sorted by start, to find the one covering a passage."""

    def __init__(self, quotes: Sequence[Claim]) -> None:
        self.exact = {(q.source, q.start, q.end): q for q in quotes}
        self.by_source: dict[str, list[Claim]] = {}
        for q in sorted(quotes, key=lambda q: (q.source, q.start, q.end, q.id)):
            self.by_source.setdefault(q.source, []).append(q)
        self.starts = {src: [q.start for q in qs] for src, qs in self.by_source.items()}
        self.longest = {src: max(q.end - q.start for q in qs) for src, qs in self.by_source.items()}

    def covering(self, p: Passage) -> Claim | None:
        """The quote claim at the passage's span, or the one covering most (>= 60%) of it."""
        exact = self.exact.get((p.source, p.start, p.end))
        if exact is not None:
            return exact
        qs = self.by_source.get(p.source)
        if not qs:
            return None
        starts = self.starts[p.source]
        lo = bisect_left(starts, p.start - self.longest[p.source])
        hi = bisect_left(starts, p.end)
        best, best_overlap = None, 0
        for q in qs[lo:hi]:
            ov = min(q.end, p.end) - max(q.start, p.start)
            if ov > best_overlap:
                best, best_overlap = q, ov
        return best if best is not None and best_overlap >= 0.6 * (p.end - p.start) else None


def passage_claim(p: Passage, speaker: str | None) -> Claim:
    normalized = p.folded
    value = QuoteValue(speaker=speaker, normalized=normalized)
    return Claim(
        id=fingerprint("c-", p.source, Kind.quote.value, normalized, "quote-support"),
        source=p.source,
        start=p.start,
        end=p.end,
        text=p.text,
        sentence=p.sentence,
        kind=Kind.quote,
        value=value,
        speaker=speaker,
        stance=Stance.asserted,
        line=p.line,
        subject=speaker,
        extractor="quote-support",
        score=0.6,
    )
