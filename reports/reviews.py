"""The reviews file: what a person decided about a finding, kept across runs.

    {"version": 1, "tool": "claimdiff",
     "reviews": [
      {"fact": "x-…", "relation": "contradict", "status": "dismissed", "note": "same person, two ages",
       "reviewer": "alice", "at": "2026-11-30T09:00:00Z",
       "values": ["300 个项目", "450 个项目"],
       "claims": [{"source": "000_d379fe37168fe1eb", "line": 12, "text": "300个项目"}, …]}
     ]}

One entry per (fact, relation); the latest decision wins. `values` are the distinct value
descriptions of the finding's claims when it was reviewed: if the finding later shows a value
the reviewer never saw, its state is `changed` and it counts as unreviewed again. Reviews
whose (fact, relation) is no longer found are `stale` and kept. Fields this module does not
know (top level, per entry, per claim) are kept as they are when the file is rewritten.

Shared by the CI commands (check, review, export) and the reviewer workspace (serve).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reports.files import atomic_write

FILE_VERSION = 1
TOOL = "claimdiff"
DEFAULT_NAME = "claimdiff.reviews.json"
STATUSES = ("confirmed", "dismissed", "explained")
STATES = ("unreviewed", "confirmed", "dismissed", "explained", "changed")
# States under which a finding still needs a person: never reviewed, or its values moved since.
OPEN_STATES = ("unreviewed", "changed")
_ENTRY_KEYS = ("fact", "relation", "status", "note", "reviewer", "at", "values", "claims")


class ReviewsError(Exception):
    """A reviews file that cannot be used; the message names the file. The file is left as it is."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class Review:
    fact: str
    relation: str
    status: str
    note: str = ""
    reviewer: str | None = None
    at: str = ""
    values: tuple[str, ...] = ()
    claims: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields, written back as they came

    @property
    def key(self) -> tuple[str, str]:
        return (self.fact, self.relation)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "fact": self.fact,
            "relation": self.relation,
            "status": self.status,
            "note": self.note,
            "reviewer": self.reviewer,
            "at": self.at,
            "values": list(self.values),
            "claims": [dict(c) for c in self.claims],
        }
        for k in sorted(self.extra):
            if k not in data:
                data[k] = self.extra[k]
        return data


@dataclass
class Reviews:
    entries: list[Review] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level fields

    def get(self, fact: str, relation: str) -> Review | None:
        for r in self.entries:
            if r.fact == fact and r.relation == relation:
                return r
        return None

    def put(self, review: Review) -> None:
        """Add `review`, replacing the entry for the same (fact, relation); unknown fields of
        the replaced entry are carried over unless the new one sets them."""
        for i, r in enumerate(self.entries):
            if r.key == review.key:
                review.extra = {**r.extra, **review.extra}
                self.entries[i] = review
                return
        self.entries.append(review)

    def stale(self, findings: Iterable[Any]) -> list[Review]:
        """Reviews whose (fact, relation) no current finding has."""
        live = {(fact_id(f), _relation(f)) for f in findings}
        return [r for r in self.entries if r.key not in live]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": FILE_VERSION,
            "tool": TOOL,
            "reviews": [r.to_json() for r in sorted(self.entries, key=lambda r: r.key)],
        }
        for k in sorted(self.extra):
            if k not in data:
                data[k] = self.extra[k]
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"


# --- findings → what a review records ------------------------------------------------


def fact_id(finding: Any) -> str:
    """The id a review is attached to: the finding's fact (stable when a value changes) when the
    matcher gives one, else the finding's own id. The only place that decides this."""
    return getattr(finding, "fact", None) or finding.id


def _relation(finding: Any) -> str:
    rel = finding.relation
    return getattr(rel, "value", rel)


def reviewed_values(finding: Any, claims_by_id: Mapping[str, Any]) -> tuple[str, ...]:
    """The sorted distinct values of the finding's claims (`matcher.compare.describe`); a
    quote's value is its whole text (a description shows only its start, and a review
    must reopen when a word at its end changes)."""
    from claims.model import QuoteValue
    from matcher.compare import describe

    def value(c: Any) -> str:
        return f"“{c.text}”" if isinstance(c.value, QuoteValue) else describe(c)

    return tuple(sorted({value(claims_by_id[i]) for i in finding.claims if i in claims_by_id}))


