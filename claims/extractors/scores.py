"""A match's score (4:2, 4比2, 阿根廷7-5法国) and the minute something happened in it (第23分钟,
梅西点球破门): what a careful reader of a match report reads first.

A score is two numbers joined by `:` `比` `-` `–` in a score's place: after 以, 比分, 战成, 打成,
定格在 …, before a result (击败, 战胜, 负, 战平 …), or between two sides' names in a sentence
about a match. Its claim says which sides scored which (the first number is the side named
first: 阿根廷以4:2击败法国, 阿根廷7-5法国) and which part of the match it is the score of
(PARTS): after regular time, after extra time, the shoot-out, half time, a set, a series; a
score told as the match went on (1比0领先, 扳平为2-2) is a moment, no result, and no claim.
Never a clock time (12:30, 24:00), a ratio (1:1000, 比例), a range (3-5年), a vote (票), a
phone number or 比 comparing (比去年); nor a score of another match told as past (曾, 上届, 交手).

A minute is 第23分钟, 开赛21分钟, 上半场23分钟, 在80分钟 … held by the player (or team) who
acted right after or before it, with what they did (ACTIONS): a goal, a penalty scored, a
card, a substitution. A minute no one acted in, or whose act is not one of those (a foul, a
shot), is no claim: a careful reader gives nothing rather than a wrong holder.

The article's own match (`with_match_sides`): a score that names no side (比分定格在3-3,
两队2-2战平) or one side (阿根廷以4:2胜出) takes the two sides of the one match its article
scores between named sides; an article that scores several matches leaves it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from claims.extractors.base import ExtractContext, Mention
from claims.extractors.sides import fold_side, squad_of, with_squad
from claims.model import Claim, Frame, Kind, MinuteValue, ScoreValue, TitleCountValue, Value
from claims.text.gate import gated
from claims.text.hanzi import SURNAMES
from claims.values.numerals import parse_number

# --- scores ----------------------------------------------------------------------------

_SCORE = re.compile(r"(?<![0-9.:/\-–—])([0-9]{1,3})\s?(:|比|-|–|—)\s?([0-9]{1,3})(?![0-9.%:/\-–—])")
# A score in words, joined by 比 only (以三比二击败): read only where a result says it is one.
_CJK_DIGITS = "零〇一二两三四五六七八九十"
_SCORE_WORDS = re.compile(
    rf"(?<![{_CJK_DIGITS}百千万亿])([{_CJK_DIGITS}]{{1,3}})(比)([{_CJK_DIGITS}]{{1,3}})(?![{_CJK_DIGITS}百千万亿倍])"
)
# After the second number: a unit or a date (3-5年, 1-2个月, 3:1的比例) makes it no score.
_NOT_AFTER = re.compile(r"\s?(?:[年月日号时点分秒岁倍元万亿个人名位届次周天期号户件台辆条例%‰]|的比例|比例)")
_CLOCK_AFTER = re.compile(r"\s?(?:结束|开始|举行|进行|开赛|开球|开幕|开庭|起|至|到|前后|前|后|许|左右|截止)")
_CLOCK_CONTEXT = re.compile(r"时间|[时点]|上午|下午|晚上|凌晨|早上|中午|傍晚|开球|开赛|举行|进行|截至")
# A vote, a ruling, odds: numbers joined like a score that are none (参议院以52比48通过法案, 以7比2裁定, 3:1的赔率).
_NOT_A_SCORE = re.compile(r"比例|票|赞成|反对|表决|弃权|投票|选民|否决|议案|法案|决议|当选|裁定|裁决|判决|大法官|赔率")
_VOTED = re.compile(r"\s?(?:的(?:票数|结果))?\s?(?:获得|获)?通过")  # 以52比48通过: a vote passed, no match won
_CLAUSE = re.compile(r"[,;。!?、]")
_RESULT_BEFORE = re.compile(
    r"(?:以|比分(?:为|是|定格在|定格为|锁定在|停留在)?|战成|打成|踢成|战平|定格在|定格为|大比分|总比分|比数|"
    r"追成|扳为|扳平为|改写为|改写成|改成|变成|比分来到)\s?$"
)
_RESULT_AFTER = re.compile(
    r"^\s?(?:的(?:总|大)?比分|的总比分)?\s?(?:击败|战胜|力克|逆转|淘汰|横扫|零封|完胜|险胜|大胜|小胜|胜出|取胜|获胜|"
    r"胜|赢|拿下|负于|负|告负|落败|不敌|输给|输|败给|败北|惜败|憾负|战平|逼平|憾平|握手言和|平手|平局|收官|结束|夺冠|"
    r"晋级|出局|进入|拖入|追平|领先|落后|的优势|优势|告捷|反败为胜|逆转取胜|逆转夺冠)"
)
# A sentence about a match: what lets `阿根廷7-5法国` (two names around a score) be one.
_SPORT = re.compile(
    r"比赛|比分|决赛|点球|进球|破门|对阵|对战|交手|战胜|击败|战平|加时|主场|客场|联赛|世界杯|欧冠|奥运|亚运|锦标赛|"
    r"公开赛|夺冠|冠军|球队|[男女][单双]|混双|局|盘|PK|队|赛"
)
# The parts of a match a score may be of, by the words that name them (nearest first).
_SHOOTOUT = r"点球大战|点球决胜|互射(?:十二|12|点球)码?|PK大?战|PK赛|罚球大战"
_EXTRA = r"加时赛?|延长赛|延长时间|120分钟|一百二十分钟"
_REGULAR = r"常规(?:比赛)?时间|90分钟|九十分钟|正规(?:比赛)?时间|正常(?:比赛)?时间|正规赛|常规赛时间"
_PARTS = (
    ("shootout", re.compile(_SHOOTOUT)),
    ("extra", re.compile(_EXTRA)),
    ("regular", re.compile(_REGULAR)),
    ("series", re.compile(r"大比分")),
    ("aggregate", re.compile(r"总比分|两回合")),
)
_SET = re.compile(r"(?:第([一二三四五六七1-7])|(首)|(决胜))\s?(局|盘|节)")
_HALF = re.compile(r"上?半场(?:结束|战罢|比分)|结束(?:了)?上?半场|[领落]先半场|易边|中场休息|半场(?:以|时)")
_INTO_EXTRA = re.compile(r"^\s?(?:的比分)?\s?(?:进入|拖入|杀入|步入|带入)(?:了)?(?:加时|延长)")
_WON_PART = re.compile(rf"^\s?(?:赢得|赢下|拿下|取胜于|胜出于)(?:了)?(?:{_SHOOTOUT}|{_EXTRA})")
_MOMENT = re.compile(r"领先|落后|扳平|追平|追成|扳为|改写|扳回|扩大|反超|改成|变成|来到|拉开|一度")
_SET_END = re.compile(r"[局盘节](?:比赛)?(?:战罢|结束|打完)")
# Words of a clause that speaks of the story's match without naming its sides (两队, 比分, 最终).
_THE_MATCH = re.compile(r"两队|双方|比分|比数|最终|全场|终场")
_PART_AFTER = re.compile(r"\s?的(总|大)比分")
_PENALTIES_BEFORE = re.compile(r"点球\s?以?\s?$")
# Another match told as past: 两队上次交手, 法国曾以4:3击败阿根廷, 上届决赛.
_PAST = re.compile(
    r"曾|上届|上次|上一次|此前|之前|历史上|交手|那届|上赛季|去年|前年|当年|昔日|[0-9一二三四五六七八九十]+年前"
)
_STAGES = (
    ("semifinal", r"半决赛|四强赛"),
    ("quarterfinal", r"四分之一决赛|1/4决赛|八强赛"),
    ("r16", r"八分之一决赛|1/8决赛|十六强赛"),
    ("third", r"季军赛|铜牌赛|三四名决赛"),
    ("final", r"决赛|金牌赛|冠军赛"),
    ("group", r"小组赛"),
    ("leg:1", r"首回合|第一回合"),
    ("leg:2", r"次回合|第二回合"),
)
_STAGE = re.compile("|".join(f"(?P<s{i}>{words})" for i, (_, words) in enumerate(_STAGES)))
_ROUND = re.compile(
    r"(?:第([一二三四五六七八九十0-9]{1,3})|(首))轮(?!罚|射|点球|出场|主罚|操刀)"
)  # not a shoot-out's round

# --- sides' names ---------------------------------------------------------------------------

_NAME_CHARS = r"A-Za-z\u4e00-\u9fff·"
# A name's characters, and an age group's U23 (中国U23男足, 孟加拉U23).
_TAIL_RUN = re.compile(rf"(?:U[0-9]{{2}}|[{_NAME_CHARS}]){{1,16}}$")
_HEAD_RUN = re.compile(rf"^(?:U[0-9]{{2}}|[{_NAME_CHARS}]){{1,16}}")
_PAREN = re.compile(r"\([^()]*\)")
# Words before a side's name in its run (最终阿根廷, 点球大战中阿根廷) and after it (阿根廷通过点球大战以).
_NAME_HEAD = re.compile(
    rf"^(?:.*?(?:{_SHOOTOUT}|{_EXTRA}|{_REGULAR}|比赛|半场|决赛|全场|本场|此役|阶段|结束|"
    r"(?:小组|淘汰|资格|预|复|热身|友谊|联|锦标|团体)赛|回合|第.轮|首轮|带领|率领)(?:中(?!国)|里|后|阶段|时|上)?)?"
    r"(?:最终|最后|终场|结果|但是|但|而|并且|并|随后|此后|其后|再|又|首先|先是|接着|然后|直到|当|还|也|让|使|帮助|协助|令|由|帮)*"
)
_NAME_TAIL = re.compile(
    rf"(?:(?:通过|经过|在|于|凭借|靠|借助)?(?:{_SHOOTOUT}|点球|{_EXTRA}|{_REGULAR})(?:中|里|阶段)?|"
    r"(?:在|于)[\u4e00-\u9fff]{0,8}?(?:决赛|比赛|对决|较量)(?:中|里|上)?|"  # 中国女足在亚洲杯决赛中以3-2
    r"以|最终|最后|再度|再次|又|终于|一度|已经|已|再|也|则|就|还|便|"
    # 以压倒性的4-0, 中華隊24日在東京巨蛋以4：0: a manner, a day and a venue before the score are no part of the name
    r"以[\u4e00-\u9fff]{1,5}的|(?<![0-9])[0-9]{1,2}日(?:晚间?|上午|下午|凌晨)?|(?:在|于)[\u4e00-\u9fff]{2,8}?(?:巨蛋|体育场|体育馆|球场|竞技场|中心)|"
    r"(?:在|于)?(?:主场|客场)|"  # 越南在主场3比1: at home, no part of the name
    r"今天|今日|昨天|昨日|今晨|今早|当天|当日|"  # 塞尔蒂克今天以106比88: the day is no part of the name
    r"比分(?:为|是|定格在|定格为|锁定在|停留在)?|战成|打成|踢成|定格在|定格为|大比分|总比分|比数|追成|扳为|扳平为)+$"
)
_NAME_STOP = re.compile(
    r"拿到|拿下|赢得|夺得|获得|取得|晋级|夺冠|捧起|捧走|闯入|进入|挺进|锁定|收获|时隔|后|的|队?史|之后|"
    r"首次|再次|成功|一举|继续|继|率先|最终|并|领先|落后|优势|结束|,"
)
_NOT_A_SIDE = frozenset(
    "两队 双方 比分 他们 对手 主队 客队 球队 本队 该队 我们 对方 比赛 全场 本场 此役 最终 结果 战局 场上 局面 "
    "大比分 总比分 比数 上半场 下半场 半场 加时赛 常规时间".split()
)
# Words no side's or player's name holds: what a run of characters before a figure is when it is no name.
_AGE_GROUP = re.compile(r"U[0-9]{2}")  # 中国U23男足: the only digits a side's name holds
_NOT_A_NAME = re.compile(
    r"[0-9一二三四五六七八九十百]|分钟|时间|比分|定格|优势|领先|落后|半场|获得|取得|比赛|之后|以后|然后|"
    r"均|分别|各自|皆"  # 中国男女乒均3-0: several sides, each its own score
)
_PAIR_BEFORE = re.compile(
    rf"([{_NAME_CHARS}]{{2,12}}?)(?:与|和|同|对|对阵|对战|vs|VS|v)([{_NAME_CHARS}]{{2,12}}?)"
    r"(?:之间)?(?:的比赛)?(?:战成|打成|踢成|战平|以|的比分为|比分为)?\s?$"
)
_AFTER_RESULT_VERB = re.compile(
    r"^\s?(?:的(?:总|大)?比分)?\s?(?:(?:击败|战胜|力克|逆转|淘汰|横扫|零封|完封|完胜|险胜|大胜|小胜|胜利|胜|负于|不敌|输给|败给|"
    r"击溃|轻取|扳倒|打败|"
    r"惜败于|憾负|战平|逼平|憾平|领先|落后于|落后)(?:了)?)+"  # 以3-2逆转战胜韩国队: one verb after another
)


# A word of praise before a side's name (强大的韩国女足, 老对手韩国队): no part of the name.
_PRAISED = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}的|老对手|劲敌|宿敌|东道主)(?=[\u4e00-\u9fff]{2,8}?(?:队|[男女][足篮排]))"
)
AFTER_NAME_MAX = 6  # a side named after a score with nothing to end its name is at most this long (广州恒大淘宝)


def side_key(name: str | None) -> str | None:
    """A side's name as compared (claims.extractors.sides): 队 and the like dropped (阿根廷队 is
    阿根廷), a squad written one way, a regional name the common one (南韩女足 is 韩国女足); None
    when it names no side (两队, 双方) or is no name (too short or long)."""
    if not name:
        return None
    name = fold_side(name)
    if not 2 <= len(name) <= 10 or name in _NOT_A_SIDE or _NOT_A_NAME.search(_AGE_GROUP.sub("", name)):
        return None
    return name


def _name_before(text: str, player: bool = False) -> str | None:
    """The side (or player) named right before a score or a minute: the last run of name
    characters, its leading connectives and trailing part words dropped. `player`: a minute's actor,
    a player named after their team or the team's means (西班牙队凭借奥亚萨瓦尔) being who acted."""
    text = _NAME_TAIL.sub("", _PAREN.sub("", text).rstrip())
    m = _TAIL_RUN.search(text)
    if m is None:
        return None
    run = _NAME_HEAD.sub("", m.group())
    if player and run:
        return _actor_name(_BY_MEANS.split(run)[-1])[0]
    return side_key(_ROLE.split(run)[-1]) if run else None


