"""Verdicts on candidate pairs, decided on the claims' frames: agree, contradict, evolves, or nothing.

Rules, in order:
1. Values must be comparable (same kind, unit class, currency). Claims about different
   people never meet when the fact is personal (an age, a title, a date, a spell of
   time). Negated claims assert no value.
2. Frames that name different listed measures, happenings, events, scopes, holders or
   periods never meet (`12人死亡` / `3人受伤`, `新增` / `累计`, `侦查期间` / `服刑期间`),
   nor does a part (其中…) meet its own article's whole.
3. Compatible values agree (a rounded figure agrees with the precise one), unless the
   stated figures differ at different times: then the figure evolved.
4. Incompatible values at different times evolve when the frames name the same measure
   and the same places; within one article only in matching words.
5. At the same time they contradict only when both are assertions (a question or a
   hypothetical never contradicts on its own premise; a question confirmed by `对。`
   counts as asserted, see claims.pipeline), across sources, with frames that name the
   same counted thing and happening (or none on either side), and: a listed measure on
   both sides, or shared wording, or one sentence with the figure changed. Never for a
   list item (25%、20%或10%), never when one time is unknown. Dates clash only as the
   dates of one one-off event (a verdict, a death; not a statement), or in a reprint.

Times: a claim's `as_of` (a date its sentence, or one shortly before it in its
paragraph, states), else, for a statement about now (目前/现在/截至), its source's
publication date. Two times differ when their periods do not overlap; a claim with no
time never contradicts one with a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz

from claims.frames import (
    MARGINS,
    SENTENCE_END,
    TALLY_AT,
    TOLD_NOW,
    clock_text,
    content_words,
    events_relation,
    holders_apart,
    holders_conflict,
    is_flow,
    is_running,
    keys_relation,
    listed,
    local_places,
    measures_relation,
    one_off_event,
    one_person,
    own_area_only,
    parse_clock,
    periods_conflict,
    places_conflict,
    provinces_differ,
    scopes_conflict,
    stated_change,
    tally_clock,
    tells_first,
    tells_only,
    tokens,
    unrecurring_event,
    whole_area_only,
)
from claims.model import (
    MASK,
    Bound,
    Claim,
    DateValue,
    DurationValue,
    Frame,
    Granularity,
    IntervalValue,
    Kind,
    Period,
    Precision,
    QuantityValue,
    RankValue,
    RoleValue,
    Source,
    Stance,
    Tense,
    TimeUnit,
    value_as,
)
from claims.text.normalise import fold
from claims.values.date_grammar import ANAPHORIC_DAY, REL_OFFSET
from claims.values.times import minutes
from matcher.compare import DURATION_DAYS, Comparison, describe, unit_class, year_guessed
from matcher.matches import match_relation
from matcher.model import Reason, Relation

if TYPE_CHECKING:  # matcher.candidates reads never_linked from here
    from matcher.candidates import Candidate

YEAR_DAYS = 366  # a stretch of at most a year (2020, a leap year, included)
PERIOD_SLACK_DAYS = 31  # periods of one length (a year, a quarter) differ by less: 2020 (366 days) vs 2021 (365)
AGREE_SAME = 0.28  # context similarity for two claims stating the same figure
AGREE_NEAR = 0.45  # compatible but different figures (约300 vs 320)
EVOLVE = 0.40
EVOLVE_SAME_SOURCE = 0.5  # local-window ratio for a figure to evolve within one article (see _evolved)
STATED_CHANGE = 0.9  # score of a change one sentence states (由10%提高到25%): the text says so
EVOLVE_ANCHORED = 0.18  # both sentences state their own, different times (2018 vs 2019)
CONTRADICT = 0.62
# The same listed measure counted on both sides (70多户 vs 60多户): wording may differ.
CONTRADICT_LISTED = 0.1
CONTRADICT_FRAME = 0.25  # cross-source, the same measure named by both frames (汇款 vs 付了现金 share little else)
AGREE_FRAME = 0.12  # the same measure: wording may differ across outlets
# A figure stated to three or more significant digits (在里面待了8年8个月 vs 服刑8年零8个月出狱:
# similarity 0.11): two reports of one story giving it give one fact. Not dates: one day
# is the date of many events (2018年1月28日 dates a police statement and a reporter's call).
AGREE_PRECISE = 0.08
PRECISE_DIGITS = 3
# Outlets that disagree on one figure disagree by a little (70多户 vs 60多户, 17万 vs 20万,
# 12 vs 13 years); figures an order of magnitude apart measure different things (a
# province's losses vs the nation's), unless the two sentences are near-identical.
CLASH_CLOSENESS = 0.5  # 1 - |x - y| / max(x, y): within a factor of two
# A range wider than this (3-10年, 5至15年不等; not 一两年) or a statute's 三年以上十年以下 holds a figure
# inside it without stating it: no agreement with one; a bound open on a side (不到3个小时, 超过10万)
# agrees with a figure only where both name one measure and one happening of it (the development corpus's
# stories run together: a statute's 3-10年 and 十年以下 agreed with another story's sentence of 10年, 不到3个小时
# with 三个小时, 同时住宿的学生不到10人 with 仅有7名学生到校).
WIDE_RANGE = 2.0
DATE_CLASH = 0.35  # two dates of one kind of event must also share some wording (who, where)
# The same one-off event named first by both dates (夫妇于2000年离婚 vs 2001年3月，两人办了离婚手续:
# similarity 0.23): the event word says what the wording would.
DATE_CLASH_NAMED = 0.2
CLOCK_SPAN = 90  # minutes: a time of day this narrow names a moment (早上7点多 is 07:00-07:59)
SAME_WORDS = 0.9  # local windows this alike: one sentence reprinted, whatever its event
SAME_SENTENCE = 85  # fuzz.ratio of two masked sentences that are one sentence with a word or two changed
REPRINT = 90  # fuzz.partial_ratio of two sentences that are one sentence printed twice
SLOT = 3  # characters either side that tell a figure's place in a reprinted sentence
# Characters either side of a span of hours or days read for a word both sentences tell of it (`_one_span`).
# The development corpus's stories run together: 10 of 21 cross-story agreements were such spans (两个多小时的
# 面谈 vs 2个小时以上的会议) with no word shared this near; the true ones share one (半小时后通知家长 vs
# 快半小时，语文老师才通知家长: 通知, 家长, 11 characters after).
SPAN_WORDS = 12
# A toll told of a day more than this before another reading of its measure (彝良县曾于2012年9月7日…地震，
# 造成81人死亡 vs 截至2024年7月10日12时…31人死亡: a quake story of three outlets written for the purpose)
# is another happening's: a disaster's toll is read over days and weeks, a year covers any late revision.
TOLL_SPAN_DAYS = 366
CONTRADICT_SLOT = 0.05  # same holder (公司/组织 …), same subject, same time
RARITY_BONUS = 0.2  # lowers the bar for a figure each source states once
SUBJECT_BONUS = 0.1  # both claims are about the same known person
SLOT_GROWTH = 0.5  # a metric seen at two times evolves when the figures are of one size (3亿 → 4亿)
SELF_NAMING_UNITS = {"users"}
ENTITY_BONUS = 0.08  # raises similarity when both sentences name the same entity

# A sentence narrating the past gives a title as it was then (时任, 离职那阵子): no clash with 前.
_PAST = re.compile(r"当时|那时|时任|曾经|曾|离职|离开|辞职|那阵子|此前|之前|以前|过去|早年")
_SPREAD = re.compile(r"\s?不等")  # 5至15年不等: figures that vary across a group
_ONCE = re.compile(r"一度|最高时|最高峰时|巅峰时|高峰时")  # at one point, a peak: a time of its own
# 已经 narrates a past as often as now; 现 alone before holding or having is now (安迅現持有瑞德約26.9%股權, 现年)
# Now as claims.frames.TOLD_NOW tells it, or a tally to a moment not stated (截至目前), or 现 before holding or having
# (安迅現持有瑞德約26.9%股權, 现年; 发现有 is no 现有)
_NOW = re.compile(TOLD_NOW.pattern + r"|截至|现已|(?<![发出表实体呈展再重显兑])现(?=持有|拥有|有|年|任)")
# A count told as it stands so far (截至目前…65人死亡, 暂列金牌榜第一, 遇难人数上升至71人): two
# counts of one unfolding event, one of them so far, at moments the sources do not state, are
# a change as likely as a clash (field11 昆山 2014: 65 → 75 dead; 东京 2021: 28金 暂列 → 38金).
# A final count (最终, 收官) says nothing of the other's moment: a wrong final total still clashes.
# A count stated with how far the counting has got (开票完成98%, 在已统计的97.67%选票中, 计票进度) is one too.
_SO_FAR = re.compile(
    r"目前|至今|迄今|自此|暂列|暂居|最新|上升至|升至|增至|[开计点]票(?:完成|进度|率)|已(?:统计|点算|开出|计算)的"
)
# An undated toll told as it stands (火灾已致29人遇难): a count on its way, like 目前's, when nothing dates it.
_STANDS = re.compile(r"已(?:经)?(?:造成|致|导致)")
# 截至目前，导致65人死亡，120多人受伤: every count after it; so does 目前 opening a toll's list (目前已有50人死亡，
# 包含48名乘客，…，178人轻重伤送医): the list's counts are all as they stand
_SO_FAR_OPENING = re.compile(r"截[至止](?:目前|发稿)|(?:^|[，,；;：:])\s*目前已(?:有|造成|致|导致)")
_HOLDERS = [
    ("org", re.compile(r"公司|组织|企业|机构|集团")),
    ("team", re.compile(r"团队|实验室|部门|小组|研究院")),
]
PERSON_KINDS = {Kind.age, Kind.role}
MATCH_KINDS = {Kind.score, Kind.minute, Kind.title_count}
EVENT_KINDS = {Kind.date}
# What can grow or shrink over time; a date is itself a time and a duration a fixed span.
EVOLVING_KINDS = {Kind.quantity, Kind.money, Kind.percent, Kind.rank, Kind.age}
COMMON_VALUE_PENALTY = 0.12
AGREE_FLOOR = 0.2  # however rare a figure, two passages must share some words to be one fact
TINY = 3  # counts below this are references (一位, 两人), not measurements
PERSONAL_KINDS = PERSON_KINDS | EVENT_KINDS | {Kind.duration, Kind.quote}
HOLDER_REACH = 8
_CLAUSE = re.compile(r"[,，;；。!！?？:：]")


class Verdict(NamedTuple):
    """A pair's verdict (a named tuple: a run makes hundreds of thousands)."""

    relation: Relation
    score: float
    explanation: str
    reason: Reason
    priority: float  # ranks competing verdicts for the same claim


