"""Dates and durations: tables in both scripts, near-misses, relative dates, properties."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extractors.base import ExtractContext
from claims.extractors.dates import DateExtractor, DurationExtractor
from claims.model import Bound, Granularity, Kind, TimeUnit
from claims.pipeline import extract_text
from claims.text.normalise import normalise
from claims.values.date_resolution import Prefer, UnitReading
from claims.values.dates import find_dates, sentence_time
from claims.values.durations import find_durations

from conftest import DATA, both_scripts

REF = date(2025, 12, 3)  # a Wednesday
CTX = ExtractContext(published=REF)
DATES = DateExtractor()
DURATIONS = DurationExtractor()
SAMPLE = DATA / "peer_sample_dates.jsonl"


def norm(raw: str) -> str:
    return normalise(raw).text


def one_date(raw: str, ctx: ExtractContext = CTX):
    text = norm(raw)
    found = list(DATES.find(text, ctx))
    assert len(found) <= 1, found
    return (text, found[0]) if found else (text, None)


@pytest.mark.parametrize(
    "raw, span_text, start, end, gran",
    both_scripts(
        [
            ("于2022年11月30日发布", "2022年11月30日", "2022-11-30", "2022-11-30", "day"),
            ("2022 年 12 月 22 号上线", "2022年12月22号", "2022-12-22", "2022-12-22", "day"),
            ("2024年5月推出", "2024年5月", "2024-05-01", "2024-05-31", "month"),
            ("2018 年加入", "2018年", "2018-01-01", "2018-12-31", "year"),
            ("二〇一八年", "二〇一八年", "2018-01-01", "2018-12-31", "year"),
            ("2010-01-29", "2010-01-29", "2010-01-29", "2010-01-29", "day"),
            ("2010.01.29", "2010.01.29", "2010-01-29", "2010-01-29", "day"),
            ("2010/01/29", "2010/01/29", "2010-01-29", "2010-01-29", "day"),
            ("2025年初", "2025年初", "2025-01-01", "2025-03-31", "month"),
            ("2025年底前", "2025年底", "2025-10-01", "2025-12-31", "month"),
            ("2021年上半年", "2021年上半年", "2021-01-01", "2021-06-30", "month"),
            ("21年上半年", "21年上半年", "2021-01-01", "2021-06-30", "month"),
            ("茅台2023上半年营业总收入", "2023上半年", "2023-01-01", "2023-06-30", "month"),
            ("腾讯2023年第4季经调整净利润", "2023年第4季", "2023-10-01", "2023-12-31", "quarter"),
            ("2025年第一季度", "2025年第一季度", "2025-01-01", "2025-03-31", "quarter"),
            ("2025年夏天", "2025年夏天", "2025-06-01", "2025-08-31", "season"),
            ("2024年冬天", "2024年冬天", "2024-12-01", "2025-02-28", "season"),
            ("90年代", "90年代", "1990-01-01", "1999-12-31", "decade"),
            ("2010年代", "2010年代", "2010-01-01", "2019-12-31", "decade"),
            ("上世紀90年代", "上世纪90年代", "1990-01-01", "1999-12-31", "decade"),
            ("民国114年", "民国114年", "2025-01-01", "2025-12-31", "year"),
            ("2016年到2018年", "2016年到2018年", "2016-01-01", "2018-12-31", "year"),
            ("2007年與2009年之間", "2007年与2009年之间", "2007-01-01", "2009-12-31", "year"),
            ("2019年6月1日-6月30日", "2019年6月1日-6月30日", "2019-06-01", "2019-06-30", "day"),
            ("在2030才能盈利", "2030", "2030-01-01", "2030-12-31", "year"),
            ("2030 才能盈利", "2030", "2030-01-01", "2030-12-31", "year"),
            ("两千零四年八月十五", "两千零四年八月十五", "2004-08-15", "2004-08-15", "day"),
            ("12月底", "12月底", "2025-12-21", "2025-12-31", "day"),
            # a year's 的 before its month joins them (2020年的7月6日的晚上: one day)
            ("2020年的7月6日报案", "2020年的7月6日", "2020-07-06", "2020-07-06", "day"),
        ]
    ),
)
def test_absolute_dates(raw, span_text, start, end, gran):
    text, m = one_date(raw)
    assert m is not None and text[m.start : m.end] == span_text
    assert (m.value.start, m.value.end, m.value.granularity) == (start, end, Granularity(gran))
    assert m.kind == Kind.date and m.as_of is None


@pytest.mark.parametrize(
    "raw, start, end, gran",
    both_scripts(
        [
            ("去年", "2024-01-01", "2024-12-31", "year"),
            ("今年", "2025-01-01", "2025-12-31", "year"),
            ("明年", "2026-01-01", "2026-12-31", "year"),
            ("前年", "2023-01-01", "2023-12-31", "year"),
            ("后年", "2027-01-01", "2027-12-31", "year"),
            ("两年前", "2023-01-01", "2023-12-31", "year"),
            ("三周后将上线", "2025-12-24", "2025-12-24", "day"),
            ("六個月前", "2025-06-01", "2025-06-30", "month"),
            ("上个月", "2025-11-01", "2025-11-30", "month"),
            ("下个月", "2026-01-01", "2026-01-31", "month"),
            ("本月", "2025-12-01", "2025-12-31", "month"),
            ("昨天", "2025-12-02", "2025-12-02", "day"),
            ("今天", "2025-12-03", "2025-12-03", "day"),
            ("明天", "2025-12-04", "2025-12-04", "day"),
            ("前天", "2025-12-01", "2025-12-01", "day"),
            ("上周", "2025-11-24", "2025-11-30", "day"),
            ("下周", "2025-12-08", "2025-12-14", "day"),
            ("上周三", "2025-11-26", "2025-11-26", "day"),
            ("加上周三晚的暴雨", "2025-12-03", "2025-12-03", "day"),  # 加上 is "plus": this Wednesday, no last week
            ("周一宣布", "2025-12-01", "2025-12-01", "day"),
            ("处长周一表示", "2025-12-01", "2025-12-01", "day"),  # a title, then a Monday: no name runs on
            ("今日（2日）", "2025-12-02", "2025-12-02", "day"),  # a live page's today is the day it glosses
            ("今日（28日）", "2025-11-28", "2025-11-28", "day"),  # the nearest 28th: last month's
            ("今年夏天", "2025-06-01", "2025-08-31", "season"),
            ("年初", "2025-01-01", "2025-03-31", "month"),
            ("上半年", "2025-01-01", "2025-06-30", "month"),
            ("下半年", "2025-07-01", "2025-12-31", "month"),
            ("第一季度", "2025-01-01", "2025-03-31", "quarter"),
            ("Q1", "2025-01-01", "2025-03-31", "quarter"),
            ("7 月 16 日", "2025-07-16", "2025-07-16", "day"),  # past: 2026-07-16 is far after
            ("1月15日", "2026-01-15", "2026-01-15", "day"),  # 43 days after beats 322 before
            ("去年本月十日", "2024-12-10", "2024-12-10", "day"),
        ]
    ),
)
def test_relative_dates(raw, start, end, gran):
    text, m = one_date(raw)
    assert m is not None, text
    assert (m.value.start, m.value.end, m.value.granularity) == (start, end, Granularity(gran))
    assert m.value.relative and m.value.relative.reference == "2025-12-03"
    assert m.value.relative.expr == text[m.start : m.end]


@pytest.mark.parametrize(
    "raw, start",
    [
        ("7月16日", "2016-07-16"),  # reference 2017-03-22: last July
        ("3月25日", "2017-03-25"),  # three days ahead: nearest
        ("10月12日", "2016-10-12"),  # 204 days ahead is far after
        ("29日", "2017-03-29"),
        ("12号", "2017-03-12"),
        # a part of the year not begun when the text came out is last year's (a March release)
        ("年末", "2016-10-01"),
        ("第四季度", "2016-10-01"),
        ("下半年", "2016-07-01"),
        ("第一季度", "2017-01-01"),
        ("年初", "2017-01-01"),
    ],
)
def test_year_inference(raw, start):
    text, m = one_date(raw, ExtractContext(published=date(2017, 3, 22)))
    assert m is not None and m.value.start == start


@pytest.mark.parametrize(
    "raw",
    [
        "2.5年",
        "三年",
        "第一年",
        "每年",
        "最近",
        "当时",
        "那时",
        "目前",
        "现在",
        "3号线",
        "1号文件",
        "2025年中國經濟",
        "300人",
        "增长12.5%",
        "共2030人",
        "GPT-4",
        "第三年",
        "同年",
        "于判决生效之日起十日内赔偿",  # days counted, not the 10th
        "三日以内",
        "《奔跑吧》第四季",  # a show's season: a quarter only after a year
        "预计下一季度营收",  # the quarter after the one told, no first quarter
        "上一季度营收",
    ],
)
def test_not_dates(raw):
    text = norm(raw)
    found = [m for m in DATES.find(text, CTX)]
    if raw == "2025年中國經濟":  # the year is a date; 年中 is not mid-year here
        assert [(m.value.granularity) for m in found] == [Granularity.year]
    else:
        assert found == [], found


@pytest.mark.parametrize("raw", ["去年", "上周", "7月16日", "两年前", "年底", "29日"])
def test_relative_without_reference_is_skipped(raw):
    assert list(DATES.find(norm(raw), ExtractContext(published=None))) == []


def test_absolute_without_reference_kept():
    found = list(DATES.find("2024年5月", ExtractContext(published=None)))
    assert [m.value.start for m in found] == ["2024-05-01"]


@pytest.mark.parametrize(
    "raw, low, high, bound, unit",
    both_scripts(
        [
            ("1–2个月", 1, 2, "range", "month"),
            ("1-2個月", 1, 2, "range", "month"),
            ("2.5年", 2.5, 2.5, "exact", "year"),
            ("一个月", 1, 1, "exact", "month"),
            ("将近七年", 6.3, 7, "nearly", "year"),
            ("过去两周", 2, 2, "exact", "week"),
            ("七年", 7, 7, "exact", "year"),
            ("几个月", 2, 9, "range", "month"),
            ("三到六个月", 3, 6, "range", "month"),
            ("一年内", None, 1, "at_most", "year"),
            ("30分钟", 30, 30, "exact", "minute"),
            ("几周内", None, 9, "at_most", "week"),
            ("两个小时", 2, 2, "exact", "hour"),
            ("半年", 0.5, 0.5, "exact", "year"),
            ("一年半", 1.5, 1.5, "exact", "year"),
            ("十几年", 11, 19, "range", "year"),
            ("2.5年内", None, 2.5, "at_most", "year"),
            ("约三年", 2.7, 3.3, "about", "year"),
            ("三年左右", 2.7, 3.3, "about", "year"),
            ("差不多三年", 2.7, 3, "nearly", "year"),  # one qualifier table: 差不多 is nearly, as in 差不多有300人
            ("超过十年", 10, None, "over", "year"),
            ("十多年", 10, 20, "over", "year"),  # up to one more of the last place, as 300多
            ("九个多月", 9, 10, "over", "month"),
            ("半年多", 0.5, 1, "over", "year"),
            ("至少三天", 3, None, "at_least", "day"),
            ("不到一周", None, 1, "under", "week"),
            ("两年零三个月", 27, 27, "exact", "month"),
            ("一个半月", 1.5, 1.5, "exact", "month"),
            ("三四年", 3, 4, "range", "year"),
            # each end with its unit: one span (建议判处有期徒刑15年至16年), not two terms
            ("15年至16年", 15, 16, "range", "year"),
            ("3天到5天", 3, 5, "range", "day"),
            (
                "续约五年",
                5,
                5,
                "exact",
                "year",
            ),  # 约 ends a word (续约, 签约): a renewal for five years, not about five
        ]
    ),
)
def test_durations(raw, low, high, bound, unit):
    text = norm(raw)
    found = list(DURATIONS.find(text, CTX))
    assert len(found) == 1, found
    v = found[0].value
    assert (v.low, v.high, v.bound, v.unit) == (low, high, Bound(bound), TimeUnit(unit))
    assert found[0].kind == Kind.duration


@pytest.mark.parametrize(
    "raw",
    [
        "2018年",
        "2025年",
        "今年",
        "第三年",
        "每年",
        "年底",
        "21年上半年",
        "二〇一八年",
        "10月",
        "5日",
        "两年前",
        "三周后",
        "3周年",
        "60周岁",  # an age, not sixty weeks
        "90年代",
        "上半年",
        "一年级",
        "令和6年能登半岛地震",  # an era's year (Japan's), not six years
        "平成31年",
    ],
)
def test_not_durations(raw):
    assert list(DURATIONS.find(norm(raw), CTX)) == []


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2019 年加入 OpenAI 时,公司约有 20 人", "2019"),
        ("2025年1月,用户超过3亿", "2025-01"),
        ("2025年1月5日发布", "2025-01-05"),
        ("去年营收翻倍", "2024"),
        ("当时公司约有 30 人", None),
        ("那时还很小", None),
        ("目前有300人", None),
        ("现在有300人", None),
        ("截至6月26日，共有26个省区市受灾", "2025-06-26"),
        # a range's end (1至8月) is no date a count holds at: the years before the figures date them
        ("2022年至2026年共29例，占35.4%，去年病例集中於1至8月", "2022-01-01/2026-12-31"),
    ],
)
def test_sentence_time(raw, expected):
    time = sentence_time(norm(raw), REF)
    assert (None if time is None else str(time)) == expected


# --- peer sample (tests/data/peer_sample_dates.jsonl, rows keep their `source`) ---------


def _sample(kind: str) -> list[dict]:
    rows = [json.loads(line) for line in SAMPLE.read_text("utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["kind"] in kind.split("|")]


def _date_ok(row: dict) -> bool:
    spans = find_dates(norm(row["input"]), date.fromisoformat(row["reference"]))
    if not spans:
        return False
    v = max(spans, key=lambda s: s.end - s.start).value
    n = {"day": 10, "month": 7, "season": 7, "quarter": 7, "year": 4, "decade": 4}[v.granularity.value]
    for start, end in row["expect"]:
        if row["kind"] == "date":
            if v.start == v.end == start:
                return True
            continue
        minus = (date.fromisoformat(end) - timedelta(days=1)).isoformat()
        if v.start[:n] == start[:n] and v.end[:n] in (end[:n], minus[:n]):
            return True
    return False


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2592000, "year": 31536000}


def _duration_ok(row: dict) -> bool:
    spans = find_durations(norm(row["input"]))
    if not spans:
        return False
    v = max(spans, key=lambda s: s.end - s.start).value
    if v.bound != Bound.exact:
        return False
    return abs(float(v.low) * _SECONDS[v.unit.value] - row["expect_seconds"]) <= 0.02 * row["expect_seconds"]


def test_peer_sample_has_sources():
    rows = _sample("date|date_period|duration")
    assert len(rows) >= 60 and all(r["source"] for r in rows)


@pytest.mark.parametrize("kind, threshold", [("date", 0.70), ("date_period", 0.65), ("duration", 0.55)])
def test_peer_sample_accuracy(kind, threshold):
    rows = _sample(kind)
    check = _duration_ok if kind == "duration" else _date_ok
    misses = [r["input"] for r in rows if not check(r)]
    assert 1 - len(misses) / len(rows) >= threshold, misses


# --- properties ----------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789年月日号周天前后上下去今明半初底中个几十一二两三九〇.-/到至约近内多")
    + ["星期", "季度", "民国", "世纪", "年代", " ", "小时", "分钟"]
)
_TEXT = st.one_of(st.text(max_size=60), st.lists(_ALPHABET, max_size=25).map("".join))


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_dates_never_raise_and_are_well_formed(text, published):
    for m in DATES.find(text, ExtractContext(published=published)):
        assert 0 <= m.start < m.end <= len(text)
        start, end = date.fromisoformat(m.value.start), date.fromisoformat(m.value.end)
        assert start <= end


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_durations_never_raise_and_are_well_formed(text):
    for m in DURATIONS.find(text, CTX):
        assert 0 <= m.start < m.end <= len(text)
        v = m.value
        assert v.low is None or v.high is None or v.low <= v.high


# --- periods after 每, relative periods, holidays, policies ------------------------------


def _spans(raw: str, ref: date | None = REF, prefer: str = "nearest", units: str = "rolling"):
    text = norm(raw)
    found = find_dates(text, ref, Prefer(prefer), UnitReading(units))
    return [(text[s.start : s.end], s.value.start, s.value.end) for s in found]


@pytest.mark.parametrize(
    "raw, span, low, high, bound, unit",
    both_scripts(
        [
            ("大概每1–2个月会整体梳理", "1–2个月", 1, 2, "range", "month"),
            ("他们每隔 1–2 个月,都会做一次盘点", "1–2个月", 1, 2, "range", "month"),
            ("每兩週開一次會", "两周", 2, 2, "exact", "week"),
            ("3个工作日内处理", "3个工作日内", None, 3, "at_most", "day"),
        ]
    ),
)
def test_periods_after_every(raw, span, low, high, bound, unit):
    text = norm(raw)
    got = [
        (text[d.start : d.end], d.value.low, d.value.high, d.value.bound.value, d.value.unit.value)
        for d in find_durations(text)
    ]
    assert got == [(span, low, high, bound, unit)]


@pytest.mark.parametrize("raw", ["每一天都在学", "每一年", "每年3次", "每个月"])
def test_every_is_not_a_length(raw):
    assert find_durations(norm(raw)) == []


@pytest.mark.parametrize(
    "raw, units, start, end",
    both_scripts(
        [
            ("过去十年", "rolling", "2015-12-03", "2025-12-03"),
            ("近三年", "rolling", "2022-12-03", "2025-12-03"),
            ("最近两周", "rolling", "2025-11-19", "2025-12-03"),
            ("未来两天", "calendar", "2025-12-04", "2025-12-05"),  # 未来/过去 are rolling whatever the units
            ("前1周", "rolling", "2025-11-26", "2025-12-03"),
            ("上两周", "calendar", "2025-11-17", "2025-11-30"),
            ("前两个月", "calendar", "2025-10-01", "2025-11-30"),
            ("下三个月", "calendar", "2026-01-01", "2026-03-31"),
            ("前两年", "calendar", "2023-01-01", "2024-12-31"),
        ]
    ),
)
def test_relative_periods(raw, units, start, end):
    got = _spans(raw, units=units)
    assert [(s, e) for _, s, e in got] == [(start, end)], got


@pytest.mark.parametrize("raw", both_scripts(["发布后三天", "公司成立的前两年", "过去三五年", "待了四五年后"]))
def test_relative_period_near_misses(raw):
    assert _spans(raw) == []


def test_article_keeps_the_duration_of_a_rolling_period():
    text = norm("过去两年 OpenAI 的算力")
    assert list(DATES.find(text, CTX)) == []
    assert [d.value.unit.value for d in find_durations(text)] == ["year"]
    assert _spans("过去两年") == [("过去两年", "2023-12-03", "2025-12-03")]


def test_adjacent_digits_offset_is_a_range():
    assert _spans("四五年后将") == [("四五年后", "2029-01-01", "2030-12-31")]


@pytest.mark.parametrize(
    "raw, prefer, day",
    both_scripts(
        [
            ("国庆节", "nearest", "2025-10-01"),
            ("国庆节", "future", "2026-10-01"),
            ("国庆节", "past", "2025-10-01"),
            ("圣诞节", "nearest", "2025-12-25"),
            ("聖誕節", "past", "2024-12-25"),
            ("2013年圣诞节", "past", "2013-12-25"),
            ("明年元旦", "past", "2026-01-01"),
            ("母亲节", "nearest", "2025-05-11"),
            ("感恩節", "nearest", "2025-11-27"),
            ("周二", "nearest", "2025-12-02"),
            ("週二", "future", "2025-12-09"),
            ("周二", "past", "2025-12-02"),
            ("周三", "future", "2025-12-10"),
            ("周三", "past", "2025-12-03"),
            ("11月30日(周日)", "future", "2025-11-30"),
            ("11月30日(週日)", "nearest", "2025-11-30"),
        ]
    ),
)
def test_policies(raw, prefer, day):
    got = _spans(raw, prefer=prefer)
    assert [(s, e) for _, s, e in got] == [(day, day)], got


@pytest.mark.parametrize(
    "raw", both_scripts(["梨泰院万圣节活动发生踩踏", "许多人穿着万圣节服装", "圣诞派对上有200人", "双十一促销"])
)
def test_a_holiday_naming_its_festivities_dates_nothing(raw):
    assert _spans(raw) == []


@pytest.mark.parametrize("raw", both_scripts(["万圣节当天", "万圣节前夕", "国庆庆典上", "今年万圣节，"]))
def test_a_holiday_said_of_its_day_still_dates(raw):
    assert len(_spans(raw)) == 1


@pytest.mark.parametrize("raw", ["五一", "十一个", "国庆节目"])
def test_holiday_near_misses(raw):
    assert all(s != e or s[5:] not in ("05-01", "10-01") for _, s, e in _spans(raw))


@pytest.mark.parametrize(
    "raw, start, end",
    both_scripts(
        [
            ("3/3/2015", "2015-03-03", "2015-03-03"),
            ("13.5.2015", "2015-05-13", "2015-05-13"),
            ("10/31/74", "1974-10-31", "1974-10-31"),
            ("2010 01 29", "2010-01-29", "2010-01-29"),
            ("2010年之后2018年之前", "2010-01-01", "2017-12-31"),
            ("上半月", "2025-12-01", "2025-12-15"),
            ("下半周", "2025-12-04", "2025-12-07"),
            ("上个半年", "2025-01-01", "2025-06-30"),
            ("2025年5月最后一个周日", "2025-05-25", "2025-05-25"),
            ("十月的第一個星期一", "2025-10-06", "2025-10-06"),
        ]
    ),
)
def test_more_date_forms(raw, start, end):
    got = _spans(raw)
    assert [(s, e) for _, s, e in got] == [(start, end)], got


@pytest.mark.parametrize("raw", ["1/2/2020", "3-7-2017", "3/5", "读10/20/30篇论文", "1.5.3版本"])
def test_ambiguous_numeric_dates_are_skipped(raw):
    assert _spans(raw) == []


def test_this_year_is_reported_not_claimed():
    text = norm("这一年")
    (span,) = find_dates(text, REF)
    assert (span.value.start, span.value.end) == ("2025-01-01", "2025-12-31") and span.score < 0.5


def test_a_sentence_read_again_in_another_article_counts_from_that_articles_date():
    """Sentences' mentions are cached (claims.pipeline.sentence_mentions): the cache key
    holds what the recognizers may know, so a reprinted sentence is read afresh."""
    text = "昨天，该县有12人受伤。"
    first = extract_text(text, published="2020-06-12")
    again = extract_text(text, published="2021-03-02")
    assert [c.value.start for c in first if c.kind.value == "date"] == ["2020-06-11"]
    assert [c.value.start for c in again if c.kind.value == "date"] == ["2021-03-01"]


def test_a_text_without_its_own_date_reads_year_less_dates_as_of_the_story(tmp_path):
    """A text pasted without its dateline, among dated reports of one story: its 3月30日 is
    the story's 3月30日 (reports.pipeline.dated_by_the_story); 今天 still says nothing."""
    from reports.pipeline import extract_paths

    (tmp_path / "a.txt").write_text("---\npublished: 2020-04-02\n---\n3月30日11时40分许，列车脱轨，造成1人死亡。\n")
    (tmp_path / "b.txt").write_text("3月30日中午，列车脱轨，造成1人死亡。今天，铁路部门表示，30日晚线路恢复。\n")
    extractions, _, warnings = extract_paths([tmp_path])
    undated = next(e for e in extractions if e.source.id == "b")
    dates = {c.text: c.value.start for c in undated.claims if c.kind is Kind.date}
    assert dates == {"3月30日中午": "2020-03-30", "30日": "2020-03-30"}  # no 今天: its own day is unknown
    assert undated.source.published is None
    assert any("b.txt" in w and "2020-04-02" in w for w in warnings)


