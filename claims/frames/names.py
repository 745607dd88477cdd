"""Chinese personal names an article uses, found the way a reader finds them: a common
surname followed by one or two characters, repeated in the article, that is not an
ordinary word (`高院`, `于是`, `万元` are words; `刘长海`, `梁利权` are people).

Names give a figure its holder: `刘长海…被判15年` and `梁利权…获刑13年` are two men's
sentences, not two reports of one. The entity finder (claims/entities.py) covers Latin
and glossed names; these are the plain Chinese ones no lexicon lists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from claims.text.hanzi import HAN_CLASS, SURNAMES, TITLES
from claims.text.lines import LineMemo

# The most common single-character surnames (together about nine in ten Chinese people).
_CANDIDATE = re.compile(rf"[{SURNAMES}][{HAN_CLASS}]{{1,2}}")
# Characters that do not continue a given name: particles, verbs of speech, measure words.
_NOT_IN_NAME = set("的了是在和与及等说讲称也都就不没有把被对向从为以而年月日号岁元个名人这那")
_GIVEN = set("元")  # ends a given name (李洪元) though it never starts one after a surname (万元)
MIN_REPEATS = 2  # a name is used at least twice in an article; a chance character run rarely is
# A relative or a role after a name: the figure that follows is that person's (缪可馨的妈妈).
KIN = re.compile(
    r"的?(?:妈妈|母亲|父亲|爸爸|爷爷|奶奶|外公|外婆|姐姐|哥哥|弟弟|妹妹|儿子|女儿|丈夫|妻子|老婆|老公|"
    r"叔叔|姑姑|姑父|舅舅|阿姨|表哥|表姐|家人|家属|亲属|父母|老师|同学|导师|律师|同事|朋友)"
)
# A name shortly after a preposition of direction is the other party (苏银霞向地产公司老板吴学占借款,
# 还给吴学占, 向吴学占、赵荣荣借款): the figure is the subject's, who borrowed or repaid.
_OBJECT_OF = re.compile(r"(?:向|还给|借给|付给|交给|从)[^，,。；;：:]{0,8}$")
# What a source of information does after its name, perhaps on a day it names first (周一鸣今日（20日）公布):
# who tells a figure, not whose it is.
_SOURCE_AFTER = re.compile(
    r"^(?:(?:今日|今天|昨日|昨天|日前|近日)(?:[（(][^）)]{1,8}[）)])?)?"
    r"(?:说|表示|称|介绍|告诉|透露|回忆|指出|认为|坦言|解释|证实|讲述|描述|提到|记得|听说|公布|宣布|通报)"
)
# A run right before 号 names a train, a ship or a craft (太鲁阁号, 辽宁号), not a person, nor does any longer run it
# starts (太鲁阁自强号: no 鲁阁自); 号称, 号召 after a name are verbs.
_VESSEL = re.compile(rf"([{SURNAMES}][{HAN_CLASS}])号(?![称召令码])")
SOURCE_REACH = 12  # characters after a name read for what it does
_CASE_AFTER = re.compile(r"^(?:案|一案)")  # 江歌案在2022年1月10日宣判: a case named after her, not her figure


def article_names(text: str) -> frozenset[str]:
    """Personal names used at least MIN_REPEATS times in `text` (normalised, simplified)."""
    threes, twos = _candidates(text)
    # Two characters followed by no repeated third are read on their own (王攀 in 王攀曾担任,
    # 王攀家, 王攀很…; 缪缪 in 缪缪已, 缪缪爸…): a longer form must be used more often.
    alone = Counter(twos)
    for cand, n in threes.items():
        if n >= MIN_REPEATS:
            alone[cand[:2]] -= n
    names = set()
    for cand, n in threes.items():
        if n < MIN_REPEATS or n <= alone[cand[:2]]:
            continue
        if (
            not _is_word(cand)
            and not _is_function(cand[1:])
            and cand[1:] not in _BUSINESS_WORDS
            and (not _is_word(cand[:2]) or _place_and_given(cand))
        ):
            names.add(cand)
    named_prefix: Counter[str] = Counter()
    longest_run: dict[str, int] = {}
    for c, k in threes.items():
        if c in names:
            named_prefix[c[:2]] += k
        longest_run[c[:2]] = max(longest_run.get(c[:2], 0), k)
    # The start of an ordinary word the article uses (毛利 of 毛利率, though jieba lists 毛利 as a name).
    stems = {c[:2] for c in threes if _is_word(c)}
    for two, n in twos.items():
        # A two-character name: used on its own, not only as the start of a longer name.
        rest = n - named_prefix[two]
        if rest < MIN_REPEATS or longest_run.get(two, 0) >= rest or two in stems:
            continue
        if not _is_word(two) and not _verb_name(two) and not _lexicon_word(two):
            names.add(two)
    names.update(_anonymised(twos, threes))
    names.update(_titled(text, names))
    names.update(m.group(1) for m in _RECALLED.finditer(text) if not _is_word(m.group(1)))
    if "号" in text and (vessels := {m.group(1) for m in _VESSEL.finditer(text)}):
        names = {n for n in names if n[:2] not in vessels}
    return frozenset(names)


def _anonymised(twos: Counter[str], threes: Counter[str]) -> set[str]:
    """李某, 陈某某, 陈先生: how the press names a party it does not name in full (a court's or the police's
    report names each defendant so), used MIN_REPEATS times, or once where nothing runs on after it (a form of
    address, 陈先生, however often): a person, though 某 alone is a pronoun
    (`_verb_name` refuses a function word after a surname). 于某, 向某 (a preposition before 某) are
    not among the runs (`_preposition_before`)."""
    found = {c for c, n in threes.items() if anonymous_name(c) and n >= MIN_REPEATS}
    # 陈先生, 刘女士: a surname and a form of address name one person however seldom used (陈先生今年35岁，在公司工作5年)
    found |= {c for c in threes if c[1:] in _ADDRESSED}
    for two, n in twos.items():
        if not anonymous_name(two):
            continue
        runs_on = sum(k for c, k in threes.items() if c.startswith(two) and c[2] in _SOME_THING)
        longer = sum(threes[c] for c in found if c.startswith(two))
        # Used once, where no thing runs on after 某 (房主王某（男，52岁）, 王某被…): no 某地, 某时 of a phrase.
        if n - longer >= MIN_REPEATS or (n == 1 and not runs_on and not _is_conjunction(two[0])):
            found.add(two)
    return found


# What 某 makes a determiner of after a character that may be a surname (将某物, 以某种方式, 为某公司, 某些, 某地):
# no name; 李某组织考生, 王某被… run on into a verb. 某某 is the name's longer form.
_SOME_THING = frozenset("某些种个地时处位家项天年月日人事物次类件样方面名单公")
# A firm's kind of business after a character that may be a surname (锦程航空 → 程航空, 华影传媒 → 影传媒): the end of a
# firm's name, no given name.
_BUSINESS_WORDS = frozenset(
    "航空 公司 集团 银行 科技 控股 传媒 股份 医疗 电子 能源 证券 保险 地产 置业 汽车 物流 影业 电器 药业 机场 铁路 资本".split()
)
_ADDRESSED = frozenset({"先生", "女士", "小姐"})  # forms of address after a surname (陈先生, 刘女士)


def anonymous_name(name: str) -> bool:
    """A surname and 某 or 某某 (李某, 陈某某): a person the press does not name in full."""
    return 2 <= len(name) <= 3 and name[1:] in ("某", "某某")


@lru_cache(maxsize=64)
def _is_conjunction(char: str) -> bool:
    """和, 与: a conjunction before 某 (和某人), no surname."""
    from claims.frames import word_tags

    return word_tags().get(char, "") == "c"


# A recall is of a person (新北市第11選舉區羅明才罷免案): the name before 罢免案, however often used.
_RECALLED = re.compile(rf"([{SURNAMES}][{HAN_CLASS}]{{2}})(?=罢免案)")


def runs_into_name(place: str, following: str, tag: str) -> bool:
    """Does a two-character place word that starts with a surname run on into a given name
    (韩国瑜: 韩 and 国瑜, which jieba cuts 韩国 | 瑜)? Only when the character after it stands
    alone, tagged a name's, and is no surname itself (河南李某某, 韩国金某: a place, then a person)."""
    return (
        len(place) == 2
        and place[0] in SURNAMES
        and len(following) == 1
        and tag.startswith("nr")
        and following not in SURNAMES
    )


