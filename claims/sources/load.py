"""Loading one source: decode its bytes, read front matter and publication date, build its Document.

`load(path)` is a pure function of the file's bytes and the id it is given; it raises
`InputError` for a file that cannot be used, and records softer problems (malformed
front matter, say) in `Document.warnings` so the run can go on and say so.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from claims.model import Document, Source
from claims.sources.decode import decode
from claims.sources.discover import HTML_SUFFIXES
from claims.sources.errors import InputError
from claims.text.hanzi import HAN_BLOCKS, HAN_CLASS
from claims.text.normalise import fold, fold_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def load(path: Path, source_id: str | None = None) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None
    decoded = decode(data, path)
    sid = source_id or path.stem
    if path.suffix.lower() in HTML_SUFFIXES:
        return _load_html(path, sid, decoded.text, decoded.encoding)
    return _load_text(path, sid, decoded.text, decoded.encoding)


REFERENCE_KEYS = ("archived", "retrieved", "accessed", "crawled")  # late bounds on the publication date


def _load_text(path: Path, sid: str, text: str, encoding: str) -> Document:
    meta, body_start, warnings = front_matter(text, path)
    body = text[body_start:]
    if not body.strip():
        raise InputError(path, "no article text after the front matter")
    published = _iso(meta.get("published")) or _iso(meta.get("date")) or publication_date(body)
    if published is None:
        published = _iso(meta.get("created"))
    url = _str(meta.get("source")) or _str(meta.get("url"))
    if url and not url.startswith(("http://", "https://")):
        url = None
    reference = None
    if published is None:
        reference = next(filter(None, (_iso(meta.get(k)) for k in REFERENCE_KEYS)), None)
    source = Source(
        id=sid,
        path=str(path),
        title=_str(meta.get("title")) or title_line(body),
        outlet=_str(meta.get("outlet")) or _str(meta.get("site")) or outlet_line(body),
        author=_author(meta.get("author")),
        url=url,
        published=published,
        reference=reference,
        script=script_of(body),
        encoding=encoding,
    )
    return Document(source, text, body_start, tuple(warnings))


def _load_html(path: Path, sid: str, html: str, encoding: str) -> Document:
    from claims.sources.html_page import extract_html

    article = extract_html(html, path)
    text = article.text
    source = Source(
        id=sid,
        path=str(path),
        title=article.title or title_line(text),
        outlet=getattr(article, "outlet", None),
        author=article.author,
        url=getattr(article, "url", None),
        published=_iso(article.published) or publication_date(text),
        script=script_of(text),
        encoding=encoding,
        text=text,
    )
    return Document(source, text, 0, ())


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text: `2025-13-03` is a bad date to report, not a crash."""


_FrontMatterLoader.yaml_constructors = {
    k: v for k, v in yaml.SafeLoader.yaml_constructors.items() if k != "tag:yaml.org,2002:timestamp"
}
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


# Front matter of the plainest form: `key: value` lines, each value a double-quoted string
# without escapes or a plain word-led scalar without YAML's indicators, quotes or escapes
# (what the corpora and the generator write). libyaml scans such a text to the very events
# PyYAML's own scanner does, and the constructors (ours, Python) are the same: the same dict,
# in ~0.04 ms, not ~0.3 (200 generated articles). Anything else goes to the Python loader.
_CONTROLS = r"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff"  # controls (tabs, returns), YAML's other line breaks, BOM
_INDICATORS = rf"{_CONTROLS}:#\"'\\\[\]{{}},&*!|>%@`"  # and YAML's indicators, quotes, escapes
_PLAIN_FRONT = re.compile(
    rf"(?:[A-Za-z_][A-Za-z0-9_]*:(?: +(?:\"[^\"\\{_CONTROLS}]*\"|[^\W_](?:[^{_INDICATORS}]*[^\s{_INDICATORS}])?))?\n)*"
)
_CFrontMatterLoader: type | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _CFront(yaml.CSafeLoader):
        """_FrontMatterLoader's constructors over libyaml's scanner."""

    _CFront.yaml_constructors = _FrontMatterLoader.yaml_constructors
    _CFrontMatterLoader = _CFront