def verdict(a: Claim, b: Claim, cmp: Comparison, cand: Candidate, sources: dict[str, Source]) -> Verdict | None:
    """Names in the claims are already the run's canonical names (matcher.match)."""
    if not cmp.comparable or Stance.negated in (a.stance, b.stance):
        return None
    if a.kind in MATCH_KINDS:  # a match's score or minute: one part, one deed (matcher.matches)
        found = match_relation(a, b, cmp)
        return None if found is None else Verdict(*found)
    if (change := _stated_change(a, b, cmp)) is not None:
        return change  # 由10%提高到25%: the sentence says the figure changed
    if never_linked(a, b):
        return None  # two people's ages, titles, dates or spells of time
    sa, sb = a.subject, b.subject
    other_subjects = bool(sa and sb and sa != sb)
    if a.kind in PERSON_KINDS and not (_whose(a) and _whose(b)):
        return None  # an age or a title means nothing without whose it is
    frames = frame_relation(a, b)
    if frames.blocked:
        return None  # different measures, events, scopes, or a part against its whole
    if _other_slot_of_reprint(a, b):
        return None  # one sentence printed twice: its different figures are different facts
    if _two_spans(a, b):
        return None  # 1993年至1996年 vs 1993年至2003年: two stretches, neither a value of the other

    shared, both_named = _entity_overlap(a, b)
    sim = cand.similarity + (ENTITY_BONUS if shared else 0.0)
    if sa and sa == sb:
        sim += SUBJECT_BONUS  # the same person's figure
    slot_a, slot_b = _slot(a), _slot(b)
    # Not two different named organisations or products (Gemini's users vs ChatGPT's).
    slot = slot_a is not None and slot_a == slot_b and (shared or not both_named)
    ta, tb = claim_time(a, sources), claim_time(b, sources)
    if _other_period(a, b, ta, tb) or _two_periods_stated(a, b):
        # 2023年 revenue vs 上半年's: one period holds the other, two facts; 2023年增长7.2% and
        # 2024年增长7.2% (or 6.5%): two years' growth, two facts whatever their values
        return None
    if _stock_and_flow(a, b, ta, tb) or _stock_and_flow(b, a, tb, ta):
        return None  # 截至10月31日累计交付量63343辆 vs 第三季度交付量87071辆: a total to date, a quarter's sum
    if _years_and_within(a.as_of, b.as_of) or _years_and_within(b.as_of, a.as_of):
        return None  # 2022年至2026年…嬰兒21例 vs 今年截至9月8日…嬰兒11例: five years' count, and one year's
    if _year_total(a, b) or _year_total(b, a):
        # 2024年全美仅通报285例 vs 截至(2025年)12月23日…2012例: two years' counts, neither a step of the other
        return None
    when = _time_relation(a, b, ta, tb, sources)
    changed_time = _changed_time(a, b, when, ta, tb, sources)
    if changed_time and (_fixed(a, b) or _another_happenings_toll(a, b, ta, tb)):
        # 2008年四川的7.9级地震 vs this quake's: a size never changes, two times are two quakes; 2012年9月7日…地震，
        return None  # 造成81人死亡: an earlier quake's toll, no earlier reading of this one's
    ctx = _Pair(
        a, b, cmp, cand, sim, frames, slot, changed_time, other_subjects, ta, tb, shared, both_named, when, sources
    )
    if cmp.compatible:
        return _compatible(ctx)
    if _part_and_whole(a, b):
        return None  # 其中189人遇难 vs 共遇难292人: a part of the toll is no other value of it
    if a.kind in EVOLVING_KINDS and (lead := _moved_on(a, b, sources)):
        return _evolved(ctx, lead, counting=True)
    if changed_time:
        return _evolved(ctx, "Different times")
    return _clash(ctx)


def _changed_time(
    a: Claim, b: Claim, when: str, ta: Period | None, tb: Period | None, sources: dict[str, Source]
) -> bool:
    """Two times a figure that evolves may have changed between: stated apart, or one undated source saying
    "now" (目前/现在), where the figure could have gone from one value to the other (`_could_have_changed`)."""
    told_apart = when == "different" or (when == "unknown" and _is_now(a, b))
    return a.kind in EVOLVING_KINDS and told_apart and _could_have_changed(a, b, ta, tb, sources)


def _could_have_changed(a: Claim, b: Claim, ta: Period | None, tb: Period | None, sources: dict[str, Source]) -> bool:
    """Could the figure have gone from one value to the other between the two times? An age grows a year a
    year: 52岁 told on 11月3日 and 54岁 on 11月4日 are one man's age told two ways, no change (the ages of a
    fire story's house owner, written for the purpose); an age told with no time is its source's day's.
    Other figures may change any way."""
    if a.kind is not Kind.age:
        return True
    ta, tb = ta or _published(a, sources), tb or _published(b, sources)
    if ta is None or tb is None:
        return True
    va, vb = a.value, b.value
    if not isinstance(va, IntervalValue) or not isinstance(vb, IntervalValue) or va.low is None or vb.low is None:
        return True
    days = (max(ta.end, tb.end) - min(ta.start, tb.start)).days  # the widest the two times lie apart
    # a birthday may fall between two times a month or more apart; told a day apart (现年62岁 vs 現年63歲 of one
    # verdict's day and the next), one age is wrong, not a year older
    birthday = 1 if days >= AGE_BIRTHDAY_DAYS else 0
    return abs(float(va.low) - float(vb.low)) <= days // 365 + birthday


AGE_BIRTHDAY_DAYS = 31  # days apart from which two readings of one person's age may straddle a birthday


def _ages_told_now(a: Claim, b: Claim) -> bool:
    """Two ages neither of which its sentence tells of another time (当时汤兰兰十岁, 那年，…11岁) nor of a happening
    right after it (李思琪12岁进入省队, 14岁时): each its source's day's, so two values clash (房主王某（男，52岁） vs
    房主王某（54岁）, a day apart), while 16岁的…李思琪 and her 12岁进入省队 are two ages of hers."""
    return a.kind is Kind.age and not any(_age_then(c) for c in (a, b))


def _age_then(c: Claim) -> bool:
    return _age_then_in(c.context)


@lru_cache(maxsize=1 << 12)
def _age_then_in(context: str) -> bool:
    """`_age_then` of a masked context, cached: asked of each pair of ages, and reprinted sentences share it."""
    at = context.find(MASK)
    if at < 0 or _AGE_THEN.search(context, 0, at):
        return True
    after = context[at + len(MASK) :].lstrip()
    if _AGE_AT.match(after):
        return True
    first = tokens(after[:AGE_VERB_REACH])
    return bool(first) and first[0][1].startswith("v") and first[0][1] != "vn"  # 34岁培训机构负责人: a noun


# An age told of a time the text told before (当时, 那年), or at a moment after it (14岁时, 12岁那年, 18岁起): not the
# person's age as the source stands. Characters read after an age for the verb of its happening (12岁进入省队).
_AGE_THEN = re.compile(r"当时|那时|那年|那一年|当年|时年|彼时|这一年")
_AGE_AT = re.compile(r"时|那年|那一年|起|开始|以前|之前|以后|之后|后")
AGE_VERB_REACH = 4


def _published(c: Claim, sources: dict[str, Source]) -> Period | None:
    src = sources.get(c.source)
    return _period(src.published) if src and src.published else None


def _another_happenings_toll(a: Claim, b: Claim, ta: Period | None, tb: Period | None) -> bool:
    """A running count told of a day more than TOLL_SPAN_DAYS before another reading of its measure, not as a
    total so far (累计, 截至…): the toll of another happening on that day (an earlier quake in the same county),
    not a step of this one's. A total to date may run for years (a pandemic's 截至2022年…累计死亡)."""
    if ta is None or tb is None or a.frame is None or b.frame is None or not is_running(a.frame):
        return False
    (early, t_early), (_, t_late) = sorted(((a, ta), (b, tb)), key=lambda x: x[1].start)
    if t_early.precision is not Precision.day or (t_late.start - t_early.end).days <= TOLL_SPAN_DAYS:
        return False
    return early.frame is not None and early.frame.scope != "cumulative" and not TALLY_AT.search(early.sentence)


def never_linked(a: Claim, b: Claim) -> bool:
    """A pair no verdict links, told by the claims alone before any scoring (matcher.
    candidates drops it; `verdict` asks it too): a negated claim asserts no value, and
    two people's ages, titles, dates or spells of time are two facts, unless one
    sentence may state a change from one to the other (由…到…, _stated_change); a figure of the
    last occasion of its kind meets only such figures (_of_last_occasion)."""
    if a.stance is Stance.negated or b.stance is Stance.negated:
        return True
    if _of_last_occasion(a) != _of_last_occasion(b):
        return True  # 印度上一次的致命空难发生在2020年…造成21人死亡: the last crash's toll, no step of this one's
    if _other_finishers(a, b):
        return True  # 冠军奖金52.1万美元 vs 亚军奖金为30.5万美元: the winner's prize and the runner-up's
    sa, sb = a.subject, b.subject
    if not (sa and sb and sa != sb) or a.kind not in PERSONAL_KINDS:
        return False
    return a.kind not in EVOLVING_KINDS or a.source != b.source or a.line != b.line


@dataclass(frozen=True)
class FrameRelation:
    same: bool  # a measure (or, for dates, an event) both frames name
    blocked: bool  # frames that cannot describe one fact
    places_differ: bool  # both name places, none in common
    places_same: bool = True  # the same places, or none on either side
    exact: bool = False  # same, and neither frame names a counted thing or a happening the other lacks
    close: bool = False  # same, and neither names a counted thing the other lacks (enough for a change over time)
    listed: bool = False  # one of them is an item of a list (25%、20%或10%): it clashes with nothing
    nouns_differ: bool = False  # each names another unlisted thing in the same place (失业率 vs 通胀率)
    listed_same: bool = False  # both name one measure, happening or event from the lexicons

    @property
    def unknown(self) -> bool:
        return not self.same and not self.blocked


def frame_relation(a: Claim, b: Claim) -> FrameRelation:
    """How two claims' frames relate. It reads the frames, the kind, whether the two
    share a source and whether their holders are two people (holders_apart, which reads
    the sentences): judged once per distinct frame pair (a run of 200 articles asks
    ~110,000 times about ~1,200 frame pairs)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return FrameRelation(False, False, False)
    same_source, apart = a.source == b.source, holders_apart(a, b)
    key = (a.kind, _frame_fields(fa), _frame_fields(fb), same_source, apart)
    known = _FRAME_RELATIONS.get(key)
    if known is None:
        if len(_FRAME_RELATIONS) >= MAX_FRAME_RELATIONS:
            _FRAME_RELATIONS.clear()
        known = _FRAME_RELATIONS[key] = _frame_relation(a.kind, fa, fb, same_source, apart)
    return known


# Frame pairs remembered (frame_relation); 200 generated articles ask about ~1,200.
MAX_FRAME_RELATIONS = 1 << 16
_FRAME_RELATIONS: dict[tuple, FrameRelation] = {}


def _frame_fields(f: Frame) -> tuple:
    """A frame's every field as a plain tuple: a cheaper dictionary key than the model."""
    return tuple(f.__dict__.values())


def _frame_relation(kind: Kind, fa: Frame, fb: Frame, same_source: bool, apart: bool) -> FrameRelation:
    if kind is Kind.date:
        # 据韩国媒体28日报道 is when the press told it, 截止4月30日 when a count holds: no day of what happened
        # (2月28日上午9时许…坠毁, 4月30日07:30…获救)
        told_apart = any((k in fa.event) != (k in fb.event) for k in _NO_HAPPENING)
        rel = "other" if told_apart else events_relation(fa, fb)
    else:
        rel = measures_relation(fa, fb)
    # A part (其中10条) is not compared with the whole its own article gave before it.
    blocked = (
        rel == "other"
        or (kind is Kind.percent and (_level(fa, fb) or _level(fb, fa)))
        or scopes_conflict(fa, fb)
        or apart
        or periods_conflict(fa, fb)
        or (fa.part != fb.part and same_source)
    )
    # What a contradiction (or a running figure) needs beyond `same`: the same counted thing
    # or none named on either side (8名亲属被带走 vs 被抓走的16人 name one happening, not
    # one group), and no two different happenings (11名学生请假 vs 7名学生到校).
    if kind is Kind.age and fa.holder and fb.holder:
        # One named person's age: the person is the frame (缪可馨 死了，十岁 vs 缪缪…才十二岁); two named
        # people's ages are two facts, whoever else their sentences name (据李秀芝的控告信，…62岁的汤瑞景
        # vs 今年72岁的李秀芝).
        if blocked or holders_conflict(fa, fb):
            return FrameRelation(False, True, False)
        return FrameRelation(True, False, places_conflict(fa, fb), _same_places(fa, fb), True, True, False, False, True)
    things_a, things_b = _counted_things(fa), _counted_things(fb)
    nouns = keys_relation(things_a, things_b)
    preds = keys_relation(fa.predicate, fb.predicate)
    # A span of time counts no thing: 在华为工作13年的员工 is an employee's tenure, like 入职12年.
    nouns_fit = nouns == "same" or not (things_a or things_b) or kind in (Kind.duration, Kind.age)
    close = kind is Kind.date or (nouns_fit and preds in ("same", "unknown"))
    # A contradiction also needs the happenings to match: named on both sides, or on neither
    # (9名被告人供述 vs 11名被告人委托家属上访 count two groups of defendants).
    exact = close and (kind is Kind.date or preds == "same" or not (fa.predicate or fb.predicate))
    return FrameRelation(
        rel == "same",
        blocked,
        places_conflict(fa, fb),
        _same_places(fa, fb),
        exact and rel == "same",
        close and rel == "same",
        fa.listed or fb.listed,
        nouns == "differ" and fa.measure[0][1] == fb.measure[0][1],
        bool(listed((*fa.measure, *fa.predicate, *fa.event)) & listed((*fb.measure, *fb.predicate, *fb.event))),
    )


