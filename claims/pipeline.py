"""extract(segmented document) -> claims: run the recognizers, map spans back, attach
speaker, stance, time anchor and entities, and give each claim a content-based id."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from hashlib import blake2b as _blake2b
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from claims.context import sentence_contexts, sentence_subjects, with_interviewee
from claims.entities import EntityMention, entity_mentions, find_entities
from claims.extractors.base import ExtractContext, Mention, longest_first
from claims.extractors.numbers import bare_yuan, local_currency
from claims.extractors.registry import (
    DATE_READERS,
    PARAGRAPH_EXTRACTORS,
    SENTENCE_GATES,
    TEXT_READERS,
    TURN_READERS,
    dated,
)
from claims.extractors.scores import match_frame, with_match_sides
from claims.frames import (
    CLAUSE,
    COMPARED_BASE,
    RELEASE_VERBS,
    REPORT_NAMES,
    SENTENCE_END,
    TALLY_AT,
    TOLD_NOW,
    clock_text,
    frame_of,
    is_flow,
    is_running,
    listed,
    tally_clock,
    word_tags,
)
from claims.frames.furniture import is_furniture
from claims.frames.names import article_names
from claims.frames.rows import row_labels
from claims.ids import canonical_json, json_string
from claims.model import (
    MASK,
    Bound,
    Claim,
    DateValue,
    Frame,
    IntervalValue,
    Kind,
    MinuteValue,
    MoneyValue,
    Period,
    Precision,
    QuantityValue,
    QuoteValue,
    RoleValue,
    ScoreValue,
    Source,
    TitleCountValue,
    Value,
)
from claims.model import VALUE_TYPES as MODEL_VALUE_TYPES
from claims.packing import pack, unpack
from claims.sources.load import HEAD_LINES, Document, is_date_line
from claims.stance import ArticleStance
from claims.text.garbled import garbled_spans, text_quality
from claims.text.gate import gated
from claims.text.hanzi import in_title
from claims.text.lines import LineIndex
from claims.text.normalise import fold
from claims.text.segment import Role, Segmented, Sentence, segment
from claims.values.dates import (
    BIRTH,
    DATE_HINT,
    DATELINE,
    may_resolve,
    names_now,
    restated_day,
    restated_days,
    sentence_time,
)
from claims.values.times import after_noon, told_part

# Recognizers mark what is barely a claim with a low score (`一家公司`: "a company", not a
# count of one); such mentions are not worth a reviewer's time.
MIN_SCORE = 0.5
FURNITURE_PARAGRAPH = 200  # a paragraph this short with a link or a credit in it is page furniture as a whole
ANCHOR_REACH = 2  # paragraphs after the last full date over which year-less dates still count from it
# Paragraphs after an afternoon's clock over which a bare clock of that day is still the afternoon's or evening's,
# unless a part of the day or another day is told before it (development corpus: 缪可馨's mother, 当天下午3点14分 …
# 3点42分 the next paragraph, 九点多 eight after it; 爱贝's 15：14分 … 八点多, 九点多 27 paragraphs after it).
AFTERNOON_REACH = 30
# Sentences whose mentions a process remembers (`sentence_mentions`): a 36 KB generated
# article has ~700 sentences, and reprints share theirs.
SENTENCE_CACHE = 1 << 14
# Another period named as such (去年同期, 2019年第三季度, 上半年, 上一季度（…）): what a compared figure is of.
_OTHER_PERIOD = (
    r"(?:(?:去年|上年|前年|[0-9]{2,4}年)同期|(?:[0-9]{2,4}年|去年|上年)?(?:第?[一二三四1-4]季度|上半年|下半年)"
    r"|上一?(?:个)?(?:季度|月|年)|上季)(?:[（(][^）)]*[）)])?"
)
# A clause comparing with another time's figure (，超过2022年春节档…, ，与2008年北京奥运会持平, ，比2019年增长…),
# also when the sentence opens with it (与2010年相比，…比重上升1.35个百分点: a change up to now, not of 2010).
_COMPARED = gated(  # (behind a first-character gate: claims.text.gate)
    r"(?:[，,；;]\s*(?:这一?(?:成绩|数字|数据|纪录|结果)|此|[^，,；;。0-9]{1,6}?(?=追平|仅次于|仅低于|只胜过))?(?:已经|已|均|还|并|也)?"
    r"(?:追平|仅次于|仅低于|只胜过|超过|超越|打破|刷新|高于|低于|多于|少于|相比|相较|较|比|"
    r"与(?:[^，,；;。（(]|[（(][^）)]*[）)]){0,40}?(?:持平|相比|相当|下降|上升|增加|减少|提高|降低|增长))"
    r"|^\s*与(?:[^，,；;。（(]|[（(][^）)]*[）)]){0,40}?(?:相比|持平|相当)(?=[，,])"  # not 比赛…, 较大…
    # …净亏损6.24亿元，去年同期为盈利34亿元 / 而2024年同期为… / 2025年第二季度为… / 上一季度（…）也为… /
    # 而2019年第三季度和2020年第二季度的毛利率分别为…: other periods' figures in a clause of their own, not the figure's time
    rf"|[，,；;]\s*而?{_OTHER_PERIOD}(?:[和与及、]{_OTHER_PERIOD})*(?:的[^，,；;。为]{{1,10}})?(?:也|则|亦|分别)?为"
    # …1181.8万人次，是2019年同期的85.1% / 恢复到2019年同期水平: a share of another period's figure
    r"|[，,；;]\s*(?:是|相当于|恢复(?:到|至)了?)(?=(?:去年|上年|前年|[0-9]{2,4}年)(?:同期|水平))"
    # …以32枚金牌追平了在2004年雅典奥运会上获得的金牌总数: the record matched is another year's, in the
    # figure's own clause
    r"|(?:追平|超越|超过|打破|刷新)了?(?=在?(?:[0-9]{4}年|上届|上一届|[0-9一二两三四五六七八九十]+年前))"
    r")[^，,；;。]*"
)
# The time a change is measured against, in the figure's own clause (比上年增长⟨#⟩, 较2022年同期下降⟨#⟩):
# the base, not the figure's time.
_COMPARED_BASE = re.compile(COMPARED_BASE)
# The level a change starts from (经营亏损率由2022年的47.9%改善至⟨#⟩): its year is the start's, not the figure's.
_FROM_LEVEL = re.compile(r"由[^，,。；;由]{1,24}?(?:至|到)\s*$")
# A report released (发布财报, 公布第3季业绩, 发布2023年统计公报): its figures cover a period, not the release day.
_RESULTS_RELEASE = re.compile(rf"(?:{RELEASE_VERBS})了?[^，,。；;]{{0,12}}(?:{REPORT_NAMES})")
STATED_NOW = re.compile(
    r"(?:截至|截止)(?:目前|(?:记者)?发稿)|目前为止|迄今为止"
)  # a sentence that says its figures hold now
TIME_CARRY = 3  # a sentence without a time (or place) of its own takes one stated up to this many sentences before, in its paragraph
# Kinds that compete for the same characters (a number is money or a percent, not
# both); quotes and roles are layers over them.
VALUE_KINDS = {
    Kind.quantity,
    Kind.money,
    Kind.percent,
    Kind.date,
    Kind.duration,
    Kind.rank,
    Kind.age,
    Kind.score,  # 4:2 is a score, no count nor range (claims.extractors.scores)
    Kind.minute,  # 第23分钟 is a moment of a match, no spell of time
    Kind.title_count,  # 第九次夺得…冠军 is a count of titles, no rank
}
# The same, as the value models of those kinds: a type hashes in C, an enum member in Python.
VALUE_TYPES = frozenset(t for t in MODEL_VALUE_TYPES if t.model_fields["kind"].default in VALUE_KINDS)
# Framed by what they are of (claims.extractors.scores.match_frame): a match's scores and minutes, titles.
MATCH_TYPES = frozenset({ScoreValue, MinuteValue, TitleCountValue})
# Read per claim and per mention, bound once: in Python 3.11 `Kind.date` goes through EnumType's
# __getattr__ hook and `Claim.trusted` through pydantic's metaclass's (~1,100 instructions a read each;
# claims.text.segment).
_DATE, _MONEY, _QUOTE, _AGE = Kind.date, Kind.money, Kind.quote, Kind.age
_TRUSTED = Claim.trusted


@dataclass(frozen=True)
class Extraction:
    """One source's result: its (quality-annotated) Source, claims, and the segmented text."""

    source: Source
    claims: tuple[Claim, ...]
    segmented: Segmented
    garbled: tuple[tuple[int, int], ...]
    entities: tuple[EntityMention, ...] = ()  # every mention, for the run's alias table

    def __reduce__(self) -> tuple:
        """Pickled with its claims as columns (claims.packing): how a worker sends it to the driver."""
        packed = pack(self.claims, tuple(s.text for s in self.segmented.sentences))
        if packed is None:
            return Extraction, (self.source, self.claims, self.segmented, self.garbled, self.entities)
        return _unpacked, (self.source, packed, self.segmented, self.garbled, self.entities)


