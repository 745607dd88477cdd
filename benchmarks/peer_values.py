"""Value accuracy of claimdiff's number extractors on other projects' test suites.

    .venv/bin/python benchmarks/peer_values.py [--peer ../shared/peer] [--failures N]

A case is *scorable* when it expects exactly one value, carries a resolution, and is of a
type claimdiff extracts; everything else is counted as skipped, with the reason. A money
case also needs a money word in its input (`_MONEY_WORD`): cent forms (两毛, 五仙, 五分钱)
are scored, bare 五分 and 五個半 are not (Mandarin reads them as minutes or a count). The
money categories are also reported combined. A case
is correct when one mention's stated value (`Mention.extra["base"]`: 300 for `300多`,
100000 for `十多万`, the ends of a range) equals the expected value and its span overlaps
the gold span (the whole input when a suite gives none). Dates and durations live in
benchmarks/peer_dates.py, which exposes `CATEGORIES` of the same `Category` shape.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from claims.extractors.base import ExtractContext  # noqa: E402
from claims.extractors.numbers import MoneyExtractor, PercentExtractor  # noqa: E402
from claims.values.numerals import find_amounts  # noqa: E402


def normalise(text: str) -> str:
    """The pipeline's normaliser when present, else OpenCC t2s plus width folding."""
    try:
        from claims.text.normalise import normalise as pipeline_normalise

        return pipeline_normalise(text).text
    except ImportError:
        from opencc import OpenCC

        return "".join(
            unicodedata.normalize("NFKC", c) if len(unicodedata.normalize("NFKC", c)) == 1 else c
            for c in OpenCC("t2s").convert(text)
        )


@dataclass(frozen=True)
class Case:
    id: str
    source: str
    input: str
    expected: tuple[Decimal, Decimal]  # (low, high); equal for a single value
    span: tuple[int, int] | None = None  # half-open, into input; None = anywhere
    currency: str | None = None  # compared only when the suite gives an ISO code


@dataclass(frozen=True)
class Skip:
    reason: str


# A found value: (start, end, low, high, currency).
Found = tuple[int, int, Decimal | None, Decimal | None, str | None]


@dataclass(frozen=True)
class Category:
    """One suite file scored one way: rows become Cases (or Skips), inputs become Founds."""

    suite: str  # file name under the peer directory
    name: str
    reference: str  # the reference library's figure from the peer README, or "-"
    case: Callable[[dict], Case | Skip]
    find: Callable[[str], list[Found]]


@dataclass
class Result:
    category: Category
    correct: int = 0
    scored: int = 0
    skipped: Counter = field(default_factory=Counter)
    failures: list[tuple[Case, list[Found]]] = field(default_factory=list)


CTX = ExtractContext()


def _base(m) -> tuple[Decimal | None, Decimal | None]:
    base = m.extra.get("base")
    if m.value.bound == "range":
        return Decimal(str(m.value.low)), Decimal(str(m.value.high))
    return base, base


def find_numbers(text: str) -> list[Found]:
    out = []
    for s, e, a in find_amounts(text):
        low, high = (a.low, a.high) if a.bound == "range" else (a.base, a.base)
        out.append((s, e, low, high, None))
    return out


def _find_with(extractor) -> Callable[[str], list[Found]]:
    def find(text: str) -> list[Found]:
        return [(m.start, m.end, *_base(m), getattr(m.value, "currency", None)) for m in extractor.find(text, CTX)]

    return find


def _single(value) -> tuple[Decimal, Decimal]:
    d = Decimal(str(value))
    return d, d


# --- Recognizers-Text -------------------------------------------------------------


def _rt_case(row: dict, parse_value: Callable[[dict], tuple | Skip], kind_filter=None) -> Case | Skip:
    if row.get("kind") != "model":
        return Skip("extractor/parser spec (no model resolution)")
    expected = row["expected"]
    if not expected:
        return Skip("expects no value (a rejection case)")
    if len(expected) > 1:
        return Skip("several values expected")
    item = expected[0]
    if kind_filter and (reason := kind_filter(row, item)):
        return Skip(reason)
    parsed = parse_value(item)
    if isinstance(parsed, Skip):
        return parsed
    values, currency = parsed
    end = item.get("end", item["start"] + item.get("length", 1) - 1)
    return Case(row["id"], row["source"], row["input"], values, (item["start"], end + 1), currency)


def _rt_number_value(item: dict):
    value = (item.get("resolution") or {}).get("value")
    if value is None:
        return Skip("no resolution")
    return _single(value), None


def _rt_percent_value(item: dict):
    value = (item.get("resolution") or {}).get("value")
    if value is None:
        return Skip("no resolution")
    return _single(value.rstrip("%")), None


def _rt_currency_value(item: dict):
    res = item.get("resolution") or {}
    if res.get("value") is None:
        return Skip("no resolution (a bare currency name)")
    return _single(res["value"]), res.get("isoCurrency")


def _discount(row: dict, item: dict) -> str | None:
    # 打九折 is a price (pay 90%), not a share of anything: claimdiff does not read it as a percent.
    return "折 discount (not a share)" if item["text"].rstrip().endswith("折") else None


# --- Duckling ---------------------------------------------------------------------


def _dk_numeral(row: dict) -> Case | Skip:
    value = row["expected"].get("value")
    if value is None:
        return Skip("no value")
    return Case(row["id"], row["source"], row["input"], _single(value))


_DK_ISO = {"CNY", "HKD", "USD", "EUR", "JPY", "GBP", "TWD"}


