"""Segmentation: paragraphs, sentences and speaker turns, with offsets both ways.

Works on the normalised copy (so `Q：`, `**Jerry**：` and `Mark Chen：` all read as
`LABEL:` at a line start) and keeps raw spans through the offset map. A line label
opens a turn that runs until the next label, heading or blockquote; broken spellings
of the same name (`Ma rk Chen`, `Mark Che n`) fold to one speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from claims.model import Document
from claims.text.hanzi import HAN_CLASS
from claims.text.lines import LineIndex
from claims.text.normalise import BULLET_DASH, NormalisedText, normalise

INTERVIEWER = "interviewer"


class Role(StrEnum):
    narrative = "narrative"
    question = "question"  # the interviewer's turn
    answer = "answer"  # an interviewee's turn
    blockquote = "blockquote"  # `>` blocks outside a turn: pull quotes, a closing list of 金句
    quoted = "quoted"  # `>` blocks inside a turn: a post or document read out
    heading = "heading"


# Members read in the per-sentence loops below, bound once: in Python 3.11 a read of `Role.x` goes
# through EnumType's __getattr__ hook (~1,100 instructions; a module global ~20). 50 generated articles
# read enum members ~290,000 times (callgrind: ~5 % of extraction's instructions).
_ROLE_NARRATIVE, _ROLE_QUESTION, _ROLE_ANSWER, _ROLE_BLOCKQUOTE, _ROLE_QUOTED, _ROLE_HEADING = (
    Role.narrative,
    Role.question,
    Role.answer,
    Role.blockquote,
    Role.quoted,
    Role.heading,
)


# Sentences and paragraphs are named tuples, not frozen dataclasses: an article has ~700
# sentences, each built once, copied for the driver and held there for the run (1,000
# generated articles: ~700,000). 210,000 made 3.5x faster (0.25 -> 0.07 s), unpickled 2.5x
# faster (0.24 -> 0.10 s), held in 20 % less memory. (`index` names a field, not tuple.index.)
class Sentence(NamedTuple):
    index: int  # type: ignore[assignment]
    nstart: int  # span in the normalised text
    nend: int
    start: int  # span in the raw text
    end: int
    text: str  # normalised sentence text
    line: int  # 1-based line of the raw text
    paragraph: int
    role: Role
    speaker: str | None


# A named tuple from a tuple of its fields: its own __new__ is a Python call (0.32 -> 0.15 µs;
# ~20,000 sentences a 2 MB run).
_new_tuple = tuple.__new__


class Paragraph(NamedTuple):
    index: int  # type: ignore[assignment]
    nstart: int
    nend: int
    text: str
    role: Role
    speaker: str | None
    line: int


@dataclass(frozen=True)
class Segmented:
    doc: Document
    norm: NormalisedText
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    speakers: tuple[str, ...]  # canonical names of the turn speakers, by first appearance
    principal: str | None  # the interviewee who speaks most, when the text is an interview

    def __reduce__(self) -> tuple:
        """Pickled with its paragraphs and sentences as columns: a named tuple pickles through a
        Python call each way (its __getnewargs__, its class's __new__), columns in C. What a
        process pool's worker sends (300 generated articles, ~390 sentences each)."""
        columns = _columns(self.paragraphs), _columns(self.sentences)
        return _segmented, (self.doc, self.norm, *columns, self.speakers, self.principal)


def _columns(rows: tuple[tuple, ...]) -> tuple[tuple, ...]:
    return tuple(zip(*rows, strict=True))


def _segmented(
    doc: Document,
    norm: NormalisedText,
    paragraphs: tuple[tuple, ...],
    sentences: tuple[tuple, ...],
    speakers: tuple[str, ...],
    principal: str | None,
) -> Segmented:
    return Segmented(
        doc,
        norm,
        tuple([_new_tuple(Paragraph, row) for row in zip(*paragraphs, strict=True)]),
        tuple([_new_tuple(Sentence, row) for row in zip(*sentences, strict=True)]),
        speakers,
        principal,
    )


_QUESTION_LABELS = {"q", "问", "主持人", "记者", "提问", "host", "interviewer"}
_ANSWER_LABELS = {"a", "答"}
_LABEL = re.compile(r"(?P<label>[A-Za-z][A-Za-z .'\-]{0,30}?|[" + HAN_CLASS + "·]{1,6})[ \t]*:[ \t]*")
# An ellipsis (……) trails off inside a sentence (`OpenAI只有……50人?`): not a stop.
# A run of stops and its closing quotes, or a newline: `[。！？!?；;]+[”」』"'’）)]*|\n`, written
# with one character class first so the regex engine skips ahead to it (3x faster).
_SENTENCE_END = re.compile(r"[\n。！？!?；;](?:(?<=\n)|(?<!\n)[。！？!?；;]*[”」』\"'’）)]*)")
# `(?<![A-Za-z])[A-Z]…` with the capital first, for the same reason (7x faster).
_LATIN_NAME = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")


def segment(doc: Document) -> Segmented:
    norm = normalise(doc.raw)
    text = norm.text
    body_n = _norm_index_at(norm, doc.body_start)
    lines = _lines(text, body_n)

    labels = [_line_label(text[start:end]) for start, end in lines]  # each line's, read by both passes
    speaker_keys, names = _speaker_labels(text, labels)
    has_answer_labels = any(k not in _QUESTION_LABELS for k in speaker_keys)

    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    role, speaker = _ROLE_NARRATIVE, None
    raw = doc.raw
    line_index = LineIndex(raw)
    for (start, end), m in zip(lines, labels, strict=True):
        raw_start = norm.to_raw(start)
        line_no = line_index.line_at(raw_start)
        raw_line_head = raw[raw_start - _col(raw, raw_start) : raw_start + 1].lstrip()
        content_start = start
        key = _key(m[0]) if m else ""
        if m and key in speaker_keys:
            if key in _QUESTION_LABELS:
                role, speaker = _ROLE_QUESTION, INTERVIEWER
            elif key in _ANSWER_LABELS:
                role, speaker = _ROLE_ANSWER, None
            else:
                role, speaker = _ROLE_ANSWER, names[key]
            content_start = start + m[1]
            line_role = role
        elif raw_line_head.startswith("#"):
            role, speaker = _ROLE_NARRATIVE, None
            line_role = _ROLE_HEADING
        elif raw_line_head.startswith(">"):
            line_role = _ROLE_QUOTED if role in (_ROLE_QUESTION, _ROLE_ANSWER) else _ROLE_BLOCKQUOTE
        elif role is _ROLE_QUESTION and not has_answer_labels and paragraphs and paragraphs[-1].role is _ROLE_QUESTION:
            # `问:` turns with unlabelled answers (a common print layout): the next
            # paragraph after a question is the interviewee's.
            role, speaker = _ROLE_ANSWER, None
            line_role = role
        else:
            line_role = role
        if content_start >= end:
            continue
        p_speaker = speaker if line_role not in (_ROLE_HEADING, _ROLE_BLOCKQUOTE, _ROLE_QUOTED) else None
        para = (len(paragraphs), content_start, end, text[content_start:end], line_role, p_speaker, line_no)
        paragraphs.append(_new_tuple(Paragraph, para))
        for s, e in _line_sentences(text[content_start:end]):
            s, e = s + content_start, e + content_start
            rs, re_ = norm.raw_span(s, e)
            if rs >= re_:
                continue
            fields = (len(sentences), s, e, rs, re_, text[s:e], line_no, len(paragraphs) - 1, line_role, p_speaker)
            sentences.append(_new_tuple(Sentence, fields))

    paragraphs, sentences, principal = _blockquotes_to_interviewee(paragraphs, sentences)
    order = list(dict.fromkeys(p.speaker for p in paragraphs if p.speaker))
    return Segmented(doc, norm, tuple(paragraphs), tuple(sentences), tuple(order), principal)


@lru_cache(maxsize=1 << 13)
def _line_label(line: str) -> tuple[str, int] | None:
    """A line's `_LABEL` (`问：`, `张三:`): the label and where the line's words start after it; None
    when it opens with none. Cached: an interview's turns repeat, outlets reprint paragraphs."""
    m = _LABEL.match(line)
    return (m.group("label"), m.end()) if m else None


def _speaker_labels(text: str, matches: list[tuple[str, int] | None]) -> tuple[set[str], dict[str, str]]:
    """Pass 1: which line labels are speakers (known roles, or names used twice), and the
    name each speaker label stands for (`matches`: each line's label and where its words start, `_line_label`, or None)."""
    labels: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for m in matches:
        if m:
            label = m[0]
            key = _key(label)
            labels[key] += 1
            spelled = spellings.get(key)
            if spelled is None:
                spelled = spellings[key] = Counter()
            spelled[label.strip()] += 1
    speaker_keys = {k for k, n in labels.items() if k in _QUESTION_LABELS or k in _ANSWER_LABELS or _namelike(k, n)}
    return speaker_keys, _canonical_names(text, spellings, speaker_keys)


def _blockquotes_to_interviewee(
    paragraphs: list[Paragraph], sentences: list[Sentence]
) -> tuple[list[Paragraph], list[Sentence], str | None]:
    """The principal interviewee (who answers most), and blockquotes in an interview (a
    quoted post, a closing list of pull quotes) presented as their words. Blockquotes
    before the first turn are the article's own (a source line, say)."""
    spoken = Counter(s.speaker for s in sentences if s.role is _ROLE_ANSWER and s.speaker)
    principal = spoken.most_common(1)[0][0] if spoken else None
    if principal:
        first_turn = min((p.index for p in paragraphs if p.role in (_ROLE_QUESTION, _ROLE_ANSWER)), default=0)
        blocks = (_ROLE_BLOCKQUOTE, _ROLE_QUOTED)
        paragraphs = [
            p._replace(speaker=principal) if p.role in blocks and p.index > first_turn else p for p in paragraphs
        ]
        sentences = [s._replace(speaker=paragraphs[s.paragraph].speaker) if s.role in blocks else s for s in sentences]
    return paragraphs, sentences, principal


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Each line's span from `start` on, without the spaces and tabs it opens with and the
    spaces, tabs and carriage returns it ends with; lines left empty are dropped."""
    return [m.span() for m in _LINE.finditer(text, start)]


# A line's text as `_lines` keeps it: from its first character that is no space or tab to its
# last that is no space, tab or carriage return (one regex in C, not a Python loop a line).
_LINE = re.compile(r"[^ \t\n][^\n]*[^ \t\r\n]|[^ \t\r\n]")


# A bulleted list flattened onto one line (核心财务业绩 - 第三季度综合毛利率达13.9% - 汽车毛利率为14.7% -
# 2026年综合毛利率目标为20%以上): a dash between spaces, after a word, a percent or a citation and
# before a word or a figure, ends an item, so a year or a subject in one item never reaches another.
_BULLET = re.compile(rf"(?<=[{HAN_CLASS}%\]）)])[ \t]+{BULLET_DASH}[ \t]+(?=[{HAN_CLASS}0-9０-９])")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = _stops(text, start, end)
    if text.find(" - ", start, end) < 0 and text.find(" – ", start, end) < 0 and text.find(" — ", start, end) < 0:
        return spans
    out = []
    for a, b in spans:
        for m in _BULLET.finditer(text, a, b):
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


@lru_cache(maxsize=1 << 13)
def _line_sentences(content: str) -> tuple[tuple[int, int], ...]:
    """`_sentences` of a line's content, offsets into it: what they are in the text, less where the
    content starts there (no stop, trim or bullet reads a character outside its sentence, nor
    past the content's end). Cached: outlets reprint paragraphs (tests/test_segment.py)."""
    return tuple(_sentences(content, 0, len(content)))


def _stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for stop in map(_match_end, _SENTENCE_END.finditer(text, start, end)):
        if stop > pos:
            if text[pos] not in _LEAD and text[stop - 1] not in " \t":
                out.append((pos, stop))  # most sentences have nothing to trim: no call for them
            elif (span := _trim(text, pos, stop))[1] > span[0]:
                out.append(span)
        pos = stop
    if pos < end and (span := _trim(text, pos, end))[1] > span[0]:
        out.append(span)
    return out


_match_end = re.Match.end  # each stop's end, read in C


_LEAD = " \t,、"  # what a sentence may open with that is not its text


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _LEAD:
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


_KEY_DROP = re.compile(r"[\s.'\-]")


@lru_cache(maxsize=1 << 12)
def _key(label: str) -> str:
    """A line label as a speaker key (spaces, dots, quotes and hyphens dropped, lower case).
    Cached: an interview repeats its few labels (问, 答, a name) on every turn."""
    return _KEY_DROP.sub("", label).lower()


# Chinese line labels that introduce an example, a note or a list item, never a speaker
# (normalised, so simplified only); frequent enough in long articles to pass the count.
_NOT_SPEAKERS = frozenset(
    [
        "比如",
        "例如",
        "譬如",
        "比方说",
        "注意",
        "注",
        "其中",
        "包括",
        "总之",
        "总结",
        "结论",
        "结果",
        "原因",
        "问题",
        "答案",
        "背景",
        "编者按",
        "来源",
        "原文",
        "原文链接",
        "编辑",
        "编译",
        "作者",
        "图",
        "图片",
        "时间",
        "地点",
        "日期",
        "提示",
        "重点",
        "要点",
        "首先",
        "其次",
        "然后",
        "最后",
        "另外",
        "此外",
        "但是",
        "不过",
        "所以",
        "因此",
        "事实上",
        "也就是说",
        "换句话说",
        "简而言之",
        "目标",
        "关键",
        "核心",
        "观点",
        "定义",
        "方法",
        "优势",
        "劣势",
        "风险",
        "第一",
        "第二",
        "第三",
        "第四",
        "第五",
        "一是",
        "二是",
        "三是",
    ]
)


def _namelike(key: str, uses: int) -> bool:
    # A Latin label used twice is a name; a Chinese one must recur more (`比如:` is no speaker).
    if key in _NOT_SPEAKERS:
        return False
    if re.fullmatch(r"[a-z]{2,30}", key):
        return uses >= 2
    return uses >= 4 and bool(re.fullmatch(f"[{HAN_CLASS}·]{{2,4}}", key))


def _canonical_names(text: str, spellings: dict[str, Counter[str]], keys: set[str]) -> dict[str, str]:
    """The most frequent spelling of each label; a lone first name takes the full name
    the text gives elsewhere (`Jerry` → `Jerry Tworek`)."""
    full_names: Counter[str] | None = None  # counted once a Latin first name asks (most labels are 问, 答, Han names)
    names = {}
    for key in keys:
        best = max(spellings.get(key, Counter({key: 1})).items(), key=lambda kv: (kv[1], kv[0]))[0]
        if re.fullmatch(r"[A-Za-z]+", best):
            if full_names is None:
                full_names = Counter(_LATIN_NAME.findall(text))
            longer = [(n, c) for n, c in full_names.items() if n.split()[0] == best]
            if longer:
                best = max(longer, key=lambda nc: (nc[1], nc[0]))[0]
        names[key] = best
    return names


def _col(raw: str, i: int) -> int:
    nl = raw.rfind("\n", 0, i)
    return i - (nl + 1)


def _norm_index_at(norm: NormalisedText, raw_index: int) -> int:
    """The first normalised index whose raw position is at or after `raw_index`."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.to_raw(mid) < raw_index:
            lo = mid + 1
        else:
            hi = mid
    return lo
