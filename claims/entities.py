"""Entity mentions in normalised text: people and organisations, with the glosses
articles give them (`陈信翰(Mark Chen)`, `Barrett(Barret Zoph,OpenAI前研究副总裁)`).

Pure and regex-driven: one pass of a few compiled patterns over the text, no per-character
loops. Offsets are into the text given (a normalised sentence or paragraph). Names are
kept as written (spacing collapsed); `alias_key` and the organisation lexicon give the
comparison key, and matcher/aliases.py decides which names are the same entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from claims.text.gate import Holds, gated
from claims.text.hanzi import HAN, HAN_CLASS, SURNAMES
from claims.text.normalise import fold

EntityKind = Literal["person", "organisation", "unknown"]


@dataclass(frozen=True)
class EntityMention:
    start: int  # half-open span of the name itself (never the gloss) in the given text
    end: int
    name: str  # as written, runs of spaces collapsed to one
    kind: EntityKind
    gloss: str | None = None  # the other name the article gave in parentheses
    gloss_note: str | None = None  # the rest of the parenthetical (a role, a remark)


# --- Lexicon -----------------------------------------------------------------------
# Organisations this domain names all the time, as canonical name → other spellings.
# Kept small on purpose: suffix patterns (`X公司`, `X实验室`, `X大学`) and glosses find the
# rest. A publication is its own entity: 麻省理工科技评论 is not 麻省理工.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "OpenAI": (),
    "Google": ("谷歌",),
    "Google DeepMind": (),
    "DeepMind": (),
    "Meta": ("Facebook", "脸书"),
    "Anthropic": (),
    "Microsoft": ("微软",),
    "DeepSeek": ("深度求索",),
    "Apple": ("苹果公司",),
    "Nvidia": ("NVIDIA", "英伟达", "辉达"),
    "Amazon": ("亚马逊",),
    "xAI": (),
    "Tesla": ("特斯拉",),
    "Y Combinator": ("YC",),
    "Thinking Machines": ("Thinking Machines Lab",),
    "MIT Technology Review": ("麻省理工科技评论", "麻省理工学院科技评论"),
    "MIT": ("麻省理工", "麻省理工学院"),
    "Stanford University": ("斯坦福大学", "斯坦福"),
    "Bloomberg": ("彭博社", "彭博"),
    "The New York Times": ("纽约时报", "New York Times", "NYT"),
    "The Information": (),
    "Reuters": ("路透社",),
    "Nature": (),  # not 自然: an everyday word
}

_ORG_BY_KEY: dict[str, str] = {}


def alias_key(name: str) -> str:
    """Comparison key: folded script and width, lower case, no spaces or dots, and
    `l` read as `i` (OCR confuses `AI` with `Al`: `O pe nAl` ≡ `OpenAI`)."""
    return _key(name)


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return _KEY_DROP.sub("", fold(name).lower()).replace("l", "i")


_KEY_DROP = re.compile(r"[\s·•・‧.\-_'’]+")

for _canonical, _others in ORGANISATIONS.items():
    for _form in (_canonical, *_others):
        _ORG_BY_KEY[alias_key(_form)] = _canonical


def lexicon_name(name: str) -> str | None:
    """The lexicon's canonical organisation for a spelling (spacing and case folded)."""
    return _ORG_BY_KEY.get(alias_key(name))


# --- Patterns ----------------------------------------------------------------------
# Characters Xinhua-style transliteration uses for foreign names, minus the ones that
# are mostly everyday words (的, 是, 不, 东, 本, 多 ...). A run of three or more is almost
# always a foreign proper noun (奥特曼, 苏茨克维尔, 帕霍基).
TRANSLIT = (
    "阿埃艾安奥澳巴拜班邦鲍贝本比宾波伯博布查达戴丹道德迪蒂丁杜厄恩法范菲费芬丰弗夫福富"
    "盖甘戈格贡古哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷蕾"
    "里理利莉列林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米密姆莫默穆纳娜奈南内尼妮宁纽努诺欧帕派潘"
    "佩彭皮珀普齐奇恰乔琼丘热瑞萨塞桑瑟森沙莎山尚舍圣施史斯苏索塔泰坦汤唐特滕提图托瓦威"
    "韦维温沃乌西希锡夏谢辛休雅亚扬耶伊因英尤约扎泽詹兹茨祖佐"
)
TRANSLIT = TRANSLIT.replace("本", "") + "尔各历怀顿简佛切娅丝黛保逊"  # not 本: 根本, 基本, 本次
_T = f"[{TRANSLIT}]"
_DOT = "[·•・‧]"
# The family part of a dotted name may be a Chinese surname (马克·陈).
_T_LAST = f"[{TRANSLIT}陈李王张刘黄吴周]"
# Common surnames (a Chinese name glossing a Latin one: 陈信翰(Mark Chen)).
_SURNAMES = frozenset(SURNAMES)