def test_a_count_since_a_year_holds_now():
    # 继2006年之后第二次: a count from 2006 until the report, not 2006's (FIELD18 cup: a title count showed 2006)
    text = "这是中国女足第四次夺得亚洲杯冠军，也是继2006年之后第二次在印度夺冠。"
    assert str(sentence_time(text, date(2022, 2, 13))) == "2022-02-13"
    # 自…以来 with a long clause between (FIELD19 p5a: 297 vs 318 both dated 6月11日 clashed)
    since = "自6月11日新发地批发市场发生疫情以来，北京累计报告本地确诊病例297例。"
    assert str(sentence_time(since, date(2020, 6, 27))) == "2020-06-27"
    rule = "自6月11日起，北京实行新规。"  # no 以来: the day itself
    assert str(sentence_time(rule, date(2020, 6, 27))) == "2020-06-11"
    # a year and 来 is since then; the verb 来 is no since (2014年来到中国)
    worst = "这是2014年来最严重的平民死伤事件，已有149人死亡。"
    assert str(sentence_time(worst, date(2022, 10, 30))) == "2022-10-30"
    night = "29日晚间的踩踏是2014年来最严重的事故，已有149人死亡。"
    assert str(sentence_time(night, date(2022, 10, 30))) == "2022-10-29"
    assert str(sentence_time("2020年来，全国累计完成投资3万亿元。", date(2022, 10, 30))) == "2022-10-30"
    assert str(sentence_time("他2014年来到中国，已培训300人。", date(2022, 10, 30))) == "2014"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("全国人口共141178万人，与2010年第六次人口普查相比，增加7206万人", None),  # the baseline's year
        ("中国总人口为141178万人，同2010年第六次全国人口普查数据相比，增加7206万人", None),
        ("2020年全国人口比2010年增加7206万人", "2020"),
        ("和2019年同期相比增长5%", None),
        ("2019年和2020年的营收均超过百亿", "2019"),  # 和 joins two years: no comparison
        ("蔡英文以817万余票当选，突破马英九在2008年创下的765万余票。", None),  # a record's year
        ("突破马英九在2008年创下的", "2008"),  # the clause before the record's own figure
        ("相较于2024年同期的", "2024"),  # the baseline's own figure follows
    ],
)
def test_a_year_a_clause_compares_with_is_not_its_time(text, time):
    found = sentence_time(text, date(2021, 5, 11))
    assert (str(found) if found else None) == time


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("分季度看，一季度同比增长4.5%，四季度增长5.2%。", date(2024, 1, 17), ["2023-01-01", "2023-10-01"]),
        ("一季度营收增长10%。", date(2024, 4, 20), ["2024-01-01"]),  # over by then: this year's
        ("预计一季度营收增长10%。", date(2024, 2, 20), ["2024-01-01"]),  # looking ahead: this year's
        ("公司计划下半年推出两款新车。", date(2024, 4, 2), ["2024-07-01"]),  # ahead, not yet begun: this year's
        ("上半年营收增长10%。", date(2024, 3, 20), ["2023-01-01"]),  # not over: last year's figures
        ("公司连续三季度增长。", date(2024, 3, 20), []),  # three quarters in a row, no quarter
        ("前三季度增长5.2%。", date(2024, 3, 20), []),
    ],
)
def test_a_quarter_told_plain_is_last_years_until_it_is_over(text, published, start):
    assert [d.value.start for d in find_dates(text, published)] == start