@lru_cache(maxsize=1 << 12)
def _place_and_given(cand: str) -> bool:
    """A three-character name whose first two characters spell a place (韩国瑜), not a place and a
    word's first character (江苏响水, 武汉肺炎: 响, 肺 are not a name's)."""
    from claims.frames import tokens

    cut = tokens(cand)
    return len(cut) == 2 and cut[0][1] == "ns" and runs_into_name(cut[0][0], *cut[1])


# Titles a full name follows (候选人柯文哲, 国民党主席朱立伦, 犯罪嫌疑人陈某志): a name once used is
# named so. Three characters only: after a title a two-character name runs on into the next word.
_TITLED = re.compile(rf"(?:{TITLES})([{SURNAMES}][{HAN_CLASS}]{{2}})")


def _titled(text: str, names: set[str]) -> set[str]:
    """Three-character names a title stands right before, used once or more (候选人柯文哲): not a word
    (主席团), not a two-character name the article uses running on (记者王攀表示: 王攀), nor a name's start
    and the next word's first character (候选人赵少康则以 is 赵少康; 律师张三说 ends at 张三)."""
    found = set()
    for m in _TITLED.finditer(text):
        cand = m.group(1)
        if cand in names or cand[:2] in names or cand[2] in _NOT_IN_NAME:
            continue
        if _is_word(cand) or _is_function(cand[1:]) or _is_word(text[m.end(1) - 1 : m.end(1) + 1]):
            continue
        found.add(cand)
    return found