def _unpacked(
    source: Source,
    packed: tuple,
    segmented: Segmented,
    garbled: tuple[tuple[int, int], ...],
    entities: tuple[EntityMention, ...],
) -> Extraction:
    return Extraction(source, unpack(packed), segmented, garbled, entities)


def extract_document(doc: Document) -> Extraction:
    seg = segment(doc)
    body = doc.raw[doc.body_start :]  # front matter is metadata, not text to judge
    local = garbled_spans(body)
    garbled = tuple((a + doc.body_start, b + doc.body_start) for a, b in local)
    source = doc.source.model_copy(update={"quality": text_quality(body, local)})
    mentions = [entity_mentions(s.text) for s in seg.sentences]
    seg = with_interviewee(seg, mentions)
    claims = extract(seg, garbled, mentions)
    return Extraction(source, tuple(claims), seg, garbled, tuple(chain.from_iterable(mentions)))


def extract(
    seg: Segmented, garbled: Sequence[tuple[int, int]] = (), mentions: Sequence[Sequence[EntityMention]] | None = None
) -> list[Claim]:
    """Claims of one segmented article, in text order: recognizers over each sentence and
    paragraph (`_find_mentions`), then one claim per mention (`_ClaimBuilder`)."""
    published = _date(seg.doc.source.published) or _date(seg.doc.source.reference)
    hint = None if published else _date(seg.doc.story_date)  # year-less dates of an undated text
    if mentions is None:
        mentions = [entity_mentions(s.text) for s in seg.sentences]
    furniture = furniture_sentences(seg)
    found, anchors = _find_mentions(seg, published, furniture, hint)
    builder = _ClaimBuilder(seg, garbled, _Sentences(seg, mentions, published, anchors, hint))
    claims: list[Claim] = []
    # (the value's kind, not the mention's `kind` property: the same, without a call for each of ~400 an article)
    for item in sorted(found, key=_FOUND_ORDER):
        claim = builder.build(item)
        if claim is not None:
            claims.append(claim)
    claims = _local_money(claims, seg)
    return _day_counts(_flow_periods(_headline_times(with_match_sides(claims), _headline(seg))))


def _local_money(claims: list[Claim], seg: Segmented) -> list[Claim]:
    """A bare 元 in a Hong Kong or Taiwanese text is its own dollar (claims.extractors.numbers.local_currency)."""
    doc = seg.doc
    local = local_currency(doc.raw[doc.body_start :], doc.source.script, doc.source.outlet)
    if local is None:
        return claims
    for i, c in enumerate(claims):
        v = c.value
        if isinstance(v, MoneyValue) and bare_yuan(c.text, v.currency):
            claims[i] = c.model_copy(update={"value": v.model_copy(update={"currency": local})})
    return claims


def _headline(seg: Segmented) -> str | None:
    """The article's headline: its title, else a first line that ends no sentence."""
    title = seg.doc.source.title
    first = seg.sentences[0].text.strip() if seg.sentences else ""
    if title:
        return title
    return first if first and not first.endswith(("。", "！", "？", ".", "!", "?", "；")) else None


def _headline_times(claims: list[Claim], title: str | None) -> list[Claim]:
    """A headline restates its body: a running figure in the headline with no hour of its
    own holds when the body's same figure does (爆炸已致48人死亡 over 截至22日8时…36人死亡。截至
    22日14时…48人死亡: 14:00, not the first bulletin's hour, tally_of's guess)."""
    heads = [
        i
        for i, c in enumerate(claims)
        if title
        and c.frame is not None
        and is_running(c.frame)
        and c.sentence.strip() in title
        and tally_clock(c.context) is None
    ]
    for i in heads:
        head = claims[i]
        keys = listed((*head.frame.measure, *head.frame.predicate)) if head.frame else frozenset()
        for c in claims:
            same = c.kind is head.kind and c.value == head.value and c.sentence != head.sentence
            clock = c.clock or clock_text(tally_clock(c.context)) if same else None  # carried, or its own
            if clock and c.frame and keys & listed((*c.frame.measure, *c.frame.predicate)):
                claims[i] = head.model_copy(update={"as_of": c.as_of, "clock": clock})
                break
    return claims


def _flow_periods(claims: list[Claim]) -> list[Claim]:
    """A figure over a period told with no period (a headline's 国防预算17800多億元 增幅逾7%) is of the
    one period its article's other mentions of the same measure state (今年的國防預算約為17847億元，
    增長7.2%: 2025's); when they state several periods (2023年 7.2%, 2024年 7.2%), of none. The same
    measure: the same listed measures and happenings, else one's hold the other's (增幅 and 国防预算…增長)."""
    undated = [
        i
        for i, c in enumerate(claims)
        if c.as_of is None and c.frame is not None and is_flow(c.frame) and not _names_its_own(c)
    ]
    if not undated:
        return claims
    dated = [(c.kind, _listed_keys(c), c.as_of) for c in claims if c.as_of is not None and c.frame and is_flow(c.frame)]
    for i in undated:
        kind, keys = claims[i].kind, _listed_keys(claims[i])
        told = {str(t): t for k, ks, t in dated if k is kind and keys == ks}
        if not told:
            told = {str(t): t for k, ks, t in dated if k is kind and (keys <= ks or ks <= keys)}
        if len(told) == 1:
            claims[i] = claims[i].model_copy(update={"as_of": next(iter(told.values()))})
    return claims


def _day_counts(claims: list[Claim]) -> list[Claim]:
    """A running count told plain on a day its article also gives the same count's running total
    for (2月15日，武汉治愈出院5例。截至2月15日，累计治愈出院12例), or told of a day's 24 hours (1月15日0—24时，
    …治愈出院5例): that day's new count, not another value of the total (19 cured by 18 February grew from
    12, not from 5)."""
    totals = {
        (c.kind, _listed_keys(c), str(c.as_of))
        for c in claims
        if c.frame is not None and c.frame.scope == "cumulative" and is_running(c.frame) and _on_a_day(c)
    }
    for i, c in enumerate(claims):
        f = c.frame
        if f is None or f.scope is not None or f.part or not is_running(f):
            continue
        if _DAY_WINDOW.search(c.sentence) or (
            _on_a_day(c) and (c.kind, _listed_keys(c), str(c.as_of)) in totals and _told_of_its_day(c)
        ):
            claims[i] = c.model_copy(update={"frame": f.model_copy(update={"scope": "new"})})
    return claims


# A day's 24 hours, as a health bulletin names them (2020年1月15日0—24时，…治愈出院5例): what happened that day.
_DAY_WINDOW = re.compile(r"(?<![0-9０-９:：])0\s*[—–\-－~～至到]\s*24\s*[时時点]")


