"""Roles: who holds (or held) which title where — `OpenAI首席科学家雅各布·帕霍基`,
`Barrett(Barret Zoph,OpenAI前研究副总裁)`, `阿尔特曼成为Y Combinator的CEO`.

A title is a claim only when it is attached to a person, in one of three ways:

- the name right after it: `首席研究官Mark Chen`, `前首席科学家伊利亚·苏茨克弗`;
- inside the parenthetical after a name: `Nick(Nick Turley,ChatGPT产品负责人)`;
- as the complement of a copula whose subject is the nearest name before it:
  `Jakub Pachocki是OpenAI的首席科学家`, `…,现任首席研究官` (not when a pronoun or
  `接替`/`取代` stands in between: `他接替Ilya Sutskever成为首席科学家` is Jakub's).

Tense: 前/原/曾任/曾是 → former; 现任/现为/目前是/新任/新的 → current; anything else
(升任, 出任, 即将上任, a bare title) → unknown: narrative Chinese rarely marks tense, and a
title in a profile may be years old, so we do not guess "current" from a present-tense
sentence. `title` is normalised (CEO/执行长 → 首席执行官, 联创 → 联合创始人) so sources that
spell a title differently compare equal; the span keeps what the text said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from claims.entities import EntityMention, find_entities, gloss_span, lexicon_name
from claims.extractors.base import ExtractContext, Mention
from claims.model import Kind, RoleValue, Tense
from claims.text.gate import gated
from claims.text.hanzi import HAN

# Titles, longest first within each family. Weak titles (研究员) need a name right next
# to them or a gloss; `我们都是研究员` is no role claim.
_STRONG_HAN = [
    r"首席(?:执行|技术|科学|研究|运营|财务|产品|信息|安全|商务|战略)官",
    r"首席(?:科学家|研究员|工程师|架构师|执行长)",
    r"(?:研究|产品|工程|技术|销售|运营)?(?:高级|执行)?副总裁",
    r"总裁",
    r"董事长",
    r"董事会主席",
    r"总经理",
    r"执行长",
    r"联合创始人",
    r"联合创办人",
    r"联创",
    r"创始人",
    r"创办人",
    r"(?:研究|产品|技术|工程|项目|团队|安全|对齐|预训练|后训练)负责人",
    r"(?:前沿研究|研究传播|研究|技术|产品|安全|工程)主管",
]
_WEAK_HAN = [r"(?:安全|常驻|高级|资深|AI)?研究员"]
_LATIN = [
    r"CEO",
    r"CTO",
    r"COO",
    r"CFO",
    r"CRO",
    r"Chief (?:Executive|Technology|Research|Scientific|Operating|Financial) Officer",
    r"Chief Scientist",
    r"S?VP of Research",
]
_TITLE_SRC = (
    "(?P<strong>" + "|".join(_STRONG_HAN) + "|(?<![A-Za-z])(?:" + "|".join(_LATIN) + r")(?![A-Za-z]))"
    "|(?P<weak>" + "|".join(_WEAK_HAN) + ")"
)
_TITLE = gated(_TITLE_SRC)  # behind a first-character gate (claims.text.gate): the same matches
# A word every title above contains (its optional prefixes aside): the full pattern, with
# its optional prefixes, is tried at every position and costs ~13 µs a sentence; this plain
# alternation ~0.2 µs, and 98 % of the seeds' sentences hold no title (measured on the
# extraction benchmark, benchmarks/extract.py). tests/test_roles.py checks it covers _TITLE.
TITLE_WORDS = (
    "首席",  # 首席…官, 首席科学家 …
    "总裁",  # 总裁, …副总裁
    "董事",  # 董事长, 董事会主席
    "总经理",
    "执行长",
    "联创",
    "创始人",  # 创始人, 联合创始人
    "创办人",  # 创办人, 联合创办人
    "负责人",
    "主管",
    "研究员",
    "CEO",
    "CTO",
    "COO",
    "CFO",
    "CRO",
    "Chief",
    "VP of Research",
)
_TITLE_HINT = re.compile("|".join(map(re.escape, TITLE_WORDS)))
_SYNONYMS = {
    "CEO": "首席执行官",
    "执行长": "首席执行官",
    "首席执行长": "首席执行官",
    "Chief Executive Officer": "首席执行官",
    "CTO": "首席技术官",
    "Chief Technology Officer": "首席技术官",
    "COO": "首席运营官",
    "Chief Operating Officer": "首席运营官",
    "CFO": "首席财务官",
    "Chief Financial Officer": "首席财务官",
    "CRO": "首席研究官",
    "Chief Research Officer": "首席研究官",
    "Chief Scientist": "首席科学家",
    "Chief Scientific Officer": "首席科学家",
    "SVP of Research": "研究高级副总裁",
    "VP of Research": "研究副总裁",
    "联创": "联合创始人",
    "联合创办人": "联合创始人",
    "创办人": "创始人",
}

_FORMER = r"(?:前任|(?<![目之以提])前|原|曾任|曾是|曾经是|曾担任)"
_CURRENT = r"(?:现任|现为|目前是|目前担任|新任|新的|现在是|如今是)"
_TENSE_BEFORE = re.compile(rf"(?:(?P<former>{_FORMER})|(?P<current>{_CURRENT}))的?$")
# Between an organisation and its title: `OpenAI的`, `OpenAI前`, `OpenAI的两位`.
_ORG_GAP = re.compile(r"^ ?(?:的)?(?:[一两二三四五六七八九十几多]位)?$")
# Copulas before a title (or before its organisation). 为 only as a verb: not 因为/认为.
_COPULA = re.compile(r"(?:是|(?<![因认以称视行])为|担任|出任|现任|现为|升任|接任|成为|当选)了?(?:新的|新任|前|的)?$")
# Between a subject and its copula: no pronoun, no sentence-internal change of subject.
_SUBJECT_BREAK = re.compile(r"[他她我你它其]|接替|取代|替代|[。;；:：]")
_OBJECT_OF = re.compile(r"(?:接替|取代|替代|和|与|及)$")
_MAX_SUBJECT_GAP = 40


class RoleExtractor:
    name = "role"
    kind: Final = Kind.role
    gate: Final = _TITLE_HINT  # every title holds one of its words

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if not _TITLE_HINT.search(text) or not _TITLE.search(text):
            return
        entities = find_entities(text)
        titles = list(_TITLE.finditer(text))
        chained: dict[int, tuple[str, int]] = {}  # title start → person of the next title
        found: list[Mention] = []
        for m in reversed(titles):  # right to left, so `联合创始人、前首席科学家X` chains
            hit = self._resolve(text, m, entities, chained)
            if hit is None:
                continue
            found.append(hit)
        seen: set[tuple[int, int]] = set()
        for hit in sorted(found, key=lambda h: (h.start, h.end)):
            if (hit.start, hit.end) not in seen:
                seen.add((hit.start, hit.end))
                yield hit

    def _resolve(
        self, text: str, m: re.Match[str], entities: list[EntityMention], chained: dict[int, tuple[str, int]]
    ) -> Mention | None:
        t_start, t_end = m.span()
        weak = m.group("weak") is not None
        org = _org_before(text, t_start, entities)
        tense_m = _TENSE_BEFORE.search(text, max(0, t_start - 6), t_start)
        if tense_m is None and org is not None:
            tense_m = _TENSE_BEFORE.search(text, max(0, org.start - 6), org.start)
        tense = Tense.unknown
        if tense_m is not None:
            tense = Tense.former if tense_m.group("former") else Tense.current
        start = org.start if org else (tense_m.start() if tense_m and tense_m.end() == t_start else t_start)

        person, pattern, score = None, "", 0.0
        after = _entity_at(entities, t_end)
        if after is not None and after.kind != "organisation" and (not weak or after.kind == "person"):
            person, pattern, score = _person_name(after), "title-name", 0.85
        elif t_start in chained:
            person, pattern, score = chained[t_start][0], "title-list", 0.8
        else:
            host = _gloss_host(text, entities, t_start)
            if host is not None and (not weak or host.kind == "person"):
                person, pattern, score = _person_name(host), "gloss-note", 0.85
                if org is None:
                    org = _first_org_in(text, host, entities, t_start)
            elif not weak:
                subject = _copula_subject(text, org.start if org else t_start, entities)
                if subject is not None:
                    person, pattern, score = _person_name(subject), "copula", 0.75
        # `联合创始人、前首席科学家伊利亚`: the title before `、` shares this one's person.
        if person is not None and start > 0 and text[start - 1] == "、":
            for other in _TITLE.finditer(text, max(0, start - 12), start):
                if other.end() == start - 1:
                    chained[other.start()] = (person, t_start)
        if person is None:
            return None
        surface = m.group()
        title = _SYNONYMS.get(surface, surface)
        organisation = (lexicon_name(org.name) or org.name) if org else None
        return Mention(
            start,
            t_end,
            RoleValue(person=person, title=title, organisation=organisation, tense=tense),
            "role",
            pattern,
            score,
        )


def _entity_at(entities: list[EntityMention], pos: int) -> EntityMention | None:
    for e in entities:
        if e.start == pos:
            return e
    return None


def _org_before(text: str, t_start: int, entities: list[EntityMention]) -> EntityMention | None:
    """The organisation whose title this is: right before it, or before `的`/`前`."""
    best = None
    for e in entities:
        if e.end > t_start:
            break
        if e.kind == "person" or t_start - e.end > 8:
            continue
        gap = text[e.end : t_start]
        if (_ORG_GAP.match(gap) or _ORG_GAP.match(_TENSE_BEFORE.sub("", gap))) and (
            e.kind == "organisation" or not HAN.search(e.name)
        ):
            best = e
    return best


def _gloss_host(text: str, entities: list[EntityMention], pos: int) -> EntityMention | None:
    """The name whose parenthetical contains `pos`, when that name is not an organisation."""
    for e in entities:
        if e.end > pos:
            break
        if e.gloss_note is None or e.kind == "organisation":
            continue
        span = gloss_span(text, e)
        if span and span[0] <= pos < span[1]:
            return e
    return None


def _first_org_in(text: str, host: EntityMention, entities: list[EntityMention], pos: int) -> EntityMention | None:
    """`格雷格(Greg Brockman,OpenAI的联合创始人,现任总裁)`: 总裁 is at OpenAI too."""
    span = gloss_span(text, host)
    if span is None:
        return None
    for e in entities:
        if span[0] <= e.start and e.end <= pos and e.kind == "organisation":
            return e
    return None


def _copula_subject(text: str, anchor: int, entities: list[EntityMention]) -> EntityMention | None:
    """The nearest name before the copula that ends at `anchor`, if nothing in between
    says the subject changed."""
    cop = _COPULA.search(text, max(0, anchor - 6), anchor)
    if cop is None:
        return None
    subject = None
    for e in entities:
        if e.end > cop.start():
            break
        # Names inside brackets gloss something else (`(SVP of Research)`).
        if e.kind != "organisation" and text.rfind("(", 0, e.start) <= text.rfind(")", 0, e.start):
            subject = e
    if subject is None or cop.start() - subject.end > _MAX_SUBJECT_GAP:
        return None
    gap = text[subject.end : cop.start()]
    span = gloss_span(text, subject)
    if span:  # the subject's own parenthetical is not a change of subject
        gap = text[span[1] + 1 : cop.start()]
    if _SUBJECT_BREAK.search(gap) or _OBJECT_OF.search(text, max(0, subject.start - 3), subject.start):
        return None
    return subject


def _person_name(e: EntityMention) -> str:
    """The fullest name the text gives: a Latin gloss (`Sam Altman`) over the host."""
    if e.gloss and not HAN.search(e.gloss):
        return e.gloss
    return e.name
