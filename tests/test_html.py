"""extract_html(): main text without page furniture, declared metadata, no network."""

from __future__ import annotations

import socket

import pytest

from claims.sources.errors import InputError
from claims.sources.html_page import HtmlArticle, extract_html

BODY = [
    "12月3日，OpenAI首席研究官陈信翰在伦敦接受采访时表示，公司目前大约有300个研究项目，其中一半以上与推理模型有关。",
    "他说：“我们不会因为竞争对手发布新模型而改变路线。”据报道，Meta曾开出超过1亿美元的薪酬挖走研究人员。",
    "分析人士认为，这场人才争夺战将持续到2026年，而算力仍然是各家公司最稀缺的资源。OpenAI的员工人数已经超过3000人。",
]


def news_page(*, body: list[str] = BODY, head_extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>OpenAI 首席研究官谈人才争夺战 - 科技日报</title>
<meta property="og:title" content="OpenAI 首席研究官谈人才争夺战">
<meta property="og:site_name" content="科技日报">
<meta property="og:url" content="https://news.example.com/2025/12/03/openai.html">
<meta property="article:published_time" content="2025-12-03T08:30:00+08:00">
<meta name="author" content="张三">
{head_extra}
<style>.ad {{ display: none }} body::after {{ content: "样式里的文字" }}</style>
<script>alert(1); var secret = "脚本里的文字";</script>
</head>
<body onload="alert('onload 处理器')">
<nav><ul><li><a href="/">首页</a></li><li><a href="/tech">科技频道</a></li><li><a href="/biz">财经频道</a></li></ul></nav>
<header><div class="logo">科技日报 · 领先的科技媒体</div></header>
<main><article>
<h1>OpenAI 首席研究官谈人才争夺战</h1>
{paragraphs}
<script>document.write("文中广告脚本")</script>
</article></main>
<aside><h3>热门文章</h3><ul><li><a href="/a">另一篇完全无关的热门文章标题</a></li></ul></aside>
<footer><p>版权所有 © 2025 科技日报 京ICP备12345678号 联系我们 隐私政策</p></footer>
<script src="https://cdn.example.com/tracker.js"></script>
</body></html>"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("extract_html tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_main_text_and_metadata():
    got = extract_html(news_page(), "page.html")
    assert isinstance(got, HtmlArticle)
    for paragraph in BODY:
        assert paragraph in got.text
    assert got.title == "OpenAI 首席研究官谈人才争夺战"
    assert got.published == "2025-12-03"
    assert got.author == "张三"  # trafilatura alone drops names without a space
    assert got.outlet == "科技日报"
    assert got.url == "https://news.example.com/2025/12/03/openai.html"


@pytest.mark.parametrize(
    "furniture",
    [
        "alert",
        "脚本里的文字",
        "文中广告脚本",
        "样式里的文字",
        "display",
        "onload",
        "科技频道",
        "版权所有",
        "ICP",
        "tracker.js",
    ],
)
def test_page_furniture_is_dropped(furniture):
    assert furniture not in extract_html(news_page(), "page.html").text


def test_paragraphs_are_separated_by_blank_lines():
    text = extract_html(news_page(), "page.html").text
    assert f"{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}" in text
    assert "\n\n\n" not in text
    assert text == text.strip()


def test_deterministic():
    page = news_page()
    assert extract_html(page, "a.html") == extract_html(page, "b.html")


def test_date_from_json_ld_without_meta():
    page = news_page(
        head_extra='<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "datePublished": "2024-07-19T10:00:00Z", "headline": "x"}</script>'
    )
    page = page.replace('<meta property="article:published_time" content="2025-12-03T08:30:00+08:00">', "")
    page = page.replace('<meta property="og:url" content="https://news.example.com/2025/12/03/openai.html">', "")
    assert extract_html(page, "page.html").published == "2024-07-19"


def test_no_declared_date_means_none():
    # Dates in the body are claims, not the publication date.
    page = news_page().replace('<meta property="article:published_time" content="2025-12-03T08:30:00+08:00">', "")
    page = page.replace('<meta property="og:url" content="https://news.example.com/2025/12/03/openai.html">', "")
    assert extract_html(page, "page.html").published is None


def test_tiny_page_falls_back_to_plain_text():
    page = (
        "<html><head><title>短讯</title><script>alert(1)</script></head>"
        "<body><nav>菜单</nav><p>陈信翰今天宣布离职。</p><footer>页脚</footer></body></html>"
    )
    got = extract_html(page, "tiny.html")
    assert got.text == "陈信翰今天宣布离职。"
    assert got.title == "短讯"


def test_traditional_page_with_entities():
    page = news_page(
        body=[
            "據彭博社報道，阿爾特曼表示公司目前約有三千名員工&amp;數百個項目，並將在明年繼續擴大研究團隊與算力投資。"
            * 2
        ]
    )
    assert "員工&數百個項目" in extract_html(page, "page.html").text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><head><title>空</title><script>alert(1)</script></head><body><nav>首页</nav></body></html>",
        "<html><body>   \n  </body></html>",
    ],
)
def test_no_article_text(page):
    with pytest.raises(InputError, match="no article text found in HTML") as err:
        extract_html(page, "empty.html")
    assert err.value.path == "empty.html"
