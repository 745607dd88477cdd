"""Date grammar: the regexes and word tables that recognise date expressions (no resolution, no I/O).

claims/values/dates.py runs them; claims/values/date_resolution.py turns a match into a DateValue."""

from __future__ import annotations

import re

from claims.text.gate import gated

CN_DIGIT = "零〇○一二三四五六七八九"
_NUM_BEFORE = r"(?<![0-9.零〇○一二两三四五六七八九十百千万廿卅第每])"

_YEAR_ABS = (
    r"(?:(?P<y4>(?:1[0-9]|20)\d\d)"
    rf"|(?P<ycn>[{CN_DIGIT}]{{4}})"
    r"|(?P<yk>[一二两]千(?:零?[一二三四五六七八九十]{1,3})?)"
    r"|民国 ?(?P<roc>\d{1,3}|[零〇一二三四五六七八九十百]{1,4}))"
)
_SHORT_CTX = (
    r"(?= ?(?:[01]?\d|十[一二]?|[一二三四五六七八九]) ?月|上半年|下半年|前半年|后半年|前三季度|半年报|初|底|末"
    r"|第?[一二三四1-4]季(?:度|报)|Q[1-4])"
)
# 2023Q4, 23Q4, 2023上半年, 2023前三季度: a year written right against its quarter or half, with no 年
_AT_QUARTER = r"(?=Q[1-4](?![0-9])|上半年|下半年|前三季度)"
_YEAR = (
    rf"(?:{_YEAR_ABS} ?(?:年|{_AT_QUARTER})"
    rf"|(?P<y2z>0\d|[零〇○][一二三四五六七八九]) ?年"
    rf"|(?P<y2>[1-9]\d|[一二三四五六七八九][{CN_DIGIT}]) ?(?:年{_SHORT_CTX}|{_AT_QUARTER})"
    # not of 年年 (every year: 留下年年都有…), though 前年年底 is the end of the year before last
    r"|(?P<yrel>大前|大后|今|去|明|前|后|本|上|下)年(?!年[^底初中末内])"
    # 当年6月, 同年7月, 次年3月: a month of the year the sentence named before, else the story's (claims.values.dates)
    r"|(?P<yana>当|同|次|翌)年(?=\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月))"
)
_MONTH = (
    r"(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月份?"
    r"|(?P<mrel>上上个|上个|下下个|下个|这个|今个|上|下|本|今)月)"
)
_DAY_NUM = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]"
_DAY = (
    rf"(?:(?P<d>{_DAY_NUM}) ?(?:日|号)"
    r"|(?P<dc>[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
    # a day without 日 (十月一, 3月二十八下午) is followed by what follows a day; 8月一名男子, 10月一审,
    # 12月二审 are a month, then a man, a trial at first and second instance
    r"(?=[,.。;:、)\s到至\-~上下晚早凌起前后当那这期放假]|$))"
)
# 中 only before punctuation or a time word: 2025年中国 is not mid-2025.
_MID = r"中(?=[,.。;:、的时前后以左]|$)"
_MPART = rf"(?P<mpart>上旬|中旬|下旬|初|底|末|{_MID})"
_YPART = (
    # 一季报 (a first-quarter report) covers the quarter, 半年报 the half, 前三季度 January to September.
    rf"(?P<ypart>上半年|下半年|前半年|后半年|前三季度|半年报|年?初|年?底|年?末|年?{_MID}"
    # 2023年第4季, 去年第4季 (Hong Kong's quarter, after a year: a bare 第4季 may be a show's season)
    # (上一季度, 下一季度: the quarter before or after the one told, no first quarter)
    r"|(?<![上下])第?(?P<q>[一二三四1-4])季(?:度|报|(?=[^度报节]|$))|(?P<qq>Q[1-4])|(?P<s>[春夏秋冬])(?:天|季))"
)

# 2020年的7月6日: a year's 的 before its month joins them, as a space does.
_AFTER_YEAR = rf"(?: |(?<=年)的)?{_MONTH} ?(?:{_DAY}|{_MPART})?| ?{_YPART}"


