"""Han characters: the one definition of which code points are hanzi (HAN_CLASS, HAN), and which are common
(COMMON_HAN: the yardstick for encoding detection and mojibake detection).

GB2312 level 1 (3,755 characters) is the standard list of frequent simplified characters;
Big5 level 1 (5,401) the traditional one. Together they cover >99.9% of the hanzi in news
text in either script (4 of 16,600 in seed 000, 0 of 9,800 in seed 002). A wrong codec or
mojibake produces mostly characters outside them: UTF-8 read as GBK lands in GB2312 level 2
and the GBK extension rows. Built from the codecs themselves, so no data file is shipped.
"""

from __future__ import annotations

import contextlib
import re


def _gb2312_level1() -> set[str]:
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # D7FA-D7FE are unassigned
                chars.add(bytes((lead, trail)).decode("gb2312"))
    return chars


def _big5_level1() -> set[str]:
    chars: set[str] = set()
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if lead == 0xC6 and trail > 0x7E:
                break  # level 1 ends at C67E
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("big5"))
    return chars


# Kanji of Japan's place names that Chinese news prints as they are, outside both level-1 lists: a town (能登町、
# 穴水町、七尾市、中能登町: one 町 three characters after another would weigh as mojibake) and two prefectures
# (埼玉, 栃木). FIELD23 noto_quake_2024: two lines of town names flagged garbled.
_JAPANESE_PLACES = frozenset("町埼栃")
COMMON_HAN: frozenset[str] = frozenset(_gb2312_level1() | _big5_level1() | _JAPANESE_PLACES)

# Hanzi blocks in the Basic Multilingual Plane: Extension A, CJK Unified Ideographs, Compatibility Ideographs.
HAN_BMP_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
# ... and Extensions B+ (astral).
HAN_BLOCKS = (*HAN_BMP_BLOCKS, (0x20000, 0x3134F))
HAN_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in HAN_BLOCKS)  # a regex character-class body
HAN = re.compile(f"[{HAN_CLASS}]")

# Common Chinese surnames (simplified): a run of Han characters opening with one may be a
# personal name (claims.entities' Chinese names, claims.frames.names' repeated names). 阳 (of 欧阳)
# alone would make names of places (城阳区法院, 洛阳市); 季, 关, 单, 管, 易 open too many words.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤缪庞兰殷施聂柳翟倪岳牛葛鲁常温欧翁庄洪赖柯詹卓骆阮俞裴邢邬甘凌辛"
    "童祝纪苗乔艾柴卜蓝游涂简颜傅"
)

# Titles a full name follows (候选人柯文哲, 警务处处长周一鸣, 犯罪嫌疑人陈某志): as a regex alternation.
TITLES = (
    "候选人|参选人|主席|总统|副总统|总理|市长|省长|县长|书记|部长|局长|处长|署长|司长|厅长|院长|校长|董事长|"
    "总裁|总经理|发言人|嫌疑人|被告人|被害人|运动员|选手|教练|队长|法官|律师|医生|教授|"
    # a legislator or a player named once (立委林德福, 被罢免人廖先翔, 球员塔特姆)
    "立委|议员|被罢免人|球员|主帅|主教练|创始人"
)


# How far a work's title reaches either side of what stands in it (《今日说法》, 《十万个为什么》: 5 and 4).
TITLE_REACH = 30


def in_title(text: str, start: int, end: int) -> bool:
    """Is `start`..`end` inside a title's marks (央视《今日说法》栏目, 从小看《三国演义》)? What a title
    holds names a work, not the story's day or count."""
    return _enclosed(text, start, end, "《", "》", TITLE_REACH)


# How far quoted words reach either side of a day they name (“赶明天你去瞅瞅孩子去”: 5 and 6).
QUOTE_REACH = 60


def in_quotes(text: str, start: int, end: int) -> bool:
    """Is `start`..`end` inside quotation marks (“…明天他就进去”, 「…今天…」)? A day someone's quoted words
    name is counted from when they spoke, which the page does not date."""
    return _enclosed(text, start, end, "“", "”", QUOTE_REACH) or _enclosed(text, start, end, "「", "」", QUOTE_REACH)


def _enclosed(text: str, start: int, end: int, opening: str, closing: str, reach: int) -> bool:
    opened = text.rfind(opening, max(0, start - reach), start)
    if opened < 0 or closing in text[opened:start]:
        return False
    closed = text.find(closing, end, end + reach)
    return closed >= 0 and opening not in text[end:closed]