_NO_HAPPENING = ("coverage", "tally")  # a date's events that date no happening of the story


def _level(rate: Frame, level: Frame) -> bool:
    """A rate of change (按季则升⟨14.7%⟩) and a level a lexicon names (汽车毛利率提升至⟨14.7%⟩, a margin):
    two facts however equal their figures."""
    return "growth" in rate.predicate and "growth" not in level.predicate and bool(listed(level.measure))


# Measures that name the people counted, no kind of them: 受灾人口1374万 counts what 262万人受灾 counts.
PEOPLE_MEASURES = frozenset({"population"})


def _counted_things(f: Frame) -> tuple[str, ...]:
    return tuple(k for k in f.measure if k not in PEOPLE_MEASURES)


def _same_places(fa: Frame, fb: Frame) -> bool:
    """The same places below the national level, or one frame naming more of them (美国
    and 中国 vs 中国): a figure followed in one place, not 贵州's count vs the nation's."""
    pa, pb = local_places(fa), local_places(fb)
    if own_area_only(fa) or own_area_only(fb):
        return True  # 我市…治愈出院7例 vs 武汉市…治愈出院12例: the bulletin's city is the one named
    if (whole_area_only(fa) and pb) or (whole_area_only(fb) and pa):
        return True  # 2025年全市出生人口约9.5万人 vs 苏州2025年全年出生人口為98,600名: the whole city is the one named
    return pa == pb or bool(pa and pb and (pa <= pb or pb <= pa))


class _Pair(NamedTuple):
    """One pair's facts as the rules read them (a named tuple: one per verdict)."""

    a: Claim
    b: Claim
    cmp: Comparison
    cand: Candidate
    sim: float
    frames: FrameRelation
    slot: bool
    changed_time: bool
    other_subjects: bool
    ta: Period | None
    tb: Period | None
    shared_entity: bool  # both sentences name a common entity (OpenAI)
    both_named: bool  # both sentences name some entity
    when: str  # same | different | unknown (see _time_relation)
    sources: dict[str, Source]

    @property
    def holders_agree(self) -> bool:
        """Not two sentences about different named companies or people."""
        return self.shared_entity or not self.both_named

    @property
    def where(self) -> str:
        return _where(self.a, self.b)

    @property
    def same_source(self) -> bool:
        return self.a.source == self.b.source


def _titles_differ(a: Claim, b: Claim) -> bool:
    """Two works named by their titles (《长河落日》累计票房突破12亿元 vs 《熊猫特工队》累计票房突破12亿元): two films'
    figures, however equal; a place at two levels may be one place, a title is one work."""
    ta, tb = ({p for p in c.frame.place if p.startswith("《")} if c.frame else set() for c in (a, b))
    return bool(ta and tb) and ta.isdisjoint(tb)


def _two_places_figures(p: _Pair) -> bool:
    """Compatible figures of places that differ: two places' figures (紧急转移安置近3万人 in 綦江 and 2万余人被疏散 in
    丹巴); equal ones when two teams hold them too (韩国队以12金12银… vs 日本隊以10金12銀…: Korea's and Japan's
    silvers), when each sentence names the other's place too (…广东7例…上海7例…: two items of one breakdown), when
    two works' titles name them (_titles_differ), or two provinces (陕西 vs 贵州: neither lies in the other)."""
    a, b = p.a, p.b
    return p.frames.places_differ and (
        not p.cmp.same_base
        or _holders_conflict(a, b)
        or _one_breakdown(a, b)
        or _titles_differ(a, b)
        or (a.frame is not None and b.frame is not None and provinces_differ(a.frame, b.frame))
    )


def _compatible(p: _Pair) -> Verdict | None:
    a, b, cmp = p.a, p.b, p.cmp
    if vague(a) or vague(b):
        return None  # `几年` is compatible with any few years: agreeing says nothing
    if p.frames.nouns_differ or _bare_part(a, b) or _bare_part(b, a):
        return None  # two things' figure (失业率为5% vs 通胀率为5%; 其中2人为泰国人 vs 2名机组人员生还)
    if p.frames.listed and p.cand.local < SAME_WORDS:
        return None  # one item of a list (25%、20%或10%) is the same fact only where the list is reprinted
    if not cmp.same_base and cmp.closeness < CLASH_CLOSENESS and a.kind is not Kind.date:
        return None  # 超过10万 is compatible with 580万, and says nothing of it
    if _two_places_figures(p):
        return None
    if _SPREAD.match(_after_mask(a)) or _SPREAD.match(_after_mask(b)):
        return None  # 其他10人获刑5至15年不等: a spread over several people, no one's figure
    if a.kind is Kind.date and not _one_happening(p):
        return None
    if _spans_of_other_things(p):
        return None
    if not cmp.same_base and (p.changed_time or _floor_and_count(p)):
        # at two times, a change; else 至少55人死 vs 94人遇难, a running toll's floor and another report's count
        if p.changed_time:
            return _evolved(p, "The figure changed over time")
        if _two_floors(a, b):  # 至少240人死亡 vs 至少260人死亡: the floor rose between two reports
            return _evolved(p, "A running count at moments not stated", counting=True)
        return None
    if _holds_without_stating(p):
        return None  # 判处诬告人3-10年 (三年以上十年以下) holds 被判处有期徒刑10年, and says nothing of it
    need = max(AGREE_FLOOR, AGREE_SAME - RARITY_BONUS * p.cand.rarity) if cmp.same_base else AGREE_NEAR
    if _small_count(a) or _coarse(a) or _coarse(b):
        need += COMMON_VALUE_PENALTY  # `3个`, `2022年`, `第一`: said of many things
    if a.kind is Kind.date and not p.frames.same and _two_events(a, b):
        need = max(need, AGREE_SAME)  # one day, and each date says something else happened on it
    if p.frames.same:
        need = min(need, AGREE_FRAME)
    if cmp.same_base and not p.same_source and _precise(a):
        need = min(need, AGREE_PRECISE)  # 8年8个月, 304742.98元: no two facts of one story share it
    if a.kind is Kind.duration and cmp.same_base and not p.same_source and _one_holder(a, b):
        # One named person's spell of one length, in frames that do not differ: one fact, in
        # whatever words (万秀玲10年。 vs 母亲万秀玲以强迫卖淫罪被判处有期徒刑10年: similarity 0.07).
        need = 0.0
    if cmp.same_base and p.frames.same and _same_day(a, b):
        need = 0.0  # one calendar day named for one event in two reports of one story
    da, db = a.value, b.value
    if isinstance(da, DateValue) and isinstance(db, DateValue) and _clock(da) and _clock(db) and da.start == db.start:
        need = 0.0  # one day and one hour of it (3月26日早上7点多, 早上7点多): one moment
    if p.sim < need and not (p.slot and cmp.same_base):
        return None
    va, vb = _described(a, b)
    how = "both give" if cmp.same_base else "compatible values:"
    text = f"{how} {va} and {vb}{p.where}." if cmp.same_base else f"{how} {va} and {vb} overlap{p.where}."
    return Verdict(
        Relation.agree,
        _score(p.sim, 1.0 if cmp.same_base else 0.75),
        text[0].upper() + text[1:],
        Reason.value,
        p.sim + (0.5 if cmp.same_base else 0.2),
    )


def _one_happening(p: _Pair) -> bool:
    """May two dates be the date of one happening?"""
    a, b, cmp = p.a, p.b, p.cmp
    if not p.frames.same and (_coarse(a) or _anaphoric(a) or _coarse(b) or _anaphoric(b)):
        # 2008年 dates many events, and 当天, 次日 or 两个月之后 is counted from another date: they meet
        # a date only as the date of one happening both name (2018年加入OpenAI, 于2018年加入)
        return False
    if (_coarse(a) or _coarse(b)) and not _one_year_event(p):
        # 2016年，曹德旺就曾经表示 vs 2016年3月，山东兆信被…证实: a year holds many statements, many happenings
        return False
    if not cmp.same_base and _coarser_than_a_day(a, b) and not one_named_event(a, b):
        return False  # 3月底 holds 3月28日 and every other day of late March: one event must say they meet
    if p.frames.places_differ and all(_a_month(c) or _relative_year(c) for c in (a, b)):
        # 中國今年1月累計… vs 韓國今年1月累計…, 中國…去年全年… vs 韓國…去年…: two countries' months and years,
        # whatever words they share (FIELD22 pertussis); a year a text names is left alone: 1982年 dates one
        # Games whichever country's sentence names it
        return False
    if a.frame and b.frame and tells_only(a.frame, b.frame):
        return False  # 7月5日宣布辞职 vs 7月5日凌晨…承认败选: a telling and another happening of one day
    if _stretch_bound(a) != _stretch_bound(b):
        return False  # 从下午5点录到了凌晨1点 vs 6月8日1时的洪峰水位: a stretch's end is no happening's moment
    if _told_and_untold(a, b) or _told_and_untold(b, a):
        return False  # 4月7日，陶晓在微博发布了…声明 vs 4月7日，武汉的天气…变得大晴
    if not cmp.same_base and bool(_SPAN_TEXT.search(a.text)) != bool(_SPAN_TEXT.search(b.text)):
        return False  # 在1988年到2002年间…杀死11人 vs 1988年5月26日的傍晚…被杀: a series' stretch holds its days, no one of them
    # an article restates its own date alike; a coarser one (周四 vs 今年底) dates something else
    return not (p.same_source and not cmp.same_base)


def _stretch_bound(c: Claim) -> bool:
    """A date told as an end of a stretch its clause spans (从下午5点录到了⟨凌晨1点⟩, 从⟨11月4日凌晨⟩到4日下午, 即日起至⟨1月4日⟩),
    or as the day before which something happened (⟨4月4日⟩前，…已经传开)."""
    i = c.context.find(MASK)
    if i < 0:
        return False
    before, after = c.context[:i], c.context[i + len(MASK) :]
    if after.startswith(_BEFORE_IT):
        return True
    return _FROM_TO.search(before) is not None or (before.endswith("从") and _TO_AFTER.match(after) is not None)


_BEFORE_IT = ("前，", "前,", "之前", "以前")


_FROM_TO = re.compile(r"(?:从|自|起)[^，,。；;]{0,20}(?:到|至)[^，,。；;]{0,2}$")  # 从下午5点录到了⟨…⟩, 即日起至⟨…⟩
_TO_AFTER = re.compile(r"[^，,。；;]{0,8}(?:到|至)")  # 从⟨…⟩到4日下午


def _told_and_untold(x: Claim, y: Claim) -> bool:
    """`x` dates a telling (发布, 表示) and `y` names no happening and no one telling (说, 告诉记者): the day of
    the telling is not shown to be `y`'s."""
    fx, fy = x.frame, y.frame
    return bool(fx and fy and tells_first(fx) and not fy.event and _REPORTING.search(y.context) is None)


# Words that tell someone told (beside the telling events): 佟彬在电话中告诉财新记者 is a statement of that day.
_REPORTING = re.compile(r"告诉|说|称|讲|谈到|介绍|回忆|透露|表示")


