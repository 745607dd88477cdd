"""What a sentence is about beyond its own words: its subject and its context.

An interview answer such as `更少,大概20人左右。` says nothing of what it counts or
when: that is in the question before it (`你2018年加入时OpenAI只有……50人?`). A short
answer therefore reads its question as context. The subject is the person a sentence
talks about: a person it names, the speaker when they say 我, the interviewee when
the interviewer says 你, or the subject carried over from the previous sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from claims.entities import EntityMention, alias_key, find_entities
from claims.text.segment import INTERVIEWER, Paragraph, Role, Segmented, Sentence

# Members read in the per-sentence loops below, bound once: in Python 3.11 a read of `Role.x` goes
# through EnumType's __getattr__ hook (~1,100 instructions; a module global ~20). 50 generated articles
# read enum members ~290,000 times (callgrind: ~5 % of extraction's instructions).
_ROLE_QUESTION, _ROLE_ANSWER = Role.question, Role.answer

SHORT_ANSWER = 24  # characters of an answer sentence that still needs its question
_FULL_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")
_FIRST_PERSON = re.compile(r"我(?!们)")
_SECOND_PERSON = re.compile(r"你(?!们)|您")


def sentence_contexts(seg: Segmented) -> list[str]:
    """Per sentence: its text, prefixed by the question it answers when it is short."""
    out = []
    question: list[Sentence] = []
    last_role = None
    for s in seg.sentences:
        text = s.text
        if s.role is _ROLE_QUESTION:
            if last_role is not _ROLE_QUESTION:
                question = []
            question = (question + [s])[-2:]
        elif s.role is _ROLE_ANSWER:
            if question and len(text) <= SHORT_ANSWER and s.paragraph - question[-1].paragraph <= 1:
                text = " ".join(q.text for q in question) + " → " + text
        else:
            question = []
        last_role = s.role
        out.append(text)
    return out


def with_interviewee(seg: Segmented, mentions: Sequence[Sequence[EntityMention]]) -> Segmented:
    """Give unlabelled answers (`问:` turns followed by plain paragraphs) a speaker: the
    person the article names most, by the fullest name it glosses them with."""
    if seg.principal or not any(s.role is _ROLE_ANSWER and s.speaker is None for s in seg.sentences):
        return seg
    counts: Counter[str] = Counter()
    display: dict[str, str] = {}
    people: set[str] = set()
    for found in mentions:
        for e in found:
            if e.kind == "organisation":
                continue
            key = alias_key(e.name)
            counts[key] += 1
            full = e.gloss if e.gloss and _FULL_LATIN_NAME.fullmatch(e.gloss) else None
            if e.kind == "person" or full:
                people.add(key)  # one mention as a person (or glossed with a full name) is enough
            if full or key not in display:
                display[key] = full or display.get(key, e.name)
    counts = Counter({k: n for k, n in counts.items() if k in people})
    if not counts:
        return seg
    key, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if n < 3:
        return seg  # no one the article is clearly about
    who = display[key]
    # Each one rebuilt in C, not by `_replace` (a Python call a field: ~250 answers an interview): the same tuple.
    sentences = tuple(
        _new_tuple(Sentence, (*s[:_SENTENCE_SPEAKER], who, *s[_SENTENCE_SPEAKER + 1 :]))
        if s.role is _ROLE_ANSWER and s.speaker is None
        else s
        for s in seg.sentences
    )
    paragraphs = tuple(
        _new_tuple(Paragraph, (*p[:_PARAGRAPH_SPEAKER], who, *p[_PARAGRAPH_SPEAKER + 1 :]))
        if p.role is _ROLE_ANSWER and p.speaker is None
        else p
        for p in seg.paragraphs
    )
    return replace(
        seg,
        sentences=sentences,
        paragraphs=paragraphs,
        principal=who,
        speakers=tuple(dict.fromkeys((*seg.speakers, who))),
    )


_new_tuple = tuple.__new__
_SENTENCE_SPEAKER = Sentence._fields.index("speaker")
_PARAGRAPH_SPEAKER = Paragraph._fields.index("speaker")


def _addresses(text: str) -> bool:
    """Does `text` say 你 or 您 (`_SECOND_PERSON`)? Looked for before the pattern is run: most do not."""
    return ("你" in text or "您" in text) and _SECOND_PERSON.search(text) is not None


def _first_named(found: Sequence[EntityMention]) -> str | None:
    """The first person of `found`, else the first name of unknown kind, else None."""
    for e in found:
        if e.kind == "person":
            return e.name
    for e in found:
        if e.kind == "unknown":
            return e.name
    return None


def _opens_on(text: str, e: EntityMention) -> bool:
    """Does the sentence open on this name, or on a name it glosses (苹果（Apple）出货…)?"""
    return e.start == 0 or _GLOSSED_OPENING.fullmatch(text, 0, e.start) is not None


_GLOSSED_OPENING = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[（(]\s*")


def sentence_subjects(
    seg: Segmented, contexts: Sequence[str] | None = None, mentions: Sequence[Sequence[EntityMention]] | None = None
) -> list[str | None]:
    """Per sentence: the person it is about, when one can be told."""
    out: list[str | None] = []
    prev_para, carried = -1, None
    for i, s in enumerate(seg.sentences):
        if s.paragraph != prev_para:
            carried = None
            prev_para = s.paragraph
        found = mentions[i] if mentions is not None else find_entities(s.text)
        # A person the text names; failing that a name of unknown kind (`Jerry`, `Tworek`),
        # which the run's alias table may still tie to a person. (Most sentences name no one:
        # no lists built for them.)
        subject = _first_named(found) if found else None
        if subject is None:
            if s.role is _ROLE_ANSWER and s.speaker and "我" in s.text and _FIRST_PERSON.search(s.text):
                subject = s.speaker
            elif s.role is _ROLE_QUESTION and seg.principal and _addresses(s.text):
                subject = seg.principal
            elif (
                s.role is _ROLE_ANSWER
                and s.speaker
                and s.speaker != INTERVIEWER
                and contexts is not None
                and contexts[i] != s.text
                and _addresses(contexts[i])
            ):
                subject = s.speaker  # a short answer to a question about "you"
            elif not any(_opens_on(s.text, e) for e in found):
                subject = carried
            # else: a sentence opening on an organisation or product of its own (苹果（Apple）出货1050万台，市场份额
            # ⟨15%⟩ after 华为（Huawei）…): about that one, not the person or name a sentence before was about
        carried = subject
        out.append(subject)
    return out
