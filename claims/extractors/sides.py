"""A side of a match as one name, whatever an outlet calls it: 韩国女足, 韩国队, 南韩女足 and
韓國隊 (simplified before any extractor reads it) are one side of a women's final.

`side_key` folds a side's name the way a careful reader does: the team words any report may
add or leave out (队, 国家队, 代表队) go; the squad (女足, 男足, 女篮 …) stays, written one way
(中国女子足球队 is 中国女足); a country's regional name is its common one (REGIONAL_NAMES: 南韩
is 韩国, 纽西兰 新西兰). An article that names its sides with one squad (中国女足 … 韩国队) tells
of that squad's match throughout: `with_squad` reads the squad into the names that leave it
out, so 韩国队 there is 韩国女足 (and never a men's side of another report).
"""

from __future__ import annotations

import re

# A country's name as outlets of one region write it, and the name most reports use. Only names
# any reader of Chinese news knows for the same country (no player, no club: no per-name list).
REGIONAL_NAMES = {
    "南韩": "韩国",
    "大韩民国": "韩国",
    "北韩": "朝鲜",
    "纽西兰": "新西兰",
    "星加坡": "新加坡",
    "澳洲": "澳大利亚",
    "中华台北": "中国台北",
    "中华": "中国台北",  # 中華隊, Taiwan's name for its own side
    "台湾": "中国台北",  # 台灣隊
    "义大利": "意大利",
    "沙地阿拉伯": "沙特",
    "沙特阿拉伯": "沙特",
    "克罗埃西亚": "克罗地亚",
    "哥斯大黎加": "哥斯达黎加",
    "奈及利亚": "尼日利亚",
    "突尼西亚": "突尼斯",
    "大马": "马来西亚",
}
# A national side's nickname after its country's name (日本武士队 is 日本队, 韩国太极虎 韩国队, 英格兰三狮 英格兰
# 队): what every report may call the side, its country's name the one all do. Only after two or more characters
# of a name (the country), so a nickname alone is no side's name here.
_NICKNAME = re.compile(
    r"(?<=^[\u4e00-\u9fff]{2})(?:武士|太极虎|三狮|桑巴军团|高卢雄鸡|潘帕斯雄鹰|斗牛士|橙衣军团|德国战车)$|"
    r"(?<=^[\u4e00-\u9fff]{3})(?:武士|太极虎|三狮)$"
)
# The squads a side's name may carry, by sex and sport: 女足 (女子足球队), 男篮, 女排 …
SQUAD = re.compile(r"([男女])子?(足|篮|排)(?:球)?(?:国家队|代表队|队)?$")
# A name that runs on past its squad or team word (伊朗女足提前出线, 韩国女足先后): the side ends there.
_RUNS_ON = re.compile(r"^(.{2,10}?(?:[男女](?:足|篮|排)|(?:国家|代表)?队(?![长员友伍史内里部医]))).")
_TEAM = re.compile(r"(?:国家队|代表队|男队|女队|队)$")
_SQUAD_KEY = re.compile(r"[男女][足篮排]$")


def fold_side(name: str) -> str:
    """A side's name folded (not checked as a name): 南韩女足 → 韩国女足, 韩国队 → 韩国,
    中国女子足球队 → 中国女足, 伊朗女足提前出线 → 伊朗女足."""
    name = name.strip()
    if m := _RUNS_ON.match(name):
        name = m.group(1)
    squad = ""
    if m := SQUAD.search(name):
        name, squad = name[: m.start()], m.group(1) + m.group(2)
    name = _NICKNAME.sub("", _TEAM.sub("", name))
    return REGIONAL_NAMES.get(name, name) + squad


def squad_of(key: str) -> str | None:
    """The squad a folded side names (女足 of 韩国女足), or None."""
    m = _SQUAD_KEY.search(key)
    return m.group() if m and len(key) > 2 else None


def with_squad(key: str | None, squad: str) -> str | None:
    """A side's folded name with its article's one squad read in when it names none: 韩国 →
    韩国女足 in an article whose sides are 中国女足 and 韩国队."""
    if key is None or squad_of(key):
        return key
    return key + squad