_BY_MEANS = re.compile(r"凭借|依靠|靠着|凭着|依赖")  # 西班牙队凭借奥亚萨瓦尔在第86分钟的绝杀: the scorer


def _name_after(text: str, open_end: bool = False) -> str | None:
    """The side named right after a score or a result verb (…4-2法国赢得…, 击败法国). `open_end`:
    `text` runs to the end of its sentence with no stop (a headline)."""
    m = _HEAD_RUN.match(_PAREN.sub("", text))  # not past a space: 4比2胜 梅西「最后一舞」 is a headline's next words
    if m is None:
        return None
    whole = _PRAISED.sub("", m.group())  # 力克强大的韩国女足: the side is 韩国女足
    run = _NAME_STOP.split(whole, 1)[0]
    if open_end and run == whole and len(run) > AFTER_NAME_MAX and m.end() == len(text):
        return None  # 4:2胜法国美斯圆捧杯梦: a headline's next words run on (its space is gone)
    return side_key(run)


def _sides(before: str, after: str, open_end: bool = False) -> tuple[str | None, str | None]:
    """The sides of a score from the text of its clause before and after it: `X与Y打成`, else
    the name before it and the name after it (or after its result verb)."""
    pair = _PAIR_BEFORE.search(before)
    if pair:
        first, second = side_key(_NAME_HEAD.sub("", pair.group(1))), side_key(pair.group(2))
        if first and second:
            return first, second
    first = _name_before(before)
    verb = _AFTER_RESULT_VERB.match(after)
    if verb is None and _RESULT_AFTER.match(after):
        return first, None  # 以6:3取胜, 以4:2胜出: a result with no one beaten named
    second = _name_after(after[verb.end() :] if verb else after, open_end)
    return first, second


