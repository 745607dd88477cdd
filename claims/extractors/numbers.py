"""The number family: quantities, money, percentages, ranks and ages in one sentence.

Every pattern embeds `claims.values.numerals.AMOUNT_SRC` (the numeral grammar) between an
optional qualifier (约, 超过, 近 …) and the unit that gives the number its kind; the
interval each qualifier produces is the table in claims/values/numerals.py. Sentences are
normalised (simplified, half-width), so `％` is `%` and `，` is `,`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Final

from claims.extractors.base import ExtractContext, Mention
from claims.model import AgeValue, Bound, Kind, MoneyValue, PercentValue, QuantityValue, RankValue, as_number
from claims.text.gate import Holds, gated
from claims.text.hanzi import HAN_CLASS
from claims.values.numerals import (
    _CJK_NUM,
    AMOUNT_SRC,
    CORE_SRC,
    FRACTION_SRC,
    QUAL_POST_SRC,
    QUAL_PRE_SRC,
    Amount,
    fold_numeral,
    is_numeral_span,
    parse_amount,
    parse_fraction,
    parse_number,
    qualify,
)

_PRE = rf"(?:(?P<pre>{QUAL_PRE_SRC})\s?(?:有|达|为|是)?\s?)?"
# Every match starts with a numeral, a sign or a qualifier's first character; checking that
# first keeps the big patterns from being tried at every position (a 2-3x speed-up).
_FIRST_CHARS = rf"\d.{_CJK_NUM}大约超逾多高不未低少至起最顶将接差几近上数负突－\-"
_FIRST = rf"(?=[{_FIRST_CHARS}])"
_FIRST_AGE_SRC = rf"(?=[{_FIRST_CHARS}今明后去前])"
_POST = rf"(?:\s?(?P<post>{QUAL_POST_SRC}))?"
_NUMERIC = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半]")
# Each extractor's `gate`: what a sentence must hold for its `find` to yield anything (the
# checks `find` opens with), so the pipeline need not call it on a sentence without
# (claims.extractors.registry.SENTENCE_GATES; tests/test_extractor_gates.py).
_NUMERIC_OR_PERCENT = re.compile(_NUMERIC.pattern[:-1] + "%]")
_NUMERIC_OR_NONE = re.compile(_NUMERIC.pattern[:-1] + "无未]|没有")


@lru_cache(maxsize=1 << 14)
def has_numeral(text: str) -> bool:
    """Does `text` hold a `_NUMERIC` character? Asked of a sentence up to six times (three gates,
    three recognizers), each a scan of the whole text when it holds none (most sentences): one
    scan a text (`_NUMERIC` is a class of ~30 characters and `\\d`, ~40 instructions a character)."""
    return _NUMERIC.search(text) is not None


class _NumeralGate:
    """A gate (claims.extractors.registry) that matches where its pattern does, read from
    `has_numeral` and substring tests instead of a scan: the pattern is a numeral's class with
    `extra` characters added, or one of `words`. `regex`: the pattern it stands for (tests)."""

    def __init__(self, regex: re.Pattern[str], extra: str = "", words: tuple[str, ...] = ()) -> None:
        self.regex, self.pattern = regex, regex.pattern
        self.needles = (*extra, *words)

    def search(self, text: str) -> bool | None:
        if has_numeral(text) or any(n in text for n in self.needles):
            return True
        return None


_HUNDRED = Decimal(100)
_PER_MILLE = Decimal("0.1")  # 7.87‰ is 0.787%
# What PercentExtractor.POINTS_LATIN needs: pct or ppt in any case (one scan, not a pattern per position).
_LATIN_POINTS_HINT = re.compile(r"[pP][cCpP][tT]")


def _qualified(m: re.Match[str], amount: Amount, *, cap: Decimal | None = None) -> Amount:
    amount = qualify(amount, m.groupdict().get("pre"), cap=cap)
    return qualify(amount, m.groupdict().get("post"), cap=cap)


def _mention(
    extractor,
    m: re.Match[str],
    value,
    pattern: str,
    score: float,
    base: Decimal | None,
    span: tuple[int, int] | None = None,
) -> Mention:
    start, end = span or m.span()
    return Mention(
        start,
        end,
        value,
        extractor.name,
        pattern,
        score,
        extra={"base": base} if base is not None else {},
    )


# One unit, several names: a figure in 千米 or km is one in 公里 (CLTC续航700km vs 700公里).
SAME_UNIT = {
    "千米": "公里",
    "km": "公里",
    "KM": "公里",
    "千克": "公斤",
    "kg": "公斤",
    "KG": "公斤",
    "面": "枚",
}  # 40面金牌


class QuantityExtractor:
    """Counts with a counter or a people noun: 大约有300个项目, 500名研究人员, 超过3亿用户."""

    name = "quantity"
    kind: Final = Kind.quantity
    gate: Final = _NumeralGate(_NUMERIC_OR_NONE, "无未", ("没有",))  # a numeral, or 无/未/没有 (NONE_HURT)

    COUNTERS: Final = (
        # 人份 is doses (160万人份疫苗), no people
        # 剂次 and 剂 are doses (接种412万剂次, 140萬劑); 粒 and 球 goals (贡献18粒进球, 打进18球)
        "人次|人份|架次|剂次|剂|粒|球(?![员队场迷拍衣鞋门网星赛类])|平方公里|平方米|公里|千米|km|KM|公斤|千克|kg|KG|公顷|人|名|位|个(?!(?:多|半)?(?:月|小时|钟|星期|礼拜|工作日))|"
        # rainfall and other small lengths in millimetres (最大累计雨量达387.2毫米); a bare 米 would read event names
        # (100米自由泳) and heights (1米86), so it stays unread
        "毫米|"
        "家|项|(?<!19\\d\\d)(?<!20\\d\\d)款|次|篇|倍|台|张|辆|架|艘|座|所|间|条|件|起(?![步来初码见飞])|例|宗(?![教旨族师亲祠派室])|只(?![是有能要会不在好])|头|匹|"
        # a streak: 27连胜 (27 wins in a row), 5连败, 3连冠, 沪指7连涨
        "连胜|连败|连负|连冠|连涨|连跌|"
        # shares (发售5000万股H股, 每手100股), after digits or their scale only: 一股力量, 三股绳 count no shares
        "(?<=[0-9万亿萬億])股(?![东份权票价市民息本指利])|"
        "套|部(?!分)|本|份|枚|颗|户|口人|栋|届|场|轮|批|支|种|处|笔|首|节(?=[^，。；、]{0,4}课)|"
        "集|封|箱|瓶|吨|亩|国|省|州|县|票|席|层|级(?=[^，,。；;0-9]{0,4}?(?:地震|余震|强震)|[，,。；;、\\s]|$)|"
        # medals in a tally: 201金111银71铜; 40面金牌 (Taiwan, Hong Kong); 75具遇难者遗体; the last column
        # before the team's standing or the tally's end (27金23银20铜位列奖牌榜首位, 38金32银18铜收官)
        "[金银铜](?=\\s?(?:[0-9０-９、，,；;。）)]|$|及|和|位列|排名|位居|名列|排在|收官|的(?:成绩|战绩|佳绩|好成绩)))"
        "|面(?=[金银铜奖]牌)|具(?=[^，。；]{0,5}?(?:遗体|尸体|遗骸))"
    )
    NOUNS: Final = (
        "研究人员|工作人员|使用者|订阅者|工程师|科学家|项目|员工|公司|企业|用户|人员|工人|学生|国家|"
        "城市|门店|病例|患者|医院|学校|议员|代表|选民|士兵|游客|乘客|观众|网友|家庭|银行|机构|产品|"
        "模型|芯片|论文|专利|岗位|订单|车辆|航班|房屋|儿童|老人|居民|会员|粉丝|客户|教师|医生|记者"
    )
    PEOPLE: Final = "用户|使用者|员工|网民|居民|人口|游客|观众|会员|粉丝|订阅者|客户|选民|民众|网友"
    # After a figure only (25万儿童); before one (患者达到52人) the counter says what is counted.
    PEOPLE_AFTER: Final = (
        f"{PEOPLE}|儿童|婴儿|婴幼儿|孩子|学生|村民|市民|农民|职工|患者|病人|乘客|旅客|灾民|考生|毕业生|运动员|志愿者"
    )
    COUNTED: Final = gated(rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s?(?P<counter>{COUNTERS})(?P<noun>{NOUNS})?{_POST}")
    PEOPLE_COUNT: Final = gated(rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s?(?P<noun>{PEOPLE_AFTER}){_POST}")
    # The noun first: 用户超4亿, 周活跃用户突破8亿, 用户数达到1亿, 员工约3000人 (出生人口约9.5万人: the births, not the
    # people living there). The number needs
    # a 万/亿 scale or a people counter after it (用户3 is not a count), and no other unit.
    PEOPLE_FIRST: Final = re.compile(
        rf"(?P<noun>出生人口|{PEOPLE}|人次|(?<=报考|报名|参考|参赛|观影|就业)人数)(?:总数|数量|总量|规模|人数|数)?\s?(?:已经|已|将|共|总共)?\s?"
        rf"(?:(?P<pre>{QUAL_PRE_SRC}|达到)\s?(?:有|达|为|是)?|达|有|为)?\s?(?P<num>{AMOUNT_SRC})"
        rf"(?P<counter>人|名|位|户)?{_POST}(?![\d.{_CJK_NUM}%元块倍次年月日天周个美港欧英台])"
    )
    # A toll in shorthand (已致12死、1133伤; 3死5伤2失联): people, what happened to them the word
    # right after it (the frame reads it). That word ends the item: a separator, the end, the
    # next item or its part (77伤其中12人危殆) follows (12死亡 is no shorthand, 2死球 no toll).
    # Digits only: 九死一生 is an idiom.
    _TOLL_WORD: Final = "(?:死|伤|傷|失联|失聯|失踪|失蹤)"
    TOLL: Final = re.compile(
        rf"(?<![0-9.])(?P<num>[0-9]+(?:多|余)?)(?={_TOLL_WORD}(?:[、，,。；;\s)）]|$|其中|[0-9]+(?:多|余)?{_TOLL_WORD}))"
    )
    # A quake's magnitude told as its 规模 with no 级 (Taiwan's and Japan's wording: 規模7.8強震, 芮氏規模6.4地震):
    # only before a quake, as 规模 is any scale (规模500人的公司).
    SCALE_MAGNITUDE: Final = re.compile(
        r"(?:[芮里]氏)?[规規]模\s?(?P<num>[0-9](?:\.[0-9])?)(?![0-9.级級])"
        r"(?=[^，,。；;0-9]{0,4}?(?:地震|强震|強震|余震|餘震))"
    )
    # A vote's count told after its name with no counter (同意票數為3萬3697, 得票数为817万): votes.
    VOTES_FIRST: Final = re.compile(
        rf"(?:票数|得票)(?:为|是|达到?|有|共)?\s?(?P<num>{AMOUNT_SRC}){_POST}(?![\d.{_CJK_NUM}%元块倍次年月日天周个人名张票])"
    )
    PATTERNS: Final = (("counted", COUNTED), ("people", PEOPLE_COUNT), ("people_first", PEOPLE_FIRST))
    # Where COUNTED can match: a numeral's last character (a digit, k/M, a CJK numeral, 点, 几,
    # 数, 多, 余) right before a counter. A sentence without one (2024年, 一些, 统一) is not scanned:
    # on real articles six in ten sentences with a numeral, COUNTED's scan of them 48 -> 25 ms
    # with this check (tests/test_extractor_gates.py: every COUNTED match holds one).
    COUNTED_HINT: Final = re.compile(rf"[\d{_CJK_NUM}kKM点點几幾数數多余餘]\s?(?:{COUNTERS})")
    _SCALED: Final = re.compile(r"[万亿兆]\s?(?:多|余)?$")
    _HAS_PEOPLE: Final = re.compile(f"{PEOPLE_AFTER}|人次|人数")  # 观影人次为1.63亿: visits, counted noun first

    # No one hurt, stated as such (事故未造成人员死亡, 无人员伤亡, 无人遇难): a count of zero,
    # the word for what did not happen left after it, where the frame reads it. 是否有人员伤亡
    # (whether anyone was hurt) states nothing; 暂无 (none yet) is a zero of its time.
    NONE_HURT: Final = gated(
        r"(?<![是否])(?:未造成|没有造成|并未造成|未致|暂无|无|没有)(?:人员|人)(?=死亡|伤亡|遇难|受伤|失踪)"
    )

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        found = list(self._find(text, ctx))
        if len(found) > 1 and ("至" in text or "到" in text):
            found = _joined_counts(text, found)
        yield from found

    def _find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        for m in self.NONE_HURT.finditer(text) if "无" in text or "未" in text or "没有" in text else ():
            yield Mention(*m.span(), QuantityValue(low=0, high=0, bound=Bound.exact, unit="人"), self.name, "none", 0.7)
        if not has_numeral(text):
            return
        if "死" in text or "伤" in text or "失" in text:
            yield from self._tolls(text)
        if "票" in text:
            yield from self._votes(text)
        if "模" in text:
            yield from self._scale_magnitudes(text)
        for pattern, regex in self.PATTERNS:
            if regex is not self.COUNTED and not self._HAS_PEOPLE.search(text):
                continue
            if regex is self.COUNTED and not self.COUNTED_HINT.search(text):
                continue
            for m in regex.finditer(text):
                if not is_numeral_span(text, *m.span("num")) or text[max(0, m.start("num") - 1)] == "第":
                    continue  # 第一次 is an ordinal
                if _in_name(text, m.start("num")):
                    continue  # GPT-5, o1, Gemini 3: a model name, not a count
                if _no_count(text, m):
                    continue  # 研三学生, 消息四起, 千万家长: a school year, an idiom, parents
                if m.groupdict().get("counter") == "级" and not _magnitude(text, m):
                    continue  # 3级伤残, 二级响应: a grade, not a quake's size
                if m.groupdict().get("counter") == "次" and m.group("num") == "二":
                    continue  # 二次充电电池, 二次创业: "secondary"; two times is 两次
                if regex is self.PEOPLE_FIRST and not (
                    m.group("counter") or self._SCALED.search(fold_numeral(m.group("num")))
                ):
                    continue
                # A lone 一 with a counter is usually an article (一家公司), not a checkable count.
                score = 0.3 if fold_numeral(m.group("num")) == "一" else 0.8
                if score < ctx.min_score:
                    continue  # not wanted (four in five counted mentions of an interview): not built
                amount = parse_amount(m.group("num"))
                if amount is None:
                    continue
                amount = _qualified(m, amount)
                if regex is self.PEOPLE_FIRST:
                    noun = m.group("noun")  # 用户超4亿: the noun is what is counted; 报考人数为1335万, people
                    # 居民86户 counts households, as 86户居民 does
                    unit = "人" if noun == "人数" else f"户{noun}" if m.group("counter") == "户" else noun
                else:
                    counter = m.groupdict().get("counter") or ""
                    if counter == "张" and _BALLOTS.search(_clause_around(text, m)):
                        counter = "票"  # 同意票3萬4064張、不同意6萬9709張: votes, as 3萬3977票 are
                    unit = SAME_UNIT.get(counter, counter) + (m.group("noun") or "")
                value = QuantityValue(
                    low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, unit=unit
                )
                yield _mention(self, m, value, pattern, score, amount.base)

    def _votes(self, text: str) -> Iterator[Mention]:
        for m in self.VOTES_FIRST.finditer(text):
            if (amount := parse_amount(m.group("num"))) is None or amount.high is None or amount.high < MIN_VOTES:
                continue  # 票数为1: no tally
            amount = _qualified(m, amount)
            value = QuantityValue(low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, unit="票")
            yield _mention(self, m, value, "votes_first", 0.8, amount.base, (m.start("num"), m.end()))

    def _scale_magnitudes(self, text: str) -> Iterator[Mention]:
        for m in self.SCALE_MAGNITUDE.finditer(text):
            amount = parse_amount(m.group("num"))
            if amount is not None:
                value = QuantityValue(
                    low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, unit="级"
                )
                yield _mention(self, m, value, "magnitude", 0.8, amount.base)

    def _tolls(self, text: str) -> Iterator[Mention]:
        for m in self.TOLL.finditer(text):
            amount = parse_amount(m.group("num"))
            if amount is None:
                continue
            value = QuantityValue(low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, unit="人")
            yield _mention(self, m, value, "toll", 0.8, amount.base)


MIN_VOTES = 10  # a vote's count told with no counter is a tally of at least this many (票数为3萬3697)
# Words of a vote in a figure's clause: its 张 are ballots (6萬5300張不同意票, 同意票3萬4064張、不同意6萬9709張).
_BALLOTS = re.compile(r"选票|投票|得票|票数|同意票|赞成票|支持票|反对票|弃权票|有效票|废票|无效票")
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?\n]")


def _clause_around(text: str, m: re.Match[str]) -> str:
    """The clause a figure stands in (its list included: 、 does not end it)."""
    starts = [k.end() for k in _CLAUSE_MARK.finditer(text, 0, m.start())]
    end = _CLAUSE_MARK.search(text, m.end())
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


_QUAKE_AFTER = re.compile(r"[^，,。；;0-9]{0,4}?(?:地震|余震|强震)")
_MAGNITUDE_BEFORE = re.compile(r"(?:震级|里氏|规模|强度)[^，,。；;0-9]{0,4}$")


def _magnitude(text: str, m: re.Match[str]) -> bool:
    """A 级 figure is a quake's magnitude: a quake after it (7.7级强烈地震), or 震级/里氏 before it
    (此次地震震级达到⟨7.9级⟩)."""
    return bool(_QUAKE_AFTER.match(text, m.end())) or bool(_MAGNITUDE_BEFORE.search(text, 0, m.start("num")))


_NAME_BEFORE = re.compile(r"[A-Za-z]-?$")


def _in_name(text: str, start: int) -> bool:
    """Arabic digits glued to Latin letters (GPT-5, o1, Q-Star2) belong to a name; AI五个 does not."""
    return start < len(text) and text[start].isdigit() and bool(_NAME_BEFORE.search(text, max(0, start - 2), start))


_THIS_PIECE = re.compile("[这那哪某另同整每]一块")
# A list of ordinals (第1、2名, 第一、二、三批): 第 governs each item after it.
ORDINAL_LIST_REACH = 12
_ORDINAL_LIST = re.compile("第[0-9零〇一二两三四五六七八九十]+、(?:[0-9零〇一二两三四五六七八九十]+、)*$")
_LAW_BEFORE = re.compile("(?:法|条例|规定|办法|解释|章程|宪章)$")


def _share(den: str, value: Decimal) -> bool:
    """Is 份 a share (Hong Kong's 三份一, 1/3: several parts, at most the whole), not a copy (一份2016年的记录,
    一份600多页的文档: one copy, then a figure of its own)?"""
    parts = parse_number(den.partition("份")[0])
    return parts is not None and parts >= 2 and value <= 1


# A year at school (研三学生, 高三学生, 大一新生): 三 is the year, no count of students.
_SCHOOL_YEAR = re.compile(r"(?<=[大研高初博])[一二三四五六](?=学生|新生|女生|男生|年级|学年|学子|生)")
_HAN_CHAR = re.compile(f"[{HAN_CLASS}]")


def _no_count(text: str, m: re.Match[str]) -> bool:
    """A numeral and counter that count nothing: a year at school (研三学生), a carbon number (碳九), a later
    ordinal of a list (第1、2名), 四起 of 消息四起 (arising on all
    sides, where 4 cases would name what they count: 四起事故), an article of a law (刑事诉讼法175条), 家 of 家长
    or 家属 (千万家长: parents)."""
    if m.end("num") - m.start("num") == 1 and _SCHOOL_YEAR.match(text, m.start("num")):
        return True
    if text[m.start("num") - 1 : m.start("num")] == "碳" and not m.group("num")[:1].isdigit():
        return True  # 碳九一种, 碳九吨: a carbon number (C9 aromatics), no count
    if _ORDINAL_LIST.search(text, max(0, m.start("num") - ORDINAL_LIST_REACH), m.start("num")):
        return True  # 第1、2名, 第一、二批: later items of a list of ordinals
    counter = m.groupdict().get("counter")
    if counter == "起" and m.group("num") == "四" and m.end("counter") == m.end():
        return _HAN_CHAR.match(text, m.end()) is None  # 消息四起, 谣言四起
    if counter == "条" and _LAW_BEFORE.search(text, max(0, m.start("num") - 4), m.start("num")):
        return True  # 刑事诉讼法175条第4款: an article of a law, no count of 条
    return counter == "家" and text[m.end("counter") : m.end("counter") + 1] in ("长", "属")


def _joined_counts(text: str, found: list[Mention]) -> list[Mention]:
    """Two exact counts of one counter joined by 至 or 到, the first the smaller (蔓延至10层至12层): one range, as
    10至12层 is, not two counts each read as a figure of its own."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        a, b = (prev.value, m.value) if prev is not None else (None, None)
        if (
            prev is not None
            and isinstance(a, QuantityValue)
            and isinstance(b, QuantityValue)
            and _COUNT_RANGE_JOIN.fullmatch(text, prev.end, m.start)
            and a.unit == b.unit
            and a.bound is Bound.exact is b.bound
            and a.low is not None
            and b.low is not None
            and a.low < b.low
            and text[max(0, prev.start - 1) : prev.start] not in ("由", "从", "從")  # 由10人增加到12人: a change
        ):
            value = QuantityValue(low=a.low, high=b.high, bound=Bound.range, unit=a.unit)
            out[-1] = Mention(
                prev.start, m.end, value, prev.extractor, prev.pattern, prev.score, prev.as_of, prev.extra
            )
            continue
        out.append(m)
    return out


