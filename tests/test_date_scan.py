"""The date scan in two parts (claims/values/dates.py): what a text alone says (`_text_scan`:
each pattern family's matches, its times of day; cached per text) and their resolution
against a call's references (`_Scan`). A sentence reprinted in another article with another
publication date reuses its text part, so that part must hold nothing a reference changes:
every sentence of the seeds and of generated retellings, scanned under many references one
after another on one shared text part, must give what a scan with a text part of its own
gives (the old scan: matching and resolution in one call)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from claims.frames import CLAUSE
from claims.sources.load import load
from claims.text.segment import segment
from claims.values.date_grammar import DATE_HINT
from claims.values.date_resolution import Prefer, UnitReading
from claims.values.dates import DATES_GATE, _find_dates, _Scan, _text_scan, may_resolve, sentence_time

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_corpus

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
GENERATED = 12  # the five seeds and seven retellings: dates and figures perturbed, scripts mixed

_D = (date(2025, 12, 3), date(2024, 2, 29), date(2019, 1, 1), date(2020, 12, 31), date(2025, 11, 20))
# (published, anchor, last_day, year_hint): every reference alone, together, and none
REFERENCES = [
    (_D[0], None, None, None),
    (_D[0], _D[4], None, None),
    (_D[1], _D[2], _D[3], None),
    (_D[3], None, _D[1], None),
    (None, _D[4], None, None),
    (None, None, _D[0], None),
    (None, None, None, _D[1]),
    (None, None, None, None),
]
POLICIES = [
    (Prefer.nearest, UnitReading.rolling),
    (Prefer.past, UnitReading.rolling),
    (Prefer.future, UnitReading.calendar),
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    docs = [load(p) for p in sorted(SEEDS.glob("*.txt"))] + gen_corpus.documents(GENERATED)
    return list(dict.fromkeys(s.text for d in docs for s in segment(d).sentences))


def _scan(text: str, ref: tuple[date | None, ...], policy: tuple[Prefer, UnitReading]) -> tuple:
    published, anchor, last_day, year_hint = ref
    return _find_dates.__wrapped__(text, published, *policy, anchor, last_day, year_hint)


def test_a_shared_text_part_resolves_as_one_of_its_own_under_every_reference(texts):
    assert len(texts) > 2000
    found = 0
    for text in texts:
        _text_scan.cache_clear()
        shared = [_scan(text, ref, policy) for ref in REFERENCES for policy in POLICIES]  # one text part for all
        own = []
        for ref in reversed(REFERENCES):  # and in the other order, each with a text part of its own
            for policy in reversed(POLICIES):
                _text_scan.cache_clear()
                own.append(_scan(text, ref, policy))
        assert shared == own[::-1], text
        found += sum(len(spans) for spans in shared)
    assert found > 3000  # 4,038 at 825198f: the sentences do hold dates (a scan finding nothing would pass trivially)


def test_sentence_time_is_the_same_whether_the_text_part_was_cached_or_not(texts):
    dated = [t for t in texts if _text_scan(t).dated]
    assert len(dated) > 150  # 196 at 825198f
    refs = [(_D[0], None, None), (_D[1], _D[2], None), (None, None, _D[3])]
    _find_dates.cache_clear()
    warm = [sentence_time(t, *ref) for t in dated for ref in refs]
    cold = []
    for t in dated:
        for ref in refs:
            _text_scan.cache_clear()
            _find_dates.cache_clear()
            cold.append(sentence_time(t, *ref))
    assert warm == cold
    assert sum(p is not None for p in warm) > 150  # 182 of 1,200 at 825198f


def test_the_text_part_is_what_the_text_says_and_nothing_else():
    said = _text_scan("2018年改造，当年6月开业，次日下午3点14分通车。")
    assert said.dated and said.times  # 3点14分
    assert [m.group() for m in said.calendar] == ["2018年", "当年6月"]  # no empty matches
    assert [m.group() for m in said.anaphoric] == ["次日"]
    assert said.week == () and said.holiday == ()
    plain = _text_scan("九点多，他离开了。")
    assert not plain.dated and plain.times and plain.calendar == ()
    assert _text_scan("他说了很多。").times is None
    # A date word's character in no date (日本, 今后): no family matches, nothing to resolve.
    assert not _text_scan("日本队今后的发展。").dated


def test_a_text_no_family_matched_finds_what_the_whole_scan_finds(texts):
    """Such a text skips the resolution: the full scan of it (every family's loop) finds
    nothing but its times of day, under any reference."""
    unmatched = [t for t in texts if not _text_scan(t).dated and DATES_GATE.search(t)]
    assert len(unmatched) > 200
    for text in unmatched:
        said = _text_scan(text)
        hinted = said._replace(dated=True)  # what the scan ran on before the shortcut
        for ref in REFERENCES[:3]:
            published, anchor, last_day, year_hint = ref
            scan = _Scan(hinted, published, Prefer.nearest, UnitReading.rolling, anchor, last_day, year_hint)
            for run in (scan.calendar_dates, scan.years, scan.weeks_and_relative_days, scan.numeric_forms):
                run()
            for run in (scan.named_days, scan.periods, scan.anaphoric_days):
                run()
            assert scan.found == [] and scan.weekdays == {}, text


def test_a_clause_whose_own_scan_holds_no_date_states_none_read_with_the_sentence_before_it(texts):
    """claims.pipeline's clause_time reads a figure's clause (after the last separator before
    the figure) with the sentence before it, and only where the clause's own scan may resolve
    a date (may_resolve): every date sentence_time takes from the clause's start on is a match
    of that scan (its characters are the clause's, and right before the clause stands a
    separator, which no date pattern's look-behind reads as more). Every clause of the seeds
    and the retellings, cut at the end and before each digit after it, under three references."""
    refs = [(_D[0], None, None), (_D[1], _D[2], None), (None, None, _D[3])]
    skipped = dated = 0
    for text in texts:
        for sep in CLAUSE.finditer(text):
            k = sep.end()
            cuts = [len(text), *(i for i in range(k + 1, len(text)) if text[i].isdigit())][:4]
            for e in cuts:
                prefix, clause = text[:e], text[k:e]
                if not clause or not DATE_HINT.search(clause):
                    continue  # clause_time stops before
                if may_resolve(clause):
                    dated += any(sentence_time(prefix, *ref, start=k) for ref in refs)
                    continue
                skipped += 1
                for ref in refs:
                    assert sentence_time(prefix, *ref, start=k) is None, (prefix, k)
    assert skipped > 1000 and dated > 100  # both ways taken (the skip is no rare case)