def _part(t: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """Which part of the match the score at [start, end) of sentence `t` is of; None for a
    moment of the match (1比0领先). `lo`, `hi`: its own clause's bounds (cut at the scores
    beside it)."""
    own_before, own_after = t[lo:start], t[end:hi]
    if _INTO_EXTRA.match(own_after):
        return "regular"  # 以2:2进入延长赛: the score after regular time
    prev_clause = _CLAUSE.split(t[:lo].rstrip(",;、"))[-1] if lo else ""
    if _HALF.search(own_before) or _HALF.search(own_after) or _HALF.search(prev_clause):
        return "half"
    sets = _SET.search(own_before) or _SET.search(own_after) or _SET.search(prev_clause)
    moment = _MOMENT.search(own_before) or _MOMENT.search(own_after)
    if sets and (not moment or _SET_END.search(prev_clause + own_before)):
        return _set_part(sets)  # 第一局,孙颖莎以11:9战胜陈梦; 首节战罢,湖人30:25领先 (not 首节湖人一度20:10领先)
    if moment:
        return None  # 加时赛阿根廷3:2领先, 大比分3:1领先: a moment of the part, no score of it
    for name, words in _PARTS:
        if words.search(own_before) or (name in ("shootout", "extra") and _WON_PART.match(own_after)):
            return name
    if told := _PART_AFTER.match(own_after):  # 以3比0的总比分晋级
        return "aggregate" if told.group(1) == "总" else "series"
    if _PENALTIES_BEFORE.search(own_before):
        return "shootout"  # 阿根廷点球4-2法国
    earlier = t[:lo]
    found = [(m.start(), name) for name, words in _PARTS for m in words.finditer(earlier)]
    return max(found)[1] if found else "full"


def _set_part(m: re.Match[str]) -> str:
    unit = {"局": "set", "盘": "set", "节": "quarter"}[m.group(4)]
    if m.group(3):
        return f"{unit}:decider"
    n = m.group(1) or "一"
    return f"{unit}:{'一二三四五六七'.index(n) + 1 if n in '一二三四五六七' else n}"


def _stage(text: str) -> str | None:
    """The match's stage or round the sentence names (决赛, 半决赛, 第3轮), the longest first."""
    m = _STAGE.search(text)
    if m:
        return next(_STAGES[int(k[1:])][0] for k, v in m.groupdict().items() if v)
    r = _ROUND.search(text)
    return f"round:{r.group(1) or '一'}" if r else None


def _number(text: str) -> int:
    """A score's number in digits or words (3, 三, 十一)."""
    n = int(text) if text.isdigit() else parse_number(text)
    return int(n) if n is not None else 0


def _is_clock(t: str, m: re.Match[str]) -> bool:
    """12:30, 24:00, 9:05: a time of day (two digits after a colon, a time word near it)."""
    if m.group(2) != ":" or len(m.group(3)) != 2:
        return False
    if int(m.group(1)) <= 24 and int(m.group(3)) <= 59 and _CLOCK_AFTER.match(t, m.end()):
        return True  # 会议于14:30结束, 以10:30开始: when something began or ended
    return m.group(3)[0] == "0" or bool(_CLOCK_CONTEXT.search(t, max(0, m.start() - 8), m.end() + 4))


def _placed(t: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """Does the score stand where a score does: after 以/比分…, before a result, or between two names?"""
    before, after = t[lo : m.start()], t[m.end() : hi]
    cue = _RESULT_BEFORE.search(before)
    if _RESULT_AFTER.match(after) or (cue and (cue.group().strip() != "以" or _SPORT.search(t))):
        return True  # 以 alone says a score only in a sentence of sport (双方以2:1和解 is none)
    if not m.group(1).isdigit() or not _SPORT.search(t):  # 三比二 between two names: 一比一复刻…
        return False
    return _name_before(before) is not None and _name_after(after, hi == len(t)) is not None


class ScoreExtractor:
    """Scores of a match: 阿根廷以4:2击败法国, 点球大战中阿根廷7-5法国, 常规时间比分定格在3-3."""

    name = "score"
    kind: Final = Kind.score
    gate: Final = gated(rf"[0-9]\s?[:比\-–—]\s?[0-9]|[{_CJK_DIGITS}]比[{_CJK_DIGITS}]")

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        found = [m for m in _SCORE.finditer(text) if not _NOT_AFTER.match(text, m.end()) and not _is_clock(text, m)]
        if "比" in text:
            found = sorted((*found, *_SCORE_WORDS.finditer(text)), key=lambda m: m.start())
        for i, m in enumerate(found):
            lo, hi = _clause_bounds(text, m.start(), m.end())
            if i and found[i - 1].end() > lo:
                lo = found[i - 1].end()  # 打成2:2平手加时三十分钟再踢成3:3: each score its own words
            if i + 1 < len(found) and found[i + 1].start() < hi:
                hi = found[i + 1].start()
            value = self._value(text, m, lo, hi)
            if value is not None:
                yield Mention(m.start(), m.end(), value, self.name, value.part, 0.85)

    def _value(self, t: str, m: re.Match[str], lo: int, hi: int) -> ScoreValue | None:
        clause = t[lo:hi]
        if _NOT_A_SCORE.search(clause) or _VOTED.match(t, m.end()) or _PAST.search(t, 0, hi):
            return None
        if not _placed(t, m, lo, hi):
            return None
        part = _part(t, m.start(), m.end(), lo, hi)
        if part is None:
            return None  # a moment of the match, no result
        first, second = _sides(t[lo : m.start()], t[m.end() : hi], hi == len(t))
        of_the_match = part != "full" or bool(_THE_MATCH.search(t, lo, hi))
        return ScoreValue(
            first=_number(m.group(1)),
            second=_number(m.group(3)),
            sides=(first, second),
            part=part,
            stage=_stage(t[: m.start()]) or _stage(t[m.end() : hi]),
            of_the_match=of_the_match and not (first and second),
        )


def _clause_bounds(t: str, start: int, end: int) -> tuple[int, int]:
    lo = max((t.rfind(c, 0, start) for c in ",;。!?"), default=-1) + 1
    his = [i for i in (t.find(c, end) for c in ",;。!?") if i >= 0]
    return lo, min(his, default=len(t))


# --- minutes ---------------------------------------------------------------------------------

_MINUTE = re.compile(
    r"(?:第\s?(?P<n1>[0-9]{1,3}|[一二三四五六七八九十百零]{1,5})(?:\s?\+\s?(?P<add>[0-9]{1,2}))?\s?分钟"
    r"|(?P<part>开赛|开场|上半场|下半场|加时赛?|补时)第?\s?(?P<n2>[0-9]{1,3})\s?分钟(?![后内里前])"
    r"|在\s?(?P<n3>[0-9]{1,3})\s?分钟(?![后内里前])"
    r"|(?<![0-9.第])(?P<n4>[0-9]{1,3})\s?分钟(?![后内里前的之左多钟])"  # 72分钟中国队扳平: a minute only where a clause opens
    r")(?:时)?"
)
# What may stand right before a minute written without 第 (72分钟, 战至27分钟): a clause's start, or
# play going on to it. Not 过了5分钟, 不到1分钟, 用了5分钟: spells of time.
_BARE_LEAD = re.compile(r"(?:^|[,;。!?、]|战至|踢到|打到|进行到|直到|直至|到了|首先在)\s?$")
# The minutes that name a part of a match, not a moment of it: 90分钟 (regular time), 120分钟 (with extra time).
PART_MINUTES = frozenset({90, 120})
HALF_MINUTES = 45  # a half's length: 下半场第5分钟 is the 50th minute, 上半场补时第2分钟 the 47th
EXTRA_MINUTES = 30  # extra time's length: 加时赛第5分钟 is the 95th
# Stoppage time, told right before its minute (伤停补时第3分钟, 补时阶段第2分钟): the half must say which it is.
_STOPPAGE = re.compile(r"补时(?:阶段)?(?:的)?\s?$")
_HALF_NAMED = re.compile(r"上半场|下半场|加时")
# Who acted: a role word before the name (阿根廷明星球员梅西, 法国球员姆巴佩, 主教练德尚) is dropped.
_ROLE = re.compile(r"(?:球员|前锋|中场|后卫|门将|队长|主帅|主教练|教练|射手|新星|巨星|球星|明星|老将|小将|替补|的)")
# How a shot is struck: no one's name, and a clause of its own goes on with the actor (接…助攻，斜射破门).
_SHOTS = r"斜射|低射|爆射|怒射|垫射|挑射|吊射|兜射|捅射|弧线|大力|低平球|一蹴|左脚|右脚"
_ACTOR_STOP = re.compile(
    r"(?:在|从|于|将|把|被|由|获得|取得|主罚|主射|操刀|罚进|点球|十二码|12码|门前|禁区|左路|右路|头球|凌空|补射|推射|抽射|"
    r"射门|打进|攻入|破门|接|利用|为|帮助|再度|再次|又|再|也|就|终于|率先|一脚|轻松|突破|送出|传球|犯规|手球|"
    r"换上|换下|替补|上场|登场|完成|上演|扳平|追平|扳回|打破|扑出|罚失|远射|劲射|快射|射入|命中|带球|单刀|反击|破网|"
    r"进球|得分|梅开|帽子|乌龙|红牌|黄牌|吃到|领到|染红|连换|才|直到|产生|出现|一次|造成|制造|赢得|博得|搏得|"
    r"头槌|冲顶|顶入|顶进|包抄|斜插|起脚|跃起|高高|接应|得球|拿球|小禁区|中路|横传|传中|妙传|回传|直塞|助攻|"
    + _SHOTS
    + ")"
)
_TOPIC_BEFORE = re.compile(r"是(?:在|于)?$")
_BEFORE_TAIL = re.compile(r"(?:在|于|则|也|又|再|还|就|终于|直到|靠着|靠著|凭借|凭|时)+$")
# A clause that goes on with the same actor (姆巴佩在禁区内被侵犯,自己主罚点球命中).
_GOES_ON = re.compile(
    r"(?:自己|亲自|并且|并|随后|接着|然后|再|又|一脚|轻松|成功|将|为|帮助|上演|完成|主罚|操刀|主射|射入|" + _SHOTS + ")"
)
# A penalty: named, or its taking told (主罚命中, 操刀命中; not 主罚任意球, a free kick).
_PENALTY = re.compile(r"点球|十二码|12码|罚球|点射|(?:主罚|操刀|主射)(?!任意球|直接任意球|角球)|罚进")
_MISSED = re.compile(r"罚失|罚丢|打飞|被扑|扑出|偏出|中柱|击中门柱|未进|没进|罚偏|踢丢")
_GOAL = re.compile(
    r"破门|进球|入网|破网|打进|攻入|建功|罚进|命中|射进|射入|入球|帽子戏法|梅开二度|首开纪录|再下一城|踢进|"
    r"获得第.分|成功射门|射门成功|得手|顶入|顶进|中鹄|[0-9]+[-:比][0-9]+领先"
)
_ACTIONS = (
    ("own_goal", re.compile(r"乌龙")),
    ("red_card", re.compile(r"红牌|染红|两黄变一红")),
    ("yellow_card", re.compile(r"黄牌")),
    ("substitution", re.compile(r"换上|换下|替补登场|被换|连换|换人")),
)


def _action(text: str) -> str | None:
    """What the actor did in `text` (ACTIONS): a penalty scored or missed, a goal, a card …"""
    for name, words in _ACTIONS:
        if words.search(text):
            return name
    if _PENALTY.search(text) and _MISSED.search(text):
        return "penalty_missed"
    if _GOAL.search(text):
        return "penalty" if _PENALTY.search(text) else "goal"
    return None


def _actor_after(text: str) -> tuple[str | None, int, bool]:
    """The actor named at the head of `text` (梅西点球破门 → 梅西; 由西班牙率先破门 → 西班牙), and where
    their deed starts, and whether the actor is a team (中国队, 韩国女足). A player named after their team
    (西班牙队的奥亚萨瓦尔, 英格兰队科尔·帕尔默) is the actor."""
    stripped = text.lstrip(",:时 ")
    if stripped.startswith("由"):
        stripped = stripped[1:]
    offset = len(text) - len(stripped)
    m = _HEAD_RUN.match(_PAREN.sub(lambda p: " " * len(p.group()), stripped))
    if m is None:
        return None, offset, False
    stop = _ACTOR_STOP.search(m.group())
    run = m.group()[: stop.start()] if stop else m.group()
    run = _NAME_HEAD.sub("", run)
    who, player = _actor_name(run) if run else (None, False)
    return who, offset + len(run), bool(who and not player and _TEAM_NAMED.search(run))


def _actor_name(run: str) -> tuple[str | None, bool]:
    """Who a run of name characters names as a deed's actor, and whether it names a player after their
    team: 西班牙队的奥亚萨瓦尔 → 奥亚萨瓦尔; 米克尔·奥亚萨瓦尔 → 奥亚萨瓦尔; 阿根廷球员梅西 → 梅西."""
    player = _TEAM_THEN_PLAYER.match(run)
    name = run[player.end() :] if player else _ROLE.split(run)[-1]
    return _family_name(side_key(name)), player is not None


# A hyphen between two Han characters joins a transliterated name's parts (尼科-威廉斯), as · does.
_HAN_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff])[-‐](?=[\u4e00-\u9fff])")
# A team, then one of its players (西班牙队的奥亚萨瓦尔, 英格兰队科尔·帕尔默, 中国队王霜): the player is who
# acted; not 韩国女足送点 (the team, and what it did).
_TEAM_THEN_PLAYER = re.compile(
    rf"^[\u4e00-\u9fff]{{2,8}}?(?:队|[男女][足篮排])"
    rf"(?:的(?=[{_NAME_CHARS}]{{2}})|(?=[\u4e00-\u9fff]{{1,6}}·)|(?=[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$))"
)