def test_that_day_dates_a_paragraphs_figures_and_a_comparisons_base_is_no_date():
    text = "1月24日0—24时，全省报告新增确诊病例45例。\n\n当日新增治愈出院病例183例，重症病例较前一日减少2例。\n"
    claims = extract_text(text, published="2022-01-25")
    cured = next(c for c in claims if c.text == "183例")
    assert str(cured.as_of) == "2022-01-24"  # 当日: the day the paragraph before dated
    assert [c.text for c in claims if c.kind is Kind.date] == ["1月24日", "当日"]  # 较前一日 is a comparison's base
    assert [c.text for c in extract_text("销量比去年同期增长5%。", published="2022-01-25") if c.kind is Kind.date] == []


def test_the_story_date_is_the_middle_one_and_a_day_alone_takes_none(tmp_path):
    """A follow-up two years on does not move the story's date; 24日 alone has no month to
    read from it."""
    from reports.pipeline import extract_paths

    for name, day in (("a", "2020-04-02"), ("b", "2020-04-03"), ("c", "2022-04-01")):
        (tmp_path / f"{name}.txt").write_text(f"---\npublished: {day}\n---\n列车脱轨，造成1人死亡。\n")
    (tmp_path / "d.txt").write_text("24日新增病例14例。\n\n3月30日中午，列车脱轨，造成1人死亡。\n")
    extractions, _, _ = extract_paths([tmp_path])
    undated = next(e for e in extractions if e.source.id == "d")
    assert {c.text: c.value.start for c in undated.claims if c.kind is Kind.date} == {"3月30日中午": "2020-03-30"}


