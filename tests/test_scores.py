"""A match's scores and minutes (claims.extractors.scores): what is one, which sides and part it
is of, who did what in a minute; what is none (clock times, ratios, ranges, votes, phone numbers,
7-11, 比去年, another match told as past). Texts written for these tests."""

from __future__ import annotations

import pytest

from claims.extractors.sides import fold_side
from claims.model import Kind, MinuteValue, ScoreValue
from claims.pipeline import extract_text
from matcher.compare import compare_minutes, compare_scores


def scores(text: str) -> list[tuple[str, tuple[str | None, str | None], int, int, str]]:
    out = []
    for c in extract_text(text, published="2025-03-01"):
        if isinstance(v := c.value, ScoreValue):
            out.append((c.text, v.sides, v.first, v.second, v.part))
    return out


def minutes(text: str) -> list[tuple[str, int, str, bool]]:
    return [
        (v.who, v.minute, v.action, v.several)
        for c in extract_text(text, published="2025-03-01")
        if isinstance(v := c.value, MinuteValue)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阿根廷以4:2击败法国。", [("4:2", ("阿根廷", "法国"), 4, 2, "full")]),
        ("点球大战中阿根廷7-5法国拿到了冠军。", [("7-5", ("阿根廷", "法国"), 7, 5, "shootout")]),
        ("阿根廷队点球大战4：2勝法國。", [("4：2", ("阿根廷", "法国"), 4, 2, "shootout")]),  # traditional, full-width
        ("最终,阿根廷通过点球大战以4-2击败法国。", [("4-2", ("阿根廷", "法国"), 4, 2, "shootout")]),
        ("两队在90分钟常规比赛时间里2-2战平。", [("2-2", (None, None), 2, 2, "regular")]),
        ("双方以2:2进入延长赛。", [("2:2", (None, None), 2, 2, "regular")]),
        ("加时赛阿根廷3:3法国。", [("3:3", ("阿根廷", "法国"), 3, 3, "extra")]),
        ("迪马利亚破门,让阿根廷以2:0领先半场。", [("2:0", ("阿根廷", None), 2, 0, "half")]),
        ("第一局,孙颖莎以11:9战胜陈梦。", [("11:9", ("孙颖莎", "陈梦"), 11, 9, "set:1")]),
        ("湖人以112比108击败勇士。", [("112比108", ("湖人", "勇士"), 112, 108, "full")]),
        ("中国女排以2比3负于日本女排。", [("2比3", ("中国女排", "日本女排"), 2, 3, "full")]),
        ("國足以三比二擊敗泰國隊。", [("三比二", ("国足", "泰国"), 3, 2, "full")]),  # in words
        ("首盘,郑钦文以6:3取胜。", [("6:3", ("郑钦文", None), 6, 3, "set:1")]),
        ("首节战罢,湖人30:25领先勇士。", [("30:25", ("湖人", "勇士"), 30, 25, "quarter:1")]),
        ("中国队以3比0的总比分晋级。", [("3比0", ("中国", None), 3, 0, "aggregate")]),
        ("中国U23男足0-0战平孟加拉U23。", [("0-0", ("中国U23男足", "孟加拉U23男足"), 0, 0, "full")]),
        ("中国队以大比分3:1战胜日本队。", [("3:1", ("中国", "日本"), 3, 1, "series")]),
        # a day and a venue before 以 (24日在首尔体育馆以), a shutout (完封), a manner (以压倒性的), a nickname
        ("韩国队24日在首尔体育馆以4：0完封日本队。", [("4：0", ("韩国", "日本"), 4, 0, "full")]),
        ("全垒打帶領韓國隊以壓倒性的4-0勝利戰勝主場的日本隊。", [("4-0", ("韩国", "日本"), 4, 0, "full")]),
        ("韩国队在首尔以4：0击败日本武士。", [("4：0", ("韩国", "日本"), 4, 0, "full")]),
        ("越南在主场3比1击败中国。", [("3比1", ("越南", "中国"), 3, 1, "full")]),  # at home: no part of the name
    ],
)
def test_a_score_and_its_sides_and_part(text, expected):
    assert scores(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "阿根廷1比0领先法国。",  # a moment of the match, no result
        "姆巴佩将比分扳平为2-2。",
        "中国队在大比分3:1领先的情况下暂停。",  # a moment of the series
        "首节湖人一度以20:10领先勇士。",  # a moment of a quarter
        "比赛于北京时间12:30开始。",  # a clock time
        "商店24:00关门,比赛在19:30进行。",
        "比赛在北京时间20:30结束。",
        "会议于14:30结束。",  # when something ended
        "活动以10:30开始。",
        "法院开庭后,双方以2:1和解。",  # 以 in a sentence of no sport
        "该地图的比例尺为1:1000。",  # a ratio
        "男女比例为1:1。",
        "刑期为3-5年。",  # a range
        "会议以52比48票通过了决议。",  # a vote
        "他的电话是010-123-4567。",  # a phone number
        "他在7-11便利店买了水。",
        "今年的收入比去年增长了5%。",  # 比 that compares
        "法国曾以4:3击败阿根廷。",  # another match, told as past
        "两队上次交手,阿根廷2-1战胜法国。",
        "2019-2020赛季他打进了20球。",
        "参议院以52比48通过了法案。",  # a vote without the word 票
        "董事会以5比4获得通过。",
        "最高法院以7比2裁定此案。",  # a ruling
        "这件展品是一比一复刻的赛车。",  # 一比一: one to one
        "他的收入是我的一比二。",
    ],
)
def test_no_score(text):
    assert scores(text) == []