def _family_name(name: str | None) -> str | None:
    """A transliterated name as the press shortens it: its last part (米克尔·奥亚萨瓦尔 is 奥亚萨瓦尔,
    科尔·帕尔默 帕尔默), as two reports of one goal name its scorer."""
    if name and "·" in name and len(last := name.rsplit("·", 1)[1]) >= 2:
        return last
    return name


class MinuteExtractor:
    """The minute of a match something happened in, with who did what: 第23分钟,梅西点球破门."""

    name = "minute"
    kind: Final = Kind.minute
    gate: Final = re.compile("分钟")

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        named = _HAN_HYPHEN.sub("·", text)  # 尼科-威廉斯 is 尼科·威廉斯 (one character each: offsets hold)
        for m in _MINUTE.finditer(text):
            n = _minute_of(text, m)
            if n is None or not 1 <= n <= 130:
                continue
            acted = _acted(named, m)
            if acted is not None:
                who, action = acted
                yield Mention(
                    m.start(), m.end(), MinuteValue(minute=n, who=who, action=action), self.name, action, 0.85
                )


def _minute_of(t: str, m: re.Match[str]) -> int | None:
    """The minute of the match `m` tells, counted from kick-off: 第23分钟 the 23rd, 90+3 the 93rd,
    下半场第5分钟 the 50th, 加时赛第5分钟 the 95th, 下半场补时第3分钟 the 93rd. None for what is no
    moment: 伤停补时第3分钟 of a half not named, a bare 90分钟 (regular time) or one not opening a clause."""
    if m.group("n4"):
        n = int(m.group("n4"))
        return n if n not in PART_MINUTES and _BARE_LEAD.search(t, 0, m.start()) else None
    n = _number(m.group("n1") or m.group("n2") or m.group("n3")) + int(m.group("add") or 0)  # 90+3: the 93rd
    part = m.group("part")
    if part == "补时" or _STOPPAGE.search(t, max(0, m.start() - 6), m.start()):
        halves = _HALF_NAMED.findall(t, _clause_bounds(t, m.start(), m.end())[0], m.start())
        if not halves:
            return None  # stoppage of which half the clause does not say
        base = {"上半场": HALF_MINUTES, "下半场": 2 * HALF_MINUTES}.get(halves[-1], 2 * HALF_MINUTES + EXTRA_MINUTES)
        return base + n
    if part == "下半场" and n <= HALF_MINUTES:
        return HALF_MINUTES + n
    if part and part.startswith("加时") and n <= EXTRA_MINUTES:
        return 2 * HALF_MINUTES + n
    return n