def test_an_undated_source_naming_no_month_is_not_read_again(tmp_path, monkeypatch):
    """Reading a source again costs its extraction: only one naming a month without its year is."""
    import reports.pipeline as pipeline

    (tmp_path / "a.txt").write_text("---\npublished: 2020-04-02\n---\n3月30日，列车脱轨，造成1人死亡。\n")
    (tmp_path / "b.txt").write_text("列车脱轨，造成1人死亡，12个月后线路才恢复。\n")
    extractions, _, _ = pipeline.extract_paths([tmp_path])
    read_again = []
    monkeypatch.setattr(pipeline, "extract_document", lambda doc: read_again.append(doc) or None)
    pipeline.dated_by_the_story(extractions)
    assert read_again == []


def test_last_night_and_tonight_count_from_the_day_of_publication_not_from_the_story():
    """截至昨晚23时 in a report of 6-03 about 6-01 is 6-02 at 23:00: 昨 is deictic, and 晚 reads
    the clock (晚11点 is 23:00); 至今早已 (long since) dates nothing."""

    def read(text: str) -> list[tuple[str, str, str | None]]:
        spans = find_dates(text, date(2015, 6, 3), anchor=date(2015, 6, 1))
        return [(text[s.start : s.end], s.value.start, s.value.time) for s in spans]

    assert read("截至昨晚23时，共计19人被救出") == [("昨晚23时", "2015-06-02", "23:00/23:59")]
    assert read("截至今晚10时，总票房达80.4亿") == [("今晚10时", "2015-06-03", "22:00/22:59")]
    assert read("这里至今早已无人居住") == []