_COUNT_RANGE_JOIN = re.compile(r"\s?[至到]\s?")


CURRENCIES = {
    "美元": "USD",
    "美金": "USD",
    "美圆": "USD",
    "美刀": "USD",
    "US$": "USD",
    "$": "USD",
    "人民币": "CNY",
    "元人民币": "CNY",
    "元": "CNY",
    "圆": "CNY",
    "块钱": "CNY",
    "块": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "RMB": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "港圆": "HKD",
    "HK$": "HKD",
    "蚊": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "NT$": "TWD",
    "欧元": "EUR",
    "欧罗": "EUR",  # Hong Kong's 歐羅
    "€": "EUR",
    "日元": "JPY",
    "日圆": "JPY",
    "英镑": "GBP",
    "£": "GBP",
    "韩元": "KRW",
    "卢布": "RUB",
    "澳元": "AUD",
    "加元": "CAD",
    "瑞士法郎": "CHF",
    "新加坡元": "SGD",
    "新元": "SGD",
    "印度卢比": "INR",
    "卢比": "INR",
    "泰铢": "THB",
    "越南盾": "VND",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "奈拉": "NGN",
    "比特币": "BTC",
}


# A bare 元 is the writer's own currency: the renminbi on the mainland, the Hong Kong dollar in a Hong Kong paper
# (收報45.33元，較招股價32.8元升38.2%, beside 集資約9.8億港元), the New Taiwan dollar in a Taiwanese one. Read as the
# local one only in a text in traditional script that names that currency or market and never the renminbi: a
# mainland paper on a Hong Kong listing writes its company's 营收 in bare 元, renminbi.
_LOCAL_MONEY = (
    ("HKD", re.compile(r"港元|港幣|港币|HK\$|港股|港交所|聯交所|香港交易所|恒指|恆指|恒生|恆生|孖展|暗盤|招股價")),
    ("TWD", re.compile(r"新台幣|新臺幣|台幣|臺幣|NT\$|台股|臺股|櫃買中心")),
)
# An outlet named for its place (香港經濟日報, 香港01; 台灣英文新聞) writes that place's dollar.
_OUTLET_PLACE = (("HKD", re.compile(r"香港")), ("TWD", re.compile(r"台灣|臺灣")))
_RENMINBI = re.compile(r"人民幣|人民币|RMB|CNY|¥|￥")
_NAMED_CURRENCY = re.compile(r"人民|¥|￥|RMB|块|塊")  # a claim's own words that name the renminbi: no bare 元