def _acted(t: str, m: re.Match[str]) -> tuple[str, str] | None:
    """(who, what) of the minute at m: the actor named right before it in its clause (梅西在第108分钟)
    or right after it (第23分钟,梅西…; 直到第109分钟,梅西再度进球), and the deed told in the rest of
    the clause and the clauses that go on with the same actor."""
    lo, hi = _clause_bounds(t, m.start(), m.end())
    nxt = _MINUTE.search(t, m.end())
    end = len(t) if nxt is None else nxt.start()
    before = _PAREN.sub("", t[lo : m.start()])
    bare = not before or _BEFORE_TAIL.search(before) or m.group().startswith("在")  # 法国在80分钟: 在 is the match's
    bare = bare and not _TOPIC_BEFORE.search(before)  # 比赛的高潮是在第87分钟: what the minute is, no actor
    who = _name_before(_BEFORE_TAIL.sub("", before), player=True) if bare else None
    deed_at = m.end()
    team = False
    if who is None:
        if not t[m.end() : hi].strip(",时 ") and hi < end:  # 直到第109分钟,梅西再度进球: the next clause tells who
            hi = _clause_end(t, hi + 1)
        who, offset, team = _actor_after(t[m.end() : hi])
        deed_at = m.end() + offset
    if who is None:
        return None
    by = _BY.match(t, deed_at, hi)
    if by:
        who, team = side_key(by.group(1)) or who, False  # 法国在80分钟由麦巴比主射十二码入网: 麦巴比's
    while hi < end and t[hi] == "," and _GOES_ON.match(t, hi + 1):
        hi = _clause_end(t, hi + 1)  # 姆巴佩在禁区内被侵犯,自己主罚点球命中: the same actor goes on
    action = _action(t[deed_at : min(hi, end)])
    if hi < end and t[hi] == ",":
        if action is None and _PENALTY_GIVEN.search(t, deed_at, hi):
            # 第116分钟,阿根廷被判禁区内手球,姆巴佩操刀12码再次命中: the next clause's (not past 主裁判判罚点球,
            # which tells the penalty given, not when it was taken)
            return _scorer_after(t, hi + 1, end, "penalty", reach=1)
        if team or (action is None and _PASSED.search(t, deed_at, hi)):
            # 第27分钟,韩国女足率先打破僵局,崔宥莉…射门得手; 第93分钟,王珊珊妙传,肖裕仪远射得手: the scorer's
            return _scorer_after(t, hi + 1, end) or ((who, action) if action else None)
    return (who, action) if action else None