def reviewed_claims(finding: Any, claims_by_id: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """The finding's claims as a person reads them in the file: source, line, text."""
    out = []
    for i in finding.claims:
        c = claims_by_id.get(i)
        if c is not None:
            out.append({"source": c.source, "line": c.line, "text": c.text})
    return tuple(sorted(out, key=lambda d: (d["source"], d["line"], d["text"])))


def reviewed_material(
    findings: Iterable[Any], claims_by_id: Mapping[str, Any]
) -> tuple[tuple[str, ...], tuple[dict[str, Any], ...]]:
    """(values, claims) to record for a review covering `findings` (those of one fact and relation)."""
    values: set[str] = set()
    rows: dict[tuple, dict[str, Any]] = {}
    for f in findings:
        values.update(reviewed_values(f, claims_by_id))
        for c in reviewed_claims(f, claims_by_id):
            rows[(c["source"], c["line"], c["text"])] = c
    return tuple(sorted(values)), tuple(rows[k] for k in sorted(rows))


def review_state(finding: Any, reviews: Reviews, claims_by_id: Mapping[str, Any]) -> str:
    """unreviewed | confirmed | dismissed | explained | changed.

    `changed`: the finding now shows a value the review did not see (the reviewed values are
    not a superset of the finding's current values). `claims_by_id` maps claim id → Claim
    (e.g. `{c.id: c for c in document.claims}`); it is needed to describe the values."""
    review = reviews.get(fact_id(finding), _relation(finding))
    if review is None:
        return "unreviewed"
    if not set(reviewed_values(finding, claims_by_id)) <= set(review.values):
        return "changed"
    return review.status


def review_for(finding: Any, reviews: Reviews) -> Review | None:
    return reviews.get(fact_id(finding), _relation(finding))


# --- the file ------------------------------------------------------------------------


def default_path(sources: Sequence[Path]) -> Path:
    """`claimdiff.reviews.json` beside the sources: inside a folder given first, else beside the first file."""
    first = Path(sources[0])
    return (first if first.is_dir() else first.parent) / DEFAULT_NAME


def load_reviews(path: Path | str) -> Reviews:
    """The reviews in `path`; a missing file is no reviews. Raises ReviewsError (naming the
    file) for anything that is not a reviews file; never touches the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Reviews()
    except OSError as e:
        raise ReviewsError(path, f"cannot be read ({e.strerror or e})") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReviewsError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise ReviewsError(path, f"is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    return parse_reviews(data, path)


def parse_reviews(data: Any, path: Path | str = "<reviews>") -> Reviews:
    if not isinstance(data, dict):
        raise ReviewsError(path, "is not a claimdiff reviews file (expected a JSON object)")
    version = data.get("version", FILE_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ReviewsError(path, f"has a bad version {version!r}")
    if version > FILE_VERSION:
        raise ReviewsError(path, f"has version {version}; this claimdiff reads version {FILE_VERSION}")
    entries = data.get("reviews", [])
    if not isinstance(entries, list):
        raise ReviewsError(path, "is not a claimdiff reviews file (`reviews` is not a list)")
    reviews = Reviews(extra={k: v for k, v in data.items() if k not in ("version", "tool", "reviews")})
    for n, entry in enumerate(entries, 1):
        reviews.put(_parse_entry(entry, n, path))
    return reviews


def _parse_entry(entry: Any, n: int, path: Path | str) -> Review:
    def bad(why: str) -> ReviewsError:
        return ReviewsError(path, f"review {n}: {why}")

    if not isinstance(entry, dict):
        raise bad("not an object")
    for key in ("fact", "relation", "status"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise bad(f"`{key}` is missing or not a string")
    if entry["status"] not in STATUSES:
        raise bad(f"unknown status {entry['status']!r} (expected {', '.join(STATUSES)})")
    note, reviewer, at = entry.get("note", ""), entry.get("reviewer"), entry.get("at", "")
    if not isinstance(note, str) or not isinstance(at, str) or not (reviewer is None or isinstance(reviewer, str)):
        raise bad("`note`, `reviewer` or `at` is not a string")
    values = entry.get("values", [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise bad("`values` is not a list of strings")
    claims = entry.get("claims", [])
    if not isinstance(claims, list) or not all(isinstance(c, dict) for c in claims):
        raise bad("`claims` is not a list of objects")
    return Review(
        fact=entry["fact"],
        relation=entry["relation"],
        status=entry["status"],
        note=note,
        reviewer=reviewer,
        at=at,
        values=tuple(values),
        claims=tuple(claims),
        extra={k: v for k, v in entry.items() if k not in _ENTRY_KEYS},
    )


def save_reviews(path: Path | str, reviews: Reviews) -> None:
    """Atomic: temp file in the same folder, fsync, rename, fsync the folder; the file keeps its mode."""
    atomic_write(Path(path), reviews.dumps())


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(
    path: Path | str,
    fact: str,
    relation: str,
    status: str,
    note: str = "",
    reviewer: str | None = None,
    values: Iterable[str] = (),
    claims: Iterable[Mapping[str, Any]] = (),
    at: str | None = None,
) -> Review:
    """Load, set the decision for (fact, relation), save — under a lock, so two writers (the
    terminal loop and `claimdiff serve`) do not lose each other's decisions."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r} (expected {', '.join(STATUSES)})")
    relation = getattr(relation, "value", relation)
    review = Review(
        fact=fact,
        relation=relation,
        status=status,
        note=note or "",
        reviewer=reviewer,
        at=at or now(),
        values=tuple(sorted(set(values))),
        claims=tuple(dict(c) for c in claims),
    )
    path = Path(path)
    with _locked(path.parent if str(path.parent) else Path(".")):
        reviews = load_reviews(path)
        reviews.put(review)
        save_reviews(path, reviews)
    return review


def default_reviewer() -> str | None:
    for var in ("CLAIMDIFF_REVIEWER", "GIT_AUTHOR_NAME", "USER", "USERNAME"):
        if os.environ.get(var):
            return os.environ[var]
    return None


@contextmanager
def _locked(folder: Path):
    """An advisory lock on the folder (POSIX flock on its descriptor): no lock file left behind."""
    try:
        import fcntl
    except ImportError:  # Windows: one writer at a time is the user's business
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


__all__ = [
    "DEFAULT_NAME",
    "OPEN_STATES",
    "STATES",
    "STATUSES",
    "Review",
    "Reviews",
    "ReviewsError",
    "default_path",
    "fact_id",
    "load_reviews",
    "parse_reviews",
    "record",
    "review_for",
    "review_state",
    "reviewed_claims",
    "reviewed_material",
    "reviewed_values",
    "save_reviews",
]