def local_currency(body: str, script: str, outlet: str | None = None) -> str | None:
    """The currency a bare 元 names in a text (`_LOCAL_MONEY`, `_OUTLET_PLACE`), when not the renminbi: None for
    a text in simplified script, one naming the renminbi, or one naming both local currencies."""
    if script != "zh-Hant" or _RENMINBI.search(body):
        return None
    named = {code for code, words in _LOCAL_MONEY if words.search(body)}
    named |= {code for code, place in _OUTLET_PLACE if outlet and place.search(outlet)}
    return next(iter(named)) if len(named) == 1 else None


def bare_yuan(text: str, currency: str | None) -> bool:
    """Is a money claim's currency the renminbi only by a bare 元 (45.33元, 206億元), no word of its own?"""
    return currency == "CNY" and not _NAMED_CURRENCY.search(text)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class MoneyExtractor:
    """Amounts in a currency: 100亿美元, $20, 人民币5亿元, 五块六到五块七毛八."""

    name = "money"
    kind: Final = Kind.money
    gate: Final = _NumeralGate(_NUMERIC)

    _SUFFIX: Final = [w for w in CURRENCIES if not re.match(r"[$¥￥€£]|[A-Z]", w) and w != "块"]
    _PREFIX: Final = [
        "US$",
        "HK$",
        "NT$",
        "$",
        "¥",
        "￥",
        "€",
        "£",
        "RMB",
        "人民币",
        "美金",
        "港币",
        "港元",
        "新台币",
        "台币",
        "欧元",
        "日元",
        "英镑",
    ]
    _D: Final = "零〇一二两三四五六七八九"
    # 块 is money only where no noun follows (三块蛋糕 is a count): 块钱, 块二, end of clause.
    _KUAI: Final = rf"块(?=钱|[{_D}\d毛角分]|$|[\s,.;:!?。、”」)]|以上|以下|左右)"
    # 块二 is 1.2, but 500块一个人 is 500 a head: a digit after 块 that a counter follows counts something else
    _CENTS: Final = rf"(?P<cents>\s?零?\s?(?:[{_D}\d]\s?[角毛毫](?:\s?[{_D}\d]\s?(?:[分仙](?!钟))?)?|[{_D}\d]\s?[分仙](?!钟)|[{_D}](?![{_D}\d十百千万亿个人次天位名件张条份斤点])))?"
    # Cantonese 個 is the dollar (港幣三個一毫四 = 3.14, 三個半美金 = 3.5), but only with a
    # currency named beside it: 五個半 alone is "five and a half" of anything.
    _ATOM: Final = (
        rf"(?:(?P<cur_pre>{_alternation(_PREFIX)})\s?(?P<num_pre>{AMOUNT_SRC})(?:\s?[元块]|\s?个{_CENTS.replace('?P<cents>', '?P<pcents>')})?"
        rf"|(?P<num>{AMOUNT_SRC})\s?(?:[个枚](?=比特币)|个(?P<ghalf>半)?(?=\s?(?:{_alternation(_SUFFIX)})))?"
        rf"(?P<cur>{_alternation(_SUFFIX)}|{_KUAI})(?:人民币)?{_CENTS}"
        rf"(?:\s?又?\s?(?P<subcents>[{_D}\d]{{1,2}}|十[{_D}]?|[{_D}]十[{_D}]?)\s?美分)?)"
    )
    _CENT_HINT: Final = Holds(r"[角毛毫仙]|分钱", "角毛毫仙", ("分钱",))
    # Each currency AMOUNT can name (its prefixes and suffixes are CURRENCIES words, 块 too):
    # most sentences with a figure name none, and AMOUNT is then not tried (~3 % of extraction).
    _CURRENCY_WORD: Final = gated(_alternation(CURRENCIES))
    AMOUNT: Final = re.compile(
        rf"(?=[\d.{_CJK_NUM}大约超逾多高不未低少至起最顶将接差几近上数负－\-$¥￥€£URHN人美港新台欧日英]){_PRE}{_ATOM}(?:\s?(?:到|至|-|~)\s?(?P<to>{_ATOM.replace('?P<', '?P<to_')}))?{_POST}"
    )

    # Amounts under one main unit: 两毛, 2角, 两角五分, 两毛五, 五仙, 两毫, 五分钱. 分 alone is
    # minutes, points or a score (五分, 二十五分): money only as 分钱 or after a jiao.
    CENTS_ONLY: Final = gated(
        rf"{_PRE}(?<![\d{_CJK_NUM}.])(?:(?P<j>[{_D}\d])\s?(?P<ju>[角毛毫])"
        rf"(?![形洲恋函架星楼大区度尺米克秒升无不安厘衣巾病笔发绒线织皮钟])"
        rf"(?:\s?(?P<f>[{_D}\d])\s?(?:[分仙](?!钟))?(?![\d{_CJK_NUM}]))?(?:\s?钱)?"
        rf"|(?P<f2>[{_D}\d]{{1,2}}|十[{_D}]?|[{_D}]十[{_D}]?)\s?(?P<fu>仙|分钱)(?![人女子境])){_POST}"
    )

    # The money word first, the currency left unsaid: 罚款300多万, 年薪17万的offer, 年薪你也
    # 知道，20万. Only a figure in 万 or 亿 (年薪17 is no amount) with no unit after it.
    MONEY_WORDS: Final = (
        "罚款|罚金|年薪|月薪|薪水|工资|薪酬|年收入|月收入|赔偿金|补偿金|赔偿|补偿|抚慰金|市值|估值|营收|"
        "净利润|利润|融资|捐款|奖金|学费|彩礼|欠款|贷款|票房|销售额|营业额|成交额|交易额"
    )
    MONEY_FIRST: Final = re.compile(
        rf"(?P<noun>{MONEY_WORDS})(?:[^。！？；!?;,\d{_CJK_NUM}]{{0,6}},)?\s?"
        rf"(?:(?P<pre>{QUAL_PRE_SRC}|达到)\s?(?:有|达|为|是)?|达|有|为|了|是)?\s?(?P<num>{AMOUNT_SRC}){_POST}"
        rf"(?=$|[^\d.%{HAN_CLASS}]|的)"
    )
    _SCALED: Final = re.compile(r"[万亿]\s?(?:多|余)?$")
    _MONEY_HINT: Final = re.compile(MONEY_WORDS)

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if not has_numeral(text):
            return
        taken: list[tuple[int, int]] = []
        if self._CURRENCY_WORD.search(text):  # every AMOUNT match holds a currency word
            yield from self._amounts(text, taken)
        if self._MONEY_HINT.search(text):
            yield from self._implied(text, taken)
        if not self._CENT_HINT.search(text):
            return
        yield from self._cents_only(text, taken)

    def _implied(self, text: str, taken: list[tuple[int, int]]) -> Iterator[Mention]:
        """Amounts after a money word with the currency left unsaid (currency unknown)."""
        for m in self.MONEY_FIRST.finditer(text):
            span = (m.start("num"), m.end("post") if m.group("post") else m.end("num"))
            if any(a < span[1] and span[0] < b for a, b in taken) or not self._SCALED.search(m.group("num")):
                continue
            if not is_numeral_span(text, *m.span("num")) or (amount := parse_amount(m.group("num"))) is None:
                continue
            amount = _qualified(m, amount)
            value = MoneyValue(
                low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, currency=None
            )
            yield _mention(self, m, value, "implied", 0.6, amount.base, span)

    def _amounts(self, text: str, taken: list[tuple[int, int]]) -> Iterator[Mention]:
        for m in self.AMOUNT.finditer(text):
            taken.append(m.span())
            first = self._atom(m, "", text)
            if first is None:
                continue
            amount, currency = first
            if _THIS_PIECE.search(text, max(0, m.start() - 1), m.start() + 2) and m.group() == "一块":
                continue  # 这一块, 那一块: this area, that piece
            if m.group("to"):
                second = self._atom(m, "to_", text)
                if second is None or second[0].high is None or amount.low is None or amount.low > second[0].high:
                    continue
                amount = Amount(amount.low, second[0].high, Bound.range, amount.base)
                currency = second[1]
            amount = _qualified(m, amount)
            value = MoneyValue(
                low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, currency=currency
            )
            yield _mention(self, m, value, "amount", 0.8, amount.base)

    def _cents_only(self, text: str, taken: list[tuple[int, int]]) -> Iterator[Mention]:
        for m in self.CENTS_ONLY.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # part of 一块二角
            key = "j" if m.group("j") else "f2"
            if not is_numeral_span(text, *m.span(key)):
                continue
            if m.group("ju") == "角" and not (m.group("f") or m.group(0).endswith("钱") or m.group("j").isdigit()):
                continue  # 冰山一角, 教室四角, 珠三角, 八角: a corner, a delta, a spice (money: 2角, 三毛, 五角钱)
            if m.group("j"):
                jiao, fen = parse_number(m.group("j")), parse_number(m.group("f") or "0")
            else:
                jiao, fen = Decimal(0), parse_number(m.group("f2"))
            if jiao is None or fen is None or (jiao == 0 and fen == 0):
                continue
            unit = m.group("ju") or m.group("fu")
            currency = "HKD" if unit in ("毫", "仙") else "CNY"
            amount = _qualified(m, Amount.exact(jiao / 10 + fen / 100))
            value = MoneyValue(
                low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, currency=currency
            )
            yield _mention(self, m, value, "cents", 0.6, amount.base)

    def _atom(self, m: re.Match[str], p: str, text: str) -> tuple[Amount, str | None] | None:
        num_key = p + "num" if m.group(p + "num") else p + "num_pre"
        if not is_numeral_span(text, *m.span(num_key)):
            return None
        amount = parse_amount(m.group(num_key))
        if amount is None:
            return None
        word = m.group(p + "cur") or m.group(p + "cur_pre")
        currency = CURRENCIES.get(word, "CNY" if word.startswith("块") else None)
        cents = m.group(p + "cents") if m.group(p + "num") else m.group(p + "pcents")
        if m.group(p + "num") and m.group(p + "ghalf") and amount.bound is Bound.exact:
            amount = Amount.exact(amount.base + Decimal("0.5"))  # 三個半美金
        if cents and cents.strip() and amount.bound is Bound.exact:
            extra = _cents(cents)
            if extra is None:
                return None
            amount = Amount.exact(amount.base + extra)
        subcents = m.group(p + "subcents") if m.group(p + "num") else None
        if subcents and amount.bound is Bound.exact and (c := parse_number(subcents)) is not None:
            amount = Amount.exact(amount.base + c / 100)  # 两美元又三美分
        return amount, currency


