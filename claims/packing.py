"""A source's claims as columns, for the pickle that carries them from a worker to the driver.

A process pool (reports.pipeline) sends each extraction back pickled. Pickled as they are,
claims are pydantic models: each claim, value, frame and period is a Python-level
`__getstate__` in the worker and `__setstate__` in the driver, and each claim's dict names
its 20 fields again. Here the claims travel as one column per field (`pack`), the models they
hold (values, frames, periods) once each, as columns too (class, field names, field values,
fields set): plain tuples, lists and strings that pickle in C. The driver builds them again
(`unpack`) the way the pipeline builds claims (claims.model `_claim_of`: the dict set
directly, no validation), every step a `map` in C, not a Python loop a claim. Packing shares
what reports.compact shares, so a worker need not compact first. 150 generated articles (~37
KB, ~370 claims each), what a worker does after extracting one (compact, collect) and pickles,
and what the driver unpickles: 2.35 + 2.79 and 2.43 ms an article before, 0.53 + 2.32 and 2.00
with the claims packed (and the sentences as columns, claims.text.segment); 330 -> 297 KB.

The same claims come out: every model of the same class with the same dict (the same keys
in the same order, the same values) and fields set, the same sharing of one object between
claims (a frame or a value several claims hold, also claims of different articles in one
pickle: `_ROWS`). The claims' equal strings (and tuples of
strings) are sent once and shared in the driver, as reports.compact shares them (the driver
holds every claim of a run), and so are fields sets (one per set of names for the whole
run). Claims of another shape (a subclass, extra or private attributes, fields in another
order) are not packed: `pack` returns None and they pickle as they are.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from enum import Enum
from itertools import repeat
from operator import attrgetter
from typing import Any, get_args

from pydantic import BaseModel

from claims.model import SET_DICT, SET_EXTRA, SET_FIELDS_SET, SET_PRIVATE, Claim

_NAMES = tuple(Claim.model_fields)
_STRINGS = (str, str | None, tuple[str, ...])  # field types whose values are shared when equal
# Columns by what is done with them: strings (and tuples of strings) shared when equal, models
# sent in the model table, and the rest (numbers, flags, enums) as they are.
_SHARED = tuple(i for i, f in enumerate(Claim.model_fields.values()) if f.annotation in _STRINGS)
_STR = frozenset(i for i, f in enumerate(Claim.model_fields.values()) if f.annotation in _STRINGS[:2])
_MODELS = tuple(
    i
    for i, f in enumerate(Claim.model_fields.values())
    if f.annotation not in _STRINGS
    and not (isinstance(f.annotation, type) and issubclass(f.annotation, (int, float, bool, Enum)))
)


_DICT = attrgetter("__dict__")
_FIELDS_SET = attrgetter("__pydantic_fields_set__")
_new = object.__new__  # what BaseModel's __new__ is


# The models built from each row received (a tuple of field values), by the row's identity:
# rows several articles of one pickle share are one object there (`_ROWS`). Each row is held
# with its model, so no later tuple takes its id while it is remembered: a row found here by
# id is that very row, and its model is the one built from it (an id taken over by another
# row cost a check in Python: 96 generated articles read back in chunks of 16, 171 of 368
# looks an article).
_BUILT: dict[int, tuple[tuple, Any]] = {}
BUILT = 1 << 15  # rows remembered before starting over: a pool's chunk of ~60 articles holds ~28,000

# The fields sets of the claims and models received, one per set of names for the whole run:
# pydantic only ever replaces a model's set (`model_copy` copies it before adding to it), never
# changes it in place (reports.compact shares them so within a source).
_GIVEN: dict[frozenset[str], set[str]] = {}


class _Unpackable(Exception):
    """A claim or model `pack` does not know how to send: the claims pickle as they are."""


class _Tables:
    """What one source's claims are packed against: its models by id, its fields sets."""

    def __init__(self) -> None:
        self.models: dict[int, tuple[int, Any]] = {id(None): (0, None)}  # id -> (1 + its place, the model)
        self.sets: dict[int, int] = {}  # id(fields set) -> its place in `names`
        self.names: dict[frozenset[str], int] = {}  # the names of a fields set -> its place

    def refs(self, column: Sequence[Any]) -> list[int]:
        """Each model's place in the table (0: None), models new to it added."""
        add, models = self.models.setdefault, self.models
        return [add(id(m), (len(models), m))[0] for m in column]

    def fields_sets(self, given: list[set[str]]) -> list[int]:
        seen, names = self.sets, self.names
        return [
            at
            if (at := seen.get(id(s))) is not None
            else seen.setdefault(id(s), names.setdefault(frozenset(s), len(names)))
            for s in given
        ]


def pack(claims: tuple[Claim, ...], texts: tuple[str, ...] = ()) -> tuple | None:
    """`claims` as columns and tables (see the module doc); None when one is of another shape.
    `texts`: strings the driver receives anyway (the sentences' texts), shared with equal ones."""
    if any(
        type(c) is not Claim or c.__pydantic_extra__ is not None or c.__pydantic_private__ is not None for c in claims
    ):
        return None
    if any(tuple(c.__dict__) != _NAMES for c in claims):
        return None
    equal: dict[Any, Any] = dict(zip(texts, texts, strict=True))
    setdefault = equal.setdefault

    def share(v: Any) -> Any:
        if type(v) is tuple and v not in equal:
            v = tuple(setdefault(x, x) if type(x) is str else x for x in v)
        return setdefault(v, v)

    columns: list[Any] = list(zip(*map(dict.values, map(_DICT, claims)), strict=True)) or [()] * len(_NAMES)
    tables = _Tables()
    try:
        for i in _SHARED:
            columns[i] = [setdefault(v, v) for v in columns[i]] if i in _STR else list(map(share, columns[i]))
        for i in _MODELS:
            columns[i] = tables.refs(columns[i])
        models = _models(tables)
    except (_Unpackable, TypeError):  # TypeError: an unhashable value (none is, in these frozen models)
        return None
    return tuple(columns), tables.fields_sets(list(map(_FIELDS_SET, claims))), models, tuple(tables.names)