def _told_of_its_day(c: Claim) -> bool:
    """Does a count's own sentence name its day (2月15日，武汉治愈出院5例), and not as a tally's moment or
    as told so far (截至3月30日…造成1700人遇难 is a running total too)?"""
    sentence = c.sentence
    return bool(_DAY_NAMED.search(sentence)) and not TALLY_AT.search(sentence) and not STATED_NOW.search(sentence)


_DAY_NAMED = re.compile(r"[0-9０-９一二三四五六七八九十]\s*[日号]")


def _on_a_day(c: Claim) -> bool:
    return c.as_of is not None and c.as_of.precision is Precision.day


def _names_its_own(c: Claim) -> bool:
    """Does a figure's frame name a thing no lexicon lists (城镇化率…比上年末提高0.94个百分点: `~<比上年末`)?
    Then no other figure's period is its (四季度GDP增长5.2% is not the 0.94's)."""
    return c.frame is not None and any(k.startswith("~") for k in c.frame.measure)


def _listed_keys(c: Claim) -> frozenset[str]:
    """What a figure measures: its frame's listed measures and happenings."""
    f = c.frame
    return listed((*f.measure, *f.predicate)) if f else frozenset()


# The order claims are built in: where a mention stands, then its kind and recognizer; read in C
# (a lambda was ~1 % of an article's extraction; the same keys).
_FOUND_ORDER = attrgetter("nstart", "nend", "mention.value.kind", "mention.extractor")
_new_tuple = tuple.__new__  # a named tuple from a tuple of its fields, without its Python-level __new__


class _Found(NamedTuple):
    """A recognizer's mention placed in the article: normalised offsets, its sentence."""

    mention: Mention
    sent: Sentence | None
    nstart: int
    nend: int
    ctx: ExtractContext  # what it was read with: the builder takes its speaker


def furniture_sentences(seg: Segmented) -> frozenset[int]:
    """Sentences that are captions, credits, links, counters or the date line under a title: the sentence itself, or the
    short paragraph it is in (a reference entry `国家统计局. 2021年3月2日. http…` is split
    into sentences, and normalising drops its link: the paragraph is judged as written)."""
    raw = seg.doc.raw
    furniture_paragraphs = set()
    for para in seg.paragraphs:
        start, end = seg.norm.raw_span(para.nstart, para.nend)
        line_end = raw.find("\n", end)
        if line_end < 0:
            line_end = len(raw)
        if line_end - start > FURNITURE_PARAGRAPH:
            continue  # too long to be furniture as a whole: not sliced
        text = raw[start:line_end]
        if _furniture_text(text) or (para.index < HEAD_LINES and _date_line(text)):
            furniture_paragraphs.add(para.index)
    return frozenset(s.index for s in seg.sentences if s.paragraph in furniture_paragraphs or _furniture_text(s.text))


# A sentence's or a short paragraph's verdict is a pure function of its text: reprinted ones ask
# the same (50 generated articles: 20,757 sentences, 2,507 distinct texts; 8,730 short
# paragraphs, ~25 ms of 37 before their verdicts were cached too).
_furniture_text = lru_cache(maxsize=SENTENCE_CACHE)(is_furniture)
# The same for a head paragraph's date line verdict (its text folded by OpenCC each time: 50 generated
# articles ask 533 times of 237 distinct head lines).
_date_line = lru_cache(maxsize=1 << 12)(is_date_line)


def _find_mentions(
    seg: Segmented, published: date | None, furniture: frozenset[int] = frozenset(), hint: date | None = None
) -> tuple[list[_Found], list[date | None]]:
    """Every mention worth a claim (none in page furniture), and per sentence the story's
    date anchor before it."""
    found: list[_Found] = []
    ctx_cache: dict[tuple, ExtractContext] = {}
    turn_ctx: dict[tuple, ExtractContext] = {}  # a sentence's context without dates, by its turn (speaker, role)
    anchors: list[date | None] = []  # per sentence: the last full date stated before it
    anchor: date | None = None
    anchored_at = 0  # the paragraph that stated the anchor
    last_day: date | None = None  # the last day stated, however far back (what 当天 refers to)
    noon: tuple[str, int, int] | None = None  # the last afternoon's clock: its day, hour and paragraph
    restated = restated_days(seg.norm.text)  # days dated in full: a year-less 3月26号 of one is that day
    for sent in seg.sentences:
        if anchor is not None and sent.paragraph - anchored_at > ANCHOR_REACH:
            anchor = None  # a date told paragraphs ago no longer sets the story's year
        if anchor is None and restated and (day := restated_day(sent.text, restated)) is not None:
            anchor, anchored_at = day, sent.paragraph
        anchors.append(anchor)
        if sent.index in furniture:
            continue  # a caption, credit, link or platform counter states no fact
        text = sent.text
        if dated(text):
            ctx = _context(ctx_cache, published, sent.speaker, sent.role, anchor, last_day, hint)
        else:  # no recognizer that reads dates can fire: the dates change nothing, key the cache without them
            ctx = turn_ctx.get(turn := (sent.speaker, sent.role)) or turn_ctx.setdefault(
                turn, _context(ctx_cache, None, sent.speaker, sent.role, dateless=True)
            )
        mentions, stated, day = sentence_mentions(text, ctx)
        if noon is not None and sent.paragraph - noon[2] > AFTERNOON_REACH:
            noon = None
        if mentions and (noon is not None or ":" in text or "点" in text or "时" in text):
            mentions, noon = _afternoon(text, mentions, noon, sent.paragraph)
        if stated is not None:
            anchor, anchored_at = stated, sent.paragraph
        elif anchor is not None and names_now(text):
            anchor = None  # 今年…, 去年…: the story is at the writer's now again, not in the year told before
        last_day = day or last_day
        for m in mentions:  # (the named tuple's own __new__ is a Python call: 0.32 -> 0.15 µs a mention)
            found.append(_new_tuple(_Found, (m, sent, sent.nstart + m.start, sent.nstart + m.end, ctx)))

    for para in seg.paragraphs:
        ctx = ctx_cache.get((para.speaker, para.role, None, None, False)) or _context(
            ctx_cache, published, para.speaker, para.role, year_hint=hint
        )
        finds = (
            _paragraph_finds(para.text, para.speaker, para.role.value)
            if not _PARAGRAPH_READS_DATES
            else [m for extractor in PARAGRAPH_EXTRACTORS for m in extractor.find(para.text, ctx)]
        )
        for m in finds:
            at = _sentence_at(seg, para.nstart + m.start)
            if at is not None and at.index in furniture:
                continue
            found.append(_Found(m, at, para.nstart + m.start, para.nstart + m.end, ctx))
    return found, anchors