def _cents(text: str) -> Decimal | None:
    """块二 = 0.2, 块零四 = 0.04, 元6角三分 = 0.63, 块七毛八 = 0.78."""
    s = fold_numeral(text)
    if m := re.fullmatch(r"零?(\S)[角毛毫](?:(\S)[分仙]?)?", s):
        jiao, fen = parse_number(m.group(1)), parse_number(m.group(2) or "零")
    elif m := re.fullmatch(r"零?(\S)[分仙]", s):
        jiao, fen = Decimal(0), parse_number(m.group(1))
    elif m := re.fullmatch(r"(零?)(\S)", s):
        digit = parse_number(m.group(2))
        jiao, fen = (Decimal(0), digit) if m.group(1) else (digit, Decimal(0))
    else:
        return None
    if jiao is None or fen is None:
        return None
    return jiao / 10 + fen / 100


def _round4(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.0001")).normalize() if value != value.to_integral_value() else value


class PercentExtractor:
    """Shares and percentage points: 87.5%, 超过90%, 百分之九十, 一半, 三分之二, 3个百分点, 七成."""

    name = "percent"
    kind: Final = Kind.percent
    gate: Final = _NumeralGate(_NUMERIC_OR_PERCENT, "%")

    SIGN: Final = re.compile(rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s?%{_POST}")
    # Per mille (人口死亡率为7.87‰: 0.787%), as 千分之七点八七 is.
    PERMILLE: Final = re.compile(rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s?‰{_POST}")
    # A range with a sign on both ends is one figure (同比增长66.3%至72.8%: 蔚来's guidance), not two.
    SIGN_RANGE: Final = re.compile(
        rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s?%\s?(?:至|到|~|～|-|—)\s?(?P<to>{AMOUNT_SRC})\s?%{_POST}"
    )
    PER: Final = gated(
        rf"{_PRE}(?P<per>(?<![\d一二两三四五六七八九十])[百千万佰仟萬]+)\s?分\s?之\s?(?P<num>{AMOUNT_SRC}|百){_POST}"
    )
    POINTS: Final = re.compile(rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s*个\s*百\s*分\s*点{_POST}")
    # Percentage points in a broker's note: 同比收窄12.8pct, 提升2.1ppt, 1.5 pcts, 12.8个pct (美团 2023Q4, mt23).
    # Not after 个 for ppt, which is also a slide deck (做了10个PPT).
    POINTS_LATIN: Final = re.compile(
        rf"{_FIRST}{_PRE}(?P<num>{AMOUNT_SRC})\s?(?:(?:个\s?)?[pP][cC][tT][sS]?|[pP][pP][tT][sS]?)(?![A-Za-z]){_POST}"
    )
    FRACTION: Final = re.compile(rf"{_FIRST}{_PRE}(?P<frac>{FRACTION_SRC}){_POST}")
    # 成 is tenths only with a small numeral and no word continuing it (成为, 成本, 成员). Digits right after a
    # digit's 成 go on with its decimals (a batting average: 打擊率6成32 is .632, 63.2%; 2成8 is 28%).
    TENTHS: Final = gated(
        rf"{_PRE}(?P<num>(?:10|[0-9](?:\.\d)?|半|[一二两三四五六七八九十](?:\s?点\s?[一二三四五六七八九])?))\s?成"
        rf"(?P<extra>半|\s?[一二三四五六七八九](?![成折\d一二三四五六七八九十百千万])"
        rf"|(?<=[0-9]成)(?P<dec>[0-9]{{1,3}})(?![0-9.．％%万亿千百十元人个名件次]))?"
        rf"(?![为功立本员果绩长就熟交年都型品千万])"
    )
    HALF: Final = gated(rf"{_PRE}(?:(?<!另)一半|半数|(?P<past>过半))")
    PATTERNS: Final = ("sign", "permille", "per", "points", "fraction", "tenths", "half")

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if not has_numeral(text) and "%" not in text:
            return
        # Cheap substring checks first: most sentences have none of these markers. Each pattern
        # needs its words: PER 分之, POINTS 百分点, FRACTION 分之 or 份 (部分, 分析 and 分钟 hold 分
        # alone: on real articles FRACTION's scan 6.5 -> 1.0 ms, POINTS's 4.0 -> 0.4 ms).
        has_fen = "分" in text
        fen_zhi = has_fen and "之" in text
        ranges: list[tuple[int, int]] = []
        for m in self.SIGN_RANGE.finditer(text) if text.count("%") > 1 else ():
            amount = parse_amount(f"{m.group('num')}至{m.group('to')}")
            if amount is not None and amount.bound is Bound.range:
                ranges.append(m.span())
                yield from self._emit(m, text, amount, "sign")
        for m in self.SIGN.finditer(text) if "%" in text else ():
            if not any(a <= m.start() < b for a, b in ranges):
                yield from self._emit(m, text, parse_amount(m.group("num")), "sign")
        for m in self.PERMILLE.finditer(text) if "‰" in text else ():
            amount = parse_amount(m.group("num"))
            yield from self._emit(m, text, amount.scaled(_PER_MILLE) if amount else None, "permille")
        for m in self.PER.finditer(text) if fen_zhi else ():
            num = m.group("num")
            amount = Amount.exact(_HUNDRED) if num == "百" else parse_amount(num)
            per = parse_number("一" + m.group("per"))  # 百分之 = 1, 千分之 = 0.1, 百万分之 = 0.0001
            if amount is None or not per:
                continue
            amount = amount.scaled(_HUNDRED / per)
            yield from self._emit(m, text, amount, "per", check=False)
        for m in self.POINTS.finditer(text) if has_fen and "百" in text and "点" in text else ():
            yield from self._emit(m, text, parse_amount(m.group("num")), "points", points=True)
        for m in self.POINTS_LATIN.finditer(text) if _LATIN_POINTS_HINT.search(text) else ():
            yield from self._emit(m, text, parse_amount(m.group("num")), "points", points=True)
        for m in self.FRACTION.finditer(text) if fen_zhi or "份" in text else ():
            frac = m.group("frac")
            den = fold_numeral(frac).partition("又")[2] or fold_numeral(frac)
            if re.match(r"[百千万]+分", den):
                continue  # 百分之 is PER's
            value = parse_fraction(frac)
            if value is not None and ("分" in frac or _share(den, value)):
                yield from self._emit(m, text, Amount.exact(_round4(value * _HUNDRED)), "fraction", check=False)
        for m in self.TENTHS.finditer(text) if "成" in text else ():
            base = Decimal("0.5") if m.group("num") == "半" else parse_number(m.group("num"))
            extra = (m.group("extra") or "").strip()
            if base is None or base > 10:
                continue
            if dec := m.group("dec"):
                tenths = base * 10 + Decimal(dec).scaleb(1 - len(dec))  # 6成32: 60 + 3.2
            else:
                tenths = base * 10 + (Decimal(5) if extra == "半" else parse_number(extra) or 0 if extra else 0)
            yield from self._emit(m, text, Amount.exact(_round4(tenths)), "tenths", check=False)
        for m in self.HALF.finditer(text) if "半" in text else ():
            amount = (
                Amount(Decimal(50), _HUNDRED, Bound.over, Decimal(50)) if m.group("past") else Amount.exact(Decimal(50))
            )
            yield from self._emit(m, text, amount, "half", check=False)

    def _emit(self, m, text, amount, pattern, *, points=False, check=True) -> Iterator[Mention]:
        if amount is None or (check and not is_numeral_span(text, *m.span("num"))):
            return
        cap = _HUNDRED if amount.base <= _HUNDRED and not points else None
        amount = _qualified(m, amount, cap=cap)
        value = PercentValue(low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, points=points)
        yield _mention(self, m, value, pattern, 0.8, amount.base)


class RankExtractor:
    """Positions in a ranking: 第二名, 前5名, 前 20 至 50 名, 世界第一, 排名第三."""

    name = "rank"
    kind: Final = Kind.rank
    gate: Final = Holds("[楼第前]", "楼第前")  # a floor, an ordinal, a top N

    _CONTEXT: Final = (
        r"排名|排行|排在|位列|位居|名列|位于|榜单|榜上|榜|世界|全球|全国|全美|亚洲|欧洲|国内|业内|行业|同业|全市|全省|"
        r"全班|全校|全年级"
    )
    NTH: Final = gated(
        rf"(?:(?P<ctx>{_CONTEXT})\s?(?:上|中)?(?:的)?\s?)?第\s?(?P<num>{CORE_SRC})\s?(?P<suf>名|位(?!数)|大(?![学会道街桥门楼]))?"
    )
    TOP: Final = gated(
        rf"(?:(?P<ctx>{_CONTEXT})\s?(?:上|中)?(?:的)?\s?)?前\s?(?P<num>{AMOUNT_SRC})\s?(?P<suf>名|位(?!数)|强|大)?"
        r"(?![天年月日周个次小分秒季期代届位名])"
    )
    _RANKING_WORDS: Final = re.compile(r"排名|排行|榜|名列|位列")
    _RANK_VERB: Final = re.compile(r"(?:考了|考到|考得|拿了|拿到|获得|得了|夺得|摘得)\s?$")  # 语文考了第一
    _ORDINAL_OF: Final = frozenset("次天年月日周个届批期代轮季章条款项部集场")
    # A floor: 从四楼坠落, 爬上4楼的栏杆 (not 3号楼, a building, nor 楼盘, 楼市).
    # 地下一楼 is the first basement, no floor counted from the ground.
    FLOOR: Final = re.compile(
        rf"(?<![号第\d{_CJK_NUM}])(?<!地下)(?P<num>[1-9]\d?|[一二三四五六七八九十]{{1,3}})楼(?![房盘市道梯宇阁])"
    )

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if "楼" in text:
            for m in self.FLOOR.finditer(text):
                n = parse_number(m.group("num"))
                if n is not None and 1 <= n <= 200:
                    yield Mention(*m.span(), RankValue(low=int(n), high=int(n), of="楼"), self.name, "floor", 0.8)
        if "第" not in text and "前" not in text:
            return
        ranked_sentence = bool(self._RANKING_WORDS.search(text))
        for m in self.NTH.finditer(text):
            ranked = m.group("suf") or m.group("ctx") or self._RANK_VERB.search(text, 0, m.start())
            if not ranked or (not m.group("suf") and text[m.end() : m.end() + 1] in self._ORDINAL_OF):
                continue  # 第二天, 第一次, 获得第一次机会: ordinals, not ranks
            n = parse_number(m.group("num"))
            if n is None or n < 1 or n != n.to_integral_value():
                continue
            yield Mention(*m.span(), RankValue(low=int(n), high=int(n), of=m.group("ctx")), self.name, "nth", 0.8)
        for m in self.TOP.finditer(text):
            if not (m.group("suf") or m.group("ctx") or ranked_sentence):
                continue
            amount = parse_amount(m.group("num"))
            if amount is None or amount.low is None or amount.high is None or amount.low < 1:
                continue
            low = int(amount.low) if amount.bound is Bound.range else 1
            yield Mention(
                *m.span(),
                RankValue(low=low, high=int(amount.high), of=m.group("ctx")),
                self.name,
                "top",
                0.7,
            )


class AgeExtractor:
    """Ages in years: 34岁, 年仅25岁, 我明年就40岁了, and the answer 34,快35了."""

    name = "age"
    kind: Final = Kind.age
    gate: Final = Holds("[岁快]", "岁快")
    reads_dates: Final = True  # an age holds at the publication date

    _WHEN: Final = {"今年": 0, "明年": 1, "后年": 2, "去年": -1, "前年": -2}
    YEARS: Final = gated(
        rf"{_FIRST_AGE_SRC}(?:(?P<when>今年|明年|后年|去年|前年)\s?(?:就|将|才|已|已经|刚|刚刚|满)?\s?)?"
        rf"{_PRE}(?P<num>{AMOUNT_SRC})\s?(?:周岁|岁)(?!月)"
    )
    # 比她大三岁, 大汤兰兰六七岁, 小两岁: a difference in age, not an age. Ends right before the figure.
    # 大约/大学 and kin words (小女儿5岁, 长子20岁) are not comparisons, nor a superlative (年龄最小的3岁,
    # 最小的患者只有4岁: the youngest's age).
    GAP: Final = re.compile(
        r"(?:(?<!最)[大小长](?![约概致学女儿子孙哥姐弟妹姑叔伯舅姨])[^，。,；;\s岁]{0,5}|相差|差了?)$"
    )
    # An age band that names a group of people is nobody's age: 60岁及以上人口, 15-59岁人口,
    # 65岁以上老人, 18岁以下儿童 (a census's or a rule's group; 一名60岁老人 is one man's age).
    BAND: Final = re.compile(
        r"\s?(?:(?:及以上|以上|及以下|以下|以内)的?(?:人口|人群|群体|年龄段|老人|老年人|儿童|青少年|未成年人|居民|人员|妇女|患者|学生)"
        r"|的?(?:人口|人群|群体|年龄段))"
    )
    # "34,快35了": the stated age and the next birthday (an answer to 你几岁).
    TURNING: Final = gated(r"(?<![\d.])(?P<num>\d{1,3}),\s?快(?P<next>\d{1,3})(?:岁)?了")

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if "岁" not in text and "快" not in text:
            return
        for m in self.YEARS.finditer(text):
            if not is_numeral_span(text, *m.span("num")) or self.GAP.search(text, max(0, m.start() - 8), m.start()):
                continue
            if self.BAND.match(text, m.end()):
                continue
            amount = parse_amount(m.group("num"))
            if amount is None or amount.base <= 0 or amount.base > 150:
                continue
            pre = m.group("pre")
            if amount.bound is Bound.exact and pre in ("近", "将近", "接近", "差不多", "快"):
                amount = Amount(amount.base - 1, amount.base, Bound.nearly, amount.base)  # a year, not 10%
            else:
                amount = _qualified(m, amount)
            at = _age_at(ctx.published, self._WHEN.get(m.group("when") or "", 0), bool(m.group("when")))
            start = m.start("when") if m.group("when") and m.group("pre") is None else m.start()
            value = AgeValue(low=as_number(amount.low), high=as_number(amount.high), bound=amount.bound, at=at)
            yield Mention(start, m.end(), value, self.name, "years", 0.8, extra={"base": amount.base})
        for m in self.TURNING.finditer(text):
            age, turning = int(m.group("num")), int(m.group("next"))
            if turning != age + 1 or age > 150:
                continue
            value = AgeValue(low=age, high=turning, bound=Bound.at_least, at=_age_at(ctx.published, 0, False))
            yield Mention(*m.span(), value, self.name, "turning", 0.6, extra={"base": Decimal(age)})


def _age_at(published: date | None, years: int, explicit: bool) -> str | None:
    """When the age holds: the publication date, or the year a 明年/去年 points to."""
    if published is None:
        return None
    if explicit:
        return str(published.year + years)
    return published.isoformat()


NUMBER_EXTRACTORS = (QuantityExtractor(), MoneyExtractor(), PercentExtractor(), RankExtractor(), AgeExtractor())