_LATIN_CH = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
_UPPER = r"A-Z\u00C0-\u00D6\u00D8-\u00DE"
# A Latin name: capitalised tokens joined by single spaces; lower-case fragments join
# too when they look like a broken word (`Ma rk Chen`, `Mark Che n`, `O pe nAl`), and a
# few particles join capitalised tokens (`Band of Brothers`).
_TITLE_TOKEN = r"(?:CEO|CTO|COO|CFO|CRO|CSO|SVP|EVP|VP)(?![A-Za-z])"  # `OpenAI CEO`: a title, not a name
_TOKEN = rf"(?!{_TITLE_TOKEN})[{_UPPER}][{_LATIN_CH}0-9]*(?:[-'&.][{_LATIN_CH}0-9]+)*"
_FRAGMENT = rf"(?!(?:is|and|or|to|in|on|at|by|as|an|a|if|it|was|are|be)(?![{_LATIN_CH}]))[a-z][{_LATIN_CH}]{{0,5}}"
_LATIN_NAME = gated(  # (behind a first-character gate: claims.text.gate)
    rf"(?<![{_LATIN_CH}0-9])"
    rf"{_TOKEN}"
    rf"(?:(?: (?:of|for|de|van|von|der|la|le) )?(?: ?{_TOKEN}| {_FRAGMENT}(?![{_LATIN_CH}0-9])))*"
    rf"(?![{_LATIN_CH}0-9])"
)
# A transliterated name with a middle dot, or a bare run of transliteration characters.
_DOTTED = re.compile(rf"{_T}{{1,6}}(?:{_DOT}{_T_LAST}{{1,7}})+")
_TRANSLIT_RUN = gated(rf"{_T}{{3,7}}")
# Everyday words that begin or end with a transliteration character: a bare run that
# swallowed one edge of such a word gives that character back (伊利亚基本上 → 伊利亚).
_EDGE_WORDS = frozenset(
    [
        "基本",
        "特别",
        "特定",
        "里面",
        "加入",
        "加上",
        "比如",
        "比较",
        "提出",
        "提供",
        "提到",
        "因为",
        "因此",
        "达到",
        "利用",
        "尤其",
        "希望",
        "克服",
        "考虑",
        "约束努力",
        "肯定",
        "尼亚",
        "斯特",
        "拉开",
        "拉回",
        "布局",
        "图像",
        "西方",
        "东西",
        "南方",
        "山上",
        "山景",
        "都是",
        "亚洲",
        "罗列",
        "普通",
        "卡住",
        "英国",
        "德国",
        "法国美国",
        "中国",
        "美元",
        "英里",
        "公里",
        "万里",
        "千克",
        "所以",
        "哈哈",
        "特斯",
        "安全",
        "安排",
        "安静",
        "兰州",
        "森林",
        "沙发",
        "雅思",
        "伊始",
        "吉利",
        "金额金融",
        "卡片",
        "科学",
        "科技",
        "维持",
        "维护",
        "格式",
        "价格",
        "风格",
        "合格",
        "资格",
        "及格",
        "海外",
        "海量",
        "华尔",
        "诺言",
        "承诺",
        "杰出",
        "顿时",
        "休息",
    ]
)
# Organisation suffixes: the name keeps them (贝尔实验室, 斯坦福大学) ...
_ORG_SUFFIX = "实验室|研究院|研究中心|研究所|大学|学院|基金会|集团|研究实验室"
# ... except 公司, which only says the name before it is a company.
_ORG_NAMED = re.compile(rf"({_T}{{2,7}})({_ORG_SUFFIX})")
_ORG_SUFFIX_HINT = re.compile(_ORG_SUFFIX)  # every _ORG_NAMED match holds one
_DOT_CHARS = Holds(_DOT, "·•・‧")  # every _DOTTED match holds one
_PAREN = gated(r" ?\(([^()\n]{1,120})\)")
_HAN_NAME = re.compile(f"[{HAN_CLASS}]{{2,3}}")
# Short all-capital tokens are terms (AI, AGI, GPU, RL, CEO), not entities, unless the
# lexicon knows them (MIT, YC).
_ACRONYM = re.compile(r"[A-Z0-9]{1,4}s?")
# Latin multi-word names that end like this are organisations.
_LATIN_ORG_END = re.compile(r" (?:Labs?|Inc|Corp|Corporation|LLC|Ltd|University|Institute|Foundation|Group|Research)$")
_GLOSS_SPLIT = re.compile(r"[,，;；]")


