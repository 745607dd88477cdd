"""Rows of a list an article prints as sentences: one label, then the same words and other figures.

`北3王鴻薇，投票人數274312人，25%是68578人。北4李彥秀，投票人數311887人，25%是77972人。` is a
table told in prose: each sentence opens on its row's label and goes on in the same words with
other figures. A reader takes every figure of a row as the label's (王鴻薇's voters, her 25%),
so a figure two rows share (25%, the legal threshold) is no fact the rows agree on, and two
rows' figures are no clash. `row_labels` finds such rows; the label becomes the figures' holder
where their sentence names none (claims.pipeline).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from claims.text.hanzi import HAN_CLASS

MIN_ROWS = 2  # sentences in one shape with different labels make a list
LABEL_MAX = 10  # characters of a row's label (新北7葉元之, 花蓮縣, 比亚迪股份)
ROW_NAME = 3  # a label's last characters that name it elsewhere (花蓮傅崐萁 is 傅崐萁 in a table)
ROW_CACHE = 1 << 14  # sentences whose row reading is remembered (claims.pipeline's SENTENCE_CACHE)
ROW_CODE_MAX = 4  # characters of a code before a row's name (新北12 of 新北12廖先翔)
# A row's label, then the rest of the row (its first comma divides them).
# (or its 的: 葉元之的同意票數為3萬3697，不同意票數為3萬4521。洪孟楷的同意票數為2萬8446，…), after the moment
# a tally holds at, if the first row tells it (截至16:35，葉元之的…)
_TALLY_OPENING = r"^\s*(?:截[至止][^，,。]{1,12}[，,])?"
_ROW = re.compile(
    rf"{_TALLY_OPENING}(?P<label>[{HAN_CLASS}0-9A-Za-z·]{{2,{LABEL_MAX}}}?)(?:[，,]|的)(?P<rest>.+)$", re.S
)
# Figures, whatever their digits: the shape of a row is its words.
_FIGURE = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万亿]+")
# An opening that dates, sources or links a sentence is no label (2023年，…; 截至目前，…; 此外，…).
_NOT_LABEL = re.compile(
    r"[0-9０-９零〇一二两三四五六七八九十]\s*[年月日时点号]|^(?:截至|截止|据|此外|同时|其中|目前|另外|但|而|"
    r"今年|去年|明年|当天|当日|随后|此前|之后|最终|总计|合计|其他|其余|另|对此|因此|不过|然而|同期|全年|上半年|下半年)"
)
_CODE = re.compile(r"^.*[0-9０-９A-Za-z]")  # a district's code before the name (北3王鴻薇: 王鴻薇)


def row_labels(sentences: Sequence[str]) -> list[str | None]:
    """Each sentence's row label, when it is a row of a list: at least MIN_ROWS sentences of the
    article read the same after their opening label, figures aside, and hold a figure there."""
    shapes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, text in enumerate(sentences):
        row = _row_of(text)
        if row is not None:
            shapes[row[0]].append((i, row[1]))
    labels: list[str | None] = [None] * len(sentences)
    for rows in shapes.values():
        if len({label for _, label in rows}) < MIN_ROWS:
            continue
        for i, label in rows:
            labels[i] = _name_of(label)
    return labels


@lru_cache(maxsize=ROW_CACHE)
def _row_of(text: str) -> tuple[str, str] | None:
    """The shape of a sentence read as a row (its words after the label, figures as #) and its label;
    None when it opens on no label or holds no figure after it. A pure function of the text, so
    cached: outlets reprint sentences (1,000 generated articles: 126,420 sentences, 3,196
    distinct; row_labels 0.42 -> 0.09 ms an article)."""
    m = _ROW.match(text)
    if m is None or _NOT_LABEL.search(m["label"]) or not _FIGURE.search(m["rest"]):
        return None
    return _FIGURE.sub("#", m["rest"]).strip(), m["label"]


def _name_of(label: str) -> str:
    """The label without a code before it (北3王鴻薇 is 王鴻薇), when a name of two characters or more follows."""
    rest = _CODE.sub("", label)
    return rest if len(rest) >= 2 else label


_OPENING = re.compile(_TALLY_OPENING)


def opens_on(text: str, label: str) -> bool:
    """Does `text` (a row's sentence) open on `label` (after a code, ROW_CODE_MAX characters at most) and
    its comma, as a row does? Its 的 only after a tally's moment (截至16:35，叶元之的…): many a sentence
    opens on a name and 的 (陶崇园的遗体火化后) that is no row."""
    start = _OPENING.match(text).end()  # type: ignore[union-attr]  # (it matches the empty opening too)
    i = text.find(label, start, start + ROW_CODE_MAX + len(label))
    if i < 0 or any(c in "，,。：:" for c in text[start:i]):
        return False  # 据报道，叶元之的…: a sentence's opening words, no code of a row
    after = text[i + len(label) : i + len(label) + 1]
    return after in ("，", ",") or (after == "的" and start > 0)
