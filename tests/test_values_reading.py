"""Reader's rules of extraction found missing on independent reporting (field11 patterns 8 and 9):
how a Chinese news story writes a figure, and what a careful reader takes it to say."""

from datetime import date
from decimal import Decimal

import pytest
from opencc import OpenCC

from claims.pipeline import extract_text
from claims.values.dates import find_dates
from claims.values.numerals import find_amounts, parse_amount
from claims.values.times import find_times

from conftest import both_scripts

D = Decimal
T2S = OpenCC("t2s").convert


def claims_of(text: str, published: str | None = "2025-12-03") -> list[tuple[str, str, dict]]:
    """(kind, span in simplified script, value) of every claim the pipeline reads from `text`."""
    out = []
    for c in extract_text(text, published=published):
        d = c.model_dump(mode="json")
        out.append((d["kind"], T2S(d["text"]), d["value"]))
    return out


# --- Chinese-numeral decimals: a full stop between numerals is the decimal point -------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("三十八.六一", "38.61"),
        ("二十三.一", "23.1"),
        ("五.五", "5.5"),
        ("一.五亿", "150000000"),
        ("三十八．六一", "38.61"),
    ],
)
def test_a_full_stop_between_chinese_numerals_is_the_decimal_point(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.base == D(value)


@pytest.mark.parametrize(
    "text, span, value",
    both_scripts(
        [
            ("韩国瑜、张善政得票率为三十八.六一%。", "三十八.六一%", 38.61),
            ("只胜过二○○○年连战、萧万长的二十三.一%。", "二十三.一%", 23.1),
            ("宋楚瑜得票率为四.二六%,另有五.五%未表态。", "四.二六%", 4.26),
        ]
    ),
)
def test_a_chinese_decimal_percentage_is_read_whole(text, span, value):
    percents = [(t, v["low"]) for k, t, v in claims_of(text) if k == "percent"]
    assert (span, value) in percents
    assert all(t != span[-3:] for t, _ in percents)  # not 六一% (61%) from its tail


@pytest.mark.parametrize("text", ["五.一劳动节期间", "三.八妇女节", "一.总体情况", "十.一黄金周"])
def test_a_holiday_or_heading_numbered_with_a_full_stop_is_no_decimal_figure(text):
    assert all(k == "date" for k, _, _ in claims_of(text))


# --- Clock times told to the second, and the hour before dawn -------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("朱小贞在5时04分35秒许报警", "5时04分35秒许", "05:03/05:05"),
        ("莫焕晶在5时10分51秒许才报警", "5时10分51秒许", "05:09/05:11"),
        ("凌晨2时3分20秒发生地震", "凌晨2时3分20秒", "02:03"),
        ("票数在16:45:30突破100万", "16:45:30", "16:45"),
        ("莫焕晶在4时55分许故意放火", "4时55分许", "04:50/05:00"),  # about that minute: five either side
        ("6时许发生爆炸", "6时许", "05:45/06:44"),  # the hour and some, or just before it
        ("6时左右发生爆炸", "6时左右", "05:45/06:15"),  # about the hour: a quarter either side
        ("清晨4点55分,莫焕晶点着书本", "清晨4点55分", "04:55"),
        ("今日下午约3时08分，警方押解男子搜证", "下午约3时08分", "15:03/15:13"),  # 约 between: about that minute
    ],
)
def test_a_clock_time_holds_its_seconds_and_approximation(text, span, value):
    times = find_times(text)
    assert [(text[t.start : t.end], t.text) for t in times] == [(span, value)]


def test_seconds_of_a_clock_time_are_no_duration_even_where_no_day_dates_the_time():
    text = "裁定认为,莫焕晶在4时55分许故意放火,朱小贞在5时04分35秒许报警,而莫焕晶在5时10分51秒许才报警。"
    assert [c for c in claims_of(text) if c[0] == "duration"] == []


def test_clock_times_after_a_stated_day_are_that_days_times():
    text = "2017年6月22日,莫焕晶在4时55分许故意放火,朱小贞在5时04分35秒许报警。"
    got = [(t, v["start"], v["time"]) for k, t, v in claims_of(text, "2018-06-05") if k == "date"]
    assert got == [
        ("2017年6月22日", "2017-06-22", None),
        ("4时55分许", "2017-06-22", "04:50/05:00"),
        ("5时04分35秒许", "2017-06-22", "05:03/05:05"),
    ]