def test_the_articles_one_match_names_the_sides_a_score_does_not():
    text = "阿根廷通过点球大战以4-2击败法国。决赛的常规时间比分定格在3-3。"
    assert scores(text) == [
        ("4-2", ("阿根廷", "法国"), 4, 2, "shootout"),
        ("3-3", ("法国", "阿根廷"), 3, 3, "regular"),
    ]
    two_matches = "中国队以3:0击败日本队。美国队以3:1击败巴西队。双方以2:2进入加时。"
    assert scores(two_matches)[-1][1] == (None, None)  # two matches: whose 2:2 is unsure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第23分钟,梅西点球破门。", [("梅西", 23, "penalty", False)]),
        ("梅西在第108分鐘打進他的第二個進球。", [("梅西", 108, "goal", False)]),
        ("第80分钟,姆巴佩在禁区内被侵犯,自己主罚点球命中。", [("姆巴佩", 80, "penalty", False)]),
        ("在第78分鐘時法國球員姆巴佩獲得罰球機會並成功射門。", [("姆巴佩", 78, "penalty", False)]),
        ("兩隊纏鬥進延長賽,直到第109分鐘,梅西再度進球。", [("梅西", 109, "goal", False)]),
        ("開賽21分鐘梅西取得12碼罰進。", [("梅西", 21, "penalty", False)]),
        ("先是法国在80分钟由麦巴比主射十二码入网。", [("麦巴比", 80, "penalty", False)]),
        ("主教练德尚在第41分钟就连换两人。", [("德尚", 41, "substitution", False)]),
        ("第一百零八分鐘,梅西補射破網。", [("梅西", 108, "goal", False)]),  # in words
        ("第90+3分钟,武磊头球破门。", [("武磊", 93, "goal", False)]),  # added time
        ("不过第116分鐘,阿根廷被判禁區內手球,姆巴佩操刀12碼再次命中。", [("姆巴佩", 116, "penalty", False)]),
        (
            "第60分钟,武磊头球破门。第75分钟,武磊再入一球。第80分钟,武磊推射破门。",
            [
                ("武磊", 60, "goal", True),
                ("武磊", 80, "goal", True),
            ],
        ),
    ],
)
def test_a_minute_and_who_did_what_in_it(text, expected):
    assert minutes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第21分钟,迪马利亚左路突破造成对方犯规,主裁判判罚点球,梅西主罚命中。",  # the minute of the foul
        "第116分钟,阿根廷被判禁区内手球,姆巴佩操刀12码罚失。",  # a penalty missed is no penalty scored
        "第30分钟,梅西被对方放倒,主裁判判罚点球。",
        "法国直到第68分钟才第一次尝试射门。",  # a shot, no goal
        "会议进行了30分钟。",  # a spell of time
        "仅仅10分钟后,迪马利亚破门。",
        "他每天跑步第30分钟时休息。",
    ],
)
def test_no_minute(text):
    assert minutes(text) == []