def _one_year_event(p: _Pair) -> bool:
    """A year (and the date beside it) dates one happening when both name one that does not recur (判决, 加入),
    or a recurring one (a statement, a report, something that happened: every year has many) of one named
    party, or one clause is printed in both (长生生物2017年销售费用…: the words on either side of the year)."""
    fa, fb = p.a.frame, p.b.frame
    if fa and fb and unrecurring_event(fa, fb):
        return True
    return p.shared_entity or _beside_mask(p.a.context) == _beside_mask(p.b.context) or _same_sentence(p.a, p.b)


def _spans_of_other_things(p: _Pair) -> bool:
    """一直保持到她14岁 vs 14岁的汤兰兰报案: a stretch's end, not the age at a happening; 进行了两个多小时的面谈 vs
    开了2个小时以上的会议: a few hours said of two things."""
    a, b = p.a, p.b
    if a.kind is Kind.age and _age_until(a) != _age_until(b):
        return True
    return _in_passing(a) and _in_passing(b) and not _one_span(p)


def _age_until(c: Claim) -> bool:
    """An age told as the end of a stretch (一直保持到她14岁, 直至18岁)."""
    return _UNTIL_AGE.search(c.context, 0, max(c.context.find(MASK), 0)) is not None


_UNTIL_AGE = re.compile(r"(?:到|至)[^，,。；;]{0,3}$")


def _in_passing(c: Claim) -> bool:
    """A span of minutes, hours, days or weeks, up to a month: a meeting's, a wait's, a trip's alike."""
    v = c.value
    if not isinstance(v, DurationValue):
        return False
    longest = v.high if v.high is not None else v.low
    return longest is not None and longest * DURATION_DAYS[v.unit.value] <= MONTH_DAYS


def _one_span(p: _Pair) -> bool:
    """Two short spans are one when both say of what: a measure both frames list, one person's spell, a word
    both tell beside the figure (半小时后通知家长 vs 快半小时，语文老师才通知家长), or one sentence printed in both."""
    a, b = p.a, p.b
    if p.frames.listed_same or _one_holder(a, b) or _same_sentence(a, b):
        return True
    return not content_words(_fold(_beside(a.context))).isdisjoint(content_words(_fold(_beside(b.context))))


def _beside(context: str) -> str:
    """The SPAN_WORDS characters either side of the figure, the figure left out."""
    return "，".join(_beside_mask(context, SPAN_WORDS))


def _evolved(p: _Pair, lead: str, counting: bool = False) -> Verdict | None:
    """The same measure at two times. Only a measure both frames name evolves: two
    figures of one article at two dates are otherwise a timeline of different things.
    `counting`: two counts of a running tally whose words (目前, 截至…) tell a moment each."""
    a, b = p.a, p.b
    if (_tiny(a) or _tiny(b)) and not (_measured_toll(a) and _measured_toll(b)):
        return None  # `一位`, `两人`: references to someone, not a measured figure (but 死亡1例 → 2例 is a toll)
    if not p.frames.places_same or p.frames.listed:
        return None  # a running total is followed in one place: 贵州's count is not the nation's
    grew = p.slot and p.cmp.closeness >= SLOT_GROWTH  # the same metric, the same order of size
    anchored = bool(a.as_of and b.as_of) or _once_and_dated(a, b) or counting  # each figure tells its own time
    if p.frames.same and not p.frames.close:
        return None  # 11名学生请假 and 7名学生到校: one frame names what the other does not
    # Without a measure both frames name, two figures evolve only when both sentences
    # name the same holder and date themselves (OpenAI's size: 20 in 2018, 30 in 2019).
    fa, fb = a.frame or Frame(), b.frame or Frame()
    ka, kb = listed((*fa.measure, *fa.predicate)), listed((*fb.measure, *fb.predicate))
    other_things = bool(ka and kb and not ka & kb)  # 征收 a levy vs 投资 a cost: listed, none shared
    by_holder = (
        p.frames.unknown and not p.same_source and p.shared_entity and anchored and not other_things and _told_alike(p)
    )
    if not (p.frames.same or grew or by_holder):
        return None
    # A listed measure at two stated times needs no shared wording (截至6月26日,全国共有26个省区市
    # 遭受洪涝 vs 6月9日…波及到了11个省): the frame says what it is, the dates when.
    happened = listed(fa.predicate) ^ listed(fb.predicate)
    by_frame = p.frames.listed_same and p.frames.close and anchored and not happened
    if p.sim < (EVOLVE_ANCHORED if anchored else EVOLVE) and not (grew or by_frame):
        return None
    if p.same_source and not (anchored and p.cand.local >= EVOLVE_SAME_SOURCE):
        return None  # one article's timeline of a figure repeats its wording (损失达40.4亿 … 损失达到149.2亿)
    return Verdict(
        Relation.evolves,
        _score(p.sim, 0.7),
        f"{lead}: {describe(a)} ({_t(p.ta, a)}) vs {describe(b)} ({_t(p.tb, b)}){p.where}.",
        Reason.time,
        p.sim,
    )


def _told_alike(p: _Pair) -> bool:
    """Two figures of one holder told alike enough to be one figure at two times: their frames name the same
    things, or one names nothing and the other only listed ones, in the same order of size (20人的小团队 in
    2018, 约30名员工 in 2019). A percent names what it is a share of or it is none: 比亚迪A股涨0.90% and
    出口同比激增71.8% are one company's two figures, no change."""
    fa, fb = p.a.frame or Frame(), p.b.frame or Frame()
    ta, tb = (*fa.measure, *fa.predicate), (*fb.measure, *fb.predicate)
    if ta == tb:
        return True
    if p.a.kind is Kind.percent or (ta and tb) or p.cmp.closeness < SLOT_GROWTH:
        return False
    return len(listed(ta or tb)) == len(ta or tb)


# A place right before a count, or before the list the count is an item of, confines it there (造成雅安市
# ⟨34⟩人遇难, 雅安市共⟨#⟩, 造成雅安市34人遇难、⟨12⟩人失联); a place before the event (泸定6.8级地震造成⟨#⟩)
# does not.
_CONFINED_AFTER = re.compile(
    r"[省市县区州镇乡村]?(?:境内|全市|全县|全州|全省|当地)?(?:共|已|累计|已有|共有|有|共计|计)?"
    r"(?:[0-9０-９零一二两三四五六七八九十百千万余多]+[^、，,；;。]{0,10}、)*"
)
# A sentence opening on the time before something (決賽前，…; 此前，…; 事发前，…): what it counts held then,
# an earlier moment than a count told plain.
_BEFORE_OPENING = re.compile(r"^\s*(?:此前|之前|[^，,。；;\s]{1,6}?前)[，,]")


def _told_before(c: Claim) -> bool:
    """Does the claim's own sentence open on the time before something (_BEFORE_OPENING)?"""
    return c.kind not in EVENT_KINDS and bool(_BEFORE_OPENING.match(c.sentence))


# A sentence telling of the last occasion of its kind (印度上一次的致命空难发生在2020年，…造成21人死亡): its
# figures are that occasion's. Not a comparison with it (与上次相比, 比上次), a time since it (上一次空难以来),
# nor a figure its sentence then says is of this occasion (上次…，这次…). Counts and amounts only: a date
# of the last time someone did something (上一次见到他，是在事发当天) may well be the story's.
_LAST_OCCASION = re.compile(
    r"(?<![比较与同跟和])(?:上一次|上次|前一次|上一起|上回)(?![^，,。；;]{0,12}?(?:以来|之后|以后|后|相比|比较))"
)
_THIS_TIME = re.compile(r"此次|这次|本次|这一次|本届|这届")


def _of_last_occasion(c: Claim) -> bool:
    """Is the claim told of the last occasion of its kind (_LAST_OCCASION), in its sentence before it?"""
    context = c.context
    if c.kind in EVENT_KINDS:
        return False  # 陶蔓菁上一次见到王攀，是在事发当天中午: the last time one saw another may be the story's day
    if "次" not in context and "一起" not in context and "上回" not in context:
        return False  # (every wording holds one of them: most sentences are passed by this test)
    before = context[: max(context.find(MASK), 0)]
    told = [m.end() for m in _LAST_OCCASION.finditer(before)]
    return bool(told) and _THIS_TIME.search(before, told[-1]) is None


def _told_apart(a: Claim, b: Claim) -> bool:
    """One count confined to a region, the other not (_one_confined), or one told as before something,
    the other not (決賽前，…目前在本屆都取得5個進球 vs 總共有八個進球: before the final, and after it)."""
    return _one_confined(a, b) or _told_before(a) != _told_before(b)


def _one_confined(a: Claim, b: Claim) -> bool:
    """One count confined to a region, the other naming none (造成雅安市34人遇难 vs 造成74人遇难): one
    region's toll, and perhaps the whole quake's; no clash."""
    return _confined(a) != _confined(b) and not (local_places(a.frame or Frame()) and local_places(b.frame or Frame()))


def _confined(c: Claim) -> bool:
    """Is a count confined by its own clause to a place named right before it (_CONFINED_AFTER)?"""
    places = local_places(c.frame) if c.frame is not None else frozenset()
    if not places or c.kind is Kind.date:
        return False
    clause = _CLAUSE.split(c.context[: max(c.context.find(MASK), 0)])[-1]
    return any(
        (k := clause.rfind(place)) >= 0 and _CONFINED_AFTER.fullmatch(clause, k + len(place)) is not None
        for place in places
    )


def _dates_clash_bar(p: _Pair) -> float | None:
    """The similarity two dates need to clash, or None when they cannot."""
    a, b = p.a, p.b
    one_off = _one_off(p)
    # Both dates stated (a day, month or year named), not inferred (当天, 今天).
    stated = all(_stated(c, p.sources) for c in (a, b))
    same_words = _same_sentence(a, b)  # the same sentence around another date
    bar = _date_clash_bar(a, b, one_off)
    if p.same_source or not stated or not (same_words or (one_off and p.sim >= bar)):
        return None  # two dates clash only as dates of one event that happens once, across sources
    if _tally(a) or _tally(b):
        return None  # 截至1月24日24时 vs 截至8月24日24时: two bulletins count to their own moments
    if _again(a) != _again(b):
        return None  # 11月4日下午3点，记者再次来到现场: a happening told again has a date of its own
    if any(c.frame is not None and not _EACH_ITS_OWN.isdisjoint(c.frame.event) for c in (a, b)):
        # 2014年索契冬奥会 vs 2022年北京冬奥会: two Games, each in its year; 2023年国防预算 vs
        # 2024年国防预算: two budgets, each of its year
        return None
    return bar


def _again(c: Claim) -> bool:
    """The date's clause, or the clause after it (11月4日下午3点，记者再次来到现场), tells its happening as one more
    (再次, 又一次, 第二次): not the first one's date."""
    i = max(c.context.find(MASK), 0)
    told = _CLAUSE.split(c.context[:i])[-1] + "".join(_CLAUSE.split(c.context[i:])[:2])
    return any(w in told for w in _AGAIN)


_AGAIN = ("再次", "再度", "又一次", "再一次", "第二次", "重新")


# Events of which each date names its own: a Games' edition, the period a figure covers.
_EACH_ITS_OWN = frozenset({"edition", "period"})