def test_dawn_at_four_is_a_time_of_that_day():
    got = [
        (v["start"], v["time"])
        for k, _, v in claims_of("2017年6月22日清晨4点55分,莫焕晶用打火机点着书本。")
        if k == "date"
    ]
    assert got == [("2017-06-22", "04:55")]


@pytest.mark.parametrize(
    "text, span",
    [("比赛用时1小时30分20秒", "1小时30分20秒"), ("两点之间相距30秒", "30秒")],  # the hours' length holds them
)
def test_seconds_after_no_clock_stay_a_duration(text, span):
    assert span in [t for k, t, _ in claims_of(text) if k == "duration"]


# --- Percentage points written pct / ppt, as 个百分点 ---------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    both_scripts(
        [
            ("新业务经营亏损率同比收窄12.8pct。", "12.8pct", 12.8),
            ("经营亏损率同比收窄12.18PCT。", "12.18PCT", 12.18),
            ("毛利率同比提升2.1ppt。", "2.1ppt", 2.1),
            ("净利率提升1.5 pcts。", "1.5 pcts", 1.5),
            ("费用率下降0.8个pct。", "0.8个pct", 0.8),
            ("经营亏损率同比收窄12.8个百分点。", "12.8个百分点", 12.8),
        ]
    ),
)
def test_percentage_points_in_a_brokers_shorthand_are_points(text, span, value):
    percents = [(t, v) for k, t, v in claims_of(text) if k == "percent"]
    assert percents == [(span, dict(low=value, high=value, bound="exact", points=True))]


@pytest.mark.parametrize("text", ["做了10个PPT。", "共3PPTX文件。", "收入增长12.8%。"])
def test_a_slide_deck_or_a_plain_percent_is_no_point(text):
    assert not any(k == "percent" and v["points"] for k, _, v in claims_of(text))


# --- Growth written with a sign: 同比+23%, yoy+25%, 同比-5% ---------------------------------------------


def _rates(text: str) -> list[tuple[str, float, list[str]]]:
    out = []
    for c in extract_text(text, published="2025-12-03"):
        if c.kind.value == "percent":
            d = c.model_dump(mode="json")
            out.append((T2S(d["text"]), d["value"]["low"], sorted(d["frame"]["predicate"])))
    return out


@pytest.mark.parametrize(
    "text, rate",
    both_scripts(
        [
            ("净利润同比+25%。", ("25%", 25, ["growth"])),
            ("净利润yoy+25%。", ("25%", 25, ["growth"])),
            ("净利润YoY+25%。", ("25%", 25, ["growth"])),
            ("净利润同比下降5%。", ("5%", 5, ["fall", "growth"])),
            ("净利润同比-5%。", ("5%", 5, ["fall", "growth"])),
            ("净利润YOY-5%。", ("5%", 5, ["fall", "growth"])),
            ("营业成本环比-2%。", ("2%", 2, ["fall", "growth", "sequential"])),  # on the quarter before
        ]
    ),
)
def test_a_signed_growth_reads_as_the_growth_it_spells(text, rate):
    assert _rates(text) == [rate]


@pytest.mark.parametrize(
    "text, rate", [("净利润率为-5%。", ("-5%", -5, [])), ("气温较常年偏低,为-5%。", ("-5%", -5, []))]
)
def test_a_minus_elsewhere_is_the_figures_sign(text, rate):
    assert _rates(text) == [rate]


# --- 今年M月D日 in a text with no date of its own ---------------------------------------------------------


def _hinted(text: str, hint: date) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.value.start) for s in find_dates(text, None, year_hint=hint)]


def test_this_years_day_in_an_undated_text_is_read_as_its_bare_day_is():
    """The other sources' date stands for the undated text's year: 今年2月9日 is read where 2月9日
    is (it was dropped), and no further from that date than a bare day may be."""
    hint = date(2018, 6, 4)
    assert _hinted("今年2月9日,杭州中院一审以放火罪判处莫焕晶死刑。", hint) == [("今年2月9日", "2018-02-09")]
    assert _hinted("2月9日,杭州中院一审以放火罪判处莫焕晶死刑。", hint) == [("2月9日", "2018-02-09")]
    assert _hinted("直到今年7月9日开庭,8月4日宣判。", hint) == [("今年7月9日", "2018-07-09"), ("8月4日", "2018-08-04")]
    # a day that would lie too far after the hint is last year's, with 今年 as without it
    assert [d for _, d in _hinted("今年12月30日开庭。", hint)] == [d for _, d in _hinted("12月30日开庭。", hint)]