def _afternoon(
    text: str, mentions: tuple[Mention, ...], noon: tuple[str, int, int] | None, paragraph: int
) -> tuple[tuple[Mention, ...], tuple[str, int, int] | None]:
    """A sentence's clocks read on from the afternoon told before them (AFTERNOON_REACH): a bare 3点42分 on
    the day of 下午3点14分 is 15:42 (claims.values.times.after_noon); the last afternoon's clock after them."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        v = m.value
        if not isinstance(v, DateValue) or not v.time:
            continue
        hour = int(v.time[:2])
        if told_part(text[m.start : m.end]) or not 1 <= hour <= 11:
            noon = (v.start, hour, paragraph) if hour >= 12 else None
        elif noon is not None and noon[0] == v.start and (later := after_noon(v.time, noon[1])) is not None:
            value = v.model_copy(update={"time": later})
            out[i] = Mention(m.start, m.end, value, m.extractor, m.pattern, m.score, m.as_of, m.extra)
            noon = (v.start, int(later[:2]), paragraph)
        else:
            noon = None
    return tuple(out), noon


# Whether a paragraph recognizer reads the context's dates (claims.extractors.registry's
# `reads_dates`); none does (the quote recognizer reads the turn's speaker and role): their
# finds are a pure function of the paragraph and its turn, cached (`_paragraph_finds`).
_PARAGRAPH_READS_DATES = any(getattr(e, "reads_dates", False) for e in PARAGRAPH_EXTRACTORS)


@lru_cache(maxsize=SENTENCE_CACHE)
def _paragraph_finds(text: str, speaker: str | None, role: str) -> tuple[Mention, ...]:
    """The paragraph recognizers' mentions in a paragraph of a turn: reprinted paragraphs ask
    the same (50 generated articles: 9,034 paragraphs, 2,817 distinct with their turns)."""
    ctx = _turn_context(speaker, role)  # the same fields: one per turn
    return tuple(m for extractor in PARAGRAPH_EXTRACTORS for m in extractor.find(text, ctx))


@lru_cache(maxsize=SENTENCE_CACHE)
def sentence_mentions(text: str, ctx: ExtractContext) -> tuple[tuple[Mention, ...], date | None, date | None]:
    """The mentions of one sentence worth a claim (values, overlaps resolved, then quotes
    and roles), the story date it states (`_story_anchor`) and the last day it names.

    A pure function of the sentence and what its extractors may know (ExtractContext),
    so cached: outlets reprint sentences, and an article repeats its own. Each group of
    recognizers is asked once per what it reads (`_text_finds`, `_date_finds`,
    `_turn_finds`): a sentence reprinted on another day, or in another speaker's turn, is
    read again only by the recognizers that read the day or the turn."""
    finds = dict(_text_finds(text))
    if dated(text):
        finds.update(_date_finds(text, ctx.published, ctx.anchor, ctx.last_day, ctx.year_hint))
    if TURN_READERS and (_TURN_ROLES is None or ctx.role in _TURN_ROLES):
        finds.update(_turn_finds(text, ctx.speaker, ctx.role))
    values: list[Mention] = []
    layers: list[Mention] = []
    for i in sorted(finds):  # the recognizers' order (SENTENCE_GATES)
        for m in finds[i]:
            (values if type(m.value) in VALUE_TYPES else layers).append(m)
    if not values:
        return tuple(layers), None, None  # most sentences state no figure: no overlaps, no date
    told = [m for m in longest_first(values) if not (m.kind is _DATE and DATELINE.match(text, m.end))]
    money_ends = {m.end for m in told if m.kind is _MONEY}
    told = [m for m in told if not (m.kind is _MONEY and _converts(text, m.start, money_ends))]
    return tuple(told + layers), _story_anchor(values), _stated_day(values)


# An amount in brackets right after another, as it converts it (80.4亿人民币（约87.4亿港币）,
# 1兆7846.65亿元(约新台币8兆元), 80.16亿元(人民币,下同,约15.20亿新元)): the same figure in
# another currency for the outlet's readers, no claim of the story.
_CONVERSION = re.compile(
    r"[（(]\s*(?:人民[币幣][,，、]?\s*)?(?:下同[,，]?\s*)?(?:[约約]合?|折合|相[当當]于|即)?\s*"
    r"(?:新[台臺][币幣]|[台臺][币幣]|港[币幣元]|美元)?\s*$"
)


def _converts(text: str, start: int, money_ends: set[int]) -> bool:
    m = _CONVERSION.search(text, max(0, start - 16), start)
    return m is not None and m.end() == start and m.start() in money_ends


Finds = tuple[tuple[int, tuple[Mention, ...]], ...]  # (recognizer's place in SENTENCE_GATES, its mentions)


def _finds(text: str, ctx: ExtractContext, readers: Sequence[int]) -> Finds:
    """What the recognizers at `readers` find in `text` worth a claim (MIN_SCORE)."""
    out = []
    titled, paired = "《" in text, "、" in text
    for i in readers:
        extractor, gate, roles = SENTENCE_GATES[i]
        if (gate is not None and gate.search(text) is None) or (roles is not None and ctx.role not in roles):
            continue  # it cannot find anything here (claims.extractors.registry)
        found = tuple(
            _paired(text, m) if paired else m
            for m in extractor.find(text, ctx)
            if m.score >= MIN_SCORE and not (titled and m.kind in TITLE_FIGURES and in_title(text, m.start, m.end))
        )
        if found:
            out.append((i, found))
    return tuple(out)


# Two numerals joined by 、 before a figure's own (七、八个人, 二、三十次, 2、3分钟): the first is its low end. Not
# an item of a longer list or of numbered ones (1、2、3号, 第1、2名).
_PAIR_BEFORE = re.compile(r"(?<![0-9零〇一二两三四五六七八九十、第])([一二两三四五六七八九1-9])、$")
_PAIR_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2} | {str(i): i for i in range(10)}


def _paired(text: str, m: Mention) -> Mention:
    """A figure with the numeral one below its leading digit and a 、 before it, read as the range the
    two name (七、八个人 is 7-8 people, not 8; 二、三十次 20-30 times)."""
    v = m.value
    if not isinstance(v, IntervalValue) or v.bound is not Bound.exact or v.high is None or v.low != v.high:
        return m
    if (got := _PAIR_BEFORE.search(text, max(0, m.start - 2), m.start)) is None or v.high != int(v.high) or v.high < 1:
        return m
    high = int(v.high)
    scale = 10 ** (len(str(high)) - 1)
    if high % scale or _PAIR_DIGIT[got.group(1)] != high // scale - 1:
        return m
    low = _PAIR_DIGIT[got.group(1)] * scale
    value = v.model_copy(update={"low": low, "bound": Bound.range})
    return Mention(got.start(1), m.end, value, m.extractor, m.pattern, m.score, m.as_of, m.extra)


# Figures a title holds name a work (从小看《三国演义》, 《十万个为什么》), no count of the story's.
TITLE_FIGURES = frozenset({Kind.quantity, Kind.money, Kind.percent, Kind.duration, Kind.age, Kind.rank})


@lru_cache(maxsize=SENTENCE_CACHE)
def _text_finds(text: str) -> Finds:
    return _finds(text, _TEXT_ONLY, TEXT_READERS)


@lru_cache(maxsize=SENTENCE_CACHE)
def _date_finds(
    text: str, published: date | None, anchor: date | None, last_day: date | None, year_hint: date | None
) -> Finds:
    return _finds(text, _date_context(published, anchor, last_day, year_hint), DATE_READERS)


@lru_cache(maxsize=1 << 10)
def _date_context(
    published: date | None, anchor: date | None, last_day: date | None, year_hint: date | None
) -> ExtractContext:
    """What the date readers are told: one per set of dates, not one a sentence (a frozen dataclass
    costs ~2 µs to build; 50 generated articles: 1,902 sentences new to `_date_finds`, ~300 sets)."""
    return ExtractContext(
        published=published, anchor=anchor, last_day=last_day, year_hint=year_hint, min_score=MIN_SCORE
    )


@lru_cache(maxsize=SENTENCE_CACHE)
def _turn_finds(text: str, speaker: str | None, role: str) -> Finds:
    return _finds(text, _turn_context(speaker, role), TURN_READERS)


@lru_cache(maxsize=1 << 10)
def _turn_context(speaker: str | None, role: str) -> ExtractContext:
    """What the turn readers are told: one per turn, not one a sentence (a frozen dataclass
    costs ~2 µs to build; 50 generated articles: 4,925 sentences new to `_turn_finds`)."""
    return ExtractContext(speaker=speaker, role=role, min_score=MIN_SCORE)


_TEXT_ONLY = ExtractContext(min_score=MIN_SCORE)  # what the text-only recognizers are told (they read no more)
# The roles in which a turn reader may find something; None: any role (one has no roles gate).
_TURN_ROLES: frozenset[str] | None = (
    None
    if any(SENTENCE_GATES[i].roles is None for i in TURN_READERS)
    else frozenset().union(*(SENTENCE_GATES[i].roles or () for i in TURN_READERS))
)


class _Sentences:
    """What a claim takes from its sentence and the ones around it: entities, its time,
    the sentences before it. Each answer is computed once per
    sentence (an article has far fewer sentences than claims)."""

    def __init__(
        self,
        seg: Segmented,
        mentions: Sequence[Sequence[EntityMention]],
        published: date | None,
        anchors: Sequence[date | None],
        hint: date | None = None,
    ) -> None:
        self.seg = seg
        self.mentions = mentions
        self.published = published
        self.anchors = anchors
        self.hint = hint
        self.contexts = sentence_contexts(seg)
        self.subjects = sentence_subjects(seg, self.contexts, mentions)
        # Each answer once a sentence, kept in dicts of its own: a functools.cache of a bound method
        # would hold this object in a reference cycle, garbage only the collector frees (an
        # extraction leaves none: reports.pipeline does not collect after each article).
        self._entities_of: dict[int, tuple[str, ...]] = {}
        self._own_times: dict[int, Period | None] = {}
        self._times: dict[int, Period | None] = {}  # asked by each figure of a sentence
        self._tallies: list[tuple[Period, str | None] | None] | None = None
        self._rows: list[str | None] | None = None

    def row_label(self, i: int) -> str | None:
        """The label of the list row sentence i is, if it is one (claims.frames.rows)."""
        if self._rows is None:
            self._rows = row_labels([s.text for s in self.seg.sentences])
        return self._rows[i]

    def entities(self, i: int) -> tuple[str, ...]:
        got = self._entities_of.get(i)
        if got is None:
            got = self._entities_of[i] = self._entities(i)
        return got

    def own_time(self, i: int) -> Period | None:
        if i in self._own_times:
            return self._own_times[i]
        got = self._own_times[i] = self._own_time(i)
        return got

    def time_of(self, i: int) -> Period | None:
        if i in self._times:
            return self._times[i]
        got = self._times[i] = self._time_of(i)
        return got

    def _entities(self, i: int) -> tuple[str, ...]:
        """Entities of the sentence, and of the question a short answer reads as context."""
        found = self.mentions[i]
        context, text = self.contexts[i], self.seg.sentences[i].text
        if len(context) > len(text):
            found = [*find_entities(context[: len(context) - len(text)]), *found]
        elif not found:
            return ()  # most sentences name no one
        return tuple(dict.fromkeys(e.name for e in found))

    def _own_time(self, i: int) -> Period | None:
        return sentence_time(_own_text(self.contexts[i]), self.published, self.anchors[i], self.hint)

    def tally_of(self, i: int) -> tuple[Period, str | None] | None:
        """The time a running report says its tallies hold at (`截至28日12时`), its day and
        its clock: the last one stated before sentence i, else (a headline) the first one
        the article states."""
        if self._tallies is None:
            tallies: list[tuple[Period, str | None] | None] = []
            last = first = None
            for j, sent in enumerate(self.seg.sentences):
                tallies.append(last)
                if not TALLY_AT.search(sent.text):
                    continue
                own = self.own_time(j)  # (a year is no moment a tally holds at: 2024年截至1日, undated, dates none)
                if own is not None and own.precision is not Precision.year and (t := _tally_time(own)) is not None:
                    last = (t, clock_text(tally_clock(sent.text)))
                    first = first or last
            self._tallies = [t or first for t in tallies]
        return self._tallies[i]

    def prior_sentences(self, i: int) -> tuple[str, ...]:
        """Up to TIME_CARRY sentences before sentence i in its paragraph, nearest first."""
        sentences = self.seg.sentences
        out = []
        for j in range(i - 1, max(-1, i - TIME_CARRY - 1), -1):
            if sentences[j].paragraph != sentences[i].paragraph:
                break
            out.append(sentences[j].text)
        return tuple(out)

    def clause_time(self, i: int, before: str) -> Period | None:
        """The time a figure's own clause states before it (以此计算，华为今年上半年净利润约为
        ⟨#⟩，而2022年同期…: this year's first half, not the 2022 a later clause compares it
        with); None when its clause names no date."""
        read = _time_clause(before)
        if read is None:
            return None
        text, start = read
        return sentence_time(text, self.published, self.anchors[i], self.hint, start=start)

    def listed_period(self, i: int, before: str, shift: int) -> Period | None:
        """The period of a figure over a period whose clause names none: that of the nearest clause
        before it in its sentence that names one (2023年经济增长5.2%，国防预算增加7.2%，2024年经济增长5%，
        国防预算增加⟨#⟩: 2024's; 上半年营收100亿元，其中二季度营收60亿元，增长⟨#⟩: the second quarter's);
        None when no earlier clause of its sentence does. `shift`: where the sentence starts in `before`."""
        for sep in reversed([m.start() for m in CLAUSE.finditer(before, shift)]):
            if (t := self.clause_time(i, before[:sep])) is not None:
                return t
        return None

    def _time_of(self, i: int) -> Period | None:
        """The sentence's own time, else that of a sentence shortly before it in its
        paragraph (`截至6月26日,…。直接经济损失278亿元。`; _carried_from)."""
        sentences = self.seg.sentences
        for j in _carried_from(sentences, i):
            if (t := self.own_time(j)) is not None:
                if j < i and TOLD_NOW.search(fold(sentences[i].text)) and not self._holds_now(t, sentences[j].text):
                    # 首例本地病例于7月28日…发现。目前疫情主要集中在…5个街道: now, not the first case's day; 数据一般
                    return self.now()  # 由市统计局在3月初发布。目前苏州常住人口已接近1300万: no day to come
                return t
            if STATED_NOW.search(sentences[j].text):
                # 截至目前，…已造成113人遇难: now (the day it came out), not the quake's night a sentence before dated
                return self.now()
        return None

    def _holds_now(self, t: Period, sentence: str) -> bool:
        """May a figure told as now (目前, 至今) hold at the time `t` an earlier sentence states? Only at a
        bulletin's moment (截至26日18时，…。目前仍有2人失联), none to come."""
        return bool(TALLY_AT.search(sentence)) and (self.published is None or t.start <= self.published)

    def now(self) -> Period | None:
        """The day the source came out, if it says."""
        return Period(start=self.published, end=self.published, precision=Precision.day) if self.published else None


def _carried_from(sentences: Sequence[Sentence], i: int) -> Iterator[int]:
    """Sentence i, then those before it whose time it may take, nearest first: up to TIME_CARRY
    sentences back in its paragraph, where clauses cut at a semicolon count as one sentence
    (今年国庆节期间…保障1309.8万人次…。其中，内地居民…；港澳台居民…；外国人…。共计查验…57.4万架: this
    holiday's), and a paragraph that opens with 其中 goes on from the one before it (其中，内地居民…
    916.5万人次 below 今年国庆、中秋假期…1634.3万人次)."""
    paragraph, steps = sentences[i].paragraph, 0
    for j in range(i, -1, -1):
        sent = sentences[j]
        if sent.paragraph != paragraph:
            if not sentences[j + 1].text.startswith("其中"):
                return
            paragraph = sent.paragraph
        if j < i and not sent.text.rstrip().endswith(("；", ";")):
            steps += 1
        if steps > TIME_CARRY:
            return
        yield j


@lru_cache(maxsize=SENTENCE_CACHE)
def _own_text(context: str) -> str:
    """What a sentence's own time is read from (`_Sentences.own_time`): its context without the
    clauses that compare with another time. A pure function of the text, so cached: reprinted
    sentences ask the same (50 generated articles: 3,971 asked, 699 distinct)."""
    # 票房达27.04亿，超过2022年春节档票房冠军: the year a clause compares with dates the record, not the figure
    text = _COMPARED.sub("", context)
    if release := _RESULTS_RELEASE.search(text):
        # 11月26日，理想汽车发布财报显示，公司三季度营收⟨#⟩: the day of the release dates the release, not the
        # period its results cover; what the release names (发布2023年年报) still does.
        text = text[release.start() :]
    return text


@lru_cache(maxsize=SENTENCE_CACHE)
def _time_clause(before: str) -> tuple[str, int] | None:
    """What `clause_time` reads of the text before a figure: that text with its own clause's
    comparison base cut out, and where the clause starts in it; None when the clause names no
    date. A pure function of the text, so cached: reprinted sentences ask the same (50
    generated articles: 2,996 figures ask, 399 distinct texts)."""
    own = CLAUSE.split(before)[-1]
    clause = _FROM_LEVEL.sub("", _COMPARED_BASE.sub("", own))
    if not clause or not DATE_HINT.search(clause) or not may_resolve(clause):
        return None  # a date of the clause is a match of the clause's own scan (clause_dates_are_its_own)
    # read with the sentence before it: 2019年3月5日被捕，8月被判刑3年 (8月 of 2019)
    text = before[: len(before) - len(own)] + clause
    return text, len(text) - len(clause)


def _people_named(mentions: Sequence[Sequence[EntityMention]]) -> frozenset[str]:
    """People the entity scan names in Chinese characters beyond article_names' Chinese names:
    transliterated foreign names (特朗普, 哈里斯, 马斯克), whose figures are theirs as a Chinese
    name's are (美联社统计显示，特朗普得到230张选举人票，哈里斯赢得210张: Trump's 230, Harris's 210)."""
    return frozenset(
        e.name
        for found in mentions
        for e in found
        if e.kind != "organisation"
        and 2 <= len(e.name) <= _FOREIGN_NAME_MAX
        and _HAN_NAME.fullmatch(e.name)
        and word_tags().get(e.name, "").startswith("nr")  # 特朗普 nr, 哈里斯 nrt; not 雅加达亚, 内蒙古 (ns)
    )


_FOREIGN_NAME_MAX = 5  # 特朗普, 哈里斯, 泽连斯基, 阿尔特曼; longer runs are titles or phrases
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]+")