def _clash(p: _Pair) -> Verdict | None:
    """Incompatible values at one time contradict when both are assertions about the
    same holder and the same measure (an interviewer's question or a hypothetical never
    contradicts on its own premise; see claims.pipeline for confirmed questions)."""
    a, b = p.a, p.b
    assertive = a.stance in (Stance.asserted, Stance.reported) and b.stance in (Stance.asserted, Stance.reported)
    if not assertive or p.other_subjects or p.frames.places_differ or p.frames.listed or _told_apart(a, b):
        return None
    if a.kind is Kind.age and _age_then(a) != _age_then(b):
        return None  # 16岁的…李思琪 vs 李思琪12岁进入省队: her age now and at a happening, two ages of hers
    need = CONTRADICT_LISTED if _counted(p) else CONTRADICT_FRAME
    if a.kind in EVENT_KINDS:
        bar = _dates_clash_bar(p)
        if bar is None:
            return None
        need = min(need, bar)
    if not p.holders_agree:
        return None  # two sentences about different named companies or people
    if vague(a) and vague(b):
        return None
    if p.when == "unknown" and a.kind not in EVENT_KINDS | {Kind.duration} and not _ages_told_now(a, b):
        return None  # one of the two may well describe another time (a spell's length is its own time)
    by_slot = p.slot and p.sim >= CONTRADICT_SLOT and (p.same_source or (a.subject and a.subject == b.subject))
    # One person's title said once as current (or bare) and once as former (前, 原).
    by_role = (
        a.kind is Kind.role
        and not p.same_source
        and bool(a.subject and a.subject == b.subject)
        and not any(_PAST.search(c.context) for c in (a, b) if value_as(c, RoleValue).tense is not Tense.former)
    )
    if p.same_source:
        # One article giving two figures of one measure is a list or a timeline of
        # different things (加征25%关税的商品… 加征10%关税的商品…), unless the same holder
        # is sized twice (一家500人规模的公司 … 拥有数千名员工的组织).
        by_frame = by_context = False
    else:
        by_frame = (
            p.frames.exact
            and p.sim >= need
            and (p.cmp.closeness >= CLASH_CLOSENESS or _one_holders_count(a, b) or _transposed(a, b))
            and not (vague(a) and vague(b))
        )
        by_context = p.sim >= CONTRADICT and not (vague(a) or vague(b)) and (p.frames.exact or _same_sentence(a, b))
    if not (by_slot or by_frame or by_context or by_role):
        return None
    return Verdict(
        Relation.contradict,
        _score(p.sim, 0.8),
        f"Incompatible values for the same fact: {describe(a)} vs {describe(b)}{p.where}.",
        Reason.value,
        p.sim + 0.1,
    )


def _moved_on(a: Claim, b: Claim, sources: dict[str, Source]) -> str | None:
    """How two values of a figure that may change are two moments of it though neither text says when: a
    running count (_still_counting, _counted_on_other_days) or a first count revised (_revised)."""
    if _still_counting(a, b) or _counted_on_other_days(a, b, sources):
        return "A running count at moments not stated"
    return "A preliminary figure and a later one" if _revised(a, b, sources) else None


def _revised(a: Claim, b: Claim, sources: dict[str, Source]) -> bool:
    """One figure told as preliminary (据初步统计，2025年全市出生人口约9.5万人) in a report published before the
    other's (出生9.86万人, in the bulletin days later): a first count the later one revised, no clash."""
    pa, pb = _published(a, sources), _published(b, sources)
    if pa is None or pb is None or pa.start == pb.start:
        return False
    early, late = (a, b) if pa.start < pb.start else (b, a)
    return _preliminary(early.context) and not _preliminary(late.context)


@lru_cache(maxsize=1 << 12)
def _preliminary(context: str) -> bool:
    """Does a figure's sentence before it tell it as preliminary (据初步统计，…, 初步核实, 快报)?"""
    at = context.find(MASK)
    if at < 0:
        return False
    before = SENTENCE_END.split(context[:at])[-1]
    return bool(_PRELIMINARY.search(before))


_PRELIMINARY = re.compile(r"初步|初值|快报|预估数")


def _transposed(a: Claim, b: Claim) -> bool:
    """Two exact figures whose digits are one figure's in another order (比上年末增加7.2万人 vs 較上年增加2.7萬人): a
    misprint of one figure, however far apart the two values lie."""
    va, vb = a.value, b.value
    if not isinstance(va, IntervalValue) or not isinstance(vb, IntervalValue):
        return False
    if va.bound is not Bound.exact or vb.bound is not Bound.exact or va.low is None or vb.low is None:
        return False
    da, db = _digits(float(va.low)), _digits(float(vb.low))
    return da != db and len(da) >= 2 and sorted(da) == sorted(db)


def _digits(x: float) -> str:
    """A figure's significant digits (72000 → 72, 2.7 → 27)."""
    return f"{x:.6f}".replace(".", "").strip("0")


def _one_off(p: _Pair) -> bool:
    """Are the two dates of one event that happens once (a verdict, a death), not two measures in force?"""
    fa, fb = p.a.frame, p.b.frame
    if fa is None or fb is None:
        return False
    if not one_off_event(fa, fb):
        return _one_outbreak(p.a, p.b)
    return not _two_named_once(fa, fb, p.shared_entity, p.a, p.b)


def _one_outbreak(a: Claim, b: Claim) -> bool:
    """Two dates of the outbreak of one kind of disaster (3月16日14时许…山林发生火灾 vs 本月15日下午發生的山火), days
    apart: the story's one fire, whose day two reports give differently. A happening (发生) is no one-off in
    general, and two fires further apart than OUTBREAK_DAYS are two fires (该县去年3月也曾发生山火)."""
    if any(c.frame is None or _first_event(c) != "occurrence" for c in (a, b)):
        return False
    what = _outbreak(a.context)
    if what is None or what != _outbreak(b.context):
        return False
    va, vb = a.value, b.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue) or va.granularity != "day" != vb.granularity:
        return False
    return abs((date.fromisoformat(va.start) - date.fromisoformat(vb.start)).days) <= OUTBREAK_DAYS


# Days apart within which two reports' dates of one kind of disaster breaking out are one disaster's: a report
# misdates it by a day or two (fire probe: 3月16日 vs 本月15日); further apart they are two disasters.
OUTBREAK_DAYS = 3


@lru_cache(maxsize=1 << 12)
def _outbreak(context: str) -> str | None:
    """The kind of disaster a date's sentence tells breaking out right after it (发生火灾, 突发火情, 發生的山火, 起火),
    or None."""
    at = context.find(MASK)
    if at < 0:
        return None
    after = SENTENCE_END.split(context[at + len(MASK) :], 1)[0][:OUTBREAK_REACH]
    m = _OUTBREAK.search(after)
    return None if m is None else _OUTBREAK_KIND[m["what"]]


_OUTBREAK_KIND = {
    **dict.fromkeys(("火灾", "山火", "火情", "大火", "森林火灾", "起火", "着火", "失火"), "fire"),
    **dict.fromkeys(("爆炸", "爆燃"), "blast"),
    **dict.fromkeys(("坍塌", "垮塌", "倒塌"), "collapse"),
    "地震": "quake",
    "车祸": "crash",
    "踩踏": "crush",
}
_OUTBREAK = re.compile(
    r"(?:(?:发生|爆发|突发|燃起|引发)(?:了|的)?(?:一起|一场|一次)?[^，,。；;]{0,6}?|(?<![引])(?=起火|着火|失火))"
    r"(?P<what>森林火灾|火灾|山火|火情|大火|起火|着火|失火|爆炸|爆燃|坍塌|垮塌|倒塌|地震|车祸|踩踏)"
)
OUTBREAK_REACH = 30  # characters after a date read for what broke out (…，楚雄州武定县猫街镇一处山林发生火灾: 17)


# What a measure in force or a report is named by: its title (《生成式人工智能服务管理暂行办法》, 《…涉事老师：…》).
_TITLE = re.compile(r"《[^》]{2,40}》")
# Events that happen once only to one named thing: a measure comes into force once (自…起施行), a report is
# published once (新京报报道了一篇《…》), but a story holds many measures and many reports.
NAMED_ONCE = frozenset({"effect", "coverage"})


def _two_named_once(fa: Frame, fb: Frame, shared: bool, a: Claim, b: Claim) -> bool:
    """Two days from which something is in force, or two days of a report, and nothing says it is one thing
    (自2017年3月1日起，我公司将不再更新… vs 自2019年6月1日0时起，对…商品加征关税; 直到10日微博…停热搜为止，关于洪水的
    报道… vs 直到6月16日，新京报报道了一篇《…》: a story holds many measures and many reports, each of its own
    day; the development corpus's stories run together). One law, rule or report both name (a title, an
    entity) is of one day."""
    if not listed(fa.event) & listed(fb.event) <= NAMED_ONCE:
        return False
    return not shared and not (set(_TITLE.findall(a.context)) & set(_TITLE.findall(b.context)))


def _one_holders_count(a: Claim, b: Claim) -> bool:
    """One named holder's count of one listed thing (中国队's 奖牌 15 vs 37, 铜牌 2 vs 16): two
    outlets giving it disagree however far apart the figures; an invented or garbled figure is
    the far one."""
    fa, fb = a.frame, b.frame
    return (
        a.kind is Kind.quantity
        and fa is not None
        and fb is not None
        and fa.holder is not None
        and fa.holder == fb.holder
        and bool(listed(fa.measure) & listed(fb.measure))
    )


def _stated_change(a: Claim, b: Claim, cmp: Comparison) -> Verdict | None:
    """One sentence stating a change from one figure to the other (关税税率由10%提高到25%):
    the figure evolved, whatever else the frames say."""
    change = stated_change(a, b) if a.kind in EVOLVING_KINDS and not cmp.compatible else None
    if change is None:
        return None
    old, new = change
    return Verdict(
        Relation.evolves,
        STATED_CHANGE,
        f"Changed from {describe(old)} to {describe(new)} ({old.source} line {old.line}).",
        Reason.time,
        STATED_CHANGE,
    )


def _other_period(a: Claim, b: Claim, ta: Period | None, tb: Period | None) -> bool:
    """Two figures over periods (revenue, profit, growth) of different periods that overlap
    (a year and its first half) or differ in length (2020's revenue and 2023's first half's):
    two facts, neither a change of the other. Two periods of one length that each sentence
    states (2024's budget and 2025's) are two facts too: neither a change nor an agreement
    (_two_periods_stated)."""
    if ta is None or tb is None or (ta.start, ta.end) == (tb.start, tb.end):
        return False
    if not (_over_period(a, ta) and _over_period(b, tb)):
        return False
    overlap = ta.start <= tb.end and tb.start <= ta.end
    length_a, length_b = (ta.end - ta.start).days, (tb.end - tb.start).days
    return overlap or abs(length_a - length_b) > PERIOD_SLACK_DAYS


def _years_and_within(span: Period | None, other: Period | None) -> bool:
    """A figure its sentence dates to a span of years (2022年至2026年) and one dated to a moment or a stretch
    of at most a year inside it, not at its end (今年截至9月8日): figures of two periods, the years' and
    one part's, neither a value nor a change of the other."""
    if span is None or other is None or span.start.year == span.end.year:
        return False
    inside = span.start <= other.start and other.end < span.end
    return inside and (other.end - other.start).days <= YEAR_DAYS


def _stock_and_flow(stock: Claim, flow: Claim, ts: Period | None, tf: Period | None) -> bool:
    """A running total to a day (累计交付量达87.3万辆, 截至…累计发货达一亿台) and a count or sum over a
    span of months its sentence names (第三季度交付87071辆): what has added up since the start and what
    one period added are two facts, never one figure at two times. A year alone dates a story as
    often as it bounds a sum (2018年…共172人参加 and 共计172人参与): no span of a sum."""
    if stock.frame is None or flow.frame is None or stock.frame.scope != "cumulative" or flow.frame.scope:
        return False
    if stock.kind not in SUMMED_KINDS or flow.kind not in SUMMED_KINDS or tf is None or tf.precision is Precision.year:
        return False
    return (tf.end - tf.start).days >= MONEY_PERIOD_DAYS and (ts is None or ts.start == ts.end)


def _over_period(c: Claim, t: Period) -> bool:
    """A figure over a period: a listed flow (revenue, growth), or an amount of money its
    sentence dates to a span of months (前三季度国内生产总值913027亿元: those nine months' sum)."""
    if c.frame is None:
        return False
    return (
        is_flow(c.frame)
        or not MARGINS.isdisjoint(c.frame.measure)
        or (c.kind in SUMMED_KINDS and (t.end - t.start).days >= MONEY_PERIOD_DAYS)
    )


