"""The article inside a saved news page: main text and the metadata the page declares.

trafilatura finds the main text (navigation, footers, comments, scripts and styles dropped)
and reads title, date, author, URL and site name from meta tags and JSON-LD. It runs on the
string only: nothing is ever fetched. A stdlib scan of the same page backs it up: for the
author (trafilatura drops author names without a space, i.e. most Chinese names), for
meta tags it missed, and for tiny pages where trafilatura finds no main text at all.

The offsets of claims in an HTML source index `HtmlArticle.text` (see Source.text).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from claims.sources.errors import InputError

# htmldate compares candidates against max_date; the default is today, which would make the
# same page give different dates on different days. Only declared dates count: an
# "extensive" search guesses from any date in the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"}

# Elements whose text is never article text, for the fallback scan.
_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "object",
        "head",
    }
)
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "figcaption",
        "dd",
        "dt",
        "hr",
    }
)
_VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param"}
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class HtmlArticle:
    """Main text (paragraphs separated by blank lines) and declared metadata (None if absent).

    `published` is an ISO date (YYYY-MM-DD) taken from the page's own declarations
    (article:published_time, JSON-LD datePublished, a date in the page URL, ...), never
    guessed from body text.
    """

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    outlet: str | None = None


def extract_html(html: str, path: Path | str) -> HtmlArticle:
    """Extract the article from a page's HTML; InputError(path, ...) if it has no text."""
    page = _scan(html)
    fallback_text = _paragraphs(page.text)
    if not fallback_text:
        # Nothing outside script/style/nav/header/footer/aside: whatever trafilatura would
        # salvage from a bare page (its menu, say) is not an article.
        raise InputError(path, "no article text found in HTML")
    doc = _trafilatura(html)
    text = _paragraphs(doc.text if doc is not None and doc.text else "") or fallback_text
    meta = page.meta
    return HtmlArticle(
        text=text,
        title=_first(getattr(doc, "title", None), meta.get("og:title"), page.title),
        published=_iso_date(
            getattr(doc, "date", None),
            meta.get("article:published_time"),
            meta.get("datepublished"),
            meta.get("pubdate"),
            meta.get("publishdate"),
            meta.get("date"),
        ),
        author=_first(getattr(doc, "author", None), meta.get("author"), meta.get("article:author")),
        url=_first(getattr(doc, "url", None), meta.get("og:url"), page.canonical),
        outlet=_first(getattr(doc, "sitename", None), meta.get("og:site_name"), meta.get("application-name")),
    )


def _trafilatura(html: str):  # -> trafilatura.settings.Document | None
    import trafilatura  # heavy import; only HTML sources need it

    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            deduplicate=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:
        return None


def _paragraphs(text: str) -> str:
    """One paragraph per non-empty line, blank lines between, spaces collapsed."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None


def _iso_date(*values: str | None) -> str | None:
    for value in values:
        m = _ISO_DATE.search(value or "")
        if m and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 31:
            return m.group()
    return None


# -- stdlib scan: meta tags, <title>, and a plain-text fallback -----------------------------


@dataclass
class _Page:
    text: str = ""
    title: str | None = None
    canonical: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


class _PageScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()
        self._parts: list[str] = []
        self._title: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and attr.get("content") and key not in self.page.meta:
                self.page.meta[key] = attr["content"]
        elif tag == "link" and "canonical" in attr.get("rel", "").lower():
            self.page.canonical = self.page.canonical or attr.get("href") or None
        elif tag == "title":
            self._in_title = True
        if tag in _SKIPPED and tag not in _VOID:
            self._skip_depth += 1
        if tag in _BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        if tag in _BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skip_depth:
            self._parts.append(data.replace("\n", " "))

    def finish(self) -> _Page:
        self.close()
        self.page.text = "".join(self._parts)
        self.page.title = _first(" ".join("".join(self._title).split()))
        return self.page


def _scan(html: str) -> _Page:
    scanner = _PageScanner()
    with contextlib.suppress(Exception):
        scanner.feed(html)
    return scanner.finish()