@pytest.mark.parametrize(
    "text", ["今年,张某申请再审。", "今年一季度营收增长5%。", "去年2月9日开庭。", "今年58岁的张某说。"]
)
def test_an_undated_text_reads_no_year_from_the_hint_for_a_year_alone_or_another_year(text):
    assert _hinted(text, date(2018, 6, 4)) == []


def test_an_undated_sources_this_year_day_meets_a_dated_sources_day(tmp_path):
    from reports.pipeline import compare

    (tmp_path / "a.txt").write_text("莫焕晶一审被判死刑\n今年2月9日,杭州中院一审以放火罪判处莫焕晶死刑。\n")
    (tmp_path / "b.txt").write_text(
        "2018-06-04 15:52:47 中国网\n2018年2月9日杭州市中级人民法院公开宣判,被告人莫焕晶一审被判死刑。\n"
    )
    doc = compare([tmp_path]).document
    days = {c.id: (c.source, c.value.start) for c in doc.claims if c.kind.value == "date" and "2月9日" in c.text}
    assert sorted(days.values()) == [("a", "2018-02-09"), ("b", "2018-02-09")]
    assert any(f.relation.value == "agree" and set(f.claims) == set(days) for f in doc.findings)


# --- A flattened table: a figure grouped by thousands glued to its share --------------------------------


def test_digits_glued_to_a_number_grouped_by_thousands_are_no_figure():
    """HKEX results pasted without their columns: 73,695,951 then 100.0% (its share) then 22.6%."""
    text = "(人民币千元,百分比除外)收入73,695,951100.0%60,128,939100.0%22.6%经营溢利(亏损)1,758,1342.4%"
    assert [(t, v["low"]) for k, t, v in claims_of(text) if k == "percent"] == [("22.6%", 22.6)]
    plain = "共1,234,567人,3,5,7号线"
    assert [plain[s:e] for s, e, _ in find_amounts(plain)] == ["1,234,567", "3", "5", "7"]


# --- Minutes and seconds: 1分37秒 is one length ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("他在1分37秒内连进两球。", "1分37秒内", None, 97),
        ("他跑出了3分20秒的成绩。", "3分20秒", 200, 200),
        ("两分30秒后,比赛恢复。", "两分30秒", 150, 150),
    ],
)
def test_minutes_before_seconds_are_one_length(text, span, low, high):
    durations = [(t, v["low"], v["high"]) for k, t, v in claims_of(text) if k == "duration"]
    assert durations == [(span, low, high)]


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("21岁的王浩宇以47秒21夺冠。", "47秒21", 47.21, "second"),
        ("李思琪以2分05秒12夺冠,打破赛会纪录。", "2分05秒12", 125.12, "second"),
        ("他以9秒8的成绩名列第一。", "9秒8", 9.8, "second"),
        ("比赛暂停了30秒21日再赛。", "30秒", 30, "second"),
        ("丰坤以2小时08分15秒夺冠。", "2小时08分15秒", 7695, "second"),
        ("林以2小時33分40秒完賽。", "2小时33分40秒", 9220, "second"),
        ("会议持续了1小时30分。", "1小时30分", 90, "minute"),
    ],
)
def test_a_race_time_is_one_length_with_its_fraction(text, span, value, unit):
    """47秒21 is 47.21 seconds (two swimmers' 47秒21 and 47秒12 are two times), not 47 and a stray 21; 2小时08分15秒 is
    one time, not 2 hours and a stray 15 seconds (two runners' 10分33秒 and 10分47秒 had clashed as 33 and 47 seconds)."""
    durations = [(t, v["low"], v["high"], v["unit"]) for k, t, v in claims_of(text) if k == "duration"]
    assert durations == [(span, value, value, unit)]