# An amount of money or a count dated to a span this long is that span's sum, not a stock: a month
# (27 days and more) or longer (前三季度 913027亿 and 全年 1260582亿 of GDP; 余华英's children
# trafficked 1993年至1996年期间 (11) and 1993年至2003年期间 (17): two facts each).
MONEY_PERIOD_DAYS = 27
SUMMED_KINDS = frozenset({Kind.money, Kind.quantity})


def _two_periods_stated(a: Claim, b: Claim) -> bool:
    """Figures over periods (FLOWS) each dated by its own sentence to periods that do not
    meet: one year's growth and another's are two facts, whatever their values, as a day's
    new cases and the next day's are: no year's budget is a change of the last year's
    (FIELD17 defence 2024 → 2025, FIELD19 xinfadi 27 → 31 new cases: read as false changes)."""
    return periods_apart(stated_period(a), stated_period(b))


def stated_period(c: Claim) -> frozenset[tuple[date, date]]:
    """The period a figure over a period (a year's growth, a quarter's revenue; a day's new count,
    6月23日0时至24时新增7例) is dated to by its own sentence; none for other figures."""
    if c.as_of is None or c.frame is None:
        return frozenset()
    if not is_flow(c.frame) and not (c.frame.scope == "new" and c.as_of.precision is Precision.day):
        return frozenset()
    return frozenset({(c.as_of.start, c.as_of.end)})


def periods_apart(pa: frozenset[tuple[date, date]], pb: frozenset[tuple[date, date]]) -> bool:
    """Does one group state a period that does not meet one the other states?"""
    return any(a_end < b_start or b_end < a_start for a_start, a_end in pa for b_start, b_end in pb)


def _tally_clock(c: Claim) -> tuple[int, int] | None:
    """The time of day a claim's count holds at: its own sentence's tally (截至19日8时47分),
    else the one its report stated before it (Claim.clock)."""
    return tally_clock(c.context) or parse_clock(c.clock)


def _tally(c: Claim) -> bool:
    """A date a count holds at (截至…), no happening's."""
    return c.frame is not None and "tally" in c.frame.event


def _date_clash_bar(a: Claim, b: Claim, one_off: bool) -> float:
    """The wording two dates must share to clash: some (DATE_CLASH); less for one event that happens
    once (DATE_CLASH_NAMED); none when that event is one named person's (1995年杨妞花被…拐卖 vs 1996年
    余华英拐走…杨妞花: one child's one abduction, in any words)."""
    if not (one_off and _first_event(a) == _first_event(b)):
        return DATE_CLASH
    return 0.0 if _one_holder(a, b) else DATE_CLASH_NAMED


def _two_spans(a: Claim, b: Claim) -> bool:
    """Two dates each a stretch its text bounds at both ends (1993年至1996年期间, 1993年至2003年间), not
    the same stretch: two periods (the first trial's charges, the retrial's), that overlap without
    agreeing and differ without clashing. Not a vague point (2025年底, 2024年初)."""
    va, vb = a.value, b.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue)) or (va.start, va.end) == (vb.start, vb.end):
        return False
    return bool(_SPAN_TEXT.search(a.text) and _SPAN_TEXT.search(b.text))


_SPAN_TEXT = re.compile(r".[至到—–~～\-].")  # a range's two ends in the date's own text


def _year_total(a: Claim, b: Claim) -> bool:
    """Is `a` a year's whole count (its own clause names the year and counts to no moment: 2024年全美仅通报⟨285例⟩,
    2019年全美确诊麻疹病例超⟨1274例⟩, held at the year's end) and `b` a count of another year? A year's count
    and a later year's are two counts, not one changing."""
    ta, tb = a.as_of, b.as_of
    if ta is None or tb is None or (ta.start.month, ta.start.day) != (12, 31) or ta.start != ta.end:
        return False
    clause = _CLAUSE.split(a.context[: max(a.context.find(MASK), 0)])[-1]
    if not _NAMES_A_YEAR.search(clause) or TALLY_AT.search(clause):
        return False
    return not (tb.start.year <= ta.start.year <= tb.end.year)


_NAMES_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s*年(?!\s*[0-9一二三四五六七八九十]+\s*月)|去年|今年|前年")


def _one_breakdown(a: Claim, b: Claim) -> bool:
    """Two figures of different places, each labelled by its place in a list that gives the other's place a
    figure too: items of one breakdown by place (湖北11例,广东7例,…上海7例: 广东's 7 and 上海's 7), never one fact however equal.
    Not where either item's own words name the other's place (登封市⟨12人⟩ vs 登封遇难⟨12人⟩ in a sentence
    the tagger gave 荥阳: one item), nor where a place is named without a figure (美国…对中国输美商品)."""
    if a.kind is Kind.date:
        return False  # 9月6日21时 of a bulletin that breaks its toll down: one moment, whichever place is told
    pa, pb = (set(c.frame.place) if c.frame else set() for c in (a, b))
    la, lb = (_ITEM.split(c.context[: max(c.context.find(MASK), 0)])[-1] for c in (a, b))
    if any(p in lb for p in pa) or any(p in la for p in pb):
        return False
    if not (any(p in la for p in pa) and any(p in lb for p in pb)):
        return False  # a figure not labelled by its place (疑似病例累计⟨54例⟩(湖北11例,…)): the whole, no item
    return all(
        any(re.search(re.escape(p) + _ITEM_FIGURE, c.context) for p in others - own)
        for c, own, others in ((a, pa, pb), (b, pb, pa))
    )


_ITEM = re.compile(r"[,，;；。!！?？:：、（(]")  # where a list's item starts
# A place's figure in a list: a few characters (市, 遇难, 省累计) and then its numeral (广东7例, 荥阳市58人).
_ITEM_FIGURE = r"[^，,。；;、：:（）()\s]{0,4}?[0-9０-９一二两三四五六七八九十]"


def _holders_conflict(a: Claim, b: Claim) -> bool:
    return a.frame is not None and b.frame is not None and holders_conflict(a.frame, b.frame)