# What makes a phrase money in Mandarin news text: a currency name or sign, or a money
# unit (块, 元, 毛, 角, 毫, 仙, 蚊, 分钱). Duckling also reads 五分 and 五個半 as money; without
# one of these words 分 is minutes, points or a score and 個 a counter ("one", "a piece").
_MONEY_WORD = re.compile(r"[$€£¥￥元圆块毛角毫仙蚊]|分钱|美金|美元|港币|港元|人民币|[A-Z]{3}")


def _dk_money(row: dict) -> Case | Skip:
    e = row["expected"]
    if not _MONEY_WORD.search(normalise(row["input"])):
        return Skip("no money word (分 alone: minutes/points/score; 個 alone: a counter)")
    currency = e["currency"] if e.get("currency") in _DK_ISO else None
    if e["bound"] == "between":
        values = (Decimal(str(e["from_main_unit"])), Decimal(str(e["to_main_unit"])))
    else:
        values = _single(e["value_main_unit"])
    return Case(row["id"], row["source"], row["input"], values, None, currency)


# --- cn2an ------------------------------------------------------------------------


def _cn2an(row: dict) -> Case | Skip:
    if row.get("expected_type") != "number":
        return Skip(
            "digit string kept as text (零一 → '01')"
            if row.get("expected_type") == "string"
            else "strict-mode rejection (claimdiff reads colloquial forms by design)"
        )
    return Case(row["id"], row["source"], row["input"], _single(row["expected"]))


CATEGORIES: list[Category] = [
    Category(
        "recognizers_zh_number.jsonl",
        "Recognizers-Text numbers",
        "cn2an 0.5.24: 59.7%",
        lambda r: _rt_case(r, _rt_number_value),
        find_numbers,
    ),
    Category("duckling_zh_numeral.jsonl", "Duckling numerals", "cn2an 0.5.24: 66.9%", _dk_numeral, find_numbers),
    Category("cn2an_numbers.jsonl", "cn2an numbers", "-", _cn2an, find_numbers),
    Category(
        "recognizers_zh_percent.jsonl",
        "Recognizers-Text percent",
        "cn2an 0.5.24: 5.2%",
        lambda r: _rt_case(r, _rt_percent_value, _discount),
        _find_with(PercentExtractor()),
    ),
    Category(
        "recognizers_zh_currency.jsonl",
        "Recognizers-Text currency",
        "jionlp 1.5.31: 73.1%",
        lambda r: _rt_case(r, _rt_currency_value),
        _find_with(MoneyExtractor()),
    ),
    Category(
        "duckling_zh_amount_of_money.jsonl", "Duckling amount_of_money", "-", _dk_money, _find_with(MoneyExtractor())
    ),
]
try:  # dates and durations, owned by another module
    from benchmarks.peer_dates import CATEGORIES as DATE_CATEGORIES  # type: ignore
except ImportError:
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from peer_dates import CATEGORIES as DATE_CATEGORIES  # type: ignore
    except ImportError:
        DATE_CATEGORIES = []


MONEY_CATEGORIES = ("Recognizers-Text currency", "Duckling amount_of_money")


def _close(a: Decimal | None, b: Decimal) -> bool:
    return a is not None and abs(Decimal(a) - b) <= Decimal("1e-9") * max(Decimal(1), abs(b))


def is_correct(case: Case, found: Iterable[Found]) -> bool:
    for start, end, low, high, currency in found:
        if case.span and not (start < case.span[1] and case.span[0] < end):
            continue
        if not (_close(low, case.expected[0]) and _close(high, case.expected[1])):
            continue
        if case.currency and currency and currency != case.currency:
            continue
        return True
    return False


def run(category, peer: Path) -> Result:
    if not isinstance(category, Category):  # peer_dates' shape: score(peer) -> .scored/.correct/.skipped
        if not all((peer / f).exists() for f in category.files):
            return Result(category, skipped=Counter({"suite file missing": 1}))
        score = category.score(peer)
        return Result(category, score.correct, score.scored, Counter(score.skipped))
    result = Result(category)
    path = peer / category.suite
    if not path.exists():
        result.skipped["suite file missing"] += 1
        return result
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        case = category.case(json.loads(line))
        if isinstance(case, Skip):
            result.skipped[case.reason] += 1
            continue
        found = category.find(normalise(case.input))
        result.scored += 1
        if is_correct(case, found):
            result.correct += 1
        else:
            result.failures.append((case, found))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=REPO.parent / "shared" / "peer")
    parser.add_argument("--failures", type=int, default=0, help="print up to N failures per category")
    args = parser.parse_args(argv)
    results = [run(c, args.peer) for c in [*CATEGORIES, *DATE_CATEGORIES]]
    print(f"{'category':<48} {'scorable':>8} {'correct':>8} {'accuracy':>9}  {'policy':16} reference")
    for r in results:
        acc = f"{100 * r.correct / r.scored:.1f}%" if r.scored else "-"
        policy = getattr(r.category, "policy", "-")
        print(f"{r.category.name:<48} {r.scored:>8} {r.correct:>8} {acc:>9}  {policy:16} {r.category.reference}")
    money = [r for r in results if r.category.name in MONEY_CATEGORIES]
    if money and (scored := sum(r.scored for r in money)):
        correct = sum(r.correct for r in money)
        print(f"{'money, combined':<48} {scored:>8} {correct:>8} {100 * correct / scored:>8.1f}%")
    print("\nskipped:")
    for r in results:
        for reason, n in sorted(r.skipped.items()):
            print(f"  {r.category.name}: {n} × {reason}")
    if args.failures:
        for r in results:
            for case, found in r.failures[: args.failures]:
                print(
                    f"FAIL {r.category.name} {case.input!r} want {case.expected} got "
                    f"{[(s, e, str(lo), str(hi), c) for s, e, lo, hi, c in found]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