SCORER_REACH = 2  # clauses after a team's or a passer's in which the minute's scorer may be named


def _scorer_after(
    t: str, start: int, end: int, deed: str | None = None, reach: int = SCORER_REACH
) -> tuple[str, str] | None:
    """The player who scored (a goal, a penalty: `deed` when given) in the clauses from `start`
    (at most SCORER_REACH of them, before the next minute), right after a clause telling a team's
    deed or a pass, or right after the foul or handball that gave a penalty (`reach` 1): the minute is that goal's. A clause
    telling a later moment (随后, 仅仅过了5分钟) ends the search; a clause of anyone else (主裁判判罚点球)
    or of another deed says nothing of the minute."""
    for _ in range(reach):
        if start >= end or _LATER.match(t, start):
            return None
        hi = min(_clause_end(t, start), end)
        who, offset, team = _actor_after(t[start:hi])
        done = _action(t[start + offset : hi])
        if who and done and done in ({deed} if deed else _SCORED):
            return (who, done) if not team else None
        start = hi + 1
    return None


_SCORED = frozenset({"goal", "penalty", "own_goal"})
# A clause telling a foul or a handball called, or a penalty given, and no goal: the penalty is scored after it.
_PENALTY_GIVEN = re.compile(
    r"被判[^,]{0,8}(?:手球|犯规|点球)|犯规|手球|判罚点球|被侵犯|放倒|绊倒|送点|送出点球|"
    r"(?:获得|赢得|博得|制造)(?:了)?(?:一个|一粒)?(?:点球|十二码|12码)"
)
_PASSED = re.compile(r"传中|横传|妙传|回传|传球|助攻|直塞|送出")  # a pass told, the scorer next
_TEAM_NAMED = re.compile(r"队|[男女][足篮排]")  # an actor named as a team (韩国女足, 中国队), no player
# A clause opening on a later moment of the match: a deed after the minute's.
_LATER = re.compile(r"随后|之后|此后|然后|接着|不久|仅仅|仅|过了|[0-9一二三四五六七八九十]+分钟后|下半场|上半场|易边")
_BY = re.compile(
    r"\s?(?:率先|再次|再度|又|则)?由([\u4e00-\u9fff·]{2,8}?)(?=率先|再次|再度|又|主罚|主射|操刀|罚进|射入|打进|头球|推射|破门)"
)


