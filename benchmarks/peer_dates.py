#!/usr/bin/env python3
"""Value accuracy of claims/values/dates.py on other projects' date and duration test suites.

usage: python benchmarks/peer_dates.py [--peer DIR]   (default: ../shared/peer)

Scorable single-value case: a parser/model row with exactly one expected entity of the
suite's type, a reference date, and a resolved value (Recognizers-Text), or a Duckling
row of grain day..year. The extractor runs on the gold span (normalised as the pipeline
does); its longest mention is the answer. Skipped rows are counted by reason: holiday
names (claimdiff keeps no holiday calendars), unresolved gold, open-ended gold intervals
(DateValue has no open end), more than one expected entity.

Correct means:
* a point (a day): our start == end == the gold day. Recognizers gives a past and a
  future reading for year-less expressions; either counts (we resolve to the nearest
  date not far after the reference, see claims/values/dates.py) and the split is printed.
  Duckling gives one reading, resolving bare weekdays and holidays to the future; we
  score against it as is, so our past-leaning choices count as errors there.
* an interval: start and end agree at our granularity (day, month or year prefix). The
  gold end may be exclusive (Recognizers' computed periods, Duckling's to_exclusive) or
  the anchor of `X到Y`; Recognizers does not say which, so either reading is accepted.
* a duration: an exact value whose length in seconds is within 2% of the gold (a month is
  30 days, a year 365: the suites disagree on both).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.model import Bound, Granularity, TimeUnit  # noqa: E402
from claims.text.normalise import normalise  # noqa: E402
from claims.values.date_resolution import DateSpan  # noqa: E402
from claims.values.dates import find_dates  # noqa: E402
from claims.values.durations import find_durations  # noqa: E402

UNIT_SECONDS = {
    TimeUnit.second: 1,
    TimeUnit.minute: 60,
    TimeUnit.hour: 3600,
    TimeUnit.day: 86400,
    TimeUnit.week: 604800,
    TimeUnit.month: 30 * 86400,
    TimeUnit.year: 365 * 86400,
}
_PREFIX = {
    Granularity.day: 10,
    Granularity.month: 7,
    Granularity.season: 7,
    Granularity.quarter: 7,
    Granularity.year: 4,
    Granularity.decade: 4,
}
DUCKLING_REFERENCE = date(2013, 2, 12)
# A suite's policy is "prefer/units" (claims.values.date_resolution.PREFERENCES, UNIT_READINGS). Expressions
# without tense (bare weekdays, holidays, year-less dates): Duckling resolves them to the
# future (its README and corpus), so its rows are scored under "future"; Recognizers-Text
# gives a past and a future reading and either is accepted, so its rows use the article
# policy "nearest". 上/前/下/后 N units: Duckling counts whole calendar units (上两周 is the
# two Monday-Sunday weeks before this one), Recognizers-Text rolling ones (前1周 is the
# seven days up to the reference), which is also the article default.
DUCKLING_POLICY = "future/calendar"
RECOGNIZERS_POLICY = "nearest/rolling"
INVALID = "0001-01-01"
# Duckling holiday keys whose date is fixed in the Gregorian calendar (a fact about the
# holiday, not about claimdiff): these rows are scorable; the rest (Easter-based, lunar,
# Hebrew, Islamic, Hindu calendars) are skipped.
FIXED_HOLIDAYS = {
    "元旦",
    "情人节",
    "妇女节",
    "国际消费者权益日",
    "愚人节",
    "劳动节",
    "儿童节",
    "建军节",
    "万圣节",
    "老板节",
    "澳门回归纪念日",
    "圣诞节",
}
# Recognizers-Text holidays on the lunar calendar (its gold writes the lunar date as if it
# were Gregorian) or on a solar term (清明: 4 or 5 April).
LUNAR_HOLIDAYS = re.compile(r"春节|中秋|除夕|元宵|端午|重阳|七夕|腊八|清明")


def _holiday_skip(text: str) -> str | None:
    if LUNAR_HOLIDAYS.search(text):
        return "lunar or solar-term holiday (gold is not a fixed Gregorian date)"
    return None


# Lunar dates: Recognizers-Text writes 农历十月初一 as if it were 10-01 Gregorian.
LUNAR = re.compile(r"农历|農曆|正月|腊月|臘月|大年|初[一二三四五六七八九十]")


@dataclass
class Score:
    correct: int = 0
    scored: int = 0
    skipped: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)

    def add(self, ok: bool, text: str, got: object, want: object) -> None:
        self.scored += 1
        self.correct += ok
        if not ok:
            self.misses.append((text, got, want))

    @property
    def accuracy(self) -> float:
        return self.correct / self.scored if self.scored else 0.0


@dataclass(frozen=True)
class Category:
    name: str
    files: tuple[str, ...]
    reference: str  # the README's figure for the same suite
    score: Callable[[Path], Score]
    policy: str = RECOGNIZERS_POLICY  # how expressions without tense were resolved


def _rows(peer: Path, name: str) -> Iterator[dict]:
    with open(peer / name, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _norm(text: str) -> str:
    return normalise(text).text


def _best_date(text: str, ref: date, policy: str = "nearest/rolling") -> DateSpan | None:
    prefer, units = policy.split("/")
    spans = find_dates(_norm(text), ref, prefer, units)
    return max(spans, key=lambda s: (s.end - s.start, -s.start)) if spans else None


def _gold_text(row: dict, e: dict) -> str:
    start = e.get("start") or 0
    if "length" in e and e["length"] is not None:
        return row["input"][start : start + e["length"]]
    if e.get("end") is not None:
        return row["input"][start : e["end"] + 1]
    return e["text"]


def _ends_match(ours_end: str, gold_end: str, n: int) -> bool:
    minus = (date.fromisoformat(gold_end) - timedelta(days=1)).isoformat()
    return ours_end[:n] in (gold_end[:n], minus[:n])


def _interval_ok(span: DateSpan | None, start: str, end: str) -> bool:
    if span is None:
        return False
    n = _PREFIX[span.value.granularity]
    return span.value.start[:n] == start[:n] and _ends_match(span.value.end, end, n)


def _point_ok(span: DateSpan | None, day: str) -> bool:
    return span is not None and span.value.start == span.value.end == day


def _ref(row: dict) -> date | None:
    ctx = row.get("context") or {}
    ref = ctx.get("ReferenceDateTime")
    return date.fromisoformat(ref[:10]) if ref else None


def score_recognizers_dates(peer: Path, file: str = "recognizers_zh_date.jsonl") -> Score:
    s = Score()
    for row in _rows(peer, file):
        if row["kind"] == "extractor":
            continue
        exp = row["expected"] or []
        text0 = _gold_text(row, exp[0]) if len(exp) == 1 else ""
        if "Holiday" in row["spec"] and (reason := _holiday_skip(text0)):
            s.skipped[reason] += 1
            continue
        if len(exp) != 1:
            s.skipped["not one expected entity"] += 1
            continue
        ref = _ref(row)
        v = exp[0]["value"] or {}
        past, fut = (v.get("PastResolution") or {}).get("date"), (v.get("FutureResolution") or {}).get("date")
        if ref is None or not past or not fut:
            s.skipped["unresolved gold or no reference"] += 1
            continue
        read = _read_gregorian(row, exp[0], ref, s)
        if read is None:
            continue
        text, span = read
        if past == fut == INVALID:  # 2月30日: Recognizers' 0001-01-01 says "no such date"
            s.add(span is None, text, span.value.model_dump() if span else None, "no date")
            continue
        ok = _point_ok(span, past) or _point_ok(span, fut)
        if ok and past != fut:
            s.notes["past reading" if _point_ok(span, past) else "future reading"] += 1
        s.add(ok, text, span.value.model_dump() if span else None, (past, fut))
    return s


def score_recognizers_periods(peer: Path) -> Score:
    s = Score()
    for row in _rows(peer, "recognizers_zh_dateperiod.jsonl"):
        if row["kind"] == "extractor":
            continue
        exp = row["expected"] or []
        if len(exp) != 1:
            s.skipped["not one expected entity"] += 1
            continue
        ref = _ref(row)
        v = exp[0]["value"] or {}
        readings = [r for r in (v.get("PastResolution"), v.get("FutureResolution")) if r]
        readings = [r for r in readings if r.get("startDate") and r.get("endDate")]
        if ref is None or not readings:
            s.skipped["unresolved gold or no reference"] += 1
            continue
        text = _gold_text(row, exp[0])
        span = _best_date(text, ref)
        ok = any(_interval_ok(span, r["startDate"], r["endDate"]) for r in readings)
        s.add(ok, text, span.value.model_dump() if span else None, readings[0])
    return s


def score_recognizers_model(peer: Path) -> Score:
    s = Score()
    for row in _rows(peer, "recognizers_zh_datetime_model.jsonl"):
        exp = [e for e in (row["expected"] or [])]
        dated = [e for e in exp if e.get("type") in ("datetimeV2.date", "datetimeV2.daterange")]
        if not dated:
            continue
        if len(exp) != 1:
            s.skipped["not one expected entity"] += 1
            continue
        ref = _ref(row)
        values = exp[0]["value"] if isinstance(exp[0]["value"], list) else []
        if ref is None or not values or any(x.get("value") == "not resolved" for x in values):
            s.skipped["unresolved gold or no reference"] += 1
            continue
        if any(x.get("type") == "daterange" and (not x.get("start") or not x.get("end")) for x in values):
            s.skipped["open-ended interval"] += 1
            continue
        read = _read_gregorian(row, exp[0], ref, s)
        if read is None:
            continue
        text, span = read
        ok = any(
            _point_ok(span, x["value"]) if x.get("type") == "date" else _interval_ok(span, x["start"], x["end"])
            for x in values
        )
        s.add(ok, text, span.value.model_dump() if span else None, values)
    return s


def _read_gregorian(row: dict, expected: dict, ref, s: Score):
    """The gold text and our best date for it, or None (counted) for lunar-calendar rows."""
    text = _gold_text(row, expected)
    if LUNAR.search(text):
        s.skipped["lunar calendar (gold is not Gregorian)"] += 1
        return None
    return text, _best_date(text, ref)


def score_duckling_time(peer: Path) -> Score:
    s = Score()
    for row in _rows(peer, "duckling_zh_time.jsonl"):
        exp = row["expected"]
        if exp.get("grain") not in ("day", "week", "month", "quarter", "year"):
            continue
        if exp.get("holiday") and exp["holiday"] not in FIXED_HOLIDAYS:
            s.skipped["holiday on a lunar, religious or movable calendar"] += 1
            continue
        span = _best_date(row["input"], DUCKLING_REFERENCE, DUCKLING_POLICY)
        if exp["kind"] == "point":
            start = date.fromisoformat(exp["value"][:10])
            end = {"day": start, "week": start + timedelta(days=6)}.get(exp["grain"])
            if end is None:
                months = {"month": 1, "quarter": 3, "year": 12}[exp["grain"]]
                k = start.year * 12 + start.month - 1 + months
                end = date(k // 12, k % 12 + 1, 1) - timedelta(days=1)
            ok = span is not None and span.value.start == start.isoformat() and span.value.end == end.isoformat()
        else:
            end = date.fromisoformat(exp["to_exclusive"][:10]) - timedelta(days=1)
            ok = span is not None and span.value.start == exp["from"][:10] and span.value.end == end.isoformat()
        s.add(ok, row["input"], span.value.model_dump() if span else None, exp)
    return s


def _duration_ok(text: str, seconds: float) -> tuple[bool, object]:
    spans = find_durations(_norm(text))
    if not spans:
        return False, None
    best = max(spans, key=lambda d: d.end - d.start).value
    if best.bound != Bound.exact or best.low is None:
        return False, best.model_dump()
    got = float(best.low) * UNIT_SECONDS[best.unit]
    return abs(got - seconds) <= 0.02 * seconds, best.model_dump()


def score_duckling_durations(peer: Path) -> Score:
    s = Score()
    for row in _rows(peer, "duckling_zh_duration.jsonl"):
        exp = row["expected"]
        seconds = exp.get("seconds") or exp["value"] * UNIT_SECONDS[TimeUnit(exp["grain"])]
        ok, got = _duration_ok(row["input"], seconds)
        s.add(ok, row["input"], got, row["expected"])
    return s


def score_recognizers_durations(peer: Path) -> Score:
    s = Score()
    for name in ("recognizers_zh_duration.jsonl", "recognizers_zh_datetime_model.jsonl"):
        for row in _rows(peer, name):
            exp = row["expected"] or []
            if row["kind"] == "extractor" or not any("duration" in (e.get("type") or "") for e in exp):
                continue
            if len(exp) != 1:
                s.skipped["not one expected entity"] += 1
                continue
            v = exp[0]["value"]
            secs = (
                (v.get("FutureResolution") or {}).get("duration")
                if isinstance(v, dict)
                else (v[0].get("value") if v else None)
            )
            if secs is None:
                s.skipped["unresolved gold"] += 1
                continue
            text = _gold_text(row, exp[0])
            ok, got = _duration_ok(text, float(secs))
            s.add(ok, text, got, secs)
    return s


CATEGORIES: tuple[Category, ...] = (
    Category(
        "Recognizers-Text dates", ("recognizers_zh_date.jsonl",), "54.1% (jionlp parse_time)", score_recognizers_dates
    ),
    Category(
        "Recognizers-Text date periods",
        ("recognizers_zh_dateperiod.jsonl",),
        "64.8% (jionlp parse_time)",
        score_recognizers_periods,
    ),
    Category(
        "Recognizers-Text datetime model, date rows",
        ("recognizers_zh_datetime_model.jsonl",),
        "-",
        score_recognizers_model,
    ),
    Category(
        "Duckling time, day..year grain",
        ("duckling_zh_time.jsonl",),
        "34.4% (jionlp parse_time)",
        score_duckling_time,
        DUCKLING_POLICY,
    ),
    Category(
        "Duckling durations", ("duckling_zh_duration.jsonl",), "8.3% (jionlp parse_time)", score_duckling_durations, "-"
    ),
    Category("Recognizers-Text durations", ("recognizers_zh_duration.jsonl",), "-", score_recognizers_durations, "-"),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", type=Path, default=ROOT.parent / "shared" / "peer")
    ap.add_argument("--misses", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    print(f"{'suite':45} {'claimdiff':>16} {'reference':>26}  {'policy':16} skipped")
    for cat in CATEGORIES:
        if not all((args.peer / f).exists() for f in cat.files):
            print(f"{cat.name:45} {'(missing)':>16}")
            continue
        s = cat.score(args.peer)
        skipped = ", ".join(f"{k}: {v}" for k, v in sorted(s.skipped.items())) or "-"
        acc = f"{100 * s.accuracy:.1f}% ({s.correct}/{s.scored})"
        print(f"{cat.name:45} {acc:>16} {cat.reference:>26}  {cat.policy:16} {skipped}")
        if s.notes:
            print(f"{'':45} " + ", ".join(f"{k}: {v}" for k, v in sorted(s.notes.items())))
        if args.misses:
            for text, got, want in s.misses:
                print(f"    MISS {text!r}: got {got} want {want}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