def test_a_moment_of_a_match_or_a_clock_keeps_its_minutes_out():
    assert [t for k, t, _ in claims_of("他在第3分20秒破门。") if k == "duration"] == ["20秒"]
    assert [t for k, t, _ in claims_of("朱小贞在5时04分35秒许报警。") if k == "duration"] == []


@pytest.mark.parametrize("told", ["今年2月9日", "2月9日"])
def test_an_undated_story_goes_on_after_its_first_day_until_about_the_other_sources_date(tmp_path, told):
    """In a text with no date of its own, a day after the first one it told may fall up to the other
    sources' date (as up to publication in a dated text): 二审 on 5月17日 is 2018's, not 2017's."""
    from reports.pipeline import compare

    (tmp_path / "a.txt").write_text(
        f"{told},杭州中院一审以放火罪判处莫焕晶死刑。\n5月17日上午9时,浙江省高院二审开庭。\n"
    )
    (tmp_path / "b.txt").write_text("2018-06-04 15:52:47 中国网\n2018年2月9日杭州市中级人民法院公开宣判。\n")
    doc = compare([tmp_path]).document
    days = {c.text: c.value.start for c in doc.claims if c.source == "a" and c.kind.value == "date"}
    assert days == {told: "2018-02-09", "5月17日上午9时": "2018-05-17"}


@pytest.mark.parametrize("sep", [";", ","])
def test_a_this_year_day_read_from_the_other_sources_anchors_no_deictic_word_after_it(tmp_path, sep):
    """今年8月4日 in an undated text is read near the other sources' date, but the writer's 上月 and a
    day alone (30日) after it are not read from it: the text's own now is unknown (they are autumn's)."""
    from reports.pipeline import compare

    (tmp_path / "a.txt").write_text(
        f"张玉环今年8月4日改判无罪{sep}张玉环上月向江西省高级人民法院提交国赔申请,申请结果30日出炉,获赔人民币496万元。\n"
    )
    (tmp_path / "b.txt").write_text("---\npublished: 2020-09-02\n---\n8月4日,江西高院宣判张玉环无罪。\n")
    doc = compare([tmp_path]).document
    assert {c.text: c.value.start for c in doc.claims if c.source == "a" and c.kind.value == "date"} == {
        "今年8月4日": "2020-08-04"
    }


@pytest.mark.parametrize(
    "text, dates",
    [
        ("2月20日（大年初四），排片占比升至42.3%。", ["2月20日"]),
        ("这部片在大年初一（17日）上映。", ["17日"]),
        ("大年初十，返程高峰到来。", []),
        ("年初，公司营收增长。", ["年初"]),
        ("年初三个月，营收增长。", ["年初"]),
    ],
)
def test_the_lunar_new_years_days_are_no_early_part_of_the_year(text, dates):
    """大年初一 is the first day of the lunar new year (a box-office story's 大年初一 and 大年初四, two days, had both
    been read as 年初, January to March, and agreed); 年初 alone, or before a count of months, is early in the year."""
    assert [t for k, t, _ in claims_of(text) if k == "date"] == dates


def test_a_date_compared_with_through_a_name_dates_the_baseline_not_the_figure_after_it():
    """较瑞德医疗6月5日停牌前收市价3.52港元溢价约37.8%: the close of the 5th is the baseline, told with its own figure;
    the premium is the offer's, of the day of the announcement (both premiums of an acquisition probe had been dated
    the 5th and a raised offer's 44.9% read as clashing with the first offer's 37.8%)."""
    from claims.pipeline import extract_text

    text = "6月10日晚间公告，注销价为每股4.85港元，较瑞德医疗6月5日停牌前收市价3.52港元溢价约37.8%。"
    claims = {c.text: c for c in extract_text(text, published="2025-06-10")}
    assert str(claims["约37.8%"].as_of.start) == "2025-06-10"
    assert str(claims["3.52港元"].as_of.start) == "2025-06-05"