def find_entities(text: str) -> list[EntityMention]:
    """People and organisations mentioned in `text`, sorted by position, not overlapping."""
    return list(_find_entities_cached(text))


def entity_mentions(text: str) -> tuple[EntityMention, ...]:
    """`find_entities` as the cached tuple itself, for callers that keep it as it is (the
    pipeline reads each sentence's: no list copied for each of ~20,000 sentences a 2 MB run)."""
    return _find_entities_cached(text)


@lru_cache(maxsize=8192)
def _find_entities_cached(text: str) -> tuple[EntityMention, ...]:
    # The pipeline, the role extractor and quote attribution ask about the same sentence.
    return tuple(_find_entities(text))


# What follows a country's name, not a person's (肯尼亚选手, 埃塞俄比亚籍, 阿根廷队); not 政府 or 总统 (特朗普政府, 普京总统).
# (跑手, 球员, 运动员, 游客, 公民: 肯尼亚跑手Daniel Kiprono is the runner's country, no name of its own)
_COUNTRY_AFTER = re.compile(r"选手|選手|跑手|球员|球員|运动员|運動員|游客|遊客|公民|籍|队|隊|外交部|国家队|國家隊")


def _find_entities(text: str) -> list[EntityMention]:
    found: list[EntityMention] = []
    taken = bytearray(len(text))  # 1 where an earlier, more specific mention sits

    def add(m: EntityMention) -> None:
        if m.start < m.end and taken.find(1, m.start, m.end) < 0:
            found.append(m)
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)

    # Most specific first: dotted names, named organisations, Latin names, then bare runs. (A dotted
    # name holds a middle dot and a named organisation its suffix: a text without either is not
    # scanned for them, where each transliteration character would start a try.)
    for m in _DOTTED.finditer(text) if _DOT_CHARS.search(text) else ():
        add(_with_gloss(text, m.start(), m.end(), m.group(), "person"))
    for m in _ORG_NAMED.finditer(text) if _ORG_SUFFIX_HINT.search(text) else ():
        add(_with_gloss(text, m.start(), m.end(), m.group(), "organisation"))
    for hit in _han_lexicon_hits(text):
        add(hit)
    for m in _LATIN_NAME.finditer(text):
        name = " ".join(m.group().split())
        org = lexicon_name(name)
        if org is None and _ACRONYM.fullmatch(name):
            continue
        kind: EntityKind = "organisation" if org or _LATIN_ORG_END.search(name) else "unknown"
        add(_with_gloss(text, m.start(), m.end(), name, kind))
    for m in _TRANSLIT_RUN.finditer(text):
        start, end = _trim_run(text, m.start(), m.end())
        if _COUNTRY_AFTER.match(text, end):
            continue  # 肯尼亚选手基普罗蒂奇, 衣索比亚选手阿萊穆: a country, the person named after it
        if end - start >= 3 and len(set(text[start:end])) > 1:  # not 哈哈哈
            add(_with_gloss(text, start, end, text[start:end], "unknown"))
    for mention in _glossed_han_names(text):
        add(mention)
    # A gloss is part of its host's mention, not a mention of its own.
    in_gloss = bytearray(len(text))
    for e in found:
        if e.gloss and (g := _gloss_name_span(text, e)):
            in_gloss[g[0] : g[1]] = b"\x01" * (g[1] - g[0])
    found = [e for e in found if in_gloss.find(0, e.start, e.end) >= 0]
    found.sort(key=lambda e: (e.start, e.end))
    return found


def _gloss_name_span(text: str, mention: EntityMention) -> tuple[int, int] | None:
    p = _PAREN.match(text, mention.end)
    if p is None:
        return None
    first = _GLOSS_SPLIT.split(p.group(1), maxsplit=1)[0]
    return p.start(1), p.start(1) + len(first)


