"""Matcher rules on small synthetic sources: value comparison, verdicts, quotes, blocking."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.model import (
    Bound,
    Claim,
    DateValue,
    DurationValue,
    Kind,
    MoneyValue,
    PercentValue,
    QuantityValue,
    RankValue,
    Source,
)
from claims.pipeline import extract_document
from claims.sources.load import Document
from matcher.candidates import block_key, candidate_pairs
from matcher.compare import compare_values, unit_class
from matcher.match import match


def claim(kind: Kind, value, text="x", source="a", start=0, **kw) -> Claim:
    return Claim(
        id=f"c-{source}-{start}-{text}",
        source=source,
        start=start,
        end=start + len(text),
        text=text,
        sentence=text,
        kind=kind,
        value=value,
        **kw,
    )


_SAME = object()


def q(low, high=_SAME, bound=Bound.exact, unit="人", **kw) -> Claim:
    return claim(
        Kind.quantity, QuantityValue(low=low, high=low if high is _SAME else high, bound=bound, unit=unit), **kw
    )


# --- compare_values ------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, compatible, same",
    [
        (q(18, 22, Bound.about), q(20), True, True),  # 大概20人左右 vs 20人
        (q(270, 330, Bound.about, "个项目"), q(450, unit="个"), False, False),  # 约300个项目 vs 450个
        (q(300_000_000, None, Bound.over, "用户"), q(400_000_000, None, Bound.over, "使用者"), True, False),
        (q(500), q(2000, 9000, Bound.about, "名员工"), False, False),  # 500人 vs 数千名员工
        # two approximations are one figure when either lies in the other's reach, not when the reaches touch
        (q(100, 120, Bound.about, "公里/小时"), q(120, 140, Bound.about, "公里/小时"), False, False),  # 约110 vs 约130
        (q(270, 330, Bound.about), q(310, 330, Bound.about), True, False),  # 约300人 vs 约320人
        (q(100, 120, Bound.about), q(120), True, False),  # 约110人 vs 120人: the exact one within the reach
    ],
)
def test_quantities(a, b, compatible, same):
    c = compare_values(a, b)
    assert c.comparable and c.compatible is compatible and c.same_base is same


@pytest.mark.parametrize("a, b", [("人", "个项目"), ("名研究人员", "名员工"), ("倍", "人"), ("用户", "人")])
def test_units_that_do_not_compare(a, b):
    assert not compare_values(q(5, unit=a), q(5, unit=b)).comparable


def test_unit_classes_fold_script_and_counter():
    assert unit_class("使用者")[0] == unit_class("用戶")[0] == "users"
    assert unit_class("名员工")[0] == unit_class("人")[0] == "people"
    assert unit_class("倍")[0] == "times"


def test_durations_compare_across_units():
    a = claim(Kind.duration, DurationValue(low=1, high=1, unit="year"))
    b = claim(Kind.duration, DurationValue(low=12, high=12, unit="month"))
    c = claim(Kind.duration, DurationValue(low=1, high=2, bound=Bound.range, unit="month"))
    assert compare_values(a, b).compatible
    assert not compare_values(a, c).compatible


def test_dates_by_granularity():
    day = claim(Kind.date, DateValue(start="2022-11-30", end="2022-11-30", granularity="day"))
    month = claim(Kind.date, DateValue(start="2022-11-01", end="2022-11-30", granularity="month"))
    other = claim(Kind.date, DateValue(start="2022-12-22", end="2022-12-22", granularity="day"))
    assert compare_values(day, month).compatible and not compare_values(day, month).same_base
    assert not compare_values(day, other).compatible


def test_ranks_and_money_and_percent():
    top5 = claim(Kind.rank, RankValue(low=1, high=5))
    second = claim(Kind.rank, RankValue(low=2, high=2))
    assert compare_values(top5, second).compatible
    usd = claim(Kind.money, MoneyValue(low=20, high=20, currency="USD"))
    cny = claim(Kind.money, MoneyValue(low=20, high=20, currency="CNY"))
    assert not compare_values(usd, cny).comparable
    pct = claim(Kind.percent, PercentValue(low=3, high=3))
    pts = claim(Kind.percent, PercentValue(low=3, high=3, points=True))
    assert not compare_values(pct, pts).comparable


@pytest.mark.parametrize(
    ("pool_a", "pool_b", "comparable"),
    [
        ("国内", "全球", False),  # 狂犬疫苗位居国内第二 vs 华为手机跃居全球第二: two rankings
        ("全省", "全国", False),
        ("全班", "全校", False),
        ("国内", "全国", True),
        ("世界", "全球", True),
        ("行业", "全国", True),  # a trade's ranking may be the nation's
        ("排名", "全球", True),
        (None, "全球", True),
    ],
)
def test_ranks_told_in_two_pools_are_two_ranks(pool_a, pool_b, comparable):
    a = claim(Kind.rank, RankValue(low=2, high=2, of=pool_a))
    b = claim(Kind.rank, RankValue(low=2, high=2, of=pool_b))
    assert compare_values(a, b).comparable is comparable


# --- verdicts end to end on synthetic sources -----------------------------------------


def run(*articles: tuple[str, str, str | None]):
    docs = [Document(Source(id=sid, path=f"{sid}.txt", published=pub), text) for sid, text, pub in articles]
    return match([extract_document(d) for d in docs])


def relations(result) -> list[str]:
    return sorted(f.relation.value for f in result.findings if f.kind != "quote")


def test_same_fact_same_time_contradicts():
    r = run(
        ("a", "据公司介绍，这个项目目前共有300名员工参与研发。\n", "2025-03-01"),
        ("b", "据公司介绍，这个项目目前共有450名员工参与研发。\n", "2025-03-02"),
    )
    assert relations(r) == ["contradict"]
    f = r.findings[0]
    assert "300" in f.explanation and "450" in f.explanation


def test_approximation_agrees():
    r = run(
        ("a", "公司当时大概有20人左右，大家都挤在一个办公室。\n", "2025-03-01"),
        ("b", "公司当时有20人，大家都挤在一个办公室。\n", "2025-03-01"),
    )
    assert relations(r) == ["agree"]


def test_different_publication_dates_evolve():
    r = run(
        ("a", "目前该应用已经有超过3亿用户，每周都很活跃。\n", "2025-01-10"),
        ("b", "目前该应用已经有超过4亿用户，每周都很活跃。\n", "2025-07-20"),
    )
    assert relations(r) == ["evolves"]


def test_explicit_years_evolve():
    r = run(
        ("a", "2018年加入公司时，公司只有20名员工。\n", "2025-12-01"),
        ("b", "2019年加入公司时，公司只有30名员工。\n", "2025-12-01"),
    )
    by_kind = {f.kind: f.relation.value for f in r.findings}
    assert by_kind["quantity"] == "evolves"
    # The same sentence with another year: the two reports disagree on when it happened.
    assert by_kind["date"] == "contradict"


def test_question_premise_never_contradicts():
    r = run(
        ("a", "Q：你们现在有500名员工吗？\n\nA：我们不谈这个。\n", "2025-03-01"),
        ("b", "据介绍，他们现在有800名员工。\n", "2025-03-01"),
    )
    assert "contradict" not in relations(r)


def test_hypothetical_never_contradicts():
    r = run(
        ("a", "如果今天多3倍算力，我可以立刻用完。\n", "2025-03-01"),
        ("b", "如果今天多10倍算力，我可以立刻用完。\n", "2025-03-01"),
    )
    assert "contradict" not in relations(r)


def test_one_fact_per_claim_per_source():
    # 3x meets 3x and 10x meets 10x, never across.
    text = "如果今天多3倍算力，我可以立刻有效用完；如果今天多10倍算力，我可能几周内就能全部用满。\n"
    r = run(("a", text, "2025-03-01"), ("b", text.replace("有效", ""), "2025-03-01"))
    counts = [f for f in r.findings if f.kind == "quantity"]
    assert sorted(f.relation.value for f in counts) == ["agree", "agree"]
    for f in counts:
        texts = {c.text for c in r.claims if c.id in f.claims}
        assert len(texts) == 1


def test_different_people_ages_never_meet():
    r = run(
        ("a", "Mark Chen今年34岁，是研究负责人。\n", "2025-03-01"),
        ("b", "Sam Altman今年40岁，是公司负责人。\n", "2025-03-01"),
    )
    assert [f for f in r.findings if f.kind == "age"] == []


# --- quotes -------------------------------------------------------------------------


def test_pull_quote_supported_by_body_and_unsupported_one_flagged():
    text = (
        "**主持人**：你怎么看？\n\n"
        "**Jerry**：我个人其实不太愿意把这件事称为“回归”。它应该被视为一次失误。\n\n"
        "**主持人**：还有呢？\n\n"
        "**Jerry**：我们做了很多实验，结果都不错。\n\n"
        "## 金句\n\n"
        "> “我个人其实不太愿意把这件事称为'回归'。它应该被视为一次失误。”\n\n"
        "> “当一个行业被持续围观，你就是在聚光灯下跑一场没有终点的马拉松。”\n"
    )
    r = run(("a", text, "2026-01-23"))
    quotes = [f for f in r.findings if f.kind == "quote" and f.relation.value == "agree"]
    assert quotes, r.findings
    flagged = [fl for fl in r.flags if fl.type == "unsupported_quote"]
    assert len(flagged) == 1
    flagged_claim = next(c for c in r.claims if c.id == flagged[0].claims[0])
    assert "马拉松" in flagged_claim.text and flagged_claim.speaker == "Jerry"


def test_quote_agrees_across_scripts_and_punctuation():
    r = run(
        (
            "a",
            "Mark Chen：我觉得Sam的工作之一就是要注入紧迫感和速度感。这是他的责任，也是我的责任。\n\nMark Chen：对。\n",
            "2025-12-03",
        ),
        ("b", "他說：「我覺得Sam的工作之一就是要注入緊迫感和速度感,這是他的責任,也是我的責任。」\n", "2025-12-04"),
    )
    agree = [f for f in r.findings if f.kind == "quote" and f.relation.value == "agree"]
    assert agree and any({c.source for c in r.claims if c.id in f.claims} == {"a", "b"} for f in agree)


# --- blocking against a slow reference ------------------------------------------------

units = st.sampled_from(["人", "个", "个项目", "名员工", "倍", "家公司"])
values = st.integers(min_value=1, max_value=50)
contexts = st.sampled_from(["公司有", "团队大约有", "项目共有", "今年新增", "据报道有", "目前共有"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(units, values, contexts), min_size=2, max_size=25))
def test_candidates_stay_inside_blocks_and_find_same_figures(rows):
    claims = [
        q(v, unit=u, text=f"{ctx}{v}{u}", source=f"s{i % 3}", start=i * 100, context=f"{ctx}⟨#⟩。")
        for i, (u, v, ctx) in enumerate(rows)
    ]
    found = {(c.a, c.b) for c in candidate_pairs(claims)}
    assert all(block_key(claims[a]) == block_key(claims[b]) for a, b in found)
    # Slow reference: every pair with the same block, the same figure and the same
    # context must be a candidate (it can only be missed by an over-eager cut-off).
    slow = {
        (i, j)
        for i, j in combinations(range(len(claims)), 2)
        if block_key(claims[i]) == block_key(claims[j])
        and claims[i].value == claims[j].value
        and claims[i].context == claims[j].context
        and claims[i].source != claims[j].source
    }
    assert slow <= found


def test_premise_the_answer_rejects_is_negated_and_links_nothing():
    r = run(
        ("a", "Q：你2018年加入时公司只有50名员工？\n\nA：更少，大概20名员工左右。\n", "2025-12-03"),
        ("b", "据介绍，2019年公司只有30名员工。\n", "2025-12-03"),
    )
    fifty = next(c for c in r.claims if c.text.startswith("50"))
    assert fifty.stance.value == "negated"
    assert not [f for f in r.findings if fifty.id in f.claims]


def test_one_quote_scale_for_support_and_comparison():
    """Quote support and quote comparison share one scorer and one threshold: a retold
    utterance is the same quote, two utterances that share an opening are not."""
    from matcher.compare import QUOTE_SAME, compare_quotes, quote_ratio

    retold = ("所以算力需求是真实存在的我看不到任何放缓迹象", "对他来说算力需求是真实存在的看不到任何放缓迹象")
    other = ("老实说我在openai非常幸运", "老实说我在openai的每一年都像是在一家完全不同的公司里")
    assert quote_ratio(*retold) >= QUOTE_SAME > quote_ratio(*other)
    assert compare_quotes(*retold).compatible and not compare_quotes(*other).compatible