def _candidates(text: str) -> tuple[Counter[str], Counter[str]]:
    """Counts of three- and two-character runs that may be names. A line's are its own (no run
    holds a newline, and a newline before a run is no word's start), so a reprinted line's are
    remembered (`_LINE_CANDIDATES`), and the lines not seen before are read in one joined pass."""
    twos: list[str] = []
    threes: list[str] = []
    for _, runs in _LINE_CANDIDATES.lines(text):
        for two, three in runs:
            twos.append(two)
            if three:
                threes.append(three)
    return Counter(threes), Counter(twos)


_LINE_CANDIDATES: LineMemo[tuple[str, str | None]] = LineMemo(
    lambda text: ((start, (two, three)) for start, two, three in _runs(text)), lambda run, at: run
)


_SCALES = frozenset("万亿千百")
_SCALE_BEFORE = frozenset("零〇一二两三四五六七八九十百千.")


def _runs(text: str) -> Iterator[tuple[int, str, str | None]]:
    """Where each run that may be a name starts, its first two characters, and its three when a
    third may end it."""
    for m in _CANDIDATE.finditer(text):
        i = m.start()
        if i > 0 and _is_word(text[i - 1 : i + 1]):
            continue  # 非常, 警方, 一段, 对于: the surname character ends another word
        cand = m.group()
        if i > 0 and cand[0] in _SCALES and (text[i - 1].isdigit() or text[i - 1] in _SCALE_BEFORE):
            continue  # 接种140万剂, 1,200万欧罗: a number's scale, no surname 万
        if cand[1] in _NOT_IN_NAME or _preposition_before(cand):
            continue
        yield i, cand[:2], cand if len(cand) == 3 and cand[2] not in _NOT_IN_NAME - _GIVEN else None


def _preposition_before(cand: str) -> bool:
    """向, 于 and 曾 are surnames and also a preposition or an adverb: 向警方, 向王攀, 曾问
    put a word, another name or a verb after it; 于东军 and 曾国藩 are names."""
    if not _is_particle(cand[0]):
        return False
    rest = cand[1:]
    words = any(_is_word(rest[:k]) for k in (2, len(rest)) if k <= len(rest))
    return rest[0] in SURNAMES or words or _is_function(rest[0])


# Who wrote or photographed the report (中新社北京2月20日电 (记者 王祖敏), 通讯员 李明): its source, no holder.
_BYLINE = re.compile(rf"(?:记者|通讯员|编辑|摄影|实习生)\s*(?:[{HAN_CLASS}]{{2,3}}\s+)?$")


def holder(before: str, names: frozenset[str], vote: bool = False) -> str | None:
    """The person a figure belongs to: the last name in the sentence before it that is not
    a source of information (`据张三介绍`, `张三说`). `vote`: the figure counts a vote, which is
    on a person, so a case named after them is theirs (羅明才案投票率49.38％，同意票⟨#⟩)."""
    best = None
    for name in names:
        i = before.rfind(name)
        while i >= 0:
            after = before[i + len(name) : i + len(name) + SOURCE_REACH]
            if (
                not _SOURCE_AFTER.match(after)
                and (vote or not _CASE_AFTER.match(after))
                and before[max(0, i - 1) : i] != "据"
                and not _BYLINE.search(before, 0, i)
                and not _OBJECT_OF.search(before, 0, i)
            ):
                if best is None or (i + len(name), len(name)) > (best[0] + len(best[1]), len(best[1])):
                    best = (i, name)
                break
            i = before.rfind(name, 0, i)
    if best and KIN.match(before, best[0] + len(best[1])):
        return None  # 缪可馨的妈妈今年40岁: her mother's figure, not hers
    return best[1] if best else None