def test_scores_compare_by_part_sides_and_order():
    shootout = ScoreValue(first=4, second=2, sides=("阿根廷", "法国"), part="shootout")
    reversed_ = ScoreValue(first=2, second=4, sides=("法国", "阿根廷"), part="shootout")
    other = ScoreValue(first=7, second=5, sides=("阿根廷", "法国"), part="shootout")
    assert compare_scores(shootout, reversed_).same_base
    assert compare_scores(shootout, other).comparable and not compare_scores(shootout, other).compatible
    regular = ScoreValue(first=2, second=2, sides=("阿根廷", "法国"), part="regular")
    assert not compare_scores(shootout, regular).comparable  # another part
    semi = ScoreValue(first=3, second=0, sides=("阿根廷", "克罗地亚"), part="full")
    final = ScoreValue(first=4, second=2, sides=("阿根廷", "法国"), part="full")
    assert not compare_scores(semi, final).comparable  # another match
    draw = ScoreValue(first=3, second=3, sides=("阿根廷", "法国"), part="full")
    assert not compare_scores(draw, final).comparable  # before and after a shoot-out
    unnamed = ScoreValue(first=4, second=2, sides=("阿根廷", None), part="shootout")
    assert not compare_scores(unnamed, shootout).comparable


def test_minutes_compare_one_deed_of_one_actor():
    a = MinuteValue(minute=23, who="梅西", action="penalty")
    assert compare_minutes(a, MinuteValue(minute=21, who="梅西", action="penalty")).comparable
    assert not compare_minutes(a, MinuteValue(minute=23, who="梅西", action="goal")).comparable
    assert not compare_minutes(a, MinuteValue(minute=23, who="姆巴佩", action="penalty")).comparable
    assert not compare_minutes(a, MinuteValue(minute=30, who="梅西", action="penalty")).comparable  # two deeds
    late = MinuteValue(minute=118, who="姆巴佩", action="penalty")
    assert not compare_minutes(MinuteValue(minute=80, who="姆巴佩", action="penalty"), late).comparable


def test_score_and_minute_claims_are_their_own_kinds():
    claims = extract_text("第23分钟,梅西点球破门。阿根廷以4:2击败法国。")
    assert {c.kind for c in claims} == {Kind.minute, Kind.score}
    assert all(c.frame is not None and c.frame.measure for c in claims)


def test_a_score_of_someone_unnamed_takes_no_sides_from_the_article():
    text = "乒乓球团体赛中国男女乒均3-0晋级四强,中国U23男足0-0战平孟加拉U23。"
    assert scores(text) == [
        ("3-0", (None, None), 3, 0, "full"),
        ("0-0", ("中国U23男足", "孟加拉U23男足"), 0, 0, "full"),
    ]


def test_an_article_giving_one_part_of_one_match_two_scores_is_unsure_of_either():
    text = "小组赛中国队以3:1击败日本队。中国队以3:0击败日本队,挺进四强。"
    assert [v.several for c in extract_text(text) if isinstance(v := c.value, ScoreValue)] == [True, True]
    once = "中国队以3:0击败日本队。中国队3:0战胜日本队,挺进四强。"  # one score told twice
    assert [v.several for c in extract_text(once) if isinstance(v := c.value, ScoreValue)] == [False, False]


# --- one side, several names (claims.extractors.sides); FIELD18's women's Asian Cup final ----------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("南韩女足", "韩国女足"),  # a regional name is the common one
        ("韩国队", "韩国"),
        ("韩国国家队", "韩国"),
        ("中国女子足球队", "中国女足"),  # a squad written one way
        ("澳洲", "澳大利亚"),
        ("纽西兰女足", "新西兰女足"),
        ("伊朗女足提前出线", "伊朗女足"),  # a name that runs on past its squad ends there
        ("韩国女足先后", "韩国女足"),
        ("中国U23男足", "中国U23男足"),
        ("阿根廷", "阿根廷"),
        ("日本武士队", "日本"),  # a national side's nickname after its country
        ("英格兰三狮", "英格兰"),
        ("武士", "武士"),  # a nickname alone is left as it is
    ],
)
def test_a_side_is_one_name_whatever_an_outlet_calls_it(name, key):
    assert fold_side(name) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("最終中國女足以3比2逆轉南韓女足。", [("3比2", ("中国女足", "韩国女足"), 3, 2, "full")]),
        # the article's one squad read into a side named without it
        ("中國女足在決賽中以3-2戰勝韓國隊。", [("3-2", ("中国女足", "韩国女足"), 3, 2, "full")]),
        ("中国女足在亚洲杯决赛中以3-2逆转战胜韩国队。", [("3-2", ("中国女足", "韩国女足"), 3, 2, "full")]),
        # no side: 强大, 协助中国, 反败为胜, 伊朗女足提前出线, 韩国女足先后 (FIELD18)
        ("以3:2的比分力克强大的韩国女足,获得亚洲杯的冠军。", [("3:2", (None, "韩国女足"), 3, 2, "full")]),
        ("協助中國隊以3:2反敗為勝,繼2006年後再奪冠軍。", [("3:2", ("中国", None), 3, 2, "full")]),
        ("小组赛中以7:0大胜伊朗女足提前出线。", [("7:0", (None, "伊朗女足"), 7, 0, "full")]),
        ("淘汰赛阶段,韩国女足先后1:0战胜澳大利亚。", [("1:0", ("韩国女足", "澳大利亚女足"), 1, 0, "full")]),
        # two squads in one article: none is read into a side named without one
        (
            "中国女足3:2战胜韩国女足。中国男足1:0战胜韩国队。",
            [("3:2", ("中国女足", "韩国女足"), 3, 2, "full"), ("1:0", ("中国男足", "韩国"), 1, 0, "full")],
        ),
    ],
)
def test_a_sides_names_fold_to_one(text, expected):
    assert scores(text) == expected