# Lexicon spellings written in Han characters, longest first so 麻省理工科技评论 wins over 麻省理工.
_HAN_FORMS = sorted(
    {form for c, others in ORGANISATIONS.items() for form in (c, *others) if HAN.search(form)},
    key=lambda f: (-len(f), f),
)
_HAN_LEXICON = re.compile("|".join(re.escape(f) for f in _HAN_FORMS))


def _han_lexicon_hits(text: str) -> list[EntityMention]:
    return [_with_gloss(text, m.start(), m.end(), m.group(), "organisation") for m in _HAN_LEXICON.finditer(text)]


def gloss_span(text: str, mention: EntityMention) -> tuple[int, int] | None:
    """Where the parenthetical after `mention` sits in `text` (inside the brackets)."""
    p = _PAREN.match(text, mention.end)
    return p.span(1) if p else None


def _trim_run(text: str, start: int, end: int) -> tuple[int, int]:
    if end < len(text) and text[end - 1 : end + 1] in _EDGE_WORDS:
        end -= 1
    if start > 0 and text[start - 1 : start + 1] in _EDGE_WORDS:
        start += 1
    return start, end


def _glossed_han_names(text: str) -> list[EntityMention]:
    """Chinese personal names known only by the Latin gloss after them: `陈信翰(Mark Chen)`."""
    out = []
    for p in _PAREN.finditer(text):
        gloss, _ = _split_gloss(p.group(1))
        if not gloss or not _is_latin_person(gloss):
            continue
        head = text[max(0, p.start() - 3) : p.start()]
        for size in (3, 2):
            cand = head[-size:]
            if len(cand) == size and _HAN_NAME.fullmatch(cand) and cand[0] in _SURNAMES:
                out.append(_with_gloss(text, p.start() - size, p.start(), cand, "person"))
                break
    return out


def _with_gloss(text: str, start: int, end: int, name: str, kind: EntityKind) -> EntityMention:
    """The mention, with the parenthetical right after it read as gloss and note."""
    gloss = note = None
    p = _PAREN.match(text, end)
    if p:
        gloss, note = _split_gloss(p.group(1))
        latin_host = not HAN.search(name)
        if gloss is not None:
            # A Latin host wants a Chinese gloss and vice versa; `Nick(Nick Turley)` is a
            # Latin host with its full name, which is fine too.
            gloss_han = bool(HAN.search(gloss))
            if latin_host and not gloss_han and not _is_latin_name(gloss):
                gloss = None
            if not latin_host and gloss_han:
                gloss = None
            if gloss is None:
                note = " ".join(p.group(1).split())
        if gloss is not None and kind == "unknown" and (_is_latin_person(gloss) or gloss_han_person(gloss)):
            kind = "person" if lexicon_name(gloss) is None else "organisation"
    if kind == "unknown" and lexicon_name(name):
        kind = "organisation"
    return EntityMention(start, end, name, kind, gloss, note)


def _split_gloss(content: str) -> tuple[str | None, str | None]:
    """(name, note) from a parenthetical: `Barret Zoph,OpenAI前研究副总裁` → both;
    `OpenAI首席科学家` → note only; `推特` → note only."""
    content = content.strip()
    parts = _GLOSS_SPLIT.split(content, maxsplit=1)
    first = " ".join(parts[0].split())
    rest = parts[1].strip() if len(parts) > 1 else None
    if _is_latin_name(first) or gloss_han_person(first):
        return first, rest or None
    return None, content or None


def _is_latin_name(s: str) -> bool:
    m = _LATIN_NAME.fullmatch(s)
    return bool(m) and not _ACRONYM.fullmatch(s)


def _is_latin_person(s: str) -> bool:
    """Two or three capitalised words and not an organisation: `Sam Altman`."""
    words = s.split()
    return (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z\u00C0-\u024F'\-]+", w) for w in words)
        and lexicon_name(s) is None
        and not _LATIN_ORG_END.search(s)
    )


def gloss_han_person(s: str) -> bool:
    """A Chinese personal name on its own: `陈信翰`, `马斯克`, `雅各布·帕霍基`."""
    if _DOTTED.fullmatch(s):
        return True
    if 2 <= len(s) <= 3 and _HAN_NAME.fullmatch(s) and s[0] in _SURNAMES and lexicon_name(s) is None:
        return True
    return bool(re.fullmatch(rf"{_T}{{3,7}}", s)) and lexicon_name(s) is None