def test_a_tally_day_on_a_named_clock_is_the_time_of_the_figures():
    """截至北京时间20日上午 is the day the toll holds at, as 截至20日上午 is, not the quake's night before."""
    quake = "积石山县在12月18日深夜发生6.2级地震，截至北京时间20日上午，地震已致甘肃113人死亡。"
    assert str(sentence_time(quake, date(2023, 12, 21)).simplest()) == "2023-12-20"
    assert str(sentence_time(quake.replace("北京时间", ""), date(2023, 12, 21)).simplest()) == "2023-12-20"


def test_a_counts_hour_with_no_day_is_the_reports_day_and_dates_the_figures():
    """截至14时, 截至晚上6时, 截至当天14时 (no day named before): the hour a count holds at on the
    report's day, which dates the sentence's figures; an hour alone after no 截至 dates nothing."""

    def read(text: str) -> list[tuple[str, str, str | None]]:
        return [(text[s.start : s.end], s.value.start, s.value.time) for s in find_dates(text, date(2021, 6, 13))]

    assert read("截至14时，已搜救出150人。") == [("14时", "2021-06-13", "14:00/14:59")]
    assert read("截至当天14时，已搜救出150人，其中12人死亡。") == [("14时", "2021-06-13", "14:00/14:59")]
    assert read("截至晚上6时，初步统计有57人失联。") == [("晚上6时", "2021-06-13", "18:00/18:59")]
    assert read("他说这两点很重要。") == []
    assert read("会议14时开始。") == []  # no count's hour, no day: nothing
    toll = "截至当天14时，已搜救出150人，其中12人死亡。"
    assert str(sentence_time(toll, date(2021, 6, 13)).simplest()) == "2021-06-13"


def test_a_bare_evening_after_a_day_ends_its_clause():
    """6月10日晚，… is that evening (17:00-23:59), as 6月10日晚上 is; 晚些时候 and 晚会 are no part of a day."""

    def read(text: str) -> list[tuple[str, str | None]]:
        return [(text[s.start : s.end], s.value.time) for s in find_dates(text, date(2022, 6, 12))]

    assert read("事件发生后，6月10日晚，市委书记主持会议") == [("6月10日晚", "17:00/23:59")]
    assert read("6月10日晚上，市委书记主持会议") == [("6月10日晚上", "17:00/23:59")]
    assert read("6月10日晚些时候，他主持会议") == [("6月10日", None)]
    assert read("6月10日晚会上，他发言") == [("6月10日", None)]


def test_a_month_of_the_year_the_sentence_named_before():
    """当年6月, 同年7月, 次年3月 are months of the year stated before them in the sentence;
    with no year before them they date nothing (not a month of the day of publication)."""

    def read(text: str) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.value.start) for s in find_dates(text, date(2020, 3, 8))]

    assert read("该楼建于2013年，2018年改造为酒店，并于当年6月开业")[-1] == ("当年6月", "2018-06-01")
    assert read("1998年6月起，她与董某共同生活，同年7月生下大儿子")[-1] == ("同年7月", "1998-07-01")
    assert read("他2015年毕业，次年3月入职")[-1] == ("次年3月", "2016-03-01")
    assert read("同年7月生下大儿子") == []
    # with no year before it in its sentence, the year of the date an earlier sentence told (the anchor)
    told = "同年12月5日，法院以故意伤害罪判处王某有期徒刑七年"
    assert [s.value.start for s in find_dates(told, date(2019, 7, 17), anchor=date(1996, 8, 27))] == ["1996-12-05"]


def test_an_undated_text_reads_its_year_less_dates_near_the_other_sources_date():
    """The other sources' median date is only near an undated text's own day: a date a little
    more than a dated text's slack after it is still this story's (HINT_SLACK_DAYS), one months
    after it is the year before (news reports what happened)."""

    def read(text: str, hint: date) -> list[str]:
        return [s.value.start for s in find_dates(text, None, year_hint=hint)]

    assert read("7月17日，张扣扣被执行死刑。", date(2019, 4, 14)) == ["2019-07-17"]  # 94 days on
    assert read("他在5月份接受《自然》杂志采访。", date(2025, 12, 3)) == ["2025-05-01"]  # not 2026-05


def test_a_year_less_date_continues_from_the_date_its_sentence_told_before():
    """A reader takes 2019年3月5日被捕，8月被判刑 as August 2019: a year-less date continues the
    date told before it in its sentence (in its year, or the next when nearer: 去年12月28日…1月3日),
    not the day of publication nor a year an earlier sentence told; so does the figure of its clause."""

    def read(text: str, published: date, anchor: date | None = None) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.value.start) for s in find_dates(text, published, anchor=anchor)]

    assert read("2019年3月5日他被捕，8日获释，8月被判刑，12月出狱", date(2024, 1, 5))[1:] == [
        ("8日", "2019-03-08"),
        ("8月", "2019-08-01"),
        ("12月", "2019-12-01"),
    ]
    # a day alone takes the month told before it, on or after it (not June 28, nearer than the slack allows)
    assert read("7月16日以来，截至28日12时，遇难人数已增至73人", date(2021, 7, 29))[-1] == ("28日12时", "2021-07-28")
    assert read("3月25日被捕，2日获释", date(2021, 7, 29))[-1] == ("2日", "2021-04-02")
    # a year told alone: 2023年1—5月 (not the year of a 6月19日 misread from an old anchor; the months from
    # January, one span); not 自2019年以来
    assert read("6月19日发布2023年1—5月情况，1—5月共发生事故106起", date(2023, 6, 21), date(2023, 2, 23))[-1] == (
        "1—5月",
        "2023-01-01",
    )
    assert read("自2019年以来，已有300人受灾，8月又有20人", date(2024, 1, 5))[-1] == ("8月", "2023-08-01")
    assert read("去年12月28日发生事故，1月3日死亡人数升至12人", date(2024, 1, 5), date(2019, 6, 1))[-1] == (
        "1月3日",
        "2024-01-03",
    )
    term = next(
        c for c in extract_text("2019年3月5日他被捕，8月被判处有期徒刑3年。", published="2024-01-05") if c.text == "3年"
    )
    assert str(term.as_of) == "2019-08"


def test_a_figure_of_this_occasion_is_not_dated_by_the_record_it_is_compared_with():
    """上一次获得38金还是在9年前的伦敦奥运会，但中国队此次获得的32枚银牌: this Games' silvers as the report
    stands, not 9年前's; 以32枚金牌追平了在2004年雅典奥运会上获得的金牌总数: the day's count, not 2004's.
    此次 of a running count told up to a tally keeps the tally's day."""

    def as_of(text: str, figure: str) -> str | None:
        claim = next(c for c in extract_text(text, published="2021-08-08") if c.text == figure)
        return None if claim.as_of is None else str(claim.as_of)

    rival = "上一次获得38金还是在9年前的伦敦奥运会，但中国队此次获得的32枚银牌已超过了伦敦的31枚银牌。"
    assert as_of(rival, "32枚") == "2021-08-08"
    assert as_of("8月3日，中国队再进3金，以32枚金牌追平了在2004年雅典奥运会上获得的金牌总数。", "32枚") == "2021-08-03"
    toll = "截至8月2日12时，全省共有150个县受灾。此次灾害共造成302人遇难。"
    assert as_of(toll, "302人") == "2021-08-02"


def test_a_toll_risen_so_far_holds_as_the_report_stands_not_on_the_day_of_the_disaster():
    """宏福苑2月26日发生火灾，死亡人数增加至159人 (a report of 3-01): 159 is the toll as it stands, not the
    fire day's; a toll told plainly (2月26日发生火灾，造成12人死亡) keeps the day."""

    def as_of(text: str, figure: str) -> str:
        claim = next(c for c in extract_text(text, published="2025-03-01") if c.text == figure)
        return str(claim.as_of)

    assert as_of("宏福苑2月26日发生火灾，死亡人数增加至159人。", "159人") == "2025-03-01"
    assert as_of("宏福苑2月26日发生火灾，造成12人死亡。", "12人") == "2025-02-26"