class _ClaimBuilder:
    """Turns each placed mention into a claim: raw span, stance, context, time, frame,
    subject and a content id (the n-th identical mention of an article gets its own)."""

    def __init__(self, seg: Segmented, garbled: Sequence[tuple[int, int]], sentences: _Sentences) -> None:
        self.seg = seg
        self.norm = seg.norm
        self.raw = seg.doc.raw
        self.source_id = seg.doc.source.id
        self.sentences = sentences
        self.stance = ArticleStance(seg)
        self.names = article_names(seg.norm.text) | _people_named(sentences.mentions)
        self.name_chars = frozenset("".join(self.names))  # the characters of those names (`_frame_reads`)
        self.line_index = LineIndex(self.raw)
        self.garbled = sorted(garbled)
        self.garbled_starts = [a for a, _ in self.garbled]
        self.seen: dict[tuple[bytes, bytes], int] = {}  # a mention's id key (`_id_key`) -> mentions so far
        # Per kind: its claims' id payloads open with the source and the kind, as JSON.
        self.id_heads: dict[Kind, bytes] = {}
        # Per sentence: its raw text (one string for all its claims), entities and subject.
        self.of_sentence: dict[int, tuple[str, tuple[str, ...], str | None]] = {}
        self.frame_reads: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}  # per sentence (`_frame_reads`)

    def build(self, found: _Found) -> Claim | None:
        m, sent, nstart, nend, ctx = found
        if sent is None or nstart != sent.nstart or nend != sent.nend:
            start, end = self.norm.raw_span(nstart, nend)
            norm_text, whole = self.norm.text[nstart:nend], sent is None
        else:  # a whole sentence (an answer's quote, most claims of an interview): mapped as segment mapped it
            start, end, norm_text, whole = sent.start, sent.end, sent.text, True
        raw = self.raw
        if not 0 <= start < end <= len(raw):
            return None
        value = m.value
        kind = value.kind
        key = self._id_key(kind, norm_text, value)
        seen = self.seen
        occurrence = seen.get(key, 0)  # the n-th identical mention of the article gets its own id
        seen[key] = occurrence + 1
        context, as_of, clock, frame = "", None, None, None
        speaker = ctx.speaker
        local = (nstart - sent.nstart, nend - sent.nstart) if sent else (0, 0)
        of_sentence = (raw[start:end], (), None) if sent is None else self.of_sentence.get(sent.index)
        sentence, entities, subject = of_sentence or self._of_sentence(sent)  # type: ignore[arg-type]  # sent is set
        # by type: a quote (three in four claims of an interview) or a role, neither subclassed
        if type(value) is QuoteValue:
            speaker = value.speaker
            subject = speaker or subject
        else:
            if sent is not None:
                context, as_of, clock, frame = self._in_sentence(m, sent, local)
            if type(value) is RoleValue:
                subject = value.person or subject
        return _TRUSTED(  # every field, in declaration order (the span is checked above): Claim.trusted
            {
                "id": _claim_id(key, occurrence),
                "source": self.source_id,
                "start": start,
                "end": end,
                "text": sentence if whole else raw[start:end],  # a whole sentence's: one string for both
                "sentence": sentence,
                "kind": kind,
                "value": value,
                "speaker": speaker,
                "stance": self.stance.of(sent, local[0], local[1], quote=kind is _QUOTE),
                "line": self.line_index.line_at(start),
                "entities": entities,
                "as_of": as_of,
                "clock": clock,
                "subject": subject,
                "context": context,
                "extractor": _extractor_name(m.extractor, m.pattern),
                "score": _rounded(m.score),
                "garbled": bool(self.garbled) and _overlaps(self.garbled_starts, self.garbled, start, end),
                "frame": frame,
            }
        )

    def _id_key(self, kind: Kind, norm_text: str, value: Value) -> tuple[bytes, bytes]:
        """A claim id's payload but its occurrence, in two parts, UTF-8: `fingerprint("c-", source,
        kind, normalised text, value JSON, occurrence)` hashes `{head}{tail},{occurrence}]` (written
        directly, tests/test_pipeline_build.py); mentions with equal keys are identical. Apart,
        as the head is one per kind and the tail one per value (`_ID_TAILS`), the key hashes from
        their cached hashes, and the payload (~400 bytes a quote) is encoded once per value, not
        once per claim: `build` hashes head, tail and occurrence joined as bytes."""
        head = self.id_heads.get(kind)
        if head is None:
            head = self.id_heads[kind] = f"[{json_string(self.source_id)},{json_string(str(kind))},".encode()
        got = _ID_TAILS.get(id(value))
        if got is not None and got[0] is value and got[1] == norm_text:
            return head, got[2]
        tail = f"{json_string(norm_text)},{json_string(_value_json(value))}".encode()
        if len(_ID_TAILS) >= ID_TAILS:
            _ID_TAILS.clear()
        _ID_TAILS[id(value)] = (value, norm_text, tail)
        return head, tail

    def _of_sentence(self, sent: Sentence) -> tuple[str, tuple[str, ...], str | None]:
        """The sentence's raw text, its entities and its subject: once a sentence."""
        got = self.of_sentence.get(sent.index)
        if got is None:
            i = sent.index
            got = self.of_sentence[i] = (
                self.raw[sent.start : sent.end],
                self.sentences.entities(i),
                self.sentences.subjects[i],
            )
        return got

    def _now(self) -> tuple[Period, None] | None:
        now = self.sentences.now()
        return (now, None) if now else None

    def _held_at(self, t: Period | None, before: str) -> Period | None:
        """When a running figure holds: a tally over a stretch at its end (_tally_time); a count of the year
        the source came out in (今年已有⟨#⟩, 2024年截至目前) on that day, as the source stands, not at the year's
        end to come; a year's count up to a moment the text does not date (2024年截至1日 in an undated source)
        at no known time."""
        if t is None or t.precision is not Precision.year:
            return _tally_time(t)
        now = self.sentences.now()
        if now is not None and t.start <= now.start <= t.end:
            return now
        return None if _so_far_in_year(t, before) else _tally_time(t)

    def _so_far(self, i: int, before: str) -> bool:
        """A running count told as it stands (_risen_since), or told 至今, 目前 in a sentence that takes its
        day from a sentence before (…11月26日下午发生五级火警。火警至今造成161人死亡): not of that day."""
        told = _AS_IT_STANDS.search(SENTENCE_END.split(before)[-1])
        return _risen_since(before) or (told is not None and self.sentences.own_time(i) is None)

    def _frame_reads(self, i: int) -> tuple[tuple[str, ...], frozenset[str]]:
        """What a figure's frame reads beyond its context: the sentences before it, and the
        article's names that share a character with its sentence (context) or those. frame_of
        reads a name only where it stands in that text (a holder) or holds a place named there
        (长海 in 刘长海): the names no character of which is there change no frame, and keyed
        without them reprinted sentences ask `_frame` the same (50 generated articles: 1,149
        frames computed, not 2,138; tests/test_pipeline_build.py)."""
        got = self.frame_reads.get(i)
        if got is None:
            prior = self.sentences.prior_sentences(i)
            text = "".join((self.sentences.contexts[i], *prior))
            # (each name character looked for in the text, in C: not each character of the text hashed)
            there = {c for c in self.name_chars if c in text}
            names = frozenset(n for n in self.names if not there.isdisjoint(n)) if there else frozenset()
            got = self.frame_reads[i] = (prior, names)
        return got

    def _in_sentence(
        self, m: Mention, sent: Sentence, local: tuple[int, int]
    ) -> tuple[str, Period | None, str | None, Frame | None]:
        """The masked context, the time (day, and a tally's clock from an earlier sentence)
        and the frame a value mention (not a quote) takes from its sentence."""
        value = m.value
        full = self.sentences.contexts[sent.index]
        shift = len(full) - len(sent.text)
        a, b = shift + max(0, local[0]), shift + min(len(sent.text), local[1])
        context = full[:a] + MASK + full[b:]
        frame = None
        kind = value.kind
        if type(value) in MATCH_TYPES:
            frame = match_frame(value)  # type: ignore[arg-type]  # a score or a minute: its part and sides, who did what
        elif type(value) in VALUE_TYPES:
            unit = value.unit if isinstance(value, QuantityValue) else None
            prior, names = self._frame_reads(sent.index)
            frame = _frame(kind.value, context, unit, prior, names)
            if frame is not None and frame.holder is None and (row := self.sentences.row_label(sent.index)):
                frame = frame.model_copy(update={"holder": row})  # 北3王鴻薇，…25%是68578人: the row's
        as_of, clock = None, None
        if kind is not _DATE:
            as_of = m.as_of or self.sentences.clause_time(sent.index, full[:a])
            if as_of is None and frame is not None and is_flow(frame):
                as_of = self.sentences.listed_period(sent.index, full[:a], shift)
            this_time = as_of is None and _of_this_occasion(full[:a])
            told_now = as_of is None and _now_clause(full[:a])  # 至今疫情已波及⟨5個⟩街道: now, not 7月28日
            if as_of is None and not told_now:  # (the matcher reads a figure told as now as of its report)
                as_of = self.sentences.now() if this_time else self.sentences.time_of(sent.index)
            if kind is _AGE and _AGE_NOW.search(full[:a]):
                as_of = self.sentences.now()  # 現年63歲的趙永明…2021年6月退休: his age now, not in 2021
            if m.as_of is None and _at_tally(frame, sent.text, local[0], full[:a]):
                # 截至2月28日12时，…因26日强烈地震造成的死亡人数达到⟨#⟩: at the tally, not the quake's day
                as_of = self.sentences.own_time(sent.index) or as_of
            if frame is not None and is_running(frame):
                own, tally = self._held_at(as_of, full[:a]), self.sentences.tally_of(sent.index)
                if told_now and tally is None:
                    as_of = self.sentences.now()  # 火警至今造成⟨161人⟩死亡: a toll as the report stands
                elif (own is None or this_time) and tally is not None:
                    as_of, clock = tally  # 截至28日12时，…。倒塌房屋17015户: that day, that hour
                elif own is not None and self._so_far(sent.index, full[:a]) and (stands := tally or self._now()):
                    # 2月26日发生火灾，死亡人数增加至⟨#⟩: as the report stands (its tally's time, else its day)
                    as_of, clock = max((own, None), stands, key=lambda t: t[0].start)
                else:
                    as_of = own
                    if tally is not None and tally[0] == own and tally_clock(sent.text) is None:
                        clock = tally[1]  # the day carried from the bulletin's sentence: its hour too
        return context, as_of, clock, frame