# Whom a court sentences or orders (判处谭斌有期徒刑, 判令刘鑫赔偿, 刘鑫被法院裁定): whose verdict a date is,
# named once or more; a surname and one or two characters right before what the court ordered.
_SENTENCED = re.compile(
    rf"(?:判处|判决|判令|裁定)(?P<after>[{SURNAMES}][{HAN_CLASS}]{{1,2}}?)"
    rf"(?=有期徒刑|无期徒刑|死刑|拘役|管制|罚金|赔偿|支付|犯|无罪)"
    rf"|(?P<before>[{SURNAMES}][{HAN_CLASS}]{{1,2}}?)被(?:[{HAN_CLASS}]{{0,6}}?法院)?(?:判处|判决|判令|裁定)"
)


def sentenced(text: str) -> str | None:
    """The person the first verdict in `text` is of (2020年3月，法院以诽谤罪判处谭斌有期徒刑: 谭斌)."""
    m = _SENTENCED.search(text)
    return (m["after"] or m["before"]) if m else None


def aged(after: str, names: frozenset[str], told_of: bool = False) -> str | None:
    """Whose age `N岁的X` tells, from the text after the figure: the name right after 的 (22岁的于欢),
    also past nouns that describe them (34岁的被告人李某, 49岁的香港影后钟颖芝) or a kin word (苏银霞20岁的儿子
    于欢: the son's age, not 苏银霞's); None when no name stands there (20岁的儿子: someone unnamed)."""
    from claims.frames import tokens

    kin = KIN.match(after)
    rest = after[kin.end() :] if kin else after if told_of else after[1:]  # told_of: no 的 (52岁导演陈默)
    longest_first = sorted(names, key=len, reverse=True)
    at = 0
    for word, tag in tokens(rest[: AGE_NP_REACH + 1]):
        if (got := next((n for n in longest_first if rest.startswith(n, at)), None)) is not None:
            return got
        if tag not in _DESCRIPTOR_TAGS or at + len(word) > AGE_NP_REACH:
            return None  # 25岁的男子将李某…: the man's age, told before what he did
        at += len(word)  # 49岁的香港影后钟颖芝, 34岁的被告人李某: a descriptor of the one named after it
    return next((n for n in longest_first if rest.startswith(n, at)), None)


# Characters of nouns between 岁的 and the name they describe (香港影后, 犯罪嫌疑人): the name's age.
AGE_NP_REACH = 8  # 培训机构负责人 (7)
_DESCRIPTOR_TAGS = frozenset({"n", "ns", "nt", "nz", "vn"})


def first_name(after: str, names: frozenset[str]) -> str | None:
    """The first name in `after` (the longest where two start at one place), unless it is
    a source of information (`张三说`)."""
    hits = sorted((i, -len(n), n) for n in names if (i := after.find(n)) >= 0)
    for i, _, name in hits[:1]:
        if not _SOURCE_AFTER.match(after[i + len(name) : i + len(name) + SOURCE_REACH]):
            return name
    return None


_FUNCTION_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "y", "e", "o")


@lru_cache(maxsize=1 << 14)
def _is_function(text: str) -> bool:
    """A verb or a function word (表示, 就是): no given name; nouns and places may be (长海, 伟民)."""
    from claims.frames import word_tags

    tag = word_tags().get(text)
    return tag is not None and tag.startswith(_FUNCTION_TAGS)


@lru_cache(maxsize=64)
def _is_particle(char: str) -> bool:
    """A preposition or an adverb on its own (向, 于, 曾)."""
    from claims.frames import word_tags

    return word_tags().get(char, "") in ("p", "d")


def _verb_name(two: str) -> bool:
    """A function word after the surname (王了), or a verb making a listed word with it
    (陈述, 高达, which jieba lists as names); 王攀 and 付建 are no words."""
    from claims.frames import word_tags

    return _is_grammar(two[1]) or (_is_function(two[1]) and two in word_tags())


@lru_cache(maxsize=1 << 12)
def _lexicon_word(text: str) -> bool:
    """A word the frame lexicons list as what is counted or what happened (毛利, gross profit,
    which jieba also lists as a name): no person."""
    from claims.frames.lexicon import measures, predicates

    return text in measures().key_of or text in predicates().key_of


_GRAMMAR_TAGS = tuple(t for t in _FUNCTION_TAGS if t != "v")


@lru_cache(maxsize=1 << 14)
def _is_grammar(char: str) -> bool:
    """A function word (了, 他, 都), not a verb: single verbs name people too (王攀, 张飞)."""
    from claims.frames import word_tags

    tag = word_tags().get(char)
    return tag is not None and tag.startswith(_GRAMMAR_TAGS)


@lru_cache(maxsize=1 << 14)
def _is_word(text: str) -> bool:
    """An ordinary word in jieba's dictionary (not tagged as a personal name)."""
    from claims.frames import word_tags

    tag = word_tags().get(text)
    return tag is not None and not tag.startswith("nr")  # 长海 (ns) is a name's part, 表示 (v) is not