def test_a_month_range_written_with_one_month_word_is_one_span():
    """2024年1—8月, 今年1至8月: the months from January to August of that year, one date, not the year and
    August apart (a report's 今年1至8月…成交4.9万套 covers eight months)."""

    def spans(text: str) -> list[tuple[str, str, str]]:
        found = extract_text(text, published="2024-09-20")
        return [(c.text, c.value.start, c.value.end) for c in found if c.kind is Kind.date]

    assert spans("2024年1—8月，全市新建商品住房成交4.9万套。") == [("2024年1—8月", "2024-01-01", "2024-08-31")]
    assert spans("今年1至8月，全市新建商品住房成交4.9万套。") == [("今年1至8月", "2024-01-01", "2024-08-31")]
    assert spans("3月，全市成交4.9万套。") == [("3月", "2024-03-01", "2024-03-31")]


def test_a_year_opening_its_sentence_dates_its_year_less_quarters():
    """回顾2025年，二季度GDP同比增长5.2%: 2025's second quarter in a 2026 release, as a reader reads it; a quarter
    with no year before it is the release's year's."""

    def dates(text: str) -> dict[str, str]:
        found = extract_text(text, published="2026-07-15")
        return {c.text: c.value.start for c in found if c.kind is Kind.date}

    assert dates("回顾2025年，二季度GDP同比增长5.2%。")["二季度"] == "2025-04-01"
    assert dates("2025年，上半年GDP同比增长5.3%。")["上半年"] == "2025-01-01"
    assert dates("二季度GDP同比增长5.0%。")["二季度"] == "2026-04-01"


def test_this_month_and_a_weekday_day_are_of_the_writing_not_of_the_story_date():
    """本月 is the writer's month as 今年 is the writer's year: not the month a tally before it dated
    (截至今年6月底…。公司另於本月初公布 in a release of 8月22日: August). A day alone with its weekday
    (周二（20日）) is the 20th that is a Tuesday: in the month the story was at when that one is
    (3月18日…周二（19日）), else in a month near the writing, not the same month a year before."""

    def dates(text: str, published: str) -> dict[str, str]:
        return {c.text: c.value.start for c in extract_text(text, published=published) if c.kind is Kind.date}

    release = "截至今年6月底，集團持有現金412億元。\n公司另於本月初公布，7月交付新車2.31萬輛。港股昨日（21日）收市。預託證券於周二（20日）收市升9.1%。"
    got = dates(release, "2024-08-22")
    assert got["本月初"] == "2024-08-01"
    assert got["周二（20日"] == "2024-08-20"
    assert dates("3月18日，法院开庭。周二（19日），法院宣判。", "2024-08-22")["周二（19日"] == "2024-03-19"


def test_this_year_ends_the_year_an_earlier_sentence_told(tmp_path):
    """今年, 去年, 本月 tell of the writer's now: year-less dates after them (in the sentence and
    the next ones) read from publication, not from the 1993 of a sentence before; in a text with
    no date of its own, from the other sources' date (FIELD7's 张玉环: 8月4日 was read as 1993).
    A compared year (比去年同期) or an age (今年58岁的) tells of no now."""

    def dates(text: str, published: str) -> dict[str, str]:
        return {c.text: c.value.start for c in extract_text(text, published=published) if c.kind is Kind.date}

    told = "1993年10月，该村发生一起杀童案。"
    assert dates(told + "直到今年7月9日开庭，8月4日宣判。", "2020-10-30")["8月4日"] == "2020-08-04"
    assert dates(told + "今年，张某申请再审。8月4日，法院宣判。", "2020-10-30")["8月4日"] == "2020-08-04"
    assert dates(told + "今年58岁的张某说，10月27日他在家。", "2020-12-30")["10月27日"] == "1993-10-27"
    assert dates(told + "销量比去年同期增长5%。10月27日他在家。", "2020-12-30")["10月27日"] == "1993-10-27"
    from reports.pipeline import extract_paths

    (tmp_path / "a.txt").write_text("---\npublished: 2020-09-02\n---\n张某申请国家赔偿。\n")
    (tmp_path / "b.txt").write_text(told + "直到今年7月9日，法院开庭再审。8月4日下午，法院宣判。\n")
    extractions, _, _ = extract_paths([tmp_path])
    undated = next(e for e in extractions if e.source.id == "b")
    assert {c.text: c.value.start for c in undated.claims if c.kind is Kind.date}["8月4日下午"] == "2020-08-04"


def test_a_date_of_birth_dates_no_figure_beside_it():
    """1990年5月出生 dates the birth: the sentence's term and fine hold at no 1990, and a later
    sentence's 8月4日 is no August of 1985; a count of births (2020年出生人口) keeps its year."""

    def as_of(text: str, published: str = "2020-10-30") -> dict[str, str | None]:
        return {c.text: c.as_of and str(c.as_of) for c in extract_text(text, published=published)}

    assert as_of("被告人张某，1990年5月出生，被判处有期徒刑3年，罚款5万元。") == {
        "1990年5月": None,
        "3年": None,
        "5万元": None,
    }
    assert as_of("该女子出生日期是“1976年6月”，她共生育8个孩子。")["8个"] is None
    assert as_of("张某（1985年生）现年37岁，名下有3套房产。")["37岁"] == "2020-10-30"  # 现年: the writing's, no 1985
    assert as_of("张某，男，1985年3月出生，无业。8月4日，他被警方抓获，涉案金额50万元。")["50万元"] == "2020-08-04"
    assert as_of("2020年出生人口1200万。")["出生人口1200万"] == "2020"
    assert as_of("2019年生产汽车5万辆。")["5万辆"] == "2019"
    assert as_of("火灾发生于2023年4月18日，造成29人死亡。")["29人"] == "2023-04-18"  # 发生于: no birth


def test_a_sentence_opening_with_a_comparison_is_not_dated_by_the_year_compared_with():
    """与2010年相比，…比重上升1.35个百分点 is a change up to the census, not a figure of 2010 (FIELD7's
    census); 比赛于…开幕 opens with no comparison."""

    def as_of(text: str) -> dict[str, str | None]:
        return {c.text: c.as_of and str(c.as_of) for c in extract_text(text, published="2021-05-11")}

    assert as_of("与2010年相比，0—14岁人口的比重上升1.35个百分点。")["1.35个百分点"] is None
    assert as_of("比赛于2024年7月26日开幕，共有206个代表团参赛。")["206个代表"] == "2024-07-26"


def test_a_later_clause_naming_other_periods_does_not_date_the_figure():
    """…毛利率为12.9%，而2019年第三季度和2020年第二季度的毛利率分别为… names the periods of the figures
    compared with, and …1181.8万人次，是2019年同期的85.1% a share of another year: in an undated text
    neither year is the figure's (FIELD12's nio25 and gq24 read 12.9% and 1181.8万 as of 2019)."""

    def as_of(text: str) -> dict[str, str | None]:
        return {c.text: c.as_of and str(c.as_of) for c in extract_text(text)}

    margins = as_of("该公司第三季度的综合毛利率为12.9%，而2019年第三季度和2020年第二季度的毛利率分别为负12.1%和8.4%。")
    assert margins["12.9%"] is None and margins["负12.1%"] == "2019-07-01/2019-09-30"
    assert as_of("今年国庆假期全国边检机关共查验出入境人员1181.8万人次，是2019年同期的85.1%。")["1181.8万人次"] is None
    assert as_of("今年国庆假期共接待游客8.26亿人次，恢复至2019年同期水平。")["游客8.26亿"] is None
    assert as_of("2019年第三季度的综合毛利率为12.9%。")["12.9%"] == "2019-07-01/2019-09-30"  # its own period
    # an undated report that named its quarter's last day two paragraphs before: that year's quarter
    report = "蔚来汽车发布了截至2020年9月30日的2020年第三季度财报。\n\n第三季度，营收为45.26亿元。\n\n" + (
        "该公司第三季度的综合毛利率为12.9%，而2019年第三季度和2020年第二季度的毛利率分别为负12.1%和8.4%。"
    )
    assert as_of(report)["12.9%"] == "2020-07-01/2020-09-30"
    # 相较于2024年同期的20.9%: the year compared with, not the undated 今年's
    margin = as_of("今年第三季度，车辆毛利率为15.5%，相较于2024年同期的20.9%，呈现显著下滑趋势。")
    assert margin["15.5%"] is None and margin["20.9%"] == "2024"