def _unnamed(src: str) -> str:
    """`src` with its named groups made plain groups (a lookahead may repeat a pattern's groups)."""
    return re.sub(r"\(\?P<\w+>", "(?:", src)


# Year, month, day and parts are all optional in the regex; `resolve_calendar` rejects
# matches that state neither a year nor a month. It matches only where a year or what may
# follow one does (the lookahead: no empty match, which the scan would drop; real articles
# hold ~5 empty matches for each date, and each is a Match object built for nothing).
CALENDAR = re.compile(
    r"(?=[0-9零〇○一二两三四五六七八九十民大今去明前后本上下这当同次翌])"
    + _NUM_BEFORE
    + rf"(?=(?:{_unnamed(_YEAR)})|{_unnamed(_AFTER_YEAR)})"
    + rf"(?:{_YEAR})?(?:{_AFTER_YEAR})?"
)
# Day of month alone: 29日; 号 only where it cannot be a number plate (3号线, 1号文件).
_DAY_NEXT = r"[,.。;:、)\s到至\-~上下晚早凌起前后]|$"
# The last characters of verbs of holding someone (拘留, 羁押, 关押), after which N日 counts days held (行政拘留10日),
# no day of the month (claims.values.durations reads them).
HELD_END = "拘押关留"
# …unless 关 ends another word (检察机关20日通报, 海关, 相关, 有关): an organ, no verb of holding.
HELD_VERB = r"(?<![机海公相有开无攸难把])[拘押关留]"
DAY_ONLY = gated(
    r"(?<![0-9.零〇○一二两三四五六七八九十廿卅月第每])"
    rf"(?<!{HELD_VERB})(?<!{HELD_VERB} )"  # 行政拘留10日: ten days held (claims.values.durations), no 10th
    # 十日内, 三日以内: days counted, not a day of the month
    # 一日为师, 有一日: one day, not the 1st; a day of the month 一日 is followed by what follows a 号
    rf"(?!一 ?日(?!{_DAY_NEXT}))"
    rf"(?P<d>{_DAY_NUM}) ?(?:日(?!\s*(?:[内內]|以[内內]|之[内內]))|号(?={_DAY_NEXT}))"
)
NUMERIC_DATE = gated(
    r"(?<![\d.])(?P<y>(?:1[0-9]|20)\d\d)(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.])"
)
STANDALONE_PART = gated(
    # 第四季度, and 四季度 told plain (分季度看，一季度增长4.5%，四季度增长5.2%), not 前三季度, 二三季度, 连续三季度,
    # nor 上一季度 and 下一季度 (the quarter before or after the one told)
    r"(?<![年0-9])(?:(?P<half>上半年|下半年)|(?:第|(?<![前第零〇一二两三四五六七八九十百续近去每上下]))(?P<q>[一二三四1-4])季度"
    r"|(?<![A-Za-z])Q(?P<qq>[1-4])(?![0-9])"
    # 大年初一, 年初四: the lunar new year's days (春节档), no early part of a year
    rf"|(?P<ypart>(?<![大过新])年初(?![一二三四五六七八九十](?![个季月]))|年底|年末|年{_MID}))"
)
BARE_YEAR = gated(
    r"(?:(?<=[在于到从至自])|(?<=截至)) ?(?P<y>(?:19|20)\d\d)(?![\d.%年万亿元个人家名台件岁月日号:])"
    r"|(?<![\d.])(?P<y2>(?:19|20)\d\d) ?(?=才|起|开始|以前|之前|以后|之后)"
)
DECADE = re.compile(
    r"(?=[上本0-9十一二三四五六七八九零])(?:(?P<cent>上|本|\d{1,2}|十?[一二三四五六七八九]|二十|十)世纪 ?)?"
    r"(?<![0-9])(?:(?P<d4>1\d\d0|20\d0)|(?P<d2>\d0)|(?P<dcn>[一二三四五六七八九]十|零零)) ?年代"
)
_WEEKDAY = r"[一二三四五六日天1-7]"
WEEK = gated(
    # (a 上 ending a verb is no "last": 加上周三晚的暴雨 is plus Wednesday's, 赶上周末 catches the weekend, 马上)
    r"(?<![加赶马爬楼登跟追算])(?P<wrel>上上个?|上个?|下下个?|下个?|本|这一|这个?|今个?)(?:周|星期|礼拜)(?P<wd>"
    + _WEEKDAY
    + r"|末)?(?![期刊年岁])"
    r"|(?<![下本这个每0-9零一二两三四五六七八九十几])(?<![^加赶马爬楼登跟追算]上)(?<!^上)(?:周|星期|礼拜)(?P<bwd>"
    + _WEEKDAY
    + r"|末)"
)
# 寻日/听日 are Cantonese for yesterday/tomorrow.
# Days named relative to a date the text gave before (anaphora), never to publication.
ANAPHORIC_DAY = re.compile(
    r"此前一天|前一天|头一天|前一日|次日|翌日|第二天|隔天|当天晚上|当天|当日|同日|同一天|当晚|当夜"
)
ANAPHORIC_OFFSET = {
    "此前一天": -1,
    "前一天": -1,
    "头一天": -1,
    "前一日": -1,
    "次日": 1,
    "翌日": 1,
    "第二天": 1,
    "隔天": 1,
}
# 前日 and 后日 inside other words: 前 or 后 closing one (目前日本, 此前日均, 最后日期, 今后日子), 日 opening one
# (日本, 日均, 日期, 日子, 日报 …); 后天 of 先天和后天, 后天努力 (acquired, not the day after tomorrow).
_BEFORE_WORD = "[目此之以从提事空生战日当眼面跟先早史会赛节年婚产饭睡课考门向往超最午]"
_AFTER_WORD = "[最今此之以然其随背落午先身死战会过事往课饭婚退产赛节年睡考前而稍日]"
_DAY_WORD = "[本均期记常益趋渐子程报夜用历元语军方产企籍系资媒]"
_ACQUIRED = "(?<!先天[和与或、])"
_ACQUIRED_AFTER = "努力|因素|形成|培养|习得|养成|环境|的努力|的培养|的环境|的因素|性"
# 昨晚23时, 今晨6时: the day of 昨 or 今, its part of the day read with the clock (晚23时, 晚11点 is 23:00);
# not 今 of 至今, 如今 (至今早已: long since), nor 今日 of 今日头条 (the news app: 原文来自「今日头条」).
REL_DAY = gated(
    r"大前天|大后天|前天|昨天|今天|明天|"
    + _ACQUIRED
    + r"后天(?!"
    + _ACQUIRED_AFTER
    + r")|昨日|今日(?!头条)|明日|(?<!"
    + _BEFORE_WORD
    + r")前日(?!"
    + _DAY_WORD
    + r")|大后日|(?<!"
    + _AFTER_WORD
    + r")后日(?!"
    + _DAY_WORD
    + r")|寻日|听日"
    r"|(?:昨|(?<=截至)今|(?<![至如迄现当而古从])今)(?=[晚夜晨早])"
)
# The last characters of verbs of a spell (被拘, 羁押, 关押, 入狱, 服刑, 住院, 被抓, 拘留,
# 坐牢, 失踪, 昏迷): 被羁押320天后 is a spell of 320 days, not a date 320 days on.
SPELL_END = "拘押关狱刑院抓留牢踪迷"
# 待了四五年后 counts from the stay, not from the reference: no 了 (or spell verb) before the number.
REL_OFFSET = gated(
    "".join(f"(?<!{c})(?<!{c} )" for c in "了" + SPELL_END)
    + _NUM_BEFORE
    + r"(?P<n>[1-9]\d{0,2}|[一二两三四五六七八九十百]+) ?(?P<u>年|个月|个多月|周|个星期|星期|个礼拜|礼拜|天|日) ?"
    r"(?P<dir>以前|以后|之前|之后|前(?!后)|后)(?![天年日])"  # 25日前后: about the 25th, no 25 days ago
)
YEAR_RANGE = re.compile(
    r"(?P<a>(?:1[0-9]|20)\d\d) ?(?P<ay>年)? ?(?:-|~|–|—|到|至) ?(?P<b>(?:1[0-9]|20)\d\d) ?(?P<by>年)?(?![\d.%万亿元个])"
)
# Numeric day-month forms other than Y-M-D: M/D/Y (American, Duckling) and D/M/Y or D.M.Y
# (Recognizers) disagree, so a form counts only when it is unambiguous: day == month, or
# only one reading is a valid date (a component above 12). Year-less `2/15` only with `/`;
# `.` and `-` need a four-digit year (1.5.3 is a version, 3-7 a range); a two-digit year
# or no year only before the end or punctuation (10/20/30篇论文 is a list of counts).
DM_DATE = gated(
    r"(?<![\d./\-:])(?P<a>[0-3]?\d)(?:(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)(?:(?P<y>(?:1[0-9]|20)\d\d)(?![\d./\-%:])"
    r"|(?P<y2>\d\d)(?=$|[\s,;:!?)）。，；])(?!\.\d))|/(?P<b2>[0-3]?\d)(?=$|[\s,;:!?)）。，；])(?!\.\d))"
)
# 2010 01 29: Y M D separated by spaces, month and day zero-padded.
SPACED_DATE = re.compile(r"(?P<y>[12]\d\d\d)(?<![\d.]....) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?![\d.])")
# Holidays on fixed Gregorian dates (lunar and movable feasts are not here: 春节, 中秋 ...).
HOLIDAYS = {
    "元旦": (1, 1),
    "新年": (1, 1),
    "情人节": (2, 14),
    "圣瓦伦丁节": (2, 14),
    "妇女节": (3, 8),
    "女生节": (3, 7),
    "植树节": (3, 12),
    "消费者权益日": (3, 15),
    "愚人节": (4, 1),
    "劳动节": (5, 1),
    "青年节": (5, 4),
    "儿童节": (6, 1),
    "建党节": (7, 1),
    "建军节": (8, 1),
    "教师节": (9, 10),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "老板节": (10, 16),
    "万圣节": (10, 31),
    "光棍节": (11, 11),
    "双十一": (11, 11),
    "平安夜": (12, 24),
    "圣诞节": (12, 25),
    "圣诞": (12, 25),
    "澳门回归纪念日": (12, 20),
    "香港回归纪念日": (7, 1),
}
# Holidays on the nth weekday of a month: (month, weekday, n); n = -1 is the last one.
NTH_WEEKDAY_HOLIDAYS = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}
# The name first (an alternation of literals scans fast), then the year said before it. A holiday
# naming what is held or worn for it (梨泰院万圣节活动发生踩踏, 万圣节服装, 圣诞派对, 国庆节目) dates nothing:
# such festivities run on the days around it (Itaewon's on the Saturday before Halloween); a
# ceremony of the day itself (国庆庆典, 国庆晚会) and 当天, 期间, 前夕 still date.
HOLIDAY_FESTIVITIES = "活动|节目|派对|聚会|狂欢|服装|服饰|装扮|装饰|礼物|贺卡|气氛|氛围|主题|促销|购物季"
HOLIDAY = re.compile(
    r"(?P<name>" + "|".join(sorted([*HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS], key=len, reverse=True)) + r")"
    r"(?![\d一二三四五六七八九十目]|" + HOLIDAY_FESTIVITIES + ")"
)
HOLIDAY_YEAR = re.compile(
    # 2008年“五一”劳动节: the year holds across the marks quoting the holiday's number
    r"(?:(?:(?P<yrel>今|去|明|前|后)年|(?P<y4>(?:1[0-9]|20)\d\d) ?年)[“\"「『‘']?(?:国际|五一国际|五一|八一|六一)?[”\"」』’']?"
    r"|(?:国际|五一国际|五一|八一|六一))?$"
)
# 十月的第一个星期一, 5月最后一个周日.
NTH_WEEKDAY = gated(
    rf"(?:{_YEAR_ABS} ?年)?(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月(?:份)?的?"
    r"(?:第(?P<n>[一二三四五1-5])|(?P<last>最后一))个?(?:星期|周|礼拜)(?P<wd>[一二三四五六日天1-7])"
)
# Periods relative to the reference. Rolling (过去/最近/近 N units, ending at the
# reference; 未来/今后/接下来 N units, starting the day after) and calendar (上/前 N units:
# the N whole days, weeks, months or years before the current one; 下/后 N units: the N
# after it). 上/前/下/后 count only at the start of a clause or after 在/于/从: 发布后三天,
# 成立的前两年, 今年前两个月 and 此后两年 are relative to something else.
REL_PERIOD = gated(
    r"(?P<dir>过去的?|最近|(?<![将接附靠临亲贴最])近|未来的?|今后|接下来的?"
    r"|(?:^|(?<=[\s,.;:!?\"'()“”‘’、在于从]))[前后上下])"
    r" ?(?P<n>[1-9]\d{0,2}|[一二两三四五六七八九十]{1,3}) ?(?P<u>天|日|个?星期|个?礼拜|个?周|个?月|年)"
    r"(?![前后底末初中以之内来代级度龄轻份纪薪期])"
)
# 这一年 (this year) is often anaphoric (the year just named), so it scores below the
# pipeline's MIN_SCORE: find_dates reports it, articles do not claim it.
THIS_ONE = re.compile(r"这一(?P<u>年)(?![代级度龄轻份纪薪期来])")
# 上半月 (days 1-15), 下半月 (16-end), 上/下半周 (Mon-Wed / Thu-Sun), 上个/下个半年 (the
# previous / next half-year).
HALF_PERIOD = gated(r"(?P<half>上|下)半(?P<u>月|周)|(?P<rel>上|下)个半年")
# 2010年之后2018年之前: from A up to (not including) B.
AFTER_BEFORE = (re.compile(r" ?(?:之后|以后) ?"), re.compile(r" ?(?:之前|以前)"))
RANGE_JOIN = re.compile(r" ?(?:到|至|-|~|–|—) ?")
# 2007年与2009年之间: a range only when 之间/间 follows.
BETWEEN_JOIN = re.compile(r" ?(?:与|和|及) ?")
BETWEEN_TAIL = re.compile(r" ?之?间")

