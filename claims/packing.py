"""A source's claims as columns, for the pickle that carries them from a worker to the driver.

A process pool (reports.pipeline) sends each extraction back pickled. Pickled as they are,
claims are pydantic models: each claim, value, frame and period is a Python-level
`__getstate__` in the worker and `__setstate__` in the driver, and each claim's dict names
its 20 fields again. Here the claims travel as one column per field (`pack`): plain
tuples, lists and strings that pickle in C, the models they hold (values, frames, periods)
once each as a row of their field values, and are built again in the driver (`unpack`)
the way the pipeline builds them (claims.model `_claim_of`: the dict set directly, no
validation). Packing shares what reports.compact shares, so a worker need not compact first:
150 generated articles (~37 KB, ~370 claims each) compacted and pickled in 0.27 + 0.40 CPU-s,
unpickled in 0.35; packed and pickled in 0.46, unpickled in 0.33, the driver holding as much.

The same claims come out: every model of the same class with the same dict (the same keys
in the same order, the same values) and fields set, the same sharing of one object between
claims (a frame or a value several claims hold). Equal strings (and tuples of strings) are
sent once and shared in the driver, as reports.compact shares them (the driver holds every
claim of a run), and so are fields sets (one per set of names for the whole run). Claims of another shape (a subclass, extra or private attributes, fields in
another order) are not packed: `pack` returns None and they pickle as they are.
"""

from __future__ import annotations

from enum import Enum
from operator import attrgetter
from typing import Any, get_args

from pydantic import BaseModel

from claims.model import Claim

_NAMES = tuple(Claim.model_fields)
_STRINGS = (str, str | None, tuple[str, ...])  # field types whose values are shared when equal
# Columns by what is done with them: strings (and tuples of strings) shared when equal, models
# sent as rows of the model table, and the rest (numbers, flags, enums) as they are.
_SHARED = tuple(i for i, f in enumerate(Claim.model_fields.values()) if f.annotation in _STRINGS)
_STR = frozenset(i for i, f in enumerate(Claim.model_fields.values()) if f.annotation in _STRINGS[:2])
_MODELS = tuple(
    i
    for i, f in enumerate(Claim.model_fields.values())
    if f.annotation not in _STRINGS
    and not (isinstance(f.annotation, type) and issubclass(f.annotation, (int, float, bool, Enum)))
)


def _slot_setter(name: str) -> Any:
    return BaseModel.__dict__[name].__set__


_SET_DICT = _slot_setter("__dict__")
_SET_FIELDS_SET = _slot_setter("__pydantic_fields_set__")
_SET_EXTRA = _slot_setter("__pydantic_extra__")
_SET_PRIVATE = _slot_setter("__pydantic_private__")