def _models(tables: _Tables) -> tuple:
    """The model table as columns: classes, field names, field values, fields sets. A model
    inside a model (a date's RelativeDate, rare) stays in its row, pickled as pydantic does."""
    order = [m for _, m in tables.models.values()][1:]
    classes = list(map(type, order))
    if not _PLAIN.issuperset(classes) and not all(
        c in _PLAIN or _plain(m) for c, m in zip(classes, order, strict=True)
    ):
        raise _Unpackable(order)
    names = [_KEYS.setdefault(n, n) for n in map(tuple, map(_DICT, order))]
    rows = _ROWS
    values = [row[1] if (row := rows.get(id(m))) is not None and row[0] is m else _row(m) for m in order]
    return classes, names, values, tables.fields_sets(list(map(_FIELDS_SET, order)))


def _row(m: BaseModel) -> tuple:
    """A model's field values, one tuple for the model while it is remembered (`_ROWS`)."""
    if len(_ROWS) >= ROWS:
        _ROWS.clear()
        _STRINGS_SEEN.clear()
    seen = _STRINGS_SEEN.setdefault  # its strings shared with equal ones (a unit, a title), as compact shares them
    row = _ROWS[id(m)] = (m, tuple(seen(v, v) if type(v) is str else v for v in m.__dict__.values()))
    return row[1]


# A worker's values, frames and periods are shared between the articles it reads (a reprinted
# sentence's mentions come from claims.pipeline's caches, a frame from its frame cache): each
# model's row is one tuple for as long as it is remembered here, so the pickle of several
# articles (the pool sends a chunk of them at once) holds it once, and the driver builds one
# model for it (`unpack`: `_BUILT`), as it did when the models themselves were pickled. 300
# generated articles in chunks of 37: 45,128 value objects for 115,103 claims, as before, not
# 110,974. By identity, and holding the model: exact.
_ROWS: dict[int, tuple[BaseModel, tuple]] = {}
_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}  # field names in an order, one tuple each
_STRINGS_SEEN: dict[str, str] = {}  # the strings of the rows remembered, one object each
ROWS = 1 << 15  # models remembered before starting over


def _plain(m: Any) -> bool:
    """A model with no extra and no private attributes (what `unpack` builds)."""
    return isinstance(m, BaseModel) and m.__pydantic_extra__ is None and m.__pydantic_private__ is None


def _model_classes(annotation: Any, seen: set[type[BaseModel]] | None = None) -> set[type[BaseModel]]:
    """The model classes an annotation names, and those their fields name."""
    seen = set() if seen is None else seen
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel) and annotation not in seen:
            seen.add(annotation)
            for f in annotation.model_fields.values():
                _model_classes(f.annotation, seen)
    else:
        for a in get_args(annotation):
            _model_classes(a, seen)
    return seen


# Model classes whose every instance is `_plain`: extra fields forbidden, no private attributes
# (the claims' values, frames and periods): their models need no check one by one.
_PLAIN = frozenset(
    c
    for f in Claim.model_fields.values()
    for c in _model_classes(f.annotation)
    if c.model_config.get("extra") == "forbid" and not c.__private_attributes__
)


def unpack(packed: tuple) -> tuple[Claim, ...]:
    """The claims `pack` packed: the same models, fields sets shared where they were equal."""
    columns, claim_sets, (classes, names, values, model_sets), sets = packed
    given = [_GIVEN.get(s) or _GIVEN.setdefault(s, set(s)) for s in sets]
    built = _BUILT  # a row this pickle holds once for several articles: one model (`_ROWS`)
    models: list[Any] = [got[1] if (got := built.get(id(v))) is not None and got[0] is v else None for v in values]
    fresh = [k for k, m in enumerate(models) if m is None]
    made = list(map(_new, [classes[k] for k in fresh]))
    rows = [values[k] for k in fresh]
    _built(made, map(dict, map(zip, [names[k] for k in fresh], rows)), [given[model_sets[k]] for k in fresh])
    if len(built) + len(fresh) > BUILT:
        built.clear()
    for k, m, row in zip(fresh, made, rows, strict=True):
        models[k] = m
        built[id(row)] = (row, m)
    models.insert(0, None)  # place 0: None
    columns = list(columns)
    for i in _MODELS:
        columns[i] = list(map(models.__getitem__, columns[i]))
    claims = list(map(_new, repeat(Claim, len(claim_sets))))
    _built(claims, map(dict, map(zip, repeat(_NAMES), zip(*columns, strict=True))), map(given.__getitem__, claim_sets))
    return tuple(claims)


def _built(objects: list[Any], dicts: Any, fields_sets: Any) -> None:
    """Set each new model's slots as pydantic would (claims.model `_claim_of`), each in C."""
    _consume(map(SET_DICT, objects, dicts))
    _consume(map(SET_FIELDS_SET, objects, fields_sets))
    _consume(map(SET_EXTRA, objects, repeat(None)))
    _consume(map(SET_PRIVATE, objects, repeat(None)))


_consume: Any = deque(maxlen=0).extend  # runs an iterator to its end in C, keeping nothing
