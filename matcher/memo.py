"""Verdicts judged once per pair of distinct mentions, not once per pair of copies.

A corpus of reprints states one sentence in forty sources; a block then holds forty
claims that differ only in where they stand (source, offsets, line), and their candidate
pairs ask the same question hundreds of times. `Verdicts` answers each distinct question
once: a claim's *reading* is everything `matcher.verdict.verdict` reads of it (kind,
value, stance, subject, frame, masked context, entities, text, its time, and for a date
counted from the publication that publication), and a pair's question is the two
readings, whether they share a source (and a line) and the candidate's scores. The verdict for a
second pair with the same question is the first one's, its explanation's closing
`(source line … vs source line …)` rewritten for the second pair, so the result is the
one `verdict` would give, byte for byte. (A verdict whose explanation does not end with
that place is never reused: it is judged for every pair.)

`of_block` does not even write that text: a remembered verdict comes back as one shared
`Placeless` verdict, its explanation stopping before the place, and `told(a, b, v)`
closes it for the pair when a finding shows it (most agreements' explanations are never
read: 242,339 of 358,082 pairs at 200 articles were remembered answers, each a new
string and tuple before).

Measured on `benchmarks/match.py --articles 200`: 358,082 candidate pairs, 115,743
distinct questions.

Keep `reading` in step with `verdict`: a claim field (or source field) a verdict starts
to read must be added there, or two claims that differ in it would share an answer
(tests/test_blocks.py checks every candidate pair of a generated corpus against
`verdict` itself).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from claims.model import Claim, DateValue, Source
from matcher.candidates import Candidate
from matcher.compare import Comparison, compare_values
from matcher.verdict import Verdict, claim_time, verdict

_NOT_REUSABLE = object()  # a question whose explanation does not end with the pair's place
_NO_VERDICT = object()  # a question answered None


class Placeless(Verdict):
    """A remembered verdict, its explanation without the closing place (` (… line 3 vs …
    line 7).`): `told(a, b, v)` gives the text for the pair it links."""

    __slots__ = ()


def told(a: Claim, b: Claim, v: Verdict) -> str:
    """The explanation of verdict `v` on the pair (a, b), as `verdict` writes it."""
    if isinstance(v, Placeless):
        return v.explanation + where(a, b) + "."
    return v.explanation


class Verdicts:
    """`verdict(a, b, compare_values(a, b), cand, sources)`, remembered per question."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = dict(sources)
        self._readings: dict[str, int] = {}  # claim id → its reading's number
        self._numbers: dict[tuple, int] = {}  # reading → number
        self._answers: dict[tuple, object] = {}  # question → Placeless, _NO_VERDICT or _NOT_REUSABLE
        self._values: dict[object, int] = {}  # value → number
        self._value_of: list[int] = []  # reading number → its value's number
        self._comparisons: dict[tuple[int, int], Comparison] = {}

    def __call__(self, a: Claim, b: Claim, cand: Candidate) -> Verdict | None:
        v = self._judge(a, b, cand, self._reading(a), self._reading(b))
        if isinstance(v, Placeless):
            return Verdict(v.relation, v.score, told(a, b, v), v.reason, v.priority)
        return v

    def of_block(self, claims: Sequence[Claim], cands: Iterable[Candidate]) -> Iterator[tuple[Claim, Claim, Verdict]]:
        """The verdicts of a block's candidate pairs (indices into `claims`), None left
        out; a remembered one is `Placeless` (its text for the pair: `told(a, b, v)`)."""
        readings = [self._reading(c) for c in claims]
        places = [(c.source, c.line) for c in claims]
        answers = self._answers
        for cand in cands:
            i, j = cand.a, cand.b
            pa, pb = places[i], places[j]
            # The question (as _judge asks it), read off the block's lists: a remembered
            # answer, most of them, costs no more than this look-up.
            spot = 0 if pa[0] != pb[0] else 1 + (pa[1] == pb[1])
            known = answers.get((readings[i], readings[j], spot, cand.tfidf, cand.local, cand.rarity))
            if known is _NO_VERDICT:
                continue
            if known is None or known is _NOT_REUSABLE:
                known = self._judge(claims[i], claims[j], cand, readings[i], readings[j])
                if known is None:
                    continue
            yield claims[i], claims[j], known  # type: ignore[misc]

    def _judge(self, a: Claim, b: Claim, cand: Candidate, ra: int, rb: int) -> Verdict | None:
        # 0: two sources; 1: one source, two lines; 2: one line (a stated change, 由10%提高到25%)
        spot = 0 if a.source != b.source else 1 + (a.line == b.line)
        question = (ra, rb, spot, cand.tfidf, cand.local, cand.rarity)
        known = self._answers.get(question)
        if known is None:
            v = verdict(a, b, self._compare(a, b, ra, rb), cand, self._sources)
            if v is None:
                self._answers[question] = _NO_VERDICT
                return None
            place = where(a, b) + "."
            if v.explanation.endswith(place):
                text = v.explanation[: len(v.explanation) - len(place)]
                self._answers[question] = Placeless(v.relation, v.score, text, v.reason, v.priority)
            else:
                self._answers[question] = _NOT_REUSABLE
            return v
        if known is _NO_VERDICT:
            return None
        if known is _NOT_REUSABLE:
            return verdict(a, b, compare_values(a, b), cand, self._sources)
        return known  # type: ignore[return-value]

    @property
    def questions(self) -> int:
        """Distinct questions judged so far."""
        return len(self._answers)

    def _compare(self, a: Claim, b: Claim, ra: int, rb: int) -> Comparison:
        """compare_values(a, b), once per pair of values (it reads only the values)."""
        key = (self._value_of[ra], self._value_of[rb])
        cmp = self._comparisons.get(key)
        if cmp is None:
            cmp = self._comparisons[key] = compare_values(a, b)
        return cmp

    def _reading(self, c: Claim) -> int:
        n = self._readings.get(c.id)
        if n is None:
            key = reading(c, self._sources)
            n = self._numbers.get(key)
            if n is None:
                n = self._numbers[key] = len(self._numbers)
                self._value_of.append(self._values.setdefault(c.value, len(self._values)))
            self._readings[c.id] = n
        return n


def reading(c: Claim, sources: Mapping[str, Source]) -> tuple:
    """Everything a verdict reads of one claim, except where it stands."""
    src = sources.get(c.source)
    published = (src.published, src.reference) if src and isinstance(c.value, DateValue) and c.value.relative else None
    when = claim_time(c, sources if isinstance(sources, dict) else dict(sources))
    return (
        c.kind,
        c.value,
        c.stance,
        c.subject,
        c.frame,
        c.context,
        c.entities,
        c.as_of,
        c.text,
        when,
        published,
    )


def where(a: Claim, b: Claim) -> str:
    """Where a pair stands, as a verdict's explanation closes (matcher.verdict._where)."""
    if a.source == b.source:
        return f" (both in {a.source}, lines {a.line} and {b.line})"
    return f" ({a.source} line {a.line} vs {b.source} line {b.line})"
