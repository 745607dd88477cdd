"""A count of titles: 这是中国女足第九次夺得亚洲杯冠军, 中国女足九夺亚洲杯冠军, 第9个亚洲杯冠军, 已经荣获9次
亚洲杯桂冠. Each says how many titles of one competition its holder has with this one: the ninth
title and nine titles are one figure, and a report that says the fourth clashes with them.

A title count is read only where the words say a title was won (夺得…冠军, 夺冠, 捧杯, 桂冠) and
its holder is named right before it (a side or a player, folded as a match's sides are:
claims.extractors.sides); the competition is the words between the verb and 冠军 (亚洲杯; a
squad before it, 女足亚洲杯, is the holder's, not the competition's). Any other 第N次 (第三次参加,
第二次开庭, 第二次在印度夺冠: where, not how many) is none, nor a count told as past (此前已8次夺得,
曾, 当年) or dated in its clause (2006年第八次夺冠): another moment's total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from claims.extractors.base import ExtractContext, Mention
from claims.extractors.scores import side_key
from claims.model import Kind, TitleCountValue
from claims.text.gate import Holds
from claims.values.numerals import parse_number

_N = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"
_WON = r"夺得|获得|赢得|捧起|捧得|拿下|拿到|问鼎|夺取|摘得|摘取|荣获|斩获|夺下|加冕"
_TITLE = r"冠军|桂冠|奖杯|金杯"
# The competition: a few name characters, none of a place or a time (在印度, 之后).
_COMP = r"(?P<c{}>[\u4e00-\u9fffA-Za-z·]{{1,10}}?)?"
_FORMS = (
    rf"第(?P<n1>{_N})(?:次|度)(?:(?:{_WON})(?:了)?{_COMP.format(1)}(?:{_TITLE})|(?:夺冠|捧杯|封后|封王|称王))",
    rf"(?<![第0-9一二两三四五六七八九十])(?P<n2>{_N})(?:(?:夺|度(?:{_WON}))(?:了)?{_COMP.format(2)}(?:{_TITLE})|度(?:夺冠|捧杯))",
    rf"第(?P<n3>{_N})(?:个|座|尊){_COMP.format(3)}(?:{_TITLE})",
    rf"(?:{_WON})(?:过|了)?(?P<n4>{_N})次{_COMP.format(4)}(?:{_TITLE})",
    rf"(?<![第0-9一二两三四五六七八九十])(?P<n5>{_N})次(?:{_WON}){_COMP.format(5)}(?:{_TITLE})",
)
_COUNT = re.compile("|".join(_FORMS))
_FORM_COUNT = len(_FORMS)
_NOT_A_COMP = re.compile(r"在|于|之|后|前|的|次|个|年|届")
# A count of another moment: told as past, or dated in its clause.
_PAST = re.compile(
    r"此前|之前|曾经|曾|当年|上次|上一次|历史上|那届|去年|前年|[0-9一二三四五六七八九十]+年前|[0-9]{4}年"
)
# Between the holder's name and the count: words that are no part of the name.
_BEFORE_COUNT = re.compile(
    r"(?:此次|这次|本次|本届|此番|的|队史|历史上|已经|已|共|累计|总共|共计|先后|再次|再度|又|也|就|还|至今|迄今)+$"
)
_HOLDER_RUN = re.compile(r"(?:U[0-9]{2}|[A-Za-z\u4e00-\u9fff·]){2,16}$")
# A run that holds a verb or a pronoun is no holder's name (阿根廷7-5法国拿到了他们队史第三座金杯: not 法国's).
_NOT_A_HOLDER = re.compile(rf"{_WON}|了|他们|她们|它们|我们|谁|自己|其")
_HOLDER_HEAD = re.compile(r"^.*?(?:这也是|这是|也是|此为|则是|成为|是|让|使|帮助|助)")
_SQUAD_BEFORE = re.compile(r"^(?:[男女]子?[足篮排]球?|[男女]子)")
_CLAUSE_STOP = ",;。!?:"
MAX_TITLES = 50  # no side counts more titles of one competition; a bigger number is something else


class TitleCountExtractor:
    """How many titles its holder has with this one: 第九次夺得亚洲杯冠军, 九夺, 荣获9次…桂冠."""

    name = "title_count"
    kind: Final = Kind.title_count
    gate: Final = Holds(r"冠|桂冠|奖杯|金杯|捧杯", "冠", ("奖杯", "金杯", "捧杯"))  # (桂冠 holds 冠)

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        for m in _COUNT.finditer(text):
            form = next(i for i in range(1, _FORM_COUNT + 1) if m.group(f"n{i}"))
            n_text = m.group(f"n{form}")
            n = int(n_text) if n_text.isdigit() else parse_number(n_text)
            if n is None or not 1 <= n <= MAX_TITLES:
                continue
            lo = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_STOP) + 1
            if _PAST.search(text, lo, m.start()):
                continue
            holder = _holder(text[lo : m.start()]) or _topic(text, lo, m.start())
            comp = _competition(m.group(f"c{form}"))
            if comp == "":
                comp = _cup_named(text, m.start())  # 斩获3座欧洲杯桂冠，此次第4次捧杯: the cup its sentence named
            if holder is None or comp is None:
                continue
            value = TitleCountValue(count=int(n), holder=holder, of=comp or None)
            yield Mention(m.start(), m.end(), value, self.name, "title_count", 0.8)


def _holder(before: str) -> str | None:
    """The side or player named right before a count (这是中国女足第九次 → 中国女足)."""
    run = _HOLDER_RUN.search(_BEFORE_COUNT.sub("", before))
    if run is None:
        return None
    name = _HOLDER_HEAD.sub("", run.group())
    return None if _NOT_A_HOLDER.search(name) else side_key(name)


def _topic(text: str, lo: int, at: int) -> str | None:
    """The holder of a count whose clause names none (西班牙此前…斩获3座欧洲杯桂冠，此次第4次捧杯;
    西班牙队2比1取胜，第四次夺得欧洲杯的冠军): the side its sentence opens with, as a reader carries a
    clause's topic on to the clauses after it; None when the sentence opens with no name."""
    rest = text[lo:at]  # nothing but words no name holds (此次, 已经): _BEFORE_COUNT
    if lo == 0 or (rest and not _BEFORE_COUNT.fullmatch(rest)):
        return None
    run = _TOPIC_RUN.match(text, _sentence_start(text, lo))
    return side_key(_TOPIC_STOP.split(run.group(), 1)[0]) if run else None


