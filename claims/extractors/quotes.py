"""Direct speech: marked quotes, pull-quote blocks and interview utterances.

- Marked quotes (“…”, 「…」, "…", ‘…’, 『…』) in narrative text, attributed to the subject
  of a speech verb next to them (说/表示/称/写道/告诉/坦言 …). Short scare quotes
  (“宫斗”, “42问题”) are terms, not speech, and are skipped.
- Blockquote paragraphs in an interview: the whole block, attributed to the
  interviewee. Outside a turn they are pull quotes (`blockquote`, checked for support);
  inside a turn they are a post or letter read out (`read-out`, a primary source).
- Utterances: each sentence of an interview turn is its speaker's words (the
  interviewee's answers, and the interviewer's questions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from claims.entities import find_entities
from claims.extractors.base import ExtractContext, Mention
from claims.model import QuoteValue, quote_value
from claims.text.hanzi import HAN, HAN_CLASS

_MARKED = re.compile(
    r"“(?P<a>[^“”\n]{4,600})”|「(?P<b>[^「」\n]{4,600})」|『(?P<c>[^『』\n]{4,600})』"
    r"|‘(?P<d>[^‘’\n]{4,600})’|\"(?P<e>[^\"\n]{4,600})\"|'(?P<f>[^'\n]{6,600})'"
)
_EIGHT_HAN = re.compile(f"(?:[^{HAN_CLASS}]*[{HAN_CLASS}]){{8}}")  # stops at the eighth
_CLAUSE = re.compile(r"[,，。!！?？;；]")
SPEECH_VERBS = (
    r"(?:说道|说过|说|表示|称|写道|写到|告诉|坦言|直言|强调|指出|回忆|感叹|透露|认为|提到|谈到|"
    r"解释|回应|补充|承认|宣称|声称|总结|评价|重复道|问道|答道)"
)
# A speech verb closing the run-up to a quote (`…强调:` / `他说,`), or opening its tail.
_VERB_BEFORE = re.compile(SPEECH_VERBS + r"[^。!?！？“”\"]{0,4}?[:：,，]?\s*$")
_VERB_AFTER = re.compile(r"^\s*[,，]?\s*([^。!?！？“”\"]{1,16}?)" + SPEECH_VERBS)
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def normalized_quote(text: str) -> str:
    """Script-, width- and punctuation-folded quote text (input already normalised)."""
    return _PUNCT.sub("", text).lower()


def is_speech(content: str) -> bool:
    """Speech, not a scare-quoted term: enough words and a clause, or long."""
    han = len(HAN.findall(content))
    return han >= 6 and (bool(_CLAUSE.search(content)) or han >= 12)


class QuoteExtractor:
    """Marked quotes and blockquotes; runs on paragraphs."""

    name = "quote"
    scope: Final = "paragraph"

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if ctx.role in ("blockquote", "quoted") and ctx.speaker:
            inner = _unwrap(text)
            if inner and is_speech(text[inner[0] : inner[1]]):
                s, e = inner
                # A pull quote restates words said elsewhere; a block read out inside a
                # turn (a post, a letter) is itself the source of its words.
                pattern = "blockquote" if ctx.role == "blockquote" else "read-out"
                yield Mention(
                    s,
                    e,
                    QuoteValue(speaker=ctx.speaker, normalized=normalized_quote(text[s:e])),
                    self.name,
                    pattern,
                    0.9,
                )
            return
        if ctx.role in ("answer", "question"):
            return  # speech inside a turn quotes someone else or a hypothetical; the turn is the quote
        for m in _MARKED.finditer(text):
            group = next(g for g in "abcdef" if m.group(g) is not None)
            content = m.group(group)
            if not is_speech(content):
                continue
            s, e = m.span(group)
            speaker = attribute(text, m.start(), m.end())
            yield Mention(
                s,
                e,
                QuoteValue(speaker=speaker, normalized=normalized_quote(content)),
                self.name,
                "marked",
                0.85 if speaker else 0.6,
            )


class UtteranceExtractor:
    """Each sentence of an interview turn is a direct quote of its speaker (the
    interviewer's carry stance `question`, so they never contradict on their premise)."""

    name = "utterance"
    scope: Final = "sentence"
    roles: Final = frozenset(("answer", "question"))  # only a turn's sentences are its speaker's words
    reads_turn: Final = True  # what it finds depends on the turn's speaker and role (claims.extractors.registry)

    def find(self, text: str, ctx: ExtractContext) -> Iterator[Mention]:
        if ctx.role not in self.roles:
            return
        said = _answer_words(text)
        if said is not None:
            s, e, normalized = said
            # QuoteValue(speaker=…, normalized=…)
            yield Mention(s, e, quote_value(ctx.speaker, normalized), self.name, "answer", 0.7)


@lru_cache(maxsize=1 << 14)
def _answer_words(text: str) -> tuple[int, int, str] | None:
    """Where a turn's words stand in its sentence and their normalised text, None for fewer than eight
    hanzi: a pure function of the sentence, so cached (50 generated articles: 4,925 turns' sentences
    asked, 2,080 distinct; the same answer under other speakers)."""
    rest = text.lstrip(" \t,，、:：")  # the turn's words, without the separators it opens with
    s = len(text) - len(rest)
    e = s + len(rest.rstrip(" \t"))
    return (s, e, normalized_quote(text[s:e])) if _EIGHT_HAN.match(text, s, e) else None


def attribute(text: str, qstart: int, qend: int) -> str | None:
    """The person named as the subject of a speech verb just before or after a quote.

    Only names the entity finder recognises count (`陈进一步强调` is 陈 + 进一步, not a
    person 陈进); a pronoun or no name leaves the quote unattributed."""
    lo = max(0, qstart - 60)
    m = _VERB_BEFORE.search(text, lo, qstart)
    if m:
        clause_start = max(lo, max((text.rfind(ch, lo, m.start()) for ch in "。!?！？;；"), default=-1) + 1)
        names = [e for e in find_entities(text[clause_start : m.start()]) if e.kind != "organisation"]
        return names[-1].name if names else None
    m = _VERB_AFTER.match(text[qend : qend + 30])
    if m:
        names = [e for e in find_entities(m.group(1)) if e.kind != "organisation"]
        return names[0].name if names else None
    return None


def _unwrap(text: str) -> tuple[int, int] | None:
    s, e = 0, len(text)
    while s < e and text[s] in " \t“「『‘\"'":
        s += 1
    while e > s and text[e - 1] in " \t”」』’\"'":
        e -= 1
    return (s, e) if s < e else None