def test_clauses_cut_at_semicolons_and_a_paragraph_opening_with_qizhong_carry_the_time():
    """A sentence without a time takes one stated up to TIME_CARRY sentences before it: clauses cut
    at a semicolon are one sentence (…其中，内地居民…；港澳台居民…；外国人…。共计查验…57.4万架), and a
    paragraph opening with 其中 goes on from the one before it (FIELD12's gq24: the 2024 and 2025
    holidays' undated 57.4万架 and 74.4万架 clashed)."""

    def as_of(text: str) -> dict[str, str | None]:
        return {c.text: c.as_of and str(c.as_of) for c in extract_text(text, published="2024-10-08")}

    listed = as_of(
        "今年国庆节期间全国边检机关共计保障1309.8万人次中外人员出入境。其中，内地居民出入境758.9万人次；"
        "港澳台居民449.4万人次；外国人101.4万人次。共计查验出入境交通运输工具57.4万架次。"
    )
    assert listed["1309.8万人次"] is not None and listed["57.4万架次"] == listed["1309.8万人次"]
    below = as_of("今年国庆节期间全国边检机关共计保障1309.8万人次中外人员出入境。\n\n其中，内地居民出入境758.9万人次。")
    assert below["758.9万人次"] == below["1309.8万人次"] is not None
    apart = as_of("今年国庆节期间全国边检机关共计保障1309.8万人次中外人员出入境。\n\n内地居民出入境758.9万人次。")
    assert apart["758.9万人次"] is None  # another paragraph, not opened by 其中


def test_a_date_after_the_story_anchor_may_fall_up_to_the_day_of_publication():
    """A report of 2023-06-21 that told of 2月22日 and then of 6月19日 means that June (the story went
    on until it was written), not the June before (FIELD7's 阿拉善, 116 days after the anchor); a
    report of 3-01 still reads 6月19日 as the June before."""
    text = "另外，应急管理厅6月19日发布通报"
    assert [s.value.start for s in find_dates(text, date(2023, 6, 21), anchor=date(2023, 2, 22))] == ["2023-06-19"]
    assert [s.value.start for s in find_dates(text, date(2023, 3, 1), anchor=date(2023, 2, 22))] == ["2022-06-19"]


def test_date_values_are_cached_by_what_they_read():
    from claims.values.date_resolution import date_value, whole_number

    day = (date(2024, 5, 1), date(2024, 5, 1))
    absolute = date_value(day, Granularity.day, "2024年5月1日", date(2024, 6, 1), False)
    assert absolute is date_value(day, Granularity.day, "2024年5月1日", date(2023, 1, 1), False)  # its reference unread
    assert absolute.relative is False and absolute.start == absolute.end == "2024-05-01"
    # a relative date holds its own expression and reference, whatever was asked before
    first = date_value(day, Granularity.day, "5月1日", date(2024, 6, 1), True)
    second = date_value(day, Granularity.day, "五一", date(2024, 7, 1), True)
    assert (first.relative.expr, first.relative.reference) == ("5月1日", "2024-06-01")
    assert (second.relative.expr, second.relative.reference) == ("五一", "2024-07-01")
    assert date_value((date(2024, 5, 2), date(2024, 5, 1)), Granularity.day, "x", None, False) is None
    assert [whole_number(t) for t in ("十二", "12", "十二", "1.5", "", None)] == [12, 12, 12, None, None, None]


def test_a_weekday_that_opens_a_titled_name_is_no_date():
    text, m = one_date("警务处处长周一鸣今日公布")
    assert m is not None and text[m.start : m.end] == "今日"
    assert one_date("周一鸣：死亡人数增至161人")[1] is None  # a headline's speaker
    assert one_date("周一晚：死亡人数增至161人")[1] is not None  # Monday evening


def test_a_paper_named_with_a_weekend_is_no_date():
    # 南方周末 (Southern Weekly) and 周末画报 are papers: their name dates nothing, and the figure beside it holds no weekend
    papers = (
        "南方周末记者王瑞锋发表了文章",
        "据《南方周末》报道，该村有300人",
        "据南方周末报道，该村有300人",
        "。周末画报称",
    )
    for text in papers:
        assert one_date(text)[1] is None, text
        claims = extract_text(text, published="2018-01-19")
        assert not [c for c in claims if c.kind is Kind.date], text
        assert all(c.as_of is None for c in claims), text
    # a weekend told as one stays one, whatever press word follows
    for text in ("本周末将有大雨", "这个周末记者来到村里", "。周末记者来到村里", "他在周末发表了文章"):
        m = one_date(text, ExtractContext(published=date(2018, 1, 19)))[1]
        assert m is not None and m.value.start == "2018-01-20", text


def test_a_relative_date_in_a_title_or_an_apps_name_dates_nothing():
    # a work's or an app's name (今日头条, 《今日说法》, 《明天会更好》) is no day counted from publication
    ctx = ExtractContext(published=date(2019, 12, 2))
    for text in (
        "这篇文章发表在今日头条上",
        "央视《今日说法》栏目报道了此案",
        "他唱了《明天会更好》",
        "原文来自「今日头条」",
    ):
        assert one_date(text, ctx)[1] is None, text
    # a relative day outside the title's marks, or with none, is one
    for text in ("《人民日报》今日报道", "他今日说，此事已解决", "今日（2日）公布"):
        m = one_date(text, ctx)[1]
        assert m is not None and m.value.start == "2019-12-02", text
    # an absolute date in a title stays what it is
    m = one_date("他提到《2018年政府工作报告》", ctx)[1]
    assert m is not None and m.value.start == "2018-01-01"


def test_a_relative_days_characters_in_other_words_date_nothing():
    # 前日/后日 whose 前/后 closes a word or whose 日 opens one (目前日本, 最后日期, 今后日子), 后天 of 先天 and
    # 后天 (acquired, not the day after tomorrow), 一日 of 一日为师 (one day, not the 1st): no day
    ctx = ExtractContext(published=date(2019, 3, 26))
    for text in (
        "目前日本政府尚未回应",
        "这也是我们接受调解的最后日期",
        "今后日子还长",
        "此前日均客流为3万人次",
        "没有他的天赋，只能依靠后天努力了",
        "先天和后天的因素都有",
        "一日为师，终身为父",
        "有一日他终于忍够了",
    ):
        assert one_date(text, ctx)[1] is None, text
    # the same words where they are days stay days
    for text, day in (
        ("警方前日通报了案情", "2019-03-24"),
        ("他于后日抵达", "2019-03-28"),
        ("后天上午开庭", "2019-03-28"),
        ("他后天就走", "2019-03-28"),
        ("3月一日，他抵达北京", "2019-03-01"),
    ):
        m = one_date(text, ctx)[1]
        assert m is not None and m.value.start == day, text