def _clause_end(t: str, start: int) -> int:
    return min((i for i in (t.find(c, start) for c in ",;。!?") if i >= 0), default=len(t))


# --- the article's match ---------------------------------------------------------------------


def match_frame(value: ScoreValue | MinuteValue | TitleCountValue) -> Frame:
    """What a score, a minute or a title count is of, as frame keys: the part and the sides, who
    did what in which half, or whose titles of what (facts keep two parts, two players, two deeds,
    two holders apart)."""
    if isinstance(value, ScoreValue):
        sides = "|".join(sorted(s for s in value.sides if s)) or "?"
        return Frame(measure=(f"score:{value.part}:{sides}",))
    if isinstance(value, TitleCountValue):
        return Frame(measure=(f"title_count:{value.holder}:{value.of or '?'}",))
    return Frame(measure=(f"minute:{value.who}:{value.action}:{phase(value.minute)}",))


def phase(minute: int) -> str:
    """The half of a football match a minute falls in: 1, 2, or extra time."""
    return "1" if minute <= 45 else "2" if minute <= 90 else "extra"


def with_match_sides(claims: Sequence[Claim]) -> list[Claim]:
    """An article's scores with the sides of its one match filled in where the text names fewer
    (比分定格在3-3, 阿根廷以4:2胜出); and its scores and minutes marked `several` where it gives
    one part of one match two scores, or one actor the same deed at two minutes of one half (two
    goals: which one another report dates is unsure; two results: two matches, or a slip)."""
    if not any(type(c.value) in _MATCH_VALUES for c in claims):
        return list(claims)  # most articles tell no match
    values = _squad_read_in([c.value for c in claims])
    players = {v.who for v in values if isinstance(v, MinuteValue)}
    pairs = {
        frozenset(v.sides)
        for v in values
        if isinstance(v, ScoreValue) and v.sides[0] and v.sides[1] and v.sides[0] != v.sides[1]
    }
    # 阿根廷4比2胜梅西「最后一舞」 beside 阿根廷4比2战胜法国: a player the article has act is no side
    match = _the_match(pairs) or _the_match({p for p in pairs if not players.intersection(p)})
    values = [_read_in(v, match, players) for v in values]
    several = _several(values)
    out = []
    for i, (c, new) in enumerate(zip(claims, values, strict=True)):
        if i in several and isinstance(new, ScoreValue | MinuteValue | TitleCountValue):
            new = new.model_copy(update={"several": True})
        if new == c.value or not isinstance(new, ScoreValue | MinuteValue | TitleCountValue):
            out.append(c)
        else:
            out.append(c.model_copy(update={"value": new, "frame": match_frame(new)}))
    return out