# --- minutes in the forms outlets use ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a team's clause first, then the scorer
        ("第27分钟,韩国女足率先打破场上僵局,崔宥莉接李金玟横传射门得手。", [("崔宥莉", 27, "goal", False)]),
        ("72分鐘中國隊扳平,張琳艷頭槌頂入成2:2。", [("张琳艳", 72, "goal", False)]),  # no 第
        ("戰至27分鐘韓國隊率先破門。", [("韩国", 27, "goal", False)]),
        # a penalty given, then scored: 送点, 获得12码; 操刀命中, 主罚命中, 主射中鹄 are a penalty scored
        ("第67分钟,韩国女足送点,唐佳丽操刀命中。", [("唐佳丽", 67, "penalty", False)]),
        ("第68分鐘,唐佳麗主罰命中,為中國女足追回一球。", [("唐佳丽", 68, "penalty", False)]),
        (
            "首先在66分鐘,後備的張琳艷起腳射門打中對方手臂而獲得12碼,唐佳麗主射中鵠為中國隊追回一球。",
            [("唐佳丽", 66, "penalty", False)],
        ),
        # a pass, then the scorer
        ("在第27分钟时,李金玟横传,崔宥莉门前推射破门。", [("崔宥莉", 27, "goal", False)]),
        ("第93分鐘,王珊珊将皮球妙傳到禁區内,肖裕儀斜插遠射得手。", [("肖裕仪", 93, "goal", False)]),
        ("第68分鐘,中國隊再次由王珊珊破門。", [("王珊珊", 68, "goal", False)]),
        # a half's own count: the 50th, the 95th; stoppage of a named half
        ("下半场第5分钟,王霜破门。", [("王霜", 50, "goal", False)]),
        ("加时赛第5分钟,王霜破门。", [("王霜", 95, "goal", False)]),
        ("下半场补时第3分钟,王霜破门。", [("王霜", 93, "goal", False)]),
        ("第20分钟,王霜主罚任意球破门。", [("王霜", 20, "goal", False)]),  # a free kick, no penalty
    ],
)
def test_a_minute_in_the_forms_outlets_use(text, expected):
    assert minutes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "仅仅过了5分钟,唐佳丽右路突破传中,张琳艳头槌冲顶扳平了比分。",  # a lapse, no minute
        "未及1分鐘即有射門機會,唐佳麗門前撞射稍稍偏出。",
        "比赛进行到第90分钟,中国女足扳平比分。",  # a team's draw level, no goal told
        "90分钟,王霜破门。",  # regular time, no moment of it
        "伤停补时第3分钟,王霜破门。",  # stoppage of which half is not said
        "補時3分鐘更加憑另一後備肖裕儀接應王珊珊回傳後勁射破網絕殺。",
        "第8分鐘,張馨遠射皮球擦着立柱飛出。",  # a shot, no goal
        "第66分鐘,南韓女足在禁區内手球犯規,主裁判果斷判罰點球。",  # the penalty given, no one scored it yet
    ],
)
def test_no_minute_where_none_is_a_moment_of_a_deed(text):
    assert minutes(text) == []


def test_a_scorer_is_not_read_past_a_later_moment():
    assert minutes("第27分钟,韩国女足率先破门,随后王霜破门扳平。") == [("韩国女足", 27, "goal", False)]