@pytest.mark.parametrize(
    ("text", "dates"),
    both_scripts(
        [
            # a month, then what is no day: a trial's instance, a man (一审, 二审, 一名)
            ("2010年10月一审判决，11人获刑。", [("2010-10-01", "2010-10-31")]),
            ("2012年12月二审裁定维持原判。", [("2012-12-01", "2012-12-31")]),
            ("8月一名男子被捕。", [("2017-08-01", "2017-08-31")]),
            ("3月二十八下午，他走了。", [("2018-03-28", "2018-03-28")]),
            ("十月一放假七天。", [("2017-10-01", "2017-10-01")]),
            # the year told before a holiday's quoted number is the holiday's
            ("2008年“五一”劳动节，她最后一次回家。", [("2008-05-01", "2008-05-01")]),
            ("他说“劳动节”快到了。", [("2018-05-01", "2018-05-01")]),
            # 年年 is every year, not 下年; 前年年底 is the end of the year before last
            ("中国没理由在水利工程上留下年年都有受灾风险的短板。", []),
            ("前年年底，他离开了。", [("2016-10-01", "2016-12-31")]),
            # a habit names no day; the day a holiday fell on is one
            ("但每逢教师节、感恩节、圣诞节，他都会在群里号召。", []),
            ("每逢周末他都去，去年国庆节他去了北京。", [("2017-10-01", "2017-10-01")]),
            ("恰逢国庆节，人很多。", [("2017-10-01", "2017-10-01")]),
        ]
    ),
)
def test_what_follows_a_month_or_precedes_a_holiday_decides_the_day(text, dates):
    claims = extract_text(text, published="2018-03-30")
    assert [(c.value.start, c.value.end) for c in claims if c.kind is Kind.date] == dates


def test_a_day_quoted_words_name_is_counted_from_their_speaking():
    # “明天他就进去”: tomorrow of the call, which the page does not date; outside the marks 今天 is the page's
    for text in (
        "话中对她说，“你要不承认，明天他就进去”。",
        "「今天网络上的舆情汹汹并不是我本意」",
        "他回忆：“三天前我还见过他。”",
    ):
        assert one_date(text, ExtractContext(published=date(2018, 3, 30)))[1] is None, text
    for text in ("他今天说，“我们会继续调查”。", "他说：“2018年5月1日我到了北京。”"):
        m = one_date(text, ExtractContext(published=date(2018, 3, 30)))[1]
        assert m is not None, text


def test_a_full_dates_weekday_is_that_days():
    # 2018年11月5日（星期一）: one day told with its weekday, not the day and the next Monday
    for text in ("2018年11月5日（星期一），学生上学。", "2018年11月5日是星期一，学生正常去了学校。"):
        claims = [c for c in extract_text(text, published="2018-11-15") if c.kind is Kind.date]
        assert [(c.value.start, c.value.end) for c in claims] == [("2018-11-05", "2018-11-05")], text
    # a weekday the date does not fall on is left to say what it says
    claims = [
        c for c in extract_text("2018年11月5日（星期二），学生上学。", published="2018-11-15") if c.kind is Kind.date
    ]
    assert len(claims) == 2


def test_a_day_dated_in_full_once_is_that_day_when_told_again_without_its_year():
    """An interview of May 2019 that opened with 2018年3月26日 and, paragraphs later, says 3月26号上午 and
    3月22号 tells of that spring's days, not of the weeks before it was written, and so does 3月25号, the eve of
    the day dated in full; a day dated in two years stays read from publication, and a birth date dates no
    later 10月20日."""
    filler = "\n\n".join(["他说那段时间很忙。"] * 4)

    def days(text: str, published: str) -> dict[str, str]:
        return {c.text: c.value.start for c in extract_text(text, published=published) if c.kind is Kind.date}

    told = days(
        f"2018年3月26日，研究生陶某坠楼身亡。\n\n{filler}\n\n3月26号上午11点左右，去的医院。\n\n但在3月22号，你让他帮忙带过饭。",
        "2019-05-15",
    )
    assert told["3月26号上午11点左右"] == "2018-03-26"
    assert told["3月22号"] == "2018-03-22"  # never dated in full, but told after that day (ANCHOR_REACH)
    both = days(
        f"2018年3月26日，陶某坠楼。2019年3月26日，家人祭奠。\n\n{filler}\n\n3月26号上午，去的医院。", "2019-05-15"
    )
    assert both["3月26号上午"] == "2019-03-26"
    birth = days(f"1994年10月20日出生的汤某。\n\n{filler}\n\n10月20日，法院作出判决。", "2018-01-19")
    assert birth["10月20日"] == "2017-10-20"
    own = days(f"2018年3月26日，陶某坠楼。\n\n{filler}\n\n今年3月26日，家人祭奠。", "2019-05-15")
    assert own["今年3月26日"] == "2019-03-26"  # the sentence names its year
    # a day within NEAR_DAYS of the one dated in full, first told paragraphs later, is of its year; one near
    # days dated in two years is read from publication
    eve = days(f"2018年3月26日，陶某坠楼。\n\n{filler}\n\n3月25号，你们一起踢球的时候，他情绪怎么样？", "2019-05-15")
    assert eve["3月25号"] == "2018-03-25"
    two = days(f"2018年3月26日，陶某坠楼。2019年3月28日，双方调解。\n\n{filler}\n\n3月25号，他去踢球。", "2019-05-15")
    assert two["3月25号"] == "2019-03-25"


def test_a_bare_clock_after_an_afternoons_is_that_afternoons():
    """当天下午3点14分，…。3点42分的时候，我接到电话 … 九点多，才见到遗体: 15:42 and the evening, not the small
    hours; a part of the day told (早上7点), another day, or an hour before the afternoon's (晚上10点 … 1点) stays
    as told, as does a bare clock with no afternoon before it."""

    def times(text: str) -> dict[str, str | None]:
        return {c.text: c.value.time for c in extract_text(text, published="2020-06-12") if c.kind is Kind.date}

    told = times(
        "6月4日下午3点14分，缪缪出事了。\n\n3点42分的时候，我还在上班。\n\n我们被盘问了三个小时，九点多的时候，才见到遗体。"
    )
    assert told["3点42分"] == "15:42" and told["九点多"] == "21:00/21:59"
    assert times("6月4日晚上10点，他回到宿舍。\n\n1点30分，他打来电话。")["1点30分"] == "01:30"
    assert times("6月4日下午3点，他出门。\n\n6月5日早上7点，他回来。\n\n8点30分，他吃了早饭。")["8点30分"] == "08:30"
    assert times("6月4日3点42分，我接到电话。")["6月4日3点42分"] == "03:42"


def test_a_later_offset_with_no_date_told_before_counts_from_no_day_the_page_dates():
    """而更多人知道这件事，是四天后 and 事发六天后，他看到了报道 in a page of 2018-04-12 that dated nothing before are four
    and six days after what it tells, not days after the page; what the page looks ahead to (将于三天后, 如果5年后)
    still counts from its day, an offset after a date it told from that date, and 三天前 from the page."""

    def days(text: str) -> dict[str, str]:
        return {c.text: c.value.start for c in extract_text(text, published="2018-04-12") if c.kind is Kind.date}

    assert days("而更多人知道这件事，是四天后，姐姐发微博公布聊天记录。") == {}
    assert days("校友周蔚在事发六天后看到了媒体报道。") == {}
    assert days("十年后再回首，他们手中已经掌握了半壁江山。") == {}
    assert days("新规将于三天后实施。") == {"三天后": "2018-04-15"}
    assert days("如果5年后回头看现在，你会怎么想？") == {"5年后": "2023-01-01"}
    assert days("2018年3月26日，他坠楼身亡。三天后，她发布了微博。")["三天后"] == "2018-03-29"
    assert days("三天前，他坠楼身亡。") == {"三天前": "2018-04-09"}
