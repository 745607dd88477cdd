"""Data model shared by every stage: sources, documents, claims, their typed values and periods.

Models are frozen pydantic v2 models that reject unknown fields; the JSON contract is
../shared/docs/findings-json.md (copied in spirit, not imported: this module is the
single source of truth for field names inside the code base).

Reading `Claim.value` (a pydantic discriminated union of value models tagged by `Kind`;
mypy checks every access): branch with `isinstance(c.value, DateValue)` (or
`IntervalValue` for any numeric value with a bound) or `match c.value:` where code decides
by kind anyway, and use `value_as(c, QuoteValue)` where the kind is already known; never
`getattr`/`hasattr` on a value. A value's `kind` always equals its claim's `kind`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)


class Kind(StrEnum):
    quantity = "quantity"
    money = "money"
    percent = "percent"
    date = "date"
    duration = "duration"
    rank = "rank"
    age = "age"
    quote = "quote"
    role = "role"
    event = "event"
    score = "score"  # a match's score (4:2, 4比2), of one part of it (claims.extractors.scores)
    minute = "minute"  # the minute of a match something happened in (第23分钟, 梅西点球破门)
    title_count = "title_count"  # how many titles a side has with this one (第九次夺得亚洲杯冠军, 九夺)


class Stance(StrEnum):
    asserted = "asserted"
    question = "question"
    hypothetical = "hypothetical"
    negated = "negated"
    reported = "reported"


class Bound(StrEnum):
    """How an interval was widened from the stated value (see claims/values/numerals.py)."""

    exact = "exact"
    about = "about"
    over = "over"
    under = "under"
    at_least = "at_least"
    at_most = "at_most"
    nearly = "nearly"
    range = "range"


class Granularity(StrEnum):
    day = "day"
    month = "month"
    season = "season"
    quarter = "quarter"
    year = "year"
    decade = "decade"


class TimeUnit(StrEnum):
    second = "second"
    minute = "minute"
    hour = "hour"
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Tense(StrEnum):
    current = "current"
    former = "former"
    unknown = "unknown"


Number = int | float


def as_number(value: Decimal | int | float | None) -> Number | None:
    """A JSON number without float artefacts: integral values become ints."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IntervalValue(_Frozen):
    """The numeric values (quantity, money, percent, duration, age): `low`/`high`
    inclusive, None meaning unbounded on that side. `isinstance(v, IntervalValue)` is how
    code asks "does this value have an interval and a bound" (a rank has low/high but no bound)."""

    kind: Kind = Field(exclude=True, repr=False)  # each subclass fixes it (see Value)
    low: Number | None
    high: Number | None
    bound: Bound = Bound.exact

    @model_validator(mode="before")
    @classmethod
    def _numbers(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = dict(data)
            for key in ("low", "high"):
                if isinstance(data.get(key), Decimal):
                    data[key] = as_number(data[key])
        return data


class QuantityValue(IntervalValue):
    kind: Literal[Kind.quantity] = Field(default=Kind.quantity, exclude=True, repr=False)
    unit: str


class MoneyValue(IntervalValue):
    kind: Literal[Kind.money] = Field(default=Kind.money, exclude=True, repr=False)
    currency: str | None


class PercentValue(IntervalValue):
    kind: Literal[Kind.percent] = Field(default=Kind.percent, exclude=True, repr=False)
    points: bool = False


class RelativeDate(_Frozen):
    expr: str
    reference: str | None


class DateValue(_Frozen):
    kind: Literal[Kind.date] = Field(default=Kind.date, exclude=True, repr=False)
    start: str
    end: str
    granularity: Granularity
    relative: Literal[False] | RelativeDate = False
    time: str | None = None  # time of day when stated: `15:14`, or a range `07:00/07:59` (早上7点多)


class DurationValue(IntervalValue):
    kind: Literal[Kind.duration] = Field(default=Kind.duration, exclude=True, repr=False)
    unit: TimeUnit


class RankValue(_Frozen):
    kind: Literal[Kind.rank] = Field(default=Kind.rank, exclude=True, repr=False)
    low: int
    high: int
    of: str | None = None


class AgeValue(IntervalValue):
    kind: Literal[Kind.age] = Field(default=Kind.age, exclude=True, repr=False)
    at: str | None = None


class QuoteValue(_Frozen):
    kind: Literal[Kind.quote] = Field(default=Kind.quote, exclude=True, repr=False)
    speaker: str | None
    normalized: str


class RoleValue(_Frozen):
    kind: Literal[Kind.role] = Field(default=Kind.role, exclude=True, repr=False)
    person: str | None
    title: str
    organisation: str | None = None
    tense: Tense = Tense.unknown


class EventValue(_Frozen):
    kind: Literal[Kind.event] = Field(default=Kind.event, exclude=True, repr=False)
    name: str


class ScoreValue(_Frozen):
    """A match's score as the text states it: `first` and `second` in the order written,
    `sides` the two sides in that order (None: the text names it not), `part` which part
    of the match it is the score of (claims.extractors.scores.PARTS)."""

    kind: Literal[Kind.score] = Field(default=Kind.score, exclude=True, repr=False)
    first: int
    second: int
    sides: tuple[str | None, str | None] = (None, None)  # the sides' names (队 dropped), the first number's first
    ordered: bool = (
        True  # False: the two sides are known, not which scored which (a score read off the article's match)
    )
    part: str = "full"  # full | regular | extra | shootout | half | set:N | quarter:N | series | aggregate
    stage: str | None = None  # the match's stage or round when the sentence names it (final, semifinal, round:3)
    # The sentence speaks of its story's match without naming both sides (两队2-2战平, 比分定格在3-3, 加时…3:3):
    # the sides of the article's one match are read in (`sides`); a score of someone unnamed (中国男女乒均3-0) is not.
    of_the_match: bool = False
    several: bool = False  # the article gives the same sides and part another score too: two matches, or a slip


class MinuteValue(_Frozen):
    """The minute of a match in which a player (or a team) did something: a goal, a penalty."""

    kind: Literal[Kind.minute] = Field(default=Kind.minute, exclude=True, repr=False)
    minute: int
    who: str  # the player or team that acted, as a key (folded)
    action: str  # goal | penalty | own_goal | penalty_missed | red_card | yellow_card | substitution
    several: bool = False  # the article gives the same side the same action at another minute of the same half


class TitleCountValue(_Frozen):
    """How many titles of one competition its holder has with the one told: 9 for 第九次夺得亚洲杯
    冠军, 九夺亚洲杯冠军, 第9个亚洲杯冠军 (claims.extractors.titles)."""

    kind: Literal[Kind.title_count] = Field(default=Kind.title_count, exclude=True, repr=False)
    count: int
    holder: str  # the side or player, as a key (folded like a match's sides: 中国女足)
    of: str | None = None  # the competition (亚洲杯), None when the text names none
    several: bool = False  # the article gives the same holder and competition another count too


# The values with an interval and a bound (`IntervalValue`s), as a union a `match` can exhaust.
NumericValue = QuantityValue | MoneyValue | PercentValue | DurationValue | AgeValue

# The claim's value, tagged by its kind. The tag is each model's `kind` field, which is never
# written: the JSON keeps the kind once, on the claim, and `Claim` hands it to its value when
# reading JSON back (quantity and duration look alike, so the shape must never decide).
Value = Annotated[
    QuantityValue
    | MoneyValue
    | PercentValue
    | DateValue
    | DurationValue
    | RankValue
    | AgeValue
    | QuoteValue
    | RoleValue
    | EventValue
    | ScoreValue
    | MinuteValue
    | TitleCountValue,
    Field(discriminator="kind"),
]

VALUE_TYPES: tuple[type[Value], ...] = get_args(get_args(Value)[0])  # the models `Value` tags

V = TypeVar("V", bound=Value)


def value_as(claim: Claim, model: type[V]) -> V:
    """The claim's value as `model`, for code that already knows the claim's kind (a quote
    claim's `QuoteValue`); a claim of another kind is a bug in the caller, not bad input."""
    value = claim.value
    if not isinstance(value, model):
        raise TypeError(f"{claim.id}: a {claim.kind} claim has no {model.__name__}")
    return value


class Precision(StrEnum):
    """How precisely a period was stated; it decides how the period is written."""

    year = "year"  # 2019
    month = "month"  # 2025-01
    day = "day"  # 2025-01-15
    span = "span"  # 2025-03-01/2025-05-31 (a season, a half, a range)


class Period(_Frozen):
    """When a figure holds (`Claim.as_of`): the days from `start` to `end` inclusive, stated
    as a year, a month, a day or a span. In JSON it is its text, `2019`, `2025-01`,
    `2025-01-15` or `START/END`, and it is read back from that text."""

    start: date
    end: date
    precision: Precision

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        if isinstance(data, str):
            parsed = cls.parse(data)
            if parsed is None:
                raise ValueError(f"not a period: {data!r}")
            return dict(parsed)
        return data

    @model_serializer
    def _as_text(self) -> str:
        return str(self)

    def __str__(self) -> str:
        if self.precision is Precision.year:
            return self.start.isoformat()[:4]
        if self.precision is Precision.month:
            return self.start.isoformat()[:7]
        if self.precision is Precision.day:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    def parse(cls, text: str) -> Period | None:
        """`2019`, `2025-01`, `2025-01-15`, or a span `START/END` of those; None when the
        text is none of these (a publication date written some other way)."""
        return _parse_period(text)

    @classmethod
    def _parse(cls, text: str) -> Period | None:
        if "/" in text:
            a, _, b = text.partition("/")
            pa, pb = cls.parse(a), cls.parse(b)
            return cls(start=pa.start, end=pb.end, precision=Precision.span) if pa and pb else None
        try:
            parts = [int(p) for p in text.split("-")]
            if len(parts) == 1:
                return cls(start=date(parts[0], 1, 1), end=date(parts[0], 12, 31), precision=Precision.year)
            if len(parts) == 2:
                y, m = parts
                end = date(y + (m == 12), m % 12 + 1, 1)
                return cls(start=date(y, m, 1), end=date.fromordinal(end.toordinal() - 1), precision=Precision.month)
            d = date(*parts[:3])
        except ValueError:
            return None
        return cls(start=d, end=d, precision=Precision.day)

    @classmethod
    def of(cls, v: DateValue) -> Period:
        """The period a date value states: its year or month when it lies within one at
        that granularity, its day, else the span of its days."""
        if v.granularity == Granularity.year and v.start[:4] == v.end[:4]:
            text = v.start[:4]
        elif v.granularity == Granularity.month and v.start[:7] == v.end[:7]:
            text = v.start[:7]
        elif v.start == v.end:
            text = v.start
        else:
            text = f"{v.start}/{v.end}"
        period = cls.parse(text)
        if period is None:
            raise ValueError(f"a date value with bad ISO dates: {v!r}")
        return period

    def simplest(self) -> Period:
        """The same days stated as simply as they read exactly: a whole year as the year, a
        whole month as the month, one day as the day (how explanations and timelines write it)."""
        a, b = self.start, self.end
        if a == b:
            precision = Precision.day
        elif a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31 and a.year == b.year:
            precision = Precision.year
        elif a.day == 1 and a.year == b.year and a.month == b.month and (b + timedelta(days=1)).day == 1:
            precision = Precision.month
        else:
            precision = Precision.span
        return self if precision is self.precision else Period(start=a, end=b, precision=precision)


@lru_cache(maxsize=4096)
def _parse_period(text: str) -> Period | None:
    # The matcher reads the same publication dates for many pairs; a Period is immutable.
    return Period._parse(text)


class Source(_Frozen):
    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date; the reference for relative dates
    # No publication date known: the date the text was archived or retrieved (front matter
    # `archived`, `retrieved`, `accessed`, `crawled`), a late bound that still tells which
    # year `6月26日` means. Relative dates count from it; it never dates a "now" statement.
    reference: str | None = None
    script: str = "zh-Hans"  # zh-Hans | zh-Hant | mixed | en | unknown
    encoding: str = "utf-8"
    # Present only when the offsets refer to text claimdiff derived (e.g. an HTML page's
    # extracted article text) rather than the file's decoded text.
    text: str | None = None
    quality: float = Field(default=1.0, ge=0, le=1)  # share of text that is not garbled


@dataclass(frozen=True)
class Document:
    """One source's text, as claims/sources loads it and claims/text segments it: `raw` is
    what every claim offset indexes."""

    source: Source
    raw: str
    body_start: int = 0  # where the article starts (after front matter)
    warnings: tuple[str, ...] = ()
    # A source stating no date of its own, read among others: the story's date (ISO), from
    # which its calendar dates without a year (3月30日) are read; nothing else counts from it.
    story_date: str | None = None


class Frame(_Frozen):
    """What a value claim measures and when/where it holds (built by claims.frames)."""

    measure: tuple[
        str, ...
    ] = ()  # canonical measure keys, nearest first; `~>word`/`~<word` for unlisted words after/before the figure
    predicate: tuple[str, ...] = ()  # what happened to what is counted (deaths, evacuated, ~>供述)
    scope: str | None = (
        None  # new | cumulative | per | per_day | per_month | per_year | planned (目标, 计划, 预计: what is aimed at) | threshold (所需, 门槛: what a goal requires) | baseline (超越了…的39枚: a figure compared with) | expected (高于市场预期的620亿: what others expected)
    )
    place: tuple[str, ...] = ()  # places the sentence names before the figure
    holder: str | None = None  # the person the figure belongs to (刘长海…被判15年), when the sentence names one
    part: bool = False  # a part of a whole stated before it (其中…)
    listed: bool = False  # one item of a list of figures (分别实施25%、20%或10%)
    period: str | None = (
        None  # the stretch of a story the figure belongs to (侦查期间, 服刑期间, 开庭时), or a Games' edition:2014
    )
    event: tuple[str, ...] = ()  # dates: what the date dates (判决, 开庭 …)


# Stands for the claim itself in `Claim.context` (the sentence with the claim masked).
MASK = "⟨#⟩"


class Claim(_Frozen):
    id: str
    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    sentence: str
    kind: Kind
    value: Value
    speaker: str | None = None
    stance: Stance = Stance.asserted
    # Additive fields (the contract allows more).
    line: int = 1
    entities: tuple[str, ...] = ()
    as_of: Period | None = None  # the time the claim describes, when the sentence says
    # A running tally's time of day ("08:47", "14:00/14:59"), when its report states it in an
    # earlier sentence (截至11日8时，…。倒塌房屋3.4万间): the day alone is in as_of.
    clock: str | None = None
    subject: str | None = None  # who the claim is about (a person or organisation), when known
    context: str = ""  # normalised sentence (plus a short answer's question), claim masked as MASK
    extractor: str = ""
    score: float = Field(default=1.0, ge=0, le=1)
    garbled: bool = False
    frame: Frame | None = None  # what the figure measures, where, and what a date dates (claims.frames)

    @field_validator("value", mode="before")
    @classmethod
    def _tag_value(cls, value: Any, info: ValidationInfo) -> Any:
        # A value read from JSON carries no tag: it is the claim's kind (validated just before).
        if isinstance(value, dict) and "kind" not in value and "kind" in info.data:
            return {**value, "kind": info.data["kind"]}
        return value

    @model_validator(mode="after")
    def _span(self) -> Claim:
        if not self.start < self.end or len(self.text) != self.end - self.start:
            raise ValueError(f"{self.source}: bad span [{self.start}, {self.end}) for {self.text!r}")
        if self.value.kind is not self.kind:
            raise ValueError(f"{self.id}: a {self.kind} claim with a {self.value.kind} value")
        return self

    @field_serializer("value")
    def _dump_value(self, value: BaseModel) -> dict[str, Any]:
        return value.model_dump(mode="json")

    @classmethod
    def at(cls, raw: str, start: int, end: int, **fields: Any) -> Claim:
        """The pipeline's constructor: checks the span against the raw text and slices it
        itself (never clamps, never searches). Its fields are already typed models, so
        pydantic's re-validation is skipped; JSON read back is validated in full."""
        if not 0 <= start < end <= len(raw):
            raise ValueError(f"{fields.get('source')}: bad span [{start}, {end})")
        kind, value = fields["kind"], fields.get("value")
        if type(kind) is not Kind:
            kind = Kind(kind)
        if not isinstance(value, VALUE_TYPES) or value.kind is not kind:
            raise TypeError(f"a {kind} claim needs a {kind} value, not {value!r}")
        fields["start"], fields["end"], fields["text"] = start, end, raw[start:end]  # `fields` is this call's own dict
        template = _claim_template()
        data = {**template, **fields}  # the given keys take the template's places: declaration order
        if len(data) == len(template) and fields.keys() >= _REQUIRED_CLAIM_FIELDS:
            return _claim_of(cls, data)
        return _trusted(cls, {**_claim_defaults(), **fields})

    @classmethod
    def trusted(cls, data: dict[str, Any]) -> Claim:
        """A claim from `data` holding every field, in declaration order, typed, its span
        already checked against the raw text (the pipeline's builder): what `at` builds
        from the same fields, without its checks and merges (tests/test_pipeline_build.py)."""
        return _claim_of(cls, data)


def _trusted(cls: type[Claim], values: dict[str, Any]) -> Claim:
    """What `cls.model_construct(**values)` builds (fields in declaration order, unknown
    names dropped, every given field counted as set), without its per-field alias lookups:
    a third of its time (~3 µs of ~10 per claim, 20k claims in the 2 MB benchmark)."""
    data = {name: values[name] for name in cls.__pydantic_fields__ if name in values}
    claim = cls.__new__(cls)
    object.__setattr__(claim, "__dict__", data)
    object.__setattr__(claim, "__pydantic_fields_set__", set(data))
    object.__setattr__(claim, "__pydantic_extra__", None)
    object.__setattr__(claim, "__pydantic_private__", None)
    return claim


def _slot_setter(name: str) -> Any:
    """How BaseModel writes its slot `name` (its descriptor's __set__)."""
    return BaseModel.__dict__[name].__set__


# A model's four slots, written without validation (`_claim_of` here, claims.packing's rebuild).
SET_DICT = _slot_setter("__dict__")
SET_FIELDS_SET = _slot_setter("__pydantic_fields_set__")
SET_EXTRA = _slot_setter("__pydantic_extra__")
SET_PRIVATE = _slot_setter("__pydantic_private__")


def quote_value(speaker: str | None, normalized: str) -> QuoteValue:
    """`QuoteValue(speaker=speaker, normalized=normalized)` for arguments already typed (a str or None,
    a str): the same model (fields, fields set, no extra, no private; tests/test_claim_model.py), without
    pydantic's __init__ and validation (the utterance recognizer builds ~4,500 a run of 50 generated
    articles: 1.8 % of their extraction's instructions)."""
    return _assembled(QuoteValue, {"kind": _KIND_QUOTE, "speaker": speaker, "normalized": normalized}, _QUOTE_SET)


_M = TypeVar("_M", bound=BaseModel)


def _assembled(cls: type[_M], data: dict[str, Any], fields_set: set[str]) -> _M:
    """A model of `cls` from `data` (every field, in declaration order, typed) and the names counted as
    set, its slots written as pydantic's __init__ leaves them. The set is shared: pydantic replaces a
    model's fields set (`model_copy`), never changes it in place."""
    value = _NEW(cls)
    SET_DICT(value, data)
    SET_FIELDS_SET(value, fields_set)
    SET_EXTRA(value, None)
    SET_PRIVATE(value, None)
    return value


def updated(model: _M, update: Mapping[str, Any]) -> _M:
    """`model.model_copy(update=update)` for a model with no extra and no private attributes and an
    update of its own fields: the same dict (its keys in their order, the update's values) and the
    same names counted as set, but the fields set shared where it holds them already, not copied
    for each model (pydantic replaces a model's set, never changes it in place). The matcher gives
    1,000 generated articles' 93,350 claims the run's canonical names: their copied sets were 116 MB
    of the driver's peak, and model_copy a Python call chain a claim."""
    data = model.__dict__
    if (
        model.__pydantic_extra__ is not None
        or model.__pydantic_private__ is not None
        or not data.keys() >= update.keys()
        or model.model_config.get("extra") == "allow"
    ):
        return model.model_copy(update=update)
    given = model.__pydantic_fields_set__
    return _assembled(type(model), {**data, **update}, given if given.issuperset(update) else given | set(update))


_NEW = object.__new__  # a model's __new__ (BaseModel defines none)
_KIND_QUOTE = Kind.quote
_QUOTE_SET = {"speaker", "normalized"}  # what QuoteValue(speaker=…, normalized=…) counts as set


def _claim_of(
    cls: type[Claim],
    data: dict[str, Any],
    _set_dict: Any = SET_DICT,
    _set_fields_set: Any = SET_FIELDS_SET,
    _set_extra: Any = SET_EXTRA,
    _set_private: Any = SET_PRIVATE,
) -> Claim:
    """`_trusted` for a dict already holding every field, in declaration order, and no other.
    Such claims share one fields set (every name): pydantic only replaces a model's set
    (`model_copy` copies it before adding to it), never changes it in place, and a set of
    19 names is 2.3 KB a claim (reports/compact.py). The slots are written through their
    descriptors (frozen models refuse their own __setattr__), bound once as defaults, not
    `object.__setattr__`'s lookup of each name: ~1.0 -> ~0.5 µs a claim (18,672 on 50
    generated articles), the same object. The class's `__new__` is looked up once, with that set
    (`cls.__new__` reads through pydantic's metaclass's __getattr__ hook: ~1,100 instructions)."""
    got = _ALL_SET.get(cls)
    if got is None:
        got = _ALL_SET[cls] = (cls.__new__, set(cls.__pydantic_fields__))
    claim = got[0](cls)
    _set_dict(claim, data)
    _set_fields_set(claim, got[1])
    _set_extra(claim, None)
    _set_private(claim, None)
    return claim


def _claim_template() -> dict[str, Any]:
    """Every Claim field in declaration order: its default, or None for a required one
    (which `Claim.at` checks is given)."""
    global _CLAIM_TEMPLATE
    if _CLAIM_TEMPLATE is None:
        defaults = _claim_defaults()
        _CLAIM_TEMPLATE = {name: defaults.get(name) for name in Claim.model_fields}
    return _CLAIM_TEMPLATE


_CLAIM_TEMPLATE: dict[str, Any] | None = None
# A Claim class → its __new__ and the set of all its field names (`_claim_of`)
_ALL_SET: dict[type, tuple[Any, set[str]]] = {}
_REQUIRED_CLAIM_FIELDS = frozenset(("id", "source", "sentence", "kind", "value"))  # start, end, text: set by `at`


def _claim_defaults() -> dict[str, Any]:
    global _CLAIM_DEFAULTS
    if _CLAIM_DEFAULTS is None:  # every default is immutable (None, (), enums, numbers)
        _CLAIM_DEFAULTS = {
            name: f.get_default(call_default_factory=True)
            for name, f in Claim.model_fields.items()
            if not f.is_required()
        }
    return _CLAIM_DEFAULTS


_CLAIM_DEFAULTS: dict[str, Any] | None = None