# A cup its sentence names before a count that names none (3座欧洲杯桂冠), without the words before its name.
_CUP_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,5}杯)(?=桂冠|冠军|奖杯|金杯|决赛|赛|的|,|$)")
_CUP_HEAD = re.compile(r"^.*?(?:[座个次届尊项度]|获得|夺得|斩获|赢得|捧起|拿下|问鼎)")


def _cup_named(text: str, at: int) -> str:
    """The cup the sentence names before `at` (its last), as a competition's name; "" for none."""
    named = _CUP_BEFORE.findall(text, _sentence_start(text, at), at)
    return (_competition(_CUP_HEAD.sub("", named[-1])) or "") if named else ""


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "。!?") + 1


_TOPIC_RUN = re.compile(r"(?:U[0-9]{2}|[A-Za-z\u4e00-\u9fff·]){2,16}")
_TOPIC_STOP = re.compile(r"此前|之前|已经|已|曾|在|以|于|再次|再度|首次|也|又|还|是|将|则|成为|历史|[0-9]")


def _competition(words: str | None) -> str | None:
    """The competition's name as compared ("" when not named; None when the words are no name:
    第二次在印度夺得冠军 tells where): a squad before it is the holder's (女足亚洲杯 is 亚洲杯)."""
    if not words:
        return ""
    words = words.removesuffix("的")  # 夺得欧洲杯的冠军
    if _NOT_A_COMP.search(words):
        return None
    return _SQUAD_BEFORE.sub("", words) or ""