# An age told as now (现年63岁, 今年72岁): it holds on the day of writing, whatever else its sentence dates.
_AGE_NOW = re.compile(r"(?:现年|今年)\s*$")


# A running count told as risen so far (死亡人数增加至⟨#⟩, 目前已升至) in a sentence whose date is the day the
# disaster happened (宏福苑2月26日发生火灾): it holds as the report stands, not on the day of the fire. 至今,
# 迄今 and 目前 hold for the sentence's whole toll (火警至今造成161人死亡，…，另有⟨79⟩人受伤).
_RISEN = re.compile(r"(?:增加|增|升|上升|攀升)(?:至|到)")
_AS_IT_STANDS = re.compile(r"目前|至今|迄今")
_HAPPENED_ON = re.compile(r"[日号][^，,。；;]{0,12}?(?:发生|爆发|突发)")
_HAPPENED_AT = re.compile(r"(?:发生|爆发)(?:于|在)[^，,。；;]{0,16}?[日号时]")  # 事故发生于6月2日晚间7时


def _risen_since(before: str) -> bool:
    told = bool(_RISEN.search(CLAUSE.split(before)[-1])) or bool(_AS_IT_STANDS.search(SENTENCE_END.split(before)[-1]))
    return (told and bool(_HAPPENED_ON.search(before))) or _after_the_happening(before)