def _nested(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A model class's field names (declaration order) and the places of those that may hold
    a model (DateValue.relative: a RelativeDate)."""
    places = tuple(i for i, f in enumerate(cls.model_fields.values()) if _holds_model(f.annotation))
    return tuple(cls.model_fields), places


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type):
        return issubclass(annotation, BaseModel)
    return any(_holds_model(a) for a in get_args(annotation))


class _Packer:
    """The tables one source's claims are packed against: equal strings, models, fields sets."""

    def __init__(self) -> None:
        self.equal: dict[Any, Any] = {}  # a str or tuple of str -> the one sent
        self.models: list[tuple] = []  # (class, field names or None, field values, fields set, nested places)
        self.model_ids: dict[int, int] = {id(None): 0}  # id(model) -> 1 + its row (0 stands for None)
        self.sets: list[frozenset[str]] = []
        self.set_ids: dict[int, int] = {}  # id(fields set) -> its place in `sets`
        self.set_at: dict[frozenset[str], int] = {}  # the names of a fields set -> its place in `sets`

    def share(self, v: Any) -> Any:
        if type(v) is tuple and v not in self.equal:
            v = tuple(self.equal.setdefault(x, x) if type(x) is str else x for x in v)
        return self.equal.setdefault(v, v)

    def fields_set(self, given: set[str]) -> int:
        at = self.set_ids.get(id(given))
        if at is None:
            names = frozenset(given)
            at = self.set_ids[id(given)] = self.set_at.setdefault(names, len(self.sets))
            if at == len(self.sets):
                self.sets.append(names)
        return at

    def model(self, m: Any) -> int:
        """1 + the row of model `m` (0 for None), the models it holds packed before it."""
        at = self.model_ids.get(id(m))
        if at is not None:
            return at
        if not isinstance(m, BaseModel) or m.__pydantic_extra__ is not None or m.__pydantic_private__ is not None:
            raise _Unpackable(m)
        d = m.__dict__
        names, places = _CLASSES.get(type(m)) or _CLASSES.setdefault(type(m), _nested(type(m)))
        keys = tuple(d)
        values: Any = tuple(d.values())
        if keys != names:
            places = tuple(i for i, v in enumerate(values) if isinstance(v, BaseModel))
        nested = tuple(i for i in places if isinstance(values[i], BaseModel))
        if nested:
            values = list(values)
            for i in nested:
                values[i] = self.model(values[i])
        fs = self.fields_set(m.__pydantic_fields_set__)
        self.models.append((type(m), None if keys == names else keys, values, fs, nested))
        at = self.model_ids[id(m)] = len(self.models)
        return at


# The fields sets of the claims and models received, one per set of names for the whole run:
# pydantic only ever replaces a model's set (`model_copy` copies it before adding to it), never
# changes it in place (reports.compact shares them so within a source).
_GIVEN: dict[frozenset[str], set[str]] = {}
_FIELDS_SET = attrgetter("__pydantic_fields_set__")
# Per model class: its field names in declaration order, and where a field may hold a model.
_CLASSES: dict[type, tuple[tuple[str, ...], tuple[int, ...]]] = {}


class _Unpackable(Exception):
    """A claim or model `pack` does not know how to send: the claims pickle as they are."""


def pack(claims: tuple[Claim, ...], texts: tuple[str, ...] = ()) -> tuple | None:
    """`claims` as columns and tables (see the module doc); None when one is of another shape.
    `texts`: strings the driver receives anyway (the sentences' texts), shared with equal ones."""
    if any(
        type(c) is not Claim or c.__pydantic_extra__ is not None or c.__pydantic_private__ is not None for c in claims
    ):
        return None
    if any(tuple(c.__dict__) != _NAMES for c in claims):
        return None
    packer = _Packer()
    setdefault, share, known, model = packer.equal.setdefault, packer.share, packer.model_ids.get, packer.model
    for t in texts:
        setdefault(t, t)
    columns: list[Any] = list(zip(*(c.__dict__.values() for c in claims), strict=True)) or [()] * len(_NAMES)
    try:
        for i in _SHARED:
            column = columns[i]
            columns[i] = [setdefault(v, v) for v in column] if i in _STR else [share(v) for v in column]
        for i in _MODELS:
            columns[i] = [at if (at := known(id(v))) is not None else model(v) for v in columns[i]]
    except (_Unpackable, TypeError):  # TypeError: an unhashable value (none is, in these frozen models)
        return None
    seen, new_set = packer.set_ids.get, packer.fields_set
    fields_sets = [at if (at := seen(id(given))) is not None else new_set(given) for given in map(_FIELDS_SET, claims)]
    return tuple(columns), fields_sets, packer.models, packer.sets


def unpack(packed: tuple) -> tuple[Claim, ...]:
    """The claims `pack` packed: the same models, fields sets shared where they were equal."""
    columns, fields_sets, rows, sets = packed
    given = [_GIVEN.get(s) or _GIVEN.setdefault(s, set(s)) for s in sets]
    models: list[Any] = [None]
    new = object.__new__
    for cls, keys, values, fs, nested in rows:
        if keys is None:
            keys = (_CLASSES.get(cls) or _CLASSES.setdefault(cls, _nested(cls)))[0]
        if nested:
            values = list(values)
            for i in nested:
                values[i] = models[values[i]]
        m = new(cls)
        _SET_DICT(m, dict(zip(keys, values, strict=True)))
        _SET_FIELDS_SET(m, given[fs])
        _SET_EXTRA(m, None)
        _SET_PRIVATE(m, None)
        models.append(m)
    columns = list(columns)
    for i in _MODELS:
        columns[i] = [models[j] for j in columns[i]]
    out = []
    for row, fs in zip(zip(*columns, strict=True), fields_sets, strict=True):
        c = new(Claim)
        _SET_DICT(c, dict(zip(_NAMES, row, strict=True)))
        _SET_FIELDS_SET(c, given[fs])
        _SET_EXTRA(c, None)
        _SET_PRIVATE(c, None)
        out.append(c)
    return tuple(out)