# Characters some date expression needs; a sentence without any skips every regex.
# Cheap searches that start with a character class (the regex engine scans for it in C)
# gate the patterns that start with look-behinds or optional groups.
ARABIC_DIGIT = re.compile(r"\d")
DM_HINT = re.compile(r"\d[/.\-]\d")
WEEK_HINT = re.compile(r"星期|周|礼拜")
REL_PERIOD_HINT = gated(r"(?:[近前后上下]|过去|未来|今后|接下来)的? ?[\d一二两三四五六七八九十]")
YEAR4_HINT = re.compile(r"[12]\d\d\d")
DATE_HINT = re.compile(r"[年月日号周期拜天季代Q世节旦诞庆夜双\d-]")

REL_YEAR_OFFSET = {"大前": -3, "前": -2, "去": -1, "上": -1, "今": 0, "本": 0, "明": 1, "下": 1, "后": 2, "大后": 3}
REL_MONTH_OFFSET = {
    "上上个": -2,
    "上个": -1,
    "上": -1,
    "本": 0,
    "这个": 0,
    "今个": 0,
    "今": 0,
    "下个": 1,
    "下": 1,
    "下下个": 2,
}
REL_WEEK_OFFSET = {
    "上上": -2,
    "上上个": -2,
    "上": -1,
    "上个": -1,
    "本": 0,
    "这": 0,
    "这一": 0,
    "这个": 0,
    "今": 0,
    "今个": 0,
    "下": 1,
    "下个": 1,
    "下下": 2,
    "下下个": 2,
}
REL_DAY_OFFSET = {
    "大前天": -3,
    "前天": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "今天": 0,
    "今日": 0,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "后日": 2,
    "大后天": 3,
    "大后日": 3,
    "寻日": -1,
    "听日": 1,
    "昨": -1,  # 昨晚, 昨夜
    "今": 0,  # 今晚, 今晨
}
WEEKDAY_INDEX = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
SEASON_FIRST_MONTH = {"春": 3, "夏": 6, "秋": 9, "冬": 12}
QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