def _part_and_whole(a: Claim, b: Claim) -> bool:
    """One figure a part (其中…) of a whole, the other not: different values say nothing
    against each other, in one article or across two."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.part == fb.part:
        return False
    # 其中10人犯强奸罪 vs 9人被判强奸罪: both name the part they count (a crime's convicted, 男性人口, the
    # women's golds), with or without 其中 (tang_lanlan_2018)
    if any(":" in k and not k.startswith("~") and k in fb.measure for k in fa.measure):
        return False
    # 其中重症病例5例 vs 重症個案已增至7宗: both count a kind that is always a part (the severe, the critical)
    return PART_KINDS.isdisjoint(set(fa.predicate) & set(fb.predicate))


# Kinds of a count that are always a part of a larger one (the severe of the cases, the seriously injured of the
# injured): two counts of one such kind count one part, whether or not one says 其中 (dengue probe: 5 → 7 severe).
PART_KINDS = frozenset({"severe", "critical", "seriously_injured", "slightly_injured"})


def _stated(c: Claim, sources: dict[str, Source]) -> bool:
    """A date the text states (a day, month or year named, or counted from one it named:
    一年后; a month and day whose year is the publication's: 2月6日晚), not inferred from the
    publication (三年前, 今天) or from nothing (当天)."""
    rel = value_as(c, DateValue).relative
    if rel is False:
        return True
    src = sources.get(c.source)
    told = {src.published, src.reference} if src else set()
    return bool(_DATE_NAMED.search(c.text)) and (rel.reference not in told or bool(_MONTH_DAY.search(c.text)))


def _two_events(a: Claim, b: Claim) -> bool:
    """Both dates name what happened (a listed event or a verb), and the listed one differs."""
    ea, eb = (c.frame.event if c.frame else () for c in (a, b))
    return bool(ea and eb) and _first_event(a) != _first_event(b)


def _first_event(c: Claim) -> str | None:
    """The listed event nearest a date (its frame lists events nearest first)."""
    events = [e for e in (c.frame.event if c.frame else ()) if not e.startswith("~")]
    return events[0] if events else None


def vague(c: Claim) -> bool:
    """A span rather than a figure: 几年 (2–9 years), 几周内, 数千 — wide intervals."""
    v = c.value
    if not isinstance(v, IntervalValue) or v.bound not in (Bound.about, Bound.range):
        return False
    if v.high is None:
        return False
    low = v.low or 0
    return v.high >= 2.5 * max(low, 1e-9) and (v.bound is not Bound.range or low >= 2 and v.high / low >= 4)


def _coarse(c: Claim) -> bool:
    """A value many events share: a bare year (or decade), or first place."""
    v = c.value
    if isinstance(v, DateValue):
        return v.granularity.value in ("year", "decade")
    return isinstance(v, RankValue) and v.high == 1


def _same_sentence(a: Claim, b: Claim) -> bool:
    """One sentence in both (reprinted, lightly edited), the figure masked."""
    return fuzz.ratio(a.context, b.context) >= SAME_SENTENCE


def _other_finishers(a: Claim, b: Claim) -> bool:
    """Each figure's own clause names a different place of a contest's finish (冠军可获得⟨52.1万美元⟩奖金 vs
    亚军奖金为⟨30.5万美元⟩; 第一名…, 第三名…): the figures of two finishers, two facts."""
    fa, fb = _finisher(a.context), _finisher(b.context)
    return fa is not None and fb is not None and fa != fb


@lru_cache(maxsize=1 << 12)
def _finisher(context: str) -> int | None:
    """The place of a finish a figure's clause names last before it (冠军, 亚军, 第2名, 银牌得主)."""
    at = context.find(MASK)
    if at < 0:
        return None
    found = list(_FINISHER.finditer(_CLAUSE.split(context[:at])[-1]))
    return _FINISH_PLACE[found[-1]["n"] or found[-1]["medal"] or found[-1]["title"]] if found else None


_FINISHER = re.compile(r"(?P<title>冠军|亚军|季军|殿军)|第(?P<n>[一二三四1-4])名|(?P<medal>[金银铜])牌得主")
_FINISH_PLACE = dict(
    zip("冠军 亚军 季军 殿军 一 二 三 四 1 2 3 4 金 银 铜".split(), (1, 2, 3, 4) * 3 + (1, 2, 3), strict=True)
)


def _other_slot_of_reprint(a: Claim, b: Claim) -> bool:
    """The two claims stand in one sentence printed twice (a lede repeated, a reprint, one
    copy cut short or given a dateline), at different places in it (10% … 上调至25%).
    The places are compared first: they are cheap, and most pairs share one side."""
    if _before_mask(a) == _before_mask(b) or _after_mask(a) == _after_mask(b):
        return False
    shorter, longer = sorted((a.context, b.context), key=len)
    if len(shorter) < 0.5 * len(longer):
        return False
    if fuzz.partial_ratio(shorter, longer) < REPRINT:
        # Each figure masked in both (从不到4%上升到⟨#⟩ vs 从⟨#⟩上升到28%): the same words?
        ca, cb = a.context.replace(_fold(b.text), MASK, 1), b.context.replace(_fold(a.text), MASK, 1)
        if fuzz.ratio(ca, cb) < REPRINT:
            return False
    return True


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    return fold(text)


def _before_mask(c: Claim) -> str:
    return _beside_mask(c.context)[0]


def _after_mask(c: Claim) -> str:
    return _beside_mask(c.context)[1]


@lru_cache(maxsize=1 << 16)
def _beside_mask(context: str, width: int = SLOT) -> tuple[str, str]:
    """The `width` characters before and after the figure."""
    i = context.find(MASK)
    j = i + len(MASK)
    return context[max(0, i - width) : i], context[j : j + width]


def _counted(p: _Pair) -> bool:
    """A count, sum or share of one listed measure, large enough to be a measurement, or
    one person's spell of one listed thing: its wording may differ across outlets. Other
    spans of time and small counts (两个, 3年) are said of many things and need their
    wording to agree too."""
    if p.a.kind in (Kind.duration, Kind.age):
        return p.frames.listed_same and _one_person(p.a, p.b)  # 李洪元入职12年 vs 在华为工作13年的员工——李洪元
    return (
        p.frames.listed_same
        and p.a.kind in (Kind.quantity, Kind.money, Kind.percent)
        and not (_small_count(p.a) or _small_count(p.b))
    )


def _whose(c: Claim) -> str | None:
    """Whom a personal figure belongs to: its subject, or for an age the person named
    before it (缪可馨死了，十岁)."""
    if c.subject:
        return c.subject
    return c.frame.holder if c.kind is Kind.age and c.frame else None


def _one_person(a: Claim, b: Claim) -> bool:
    """Both sentences name the person one of them is about (its subject or holder), or
    both frames hold one person's figure (缪可馨, 缪缪)."""
    ha, hb = (c.frame.holder if c.frame else None for c in (a, b))
    if ha and hb and one_person(ha, hb):
        return True
    for x, y in ((a, b), (b, a)):
        people = {n for n in (x.subject, x.frame.holder if x.frame else None) if n}
        if any(n in y.context for n in people):
            return True
    return False


def _one_holder(a: Claim, b: Claim) -> bool:
    """Both frames hold one named person's figure."""
    ha, hb = (c.frame.holder if c.frame else None for c in (a, b))
    return bool(ha and hb and one_person(ha, hb))


GENERIC_EVENTS = frozenset({"occurrence"})  # 发生, 出现: something happened, not what


def one_named_event(a: Claim, b: Claim) -> bool:
    """Both dates name one listed event, other than that something happened."""
    ea, eb = (listed(c.frame.event) - GENERIC_EVENTS if c.frame else frozenset() for c in (a, b))
    return bool(ea & eb)


def _anaphoric(c: Claim) -> bool:
    """当天, 事发当天, 次日: a day read off another date, its clock time aside (当天下午3点14分 is a time);
    a month or a year reckoned as an offset from another date (两个月之后, 三年前, 次年3月): arithmetic from a
    day the text told or the source's own, which names no happening of its own. A day reckoned so (四天前的中午,
    五天前的4号) is one day, as a stated one is."""
    v = value_as(c, DateValue)
    rel = v.relative
    if rel is False:
        return False
    if ANAPHORIC_DAY.fullmatch(rel.expr):
        return not v.time
    # (the date grammar's own offsets, claims.values.date_grammar.REL_OFFSET, read these dates)
    reckoned = REL_OFFSET.search(rel.expr) is not None or rel.expr.startswith(_YEAR_AFTER)
    return reckoned and v.granularity is not Granularity.day


_YEAR_AFTER = ("次年", "翌年", "第二年", "隔年")  # 次年3月: a month of the year after the one told before


def _a_month(c: Claim) -> bool:
    """A date that names a month or a span of days up to one (今年1月, 1月中旬), no single day and no year."""
    v = value_as(c, DateValue)
    return 0 < (date.fromisoformat(v.end) - date.fromisoformat(v.start)).days <= MONTH_DAYS


MONTH_DAYS = 31


def _relative_year(c: Claim) -> bool:
    """A year told from the source's own (去年, 今年, 前年): the period of a figure its clause gives, not a year
    that dates a happening by name."""
    v = value_as(c, DateValue)
    return bool(v.relative) and v.granularity is Granularity.year


def _coarser_than_a_day(a: Claim, b: Claim) -> bool:
    va, vb = value_as(a, DateValue), value_as(b, DateValue)
    return va.start != va.end or vb.start != vb.end


def _clock(v: DateValue) -> bool:
    """A date with a time of day to the hour or finer (7点多, 15:14), not a part of the day (下午)."""
    if not v.time:
        return False
    first, last = minutes(v.time)
    return last - first <= CLOCK_SPAN


def _same_day(a: Claim, b: Claim) -> bool:
    """Both are dates of one day, each with its day stated (not 当天, 今天)."""
    v = a.value
    return isinstance(v, DateValue) and v.granularity.value == "day" and stated_day(a) and stated_day(b)


def stated_day(c: Claim) -> bool:
    """A date whose text names its day (`6月4日`, `4号`), not one inferred from another
    date or from publication (`当天`, `次日`, `今天`)."""
    return bool(_DAY_NAMED.search(c.text))


_DATE_NAMED = re.compile(r"[0-9０-９零〇一二两三四五六七八九十]\s*[年月日号號]")  # 当天, 今天 name nothing
_DAY_NAMED = re.compile(r"[0-9０-９零〇一二两三四五六七八九十廿卅]\s*[日号號]")
# a month and day, the month by number or as the report's own or the one before (本月15日下午發生的山火)
_MONTH_DAY = re.compile(
    r"(?:[0-9０-９一二三四五六七八九十]\s*|[本上])月\s*[0-9０-９一二三四五六七八九十廿卅]+\s*[日号號]"
)


def _precise(c: Claim) -> bool:
    """An exact figure with PRECISE_DIGITS significant digits or more (304742.98, 392700),
    or a span in years and months (8年8个月)."""
    v = c.value
    if not isinstance(v, IntervalValue) or c.kind is Kind.age or v.bound is not Bound.exact or v.low is None:
        return False
    if isinstance(v, DurationValue) and v.unit is TimeUnit.month and v.low > 12 and v.low % 12:
        return True
    digits = f"{abs(v.low):.6f}".replace(".", "").strip("0")
    return len(digits) >= PRECISE_DIGITS


def _described(a: Claim, b: Claim) -> tuple[str, str]:
    """Both values as an agreement tells them; a day told without its year beside one with it is read as
    that day (11月30日 ~ 2022年11月30日: not 2024-11-30 beside 2022-11-30)."""
    va, vb = describe(a), describe(b)
    da, db = a.value, b.value
    if isinstance(da, DateValue) and isinstance(db, DateValue) and da.start[:4] != db.start[:4]:
        if year_guessed(da) and not year_guessed(db):
            va = f"{da.relative.expr} (no year named)" if da.relative else va
        elif year_guessed(db) and not year_guessed(da):
            vb = f"{db.relative.expr} (no year named)" if db.relative else vb
    return va, vb


def _bare_part(part: Claim, other: Claim) -> bool:
    """A part of a whole (其中2人为泰国人) that names no measure and no happening of its own, and a figure
    that is no part and names a listed one (2名机组人员生还): what the part counts is unknown."""
    fp, fo = part.frame, other.frame
    if fp is None or fo is None or not fp.part or fo.part or fp.measure or fp.predicate:
        return False
    return bool(listed((*fo.measure, *fo.predicate)))


def _floor_and_count(p: _Pair) -> bool:
    """A running toll's floor or ceiling in one report and another report's count: neither confirms
    the other (one report's 超过700人 and 732人 tell one moment, and agree)."""
    return not p.same_source and _open_bound(p.a, p.b) and p.a.frame is not None and is_running(p.a.frame)


def _open_bound(a: Claim, b: Claim) -> bool:
    """Either figure a floor or a ceiling (至少55人, 超过90人, 不到100人), open on one side (30多位 is 30 to 40)."""
    return any(
        isinstance(v := c.value, IntervalValue) and v.bound in _OPEN_BOUNDS and (v.low is None or v.high is None)
        for c in (a, b)
    )


_OPEN_BOUNDS = frozenset({Bound.over, Bound.under, Bound.at_least, Bound.at_most})
_FLOORS = frozenset({Bound.over, Bound.at_least})


def _two_floors(a: Claim, b: Claim) -> bool:
    """Both figures floors of a count (至少240人, 超过260人), at different figures: two reports' moments of a
    running toll, each saying how far it had got."""
    va, vb = a.value, b.value
    return (
        isinstance(va, IntervalValue)
        and isinstance(vb, IntervalValue)
        and va.bound in _FLOORS
        and vb.bound in _FLOORS
        and va.high is None
        and vb.high is None
        and va.low != vb.low
    )


def _holds_without_stating(p: _Pair) -> bool:
    """Does one side hold the other's figure without stating it: a wide span against a figure (both spans and
    one span: the same words, or no agreement), or an open bound against a figure of no measure and happening both
    name alike (同时住宿的学生不到10人 vs 仅有7名学生到校: students, but not the same ones)?"""
    wa, wb = _wide(p.a), _wide(p.b)
    if wa != wb:
        return True
    if p.cmp.same_base:
        return False
    return wa or (not p.frames.exact and (_open(p.a) or _open(p.b)))


def _wide(c: Claim) -> bool:
    """A span told by its ends that holds many figures: 3-10年, 5至15年 (its top over WIDE_RANGE times
    its bottom), 三年以上十年以下 (a statute's span, told as two bounds)."""
    v = c.value
    if not isinstance(v, IntervalValue):
        return False
    if v.bound is Bound.range:
        return v.low is not None and v.low > 0 and v.high is not None and v.high > WIDE_RANGE * v.low
    if v.bound in (Bound.under, Bound.at_most):
        return _before_mask(c).endswith("以上")
    if v.bound in (Bound.over, Bound.at_least):
        return bool(_CAP_AFTER.match(c.context, c.context.find(MASK) + len(MASK)))
    return False


_CAP_AFTER = re.compile(
    r"\s*[0-9０-９零〇一二两三四五六七八九十百千万.]+[^，。；,;0-9]{0,3}?以下"
)  # 三年以上⟨十年以下⟩


def _open(c: Claim) -> bool:
    """A bound open on one side (十年以下, 不到一个小时, 超过10万): it holds every figure on that side."""
    v = c.value  # (read after _wide, which takes a statute's two bounds)
    if not isinstance(v, IntervalValue):
        return False
    if v.bound in (Bound.under, Bound.at_most):
        return not v.low
    return v.bound in (Bound.over, Bound.at_least) and v.high is None


def _small_count(c: Claim) -> bool:
    v = c.value
    return isinstance(v, QuantityValue) and v.high is not None and v.high < 10 and len(v.unit) <= 1


# What a toll's cause did right before its figure (目前造成⟨两人⟩死亡, 已致⟨1人⟩受伤): the count of a toll,
# where 两人均已死亡 refers to two people already named.
_CAUSED = re.compile(r"(?:造成|导致|致使|致)(?:了|共|共计)?" + re.escape(MASK))


def _measured_toll(c: Claim) -> bool:
    """A running count its report dates (截至1月12日24时，…死亡1例) or its cause tells (目前造成两人死亡):
    a measured figure, however small."""
    if c.frame is None or not is_running(c.frame) or not listed(c.frame.predicate):
        return False
    return c.as_of is not None or _CAUSED.search(c.context) is not None


def _tiny(c: Claim) -> bool:
    v = c.value
    return isinstance(v, QuantityValue) and v.high is not None and v.high < TINY


def _score(sim: float, weight: float) -> float:
    return round(min(1.0, max(0.0, 0.35 + 0.65 * sim) * weight + (1 - weight) * 0.5), 4)


def _where(a: Claim, b: Claim) -> str:
    if a.source == b.source:
        return f" (both in {a.source}, lines {a.line} and {b.line})"
    return f" ({a.source} line {a.line} vs {b.source} line {b.line})"


def _entity_overlap(a: Claim, b: Claim) -> tuple[bool, bool]:
    """(both sentences name a common entity, both name any)."""
    return bool(set(a.entities) & set(b.entities)), bool(a.entities and b.entities)


@lru_cache(maxsize=1 << 16)
def _holder(context: str) -> str | None:
    """What the figure counts the size of, read from the nearest holder word on either
    side within its clause: `团队规模大概#` → team, `#规模的公司` → org."""
    i = context.find(MASK)
    if i < 0:
        return None
    before = _CLAUSE.split(context[max(0, i - HOLDER_REACH) : i])[-1]
    after = _CLAUSE.split(context[i + len(MASK) : i + len(MASK) + HOLDER_REACH])[0]
    best: tuple[int, str] | None = None
    for name, pattern in _HOLDERS:
        for m in pattern.finditer(before):
            d = len(before) - m.end()
            best = min(best, (d, name)) if best else (d, name)
        first = pattern.search(after)
        if first:
            best = min(best, (first.start(), name)) if best else (first.start(), name)
    return best[1] if best else None


def _slot(c: Claim) -> str | None:
    """What a figure measures, when the text says: a holder (`公司` → org, `团队` → team),
    or a unit that names its own metric (users)."""
    if not isinstance(c.value, QuantityValue):
        return None
    unit = unit_class(c.value.unit)[0]
    holder = _holder(c.context) if unit.startswith("people") else None  # a headcount: 一家500人规模的公司
    if holder:
        return holder
    return unit if unit in SELF_NAMING_UNITS else None


def _says_now(c: Claim) -> bool:
    """The figure's own clause speaks of now (目前已有300人): `在被关押九个多月后，…重获自由，
    目前两人正在申请国家赔偿` tells of now in another clause, not of the spell."""
    return _now_in(c.context)


@lru_cache(maxsize=1 << 16)
def _now_in(context: str) -> bool:
    i = context.find(MASK)
    if i < 0:
        return bool(_NOW.search(context))
    before = _CLAUSE.split(context[:i])[-1]
    after = _CLAUSE.split(context[i + len(MASK) :])[0]
    return bool(_NOW.search(before) or _NOW.search(after))


def _is_now(a: Claim, b: Claim) -> bool:
    """The undated claim speaks of now (目前, 现在, 已经): it holds at publication, not at the
    other claim's stated time. A now-word beside a stated date says nothing of the other."""
    return any(_says_now(c) for c in (a, b) if not c.as_of) or _once_and_dated(a, b)


def _once_and_dated(a: Claim, b: Claim) -> bool:
    """One figure a peak at some time (总市值一度高达291亿元), the other dated (2015年…市值为55亿元):
    two times of one measure."""
    return any(_says_once(x) and not x.as_of and y.as_of is not None for x, y in ((a, b), (b, a)))


def _says_once(c: Claim) -> bool:
    i = c.context.find(MASK)
    return i >= 0 and bool(_ONCE.search(_CLAUSE.split(c.context[:i])[-1]))


def claim_time(c: Claim, sources: dict[str, Source]) -> Period | None:
    """The time a claim describes: the time its sentence states, else, for a statement
    about now (目前, 现在, 截至), its source's publication date. A figure told without a
    time in a story about the past holds for that past, not for the publication day."""
    if c.as_of:
        return c.as_of
    src = sources.get(c.source)
    if src and src.published and _says_now(c):
        return _period(src.published)
    return None


@lru_cache(maxsize=1 << 12)
def _period(text: str) -> Period | None:
    return Period.parse(text)


# A figure its sentence tells of the first day of a run (该片首日…观影人次约1320万; 回看首日，该片观影人次达1230万):
# that day's, whenever the report came out; two such figures are of one day. Not a first day a figure is compared
# with (惟今日第二個交易日…較首日收市價跌9.1%，市值約206億元: the second day's, against the first's close).
_FIRST_DAY = re.compile(r"(?<![较比])(?:首日|首映日|首个交易日|开幕当天|首个比赛日)")


def _first_days(a: Claim, b: Claim) -> bool:
    return all(_FIRST_DAY.search(c.context, 0, max(0, c.context.find(MASK))) for c in (a, b))


def _time_relation(a: Claim, b: Claim, ta: Period | None, tb: Period | None, sources: dict[str, Source]) -> str:
    if (a.source == b.source and a.as_of == b.as_of) or _first_days(a, b):
        return "same"
    if _totals_to_other_days(a, b, ta, tb):
        return "different"
    if ta is None or tb is None or (ta.start <= tb.end and tb.start <= ta.end):
        ca, cb = _tally_clock(a), _tally_clock(b)
        if ca and cb and (ca[1] < cb[0] or cb[1] < ca[0]):
            # 截至19日4时 86人 vs 截至19日8时47分 105人: two moments of one day, or of days
            # one report does not name (截至11时 11人 vs 截至下午2点多 12人)
            return "different"
        if bool(ca) != bool(cb) and a.frame and b.frame and _grows(a.frame if ca else b.frame):
            # 截至2日14时 48人死亡 vs 2日's headline 36人死亡: a toll grows within a day; so does a total
            # said to accumulate (截至昨日下午6时，票房累计达80.03亿元 vs the day's 80.16亿元)
            return "unknown"
    if ta is None and tb is None:
        return "same"  # nothing says they differ
    if ta is None or tb is None:
        (undated, dated), when = ((a, b), tb) if ta is None else ((b, a), ta)
        return "same" if when is not None and _reported_that_day(undated, dated, when, sources) else "unknown"
    # Publication dates a few weeks apart still report the same moment.
    slack = 45 if not (a.as_of or b.as_of) else 0
    overlap = ta.start.toordinal() <= tb.end.toordinal() + slack and tb.start.toordinal() <= ta.end.toordinal() + slack
    return "same" if overlap else "different"


# Days a report may come out after the day it reports (a result announced at night is printed the next day).
REPORTED_WITHIN_DAYS = 1


def _reported_that_day(undated: Claim, dated: Claim, when: Period, sources: dict[str, Source]) -> bool:
    """A figure told without a time, in a report published on the day the other figure is dated
    or the day after: that day's figure (3月1日晚揭晓，全国投票率为71.86% vs a 3-01 report's
    全国总投票率约在69%: one election's turnout, told twice). A report of another day may tell another
    time's figure (a retrospective, a later count), and so may a report of the same day where the
    other is a count up to a moment (截至5月1日15时，共20辆车陷落 vs the next day's 23辆: a count that went on)."""
    src = sources.get(undated.source)
    published = _period(src.published) if src and src.published else None
    if published is None or when.precision is not Precision.day or published.precision is not Precision.day:
        return False
    if TALLY_AT.search(dated.context, 0, max(dated.context.find(MASK), 0)):
        return False
    return 0 <= published.start.toordinal() - when.end.toordinal() <= REPORTED_WITHIN_DAYS


# What a figure measures that never changes once it happened (a quake's magnitude): two times are two events.
FIXED_MEASURES = frozenset({"magnitude", "magnitude:余震", "focal_depth"})


def _fixed(a: Claim, b: Claim) -> bool:
    return any(c.frame is not None and not FIXED_MEASURES.isdisjoint(c.frame.measure) for c in (a, b))


def _still_counting(a: Claim, b: Claim) -> bool:
    """Two counts of a tally that grows at moments the sources do not name: one of them
    without a time, and one told so far (_so_far) or up to a moment (TALLY_AT: 截至24日3时); or both on
    one day, not both at an hour, one of them told so far (截至目前 in two reports of one day:
    the day they were published, not the moment each counted to; 截至目前95人 vs 截至19时126人)."""
    if a.source == b.source or a.frame is None or b.frame is None or not (_grows(a.frame) and _grows(b.frame)):
        return False  # one article's two counts are of its one now: a list or a timeline it tells
    ta, tb = a.as_of, b.as_of
    if ta is None or tb is None:
        return any(
            _so_far(c.context)
            or TALLY_AT.search(c.context, 0, c.context.find(MASK))
            or (c.as_of is None and _STANDS.search(c.context, 0, c.context.find(MASK)))
            for c in (a, b)
        )
    one_day = ta == tb and ta.precision is Precision.day and (_tally_clock(a) is None or _tally_clock(b) is None)
    return one_day and any(_so_far(c.context) for c in (a, b))


def _counted_on_other_days(a: Claim, b: Claim, sources: dict[str, Source]) -> bool:
    """Two counts of a growing tally, neither dated by its text, in reports published on
    different days of one story (美国队以20金位居金牌榜第二位 on 8月1日, 美国代表团以39枚金牌…位居榜首 on
    8月9日): each as its report stood, a change, no clash. Reports further apart than
    COUNTED_DAYS_APART may tell one settled count differently: a clash stays a clash. One of them dated
    (东京的病例最多，达145人 in a report of 6月11日 vs 截至6月18日…150例 in one of 6月18日): the undated one as
    its report stood, on another day than the dated one's."""
    if (a.as_of is not None and b.as_of is not None) or a.frame is None or b.frame is None:
        return False
    if not (_grows(a.frame) and _grows(b.frame)) and not (_daily_mean(a) and _daily_mean(b)):
        return False
    sa, sb = (sources.get(c.source) for c in (a, b))
    pa = _period(sa.published) if sa and sa.published else None
    pb = _period(sb.published) if sb and sb.published else None
    if pa is None or pb is None or pa.start == pb.start:
        return False
    if a.as_of is not None or b.as_of is not None:
        dated, undated_day = (a.as_of, pb.start) if a.as_of is not None else (b.as_of, pa.start)
        if dated is None or dated.precision is not Precision.day or dated.start == undated_day:
            return False  # a count dated to the undated report's own day may be the same count: no change told
        if abs((dated.start - undated_day).days) > COUNTED_DAYS_APART or a.frame.holder != b.frame.holder:
            return False  # another time's count (2012年伦敦奥运会…91枚), or one told of someone the other is not
    return abs((pa.start - pb.start).days) <= COUNTED_DAYS_APART  # a month-only date reads its first day


# A story's running coverage: a medal table over a Games (16 days), a toll over a disaster's weeks.
# Measured on AUDIT20's p1e (8月1日 vs 8月9日) and FIELD16 hongfuyuan (11月26日 to 12月20日).
COUNTED_DAYS_APART = 31


@lru_cache(maxsize=1 << 14)
def _so_far(context: str) -> bool:
    """The figure's own clause, the one before it or the one after it tells a count as it
    stands so far (目前已造成⟨#⟩死亡; ⟨#⟩，暂列金牌榜第一), or the sentence opened so (截至目前，…);
    not a clause further off (在仅有⟨#⟩人家的大旺村，10个涉案家庭申诉了10年，至今未…: the wait,
    not the village's households)."""
    i = context.find(MASK)
    if i < 0:
        return False
    before = _CLAUSE.split(context[:i])[-2:]
    after = _CLAUSE.split(context[i + len(MASK) :])[:2]
    return bool(_SO_FAR_OPENING.search(context, 0, i)) or any(_SO_FAR.search(part) for part in (*before, *after))


def _totals_to_other_days(a: Claim, b: Claim, ta: Period | None, tb: Period | None) -> bool:
    """Two totals so far (累计), or daily means (日均), over days that end on different days: 截至5月3日…累计发送旅客
    6300万人次 and 5月1日至5日，…累计发送旅客1.02亿人次 overlap, but the first stops two days short: two moments of one
    running total."""
    if ta is None or tb is None or ta.end == tb.end or Precision.day not in (ta.precision, tb.precision):
        return False
    if max((ta.end - ta.start).days, (tb.end - tb.start).days) > TOTAL_SPAN_DAYS:
        return False  # a month or a year holds any day of it: 2023年 vs 截至2023年5月3日 is no such pair
    return all(c.frame is not None and (c.frame.scope == "cumulative" or _daily_mean(c)) for c in (a, b))


TOTAL_SPAN_DAYS = 31  # the longest stretch of days (a holiday, a month's bulletins) read as one total's days


def _daily_mean(c: Claim) -> bool:
    """A day's mean over the days so far (假期前三天…日均2.97亿人次, then 假期5天…日均2.92亿人次): it moves as days
    are added, as a running count does."""
    at = c.context.find(MASK)
    return at >= 0 and "日均" in _CLAUSE.split(c.context[:at])[-1]


def _grows(f: Frame) -> bool:
    """A tally at a stated hour that may have grown by another hour of its day: a running
    count, or a total said to accumulate (累计)."""
    return is_running(f) or f.scope == "cumulative"


def _t(p: Period | None, c: Claim | None = None) -> str:
    """A claim's time as an explanation writes it: its day, and the clock its count holds at (截至22日18时)."""
    if p is None:
        return "date unknown"
    clock = tally_clock_text(c) if c is not None else None
    return f"{p.simplest()} {clock}" if clock else str(p.simplest())


def tally_clock_text(c: Claim) -> str | None:
    """The time of day a count holds at, as written ("18:00", "14:00/14:59"), when its report says."""
    return None if isinstance(c.value, DateValue) else clock_text(_tally_clock(c))