def front_matter(text: str, path: Path | str = "") -> tuple[dict[str, Any], int, list[str]]:
    """YAML front matter as a dict, the offset where the body starts, and warnings."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, []
    head = m.group(1) or ""
    plain = _CFrontMatterLoader is not None and _PLAIN_FRONT.fullmatch(head) is not None
    try:
        meta = yaml.load(head, Loader=_CFrontMatterLoader if plain else _FrontMatterLoader) or {}
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as e:
        where = getattr(e, "problem_mark", None)
        at = f" (line {where.line + 2})" if where is not None else ""
        return {}, m.end(), [f"{path}: malformed YAML front matter{at}; metadata ignored"]
    if not isinstance(meta, dict):
        return {}, m.end(), [f"{path}: front matter is not a mapping; metadata ignored"]
    warnings = []
    for key in ("title", "published", "date", "created", "source", "url", "outlet"):
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int, float, date)):
            warnings.append(f"{path}: front matter field {key!r} has the wrong type; ignored")
            meta[key] = None
    author = meta.get("author")
    scalar = (str, int, float)
    if (
        author is not None
        and not isinstance(author, scalar)
        and not (isinstance(author, list) and all(isinstance(a, scalar) or a is None for a in author))
    ):
        warnings.append(f"{path}: front matter field 'author' has the wrong type; ignored")
        meta["author"] = None
    return {str(k): v for k, v in meta.items()}, m.end(), warnings


# --- publication date from the text ----------------------------------------------

HEAD_LINES = 12  # lines at the top of a text that may hold its date line
_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_MONTH_DAY_NEWS = re.compile(r"(\d{1,2})月(\d{1,2})日\s*(?:讯|消息|电|报道|讯息)")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
# A year the article only looks back to or compares with (回顾2017年第八届亚冬会, 是2019年同期的85.1%,
# 较2023年增长, 2019年以来) is not the year of the dateline's report: 亚冬会 2025's 2月9日讯 is no 2017 story.
_YEAR_ASIDE = re.compile(
    r"(?:回顾|较|比|相比|对比|超过|追平|打破|刷新|上届|此前|早在)\s*((?:19|20)\d\d)\s*年"
    r"|((?:19|20)\d\d)\s*年(?:同期|以来|以前|之前)"
)


def publication_date(body: str) -> str | None:
    """A date line near the top: `*2025年12月3日 13:01*`, `> 来源：…，2026-01-23`, or a
    news dateline `智东西1月15日讯息` whose year is stated elsewhere in the article."""
    head_lines = _folded_lines([ln for ln in body.split("\n", 40)[:40] if ln.strip()][:HEAD_LINES])
    for folded in head_lines:
        m = _FULL_DATE.search(folded)
        if m and _is_date_line(folded, m):
            iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                return iso
    for folded in head_lines:
        m = _MONTH_DAY_NEWS.search(folded)
        if m and (years := _report_years(whole := fold_text(body))):
            month = int(m.group(1))
            return _valid(_dateline_year(years, month, whole), month, int(m.group(2)))
    tail_lines = _folded_lines([ln for ln in body.rsplit("\n", 8)[-8:] if ln.strip()])
    for folded in (*head_lines, *tail_lines):
        # 文章来源:http://www.bbtnews.com.cn/2025/1009/571777.shtml: the page's own address dates it
        if m := _URL_DATE.search(folded):
            return _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


def _folded_lines(lines: list[str]) -> list[str]:
    """Each of `lines` as `fold` gives it, folded together (`fold_text`: each line converted
    once, for this, the outlet line, the script and the normalised copy): no line holds a
    newline, and a conversion keeps every newline."""
    folded = fold_text("\n".join(lines)).split("\n")
    return folded if len(folded) == len(lines) else [fold(line) for line in lines]


# A date in a news page's own address, on a line that says it is the page's (文章来源:…/2025/1009/571777.shtml,
# 本文链接：…/2024-10/08/c_1130.htm, 来源：…/20241008/…); not a reference (参考资料:, 原文链接: a translation's
# original came out earlier).
_URL_DATE = re.compile(
    r"(?:(?:文章|新闻|稿件)?来源|本文(?:链接|地址))\s*[:：]?\s*https?://[^\s/]+/(?:[^\s]*?/)?"
    r"(?P<y>20[0-9]{2})[/-]?(?P<m>[01][0-9])[/-]?(?P<d>[0-3][0-9])(?=[/_.])"
)


# A whole year's results (2023年全年国内生产总值…, 2023年全年出生人口902万人; 国内生产总值…比上年增长5.2%: a
# year against the one before; 2023年中国经济运行数据17日公布: its data or annual report released) are told after
# the year ends; not a year's target or forecast (2024年全年经济增长预期目标为5%左右, 预计2024年全年…), nor part
# of a year against the same months of the last (2024年1—10月…比上年同期), nor a quarter's data.
_WHOLE_YEAR = re.compile(
    r"(?<!预计)(?<!预期)(?<!预测)((?:19|20)\d\d)\s*年"
    r"(?:全年(?![^，,。；;]{0,15}?(?:目标|预期|预计|计划|将|有望|力争))|[^。；;！？]{0,60}?比上年(?!同期)"
    # a year's data or annual report released (2023年中国经济运行数据17日公布), not a quarter's or a month's
    r"|[^，,。；;季月半]{0,12}?(?:数据|统计公报|年报|年度报告)[^，,。；;]{0,8}?(?:公布|发布|出炉))"
)


# The last month whose dateline tells the year before's whole results (a year-end review is its own year's).
WHOLE_YEAR_TOLD_BY = 6


def _dateline_year(years: list[int], month: int, text: str) -> int:
    """The year of a dateline that names none (本报北京1月17日电): the latest the article names, or, in
    the first half of a year, the one after it when the article tells that year's whole results (a
    release of 1月17日 on 2023年全年 is of 2024; 12月28日电 on 2023年全年 is a year-end review of 2023)."""
    latest = max(years)
    whole = any(int(m.group(1)) == latest for m in _WHOLE_YEAR.finditer(text))
    return latest + 1 if whole and month <= WHOLE_YEAR_TOLD_BY else latest


def _report_years(text: str) -> list[int]:
    """The years an article names, but those it only looks back to or compares with (_YEAR_ASIDE)."""
    aside = {m.start(1) if m.group(1) else m.start(2) for m in _YEAR_ASIDE.finditer(text)}
    return [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in aside]


def is_date_line(line: str) -> bool:
    """A byline or dateline with a full date (`2021年6月14日`, `发布时间：2021-06-14 07:33`):
    when a report came out, which `publication_date` reads; no claim of the story."""
    folded = fold(line)
    m = _FULL_DATE.search(folded)
    return bool(m and _is_date_line(folded, m))


# A label, not the start of a sentence: `发布时间：`, `来源：`, `记者 张三`, `发布于`; not `发布会于…`.
_DATE_LINE_WORDS = re.compile(
    r"(?:来源|发布|发表|更新|时间|日期|编译|作者|记者)(?:时间|日期)?\s*(?:[:：|丨]|于|\s)"
    r"|(?:published|posted|updated)\b",
    re.I,
)


def _is_date_line(line: str, m: re.Match[str]) -> bool:
    """A byline or dateline, not a sentence that happens to start with a date."""
    rest = (line[: m.start()] + line[m.end() :]).strip(" *_>#|()[]")
    if _DATE_LINE_WORDS.match(line.strip(" *_>#|([")):
        return True
    if re.search(r"[:：]\s*$", line[: m.start()]):
        return False  # iPhone 14 Plus: 2022 年 10 月 7 日: a thing and its date, one item of a list
    return "。" not in rest and len(re.sub(r"[\d:：\s]", "", rest)) <= 12


def title_line(body: str) -> str | None:
    for line in body.split("\n", 20)[:20]:
        line = line.strip().lstrip("#").strip()
        if not line:
            continue
        if "|" in line or "｜" in line:
            continue  # bylines such as `编译 | 风衣`
        if len(line) <= 80 and not line.startswith(("!", ">", "*", "-")) and not line.endswith("。"):
            return line
        return None
    return None


_OUTLET = [
    re.compile(r"^[\s>*]*来源[:：]\s*([^,，|｜\n]{2,30})", re.M),
    re.compile(r"^\s*([" + HAN_CLASS + r"A-Za-z]{2,12}?)\s*\d{1,2}月\d{1,2}日\s*(?:讯|消息|电|讯息)", re.M),
]


def outlet_line(body: str) -> str | None:
    head = fold_text("\n".join(body.split("\n", 40)[:40]))
    for pattern in _OUTLET:
        m = pattern.search(head)
        if m:
            return m.group(1).strip()
    return None


def script_of(text: str) -> str:
    """zh-Hans, zh-Hant or mixed, by the share of Han characters t2s changes, each converted
    where it stands in its line, as the normalised copy converts it (claims.text.normalise
    `fold_text`): 乾 in `乾，隆` is 干 (no phrase 乾隆 across the comma). One conversion of
    each line serves both: the load's took ~4 % of an article's extraction (3.3 M of ~100 M
    instructions, 150 generated articles) when it converted the Han characters strung
    together, apart from the normalised copy's.
    A lone surrogate (a decoder's escape), which OpenCC cannot take, is converted as U+FFFD."""
    import numpy as np

    sample = text[:200_000]
    points = _points(sample)
    han = _han_mask(points)
    total = int(np.count_nonzero(han))
    if not total:
        return "en" if re.search(r"[A-Za-z]", sample) else "unknown"
    try:
        converted = fold_text(sample)
    except UnicodeEncodeError:
        converted = fold_text(_LONE_SURROGATE.sub("\ufffd", sample))
    if len(converted) != len(sample):
        return "mixed"
    share = int(np.count_nonzero(points[han] != _points(converted)[han])) / total
    if share < 0.01:
        return "zh-Hans"
    if share > 0.06:
        return "zh-Hant"
    return "mixed"


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _points(text: str) -> Any:
    """`text`'s code points as a numpy array (the Han ones masked by block in C, not a regex
    or a Python loop over an article's ~12,000 characters)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)


def _han_mask(points: Any) -> Any:
    """Which of `points` are Han characters (HAN_BLOCKS); a lone surrogate is none."""
    import numpy as np

    han = np.zeros(len(points), dtype=bool)
    for low, high in HAN_BLOCKS:
        han |= (points >= low) & (points <= high)
    return han


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    m = _FULL_DATE.search(fold(str(value)))
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [str(v).strip("[] ") for v in value if v]
        return ", ".join(n for n in names if n) or None
    text = _str(value)
    return text.strip("[] ") if text else None