def _after_the_happening(before: str) -> bool:
    """Is the figure told in a clause after one that says when the happening took place (這起意外發生於
    當地時間2日晚間7時，…導致⟨650人⟩受傷)? That clause dates the crash, not the count: the toll holds as
    the report stands (FIELD26 dev d_odisha: a next day's 650 injured dated the crash's day, read as
    growth to another outlet's 900)."""
    sentence = SENTENCE_END.split(before)[-1]
    told = _HAPPENED_AT.search(sentence)
    return told is not None and CLAUSE.search(sentence, told.end()) is not None


# A figure's own clause saying it is of the occasion the story tells (上一次获得38金还是在9年前的伦敦奥运会，
# 但中国队此次获得的⟨#⟩): as the source stands when it came out (a running count: at the tally it told),
# not of a time another clause names.
# Only where it says what was won or got this time: 此次大选, 此次地震 name the event a date of the sentence dates.
def _at_tally(frame: Frame | None, sentence: str, at: int, before: str) -> bool:
    """Is a running count, or a total so far (截至6月18日20时，今年…购物节累计成交额达⟨#⟩), told after a tally's moment
    in its sentence, and not as a whole year's? Then it holds at that moment, not on a day or year its clause names."""
    if frame is None or not (is_running(frame) or frame.scope == "cumulative"):
        return False
    return TALLY_AT.search(sentence, 0, max(0, at)) is not None and not _whole_year(before)


