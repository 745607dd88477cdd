"""Frames: what a figure measures, where, with what scope, and what event a date dates.

A claim's value alone cannot say whether two articles report the same fact: `12人死亡`
and `3人受伤` share a counter, `4月2日…立案` and `9月20日…开庭` share a timeline. A
careful reader looks at the words governing the figure. `frame_of` reads them from the
claim's masked context (normalised, simplified script, the claim itself as ⟨#⟩):

- `measure`: the measures named right after the figure (`39人死亡失踪`, `148条河流`) or
  right before it (`直接经济损失达⟨#⟩`, `注册资金⟨#⟩`), as canonical keys from
  `measures.tsv`; a word the lexicon lacks becomes its own key, marked `~` (`~罢工`), so
  unseen measures still separate.
- `scope`: `new` (新增) or `cumulative` (累计) for running figures.
- `place`: the place names the sentence gives before the figure (`贵州`, `全国`).
- `part`: the figure is a part of a whole said before it (`其中10条`).
- `event`: for dates, the trigger of the date's clause (`判决`, `开庭`, `报案`).

The words come from `claims/frames/*.tsv` (see lexicon.py); the segmenter is jieba's
dictionary and route (offline, deterministic) run by rjieba, only on the few characters
around each figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

from opencc import OpenCC

from claims.frames.lexicon import Hit, events, measures, predicates, scopes
from claims.frames.names import KIN, aged, anonymous_name, first_name, holder, runs_into_name, sentenced
from claims.frames.rows import ROW_NAME, opens_on
from claims.model import MASK, Claim, Frame
from claims.text.gate import gated
from claims.text.hanzi import HAN_CLASS
from claims.text.normalise import fold
from claims.values.times import TALLY_BEFORE, find_times

# A comma between a digit and three more is a thousands separator (经营盈利为人民币1,919亿元), no clause break.
CLAUSE = gated(r"[，；;。！!？?：:、\n]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))")
# A measure that names its own happening: a tariff (关税税率由10%提高到25%) is levied.
IMPLIED = {"tariff": "levy"}
# The medal columns of a Games' table (measures.tsv): a running tally; a squad's or a sport's
# medals are a part of them.
MEDALS = frozenset({"golds", "silvers", "bronzes", "medals"})
# Medals a Games' events award (共产生金牌482枚, 滑板产生4枚金牌, 决出5枚金牌): no team's tally (medals:awarded).
_AWARDED = re.compile(r"产生|决出|诞生|颁发|颁出")
# A vote's counts (measures.tsv): each is of the person voted on (_voted_on).
VOTES = frozenset({"votes", "votes_for", "votes_against", "votes_abstain", "vote_share"})
# Tallies a disaster or an epidemic report updates as it goes (deaths, the missing, people
# affected, houses down, crops lost, the bill), a Games' medal table and an election's count: a running report's
# figure holds at the time the report says its tallies hold (截至…), even paragraphs later.
RUNNING = frozenset(
    {
        "deaths",
        "casualties",
        "missing",
        "dead_or_missing",
        "injured",
        # the injured's parts grow with them (重伤39人 截至8日12时, later 重伤70人)
        *("seriously_injured", "slightly_injured"),
        "poisoned",
        "infected",
        "asymptomatic",
        "confirmed",
        "cases",
        "local_cases",
        "imported_cases",
        "suspected",
        "cured",
        "affected",
        "evacuated",
        "trapped",
        "rescued",
        "pulled_out",
        "collapsed",
        "damaged",
        "crop_failure",
        "crop_damage",
        "crops",
        "houses",
        "households",
        "economic_loss",
        *VOTES,  # a count of a vote and of its sides as it goes on
        "seats",  # an election night's seat count (工党迄今已赢得337个席位, later 412席)
        "aftershocks",
        *MEDALS,
    }
)
_CASES_ARE = ("confirmed", "infected")  # what cases told with no other word may be called (predicates.tsv)
# Streaks (claims.extractors.numbers: 27连胜, 5连败): a count of wins or falls in a row.
STREAKS = frozenset({"连胜", "连败", "连负", "连冠", "连涨", "连跌"})
# Figures a squad's name does not part from its team's (claims.frames.team_part): a race time or an age is
# one athlete's own (在男子100米自由泳决赛中，王浩宇以⟨47秒21⟩夺冠 is no share of the men's squad).
_OWN_LENGTHS = frozenset({"duration", "age"})
REACH = 10  # characters of a clause either side of the figure that may name its measure
JOINED_REACH = 10  # more after a figure joined to it, for the verb both share (6支救援队共200多人抵达现场)
# A listed measure word ending right before a figure may start this far back (归属于上市公司股东的净利润).
WORD_REACH = 20
NEAR = 4  # a listed measure word must start (after the figure) or end (before it) this close
# Characters of a cause told between a figure and its verb, up to its 原因 (因为头晕、呕吐、喉咙痛等原因: 12).
CAUSE_REACH = 20
EVENT_REACH = 30  # characters after a date in its sentence that may hold its event
PLACE_REACH = 60  # characters of a sentence before a figure searched for the places that scope it
# Words between a figure and what it measures: particles, qualifiers, copulas.
_SKIP_RIGHT = re.compile(
    r"^(?:的|之|多|余(?!震)|左右|以上|上下|开外|来|人次|了|已经|已|都|均|共|还|也|又|先后|陆续|成了|成为|是|为|系| "
    # how they came to it, before what happened (3人经抢救无效死亡, 2人因伤势过重死亡): the outcome counts
    r"|经(?:医院)?抢救无效|抢救无效|因伤势过重|因伤重)+"
)
_SKIP_LEFT = re.compile(
    r"(?:达到|达|高达|为|是|有|共有|共|约|大约|大概|超过|超|突破|逾|近|将近|接近|仅|仅有|只有|至少|多达|总共|一共|"
    r"已经|已|了|的|造成|导致|致|使|让|给|在|等|还有|另有|又有|计|合计|累计|总计|共计|由|从| |"
    # a verb of reaching and the adverbs before it (死亡人数目前已攀升至⟨#⟩, 死亡人数已经增加到⟨#⟩): the level reached
    r"目前|仍|再|又|升至|增至|增加至|增长至|上升至|攀升至|飙升至|升到|增加到|增长到|上升到|攀升到|飙升到|来到)+$"
)
_PART = re.compile(r"其中")
_PERCENT_IN = re.compile(r"[0-9０-９][0-9０-９.．]*\s?[%％]")
# A whole spread over places (新增报告2940例本地病例，病例分布在佛山2882例，广州22例): every later figure of
# the sentence is one place's part of it, however long the list.
_SPREAD = re.compile(r"分布(?:在|于|为|如下)")


_CLOSED = re.compile(r"[)）]、")  # an aside closed, then the next item of the list it stood in


def _names_only_place(measure: tuple[str, ...]) -> bool:
    """Does a figure name nothing it counts but, at most, the place before it (其中甘孜州⟨38⟩人: `~<甘孜州`)?
    Not 其中⟨2⟩人为泰国人 (`~>泰国人`: who they are)."""
    return all(k.startswith("~<") and places(k[2:]) for k in measure)


def _whole_keys(
    before: str, measure: tuple[str, ...], predicate: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """A part after 其中 that names nothing of its own counts what its whole counts (地震已造成66人死亡，
    其中甘孜州⟨38⟩人: deaths; 46人死亡（其中甘孜州⟨29⟩人: deaths too; 新增遇难人数26人，其中新密⟨18⟩人: new
    deaths): what happened in the clause before 其中, and its scope, when that clause gives a figure and
    says what happened (not 6.8级 of 泸定6.8级地震造成46人死亡: what it counts is no part's)."""
    sentence = SENTENCE_END.split(before)[-1]
    spread = [m.start() for m in _SPREAD.finditer(sentence)]
    opener = [m.start() for m in _PART.finditer(sentence)] + spread
    whole = _whole_clause(sentence[: max(opener)]) if opener else ""
    if not (_CASES_IN if spread and max(spread) == max(opener) else _FIGURE_IN).search(whole):
        return measure, predicate, None
    if not (happened := predicates().keys(whole)):
        return measure, predicate, _scope(whole)  # 新增…2940例，病例分布在佛山⟨2882例⟩: new cases, of no listed kind
    return measure, (*happened, *predicate), _scope(whole)


def _whole_clause(opening: str) -> str:
    """The clause that gives the whole a breakdown parts: the last before its opener, or the one before
    that when the opener's own clause only names what is parted (…2940例本地病例，病例分布在)."""
    clauses = CLAUSE.split(opening.rstrip("（(，,：: "))
    if len(clauses) > 1 and len(clauses[-1]) <= WHOLE_SUBJECT and not _FIGURE_IN.search(clauses[-1]):
        return clauses[-2]
    return clauses[-1]


WHOLE_SUBJECT = 4  # characters: 病例, 死亡病例 name what is parted, no whole (FIELD21 foshan: 病例分布在)


def _counted_as_before(
    before: str, left_clause: str, part: bool, measure: tuple[str, ...], predicate: tuple[str, ...], scope: str | None
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """A figure that names nothing it counts but its place counts what a figure before it does: the
    whole it is a part of (其中甘孜州⟨38⟩人, 病例分布在佛山⟨2882例⟩), else the figure of the clause before
    it (禅城区累计报告确诊病例49例，南海区⟨34例⟩). (其中31人经抢救无效死亡 says its own ~>死亡.)"""
    if predicate or not _names_only_place(measure):
        return measure, predicate, scope
    if part:
        measure, predicate, whole_scope = _whole_keys(before, measure, predicate)
        return measure, predicate, scope or whole_scope
    if parallel := _parallel_keys(before, left_clause):
        return measure, parallel[0], scope or parallel[1]
    return measure, predicate, scope


def _parallel_keys(before: str, left_clause: str) -> tuple[tuple[str, ...], str | None] | None:
    """What happened and its scope, for a figure whose clause is a place alone after a clause that
    gives another place's figure and says what it counts (禅城区累计报告确诊病例49例，南海区⟨34例⟩: 南海's
    confirmed cases so far): a careful reader carries the counted over; None when there is none."""
    if not places(left_clause.strip()):
        return None
    prev = _ASIDE.sub("", _clause_before(before, left_clause))  # 湖北省270例(死亡6例),北京市⟨5例⟩: no deaths
    if not _CASES_IN.search(prev) or not (happened := predicates().keys(prev)):
        return None
    return happened, _scope(prev)


def _spread(before: str, left_clause: str) -> bool:
    """A figure after a whole's spread over places (病例分布在佛山2882例，广州⟨22例⟩) in its sentence,
    naming nothing but its place: one place's part."""
    return bool(_SPREAD.search(SENTENCE_END.split(before)[-1])) and not _CASES_IN.search(left_clause)


def _subset(kind: str, near: str, predicate: tuple[str, ...]) -> bool:
    """A figure after 其中 counts a part of the whole before it (造成25人死亡，其中3名儿童; a sentence opening
    其中 parts the sentence before), unless it tells the deaths of a whole its own sentence counts of
    another kind (已搜救出150人，其中12人死亡): the toll; nor is a count a part of a rate (投票率50.24%，
    其中同意票数为⟨3萬3977票⟩: the votes the rate's voters cast, told whole)."""
    if kind == "age":
        return False  # 其中，…负责人李某（⟨34岁⟩）: one of the cases, and its person's age, no part of any whole
    m = _PART.search(near)
    if m is None or _CLOSED.search(near, m.end()) or _aside_closed(near, m.start(), m.end()):
        # 46人死亡（其中甘孜州29人）、⟨16⟩人失联, 146人受伤（其中12人重伤），另有⟨5⟩人失踪: the aside's 其中 parts
        return False  # only its own figures
    whole = SENTENCE_END.split(near[: m.start()])[-1]
    if kind != "percent" and _PERCENT_IN.search(whole) and not _DIGIT.search(_PERCENT_IN.sub("", whole)):
        return False
    return predicate[:1] != ("deaths",) or _FIGURE_IN.search(whole) is None or "deaths" in predicates().keys(whole)


def _aside_closed(near: str, start: int, end: int) -> bool:
    """Does 其中 at near[start:end] stand in a bracketed aside that closes before the figure?"""
    before = near[:start]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened > max(before.rfind("）"), before.rfind(")")) and ("）" in near[end:] or ")" in near[end:])


# A plan or a forecast in the figure's own clause (经营目标为…, 预计明年营收达到…, 计划到2030年花费…):
# what is aimed at or expected. Two plans may disagree; a plan and a result never do.
FORECAST_WORDS = "预计|预期|预测|指引"  # what is expected (a plan's words are 目标, 计划 …)
_PLANNED = gated(
    rf"目标|计划|{FORECAST_WORDS}|力争|有望|(?<![模虚比草])拟|规划"  # 拟 plans; 模拟, 虚拟 do not
    # What will happen (今日将产生最后23面奖牌, 明年将新增500个), not 将近 (nearly) or 将其 (takes it):
    # and what will be won (自由民主党将获得61席: a projection, not the count)
    r"|将(?:会|要|可)?(?:产生|达到?|超过|突破|有|迎来|增至|增加|增长|提高|提升|降至|减少|新增|投入|投资|建成|完成|实现|发放"
    r"|获得|赢得|拿下|取得|夺得)"
    # 预料, and Hong Kong's 料 opening a clause (料第四季汽车毛利率可以达⟨18%⟩), not 材料, 资料, 原料.
    # Not 将 right before a figure: as often 把 (将两人送医, 将40人疏散) as what will be (将⟨超过20%⟩)
    r"|预料|(?:^|(?<=[，,：:\s]))料(?=[^，,。；;]{0,16}?(?:可以|可能|可|将|会|达|至|为))"
    # What is still to come (最后两个正赛日，还能产生十枚金牌): what remains, no count of what happened.
    r"|还(?:能|将|会|可以?)(?:产生|决出|颁发)"
    # A figure of the coming quarter (给出下季营收650亿美元、毛利率75%的展望): told before it happened, a forecast.
    r"|下(?:一个?|个)?(?:财季|季度|季)(?![末初])"
)
# What its own clause says after a figure to call it expected (中国军团最终突破30枚金牌将非常有望, 销量有望
# 达到…): a forecast, as 有望 before it is.
# Also a forecast named right after the figure (全球3%左右的预计增速: the world's expected growth), not an
# expectation met (亦符合市场预期).
_EXPECTED_AFTER = re.compile(
    r"[^，,。；;]{0,12}?(?:有望|可望|或将)|\s*(?:左右)?的?(?:预计|预测|预期)(?!中)"
    r"|[^，,。；;的]{0,6}的(?:目标|计划)"  # 定下夺取⟨400个⟩国会议席的目标: what was aimed at
)
# The dead or missing whose identity is confirmed (至少140名遇难者已确认身份, 179名遇难者的身份全部确认,
# 已确认身份的⟨#⟩): a part of the toll that grows on its own, within this many characters of the figure.
_IDENTIFIED = gated(r"(?:确认|确定|核实|辨认出?)了?身份|身份(?:已经?|均已|全部|都已|得到|已被)?(?:确认|确定|核实|辨认)")
IDENTIFIED_REACH = 12
# A clause that ends on who forecasts, then a break (该公司预计，…; 公司指引：…; 尼尔森赛前预测，…): what
# follows in its sentence is the forecast. Not an expectation met or missed (符合预期，低于预期，超过了…的预测，).
_FORECAST_OPENING = gated(rf"(?<![合于的过出及超])(?:{FORECAST_WORDS}|估计)\s*[，,：:]")
# A threshold (Frame.scope "threshold"): what a goal or a rule requires, not what anyone has nor a forecast of it.
# In the figure's clause: what is needed (赢得椭圆形办公室所需的270张, 跨越270张选举人票门槛) or what a rule requires
# (候选人须获得超过750张的支持票, 必须达到; not 无须, nor 需要 alone: 需要支付1000元订金 is what is paid).
_THRESHOLD_WORDS = gated(r"所需|门槛|(?<!无)[须需][^，,。；;]{0,10}?(?:获得|取得|达到|超过|拥有)")

# In its sentence: the need after a goal (要在下议院获得多数席位，需要⟨326个⟩席位), or a rule restated by 即
# (须在下院获得过半数议席，即…至少⟨326席⟩).
_THRESHOLD = gated(
    r"(?:^|[，,])(?:若|如|如果|想)?要[^。；;，,]{2,30}[，,]\s*(?:则|就)?(?:至少)?(?:需要?|须|必须)[^，,。；;]{0,10}$"
    r"|(?<!无)须[^。；;]{2,30}[，,]\s*即[^，,。；;]{0,16}$"
)
# A term of a rule its sentence cites (按劳动法的规定，入职⟨10年以上⟩是可以签无固定期限劳动合同的; 根据《劳动合同法》，
# 连续工作满⟨十年⟩的，应当订立…; 按照规定，学校应在⟨30日⟩内答复): what the law allows or requires, not what
# happened (development corpus: 华为's 入职10年以上 had agreed with 李洪元's own 入职12年). The rule is named
# before the figure's clause and a modal follows in the figure's sentence; 根据规定，该公司被罚款300万元 tells
# what was done.
_RULE_CITED = gated(
    r"(?:(?:按照?|根据|依照|依据)[^，,。；;]{0,20}?(?:法|法律|法规|条例|规定|办法|规则)》?(?:的?(?:规定|要求))?"
    r"|(?:法|法律|法规|条例)》?(?:中|里)?(?:明确)?规定)\s*[，,：:][^。；;]*$"
)
_RULE_MODAL = re.compile(r"可以|应当|应该|应予|应(?=[在于向按给由从])|必须|不得|不能|方可|才能|(?<![无必])须")
# A poll named earlier in the figure's sentence (据…联合出口民调，…李在明获得⟨51.7%⟩的选票; 票站调查结果显示,
# 民意调查): what voters told pollsters, not the count, unless the count is named after it (计票结果显示…).
_POLL = re.compile(r"民调|民意调查|票站调查")
_COUNT_AFTER_POLL = re.compile(r"计票|开票|选举结果|最终结果|官方结果")
# A figure its clause compares with (超越了伦敦奥运会的⟨39枚金牌⟩, 超过2021年同期的⟨78.43亿元⟩, 较之上届
# 亚运会⟨132金⟩): the record beaten, another time's or another's figure, not this one's. Words must
# stand between the verb and the figure: 超过⟨10万人⟩ is a bound; 比上年增长⟨7.2%⟩ is a growth.
_EACH = re.compile(r"[^人](?:均|各)(?:为|是|有|在|达到?|超过|超|逾)?\s*$")  # 均超过⟨#⟩; not 被告人均
_BASELINE = re.compile(
    r"(?:超过|超越|突破|打破|刷新|高于|低于|多于|少于|较之|相较于?|相比于?|比上|比去|比前)了?[^，。；]{2,20}$"
)
# The verbs of a change, up or down: one list for every pattern that reads a change.
_CHANGE_VERBS = "增长|增加|提高|提升|上升|上涨|下降|降低|减少|下滑|下跌|回落|增产|减产|增收|减收"
# A verb of change right before a figure says by how much (增加94枚, 减少了3人), not to what (增至,
# 增加到, 减少为: the level).
# A market's close up or down (强势收高⟨4.4%⟩, 收低, 走高, 上扬, 重挫) is a change too.
_CHANGE_BY = gated(
    rf"(?:{_CHANGE_VERBS}|多出|多了|少了|收窄|收高|收低|走高|走低|上扬|重挫|下挫|[升降涨跌])了?\s*(?:约|近|超过?|逾)?$"
)  # 按季则升⟨#⟩
# The crime a count of people is convicted or suspected of, named right after it (9人被判强奸罪,
# 3人涉嫌故意杀人罪): a listed measure, so counts of two crimes are two facts. 犯罪, 无罪 name none.
_CRIME = re.compile(rf"[^，。；]{{0,4}}?(?:犯有|犯|判处|判|构成|涉嫌)(?P<crime>[{HAN_CLASS}]{{2,8}}?)罪")
# A prison term's crime told before it in its sentence (以强迫卖淫罪被判处有期徒刑10年, 被以销售假药罪，一审判处
# 有期徒刑7年): two crimes' terms are two facts (the development corpus's stories run together: those two had
# contradicted). The nearest crime before the term names it, unless it is one of a list (以强奸罪、强迫卖淫罪被判处),
# the terms of several are joined (数罪并罚), or another term stands between (…被判处无期徒刑，万秀玲被判处…).
_CRIME_BEFORE = re.compile(rf"(?:以|因|犯有|犯|涉嫌)(?P<crime>[{HAN_CLASS}]{{2,8}}?)罪")
_CRIME_LISTED = re.compile(r"罪[、和及与]$|^[、和及与]")
_OTHER_TERM = re.compile(r"无期|死刑|[0-9０-９一二两三四五六七八九十]+个?(?:年|月)|数罪并罚")
CRIME_REACH = 40  # characters before a term searched for its crime


def _counted_crime(right_clause: str, measure: tuple[str, ...]) -> tuple[str, ...]:
    """9人犯强奸罪, 1人犯抢劫罪: two counts, two crimes."""
    crime = _CRIME.match(right_clause)
    return (f"crime:{crime['crime']}", *measure) if crime else measure


def _term_crime(kind: str, before: str, predicate: tuple[str, ...], measure: tuple[str, ...]) -> tuple[str, ...]:
    """A prison term's measure with the one crime its sentence names before it (see _CRIME_BEFORE)."""
    if kind != "duration" or "convicted" not in predicate:
        return measure
    window = before[-CRIME_REACH:]
    found = list(_CRIME_BEFORE.finditer(window))
    if not found:
        return measure
    m = found[-1]
    if _CRIME_LISTED.search(window[: m.start()]) or _CRIME_LISTED.search(window[m.end() :]):
        return measure
    return measure if _OTHER_TERM.search(window, m.end()) else (f"crime:{m['crime']}", *measure)


# 税率由10%提高到25%: the new figure measures what the old one does, named before 由/从.
_TO_LEVEL = r"(?:提高|上调|调高|增加|增长|上升|上涨|下降|降低|下调|调低|减少|回落|扩大|缩小|调整|升|降|涨|跌|增|减)(?:到|至|为)$"
_CHANGE_TO = re.compile(r"(?:由|从)[^，,；;。由从]{1,15}?" + _TO_LEVEL)
_CHANGE_TO_AFTER_COMMA = re.compile(r"(?:由|从)[^，,；;。由从]{1,15}?[，,]\s*" + _TO_LEVEL)
# 侦查期间, 服刑期间, 一审开庭时: the stretch of the story a figure is told of.
# 春节档, 全年 (a film season, the whole year): the stretch a box office or a sales figure is summed over.
_PERIOD = re.compile(
    rf"([{HAN_CLASS}]{{2}})(?:期间|之际)|([{HAN_CLASS}]{{2}}(?:开庭|审理|审判|调查|侦查|服刑|羁押))时"
    r"|((?:春节|国庆|暑期|贺岁|五一|元旦|清明|端午|中秋)档|全年)"
)
# A figure next to another across 、 或 和 及 (25%、20%或10%): one item of a list of one
# measure's values. An item that names its own happening (造成1人死亡、4人重伤、123人轻伤)
# is a fact of its own: see `_listed`.
_LIST_NUM = r"[0-9０-９零〇一二两三四五六七八九十百千万亿.％%]+(?P<tail>[^\s，。；、]{0,3})"
_LIST_BEFORE = gated(_LIST_NUM + r"[、或及/／]$")
_COUNT_DIGITS = r"(?:[0-9０-９两三四五六七八九十百千万]|一(?=[十百千万]))\s?"  # not 一个: "a"
_FIGURE_IN = re.compile(_COUNT_DIGITS + "[人名户间]")
_CASES_IN = re.compile(_COUNT_DIGITS + "[人名户间例宗]")  # or cases (2940例, 2940宗)
_RANGE_END = re.compile(r"(?:\s*[至到~～\-—]\s*[^，。；、,;]{1,10})?\s*不等")
_LIST_AFTER = re.compile(r"[、或及/／]" + _LIST_NUM)
# 美国和中国分别以39枚和38枚金牌位列前两名: each figure is one of the list's holders', in its order.
_RESPECTIVELY = re.compile(r"分别[^，。；;]{0,8}$")
_AND_BEFORE = gated(_LIST_NUM + r"[和与跟]$")
_AND_AFTER = re.compile(r"[和与跟]" + _LIST_NUM)


def _respective(before: str, after: str) -> bool:
    """One figure of a list told 分别 (respectively) with 和 or 与: whose it is, the text says only by order."""
    if _AND_AFTER.match(after):
        return bool(_RESPECTIVELY.search(before))
    first = _AND_BEFORE.search(before[-12:])
    return first is not None and bool(_RESPECTIVELY.search(before, 0, first.start()))


_PLACE_SUFFIX = re.compile(rf"^[{HAN_CLASS}]{{1,6}}(?:省|市|县|区|镇|乡|村|州)$")
_PLACE_SUFFIX_END = frozenset("省市县区镇乡村州")  # the last character of a word _PLACE_SUFFIX matches
_NATIONAL = ("全国", "全省", "全市", "全县", "全球", "全世界")
# The reporting authority's own area told from inside it (我市, 本省): a bulletin's city, the same as
# the 武汉市 another outlet names, so no place that differs from any.
_OWN_AREA = frozenset({"我市", "本市", "我省", "本省", "我县", "本县", "我区", "本区"})
_WHOLE_AREA = frozenset({"全省", "全市", "全县"})  # the whole of the story's own province, city or county
_WIDER = frozenset({"全国", "全球", "全世界"})
# Content words too general to name a measure on their own.
_STOP = frozenset(
    [
        "人",
        "名",
        "个",
        "位",
        "次",
        "项",
        "家",
        "种",
        "件",
        "条",
        "只",
        "数",
        "数量",
        "人数",
        "总数",
        "金额",
        "规模",
        "左右",
        "以上",
        "其中",
        "目前",
        "现在",
        "当时",
        "已经",
        "记者",
        "表示",
        "称",
        "说",
        "告诉",
        "介绍",
        "显示",
        "报道",
        "根据",
        "据",
        "发现",
        "进行",
        "有",
        "是",
        "为",
        "达到",
        "超过",
        "造成",
        "导致",
        "包括",
        "其他",
        "另外",
        "之后",
        "以后",
        "之前",
        "以前",
        "当天",
        "当日",
        "今年",
        "去年",
        "分别",
        "时候",
        "时间",
        "期间",
        "证实",  # 126人證實死亡: confirmed dead (tagged a noun), no thing counted
        "之内",
        "以内",
        "以来",
        "时",
        "后",
        "前",
        "内",
        "里",
        # a currency says what money is counted in, not what it is (为人民币1兆7846.65亿元，年增⟨#⟩)
        *("人民币", "美元", "港元", "港币", "澳门元", "新台币", "台币", "欧元", "日元", "英镑", "卢布"),
    ]
)


# A clause ending in a change and its new figure: 由10%提高到⟨#⟩, 10%的关税将上调至⟨#⟩.
_CHANGED_TO = re.compile(
    r"(?:提高|上调|调高|增加|增长|上升|上涨|下降|降低|下调|调低|减少|回落|扩大|缩小|调整|升|降|涨|跌)(?:到|至)$"
)


def change_from(context: str) -> str | None:
    """For a figure that is the new value of a stated change (税率由10%提高到⟨#⟩), its
    clause before it, where the old one stands; else None."""
    i = context.find(MASK)
    if i < 0:
        return None
    left = CLAUSE.split(context[:i])[-1]
    return left if _CHANGED_TO.search(left) else None


# Figures over a period (a year's revenue, a half-year's profit, a growth rate on the year
# before): a period's figure is another fact than a longer or shorter period's that holds it.
FLOWS = frozenset(
    {
        *("revenue", "revenue_total", "profit", "profit_total", "profit_parent", "profit_recurring"),
        *("gross_profit", "operating_profit", "sales_expense", "promotion_fee", "growth", "eps_basic", "eps_diluted"),
        *("defense_budget", "budget", "public_spending", "fiscal_revenue", "gdp", "cpi", "ppi"),
    }
)
# A margin is a share of one period's revenue (2024年第四季度毛利率15.04% vs 全年综合毛利率24.4%: two periods'
# figures), though no sum: a period it is dated to is its own, but it lends its period to no other figure.
MARGINS = frozenset({"gross_margin", "vehicle_margin", "operating_margin", "net_margin"})


_REMAINING = re.compile(r"(?:还剩|仅剩|只剩|剩下|剩余|还有|倒计时)了?\s*(?:约|不到|最后)?$")


# A group of people a sentence opens with, whose members its figures count (在失联的54人中，包括…; 遇难者中，…).
_GROUP_HEAD = re.compile(r"\s*(?:在|其中)?(?P<head>[^，。；,;：:]{0,15}?(?:人|者|人员|名|位))之?中[，,：:]")


def _implied(
    kind: str, before: str, measure: tuple[str, ...], predicate: tuple[str, ...]
) -> tuple[tuple[str, ...], bool]:
    """What happened, when the figure's own words list nothing: what its measure implies (a
    tariff is levied), or what happened to the group of people its sentence opens with (then
    the figure is a part of that group)."""
    predicate = tuple(IMPLIED[k] for k in measure if k in IMPLIED) + predicate
    if kind == "quantity" and (among := _group_head(before)):
        return (*among, *predicate), True
    return predicate, False


def _group_head(before: str) -> tuple[str, ...]:
    """What happened to the group of people the figure's sentence opens with, if it says
    (在失联的54人中，包括公安消防人员⟨#⟩: missing firefighters; 遇难者中，民警⟨#⟩: dead ones)."""
    head = _GROUP_HEAD.match(SENTENCE_END.split(before)[-1])
    return predicates().keys(head["head"]) if head else ()


# A business, a region or a board a company reports a figure for (终端业务, 亚太地区): its
# last four characters and the suffix name it alike in every outlet's wording
# (ICT（信息与通信技术）基础设施业务 and ICT基础设施业务 are 基础设施业务).
_SEGMENT = re.compile(
    rf"([{HAN_CLASS}A-Za-z]{{1,4}})(业务|板块|地区|事业部|事业群|项目|系统|产品线)(?=[^，。；]{{0,10}}$)"
)
_ASIDE = re.compile(r"（[^）]*）|\([^)]*\)")
_ASIDE_FIRST = re.compile(r"^\s*(?:（[^）]*）|\([^)]*\))(?=[^\s，,。；;、）)])")  # the clause goes on after it
# An aside right after a figure that gives a figure of its own (68,412票（得票率52.34%）, 80亿元（约合11亿美元）):
# its words are that figure's (得票率 is the share's), not this one's, wherever the clause goes after it.
_FIGURE_ASIDE = re.compile(r"^\s*(?:（[^）]*[0-9０-９][^）]*）|\([^)]*[0-9][^)]*\))")
# A cause told right after a figure, up to its 原因 (11名学生因为头晕、呕吐、喉咙痛等原因请假): the figure's clause
# goes on past it, whatever its 、 and 和 list, to what happened to what it counts.
_CAUSE_FIRST = re.compile(r"^\s*(?:因为?|由于)[^，。；：,;:！？!?]{1," + str(CAUSE_REACH) + r"}?原因而?")


# A group of the people a census or survey counts, named right before its count: by sex,
# by age band or by where they live (男性人口为⟨#⟩, 15-59岁人口为⟨#⟩, 60岁及以上人口⟨#⟩,
# 城镇人口⟨#⟩). Each group's count is its own measure (第七次人口普查: 男性72334万,
# 女性68844万 and 15—59岁89438万 are no three counts of one population).
_GROUP_OF_PEOPLE = (
    r"男性|女性|城镇|城市|乡村|农村|老年|少儿|劳动年龄|"
    r"(?P<band>[0-9]{1,3}(?:\s?[-—–~至到]\s?[0-9]{1,3})?\s?(?:周岁|岁)(?:及以上|以上|及以下|以下)?)"
)
# 男性人口为⟨#⟩, or the group right before a count that opens with its noun (男性⟨人口为72334万人⟩).
_PEOPLE_GROUP = gated(
    rf"(?:(?P<group>{_GROUP_OF_PEOPLE}|男|女)(?:\[\d{{1,2}}\])?的?(?:人口数量|人口总数|人口数|人口|人数|人群|居民|数量|总数)(?=[^，。；]{{0,6}}$)"
    rf"|(?P<before>{_GROUP_OF_PEOPLE.replace('band', 'band2')})(?:\[\d{{1,2}}\])?的?$)"  # 0—14岁[3]: a footnote
)
_PEOPLE_UNIT_END = "人名位口"  # 万人, 名, 位, 口: a count of people
_BAND_DASH = re.compile(r"\s?[-—–~至到]\s?")  # 15—59岁 and 15至59岁 are 15-59岁 (text is half-width)


def people_group(left_clause: str, unit: str | None = None) -> str | None:
    """The group of people a count names right before it (女性人口为⟨#⟩: 女性; 15—59岁人口
    占⟨#⟩: 15-59岁), if any. A bare group word right before the figure names a group only of
    a count of people (男性⟨72334万人⟩), not of things (地级以上城市⟨297个⟩, 农村⟨5户⟩)."""
    if (group := _PEOPLE_GROUP.search(left_clause)) is None:
        return None
    if group.group("before") and not (unit and unit[-1] in _PEOPLE_UNIT_END):
        return None
    name = group.group("group") or group.group("before")
    if group.group("band") or group.group("band2"):
        name = _BAND_DASH.sub("-", name).replace("周岁", "岁")
    return name


# A squad of a team or delegation by sex or a mixed pairing, named in the figure's own clause
# (中国女子运动员获得⟨#⟩, 男女组合共获得了⟨#⟩, 女队夺得⟨#⟩): its medals or points are its own, a
# part of the team's, never another count of the whole nor of the other squad (东京奥运会 2021:
# 女子22金16银9铜 and 男子13金13银9铜 of 38金32银18铜). 男子/女子 alone is "a man"/"a woman"
# (一名男子持刀砍伤⟨3人⟩): a squad only before a word of sport or of winning, after no counter.
_SQUAD = gated(
    r"(?:(?<![一名位个该这那某])(?P<sex>男子|女子)(?=运动员|选手|代表队|队员|队|组|项目|单打|双打|团体|接力|[0-9０-９]+米"
    r"|(?:共|一共|总共|合计)?(?:获得|夺得|收获|拿下|斩获|摘得|赢得|获))"
    r"|(?P<team>男队|女队)|(?P<mixed>男女组合|男女混合|混合团体|混合接力|混双))(?=[^，,。；;]{0,20}$)"
)
# One sport's medals, the sport named in the figure's clause or the one before it (中国军团在举重项目
# 表现惊人，参赛的8名选手收获⟨7金⟩; 乒乓球项目虽未能包揽全部金牌，但仍收获⟨4金⟩): that sport's, a part of
# the delegation's, never another count of the whole nor of another sport (东京 2021: 举重7金, 乒乓球4金
# of 38金). A clause that sums up or ranks (在拳击项目再添一银，以⟨38金⟩…位居奖牌榜第二位) gives the whole.
_SPORT = re.compile(rf"(?:^|[在的、，,和与及等])([{HAN_CLASS}]{{2,4}}?)项目")
_WHOLE_TABLE = re.compile(r"总|合计|累计|榜")


def team_part(before: str, right_clause: str, measure: tuple[str, ...]) -> str | None:
    """The part of a team a figure counts for: a squad its clause names (squad), or, for
    medals, a sport or a set of sports (_SPORT) its clause or the one before it names."""
    clauses = CLAUSE.split(SENTENCE_END.split(before)[-1])
    if side := squad(clauses[-1]):
        return side
    if MEDALS.isdisjoint(measure):
        return None
    if sports := _SPORT.findall(clauses[-1]):
        return sports[-1]
    if sport := _sport_team(clauses[-2:]):
        return sport
    if len(clauses) < 2 or _WHOLE_TABLE.search(clauses[-1] + right_clause):
        return None
    sports = _SPORT.findall(clauses[-2])
    if not sports or ("共" in clauses[-1] and _DIGIT.search(clauses[-2])):
        # 在跳水项目获得7金，共获得⟨#⟩: the team's sum after a sport's figure; 在柔道项目展现统治力，
        # 共收获⟨#⟩ (and 在跳水、举重等传统优势项目中表现突出，共获得⟨#⟩): the sport's own sum
        return None
    return sports[-1]


# A team named by its sport (跳水梦之队, 举重队, 乒乓球队): a part of its country's delegation.
_SPORT_TEAM = re.compile(rf"([{HAN_CLASS}]{{2,3}}?)(?:梦之|梦)?队(?!员|伍|长)")
# Teams named by their standing, not their sport (地主队, 东道主队, 主队, 卫冕冠军队, 对手队).
_NOT_A_SPORT = (
    "国家",
    "代表",
    "中国",
    "东道",
    "地主",
    "主",
    "客",
    "参赛",
    "全",
    "该",
    "本",
    "卫冕",
    "冠军",
    "对手",
    "各",
)


def _sport_team(clauses: list[str]) -> str | None:
    """The sport of a team a medal figure's clause, or the one before it, names by its sport
    (举重队则收获⟨7金⟩: weightlifting's golds), not a country's or a place's team (美国队, 广东队)."""
    for clause in reversed(clauses):
        for m in reversed(list(_SPORT_TEAM.finditer(clause))):
            stem = m.group(1)
            if (
                m.group().endswith(_TEAM[:3])
                or stem.startswith(_NOT_A_SPORT)
                or any(f == "ns" for _, f in tokens(stem))
            ):
                continue  # 台湾代表队, 中国国家队, 美国队: a country's or a place's
            if place_name(stem) == stem:  # 广东省队: a province's
                return stem
    return None


def squad(left_clause: str) -> str | None:
    """The squad (男子, 女子, 混合) a figure's clause names for it, if any (_SQUAD)."""
    m = _SQUAD.search(left_clause)
    if m is None:
        return None
    if m["team"]:
        return m["team"][0] + "子"  # 女队 is the women's squad, 女子
    return m["sex"] or "混合"


def segment(left_clause: str) -> str | None:
    """The part of a whole a figure's clause names right before it (数字能源业务实现销售收入,
    亚太地区实现销售收入约), if any."""
    if title := _TITLE.search(left_clause):  # 《热辣滚烫》票房达⟨#⟩: one film's, not the season's
        return title.group(0).partition("》")[0] + "》"
    clause = _ASIDE.sub("", left_clause)
    if product := _PRODUCT.search(clause):  # 车辆毛利率为⟨#⟩, 茅台酒实现营业收入⟨#⟩: one product line's
        return _PRODUCT_NAMES.get(product["product"], product["product"])
    m = _SEGMENT.search(clause)
    if m is None or m.group(1).startswith(_NOT_A_SEGMENT):
        return None  # 该地区, 其他地区, 受灾地区: a place by kind, no part a company reports
    return m.group(1) + m.group(2)


def _topic_business(before: str, left_clause: str) -> str | None:
    """The business an earlier clause of the figure's sentence part names as its topic, up to a 。 or a ；
    (动力电池系统实现营业收入2530.41亿元，同比减少11.29%，毛利率为⟨23.94%⟩: that business's margin; a later
    part, ；储能电池系统营收572.90亿元, is another's)."""
    if _TOTAL.search(left_clause):
        return None  # 共获得⟨38枚⟩金牌: the whole's sum
    part = _TOPIC_PART.split(before[: len(before) - len(left_clause)])[-1]
    found = [  # a clause giving the business's own figure (动力电池系统实现营业收入2530.41亿元), not 据…系统统计
        unit
        for clause in CLAUSE.split(part)
        if _FIRST_FIGURE.search(clause) and (unit := segment(_FIRST_FIGURE.split(clause, 1)[0]))
    ]
    return found[-1] if found and found[-1].endswith(_BUSINESS) else None


_BUSINESS = ("业务", "板块", "事业部", "事业群", "系统", "产品线")  # a company's parts, no region or event
_TOTAL = re.compile(r"共|总|合计|全年|综合|整体")


_TOPIC_PART = re.compile(r"[。；;！!？?\n]")
_FIRST_FIGURE = re.compile(r"[0-9０-９]")  # a clause's words before its figure (动力电池系统实现营业收入)


# A product line a company reports its sales or margin for (车辆销售收入, 智能手机收入, 系列酒营业收入):
# one line's figure, not the company's (汽车 only before 销售: 理想汽车营收 is the company's, 汽车销售额 the cars').
_PRODUCT_NAMES = {"汽车": "车辆", "整车": "车辆", "手机": "智能手机"}  # one line, worded two ways
_PRODUCT = re.compile(
    r"(?P<product>车辆|整车|智能手机|手机|游戏|广告|系列酒|茅台酒|白酒|云服务|硬件|软件|汽车(?=销售))(?:业务)?(?:的|实现了?)?"
    r"(?:销售收入|收入|营业收入|营收|销售额|毛利率|毛利)(?=[^，。；]{0,8}$)"
)


TITLE_REACH = 12  # characters from a title to its figure: 电影《长河落日》上映两天累计票房突破⟨12亿元⟩ (10)
# A work named by its title right before its figure, as its subject (《热辣滚烫》票房达⟨#⟩), not beside
# another (《麻省理工科技评论》与OpenAI的⟨#⟩研究主管: the magazine talks with them).
_TITLE = re.compile(rf"《[^》]{{1,20}}》[^，。；《》的与和及对向在跟同将把被]{{0,{TITLE_REACH}}}$")
_NOT_A_SEGMENT = ("该", "本", "其", "各", "此", "这", "那", "全", "受灾", "灾区", "相关", "有关", "主营", "核心")


def _grown(before: str, left_clause: str) -> tuple[tuple[str, ...], str | None]:
    """What a growth rate grows: the listed measures, and the business, of the figure before
    it: in its own clause before a bracket (净利润为646亿元（同比增长约3%）: profit), else in
    the clause before its own (终端业务实现销售收入2515亿元，同比增长17.3%: that revenue), or
    the one before that when the clause between states no figure (社会消费品零售总额47.15万亿元，
    创历史新高，比上年增长⟨#⟩)."""
    # 全年国内生产总值1260582亿元，按不变价格计算，比上年增长⟨#⟩: how it was computed names nothing
    # 达426.81亿元(人民币,下同)，按年增⟨#⟩: an aside's comma ends no clause
    rest = _ASIDE.sub("", before[: len(before) - len(left_clause)])
    clauses = [c for c in CLAUSE.split(rest) if c.strip() and not _BASIS.fullmatch(c)]
    previous = clauses[-1] if clauses else ""
    texts: tuple[str, ...] = (left_clause.partition("（")[0] if "（" in left_clause else "", previous)
    figure = _GROWN_FIGURE.search(previous)
    # 总产量达69541万吨，比2022年增加888万吨，增长⟨#⟩: the clause between tells the same change in units
    # (its last figure right after a verb of change)
    last = next(reversed(list(_GROWN_FIGURE.finditer(previous))), None)
    by = (
        last is not None
        and _CHANGE_TAIL.search(previous[: last.start()])
        and not _GROWN_FIGURE.search(previous[: last.start()])
    )
    if len(clauses) > 1 and not _CHANGE_TAIL.search(previous) and (figure is None or by or _NAMELESS.match(previous)):
        texts = (*texts, clauses[-2])  # 经调整净利润胜预期，达426.81亿元，按年增⟨#⟩: named the clause before
    for text in texts:
        # 国防支出预算16655.4亿元，增长⟨#⟩: a one-character word (支) counts only as a word of its own
        hits = [h for h in measures().hits(text) if len(h.word) > 1 or _whole_word(text, h.start, h.end)]
        if hits:  # the business named right before the first measure word (终端业务实现销售收入)
            return tuple(dict.fromkeys(h.key for h in hits)), segment(text[: hits[0].end])
        if (figure := _GROWN_FIGURE.search(text)) and not _CHANGE_TAIL.search(text[: figure.start()]):
            # 第一产业增加值89755亿元，比上年增长⟨#⟩: the name that figure's clause gives it
            head = _SKIP_LEFT.sub("", _CURRENCY_BEFORE.sub("", text[: figure.start()])).rstrip("-－+＋负")  # 亏损率-26%
            word = _subject(head) or _content_word(head, first=False)
            if word:
                return (f"~<{word}",), None
    return (), None


# A clause that is a figure and no name (达426.81亿元, 为1,919亿元): what it counts was named before it.
_NAMELESS = re.compile(r"\s*(?:达到|达|为|是|约|共|合计|总计)*\s*[0-9０-９]")
# How a change was computed, a clause of its own: 按不变价格计算, 按可比口径计算 (no measure).
_BASIS = re.compile(r"按(?:不变价格?|可比价格?|现价|可比口径|年率|[^，。；]{0,6}口径)计算?")
_GROWN_FIGURE = re.compile(
    r"[0-9０-９][0-9０-９.,，]*\s*(?:[万亿兆][0-9.]+)?\s*(?:万亿|[万亿兆千])?\s*"
    r"(?:[元吨台辆人户间套座架艘头只部件%％亩斤]|公顷|公斤|千克|平方米|立方米|千瓦时|千瓦|兆瓦|吉瓦|公里|千米"
    r"|(?i:[kmgt]wh?)(?![a-z]))"  # 储能电池系统销量69GWh，同比增长⟨#⟩: energy in watt-hours, power in watts
)
_CURRENCY_BEFORE = re.compile(r"(?:人民币|美元|港元|港币|澳门元|新台币|台币|欧元|日元|英镑)$")
# A change and what it is measured against, ending a clause: 比上年增长⟨#⟩, 同比下降, 较2022年增加.
# What a change is measured against (比上年, 较2022年同期, 与去年相比): the base, no time of the figure's.
COMPARED_BASE = r"(?:比|较|与|相比|对比)(?:(?:上|去|前)年(?:同期|末|底)?|上月(?:末|底)?|上季度?末?|[0-9]{2,4}年(?:同期|末|底)?)(?:相比)?"
_CHANGE_TAIL = re.compile(
    rf"(?:{COMPARED_BASE}|同比|环比|按年|按季|按月|(?<![今去明全当前])年)?(?:亦|则|为)?(?:{_CHANGE_VERBS}|收窄|扩大|增|降|减|涨|跌|升)了?\s*"
    r"(?:约|近|超过?|逾)?$"
)
# Times and the whole a subject may open with (2023年全年社会消费品零售总额, 全国居民人均可支配收入, 12月出口): no part of its name.
_SUBJECT_TIME = re.compile(
    r"[0-9]{2,4}年(?:度|全年)?|全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|[Qq][1-4]|^(?:其中|全国|我国|今年|去年)+"
    r"|(?<![0-9])(?:[0-9]{1,2}\s*[—–\-－~～至到]\s*)?[0-9]{1,2}月份?|^(?:十[一二]?|[一二三四五六七八九])月份?"
)
# A verb that governs the name after it (财政安排国防支出预算, 公司实现营业收入): the name is its object.
_GOVERNED = re.compile(r"^.*(?:安排|实现|完成|录得|达成|取得|编列)(?=.{2})")
_SUBJECT = re.compile(rf"[{HAN_CLASS}A-Za-z0-9—–~-]{{2,20}}$")  # 0—14岁人口的比重: the band is of the name
# Adverbs around a change's verb are no part of what changed (比重分别上升, 平均每年增长).
_SUBJECT_ADVERBS = re.compile(
    r"^(?:平均每年|每年|年均|平均)+|(?:分别|均|都|也|还|已经|已|将|持续|继续|稳步|大幅|明显|平均每年|每年|年均|平均)+$"
)


def changed_subject(left_clause: str) -> str | None:
    """What a change stated in its own clause is of: the name before its comparison and verb
    (规模以上工业增加值比上年增长⟨#⟩: 规模以上工业增加值; 比上年增长⟨#⟩: none)."""
    if (change := _CHANGE_TAIL.search(left_clause)) is None:
        return None
    return _subject(left_clause[: change.start()])


def _subject(head: str) -> str | None:
    """The name a clause ends with, times stripped: 2023年全年社会消费品零售总额 → 社会消费品零售总额."""
    if (m := _SUBJECT.search(_SUBJECT_TIME.sub("", head))) is None:
        return None
    name = _SUBJECT_ADVERBS.sub("", _SUBJECT_TIME.sub("", _GOVERNED.sub("", m.group())))
    if (where := places(name)) and name.startswith(where[0]):
        name = name[len(where[0]) :].lstrip("省市县区")  # 中国国防支出预算: the place is the frame's, not the name's
    return name if len(name) >= 2 and name not in _STOP else None


def _clause_before(before: str, left_clause: str) -> str:
    rest = before[: len(before) - len(left_clause)].rstrip("，,；; ")
    return CLAUSE.split(rest)[-1] if rest else ""


def is_flow(f: Frame) -> bool:
    """Does the frame name a figure over a period (FLOWS)?"""
    return not FLOWS.isdisjoint(f.measure) or not FLOWS.isdisjoint(f.predicate)


def is_running(f: Frame) -> bool:
    """Does the frame name a running tally (RUNNING)?"""
    return not RUNNING.isdisjoint(f.measure) or not RUNNING.isdisjoint(f.predicate)


def stated_change(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(old, new) when one sentence of one source states a change from one figure to the
    other (税率由10%提高到25%); else None."""
    if a.source != b.source or a.line != b.line:
        return None
    for old, new in ((a, b), (b, a)):
        words = change_from(new.context)
        if words and fold(old.text) in words:
            return old, new
    return None


def frame_of(
    kind: str, context: str, unit: str | None = None, prior: Sequence[str] = (), names: frozenset[str] = frozenset()
) -> Frame | None:
    """The frame of a value claim from its masked context; None when there is no mask.
    `prior`: the sentences before it in its paragraph, nearest first (a sentence that names
    no place takes theirs: `贵州…；直接经济损失8.8亿元。`); `names`: the article's personal
    names (claims.frames.names), for the figure's holder."""
    i = context.find(MASK)
    if i < 0:
        return None
    before, after = _INCLUDING.sub("", context[:i]), context[i + len(MASK) :]
    before, left_clause = _left_of(before)
    # 共造成173人（包括8人失踪）遇难: an aside right after the figure tells of a part; what follows is its own
    right_clause = CLAUSE.split(_CAUSE_FIRST.sub("", _FIGURE_ASIDE.sub("", _ASIDE_FIRST.sub("", after, 1), 1), 1), 1)[0]
    where = _where(before, left_clause, prior, names, unit)
    who = holder(before, names) if names else None
    if kind == "date":
        return _date_frame(before, after, where, who, names)
    measure, predicate = _counted(before, left_clause, right_clause, unit, prior)
    measure = _expected_of(before, left_clause, measure)
    who = who or _vote_holder(before, prior, names, measure) or _item_label(before, prior)
    who, measure = _holder_of(kind, before, after, where, who, names, _not_places(measure, where, left_clause))
    if kind == "percent" and "growth" not in predicate and _CHANGE_BY.search(left_clause):
        measure, predicate = _rate_of_change(measure, predicate)
    measure = _counted_crime(right_clause, measure)
    if "growth" in predicate:  # 同比下滑⟨#⟩ is a fall, 环比增长⟨#⟩ a change on the period before
        predicate = (*predicate, *_growth_kind(left_clause))
    predicate, part = _happened(kind, before, after, measure, predicate)
    measure = _term_crime(kind, before, predicate, measure)
    predicate = _cases_or_whole(before, left_clause, predicate)
    scope = _scope_for(kind, before, after, left_clause, right_clause, measure, predicate)
    scope = None if scope == "baseline" and unit in STREAKS else scope  # 打破27连胜的纪录: the streak that ended
    measure = _changed_by(scope, before, left_clause, measure)
    part = part or _subset(kind, before[-(len(left_clause) + 12) :], predicate) or _spread(before, left_clause)
    measure, predicate, scope = _counted_as_before(before, left_clause, part, measure, predicate, scope)
    if group := people_group(left_clause, unit):  # 男性人口为⟨#⟩: the men's count, not the population's
        measure = (f"population:{group}", *(k for k in measure if k != "population" and not k.startswith("~")))
    if _AWARDED.search(left_clause) and not MEDALS.isdisjoint(measure):  # 产生了最后⟨#⟩金牌: the events'
        measure = tuple(f"{k}:awarded" if k in MEDALS else k for k in measure)
    if kind not in _OWN_LENGTHS and (side := team_part(before, right_clause, measure)):  # 女子运动员获得⟨#⟩
        measure, part = tuple(k if k.startswith("~") else f"{k}:{side}" for k in measure), True
    if unit_of := segment(left_clause) or _topic_business(before, left_clause):
        where, part = (*where, unit_of), True  # 终端业务实现销售收入⟨#⟩: one business's share of the whole
    if "growth" in predicate and not any(k in FLOWS for k in measure):
        # 规模以上工业增加值比上年增长⟨#⟩: the growth of what its own clause names; 终端业务实现销售收入
        # 2515亿元，同比增长⟨#⟩: of the figure the clause before gave.
        own = None if any(not k.startswith("~") for k in measure) else changed_subject(left_clause)
        grown = ((f"~<{own}",), None) if own else _grown(before, left_clause)
        measure, part = (*grown[0], *measure), part or grown[1] is not None
        where = (*where, grown[1]) if grown[1] and grown[1] not in where else where
    return Frame(
        measure=measure,
        predicate=predicate,
        scope=scope,
        place=where,
        part=part,
        holder=who,
        listed=_listed(before, after, unit, measure),
        period=_period_of(before),
    )


# A figure the result is compared with as what was expected (营收650亿美元，高于市场预期的⟨620亿美元⟩): the
# expectation of the figure its sentence gave before (scope expected): neither the result nor a company's own
# guidance (预计第4季营收将达到650亿美元, planned).
_EXPECTED = re.compile(
    r"(?:高于|超过|超出|低于|不及|优于|好于|胜过|符合|不如)了?(?:市场|分析师|华尔街|外界)?(?:普遍|此前|平均)?预期(?:的|值)?\s*$"
)


def _expected_of(before: str, left_clause: str, measure: tuple[str, ...]) -> tuple[str, ...]:
    """For an expectation's figure, the listed measures of the sentence before its clause, nearest first
    (an EPS's expectation is no revenue's: 交出EPS一．三美元，超过市场预期的⟨#⟩ names none, and keeps its own)."""
    if not _EXPECTED.search(left_clause):
        return measure
    sentence = SENTENCE_END.split(before[: len(before) - len(left_clause)])[-1]
    return tuple(reversed(measures().keys(sentence))) or measure


def _vote_holder(before: str, prior: Sequence[str], names: frozenset[str], measure: tuple[str, ...]) -> str | None:
    """Whose a vote's count is (羅明才案…同意票⟨#⟩: the recalled legislator's), named in the sentence or in the
    part before its ；; None for any other figure."""
    if not names or VOTES.isdisjoint(measure):
        return None
    return _voted_on(before, names) or (_voted_on(prior[0], names) if _goes_on(before, prior) else None)


def _goes_on(before: str, prior: Sequence[str]) -> bool:
    """Does the sentence go on from the one before it, cut at its ；, with the vote's other count (…占34.08%；
    不同意罷免票數⟨#⟩), not with another's (侯友宜得票468万票;柯文哲得票368万票)?"""
    return bool(prior) and prior[0].rstrip().endswith(("；", ";")) and _VOTE_GOES_ON.match(before) is not None


_VOTE_GOES_ON = re.compile(r"\s*(?:其中)?(?:不同意|同意|赞成|反对|不支持|支持|弃权|有效|无效|投票|得票)")


def _voted_on(before: str, names: frozenset[str]) -> str | None:
    """Whose vote a count is: the last name before it, a case named after them included (羅明才案投票率
    49.38％，同意票⟨#⟩), unless another case stands between (…，顏寬恒案投票率50.34％，同意票⟨#⟩: 顏寬恒's,
    whom the article names too seldom to know)."""
    who = holder(before, names, vote=True)
    if who is None:
        return None
    end = before.rfind(who) + len(who)
    if own := _OWN_CASE.match(before, end):
        end = own.end()
    return None if "案" in before[end:] else who


_OWN_CASE = re.compile(r"罢免案|一案|案")


def _date_frame(before: str, after: str, where: tuple[str, ...], who: str | None, names: frozenset[str]) -> Frame:
    """A date's frame: what happened on it (its event), where, and whose it is (the name before it, else
    the actor named before its event word, else, for a verdict, the person sentenced)."""
    if who is None and names:
        who = first_name(_before_event(after), names)
    # 2014年索契冬奥会: the year names an edition of the Games, of which there are many
    event = ("edition",) if _GAMES_AFTER_DATE.match(after) else date_event(after, before)
    if who is None and event and event[0].startswith("verdict"):
        who = sentenced(after)  # 2020年3月，法院以诽谤罪判处谭斌有期徒刑: 谭斌's verdict
    if event[:1] == ("abduction",) and names:
        who = _abducted(after, names) or who  # 1996年余华英拐走…杨妞花: 杨妞花's abduction, not 余华英's
    if who is None and event[:1] == ("announcement",):
        who = _teller(before)  # 印度人民党当地时间6月5日公布 vs 印度选举委员会5日凌晨公布: two bodies' tellings
    return Frame(event=event, place=where, holder=who)


def _teller(before: str) -> str | None:
    """The body named right before the date of its telling, by its name (not 该局)."""
    if (m := _TELLER.search(before)) is None:
        return None
    org = _ACCORDING.sub("", m["org"])
    return org if len(org) >= 3 and not org.startswith(("该", "本", "此", "其", "各", "我")) else None


_ACCORDING = re.compile(r"^(?:根据|据|由|经|从|向|在)+")


# A body named right before the date of its telling (印度选举委员会5日凌晨公布, 国家统计局1月17日发布).
ORG_KINDS = (
    "委员会",
    "党",
    "政府",
    "部",
    "局",
    "院",
    "署",
    "办公室",
    "办",
    "公司",
    "集团",
    "银行",
    "协会",
    "总会",
    "联合会",
    "基金会",
    "红十字会",
    "组织",
    "中心",
)
_TELLER = re.compile(
    rf"(?:^|[^{HAN_CLASS}])(?P<org>[{HAN_CLASS}]{{1,10}}(?:{'|'.join(ORG_KINDS)}))\s*(?:当地时间|北京时间)?\s*$"
)


def _period_of(before: str) -> str | None:
    """The stretch of the story a figure is told of (_PERIOD), else the edition of a Games its sentence
    names before it (2014年索契冬奥会中国队获得⟨#⟩: that edition's, not 2022年北京冬奥会's)."""
    during = ["".join(g) for g in _PERIOD.findall(before[-PLACE_REACH:])]
    if during:
        return during[-1]
    sentence = SENTENCE_END.split(before)[-1]
    if "财" in sentence and (fiscal := fiscal_period(sentence)):
        return fiscal
    if "会" not in sentence and "杯" not in sentence and "赛" not in sentence:
        return None  # no Games named (most sentences): no scan
    games = _GAMES_BEFORE.findall(sentence)
    return edition(games[-1]) if games else None


# A result restated off the accounting standard (non-IFRS, 经调整): another figure than the
# standard's (腾讯 2023: 权益持有人应占盈利 1,577亿 non-IFRS vs 1,152亿 IFRS, both right).
_ADJUSTED = re.compile(
    r"非国际财务报告准则|非公认会计准则|非通用会计准则|经调整|调整后|(?i:non-?IFRS|non-?GAAP)"
    r"|(?:剔除|扣除|不计|排除)[^，。；]{0,30}(?:影响|因素|项目)后?"  # 剔除召回成本影响后，毛利率为…: adjusted
)
SENTENCE_END = re.compile(r"[。！？!?\n]")  # where a sentence ends, for the text before a figure
# Words that tell a figure as it stands now (目前已有300人, 至今疫情已波及5个街道), in folded text: the pipeline leaves
# such a figure without a day an earlier clause named, and the matcher holds it at its report's day
# (matcher.verdict.claim_time, which reads a few more: 截至, 现有). 已经 narrates a past as often as now.
TOLD_NOW = re.compile(r"目前|现在|如今|眼下|当前|现时|现阶段|至今|迄今")


# A total over every edition or year, as its sentence names it (以545枚金牌总数，超越美国成为大运会历史
# 金牌总数第一; 有史以来累计): all time, not this edition's count (本届103枚).
_ALL_TIME = re.compile(r"历史(?:上)?[^，。；]{0,6}总数|历届[^，。；]{0,6}总数|有史以来|历年累计")
ALL_TIME_REACH = 24  # characters of the sentence after the figure that may name it so


def _left_of(before: str) -> tuple[str, str]:
    """The text before a figure and the figure's own clause in it. A figure in brackets right
    after another (增加636千公顷（⟨955万亩⟩）) restates that one in other units: it is read from
    before that figure. A change to a level (税率由10%提高到⟨#⟩) is read from before the change."""
    left_clause = CLAUSE.split(before)[-1]
    if restated := _RESTATED.search(left_clause):
        cut = len(left_clause) - restated.start()
        before, left_clause = before[: len(before) - cut], left_clause[: restated.start()]
    if change := _CHANGE_TO.search(left_clause):
        left_clause = left_clause[: change.start()]  # 税率由10%提高到⟨#⟩: a 税率 too
    elif change := _CHANGE_TO_AFTER_COMMA.search(before, max(0, len(before) - len(left_clause) - 24)):
        left_clause = CLAUSE.split(before[: change.start()])[-1]  # 死亡人数由此前的十二人，增至⟨#⟩
    return before, left_clause


_RESTATED = re.compile(r"[0-9０-９][0-9０-９.,]*\s*[^\s0-9０-９，。；,;（(）)]{0,4}\s*[（(]\s*$")


def _changed_by(scope: str | None, before: str, left_clause: str, measure: tuple[str, ...]) -> tuple[str, ...]:
    """What a change by an amount changed, when its own clause names only the change (粮食播种面积
    118969千公顷，比2022年增加⟨#⟩: that area's increase, not 玉米's 增加115万公顷)."""
    if scope == "new" and all(k.startswith("~") for k in measure) and _CHANGE_BY.search(left_clause):
        return _grown(before, left_clause)[0] or measure
    return measure


def _scope_for(
    kind: str,
    before: str,
    after: str,
    left_clause: str,
    right_clause: str,
    measure: tuple[str, ...],
    predicate: tuple[str, ...],
) -> str | None:
    """The figure's scope (Frame.scope): the time left (加时赛还剩两分钟时: a moment counted back
    from the end, not how long something took), what others expected (高于市场预期的⟨#⟩), else what
    its clause says it counts."""
    if kind == "duration" and _REMAINING.search(left_clause):
        return "remaining"
    if _EXPECTED.search(left_clause):
        return "expected"
    scope = _scope_of(before, left_clause, right_clause, measure, predicate) or _all_time(left_clause, after)
    if scope == "new" and kind == "duration":
        scope = None  # 时隔16年再夺总冠军: how long since, no count a day added to (再夺3金)
    if scope is None and _rule_term(before, after):
        return "threshold"
    if scope is None and kind in _POLLED_KINDS and _polled(SENTENCE_END.split(before)[-1]):
        return "planned"  # 票站调查结果显示，工党将赢得⟨410席⟩; not 终结保守党14年的执政 in that sentence
    return scope


_POLLED_KINDS = frozenset({"percent", "quantity"})  # what a poll finds: shares and seats, no spell of time


def _all_time(left_clause: str, after: str) -> str | None:
    return "all_time" if _ALL_TIME.search(left_clause + SENTENCE_END.split(after, 1)[0][:ALL_TIME_REACH]) else None


def _rule_term(before: str, after: str) -> bool:
    """Is the figure a term of a rule its sentence cites (_RULE_CITED), a modal after the citation, or of
    a case told in general or supposed (_GENERIC_CASE)?"""
    own = SENTENCE_END.split(before)[-1]
    if _GENERIC_CASE.search(own + MASK + SENTENCE_END.split(after, 1)[0]):
        return True
    cited = _RULE_CITED.search(own)
    return cited is not None and _RULE_MODAL.search(cited.group() + MASK + SENTENCE_END.split(after, 1)[0]) is not None


# A figure of a case told in general or supposed, a clause of 一般/凡是/如果…的 (一般因诬告被判处⟨三年⟩有期徒刑的，还
# 可以是情节严重; 凡连续工作满⟨十年⟩的; 如果被判处⟨3年⟩以下有期徒刑的话): whoever it fits, no one's (cross-story check:
# the development corpus's stories run together).
_GENERIC_CASE = re.compile(
    r"(?:^|[，,；;：:\s])(?:一般|通常|凡是?|如果|假如|倘若)[^，,。；;]*"
    + re.escape(MASK)
    + r"[^，,。；;]*?的(?:话)?(?:[，,]|$)"
)


def _scope_of(
    before: str, left_clause: str, right_clause: str, measure: tuple[str, ...], predicate: tuple[str, ...]
) -> str | None:
    """What part of the story a figure's clause says it counts (see scopes.tsv and Frame.scope)."""
    growth = "growth" in predicate
    scope = _scope(left_clause + right_clause[:NEAR]) or _breakdown_scope(before) or _list_scope(before)
    if scope is None and (
        _THRESHOLD_WORDS.search(left_clause)
        or (_THRESHOLD.search(SENTENCE_END.split(before)[-1]) and not _WHOLE_OF.match(right_clause))
    ):
        scope = "threshold"  # 要在下议院获得多数席位，需要⟨326个⟩席位 (but 即⟨650个⟩议席中的…: the whole)
    if scope is None and _IDENTIFIED.search(left_clause[-IDENTIFIED_REACH:] + MASK + right_clause[:IDENTIFIED_REACH]):
        scope = "identified"  # 179名遇难者的身份全部确认: those named of the dead, a part of the toll
    if scope is None and _ADJUSTED.search(SENTENCE_END.split(before)[-1]):
        scope = "adjusted"  # 按非国际财务报告准则，经营盈利为⟨#⟩: not the figure the accounting standard gives
    if scope is None and not growth and _CHANGE_BY.search(left_clause):
        scope = "new"  # 奖牌数比上届增加94枚: by how much it changed, like 新增, not how many there are
    if scope is None and (
        _PLANNED.search(left_clause)
        or _FORECAST_OPENING.search(SENTENCE_END.split(before)[-1])
        or _EXPECTED_AFTER.match(right_clause)
    ):
        # 经营目标为实现营收同比增长15%: what is aimed at, not what happened; 该公司预计，2020年第四季度，
        # 其总营收介于⟨#⟩和…之间 (尼尔森赛前预测，美国队以⟨#⟩排名第1): what a forecast's clause introduces
        scope = "planned"
    if scope is None and growth and FLOWS.isdisjoint(measure):
        # 预计实现净利润356亿元左右，同比增长⟨#⟩: the growth of a forecast is forecast; 人均GDP达89358元，
        # 比上年增长⟨#⟩: of a figure per head, per head
        grown = _clause_before(before, left_clause)
        scope = "planned" if _PLANNED.search(grown) else (each if (each := _scope(grown)) in PER_SCOPES else None)
    if scope is None and _EACH.search(left_clause):
        scope = "per"  # 两部影片票房均超过⟨#⟩: each film's, no total
    if scope is None and not growth and _BASELINE.search(_compared_list(before, left_clause)):
        scope = "baseline"  # 超越了伦敦奥运会的⟨#⟩: the record beaten, not this count
    if scope is None and not _BROUGHT_OUT.isdisjoint(predicate) and _AT_AN_HOUR.match(_COMMA.split(before)[-1]):
        scope = "new"  # 中午12:30左右搜救出⟨5人⟩: those brought out at that hour, not all so far
    return scope


# A rescue told at an hour its clause opens with (14日上午9点左右搜救出2人，中午12:30左右搜救出5人): that hour's
# batch, unless the clause says it is the total (已, 共, 累计, 总, 先后) or holds at the hour (截至11时).
_BROUGHT_OUT = frozenset({"pulled_out", "rescued"})
_COMMA = re.compile(r"[，,；;。！!？?\n]")  # a clause's end, not the colon of 12:30
_AT_AN_HOUR = re.compile(
    r"^(?:[0-9０-９]{1,2}日)?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜间)?[0-9０-９一二三四五六七八九十]{1,3}"
    r"(?:[:：][0-9０-９]{2}|点|时)[^，,；;。已共累总先]{0,12}$"
)


def _polled(sentence: str) -> bool:
    """Is the figure a poll's (_POLL named before it in its sentence, no count named after the poll)?"""
    polls = list(_POLL.finditer(sentence))
    return bool(polls) and not _COUNT_AFTER_POLL.search(sentence, polls[-1].end())


def _compared_list(before: str, left_clause: str) -> str:
    """The clause a figure's comparison is read in: its own, or, for a later item of a list of
    other times' figures (超过伦敦奥运会的39金、东京奥运会的⟨#⟩), the list's whole clause."""
    if not left_clause.endswith("的"):
        return left_clause
    return _LIST_CLAUSE.split(before)[-1]


_LIST_CLAUSE = re.compile(r"[，,。；;！!？?：:\n]")


def _places_of(before: str, left_clause: str, prior: Sequence[str], names: frozenset[str]) -> tuple[str, ...]:
    """The places of the figure's own clause, else of its sentence, else of the sentences before
    (造成甘肃113人遇难，536人受伤；青海14人遇难: 青海's toll, whatever the sentence named first);
    none that is part of a person's name (兰兰 in 汤兰兰, 长海 in 刘长海)."""
    where = (
        (places(before, len(left_clause)) if len(left_clause) >= 2 else ())
        or places(_before_parts(before))
        or next(filter(None, (places((q := _before_parts(p)) + "。", len(q) + 1) for p in prior)), ())
    )
    if names and where:
        where = tuple(w for w in where if not any(w in n for n in names))
    return where


# A list's item whose label is a place's name with its administrative suffix (包括輪島市⟨15人⟩、七尾市⟨5人⟩,
# 能登町累计⟨8死⟩): that place's figure, whatever the tagger makes of a name it does not know. _LABEL_TAIL: the
# words a label may end on before its figure.
_LABEL_TAIL = r"\s*(?:累计|共计|共|有|达|已有|为|约)?\s*$"
_PLACE_LABEL = re.compile(
    rf"(?:^|(?<=[（(])|(?<=其中)|(?<=包括)|(?<=包含))\s*"
    rf"(?P<name>(?!包括|包含|其中)(?![全本我各每该多数几当])(?:(?![市町县区村州郡个])[{HAN_CLASS}]){{1,4}}(?:市|町|县|区|村|州|郡))"
    + _LABEL_TAIL
)


def _where(
    before: str, left_clause: str, prior: Sequence[str], names: frozenset[str], unit: str | None
) -> tuple[str, ...]:
    """The places of a figure: a respective list's, a list item's label, else its clause's, sentence's or
    paragraph's (_places_of). A streak's is the side whose streak it is, named in its clause (斩断日本国际赛
    ⟨27连胜⟩), not the venue's nor the winner's its sentence names before (台湾在东京巨蛋…击败拥有⟨#⟩纪录的日本队)."""
    if unit in STREAKS:
        return places(before, len(left_clause))[-1:] if len(left_clause) >= 2 else ()
    prev = _clause_before(before, left_clause) if _WENT_ON.fullmatch(left_clause) else ""
    if prev and (went_on := places(prev + "。", len(prev) + 1)):
        return went_on  # 其中，东京的病例最多，达⟨145人⟩: the place of the clause it goes on from
    return _respective_place(before) or _labelled_place(left_clause) or _places_of(before, left_clause, prior, names)


def _not_places(measure: tuple[str, ...], where: tuple[str, ...], left_clause: str) -> tuple[str, ...]:
    """A figure's measure without the unlisted word that is the place its clause ends on (湖北11例 and 湖北省11例:
    a list item's place says whose the figure is, not what it counts); not a place further off (全球市占率为⟨#⟩:
    what 全球 stands for there is the measure's), nor one an item shares (深圳、湛江各⟨#⟩)."""
    if not where or not any(k.startswith("~") for k in measure):
        return measure
    label = _LABEL_END.sub("", left_clause)
    return tuple(k for k in measure if not (k.startswith("~") and place_name(k[2:]) in where and label.endswith(k[2:])))


_LABEL_END = re.compile(r"(?:省|市|县|区|州)?" + _LABEL_TAIL)


def _cases_or_whole(before: str, left_clause: str, predicate: tuple[str, ...]) -> tuple[str, ...]:
    """What happened to what a figure counts, read on: cases told with no other word (报告病例977例) are what one
    report calls confirmed and another infected; a town's figure in a list of towns (死亡人數達30人，包括輪島市15人、
    ⟨珠洲市6人⟩) counts what its whole does, compared town by town."""
    if "cases" in predicate:
        return tuple(dict.fromkeys((*predicate, *_CASES_ARE)))
    return predicate or _places_whole(before, left_clause)


def _before_label(left_clause: str) -> str:
    """What names a figure's measure in its clause: nothing when a place label ends it (包括⟨富山市⟩4人,
    （其中⟨甘孜州⟩29人: the label names whose the figure is, the text before it the whole's), else the clause."""
    return "" if _PLACE_LABEL.search(left_clause) else left_clause


def _labelled_place(left_clause: str) -> tuple[str, ...]:
    """The place a list item's label names when the label is all its clause says before the figure
    (_PLACE_LABEL); () otherwise."""
    m = _PLACE_LABEL.search(left_clause)
    if m is None or any(m["name"].endswith(kind) for kind in _AREA_KINDS):
        return ()  # 当地疫区, 矿区: an area by its kind, no place
    name = m["name"]
    known = places(name + "。", len(name) + 1)
    if known and "".join(known) in (name, place_name(name)):
        return known  # 青海海东市: the tagger's places (青海, 海东) where they are all the label says
    return (place_name(name),)


def _places_whole(before: str, left_clause: str) -> tuple[str, ...]:
    """What happened to a whole a list of places breaks down (死亡人數達30人，包括輪島市15人、珠洲市⟨6人⟩: deaths), for
    a figure that is an item of that list (_PLACE_LABEL) opened by 包括 or 其中 right after the clause that gives
    the whole's figure; () for any other figure."""
    if not _PLACE_LABEL.search(left_clause):
        return ()
    sentence = SENTENCE_END.split(before)[-1]
    listed = _LIST_CLAUSE.split(sentence)
    if len(listed) < 2 or not _PARTS_LIST.match(listed[-1]):
        return ()
    whole = listed[-2]
    return predicates().keys(whole) if _FIGURE_IN.search(whole) else ()


_PARTS_LIST = re.compile(r"\s*(?:包括|包含|其中)")


def _respective_place(before: str) -> tuple[str, ...]:
    """The place a figure of a list told 分别 (respectively) belongs to by its order (禅城区和南海区确诊病例
    分别为49例、⟨34例⟩: 南海's), when the places listed before 分别 are as many as the list's figures may be;
    () for any other figure."""
    sentence = SENTENCE_END.split(before)[-1]
    k = sentence.rfind("分别")
    if k < 0 or _NOT_IN_LIST.search(sentence, k):
        return ()
    named = [places(part) for part in _LIST_JOINER.split(_NOT_IN_LIST.split(sentence[:k])[-1])]
    i = len(_ITEM_BEFORE.findall(sentence, k))  # the figures of the list before this one
    if len(named) < 2 or i >= len(named) or not all(len(p) == 1 for p in named):
        return ()
    return named[i]


_LIST_JOINER = re.compile(r"和|与|及|、|以及")
_NOT_IN_LIST = re.compile(r"[，,；;。：:]")  # the figure is past the list: another clause
_ITEM_BEFORE = re.compile(r"[0-9０-９][0-9０-９.]*\s*[^\s0-9０-９、和与及]{0,3}\s*(?:、|和|与|及)")


def _item_label(before: str, prior: Sequence[str]) -> str | None:
    """The label of the numbered item a figure is told in, its sentence's or its paragraph's opening
    (1、平地原住民：应选名额⟨#⟩ vs 2、山地原住民：应选名额3人: two groups' seats, whose each is)."""
    item = next(filter(None, map(_NUMBERED_LABEL.match, (before, *prior))), None)
    return item["label"] if item else None


# A numbered item that opens on its label and a colon (1、平地原住民：应选名额3人；…, （二）山地原住民：…, 一、城镇
# 居民：…): every figure of the item is that group's.
_NUMBERED_LABEL = re.compile(
    rf"^\s*(?:[0-9]{{1,2}}[、.．]|[一二三四五六七八九十]{{1,3}}、|[（(][0-9一二三四五六七八九十]{{1,3}}[）)])\s*"
    rf"(?P<label>[{HAN_CLASS}]{{2,10}})\s*[:：]"
)


def _before_parts(before: str) -> str:
    """The sentence before a figure up to a breakdown it gave into parts by place (…118人遇难，其中甘肃105人
    死亡、青海13人死亡，此外有⟨182⟩人受伤): the places the parts name are theirs, not the later figure's."""
    sentence_start = len(before) - len(SENTENCE_END.split(before)[-1])
    i = before.rfind("其中", sentence_start)
    return before if i < 0 or not places(before[i:] + "。", len(before) - i + 1) else before[:i]


def _happened(
    kind: str, before: str, after: str, measure: tuple[str, ...], predicate: tuple[str, ...]
) -> tuple[tuple[str, ...], bool]:
    """What happened to what a figure counts, and whether it is a part: its own listed words, else
    the verb a list it opens ends on (天祥晶英酒店451人、天祥邮局9人、…台电天祥站4人受困: all trapped),
    else what the measure implies or what happened to the group the sentence opens with (_implied)."""
    if not all(k.startswith("~") for k in predicate):
        return predicate, False
    if shared := _list_predicate(after):
        return shared, False
    return _implied(kind, before, measure, predicate)


# The rest of a list a figure opens (、天祥邮局9人、天祥天主堂22人、台电天祥站4人受困): up to its clause's end,
# and what follows its last figure.
# A bracket closes it (（其中甘孜州29人、雅安市17人）、16人失联: the aside's list ends at its bracket).
_LIST_REST = re.compile(r"、[^，,。；;：:)）]*[0-9０-９][^，,。；;：:)）]*")
_LAST_FIGURE = re.compile(r".*[0-9０-９]\S?")


def _list_predicate(after: str) -> tuple[str, ...]:
    """The listed happening the last item of a list names after its figure, for every item."""
    if not after.startswith("、") or (rest := _LIST_REST.match(after)) is None:
        return ()
    tail = rest.group()[_LAST_FIGURE.match(rest.group()).end() :]  # type: ignore[union-attr]
    return tuple(dict.fromkeys(h.key for h in predicates().hits(tail[: NEAR + 2]) if h.start <= NEAR))


def _holder_of(
    kind: str,
    before: str,
    after: str,
    where: tuple[str, ...],
    who: str | None,
    names: frozenset[str],
    measure: tuple[str, ...],
) -> tuple[str | None, tuple[str, ...]]:
    """Whose figure it is (the name before it, `who`), and what it measures once that is told:
    a place right before it (印第安纳州(11张): the state's, and no count of states), a team
    (韩国队以12金), or for an age the one after it (苏银霞20岁的儿子于欢: 于欢's age; 吴谢宇趁48岁母亲换鞋:
    his mother's, unnamed)."""
    if held := place_held(before, where):
        return held, tuple(k for k in measure if k != f"~<{held}")
    if site := site_held(before):
        return site, measure
    if kind == "age" and (after.startswith("的") or KIN.match(after)):
        return aged(after, names), measure
    if kind == "age" and names and (named_after := aged(after, names, told_of=True)):
        return named_after, measure  # 一名34岁培训机构负责人李某, 52岁导演陈默: the one the nouns after it name
    sentence = SENTENCE_END.split(before)[-1]
    if kind in ("quantity", "percent") and not _WHOLE_OF.match(after):
        named, end = party(sentence)
        if (
            end >= 0
            and (who is None or 0 <= sentence.rfind(who) < end - len(who))
            and not _NUMBERED_LABEL.match(before)
        ):
            # 法拉奇领导的…政党预计会获得13席，苏格兰民族党只有⟨10席⟩: the party named last; but a numbered item's
            # group holds its parties' figures (1、平地原住民：…；民主进步党⟨1人⟩)
            return named, measure
    return who or team(sentence), measure


# A whole a later figure is taken from (650个席位中的⟨326席⟩, 在已完成计票的467个席位中): no holder's figure.
_WHOLE_OF = re.compile(rf"[{HAN_CLASS}]{{0,4}}?(?:中的|之中|当中|中[，,])")


# What follows a place whose figure comes next: 印第安纳州(11张), 北卡罗来纳州有16张选举人票, and a
# medal table's row, each column the team's (德国以12金10银5铜, 中国获得3金4银2铜: 德国's 10银, 中国's 2铜).
_PLACE_HOLDS = re.compile(
    r"\s*(?:[（(]|(?:共|则|仍|也)?(?:拥有|有)|以|(?:共|累计)?(?:获得|夺得|摘得|斩获|收获))"
    r"\s*(?:[0-9]+枚?[金银铜]牌?[、，,]?\s*)*$"
)


def place_held(before: str, where: tuple[str, ...]) -> str | None:
    """The place a figure belongs to when the place stands right before it (印第安纳州(11张)、
    肯塔基州(8张): each state's votes, as 韩国队以12金 is Korea's), not a place that only scopes it."""
    if not where:
        return None
    last = where[-1]
    if last in _NATIONAL or last in _OWN_AREA:
        return None  # 全省共有150个县: the whole the story is about, nobody's in particular
    for word in (last, *(k for k, v in _PLACE_ALIASES.items() if v == last)):
        i = before.rfind(word)
        if i >= 0 and _PLACE_HOLDS.fullmatch(before, i + len(word)):
            return last
    return None


# A named site whose figure follows it at once (天王星大楼1名死亡, 太鲁阁步道2人受困, 协和医院300名医护人员):
# its name (秀林乡小锥麓步道: a place's among it), then what kind of site it is.
_SITE_KIND = (
    *("大楼", "大厦", "酒店", "饭店", "宾馆", "旅馆", "民宿", "步道", "隧道", "车站", "机场", "码头", "大桥"),
    *("医院", "学校", "小学", "中学", "大学", "幼儿园", "工厂", "煤矿", "矿井", "商场", "广场", "公园", "景区"),
    *("小区", "寺", "教堂", "监狱", "看守所"),
)
_NAMED_BY_KIND = (*_SITE_KIND, *ORG_KINDS)
_BODY_KINDS = tuple(
    k for k in ORG_KINDS if k != "党"
)  # a party's figure is never its leader's  # a site's or a body's kind: 统计局 is 国家统计局, 步道 小锥麓步道
_SITE_HOLDS = re.compile(rf"(?P<site>(?P<name>[{HAN_CLASS}]{{2,}}?)(?:{'|'.join(_SITE_KIND)}))(?:有|共|则|内|里)?\s*$")
# A name that names no one site: 各医院, 全市各学校, 该酒店, 多家医院, 3所学校 (a count of sites).
_NOT_ONE_SITE = re.compile(r"^(?:[各全本该此这那某每其]|所有|多|几|数)|[各家所座些个]")


def site_held(before: str) -> str | None:
    """The named site a figure belongs to when it stands right before it (天王星大楼1名死亡、秀林乡小锥麓
    步道1名死亡: one death at each of two sites, no toll told twice), its name from after the last verb or
    preposition before it (地震造成天王星大楼⟨#⟩: 天王星大楼); not a site of no one name (各医院共收治⟨#⟩,
    该酒店⟨#⟩)."""
    m = _SITE_HOLDS.search(before, max(0, len(before) - 16))
    if m is None:
        return None
    name = m["name"]
    cut = 0
    for word, flag in tokens(name):
        cut += len(word)
        if flag.startswith("p") or (flag.startswith("v") and len(word) >= 2):
            name, cut = name[cut:], 0
    if len(name) < 2 or _NOT_ONE_SITE.search(name):
        return None
    return name + m["site"][len(m["name"]) :]


def _rate_of_change(measure: tuple[str, ...], predicate: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """国防支出预算16655.4亿元，增长⟨#⟩: a percent after a verb of change is a rate of growth, as
    同比增长⟨#⟩ is, not a count of what was added (增加94枚); 增长 itself names nothing counted."""
    return tuple(k for k in measure if not k.startswith("~<")), ("growth", *predicate)


# A breakdown in brackets right after a figure (新增疑似病例27例(广东省4例,云南省1例)): its items count
# what that figure counts, in its scope.
_BREAKDOWN_OPEN = re.compile(r"[0-9０-９][^，,。；;、（()）]{0,3}[（(][^（()）]*$")


def _breakdown_scope(before: str) -> str | None:
    """The scope of the figure a bracketed breakdown the figure stands in follows (累计…54例(…,⟨1例⟩): cumulative)."""
    m = _BREAKDOWN_OPEN.search(before)
    return _scope(CLAUSE.split(before[: m.start() + 1])[-1]) if m else None


# A later item of a list across 、 (新增报告本地确诊病例7例、疑似病例⟨4例⟩): the first item is
# the figure before the first 、 that follows a figure.
_FIRST_ITEM = gated(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]+[^，,。；;：:、\s]{0,3}、")


def _counted(
    before: str, left_clause: str, right_clause: str, unit: str | None, prior: Sequence[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a figure counts and what happened to it (_measures), else what the list it is a later item
    of opens with; an aftershock's magnitude (最大余震震级达⟨#⟩, 3级以下余震) is not the quake's."""
    if unit in STREAKS:
        return (), ()  # 12连胜的纪录, 12连胜被终结: the streak is what is counted, its unit says so
    # a list item's place label (…、七尾市⟨5人⟩) says whose the figure is, not what it counts
    measure, predicate = _measures(_before_label(left_clause), right_clause, unit)
    if not (measure or predicate):
        listed = _list_opening_keys(before, unit)
        return listed if any(listed) else _went_on_to(before, left_clause, unit, prior)
    if "magnitude" in measure and "余震" in left_clause + right_clause[:NEAR]:
        return ("magnitude:余震",), predicate
    return measure, predicate


def _list_opening_keys(before: str, unit: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a later item of a list across 、 counts when it names nothing itself: what the list's opening
    names (确诊病例分别为49例、⟨34例⟩: confirmed cases too); nothing for a figure that is no such item."""
    clause = _LIST_CLAUSE.split(before)[-1]
    if not clause.endswith("、") or (first := _FIRST_ITEM.search(clause)) is None:
        return (), ()
    measure, predicate = _measures(clause[: first.start()], "", unit)
    return _listed_only(measure), _listed_only(predicate)  # not 事故造成3人死亡、⟨5人⟩'s ~<事故


# A clause that is a verb of reaching alone (病例数累计破千，达⟨1019例⟩, 死亡人数不断上升，已升至⟨#⟩): it goes on
# telling the figure of the clause before, which named what it counts and gave no figure of its own.
_WENT_ON = re.compile(
    r"\s*(?:并|已经|已|又|再|更)?(?:达到|达|高达|升至|增至|增加至|上升至|攀升至|增加到|上升到|升到)\s*$"
)


def _went_on_to(
    before: str, left_clause: str, unit: str | None, prior: Sequence[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a figure counts whose clause is only a verb of reaching: what the clause before it names
    (_WENT_ON), when that clause gives no figure (破千 is none); or only a day's new count (全区累计报告
    本地病例486例；仅8月9日一天就新增⟨36例⟩): what the clause before counted in all. Nothing otherwise."""
    new_only = _new_only(left_clause)
    if not new_only and not _WENT_ON.fullmatch(left_clause):
        return (), ()
    prev = _clause_before(before, left_clause)
    if not prev and new_only and prior and before == left_clause:  # the sentence before, cut at its ；
        prev = CLAUSE.split(prior[0].rstrip("；;。.！!？? "))[-1]
    if not prev or (_DIGIT.search(prev) and not new_only):
        return (), ()
    measure, predicate = _measures(prev, "", unit)
    return _listed_only(measure), _listed_only(predicate)


def _new_only(left_clause: str) -> bool:
    """Is a figure's clause only a new count's word with its time and adverbs (仅8月9日一天就新增)?"""
    hits = [h for h in scopes().hits(left_clause) if h.key == "new"]
    if not hits:
        return False
    rest = left_clause[: hits[-1].start] + left_clause[hits[-1].end :]
    return not rest.strip() or _content_word(rest, first=False) is None


def _listed_only(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keys if not k.startswith("~"))


def _list_scope(before: str) -> str | None:
    """A later item of a list takes the scope its list opens with (新增…7例、疑似病例⟨4例⟩: new
    suspected cases too; 预计增长5%、…⟨3%⟩: a forecast too), when it names none of its own."""
    clause = _LIST_CLAUSE.split(before)[-1]
    if (first := _FIRST_ITEM.search(clause)) is None:
        return None
    opening = clause[: first.start()]
    return _scope(opening) or ("planned" if _PLANNED.search(opening) else None)  # 预计…5%、…⟨3%⟩


PER_SCOPES = frozenset({"per", "per_day", "per_month", "per_year"})  # each one's, each period's (scopes.tsv)


def _scope(window: str) -> str | None:
    """The first scope word in `window` that starts a word: `11名被告人均获刑` (all eleven
    were sentenced) holds 人均 (per head) only across 被告人|均."""
    for h in scopes().hits(window):
        if h.start == 0 or _word_starts(window, h.start):
            return h.key
    return None


def _lone_medal(hit: Hit) -> bool:
    """金, 银, 铜 alone before a figure: a character of a name (苏银霞20岁的儿子) or of another word,
    no medal; a medal count says it after the figure (12银, 12枚金) or in full (银牌)."""
    return len(hit.word) == 1 and hit.key in MEDALS


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether jieba's cut of `text` has a word spanning exactly [start, end)."""
    return _word_end(text, start) == end


def _word_starts(text: str, at: int) -> bool:
    """Whether a word of jieba's cut of `text` starts at `at`."""
    return _word_end(text, at) is not None


def _word_end(text: str, at: int) -> int | None:
    """Where the word of jieba's cut of `text` that starts at `at` ends; None when no word
    starts there (the end of the text is a word's start)."""
    pos = 0
    for word, _ in tokens(text):
        if pos == at:
            return pos + len(word)
        if pos > at:
            return None
        pos += len(word)
    return pos if pos == at else None


_ASIDE_BEFORE_ITEM = re.compile(r"[（(][^（()）]*[)）](?=、$)")


def _listed(before: str, after: str, unit: str | None = None, measure: tuple[str, ...] = ()) -> bool:
    """Is the figure one item of a list of one measure's values (分别实施25%、20%或10%加征关税)?
    Not where a neighbouring item names its own happening (1人死亡、4人重伤、123人轻伤:
    three facts, each with its own predicate) or counts another listed thing (40枚金牌、27枚
    银牌、24枚铜牌: a medal table's columns), nor where it counts in another unit
    (倒塌房屋30616户、89001间: one fact in households and in rooms)."""
    if _RANGE_END.match(after):
        return True  # 有期徒刑6年6个月至2年不等: an end of a range over a group, no value of one
    if _labelled_item(before, after) or _respective(before, after):
        return True
    # 46人死亡（其中甘孜州29人）、⟨16⟩人失联: the item before is the figure before the aside
    first, then = _LIST_BEFORE.search(_ASIDE_BEFORE_ITEM.sub("", before)[-12:]), _LIST_AFTER.match(after)
    if not (first or then):
        return False
    if unit and any(m["tail"] and m["tail"][0] != unit[0] for m in (first, then) if m):
        return False
    if measure and any(h.key not in measure for m in (first, then) if m for h in measures().hits(m["tail"])):
        return False
    # An item's own words end at the next separator; the last item's run on into what the
    # whole list shares (…或10%加征关税), so only closed items are read.
    closed = [first] if first else []
    if then and after[then.end() : then.end() + 1] in ("、", "或", "及"):
        closed.append(then)
    return not any(next(iter(predicates().hits(m["tail"])), None) for m in closed)


# An item of a list that names each item before its figure (其中枋寮医院7名、屏东荣总2名、屏基7名):
# the label, its figure, and another labelled figure beside it; one of the labels names an institution.
_ITEM_LABEL = rf"(?P<{{}}>[{HAN_CLASS}]{{{{2,10}}}}?)(?:有|为|共|约)?"
_ITEM_OWN = gated(rf"(?:[、，,：:；]|其中){_ITEM_LABEL.format('label')}$")
_ITEM_NEXT = re.compile(rf"^[^、，,。；;]{{0,4}}、{_ITEM_LABEL.format('other')}[0-9０-９一二两三四五六七八九十]")
_ITEM_PREVIOUS = gated(
    rf"(?:[、，,：:；]|其中){_ITEM_LABEL.format('other')}[0-9０-９一二两三四五六七八九十][^、，,。；;]{{0,4}}、{_ITEM_LABEL.format('label')}$"
)
_INSTITUTION = ("医院", "学校", "中学", "小学", "大学", "公司", "集团", "银行", "酒店", "宾馆", "机场", "中心", "工厂")


def _labelled_item(before: str, after: str) -> bool:
    """Is the figure one item of a list of labelled figures (其中枋寮医院7名、屏东荣总2名…: the
    patients each hospital took)? One of the two labels names an institution; the figure's own
    names no listed measure or happening (金牌40枚、银牌27枚 and 死亡1人、重伤4人 are facts of
    their own) and is no place (甘肃113人、青海14人 are each place's tally, compared place by place)."""
    own = _ITEM_OWN.search(before[-16:])
    beside = _ITEM_NEXT.match(after) or _ITEM_PREVIOUS.search(before[-32:])
    if own is None or beside is None:
        return False
    label = own["label"]
    if not (label.endswith(_INSTITUTION) or beside["other"].endswith(_INSTITUTION)):
        return False
    if measures().hits(label) or predicates().hits(label) or events().hits(label):
        return False
    return place_name(label) not in places(label + "。")  # 枋寮医院 is a hospital, named by its town


# A listed word right after a numeral is another figure's counter (有70多户⟨280多人⟩), not this one's
# measure; right after a numeral and its counter, another figure's happening (已致302人遇难，⟨50人⟩失踪 is
# no death toll).
_COUNTED_BEFORE = frozenset("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿多余几")
_COUNTERS = frozenset("人名位个例户间起座所家只头辆艘架条次枚件项台部张篇份种")  # 40枚银牌和⟨35枚⟩铜牌
_FIGURE_BEFORE = re.compile(r"[0-9][0-9.,]*\s?[万亿]?\s?[户间人名个]$")


_PEOPLE_COUNTERS = frozenset("人名位")
_ANYONE = frozenset(("人员", "成员", "人士", "民众", "群众"))  # 280名人员: people, no kind of them
_STOP_OR_ANYONE = _STOP | _ANYONE  # 9名被困人员获救: the rescued, no kind of people counted
_OF = re.compile(r"\s*(?:多|余|左右)?的")  # 133人的客机: a count of people said of what they are in
_AMONG = re.compile(r"\s*(?:中的|之中|当中)")
_AND = re.compile(r"\s*(?:和|及|与|以及)(?=[\u4e00-\u9fff])(?![0-9０-９零〇一二两三四五六七八九十百千万])")
_INCLUDING = re.compile(r"包括[^，。；]{1,20}在内的?$")  # 共有包括苏建父母在内的⟨#⟩: an aside, not the count's noun


def _another_figures(before_word: str) -> bool:
    """Does a listed word standing after `before_word` belong to the figure that ends it?"""
    last = before_word[-1:]
    if last in _COUNTED_BEFORE:
        return True
    if before_word[-2:-1] == "一" and before_word[-3:-2] not in _COUNTED_BEFORE:
        return False  # 一架搭载⟨#⟩的客机: 一架 is "a plane", no figure
    return last in _COUNTERS and before_word[-2:-1] in _COUNTED_BEFORE


def _measures(left_clause: str, right_clause: str, unit: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what is counted, what happened to it), each nearest first: listed words either
    side of the figure, the unit's own noun (`间房屋`), else the words right after the
    figure (a noun, then a verb: `9名被告人供述` → `~>被告人`, `~>供述`), else the word
    right before it."""
    joined_right, both = _right_of(right_clause, unit)
    right = joined_right[:REACH]
    # A figure right after another counts it in another unit (倒塌房屋17015户⟨55293间⟩): the words before govern both.
    left_clause = _FIGURE_BEFORE.sub("", left_clause)
    if "（" in left_clause or "(" in left_clause:  # 累计票房（含预售）达⟨#⟩: the box office, whatever it holds
        left_clause = _ASIDE.sub("", left_clause)
    left = _SKIP_LEFT.sub("", left_clause[-REACH - 6 :])[-REACH:]
    # A listed name may be long (归属于上市公司股东的净利润): it only has to end near the figure.
    named = _SKIP_LEFT.sub("", left_clause[-WORD_REACH - 6 :])[-WORD_REACH:]
    nouns: list[tuple[int, str]] = []
    preds: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []  # spans of `right` a listed word covers
    counted = None if both else _counted_after(right, unit)
    for lexicon, out in ((measures(), nouns), (predicates(), preds)):
        one_char_ok = lexicon is not measures()  # a one-character measure word (支, 剂, 省) is a word of its own
        for h in lexicon.hits(right):
            if _right_hit(right, h, one_char_ok):
                out.append((h.start, h.key))
                taken.append((h.start, h.end))
        if counted and out is nouns:
            continue  # 被老师拉到两个班面前: the classes are counted, not the teacher before them
        for h in lexicon.hits(named):
            if _left_hit(named, h, one_char_ok):
                out.append((len(named) - h.end, h.key))
    if unit:
        own = [h.key for h in measures().hits(unit) if h.end == len(unit) and (len(unit) >= 2 or h.word == unit)]
        if not own and unit[:1] in _PEOPLE_COUNTERS and len(unit) > 2 and unit[1:] not in _ANYONE:
            own = [f"~>{unit[1:]}"]  # 500名研究人员: the noun the figure carries names what it counts
        if not own and unit == "票" and all(k.startswith("~") for _, k in nouns):
            own = ["votes"]  # 林志明获得68,412票: ballots counted, whatever word comes before (同意票 names its own)
        if both:
            own = []
        if own:  # the unit names what is counted (打入25万多名儿童的身体): not the 疫苗 before it
            nouns = [(0, k) for k in own]
    if not nouns or not preds:
        noun, verb = _right_words(right, taken, joined_right)
        if not nouns and noun:
            nouns.append((0, f"~>{noun}"))
        if not preds and verb and not (verb in _STANDING and MEDALS & {k for _, k in nouns}):
            preds.append((0, f"~>{verb}"))
    if not nouns and not preds and not counted and (word := _content_word(left, first=False)) and not _scope(word):
        nouns.append((0, f"~<{word}"))  # (新增⟨36例⟩: a scope word says which count, not what is counted)
    return _ordered(nouns), _happenings(right, _ordered(preds))


# Classifiers that carry no noun of their own (两个, 三项, 五件): the noun right after one is what is counted.
_BARE_COUNTERS = frozenset("个项件种只条张台部篇份枚")


def _counted_after(right: str, unit: str | None) -> str | None:
    """The noun right after a bare classifier (两个班, 两个人, 三项指标): what the figure counts, so no
    word before it names that (只有他和老师两个人 counts two people, 被老师拉到两个班面前 two classes:
    neither counts teachers); not a person's or a place's name. A one-character noun (人, 班) is
    too general to name a measure of its own (`_right_words` reads two-character ones)."""
    if unit is None or len(unit) != 1 or unit not in _BARE_COUNTERS:
        return None
    first = tokens(right[:REACH])[:1]
    if not first:
        return None
    word, flag = first[0]
    return word if flag.startswith("n") and not flag.startswith(("nr", "ns")) else None


def _left_hit(named: str, h: Hit, one_char_ok: bool) -> bool:
    """Does a listed word before a figure name what the figure counts? Not a rate of it (净利润率为⟨#⟩),
    a place's 省 (浙江省⟨#⟩: no count of provinces), a character of another word (国防支出⟨#⟩: no 支 of
    vaccine doses), or the name of the accident (酒店坍塌事故仍有⟨#⟩被困: those trapped, not collapsed)."""
    return (
        len(named) - h.end <= NEAR
        and not _lone_medal(h)
        and not _another_figures(named[: h.start])
        and named[h.end : h.end + 1] != "率"
        and named[h.end : h.end + 2] not in _INCIDENT
        and (len(h.word) > 1 or _whole_word(named, h.start, h.end) or (one_char_ok and _word_starts(named, h.start)))
    )


_INCIDENT = frozenset({"事故", "事件"})  # what names a happening, not what happened to those counted


def _right_hit(right: str, h: Hit, one_char_ok: bool) -> bool:
    """Does a listed word after a figure name what the figure counts? Not after another figure
    (51人获救4人死亡: 死亡 is the 4's; a toll in shorthand, 3死5伤: 伤 is the 5's), and a search
    names those searched for only right after the figure (尚有28人正在搜救: still trapped): after
    a noun (300余名救援人员正在搜救) it is what the rescuers do."""
    return (
        h.start <= NEAR
        and right[h.end : h.end + 1] != "率"
        and not _FIGURE_IN.search(right[: h.start])
        and not right[h.start - 1 : h.start].isdigit()
        and (one_char_ok or len(h.word) > 1 or _whole_word(right, h.start, h.end))
        and not (h.start > 0 and h.key == "trapped" and "搜救" in h.word)
    )


def _happenings(right: str, preds: tuple[str, ...]) -> tuple[str, ...]:
    """What happened to what a figure counts: two happenings joined right after it one key of their own
    (107人危重或重伤), else its listed ones, the critical apart from the injured."""
    joined = _joined_happenings(right)
    return (joined,) if joined else _critical_apart(_people_not_buildings(_described_first(right, preds)))


# People a happening describes before another befalls them (9名被困人员获救, 2名被困矿工死亡): what they are, not
# what the figure counts happened (the rescued, the dead).
_DESCRIBED_PEOPLE = re.compile(r"人员|者|矿工|群众|乘客|旅客|村民|学生|工人|船员")


def _described_first(right: str, preds: tuple[str, ...]) -> tuple[str, ...]:
    if len(preds) < 2:
        return preds
    hits = predicates().hits(right[: NEAR + 10])
    if len(hits) < 2 or hits[0].start > NEAR or hits[1].key == hits[0].key:
        return preds
    if not _DESCRIBED_PEOPLE.match(right, hits[0].end):
        return preds
    return tuple(k for k in preds if k != hits[0].key) or preds


_BUILDINGS = frozenset({"collapsed", "damaged"})  # what happens to houses and roads, not to people


def _people_not_buildings(preds: tuple[str, ...]) -> tuple[str, ...]:
    """A figure told both what befell people and a collapse (煤矿坍塌 最少⟨2死⟩, 坍塌致⟨28人⟩被困) counts
    the people: the collapse is the accident's, no count of buildings."""
    if _BUILDINGS.isdisjoint(preds) or _BUILDINGS.issuperset(preds):
        return preds
    return tuple(k for k in preds if k not in _BUILDINGS)


_JOINER = re.compile(r"或者|或|及|和|与|、")


def _joined_happenings(right: str) -> str | None:
    """Two happenings joined right after a figure (107人危重或重伤): one count of either, its own key
    (critical|seriously_injured), neither the critical's nor the seriously injured's."""
    hits = predicates().hits(right[: NEAR + 8])
    for h1, h2 in zip(hits, hits[1:], strict=False):
        if h1.start <= NEAR and h1.key != h2.key and _JOINER.fullmatch(right[h1.end : h2.start]):
            return f"{h1.key}|{h2.key}"
    return None


def _critical_apart(happened: tuple[str, ...]) -> tuple[str, ...]:
    """危殆伤者由6人降至⟨#⟩: the critical among the injured, not all of them; 还有⟨39名⟩伤病员仍在治疗,
    共转运伤员⟨71名⟩: those in hospital now, those moved: each a count of its own, none of all the injured."""
    return tuple(k for k in happened if k != "injured") if not _STATES_OF_THE_HURT.isdisjoint(happened) else happened


_STATES_OF_THE_HURT = frozenset({"critical", "hospitalized", "transferred"})


def _right_of(right_clause: str, unit: str | None) -> tuple[str, bool]:
    """The words after a figure that may say what it counts (REACH characters, and JOINED_REACH more for
    `_right_words` past a figure joined to it), and whether the noun it carries is one of two it counts
    together. None after 搭载133人的客机 (the people of the plane, not planes) or 408名游客中的大多数
    (what follows is said of some of them); 132名乘客和机组人员 counts passengers and crew, neither alone."""
    both = bool(unit and _AND.match(right_clause))
    whole = bool(unit and unit[:1] in _PEOPLE_COUNTERS and _OF.match(right_clause)) or _AMONG.match(right_clause)
    return ("" if whole or both else _SKIP_RIGHT.sub("", right_clause)[: REACH + JOINED_REACH]), both


def _ordered(found: list[tuple[int, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for _, k in sorted(found, key=lambda x: x[0])))


# One-character verbs that say nothing of what happened to what is counted (是, 有, 在 …).
_LIGHT_VERBS = frozenset("是有在为被把将会要能可对到让给等来去说使得用以作做成达占共")
# A verb of standing after a team's medals tells its place in the table (中国队以27金…位列奖牌榜首位,
# 中國隊以32金…排名獎牌榜首), not what happened to the medals (连续十三个季度排名全球前三 is a streak's).
_STANDING = frozenset({"位列", "排名", "位居", "名列", "排在", "位于", "居于", "排列", "列居"})


def _right_words(right: str, taken: list[tuple[int, int]], more: str = "") -> tuple[str | None, str | None]:
    """The first noun and the first verb after a figure, outside listed words, before
    the figure's clause moves on to another subject; past a figure joined to it (`more`: the
    words after the figure read further), the verb the two share."""
    noun = verb = None
    pos = 0
    in_run = False  # inside the first run of nouns: its last noun is its head (同监舍证人 counts 证人)
    before = ""
    for word, flag in tokens(right):
        start, pos = pos, pos + len(word)
        one_char_verb = len(word) == 1 and flag == "v" and word not in _LIGHT_VERBS  # 戴着口罩, 打了
        if word[:1].isdigit():
            if noun is not None and before in _FIGURE_JOINERS:  # 6支救援队共⟨200多人⟩抵达: both arrived
                verb = _shared_verb(more[start:])
            break  # ⟨#⟩至34.8亿元(人民币,下同): what follows another figure is that figure's
        before = word
        if any(a <= start < b for a, b in taken) or (len(word) < 2 and not one_char_verb) or word in _STOP_OR_ANYONE:
            in_run = False
            continue
        if flag.startswith("v") and verb is None:
            verb = word
            break  # what follows the verb is its object, not what the figure counts
        is_noun = flag.startswith(("n", "vn")) and not flag.startswith(("nr", "ns"))  # not a person or a place
        if is_noun and (noun is None or in_run):
            noun = word
        in_run = is_noun
    return noun, verb


def _shared_verb(after: str) -> str | None:
    """The first verb after a figure joined to another (200多人抵达现场: 抵达), if it comes before any other figure."""
    for word, flag in tokens(after)[1:]:
        if word[:1].isdigit():
            return None
        if flag.startswith("v") and len(word) > 1:
            return word
    return None


# What joins a count to another of the same group (6支救援队共200多人, 8支救援队、300多人): the verb after
# the second is the first's too (抵达, 赶往: teams arrived, teams on their way).
_FIGURE_JOINERS = frozenset({"共", "共计", "合计", "、", "和", "及"})


# What says a count holds at a time (截至28日12时, 截止目前): claims.pipeline reads a running
# report's time from it, and a date right after it dates the count, no happening.
# 至 too where it opens a clause before a time (至5月2日早上5时30分，36人死亡): not 增至36人, 至少.
TALLY_WORDS = (
    r"截至|截止|(?<![^，,；;：:。\s])至(?=\s*[0-9０-９今昨当當本同上下凌早中晚])"
    r"|截(?=[今昨当當本]|\s*[0-9０-９])"  # 截今晚(17日)10時: Hong Kong's short 截至
)
TALLY_AT = gated(TALLY_WORDS)
_TALLY_CLOCK = re.compile(rf"(?:{TALLY_WORDS})([^，,。；;]{{1,16}})")
# A count told as a release of a time gave it (根据铁道部16日中午公布的数字，当时的死亡人数为⟨108人⟩;
# 据印度铁道部15日上午通报，事故已造成⟨至少68人⟩死亡): the count at that release's time, as 截至 says.
_RELEASED_AT = re.compile(r"(?<![^，,；;：:。\s])(?:据|根据)([^，,。；;]{1,16}?)(?:公布|通报|发布|披露)")


@lru_cache(maxsize=1 << 14)
def tally_clock(sentence: str) -> tuple[int, int] | None:
    """The time of day a sentence says its counts hold at (截至19日8时47分: 8:47), as
    minutes after midnight, low and high; None when it names no tally or no clock."""
    m = _TALLY_CLOCK.search(sentence) or _RELEASED_AT.search(sentence)
    if m is None:
        return None
    told = _ASIDE.sub("", m.group(1))  # 截今晚(17日)10时: the day in brackets
    clock = told[told.rfind("日") + 1 :]
    times = find_times(clock, after_date=True)  # the clock after its day
    if times:
        return times[0].low, times[0].high
    part = _PART_OF_DAY.match(clock.strip())  # 截至8月15日晚: the evening, no hour
    return PARTS_OF_DAY[part.group()] if part else None


# A part of the day a tally names without an hour (截至15日晚), as minutes after midnight: the stretch
# it names alone, narrower than claims.values.times.DAY_PART (day_part_at), which holds every hour a
# part may precede (晚6点 is 18:00). Read with DAY_PART, 截至15日晚 took in 截至今日傍晚6时 (18:00) and
# made tjgk's 701 vs 722 hospitalised, two days apart, a contradiction.
PARTS_OF_DAY = {
    "凌晨": (0, 359),
    "早上": (360, 539),
    "早晨": (360, 539),
    "上午": (480, 719),
    "中午": (660, 779),
    "下午": (720, 1079),
    "傍晚": (1020, 1199),
    "晚上": (1140, 1439),
    "晚间": (1140, 1439),
    "夜间": (1200, 1439),
    "深夜": (1320, 1439),
    "晚": (1140, 1439),
}
_PART_OF_DAY = re.compile("|".join(sorted(PARTS_OF_DAY, key=len, reverse=True)) + r"(?=\s*$)")


def clock_text(clock: tuple[int, int] | None) -> str | None:
    """`Claim.clock` as written: "08:47", or "14:00/14:59" for 下午2点多."""
    if clock is None:
        return None
    low, high = (f"{t // 60:02d}:{t % 60:02d}" for t in clock)
    return low if low == high else f"{low}/{high}"


def parse_clock(text: str | None) -> tuple[int, int] | None:
    """The minutes `clock_text` wrote."""
    if not text:
        return None
    ends = [int(t[:2]) * 60 + int(t[3:]) for t in text.split("/")]
    return ends[0], ends[-1]


# A date right after 截至 (TALLY_BEFORE) is a count's time; after a bare 至 it may be a deadline met
# (至4日18时，清理工作已基本完成), so only 截至 sets a date's event.
# A report released (发布2023年年报, 公布第3季业绩, 披露…统计公报): the words a release and its report go by.
RELEASE_VERBS = "发布|公布|披露|发表|印发|交出"
REPORT_NAMES = "财报|年报|半年报|季报|季度报告|年度报告|公报|报告|白皮书|业绩|成绩单"
_RELEASED = re.compile(rf"(?:{RELEASE_VERBS})了?其?《?\s*$")
_DOCUMENT = re.compile(rf"[^，,。；;]{{0,24}}?(?:{REPORT_NAMES})")
_SPAN_START = re.compile(r"(?<![0-9])[0-9]{1,2}\s*[—–\-~～至到]\s*$")  # 1—⟨5月⟩: a span's other end
_TERM_END_BEFORE = re.compile(r"(?<!截)[至到]\s*$")
_TERM_END = re.compile(r"\s*(?:刑满|期满|止)(?!释放)")
_SAME_DAY = re.compile(r"当日|当天|同日|同一天|这一天")  # later in a date's sentence: that date
_ANOTHER_DATE = re.compile(r"[0-9０-９零〇一二两三四五六七八九十]\s*[年月日号]")


# A date qualifying a deed right after it (3月14日晚间发布的年报, 4月18日发生的火灾): the deed's day.
_DATED_DEED = re.compile(
    r"\s*(?:晚间|晚上|上午|下午|凌晨|早上|中午|傍晚|夜间|深夜)?\s*所?(?P<deed>[\u4e00-\u9fff]{2,4}?)的"
)
# Another moment later in a date's sentence, after what happened at the first (到13点33分扑灭).
_NEXT_MOMENT = re.compile(r"[0-9０-９零〇一二两三四五六七八九十]\s*(?:[日号]|[点时](?![间候期代]))")  # not 潜逃20年


# A year, a month or an offset told later in a date's sentence (为什么8月你才被释放, 2019年, 一年后复婚): not a span
# (潜逃20年, 3个月).
_LATER_MONTH = re.compile(
    r"[0-9０-９]{4}\s*年|(?<![0-9０-９])(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\s*月(?![内底])"
    r"|[0-9０-９一二两三四五六七八九十]+\s*个?(?:年|月|天|日|周|星期)(?:之?后|以后)"
    # a term handed down, then another clause (2019年，他…被判处有期徒刑1年6个月，出狱不到3年再次犯案): what that
    # clause tells comes after the term, no happening of the date's (a verdict story written for the purpose)
    r"|(?:有期徒刑|拘役|管制)[^，,。；;]{0,4}?[0-9０-９一二两三四五六七八九十]+\s*(?:年|个月)"
    r"(?:零?[0-9０-９一二两三四五六七八九十]+\s*个月)?(?=\s*[，,])"
)


def _later_moment(window: str) -> re.Match[str] | None:
    """The first moment or date told after a date in its sentence (13点33分, 8月): what follows it is its."""
    found = [m for m in (_NEXT_MOMENT.search(window), _LATER_MONTH.search(window)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _verb_in(text: str) -> bool:
    """Does `text` tell something happening (a verb of two characters or more)?"""
    return any(flag.startswith("v") and len(word) >= 2 and word not in _STOP for word, flag in tokens(text))


_COUNTDOWN = re.compile(r"[，,\s]*(?:距离?|离)[^，,。]{1,20}(?:还有|还剩|仅剩|只剩|只有|仅有)")
# Which trial a ruling or a hearing belongs to: each instance's is another event (余华英: 一审开庭
# 2023-07-14, 二审开庭 2023-11-28, 重审一审开庭 2024-10-11, 重审二审开庭 2024-12-19).
_INSTANCES = {
    **{"重审一审": "retrial_first", "重审二审": "retrial_second", "重审": "retrial", "再审": "retrial"},
    **{"一审": "first", "二审": "second", "终审": "second"},
}
_INSTANCE = re.compile("|".join(sorted(_INSTANCES, key=len, reverse=True)))
_TRIED = {"verdict": "verdict", "verdict_first": "verdict", "verdict_second": "verdict", "hearing": "hearing"}


def _instance(text: str) -> str | None:
    """Which trial a ruling or a hearing belongs to: the instance named (一审公开宣判, 重审一审开庭,
    二审于…开庭, though words stand between), else the appeal when an appellant or an appeal is
    (公开审理上诉人于欢故意伤害一案: the second instance, 于欢 2017-05-27)."""
    if instance := _INSTANCE.search(text):
        return _INSTANCES[instance[0]]
    return "second" if "上诉" in text else None


_FIGURE_AFTER = re.compile(r"[0-9０-９零一二两三四五六七八九十百千万亿]")


def _dates_a_flow(after: str) -> bool:
    """Does a date name the period of a figure over a period its clause goes on to give (2024年国防预算
    16655.4亿元, 2023年的增幅则达7.2%, 第二季度营收为100亿元)? Such a date is no happening's: two
    years' budgets are two figures, and their years no clash."""
    clause = CLAUSE.split(after, 1)[0][:EVENT_REACH]
    for lexicon in (measures(), predicates()):
        for h in lexicon.hits(clause):
            if h.key in FLOWS and len(h.word) > 1 and _FIGURE_AFTER.search(clause, h.end):
                return True
    return False


# A day's 24 hours right after its date (6月23日0时至24时, 1月15日0—24时): the day a bulletin's counts cover.
_DAY_COUNTED = re.compile(r"\s*(?:0\s*(?:时|時|点)?\s*)?[—–\-－~～至到]\s*24\s*[时時点]")


# A date's clause that ends on 后 (2015年7月吴谢宇弑母后，…): what follows happened after the date's happening.
_AFTER_CLAUSE = re.compile(r"^(?P<clause>[^，,；;。]{1,20}?(?:之后|以后|后|後))[，,]")


_TOLD_FOR = re.compile(r"(?:宣布|公布|通报|发布|表示|声明)(?:将|会)?(?:于|在)\s*$")  # a telling of a day to come


def date_event(after: str, before: str) -> tuple[str, ...]:
    """What a date dates: listed event words after it in its sentence, nearest first;
    else the ones before it in its clause; else the first verb after it (`~verb`)."""
    sentence = re.split(r"[。！!？?；;\n]", after, maxsplit=1)[0]
    window = sentence[:EVENT_REACH]
    if window.startswith("起") and before.endswith(("自", "从")):
        return ("effect",)  # 自5月10日起: the day something takes effect
    if _SERIES_FROM.match(window) or window.startswith("以来"):
        # 1993年起，余华英及其同伙一起拐卖多名儿童: a series' start, no one happening's day; 今年以来，…已累计抽检
        return ("period",)  # 1200余批次: the span a tally covers, not the day of one inspection (10月13日…抽样检测)
    if TALLY_BEFORE.search(before) or _DAY_COUNTED.match(after):
        # 截至8月1日18时，全市共遇难292人: when a count holds, not when anyone died; 6月23日0时至24时，北京新增…:
        # the day a bulletin counts (each day's bulletin its own, whatever words it repeats)
        return ("tally",)
    if _SPAN_START.search(before) or (_TERM_END_BEFORE.search(before) and _TERM_END.match(after)):
        # 1—5月，全区共发生事故106起: the months a tally covers; 判处有期徒刑五年，至2021年4月14日刑满:
        # the day a term would end, no release (于欢 was released early, 2020年11月18日减刑出狱)
        return ("period",)
    if _RELEASED.search(before) and _DOCUMENT.match(after):
        return ("period",)  # 2月28日发布⟨2023年⟩国民经济和社会发展统计公报: the year the report covers
    if head := _AFTER_CLAUSE.match(sentence):
        # 2015年7月吴谢宇弑母后，从警方将其抓获，到一审开庭…: the date dates its own clause, not what followed
        sentence = window = head["clause"]
    if _dates_a_flow(after):
        return ("period",)  # 2023年国防预算增长⟨#⟩, 2023年第二季度营收为100亿元: the period a figure covers
    if _COUNTDOWN.match(window):
        return ("countdown",)  # 12月17日，距离劳荣枝被执行死刑仅剩一天: a day before what it names
    if (own := _DATED_DEED.match(window)) and (deed := events().keys(own["deed"])):
        return deed[:3]  # 3月14日晚间发布的年报: the day of the release the date qualifies, whatever follows
    if (later := _later_moment(window)) and _verb_in(window[: later.start()]):
        # 从12点57分接警到13点33分扑灭明火: 12:57 is the call's, not the putting out's; 4月就提交了证据，为什么8月你才被
        # 释放: April is the filing's, the release August's
        window = window[: later.start()]
    # 苏纳克宣布于⟨7月4日⟩提前举行大选: the day told is the election's, not the telling's
    keys = _predicates(window) or (() if _TOLD_FOR.search(before) else _predicates(CLAUSE.split(before)[-1]))
    if "hearing" in keys and any(k.startswith("verdict") for k in keys):
        keys = tuple(k for k in keys if k != "hearing")  # 二审开庭宣判: the court sat to give its verdict
    if any(k in _TRIED for k in keys) and (tried := _instance(CLAUSE.split(before)[-1] + "，" + window)):
        keys = tuple(dict.fromkeys(f"{_TRIED[k]}_{tried}" if k in _TRIED else k for k in keys if k != "appeal"))
    if not keys and (refer := _SAME_DAY.search(sentence)):
        keys = _predicates(sentence[refer.end() : refer.end() + EVENT_REACH])  # …——当日,13名村民被带走
    if not keys and not before.strip():
        # A date heading its sentence dates the sentence's happening, however far
        # (2019年3月25日——在…的前一天,他的家人和王攀签订了和解协议), up to another date.
        keys = _predicates(sentence[: m.start()] if (m := _ANOTHER_DATE.search(sentence)) else sentence)
    if "killing" in keys and _INTENT.search(sentence):
        keys = tuple(k for k in keys if k != "killing")  # 于2015年上半年产生杀害谢某某的念头: the intent, not the deed
    if keys:
        return keys[:3]
    for word, flag in tokens(window[:12]):
        if flag.startswith("v") and len(word) >= 2 and word not in _STOP and word not in _ASPECT:
            return ("~>" + word,)
    return ()


# Verbs that tell when something else begins or goes on, no happening of their own: 2008年开始，杜伟民…吃下了…股份 and
# 从2008年开始，我成为了华为的持股员工 date two men's deeds (the development corpus's stories run together), not one 开始.
_ASPECT = frozenset({"开始", "持续", "继续"})


# A date opening a series (1993年起，…拐卖多名儿童): its start, no one happening's day.
_SERIES_FROM = re.compile(r"起\s*[，,][^。；;]{0,30}?(?:多名|多人|多次|多起|多个|陆续|先后|一直)")
# A killing only thought of, planned or told about (产生杀害母亲谢天琴(被害人,殁年48岁)之念, 开始策划杀害母亲, 谈到杀害
# 妻子的作案过程): the date dates the thought, the plan or the telling, not the deed.
_INTENT = re.compile(
    r"(?:策划|预谋|计划|图谋|密谋|企图|准备|打算)杀害"
    r"|杀害[^。；;]{0,20}?[的之](?:念头|念|想法|计划|打算|过程|作案过程|经过|细节|动机)"
)


def _abducted(after: str, names: frozenset[str]) -> str | None:
    """Who an abduction a date dates took: the name before 被 (杨妞花被人贩子余华英…拐卖), else the first name
    after the verb in its clause (余华英拐走隔壁邻居家的5岁小女孩杨妞花)."""
    window = re.split(r"[。！!？?；;\n]", after, maxsplit=1)[0][:EVENT_REACH]
    verb = next(iter(events().hits(window)), None)
    if verb is None:
        return None
    if (k := window.rfind("被", 0, verb.start)) >= 0:
        return _last_name(window[:k], names)
    return first_name(CLAUSE.split(window[verb.end :], 1)[0], names)


def _last_name(text: str, names: frozenset[str]) -> str | None:
    """The name that ends nearest the end of `text`."""
    hits = [(i + len(n), len(n), n) for n in names if (i := text.rfind(n)) >= 0]
    return max(hits)[2] if hits else None


def _before_event(after: str) -> str:
    """What a date's sentence says between the date and its first event word, where its
    actor stands (2015年6月，陶崇园…毕业); a name after the event word is what was said
    or done (学校发布通告，称导师王攀…)."""
    window = re.split(r"[。！!？?；;\n]", after, maxsplit=1)[0][:EVENT_REACH]
    hits = list(events().hits(window))
    return window[: min(h.start for h in hits)] if hits else window


# A firm a listing word describes (三大药品零售上市公司, 新三板挂牌企业): a listed company, no listing on the date.
_LISTED_FIRM = re.compile(r"公司|企业|集团|银行|药企|房企|车企|险企|券商")
# An event word naming a crime, a case or an incident (涉嫌拐卖儿童罪, 拐卖案, 坠楼事件联合调查组), or the body that
# does it (调查组, 工作小组, 调查委员会), not what happened on the date; an incident told to happen (坠楼事件发生) did.
_CRIME_NAMED = re.compile(
    r"(?:儿童|妇女|妇女儿童|人口)?(?:罪|案|事件)(?!发生)|小?组|委员会"
)  # not 审理本案, 改判张某无罪


def _predicates(text: str) -> tuple[str, ...]:
    """Event keys of the words in `text` used as predicates: `已刑满释放的万秀玲…表示` is a
    statement about a released person, so an event word right before 的 is skipped. What is
    asked for (…递交申诉书请求再审，依法改判其无罪) and a reason given (以再审改判无罪为由，提出
    国家赔偿申请) have not happened on the date: their words are no predicates; nor do the words of a
    crime or a case (涉嫌拐卖儿童罪被刑事拘留: a detention)."""
    asked = _ASKED.search(text)
    cut = asked.end() if asked else len(text)
    reasons = [m.span() for m in _REASON.finditer(text)]
    hits = [
        h
        for h in events().hits(text)
        if h.start < cut
        and not text.startswith("的", h.end)
        and not any(a <= h.start < b for a, b in reasons)
        and not _CRIME_NAMED.match(text, h.end)
        and not (h.key == "listing" and _LISTED_FIRM.match(text, h.end))
    ]
    keys = [h.key for h in hits]
    if (
        "death" in keys
        and len(set(keys)) > 1
        and all(_toll_death(text, h.start, h.end) for h in hits if h.key == "death")
    ):
        # 29日晚间发表声明称，目前已确认至少1644人死亡: the day of a statement telling a toll, no day of death
        keys = [k for k in keys if k != "death"]
    return tuple(dict.fromkeys(keys))


# A death word of a toll (已确认至少1644人死亡, 警告死亡人数还将上升): how many died, no one's day of death.
_TOLL_BEFORE = re.compile(r"[0-9０-９][0-9,.万多余]*\s*[人名位例]?(?:已|已经|不幸)?$")


def _toll_death(text: str, start: int, end: int) -> bool:
    return text.startswith("人数", end) or bool(_TOLL_BEFORE.search(text, 0, start))


_ASKED = re.compile(r"请求|要求|诉请|呼吁")  # what follows is asked for
_REASON = re.compile(r"以[^，,。；;]{1,20}为由")  # 以再审改判无罪为由: why, not what happened


@lru_cache(maxsize=1 << 14)
def places(before: str, reach: int | None = None) -> tuple[str, ...]:
    """The places that scope a figure, named in its sentence before it, nearest last
    (`贵州有8市51个县共43.8万人受灾，10人死亡`, `截至6月26日,全国共有…`), each by its
    name without an administrative suffix (`郴州市` and `郴州` are one place). Members of a
    list (`广西、贵州、广东等11个省`) are what is counted, not a scope; a word followed by
    an aspect particle (`波及到了`) is a verb, whatever its tag; a dateline's city
    (`中新社长沙3月30日电`) is where the story was filed, and a route's ends (`济南至广州的
    列车`) are where a train runs: neither scopes a figure. Places named together as the places a count
    covers (`上海、江苏两地累计有`, `沪苏两地共有`) all scope it."""
    window = before[-(reach or PLACE_REACH) :]
    if "地" in window and (joint := _JOINT.search(window)):
        return _joint_places(joint["places"]) or _places_in(window)
    return _places_in(window)


# Places named together as the N places a figure covers, by name (上海、江苏两地) or by their one-character short
# names (沪苏两地, 京津冀三地): all of them scope it, as one scope.
_JOINT = re.compile(
    r"(?P<places>(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}|[沪苏浙皖京津冀粤港澳闽赣湘鄂川渝黔滇桂琼陕甘宁青晋鲁豫辽吉黑]{2,4})(?:两|三|四|五|六)地"
)
_SHORT_PLACE = dict(
    zip(
        "沪苏浙皖京津冀粤港澳闽赣湘鄂川渝黔滇桂琼陕甘宁青晋鲁豫辽吉黑",
        "上海 江苏 浙江 安徽 北京 天津 河北 广东 香港 澳门 福建 江西 湖南 湖北 四川 重庆 贵州 云南 广西 海南 陕西 甘肃 "
        "宁夏 青海 山西 山东 河南 辽宁 吉林 黑龙江".split(),
        strict=True,
    )
)


def _joint_places(names: str) -> tuple[str, ...]:
    """The places of a joint scope (_JOINT), each by its name, when every one is a place."""
    if "、" not in names:
        return tuple(_SHORT_PLACE[c] for c in names)
    found = [_places_in(item) for item in names.split("、")]
    return tuple(p[-1] for p in found)[-3:] if all(found) else ()


_TITLE_SPAN = re.compile(r"《[^》\n]{1,30}》")
_MASTHEAD = re.compile(r"【[^】\n]{1,30}】")


@lru_cache(maxsize=1 << 14)
def _places_in(text: str) -> tuple[str, ...]:
    """`places` of the text it reads: keyed by that text, figures whose sentences end alike
    before them (a clause's and a sentence's window, a short sentence's) ask once."""
    if "《" in text:  # 《长河落日》: a work's title, no river 长河 (its characters kept out, its length kept)
        text = _TITLE_SPAN.sub(lambda m: "《" + "\u3000" * (len(m.group()) - 2) + "》", text)
    if "【" in text:  # 【香港經濟日報】: an outlet's masthead, where it prints, no scope of a figure after it
        text = _MASTHEAD.sub(lambda m: "【" + "\u3000" * (len(m.group()) - 2) + "】", text)
    out = [w for w in _NATIONAL if w in text]
    if _PLACE_END.search(text) is None:
        pairs, candidates = _place_pairs()
        if pairs.isdisjoint(candidates.findall(text)):
            return tuple(out[-3:])  # no word of it can be a place (most windows): no need to cut it
    toks = _suffixed(tokens(text))
    pos = 0
    route = False  # the word before ran a route (济南至…): this place is its other end
    for k, (word, flag) in enumerate(toks):
        pos += len(word)  # where the word ends in `text`
        if len(word) < 2 or word in out:
            continue
        if word.endswith(_TEAM) and (team := _team_place(word)):
            word, flag = team, "ns"  # 挪威队以16金…: Norway's medals, not the story's country's
        if (  # a new way for a word to be a place must pass the shortcut above too (_PLACE_END)
            (flag == "ns" or (word[-1] in _PLACE_SUFFIX_END and _PLACE_SUFFIX.match(word)))
            and not word.startswith(_NOT_A_NAME)
            and not word.endswith(_NOT_A_PLACE)
            and word not in _AREA_KINDS
        ):
            # the two words after it, read only for a place (most words are none)
            after = "".join(w for w, _ in toks[k + 1 : k + 3])
            if after.startswith(_NOT_AFTER_PLACE) or (k + 1 < len(toks) and runs_into_name(word, *toks[k + 1])):
                continue  # 韩国瑜得票率: a person's name, no place
            if k and toks[k - 1][0] in _NEIGHBOURING and after.startswith("的"):
                continue  # 邻近香港的广东省: the place it neighbours describes the place named after it
            end_of_route, route = route, after.removeprefix("站").startswith(_ROUTE)  # 济南站开往广州站
            if route or end_of_route or _DATELINE.match(text, pos):
                continue
            name = place_name(word)
            if name not in out:
                out.append(name)
    return tuple(out[-3:])


_NEIGHBOURING = frozenset({"邻近", "毗邻", "靠近", "紧邻", "临近", "相邻", "比邻", "接壤", "紧靠"})


def _suffixed(toks: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The words of a text with an administrative suffix split off by the tagger joined back to its name
    (高淳 + 区 in 江宁区132例，高淳区2例: 高淳区, a district; a name or a noun only, not 每个 + 县)."""
    if not any((len(w) == 1 and w in _PLACE_SUFFIX_END) or w in _TWO_SUFFIXES for w, _ in toks):
        return toks
    out: list[tuple[str, str]] = []
    for word, flag in toks:
        if len(word) == 1 and word in _PLACE_SUFFIX_END and out and out[-1][1].startswith("n") and len(out[-1][0]) >= 2:
            out[-1] = (out[-1][0] + word, out[-1][1])
        elif word in _TWO_SUFFIXES and out and _name_char(*out[-1]):
            out[-1] = (out[-1][0] + word, "ns")  # 盘 + 州市: 盘州市, a city the tagger cut (no place 州市)
        else:
            out.append((word, flag))
    return tuple(out)


# Two suffixes the tagger may leave of a city whose name ends in one (盘州市 → 盘 + 州市): with the one
# character before them, a place's name; alone (各省市, 县市) a kind of area.
_TWO_SUFFIXES = frozenset({"州市", "州区", "州县"})
_NOT_NAME_CHARS = frozenset("各全每该本我外跨等和及与或两三几诸省市县区")


def _name_char(word: str, flag: str) -> bool:
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in _NOT_NAME_CHARS and flag[:1] not in "prcudm"


# A team or delegation named by its country or place (挪威队, 中国代表团, 广东队): that place's figures.
_TEAM = ("代表团", "代表队", "国家队", "队")
# The last characters of a word `places` may read as a place other than by its tag: a suffix
# place's (郴州市) or a team's (挪威队); a text holding none, and no start of a word jieba
# tags ns, names no place but the national words.
_PLACE_END = re.compile(f"[{''.join(sorted(_PLACE_SUFFIX_END | {t[-1] for t in _TEAM}))}]")


@lru_cache(maxsize=1)
def _place_pairs() -> tuple[frozenset[str], re.Pattern[str]]:
    """The first two characters of every word of two or more characters jieba's dictionary
    tags ns (`tokens` tags a word of two or more characters by the dictionary), and a regex
    finding the pairs of a text that may be one: a first character of one, then a second
    (a text's candidates in C, about one pair in eight; 3x faster than every pair's set lookup)."""
    pairs = frozenset(w[:2] for w, tag in word_tags().items() if tag == "ns" and len(w) >= 2)
    first, second = ("".join(map(re.escape, sorted({p[k] for p in pairs}))) for k in (0, 1))
    return pairs, re.compile(f"(?=([{first}][{second}]))")


_TEAM_NAMED = re.compile(rf"([{HAN_CLASS}]{{2,5}}?)(?:体育)?(?:{'|'.join(_TEAM)})")  # 中国体育代表团: 中国队


# A Games named by its year or its host (2014年索契冬奥会, 北京冬奥会, 第19届亚运会): which edition a figure is of.
GAMES = "(?:亚运会|奥运会|冬奥会|残奥会|亚冬会|全运会|大运会|世锦赛|世界杯)"
_GAMES_BEFORE = re.compile(rf"(?:[0-9]{{4}}年)?[{HAN_CLASS}]{{0,4}}?{GAMES}")
_GAMES_AFTER_DATE = re.compile(rf"[{HAN_CLASS}]{{0,4}}?{GAMES}")
EDITION = "edition:"
_EDITION_YEAR = re.compile(r"([0-9]{4})年")


def edition(games: str) -> str | None:
    """The key of a Games' edition: its year if told (2014年索契冬奥会: edition:2014), else its host (北京冬奥会:
    edition:北京); None for a Games of no named edition (本届冬奥会, 冬奥会)."""
    if year := _EDITION_YEAR.match(games):
        return f"{EDITION}{year.group(1)}"
    if _PREVIOUS.search(games) and not places(games + "。", len(games) + 1):
        return PREVIOUS_EDITION  # 中国代表团上届奥运会在金牌榜上排名第一: the Games before this one
    host = next((p for p in places(games + "。", len(games) + 1) if p not in _NATIONAL), None)
    return f"{EDITION}{host}" if host else None


_PREVIOUS = re.compile(r"上届|上一届|前一届")
PREVIOUS_EDITION = f"{EDITION}上届"
_GAMES_NAMED = re.compile(rf"[{HAN_CLASS}]{{2,5}}?{GAMES}")


# Hong Kong's team as its own press names it (港队今届派出约460名运动员): 香港队, never the figure of the
# delegation another clause names.
_HONG_KONG_TEAM = re.compile(r"(?<!香)港队")


def team(sentence: str) -> str | None:
    """The last team a sentence names by its country or place before a figure (挪威队以⟨#⟩,
    中国代表团的奖牌总数达到了⟨#⟩: 挪威队, 中国队): whose figure it is."""
    if "港" in sentence:
        sentence = _HONG_KONG_TEAM.sub("香港队", sentence)
    for m in reversed(list(_TEAM_NAMED.finditer(sentence))):
        for start in range(m.start(1), m.end(1) - 1):  # 闭幕，中国代表团: the place ends the run
            stem = sentence[start : m.end(1)]
            if all(f == "ns" for _, f in tokens(stem)):
                # 美国队拿下40面金牌…，中国以40金…: a place named after the team is the figure's; a Games'
                # host (较之上届雅加达亚运会⟨#⟩) names an edition, no team
                rest = _GAMES_NAMED.sub("", sentence[m.end() :])
                later = places(rest, len(rest))
                return None if any(p != stem for p in later) else stem + "队"
    return None


def party(sentence: str) -> tuple[str | None, int]:
    """The political party a sentence names last before a figure, by its own name, and where that name ends
    (保守党则拿下⟨#⟩席, 苏格兰民族党丢掉38席后…仅剩⟨#⟩席: 保守党's, 民族党's; 英国反对党工党: 工党, 英国工党: 工党).
    None when the last party word is a role or no name (执政党, 改革英国党 split by the tagger): whose it is is unknown."""
    if "党" not in sentence and not any(w in sentence for w in ("联盟", "同盟", "阵线")):
        return None, -1
    last, end, pos = None, -1, 0
    words = tokens(sentence)
    for i, (word, _) in enumerate(words):
        pos += len(word)
        if word.endswith("党"):
            last, end = (_party_name(words, i) if len(word) >= 2 and word not in _PARTY_ROLES else None), pos
        elif _COALITION.search(word):
            last, end = _coalition(words, i), pos
    if last:
        last = next((last[i:] for i in range(1, len(last) - 1) if all(f == "ns" for _, f in tokens(last[:i]))), last)
    return last, end


def _party_name(words: tuple[tuple[str, str], ...], i: int) -> str:
    """A party's name whose last word is words[i], with the nouns the tagger split from it (国民 + 大会党:
    国民大会党), not a party word or a role before it (反对党工党: 工党)."""
    lo = i
    while lo > 0 and i - lo < 2 and words[lo - 1][1] in ("n", "nz", "nt") and not words[lo - 1][0].endswith("党"):
        lo -= 1
    return "".join(w for w, _ in words[lo : i + 1])


# An alliance of parties is a holder of seats as a party is (全国民主联盟 290 against its 印度人民党's 240).
_COALITION = re.compile(r"(?:联盟|同盟|阵线)$")
_NAME_FLAGS = frozenset({"n", "nt", "nz", "ns", "vn", "j"})
COALITION_WORDS = 4  # tagger words a coalition's name runs back over (印度/国家/发展/包容性/联盟: 国家发展包容性联盟)


def _coalition(words: tuple[tuple[str, str], ...], i: int) -> str | None:
    """The name of the coalition whose last word is words[i] (全国 民主联盟), None for an alliance named by
    no name of its own (推选莫迪为联盟领导人: 联盟 alone)."""
    lo = i
    while lo > 0 and i - lo < COALITION_WORDS and words[lo - 1][1] in _NAME_FLAGS and words[lo - 1][0] not in _FACTIONS:
        lo -= 1
    name = "".join(w for w, _ in words[lo : i + 1])
    return name if len(name) > len(words[i][0]) or len(name) >= 4 else None


_FACTIONS = frozenset({"反对派", "执政", "在野", "政党", "联合", "组成"})


# Words for a party by its role or number, not its name: whose figure they are depends on the story.
_PARTY_ROLES = frozenset(
    {
        "反对党",
        "执政党",
        "在野党",
        "政党",
        "大党",
        "小党",
        "该党",
        "本党",
        "两党",
        "各党",
        "全党",
        "友党",
        "多党",
        "一党",
    }
)


def _team_place(word: str) -> str | None:
    """The place a team's name names (美国队: 美国), if its stem is a place."""
    stem = next((word[: -len(t)] for t in _TEAM if word.endswith(t)), "")
    return stem if len(stem) >= 2 and all(f == "ns" for _, f in tokens(stem)) else None


# (and Japan's 都 and 府: 东京都 is 东京, 大阪府 大阪; 京都, 成都 and 政府 keep theirs, a one-character stem)
_ADMIN_SUFFIX = re.compile(rf"^([{HAN_CLASS}]{{2,}}?)(?:自治区|自治州|自治县|特别行政区|省|市|县|区|镇|乡|都|府)$")
_ROUTE = ("至", "开往", "发往", "驶往", "飞往")  # 济南至广州, 由济南开往广州
_DATELINE = re.compile(
    r"\s*(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:电|讯)"
)  # 新华社长沙3月30日电, 中新社日喀则2025年1月7日电


@lru_cache(maxsize=1 << 12)
def place_name(word: str) -> str:
    """A place's name without its administrative suffix (郴州市 → 郴州, 黑龙江省 → 黑龙江);
    a one-character stem keeps it (龙镇); a country by its mainland name (Taiwan's 肯亚 is 肯尼亚)."""
    if word in _PLACE_ALIASES:
        return _PLACE_ALIASES[word]
    m = _ADMIN_SUFFIX.match(word)
    return _mainland_name(m.group(1) if m else word)


def _mainland_name(name: str) -> str:
    """Taiwan's name of a place where the mainland's differs (肯亚 → 肯尼亚, 纽西兰 → 新西兰, 寮国 → 老挝), by
    OpenCC's Taiwan phrases (the name read back in traditional script, then as the mainland writes it)."""
    mainland = _tw_to_mainland().convert(_to_traditional().convert(name))
    return mainland if len(mainland) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in mainland) else name


@lru_cache(maxsize=1)
def _tw_to_mainland() -> OpenCC:
    return OpenCC("tw2sp")  # built once, on the first place read


@lru_cache(maxsize=1)
def _to_traditional() -> OpenCC:
    return OpenCC("s2t")


# One place under two names: 中国台北 (中华台北) is how Games and their medal tables name 台湾
# (亚运会: 中国台北(19金) in one report, 台湾代表队…19金 in another).
_PLACE_ALIASES = {"中国台北": "台湾", "中华台北": "台湾"}


# 各省, 本市, 该县, 省区市, 县市: places by kind, not by name.
_NOT_A_NAME = (
    "各",
    "本",
    "该",
    "全",
    "外",
    "省区",
    "县市",
    "市县",
    "省市",
    "城市",
    "地市",
    "乡镇",
    "村镇",
    "城镇",
    "市区",
    "县城",
)


# Words ending like a place that name a market or an act: 借壳上市, 股市, 超市, 城市.
_NOT_A_PLACE = (
    "上市",
    "退市",
    "开市",
    "休市",
    "闭市",
    "股市",
    "楼市",
    "车市",
    "超市",
    "菜市",
    "集市",
    "夜市",
    "黑市",
    "城市",
    "都市",
    "门市",
    "牛市",
    "熊市",
    "社区",
    "园区",
    "景区",
    "灾区",
    "禁区",
    "误区",
    "专区",
)

# Words shaped like a place (a suffix, or the tagger's ns) that name a kind of area or no place at all:
# 在当地疫区…16人, 644个选区中…412席, 矿区, 辖区 (whichever area the story is about), 海关, 大国, 深度.
_AREA_KINDS = frozenset(
    {
        *("地区", "疫区", "矿区", "选区", "辖区", "城区", "郊区", "山区", "林区", "牧区", "库区", "厂区", "校区"),
        *("片区", "街区", "震区", "赛区", "战区", "军区", "院区", "营区", "产区", "老区", "病区", "险区", "考区"),
        *("跨区", "跨省", "跨市", "跨县", "县区", "区县"),  # 市县, 县市 are _NOT_A_NAME already
        *("海关", "大国", "深度"),
        *("治安", "滑坡", "中断"),  # the tagger's ns: 公安部治安管理局, 山体滑坡, 交通中断 name no place
        "台风",  # the tagger's 台 of 台湾: 台风“摩羯”共造成全省因灾死亡4人 names a storm, no place
    }
)

_NOT_AFTER_PLACE = (
    *("、", "等", "和", "与", "及", "了", "到", "着", "过", "之乡", "之都"),  # 长寿之乡: an epithet
    "时间",  # 北京时间20日: a clock's zone, no place of the story
    # an outlet's name (俄罗斯卫星通讯社北京3月5日电, 香港新闻网): who reports, not where
    *("卫星通讯社", "通讯社", "新闻社", "新闻网", "日报", "晚报", "电视台", "广播电台", "卫视", "时报", "早报", "之声"),
)


def _content_word(text: str, *, first: bool) -> str | None:
    """The nearest content word; a one-character measure suffix jieba splits off joins the
    word before it (通胀 + 率 → 通胀率, 销售 + 额 → 销售额)."""
    toks = list(tokens(text))
    merged: list[tuple[str, str]] = []
    for word, flag in toks:
        if word in _SUFFIXES and merged and len(merged[-1][0]) >= 2:
            merged[-1] = (merged[-1][0] + word, "n")
        else:
            merged.append((word, flag))
    for word, flag in merged if first else reversed(merged):
        if _content(word, flag):
            return word
    return None


def content_words(text: str) -> frozenset[str]:
    """The words of `text` that tell what it is about (面谈, 通知, 家长), as `_content_word` reads them."""
    return frozenset(word for word, flag in tokens(text) if _content(word, flag))


def _content(word: str, flag: str) -> bool:
    """A word of two characters or more that is no function word, no person's name and none of _STOP."""
    return len(word) >= 2 and not flag.startswith(_FUNCTION_POS) and word not in _STOP and not flag.startswith("nr")


_SUFFIXES = frozenset("率数量额价费值比度")
# Adverbs, prepositions, conjunctions, particles, pronouns, numerals, measure words, punctuation, time words.
_FUNCTION_POS = ("d", "p", "c", "u", "r", "m", "q", "x", "y", "e", "o", "f", "t", "w", "z")


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words with part-of-speech tags for `text` (no HMM: dictionary words only,
    fast and stable), as `jieba.posseg.cut(text, HMM=False)` gives them.

    Cut by rjieba (jieba-rs: the same dictionary and the same route, in Rust, ~10x faster);
    the one difference, a run of Latin letters and digits tagged `m` where jieba says
    `eng`, is folded back (tests/test_frames.py checks the two agree)."""
    if not text:
        return ()
    tagged = _tagger()(text, False)
    if _ALNUM_ANY.search(text) is None:  # no Latin letter or digit: nothing to fold
        return tuple(tagged)
    for k, (word, tag) in enumerate(tagged):  # the list is ours: retag in place, the rest keep their pairs
        if tag in _ALNUM_TAGS and _ALNUM.fullmatch(word):
            tagged[k] = (word, "eng")
    return tuple(tagged)


_ALNUM = re.compile(r"[a-zA-Z0-9]+")
_ALNUM_ANY = re.compile(r"[a-zA-Z0-9]")
_ALNUM_TAGS = frozenset(("m", "eng", "x"))


@lru_cache(maxsize=1)
def _tagger() -> Callable[[str, bool], list[tuple[str, str]]]:
    import rjieba

    tag: Callable[[str, bool], list[tuple[str, str]]] = rjieba.tag
    return tag


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary as word -> part-of-speech tag (what `jieba.posseg` looks words
    up in), read from the file jieba ships, without building jieba's prefix dictionary.

    Found without importing jieba (its import loads pkg_resources: ~0.24 s of a run's start,
    and nothing here uses jieba's code), and read in C: its 349,046 lines are `word freq tag`,
    so its whitespace-separated fields, taken three by three (0.13 s, not 0.32 line by line;
    the same table, in the same order). A file of another form is read line by line."""
    spec = find_spec("jieba")
    places = spec.submodule_search_locations if spec is not None else None
    path = Path(places[0]) / "dict.txt" if places else resources.files("jieba") / "dict.txt"
    text = path.read_text(encoding="utf-8")
    fields = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if len(fields) == 3 * lines and text.count(" ") == 2 * lines:  # no other space, no empty field
        return dict(zip(fields[0::3], fields[2::3], strict=True))
    table: dict[str, str] = {}
    for line in text.splitlines():
        word, _, tag = line.split(" ")
        table[word] = tag
    return table


# --- comparing frames ---------------------------------------------------------------


# A change downward: the verb or word right before the rate (同比下降⟨#⟩, 年减⟨#⟩, 降幅为⟨#⟩).
_FALL = re.compile(
    r"(?:下降|降低|减少|下滑|下跌|回落|萎缩|缩减|收窄|大降|减产|减收|降|减|跌|[-－])了?\s*(?:约|近|超过?|逾|达)?$|降幅[^，。；]{0,4}$"
)
FALL = "fall"  # the predicate a growth rate of a fall carries beside `growth`
# A change on the period before (环比, 按季, QoQ, 较上季度), not on the year before (同比, 按年):
# two different rates of one figure (蔚来 2025Q3 revenue: 同比增长16.7%, 环比增长14.7%).
_SEQUENTIAL = re.compile(r"(?:环比|按季|按月|月增|月减|[Qq][Oo][Qq]|[较比]上一?个?(?:季度|季|月|周))[^，,。；;]{0,8}$")
SEQUENTIAL = "sequential"  # the predicate a rate of change on the period before carries beside `growth`


def _growth_kind(left_clause: str) -> tuple[str, ...]:
    """What a growth rate's clause says of it beside `growth`: a fall (FALL), a change on the
    period before (SEQUENTIAL)."""
    return tuple(key for key, told in ((FALL, _FALL), (SEQUENTIAL, _SEQUENTIAL)) if told.search(left_clause))


def measures_relation(a: Frame, b: Frame) -> str:
    """`same` when the frames share what happened to what is counted, or share what is
    counted and do not differ in what happened; `other` when listed words differ at
    either level (`deaths` vs `injured`, `employees` vs `users`); else `unknown`.
    Unlisted words (`~>供述` vs `~>委托`) can make two frames the same, or keep them
    from being the same, but never set them apart: synonyms outside the lexicon
    (`加征`/`征收`) would."""
    pred, noun = keys_relation(a.predicate, b.predicate), keys_relation(a.measure, b.measure)
    if "other" in (pred, noun):
        return "other"
    if "growth" in a.predicate and "growth" in b.predicate:
        if (FALL in a.predicate) != (FALL in b.predicate):
            return "other"  # 年减75% and 增长超过50%: a fall is no rise, whatever the rates
        if (SEQUENTIAL in a.predicate) != (SEQUENTIAL in b.predicate):
            return "other"  # 环比增长14.7% and 同比增长16.7%: on the quarter before, on the year before
        if noun == "differ":
            return "other"  # a growth is of what it names: 社会消费品零售总额 and 第一产业增加值 grew by two rates
    if pred == "same" or (noun == "same" and pred != "differ"):
        return "same"
    return "unknown"


def keys_relation(ka: tuple[str, ...], kb: tuple[str, ...]) -> str:
    """Two key lists: `same` (a shared word), `other` (listed keys on both sides, none
    shared), `differ` (only unlisted words on one side, none shared), `unknown`."""
    if not ka or not kb:
        return "unknown"
    if {_word(k) for k in ka} & {_word(k) for k in kb}:
        return "same"
    ua, ub = [k[2:] for k in ka if k.startswith("~")], [k[2:] for k in kb if k.startswith("~")]
    if any(x.endswith(y) or y.endswith(x) or _abbreviates(x, y) or _abbreviates(y, x) for x in ua for y in ub):
        return "same"  # an unlisted compound ends in its head noun: 进口商品 are 商品
    if listed(ka) and listed(kb):
        return "other"
    return "differ"


def _abbreviates(short: str, long: str) -> bool:
    """A Chinese short form keeps characters of the full name in their order, its first and its
    last (锂电池销量 of 锂离子电池销量, 消费品零售额 of 社会消费品零售总额 does not: it drops the first);
    出口总额 and 进口总额 share no such form."""
    if len(short) < 3 or len(short) >= len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def listed(keys: Iterable[str]) -> frozenset[str]:
    """The keys a lexicon lists (not the `~word` fallbacks): only these set frames apart."""
    return frozenset(k for k in keys if not k.startswith("~"))


def _word(key: str) -> str:
    return key[2:] if key.startswith("~") else key


def own_area_only(f: Frame) -> bool:
    """The frame's one place below the national level is the reporting authority's own (我市…41例):
    whichever place another report names for the same count."""
    return not _OWN_AREA.isdisjoint(f.place) and not local_places(f)


# China's province-level divisions, by name without suffix (place_name): two of them never lie one inside the
# other, so figures held by two are two places' however equal (陕西一煤矿…其中9人获救 vs 贵州…9名被困人员获救).
PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 "
    "陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)


def provinces_differ(a: Frame, b: Frame) -> bool:
    """Each frame names a province and none names one of the other's."""
    pa, pb = PROVINCES.intersection(a.place), PROVINCES.intersection(b.place)
    return bool(pa and pb) and pa.isdisjoint(pb)


def places_conflict(a: Frame, b: Frame) -> bool:
    """Places on both sides, none shared or inside another (天津港 lies in 天津: a port named by
    its city)."""
    pa, pb = set(a.place) - _OWN_AREA, set(b.place) - _OWN_AREA
    # 全省 of a bulletin is its province, whichever one another report names (全省…接种率为35.2% vs 广东…32.5%)
    if pb - set(_NATIONAL) and _WIDER.isdisjoint(pa):
        pa -= _WHOLE_AREA
    if pa - set(_NATIONAL) and _WIDER.isdisjoint(pb):
        pb -= _WHOLE_AREA
    if not (pa and pb) or pa & pb:
        return False
    return not any(x.startswith(y) or y.startswith(x) for x in pa for y in pb)


def whole_area_only(f: Frame) -> bool:
    """The frame's only places below the national level are a whole area (全市, 全省: the story's own city or
    province), whichever one another report names for the same figure."""
    return not _WHOLE_AREA.isdisjoint(f.place) and not local_places(f)


def local_places(f: Frame) -> frozenset[str]:
    """The places a frame names below the national level (全国 is every story's default)."""
    return frozenset(p for p in f.place if p not in _NATIONAL and p not in _OWN_AREA)


# Events that recur (statements, meetings, visits): two of them on different days are
# usually two occasions, so their dates agree when equal but never contradict.
RECURRING_EVENTS = frozenset(
    {
        "announcement",
        "meeting",
        "visit",
        "inspection",
        "occurrence",
        "appeal",
        "report",
        "statement",
        "application",
        "tally",  # 截至…: each report counts up to its own moment
        "period",  # 1—5月: each report's statistics cover their own months
        "edition",  # 2014年索契冬奥会: a Games held every few years
    }
)


# Events that tell (发布, 通报, 宣布, 表示): a telling is dated to the day it is told, and the other
# happenings of that day are not it.
TELLING_EVENTS = frozenset({"announcement", "statement"})


def tells_only(a: Frame, b: Frame) -> bool:
    """One frame dates a telling first (苏纳克将在7月5日宣布辞职; 今天(24日)上午…举行新闻发布会，通报…) and the
    other names a happening and no telling (7月5日凌晨…承认败选, 7月24日起…新增三处中风险地区): two happenings
    of one day, whatever day both name."""
    return any(tells_first(x) and y.event and not _tells(y) for x, y in ((a, b), (b, a)))


def tells_first(f: Frame) -> bool:
    """The first listed event the frame dates is a telling (发布, 表示)."""
    return next((e for e in f.event if not e.startswith("~")), None) in TELLING_EVENTS


def _tells(f: Frame) -> bool:
    """Some event the frame dates is a telling, listed or a word a telling's lexicon holds."""
    return any((events().key_of.get(e[2:]) if e.startswith("~") else e) in TELLING_EVENTS for e in f.event)


def one_off_event(a: Frame, b: Frame) -> bool:
    """Do the two frames share an event that happens once (a verdict, a death)?"""
    return bool((listed(a.event) & listed(b.event)) - RECURRING_EVENTS)


def unrecurring_event(a: Frame, b: Frame) -> bool:
    """Do the two frames share an event not known to recur: one that happens once (a verdict, a death) or
    one verb no lexicon lists (加入)?"""
    return bool((set(a.event) & set(b.event)) - RECURRING_EVENTS)


def events_relation(a: Frame, b: Frame) -> str:
    """`same` (a shared event), `other` (listed events on both sides, none shared), else
    `unknown`: an unlisted trigger (`~作文课`) never sets two dates apart."""
    rel = keys_relation(a.event, b.event)
    return "unknown" if rel == "differ" else rel


# A company's fiscal year and quarter (英伟达2026财年第三季度, 第三财季, 2025财年全年): its own
# calendar, which no date names (NVIDIA's fiscal 2026 third quarter ended on 2025-10-26), so a period of its own.
FISCAL = "fiscal:"
# A fiscal year, perhaps with its part (2026财年第三季度, 26财年上半年), or a fiscal quarter alone (第三财季): never
# 第三季度 alone, a calendar quarter (claims.values.dates).
_FISCAL = re.compile(
    r"(?P<y>(?:19|20)?[0-9]{2})\s*(?:财年|财政年度|会计年度)\s*"
    r"(?:第(?P<q>[一二三四1-4])(?:财季|季度|季)|(?<![0-9])Q(?P<qq>[1-4])|(?P<h>上半|下半)(?:财年|年)?|全年)?"
    r"|第(?P<fq>[一二三四1-4])财季"
)
_QUARTERS = {"一": "1", "二": "2", "三": "3", "四": "4"}


def fiscal_period(sentence: str) -> str | None:
    """The last fiscal year or quarter the text names (Frame.period: fiscal:2026:Q3, fiscal:?:Q3 for 第三财季,
    fiscal:2025:Y for a whole year), or None."""
    found = None
    for m in _FISCAL.finditer(sentence):
        year = m["y"]
        if year and len(year) == 2:
            year = "20" + year
        quarter = m["q"] or m["qq"] or m["fq"]
        part = f"Q{_QUARTERS.get(quarter, quarter)}" if quarter else {"上半": "H1", "下半": "H2"}.get(m["h"], "Y")
        found = f"{FISCAL}{year or '?'}:{part}"
    return found


def _fiscal_conflict(pa: str, pb: str) -> bool:
    """Two fiscal periods: another year both name, or another quarter, half or the whole year."""
    ya, qa = pa[len(FISCAL) :].split(":")
    yb, qb = pb[len(FISCAL) :].split(":")
    return qa != qb or ("?" not in (ya, yb) and ya != yb)


def periods_conflict(a: Frame, b: Frame) -> bool:
    """Two stretches of one story (侦查期间 vs 服刑期间), or two editions of a Games both named by
    their years or both by their hosts (2014年索契冬奥会 vs 2022年北京冬奥会): a figure of each is not
    one fact. A year and a host may name one edition (北京冬奥会, 2022年冬奥会). Two fiscal periods
    (2026财年第三季度 vs 2025财年第三季度, or vs 第三财季) conflict when _fiscal_conflict says so."""
    pa, pb = a.period, b.period
    if pa == pb:
        return False
    if pa and pb and pa.startswith(FISCAL) and pb.startswith(FISCAL):
        return _fiscal_conflict(pa, pb)
    if PREVIOUS_EDITION in (pa, pb):
        return True  # the Games before, unnamed, against this one's (or another named) figure
    if not (pa and pb):
        return False
    if pa.startswith(EDITION) != pb.startswith(EDITION):
        return False
    if pa.startswith(EDITION):
        return pa[len(EDITION)].isdigit() == pb[len(EDITION)].isdigit()
    return True


def holders_conflict(a: Frame, b: Frame) -> bool:
    """Two named people's figures (刘长海's sentence vs 梁利权's), not one person's names
    (see one_person)."""
    ha, hb = a.holder, b.holder
    if ha and hb and ha.endswith(_BODY_KINDS) != hb.endswith(_BODY_KINDS):
        return False  # 韩国政府12月29日宣布 vs 29日，韩国代总统崔相穆宣布: a body and one who speaks for it
    return bool(ha and hb and not one_person(ha, hb))


def one_person(ha: str, hb: str) -> bool:
    """A name and its start (李洪元, 李洪), a site and its name with the place before it
    (小锥麓步道, 秀林乡小锥麓步道), or a doubled surname and a name with it: 缪缪 is what family calls
    缪可馨."""
    if ha.startswith(hb) or hb.startswith(ha) or (ha.endswith(_NAMED_BY_KIND) and (ha.endswith(hb) or hb.endswith(ha))):
        return True
    if ha.endswith("党") and hb.endswith("党") and (_abbreviates(ha, hb) or _abbreviates(hb, ha)):
        return True  # 国大党 is 国民大会党 (印度国民大会党 with its place dropped)
    if any(len(x) == 2 and x[0] == x[1] and y[0] == x[0] for x, y in ((ha, hb), (hb, ha))):
        return True
    # 汤某某 is how one outlet names whom another names in full (汤兰兰): one person where the surnames
    # meet (claims.frames.names._anonymised); 李某 and 陈某 are two.
    return ha[0] == hb[0] and (anonymous_name(ha) or anonymous_name(hb))


def holders_apart(a: Claim, b: Claim) -> bool:
    """Two claims about different people: their frames' holders conflict, and neither
    sentence names the other's holder before its figure. `王攀赔偿陶的家人…65万元` and
    `王攀与陶崇园的父母签订协议…65万` involve both people; `刘长海被判15年` and
    `梁利权获刑13年` are two men's sentences."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    if _row_apart(a, fa, b, fb) or _row_apart(b, fb, a, fa) or _employers_apart(a, b):
        return True
    if not holders_conflict(fa, fb):
        return False
    if _GROUPS.search(fa.holder or "") and _GROUPS.search(fb.holder or ""):
        return True  # 印度人民党主导的全国民主联盟…获得290个: the group named last holds it, whoever leads it
    return not (_named_before(fa.holder, b) or _named_before(fb.holder, a))


# Where a spell of work was worked, right before its figure (一位在华为工作⟨#⟩的员工, 曾经在武汉理工大学工作⟨#⟩).
_EMPLOYED = re.compile(
    r"在(?P<org>[^\s，。；、,;“”()（）在]{2,12}?)(?:工作|任职|就职|任教|执教|供职|服务)了?(?:近|约|超过|整整)?$"
)


def _employers_apart(a: Claim, b: Claim) -> bool:
    """Two spells of work at two employers (在华为工作13年 vs 在武汉理工大学工作八年: two people's tenures, which had
    contradicted across two stories of the development corpus); one named within the other (华为, 华为公司) is one."""
    x, y = _employer(a.context), _employer(b.context)
    return x is not None and y is not None and x not in y and y not in x


@lru_cache(maxsize=1 << 16)
def _employer(context: str) -> str | None:
    """The employer named right before a masked figure (matched for every candidate pair: read once a sentence)."""
    m = _EMPLOYED.search(context, 0, context.find(MASK))
    return m["org"] if m else None


def _row_apart(a: Claim, fa: Frame, b: Claim, fb: Frame) -> bool:
    """A figure of a list's row (北3王鴻薇，…25%是⟨#⟩: its sentence opens on the label that holds it, see
    claims.frames.rows) and one whose sentence names no holder and not that label: one row of many is not
    a figure another sentence tells without naming it (新北市第11選舉區羅明才罷免案，投票人總數為⟨#⟩)."""
    label = fa.holder
    if not label or fb.holder is not None or label[-ROW_NAME:] in b.context:
        return False  # (花蓮傅崐萁 is named 傅崐萁 elsewhere: a full name is three characters)
    return opens_on(a.context, label)


_GROUPS = re.compile(r"(?:党|联盟|同盟|阵线)$")  # a party's or an alliance's name (claims.frames.party)


_DIGIT = re.compile(r"[0-9０-９]")


def _named_before(name: str | None, c: Claim) -> bool:
    """`name` stands before the claim's figure, not as the holder of another figure in a clause of
    its own, or anywhere in a date's sentence (a date's actors follow it: 2019年3月25日，王攀与陶崇园的
    父母签订协议)."""
    if name is None:
        return False
    if c.kind.value == "date":
        return name in c.context
    text = c.context[: max(c.context.find(MASK), 0)]
    if (k := text.rfind(name)) < 0:
        return False
    # 特朗普得到230张，哈里斯赢得⟨#⟩: a name with a figure of its own in an earlier clause holds that one
    own = CLAUSE.split(text[k:], 1)
    return len(own) == 1 or not _DIGIT.search(own[0])


def scopes_conflict(a: Frame, b: Frame) -> bool:
    """Different scopes, or a day's new count (新增26人), a plan (目标为…), a figure compared
    with (超越了…的39枚) or each one's (每人, 均超过) against a figure without a scope: a new
    count is never the running total another outlet gives, a plan never the result, a record
    beaten never the new one, what each film took never the season's total. Only 累计 meets a
    figure that does not say it accumulates."""
    if a.scope == b.scope:
        return False
    return a.scope != "cumulative" and b.scope != "cumulative" or bool(a.scope and b.scope)