_MATCH_VALUES = (ScoreValue, MinuteValue, TitleCountValue)


def _squad_read_in(values: list[Value]) -> list[Value]:
    """The article's values with its one squad read into the sides its scores name without one
    (中国女足3-2战胜韩国队: 韩国女足), and into a minute's actor that is one of those sides. An
    article naming no squad, or two (女足 and 男足), is left as it is."""
    sides = {s for v in values if isinstance(v, ScoreValue) for s in v.sides if s}
    squads = {q for s in sides if (q := squad_of(s))}
    if len(squads) != 1:
        return values
    squad = squads.pop()
    out: list[Value] = []
    for v in values:
        if isinstance(v, ScoreValue) and any(with_squad(s, squad) != s for s in v.sides):
            v = v.model_copy(update={"sides": (with_squad(v.sides[0], squad), with_squad(v.sides[1], squad))})
        elif isinstance(v, MinuteValue) and v.who in sides:
            v = v.model_copy(update={"who": with_squad(v.who, squad)})
        elif isinstance(v, TitleCountValue) and v.holder in sides:
            v = v.model_copy(update={"holder": with_squad(v.holder, squad)})
        out.append(v)
    return out


def _read_in(v: Value, match: tuple[str, str] | None, players: set[str]) -> Value:
    """A score with the article's match read in where its sentence names no side or a player
    the article has act (not a side); any other value as it is."""
    if not isinstance(v, ScoreValue) or match is None:
        return v
    if players.intersection(v.sides).difference(match):
        v = v.model_copy(update={"sides": tuple(None if s in players and s not in match else s for s in v.sides)})
    return (_with_match(v, match) or v) if v.of_the_match else v


def _several(values: Sequence[Value]) -> set[int]:
    """The places of the scores and minutes whose article gives their fact two values: the same sides
    and part two scores (whatever stages it names: one of them may not say), or one actor one deed at
    two minutes of one half."""
    told: dict[tuple, set[tuple[int, ...]]] = {}
    keys: dict[int, tuple] = {}
    figure: tuple[int, ...]
    for i, v in enumerate(values):
        if isinstance(v, MinuteValue):
            keys[i], figure = ("minute", v.who, v.action, phase(v.minute)), (v.minute,)
        elif isinstance(v, TitleCountValue):
            keys[i], figure = ("title_count", v.holder, v.of), (v.count,)
        elif isinstance(v, ScoreValue) and v.sides[0] and v.sides[1]:
            # the numbers, whoever scored which: a score and its reverse are one told twice, or a slip
            keys[i], figure = ("score", frozenset(v.sides), v.part), tuple(sorted((v.first, v.second)))
        else:
            continue
        told.setdefault(keys[i], set()).add(figure)
    return {i for i, key in keys.items() if len(told[key]) > 1}


def _the_match(pairs: set[frozenset[str | None]]) -> tuple[str, str] | None:
    """The article's one match (its two sides, sorted), when its scores name one pair of sides."""
    if len(pairs) != 1:
        return None
    first, second = sorted(s for s in next(iter(pairs)) if s)
    return first, second


def _with_match(v: ScoreValue, match: tuple[str, str]) -> ScoreValue | None:
    """The score read as one of the article's match (`match`: its two sides, sorted)."""
    named = [s for s in v.sides if s]
    if any(s not in match for s in named):
        return None  # another side: another match
    if not named:
        draw = v.first == v.second
        return v.model_copy(update={"sides": (match[0], match[1]), "ordered": draw})
    other = match[1] if named[0] == match[0] else match[0]
    sides = (named[0], other) if v.sides[0] else (other, named[0])
    return v.model_copy(update={"sides": sides})
