"""Times of day: `早上7点多`, `凌晨2点30分左右`, `下午3点14分`, `15:14`, `6月17日3时20分许`, `5时04分35秒许`.

A time is read only where it cannot be something else: a part of the day before it
(凌晨, 下午 …), minutes after it (3点14分, 15:14), or a date right before it. `这两点`
(these two points) and `3个小时` (a duration) are not times. Values are minute ranges
within one day, widened by 多/许/左右 and by an hour given without minutes. Seconds
(`5时04分35秒`, `15:14:35`) belong to the time they end: its span holds them, its value stays
to the minute, and they are no duration (claims.values.durations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.text.gate import gated
from claims.values.numerals import parse_number

_NUM = r"[0-2]?\d|[零〇一二两三四五六七八九十]{1,3}"
DAY_PART = {
    "凌晨": (0, 6),
    "清晨": (4, 8),  # 清晨4点55分 (mhj, 2017): the hour before dawn is 清晨 as well as 凌晨
    "早上": (5, 10),
    "早晨": (5, 10),
    "上午": (6, 12),
    "中午": (11, 13),
    "下午": (12, 19),
    "傍晚": (16, 20),
    "晚上": (17, 24),
    "晚间": (17, 24),  # 截至晚間7時30分 (a by-election's count): 19:30, not 7:30
    "夜晚": (18, 24),
    "夜里": (18, 24),
    "夜间": (18, 24),
    "深夜": (21, 24),
    "晚": (17, 24),
    "早": (5, 10),  # 今早6时, 昨早8点 (Hong Kong's 截至今早6時): the morning
    "晨": (4, 8),  # 今晨6时
}
# Parts of the day after noon (下午3点 is 15:00), and those that run to midnight (晚上12点).
_TO_MIDNIGHT = frozenset({"晚上", "晚间", "夜晚", "夜里", "深夜", "晚"})
_AFTER_NOON = _TO_MIDNIGHT | {"下午", "傍晚", "夜间"}
TIME = gated(
    rf"(?:(?P<part>{'|'.join(sorted(DAY_PART, key=len, reverse=True))})\s?(?P<pre>约|大约|大概)?\s?)?"
    rf"(?P<h>{_NUM})\s?(?P<sep>点|时|:|：)\s?"
    rf"(?:(?P<m>[0-5]\d|[0-5]?\d(?=分)|[零〇一二三四五六七八九十]{{1,3}}(?=分)|半)\s?分?)?"
    rf"(?:(?<=分)\s?(?P<s>[0-5]?\d|[零〇一二三四五六七八九十]{{1,3}})\s?秒|(?<=[:：]\d\d)[:：](?P<sc>[0-5]\d)(?!\d))?"
    r"\s?(?P<approx>多|许|左右|前后)?"
)
# 6时许 / 左右: a quarter of an hour either side of the hour; a time told to the minute and 许 (6时40分许) is
# about that minute, five either side (6时30分 is another moment: 十堰's blast, 6:30 vs 6:40许).
APPROX_MINUTES = 15
APPROX_MINUTES_AT_MINUTE = 5
# An hour and 许 (15时许): up to this many minutes past it (15时30分许 and 15时24分 fall in it; 10点许 and 11时左右 do not).
APPROX_MINUTES_AFTER_HOUR = 44
# A time told to the second and 许 (莫焕晶在5时10分51秒许才报警): the minute either side, not a quarter
# of an hour (朱小贞's call at 5时04分35秒许 is another moment than 5时10分51秒许).
APPROX_MINUTES_AT_SECONDS = 1


@dataclass(frozen=True)
class TimeSpan:
    start: int
    end: int
    low: int  # minutes after midnight
    high: int

    @property
    def text(self) -> str:
        lo, hi = f"{self.low // 60:02d}:{self.low % 60:02d}", f"{self.high // 60:02d}:{self.high % 60:02d}"
        return lo if lo == hi else f"{lo}/{hi}"


CLOCK_ZONE = r"(?:北京|当地|美东|美国东部|台北|香港|东京|格林尼治)时间"  # 截至北京时间20日上午: whose clock
# What a count is held at, right before its moment (截至8月1日18时, 截至北京时间20日上午, 截至14时,
# 截止到当天14时, 截至周二(12月2日)): a date or an hour there is when the count holds; an hour alone is a time of day.
TALLY_BEFORE = re.compile(
    rf"(?:截至|截止)(?:到|至)?\s*(?:{CLOCK_ZONE})?\s*(?:当天|当日)?\s*(?:(?:周|週|星期)[一二三四五六日天]\s*[（(])?\s*$"
)


def find_times(text: str, *, after_date: bool = False) -> list[TimeSpan]:
    """Times of day in `text`; `after_date`: the text follows a date directly, so a bare
    `3时20分` or `7点` there is a time even without a part of the day."""
    out = []
    for m in TIME.finditer(text):
        span = _read(m, text, after_date and m.start() == 0)
        if span is not None:
            out.append(span)
    return out


def _read(m: re.Match[str], text: str, dated: bool) -> TimeSpan | None:
    part, sep, minute = m["part"], m["sep"], m["m"]
    approx = m["approx"] or ("许" if m["pre"] else None)  # 下午约3时08分: about that minute, as 3时08分许
    if sep == "：":
        sep = ":"
    # 九点多, 3点左右: an hour told approximately is a time; 一点多 may be "a little more".
    about = approx is not None and sep in ("点", "时") and m["h"] not in ("一", "1")
    if not (part or minute or dated or about or sep == ":" or TALLY_BEFORE.search(text, 0, m.start())):
        return None  # 这两点, 三点意见: not a time; 截至14时 is (a count held at an hour)
    if sep == ":" and not (minute and minute.isdigit() and len(minute) == 2):
        return None  # 比分 3:1, not 3:01
    if text[m.end() : m.end() + 1] in ("个", "倍", "%") or text[max(0, m.start() - 1) : m.start()] in (
        "第",
        "这",
        "那",
    ):
        return None
    h = parse_number(m["h"])
    if h is None or not 0 <= h <= 24:
        return None
    hour = int(h)
    if part in _AFTER_NOON and hour < 12:
        hour += 12  # 下午3点 is 15:00
    if part in DAY_PART:
        lo, hi = DAY_PART[part]
        if not lo <= hour <= hi and not (part in _TO_MIDNIGHT and hour == 24):
            return None  # 下午9点… is not a time of that part
    if minute == "半":
        low = high = hour * 60 + 30
    elif minute:
        mv = parse_number(minute)
        if mv is None or not 0 <= mv < 60:
            return None
        low = high = hour * 60 + int(mv)
    else:
        low, high = hour * 60, hour * 60 + 59 if approx == "多" or not approx else hour * 60
    if approx == "许" and not minute:
        # 15时许 is the hour and some (许 after a figure is "and some"), or just before it: it holds 15时30分许 and
        # 15时24分 (新余's fire: two outlets' times, no clash), not 11时左右 (10点许 is another moment); 15时左右
        # stays about the hour
        low, high = max(0, low - APPROX_MINUTES), min(24 * 60 - 1, hour * 60 + APPROX_MINUTES_AFTER_HOUR)
    elif approx in ("许", "左右", "前后"):
        seconds = m["s"] or m["sc"]
        reach = APPROX_MINUTES_AT_SECONDS if seconds else APPROX_MINUTES_AT_MINUTE if minute else APPROX_MINUTES
        low, high = max(0, low - reach), min(24 * 60 - 1, high + reach)
    elif approx == "多" and minute:
        high = min(24 * 60 - 1, high + 9)
    return TimeSpan(m.start(), m.end(), min(low, 24 * 60 - 1), min(high, 24 * 60 - 1))


_CLAUSE_ENDS = re.compile(r"\s*(?:[，,。；;、]|$)")


def day_part_at(text: str) -> TimeSpan | None:
    """A part of the day alone, at the start of `text` (`11月4日下午`): its span of hours. A bare 晚
    only where its clause ends (6月10日晚，…: that evening; not 晚些时候, 晚于, 晚会)."""
    for part in sorted(DAY_PART, key=len, reverse=True):
        if text.startswith(part) and (part != "晚" or _CLAUSE_ENDS.match(text, 1)):
            lo, hi = DAY_PART[part]
            return TimeSpan(0, len(part), lo * 60, min(hi * 60, 24 * 60) - 1)
    return None


def times_overlap(a: str, b: str) -> bool:
    """Two `HH:MM` or `HH:MM/HH:MM` values share a minute."""
    (a0, a1), (b0, b1) = minutes(a), minutes(b)
    return a0 <= b1 and b0 <= a1


def minutes(value: str) -> tuple[int, int]:
    """(first, last) minute after midnight of an `HH:MM` or `HH:MM/HH:MM` value."""
    lo, _, hi = value.partition("/")
    hi = hi or lo
    return int(lo[:2]) * 60 + int(lo[3:5]), int(hi[:2]) * 60 + int(hi[3:5])


# A clock told without its part of the day after an afternoon's or evening's of the same day (当天下午3点14分，缪缪出
# 事了。… 3点42分的时候，我还在上班，突然接到袁老师的电话; 九点多，才见到缪缪的遗体): the same afternoon or evening, as
# a reader takes a story's hours to run on, not back to the small hours (development corpus: 缪可馨's mother's
# 3点42分 had been read as 03:42). Only an hour from 1 to 11 that, read after noon, does not come before the
# afternoon's hour: after 晚上10点, a bare 1点 may be the next night's and stays as told.
_PART_WORD = re.compile(rf"{'|'.join(sorted(DAY_PART, key=len, reverse=True))}|早|夜|午|[AaPp]\.?[Mm]")


def told_part(text: str) -> bool:
    """Does a time's text name its part of the day (下午3点, 凌晨2点, 15:14 counts as told by its hour)?"""
    return _PART_WORD.search(text) is not None


def after_noon(time: str, since: int) -> str | None:
    """A bare clock's value (`03:42`, `09:00/09:59`) read after noon, when that does not come before
    `since`, the hour of the afternoon told before it; None when it stays as read."""
    parts = time.split("/")
    hours = [int(p[:2]) for p in parts]
    if not all(1 <= h <= 11 for h in hours) or hours[0] + 12 < since:
        return None
    return "/".join(f"{h + 12:02d}{p[2:]}" for h, p in zip(hours, parts, strict=True))
