"""One source's extraction made small before it crosses to the driver and stays there.

Every claim of a run is held by one process, the driver, until the findings are written, and
each one came there through a pickle. Two things made them three times the size they need be
(20 generated articles, 6,947 claims: 38 MB held after unpickling):

- Each pydantic model keeps its own `__pydantic_fields_set__`, a set of its field names: 2.3 KB
  for a claim's 19, as much again for its value and frame — 19 MB of the 38. The sets of one
  model class with the same names are one set here. pydantic only ever replaces a model's set
  (`model_copy` copies it before adding to it), never changes it in place.
- Equal strings are separate objects: a claim's `sentence` is sliced from the text once per
  claim (3,212 distinct sentences in 6,947 claims), its `extractor` is one of a few dozen
  names. Equal strings and tuples of strings are one object here.

Nothing changes value (the same JSON, the same matches): only which equal, immutable
objects are shared. Pickle keeps that sharing within one pickle, so the worker also sends less.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from claims.pipeline import Extraction

_set_attr = object.__setattr__  # models are frozen: their own __setattr__ refuses


class _Sharer:
    def __init__(self) -> None:
        self.equal: dict[Any, Any] = {}  # a str or tuple of str → the one object kept
        self.field_sets: dict[tuple[type, frozenset[str]], set[str]] = {}

    def value(self, v: Any) -> Any:
        t = type(v)
        if t is str:
            return self.equal.setdefault(v, v)
        if t is tuple:
            if all(type(x) is str for x in v):
                shared = tuple(self.equal.setdefault(x, x) for x in v)
                return self.equal.setdefault(shared, shared)
            return v
        if isinstance(v, BaseModel):
            self.model(v)
        return v

    def model(self, m: BaseModel) -> None:
        """`m`, its fields and the models inside it, sharing what equals something seen before."""
        fields = m.__dict__
        for k, v in fields.items():
            fields[k] = self.value(v)  # an equal, immutable value: the model reads the same
        names = m.__pydantic_fields_set__
        key = (type(m), frozenset(names))
        _set_attr(m, "__pydantic_fields_set__", self.field_sets.setdefault(key, names))


def compact(e: Extraction) -> Extraction:
    """`e` with equal immutable parts shared (changed in place, and returned)."""
    sharer = _Sharer()
    for s in e.segmented.sentences:
        sharer.value(s.text)
    for c in e.claims:
        sharer.model(c)
    return e