@pytest.mark.parametrize(
    "text, figure, year",
    [
        ("该机于2014年交付锦程航空，机龄近11年。", "近11年", 2025),  # how it stands now
        ("公司成立于2018年，现有员工300人。", "员工300人", 2025),
        ("2018年成立时，公司注册资本100万元。", "100万元", 2018),  # what held at the start
        ("公司成立于2018年，当年营收1亿元。", "1亿元", 2018),
        ("2023年6月，印度奥迪沙邦曾发生三车相撞事故，造成约290人死亡。", "约290人", 2023),  # a happening's toll
        ("事发楼栋为一栋11层住宅楼，建于1998年。爆炸发生后，当地疏散周边居民260余人。", "居民260余人", 2025),
        ("凌峰汽车5月交付数据显示，当月交付新车38600辆。", "38600辆", 2025),  # a month's deliveries: May's
    ],
)
def test_a_clause_telling_only_when_something_began_dates_no_figure_after_it(text, figure, year):
    from claims.pipeline import extract_text

    (claim,) = [c for c in extract_text(text, published="2025-03-15") if c.text == figure]
    assert claim.as_of is not None and claim.as_of.start.year == year


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "自10月15日全省启动2024—2025年度流感疫苗集中接种行动以来，截至11月18日，全省累计接种412万剂次。",
            "2024-11-18",
        ),
        ("2024/25年度季節性流感疫苗接種計劃自9月26日展開以來，至今已接種約140萬劑。", "2024-09-26"),
        ("2025年度中超联赛将于3月1日开幕。", "2025-03-01"),  # a season of one year names the year
    ],
)
def test_a_seasons_name_gives_no_year_to_the_dates_after_it(text, day):
    """2024—2025年度 names a flu season, not the year 2025: 截至11月18日 in a report of 2024-11-20 is 2024's."""
    days = [
        v["start"] for k, _, v in claims_of(text, published="2024-11-20") if k == "date" and v["granularity"] == "day"
    ]
    assert days[-1] == day


@pytest.mark.parametrize(
    "text, expected",
    [
        ("34岁的考生家长赵某被处以行政拘留10日。", [("duration", "10日")]),
        ("他被行政拘留15日，罚款500元。", [("duration", "15日"), ("money", "500元")]),
        ("警方于10日将其刑事拘留。", [("date", "10日")]),
        ("他被刑事拘留，10日获释。", [("date", "10日")]),
        ("据当地检察机关20日通报，案件已移送起诉。", [("date", "20日")]),  # 机关 is an organ: the 20th
        ("海关12日公布数据。", [("date", "12日")]),
    ],
)
def test_days_held_counted_in_ri_are_a_spell_not_a_day(text, expected):
    """行政拘留10日 is ten days' detention (an exam-cheating probe had read it as the 10th of the month)."""
    assert [(k, t) for k, t, _ in claims_of(text, published="2025-06-10") if k != "age"] == expected


def test_about_a_day_is_no_count_of_days_ago():
    """25日前后 is about the 25th, not 25 days before the writing."""
    days = [
        v["start"] for k, _, v in claims_of("预计25日前后气温可能再次突破42℃。", published="2025-07-23") if k == "date"
    ]
    assert days == ["2025-07-25"]
    assert [v["start"] for k, _, v in claims_of("5日前，他已离开。", published="2025-07-23") if k == "date"] == [
        "2025-07-18"
    ]


def test_a_months_deliveries_are_that_months():
    """5月交付数据显示，当月交付新车38600辆: May's deliveries (交付 of cars is no thing's start of service, as
    于2014年交付锦程航空 is), not the day of the report."""
    from claims.pipeline import extract_text

    (claim,) = [
        c
        for c in extract_text("凌峰汽车5月交付数据显示，当月交付新车38600辆。", published="2025-06-02")
        if c.text == "38600辆"
    ]
    assert str(claim.as_of) == "2025-05"


@pytest.mark.parametrize(
    "text, figure, as_of",
    [
        ("他与球队签约5年至2031年6月，周薪约15万英镑。", "约15万英镑", None),  # when a term ends dates no figure
        ("双方续约至2030年夏天，年薪为800万欧元。", "800万欧元", None),
        ("从2022年11月到2023年11月，公司营收100亿元。", "100亿元", "2022-11-01/2023-11-30"),  # a stretch's
    ],
)
def test_when_a_term_ends_dates_no_figure_beside_it(text, figure, as_of):
    (c,) = [c for c in extract_text(text, published="2026-06-30") if c.text == figure]
    assert (None if c.as_of is None else str(c.as_of)) == as_of
