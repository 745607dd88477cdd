"""load(): decoding, front matter, publication dates, scripts and source ids."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claims.sources.discover import discover, source_ids
from claims.sources.errors import InputError
from claims.sources.load import front_matter, load, publication_date, script_of

from conftest import SEEDS

SIMPLIFIED = (
    "据新华社报道，12月3日，OpenAI首席研究官陈信翰在接受采访时表示，公司目前大约有300个研究项目，"
    "其中一半以上与推理模型有关。\n他说：“我们不会因为竞争对手发布新模型而改变路线。”\n"
)
TRADITIONAL = (
    "據彭博社報道，阿爾特曼在採訪中詳細闡釋了四天解僱事件的始末，直言這件事給他帶來了巨大的傷害。"
    "他表示，公司目前約有三千名員工，並將在明年繼續擴大研究團隊。\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --- front matter -------------------------------------------------------------------

FRONT = """---
title: "OpenAI首席研究员Mark Chen长访谈"
source: "https://mp.weixin.qq.com/s/lZ1CMKyfL1UTRrd2q"
author:
  - "[[Weixin Official Accounts Platform]]"
  - "[[量子位]]"
published: 2025-12-04
created: 2025-12-03
tags:
  - "人才竞争"
---
"""


def test_front_matter_fields(tmp_path):
    doc = load(write(tmp_path, "a.md", FRONT + SIMPLIFIED))
    src = doc.source
    assert src.title == "OpenAI首席研究员Mark Chen长访谈"
    assert src.url == "https://mp.weixin.qq.com/s/lZ1CMKyfL1UTRrd2q"
    assert src.author == "Weixin Official Accounts Platform, 量子位"
    assert src.published == "2025-12-04"
    assert doc.warnings == ()
    assert doc.body_start == len(FRONT)
    assert doc.raw[doc.body_start :] == SIMPLIFIED
    assert doc.raw == FRONT + SIMPLIFIED  # front matter stays in the raw text


def test_front_matter_url_key_and_string_dates(tmp_path):
    text = "---\ntitle: 标题\nurl: https://example.com/a\nauthor: 张三\ndate: '2024年3月5日'\n---\n" + SIMPLIFIED
    src = load(write(tmp_path, "a.md", text)).source
    assert (src.url, src.author, src.published) == ("https://example.com/a", "张三", "2024-03-05")


def test_front_matter_source_that_is_not_a_url_is_not_a_url(tmp_path):
    text = "---\nsource: 量子位\n---\n" + SIMPLIFIED
    assert load(write(tmp_path, "a.md", text)).source.url is None


@pytest.mark.parametrize(
    "front, body_head, published",
    [
        ("published:\ncreated: 2025-12-03\n", "*2025年12月1日 13:01*\n\n", "2025-12-01"),  # date line wins
        ("published:\ncreated: 2025-12-03\n", "", "2025-12-03"),  # then created
        ("published: ''\ncreated: 2025-12-03\n", "", "2025-12-03"),
        ("created: 2025-12-03 08:00:00\n", "", "2025-12-03"),  # a datetime
        ("published: 2025-11-30\ncreated: 2025-12-03\n", "*2025年12月1日*\n\n", "2025-11-30"),
        ("title: 无日期\n", "", None),
    ],
)
def test_published_fallbacks(tmp_path, front, body_head, published):
    text = "---\n" + front + "---\n" + body_head + SIMPLIFIED
    assert load(write(tmp_path, "a.md", text)).source.published == published


def test_malformed_yaml_warns_and_the_body_still_loads(tmp_path):
    text = "---\ntitle: [unclosed\nauthor: x\n---\n" + SIMPLIFIED
    path = write(tmp_path, "bad.md", text)
    doc = load(path)
    assert len(doc.warnings) == 1
    assert "malformed YAML" in doc.warnings[0] and str(path) in doc.warnings[0]
    assert doc.raw == text
    assert doc.raw[doc.body_start :] == SIMPLIFIED
    assert doc.source.title is None or "unclosed" not in doc.source.title


def test_front_matter_that_is_not_a_mapping_warns(tmp_path):
    meta, start, warnings = front_matter("---\n- a\n- b\n---\n正文", "x.md")
    assert meta == {} and start == len("---\n- a\n- b\n---\n")
    assert len(warnings) == 1 and "not a mapping" in warnings[0]


@pytest.mark.parametrize(
    "field, value",
    [
        ("title", "{a: 1}"),
        ("published", "[2025, 12]"),
        ("source", "{href: 'https://x.y'}"),
        ("author", "{name: 张三}"),
    ],
)
def test_wrong_types_in_front_matter_warn_and_are_ignored(tmp_path, field, value):
    text = f"---\n{field}: {value}\n---\n" + SIMPLIFIED
    doc = load(write(tmp_path, "a.md", text))
    assert any(repr(field) in w and "wrong type" in w for w in doc.warnings), doc.warnings
    src = doc.source
    if field == "title":
        assert src.title is None or "{" not in src.title
    if field == "author":
        assert src.author is None
    if field == "source":
        assert src.url is None
    if field == "published":
        assert src.published is None


def test_no_front_matter():
    assert front_matter("正文\n---\n不是前言\n---\n") == ({}, 0, [])


def test_horizontal_rule_later_is_not_front_matter(tmp_path):
    text = "# 标题\n\n---\n\n" + SIMPLIFIED
    doc = load(write(tmp_path, "a.md", text))
    assert doc.body_start == 0 and doc.warnings == ()


def test_front_matter_only_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no article text"):
        load(write(tmp_path, "a.md", "---\ntitle: x\n---\n\n  \n"))


# --- publication date from the text ------------------------------------------------------


@pytest.mark.parametrize(
    "body, published",
    [
        ("*2025年12月3日 13:01*\n\n救大命，OpenAI首席研究官Mark Chen最新访谈。\n", "2025-12-03"),
        (
            "# 标题\n\n> 来源：InfoQ 公众号，编译 | Tina，2026-01-23\n> 原文链接：https://x.y/z\n\n正文。\n",
            "2026-01-23",
        ),
        ("發佈時間：2024/03/05\n\n正文。\n", "2024-03-05"),
        ("\n\n編譯 | 風衣\n智東西1月15日訊息,據彭博社1月5日報道。\n2024年,他接受了採訪。2019年加入。\n", "2024-01-15"),
        ("智东西1月15日消息,据彭博社报道。\n", None),  # no year anywhere
        # a year looked back to or compared with dates no report (亚冬会 2025, 国庆 2024)
        ("2月9日讯,中国队已经斩获15枚金牌。回顾2017年第八届亚冬会,中国队共收获了12枚金牌。\n", None),
        ("中新社北京10月7日电 今年假期出入境人员1181.8万人次,是2019年同期的85.1%。\n", None),
        ("新华社北京10月7日电 2024年国庆假期出入境人员1309.8万人次,较2023年增长25.8%。\n", "2024-10-07"),
        # a year's whole results are told after it ends; not its target, nor a year-end review in December
        ("本报北京1月17日电 国家统计局17日公布:2023年全年国内生产总值增长5.2%。\n", "2024-01-17"),
        ("新华社北京3月5日电 2024年全年经济增长预期目标为5%左右。\n", "2024-03-05"),
        ("本报12月28日讯 2023年全年,全市共接待游客1.2亿人次。\n", "2023-12-28"),
        ("据新华社北京1月17日电 2023年中国经济运行数据17日公布:国内生产总值比上年增长5.2%。\n", "2024-01-17"),
        ("新华社北京2月17日电 2024年1-10月,全国规模以上工业增加值比上年同期增长5.8%。\n", "2024-02-17"),
        ("据新华社北京1月17日电 2023年中国经济运行数据17日公布。\n", "2024-01-17"),  # a year's data released
        ("新华社北京4月16日电 2024年一季度经济数据16日公布。\n", "2024-04-16"),  # a quarter's
        (
            "2022 年 12 月 22 号,在 ChatGPT 发布三周后,为了应对 OpenAI 的威胁,Google 成了第一个发布「红色警报」的科技巨头。\n",
            None,
        ),
        ("2022年12月22日，在ChatGPT发布三周后，为了应对OpenAI的威胁，谷歌拉响了红色警报\n", None),
        ("*2025年2月30日*\n正文。\n", None),  # no such day
        ("记者 张三 2025年1月2日\n\n正文。\n", "2025-01-02"),
        ("發佈時間：2024/03/05，本報訊，公司今日宣布了一項重大的合作計劃和新的研究方向。\n", "2024-03-05"),
        # sentences that start with a byline word are not bylines
        ("发布会于2025年3月1日举行，公司宣布了新的模型和一系列合作计划。\n", None),
        ("时间回到2019年1月1日，那时OpenAI只有几十个人，大家挤在一间小办公室里。\n", None),
        ("作者在2024年5月3日的文章中写道，这家公司已经改变了方向。\n", None),
        ("正文里没有日期。\n", None),
        # a page's own address dates it (国庆 2025's 1634.3万, year only in 文章来源)
        ("今年国庆假期出入境1634.3万人次。\n文章来源:http://www.bbtnews.com.cn/2025/1009/571777.shtml\n", "2025-10-09"),
        ("本文链接：http://www.xinhuanet.com/politics/2024-10/08/c_1130.htm\n\n正文。\n", "2024-10-08"),
        ("正文。\n參考資料:\nhttps://www.technologyreview.com/2025/07/31/1120885/x/\n", None),  # a reference's date
        ("正文。\n原文链接：https://x.y/z/1301/2024\n", None),  # no date in the address
        ("正文。\n来源：https://a.com/news/2024/1301/1.html\n", None),  # no 13th month
        # a list of things and their dates is no dateline (iPhone 14 Plus: 2022 年 10 月 7 日)
        ("苹果历代机型首销日期\niPhone 14 Plus: 2022 年 10 月 7 日\niPhone 8：2017年9月22日\n", None),
    ],
)
def test_publication_date(body, published):
    assert publication_date(body) == published


def test_date_line_far_down_is_not_a_publication_date():
    body = "".join(f"第{i}段正文，没有日期。\n\n" for i in range(20)) + "*2025年12月3日*\n"
    assert publication_date(body) is None


# --- encodings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, encoding, reported",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (FRONT + SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (SIMPLIFIED, "utf-16", "utf-16-le"),
        (FRONT + TRADITIONAL, "utf-16", "utf-16-le"),
    ],
)
def test_encodings(tmp_path, text, encoding, reported):
    doc = load(write(tmp_path, "a.txt", text, encoding))
    assert doc.raw == text
    assert doc.source.encoding == reported
    if text.startswith("---"):
        assert doc.source.title == "OpenAI首席研究员Mark Chen长访谈"


def test_crlf_reads_like_path_read_text(tmp_path):
    path = write(tmp_path, "a.txt", SIMPLIFIED.replace("\n", "\r\n"), "gb18030")
    assert load(path).raw == SIMPLIFIED


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not a text file"),
    ],
)
def test_unusable_files_raise_input_error(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as info:
        load(path)
    assert info.value.path == str(path)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load(tmp_path / "nope.txt")


# --- ids and discovery ----------------------------------------------------------------


def test_source_id_defaults_to_stem_and_can_be_given(tmp_path):
    path = write(tmp_path, "000_abc.txt", SIMPLIFIED)
    assert load(path).source.id == "000_abc"
    assert load(path, "custom").source.id == "custom"
    assert load(path).source.path == str(path)


@pytest.mark.parametrize(
    "names, expected",
    [
        (["x.txt", "y.txt"], ["x", "y"]),
        (["a/x.txt", "b/x.txt"], ["a/x", "b/x"]),
        (["p/a/x.txt", "q/a/x.txt", "r/b/x.txt"], ["p/a/x", "q/a/x", "b/x"]),
        (["a/x.txt", "b/x.md", "y.txt"], ["a/x", "b/x", "y"]),
    ],
)
def test_source_ids_unique_and_readable(tmp_path, names, expected):
    paths = [write(tmp_path, n, SIMPLIFIED) for n in names]
    ids = source_ids(paths)
    assert [ids[p] for p in paths] == expected


def test_source_ids_same_stem_same_folder_still_unique(tmp_path):
    paths = [write(tmp_path, "x.txt", SIMPLIFIED), write(tmp_path, "x.md", SIMPLIFIED)]
    ids = source_ids(paths)
    assert len(set(ids.values())) == 2
    assert all("x" in i for i in ids.values())


def test_same_stem_files_get_unique_ids_through_discover(tmp_path):
    write(tmp_path, "one/story.txt", SIMPLIFIED)
    write(tmp_path, "two/story.txt", TRADITIONAL)
    files, errors = discover([tmp_path])
    assert errors == []
    ids = source_ids(files)
    assert sorted(ids.values()) == ["one/story", "two/story"]
    docs = [load(f, ids[f]) for f in files]
    assert {d.source.id for d in docs} == {"one/story", "two/story"}


def test_discover_empty_folder_names_it(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    files, errors = discover([empty])
    assert files == []
    assert len(errors) == 1 and str(empty) in str(errors[0])


def test_discover_missing_path(tmp_path):
    files, errors = discover([tmp_path / "nope"])
    assert files == [] and len(errors) == 1 and "nope" in str(errors[0])


def test_discover_sorted_suffixes_hidden_and_duplicates(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "sub/d.markdown", ".hidden/e.txt", ".f.txt", "g.png", "h.json"):
        write(tmp_path, name, SIMPLIFIED)
    files, errors = discover([tmp_path, tmp_path / "b.txt"])
    assert errors == []
    rel = [f.relative_to(tmp_path).as_posix() for f in files]
    assert rel == ["a.md", "b.txt", "c.html", "sub/d.markdown"]


def test_discover_takes_a_named_file_whatever_its_suffix(tmp_path):
    path = write(tmp_path, "article.log", SIMPLIFIED)
    assert discover([path]) == ([path], [])


# --- script --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, script",
    [
        (SIMPLIFIED, "zh-Hans"),
        (TRADITIONAL, "zh-Hant"),
        (
            "据新华社报道，公司目前大约有三百个研究项目，其中一半以上与推理模型有关，竞争对手也在加快研究步伐。"
            "分析人士认为这场人才争夺战将持续到明年，而算力仍然是各家公司最稀缺的资源之一。據說",
            "mixed",
        ),
        ("Sam Altman said so.", "en"),
        ("12345 !!!", "unknown"),
    ],
)
def test_script_of(text, script):
    assert script_of(text) == script


# --- seeds ---------------------------------------------------------------------------

SEED_DATES = {"000": "2025-12-03", "001": None, "002": "2026-01-23", "003": None, "004": "2025-01-15"}


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds(path):
    doc = load(path)
    assert doc.raw == path.read_text(encoding="utf-8-sig")
    assert doc.source.id == path.stem
    assert doc.source.published == SEED_DATES[path.name[:3]]
    assert doc.source.script in ("zh-Hans", "zh-Hant", "mixed")
    assert doc.warnings == ()
    assert 0 <= doc.body_start < len(doc.raw)


def test_seed_scripts():
    scripts = {p.name[:3]: load(p).source.script for p in SEEDS.glob("*.txt")}
    assert scripts["000"] == scripts["001"] == scripts["002"] == "zh-Hans"
    assert scripts["003"] == scripts["004"] == "zh-Hant"


def test_seed_front_matter_is_skipped():
    doc = load(SEEDS / "000_d379fe37168fe1eb.txt")
    assert doc.raw.startswith("---\n")
    assert doc.raw[doc.body_start :].lstrip().startswith("*2025年12月3日")
    assert doc.source.url and doc.source.url.startswith("https://mp.weixin.qq.com/")


def test_script_converts_each_character_where_it_stands():
    # 乾 alone is 干 in t2s; 乾隆 is a phrase that keeps it. Strung together without the comma
    # the two would read as that phrase, which the text does not hold.
    assert script_of("乾，隆") == "zh-Hant"  # one Han character of two changed
    assert script_of("乾隆年间的事。") == "zh-Hans"
    assert script_of("a\udcff中國\ud800") == "zh-Hant"  # lone surrogates: no Han character, no crash


def test_a_line_is_converted_once_for_the_loader_and_the_normalised_copy(tmp_path, monkeypatch):
    import claims.text.normalise as normalise_module
    from claims.text.segment import segment

    converted: list[str] = []
    t2s = normalise_module._T2S

    class Counting:
        def convert(self, text: str) -> str:
            converted.extend(text.split("\n"))
            return t2s.convert(text)

    monkeypatch.setattr(normalise_module, "_T2S", Counting())
    monkeypatch.setattr(normalise_module, "_T2S_LINES", {})
    body = "\n".join(f"來源：某報，第{i}段：經濟發展很快，增長了{i}%。" for i in range(60))
    path = tmp_path / "a.txt"
    path.write_text(body, encoding="utf-8")
    doc = load(path)
    segment(doc)
    lines = [line for line in converted if line]
    assert doc.source.script == "zh-Hant" and doc.source.outlet == "某报"
    assert len(lines) == len(set(lines)) == 60


def test_han_mask_keeps_the_han_characters_a_regex_keeps():
    import re

    from claims.sources.load import _han_mask, _points
    from claims.text.hanzi import HAN_CLASS

    not_han = re.compile(f"[^{HAN_CLASS}]+")
    edges = "".join(
        chr(c) for a, b in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)) for c in (a - 1, a, b, b + 1)
    )
    for text in (
        "",
        "abc 123",
        "中文，English和數字123。",
        edges,
        "\U0001ffff\U00020000𠀀\U0003134f\U00031350",
        "a\udcff中\ud800",
    ):
        points = _points(text)
        assert points[_han_mask(points)].tobytes().decode("utf-32-le") == not_han.sub("", text)


@pytest.mark.parametrize(
    "head",
    [
        'title: "标题：一个 例子"\nsource: "https://example.com/1"\nauthor: "明報"\npublished: 2026-01-29\n',
        "a: yes\non: 1\nx: 1e3\ny: 0x1F\nz: 012\nn: NaN\nk:\nv: 中文 标题\nw: 1_000\nx: a\nx: b\n",
    ],
)
def test_plain_front_matter_reads_as_the_python_loader_reads_it(head):
    from claims.sources.load import _PLAIN_FRONT, _CFrontMatterLoader, _FrontMatterLoader

    if _CFrontMatterLoader is None:
        pytest.skip("PyYAML without libyaml")
    assert _PLAIN_FRONT.fullmatch(head)
    fast, slow = yaml.load(head, Loader=_CFrontMatterLoader), yaml.load(head, Loader=_FrontMatterLoader)
    assert (
        fast == slow
        and list(fast) == list(slow)
        and [type(v) for v in fast.values()] == [type(v) for v in slow.values()]
    )


@pytest.mark.parametrize(
    "head", ["x: 1:20\n", "x: ~\n", "x: 2026-01-02 10:00\n", "x:\n  - a\n", "x: a\tb\n", 'x: "a\\nb"\n']
)
def test_other_front_matter_goes_to_the_python_loader(head):
    from claims.sources.load import _PLAIN_FRONT

    assert _PLAIN_FRONT.fullmatch(head) is None