def _now_clause(before: str) -> bool:
    """Does the figure's own clause tell of now (首宗本地個案於7月28日…發現，至今疫情已波及⟨5個⟩街道)? Then it holds
    when its report came out (matcher.verdict.claim_time), not on a day an earlier clause of its sentence names."""
    return TOLD_NOW.search(CLAUSE.split(before)[-1]) is not None


def _of_this_occasion(before: str) -> bool:
    """Does the figure's own clause say it is of the occasion the story tells (`_THIS_OCCASION`)? Every
    wording holds 次 or 届: without either the text is not split into clauses (most figures' is not)."""
    return ("次" in before or "届" in before) and _THIS_OCCASION.search(CLAUSE.split(before)[-1]) is not None


_THIS_OCCASION = re.compile(
    r"(?:此次|这次|本次|这一次|本届|这届)(?=(?:共|已|又|再|则|也)?(?:获得|夺得|拿下|收获|取得|斩获|赢得|第)|$)"  # 此次⟨第4次捧杯⟩
)


# The tail of a mention's id key (`_id_key`: its normalised text and value as JSON) by its value
# object, which holds it alive: a reprinted sentence's mentions come from `sentence_mentions`'
# cache, the same objects, so its claims write no JSON again (50 generated articles: 18,672
# claims, two in three of their values seen before). Checked by identity and text, so exact.
_ID_TAILS: dict[int, tuple[Value, str, bytes]] = {}
ID_TAILS = 1 << 14  # entries before the cache starts over (a quote's is ~1 KB: at most ~16 MB)

# A figure's frame is a pure function of its masked context, unit, the sentences before it
# and the article's names: reprinted sentences ask the same (50 generated articles: 4,042
# frames, 2,138 distinct questions). Frames are frozen; equal claims share one.
_frame = lru_cache(maxsize=SENTENCE_CACHE)(frame_of)


def _claim_id(key: tuple[bytes, bytes], occurrence: int) -> str:
    """`hashed("c-", payload)` (claims.ids) of the payload `_id_key`'s head and tail begin, already UTF-8."""
    return "c-" + _blake2b(b"%b%b,%d]" % (key[0], key[1], occurrence), digest_size=8).hexdigest()


@lru_cache(maxsize=1 << 10)
def _rounded(score: float) -> float:
    """A claim's `score`: its mention's, to four places (recognizers give a few distinct scores,
    all >= MIN_SCORE: no -0.0 to be taken for 0.0)."""
    return round(score, 4)


@cache
def _extractor_name(extractor: str, pattern: str) -> str:
    """A claim's `extractor`: one string per recognizer and pattern, shared by its claims."""
    return f"{extractor}:{pattern}" if pattern else extractor


def _value_json(value: Value) -> str:
    """The value as canonical JSON (what a claim's id hashes). A quote's (three in four of an
    interview's claims) is written directly: the same text (tests/test_pipeline_build.py)."""
    if type(value) is QuoteValue:
        speaker = value.speaker
        return f'{{"normalized":{json_string(value.normalized)},"speaker":{"null" if speaker is None else json_string(speaker)}}}'
    return canonical_json(value.__pydantic_serializer__.to_python(value, mode="json"))


def _whole_year(before: str) -> bool:
    """Does a figure's own clause count a whole year (该国去年全年累计病例⟨#⟩), whatever tally another clause of
    its sentence tells (日本今年截至第4周累计报告逾800例，…)?"""
    return "全年" in CLAUSE.split(before)[-1]


def _so_far_in_year(t: Period, before: str) -> bool:
    """Is a running figure dated to a whole year one its sentence counts so far (2024年截至目前已有⟨#⟩感染,
    2024年截至1日…已达⟨#⟩: this year's count up to a moment), not the year's full count (2024年全年…⟨#⟩, and
    日本今年截至第4周累计报告逾800例，该国去年全年累计病例⟨#⟩: the clause's own year, told whole)?"""
    own = CLAUSE.split(before)[-1]
    if "全年" in own:  # _whole_year's clause, split once
        return False
    if TALLY_AT.search(own) or STATED_NOW.search(own):
        return True
    if "年" in own:
        return False
    sentence = SENTENCE_END.split(before)[-1]
    return TALLY_AT.search(sentence) is not None or STATED_NOW.search(sentence) is not None


def _tally_time(t: Period | None) -> Period | None:
    """A tally over a stretch (7月16日至29日12时，…1391.28万人受灾) holds at its end."""
    if t is None or t.start == t.end:
        return t
    return Period(start=t.end, end=t.end, precision=Precision.day)


def _context(
    cache: dict,
    published: date | None,
    speaker: str | None,
    role: Role,
    anchor: date | None = None,
    last_day: date | None = None,
    year_hint: date | None = None,
    *,
    dateless: bool = False,
) -> ExtractContext:
    key = (speaker, role, anchor, last_day, dateless)  # `published` and `year_hint` are the article's own
    ctx = cache.get(key)
    if ctx is None:
        every = (published, speaker, role, anchor, last_day, year_hint)
        ctx = _CONTEXTS.get(every)
        if ctx is None:
            if len(_CONTEXTS) >= CONTEXTS:
                _CONTEXTS.clear()
            ctx = _CONTEXTS[every] = ExtractContext(
                published=published,
                speaker=speaker,
                role=role.value,
                anchor=anchor,
                last_day=last_day,
                year_hint=year_hint,
                min_score=MIN_SCORE,  # the rest is dropped: a recognizer need not build it
            )
        cache[key] = ctx
    return ctx


# One context object for equal contexts across articles: `sentence_mentions`' cache then finds
# a sentence's key by identity, not by the dataclass's __eq__ in Python (50 generated articles:
# 13,680 hits, most with another article's context). Exact: an equal context, the same answers.
_CONTEXTS: dict[tuple, ExtractContext] = {}
CONTEXTS = 1 << 12  # contexts remembered before starting over (a few dozen an article)


def _stated_day(mentions: Sequence[Mention]) -> date | None:
    """The last single day a sentence's dates name (its year stated or taken from the story)."""
    days = [
        (m.end, m.value)
        for m in mentions
        if isinstance(m.value, DateValue)
        and (not m.value.relative or m.pattern == "calendar")
        and m.pattern != BIRTH  # 1977年5月13日出生: no day of the story
        and m.value.granularity.value == "day"
        and m.value.start == m.value.end
    ]
    return date.fromisoformat(max(days, key=lambda e: e[0])[1].start) if days else None


def _story_anchor(mentions: Sequence[Mention]) -> date | None:
    """The last calendar date (a day or a month, its year stated or taken from the story)
    among a sentence's mentions; 当天 or 三天前 sets no anchor."""
    full = [
        (m.end, m.value)
        for m in mentions
        if isinstance(m.value, DateValue)
        and (not m.value.relative or m.pattern == "calendar")
        and m.pattern != BIRTH  # 1985年3月出生。8月4日，他被抓获: not 1985's August
        and m.value.granularity.value in ("day", "month")
    ]
    return date.fromisoformat(max(full, key=lambda e: e[0])[1].start) if full else None


def _sentence_at(seg: Segmented, nindex: int) -> Sentence | None:
    lo, hi = 0, len(seg.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if seg.sentences[mid].nend <= nindex:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(seg.sentences) and seg.sentences[lo].nstart <= nindex:
        return seg.sentences[lo]
    return None


def _overlaps(starts: Sequence[int], spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) touch one of the sorted, non-overlapping spans?"""
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and spans[i][1] > start


def _date(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def extract_text(raw: str, *, published: str | None = None, source_id: str = "inline") -> list[Claim]:
    """Claims of a text given directly (tests, benchmarks)."""
    source = Source(id=source_id, path=f"<{source_id}>", published=published)
    return list(extract_document(Document(source, raw)).claims)
