"""Facts, not pairs: one finding per fact and relation, facts that do not chain through
weak links, ids that survive unrelated edits and a change of the disputed value, and a
cost that grows with distinct mentions, not copies. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from reports.contract import dumps
from reports.pipeline import compare

DEATHS = "据应急管理部门通报，事故共造成12人死亡。"
INJURED = "据应急管理部门通报，事故共造成12人受伤。"


def write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.md").write_text(f"---\npublished: 2025-03-01\n---\n\n{text}\n", encoding="utf-8")
    return folder


def run(folder: Path):
    return compare([folder]).document


def test_one_finding_per_fact_holds_every_mention(tmp_path):
    doc = run(write(tmp_path, a=DEATHS, b="事故造成12人遇难，伤者已送医。", c="这起事故已致12人死亡。"))
    facts = [f for f in doc.facts or () if f.kind == "quantity"]
    assert len(facts) == 1 and len(facts[0].members) == 3
    agree = [f for f in doc.findings or () if f.kind == "quantity"]
    assert len(agree) == 1 and agree[0].relation.value == "agree" and len(agree[0].claims) == 3
    assert agree[0].fact == facts[0].id


def test_weak_links_do_not_chain_two_facts(tmp_path):
    # Deaths and injuries share every word but the one that matters: two facts, however
    # alike the sentences, and no finding joins them.
    doc = run(write(tmp_path, a=DEATHS, b=DEATHS.replace("12", "12"), c=INJURED, d=INJURED))
    claims = {c.id: c for c in doc.claims}
    facts = [f for f in doc.facts or () if f.kind == "quantity"]
    assert len(facts) == 2
    for f in facts:
        measures = {w for c in f.members for w in (claims[c].frame.predicate if claims[c].frame else ())}
        assert len(measures) == 1, measures
    for finding in doc.findings or ():
        sentences = {claims[c].sentence for c in finding.claims}
        assert not ({DEATHS, INJURED} <= sentences)


def test_a_running_figure_is_one_fact_with_a_timeline(tmp_path):
    doc = run(
        write(
            tmp_path,
            a="截至6月9日，全国洪灾已造成262万人受灾。",
            b="截至6月12日，全国洪灾已造成580万人受灾。",
        )
    )
    (fact,) = [f for f in doc.facts or () if f.kind == "quantity"]
    assert fact.relation.value == "evolves"
    assert [p.as_of[5:] for p in fact.timeline if p.as_of] == ["06-09", "06-12"]
    assert [p.value for p in fact.timeline] == ["262万 人", "580万 人"]  # in time order
    assert [f.relation.value for f in doc.findings or () if f.fact == fact.id] == ["evolves"]


def test_a_days_counts_are_ordered_by_the_clock_they_hold_at(tmp_path):
    # 57 missing at 18时, 53 at 19时17分 the same day: one count revised, the later last.
    doc = run(
        write(
            tmp_path,
            a="截至22日19时17分，事故已造成2人死亡、53人失联。",
            b="截至22日18时，初步统计有57人失联。",
        )
    )
    (fact,) = [f for f in doc.facts or () if f.kind == "quantity" and "missing" in f.frame.get("predicate", ())]
    assert [(p.value, p.clock) for p in fact.timeline] == [("57 人", "18:00/18:59"), ("53 人", "19:17")]
    (finding,) = [f for f in doc.findings or () if f.fact == fact.id]
    assert "57 人 (2025-02-22 18:00/18:59, b), 53 人 (2025-02-22 19:17, a)" in finding.explanation


def test_counts_at_moments_not_stated_are_ordered_by_when_their_reports_came_out(tmp_path):
    # A town's toll in a report of 1月2日 and in one of 1月25日: 15 first, then 101 (not by the text of the value).
    for name, day, text in (
        ("a", "2024-01-25", "地震已造成200人死亡，其中富山市累计101人死亡、高冈市20人死亡。"),
        ("b", "2024-01-02", "地震已造成30人死亡，其中富山市15人、高冈市6人。"),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\npublished: {day}\n---\n\n{text}\n", encoding="utf-8")
    doc = run(tmp_path)
    (fact,) = [f for f in doc.facts or () if f.kind == "quantity" and "富山" in f.frame.get("place", ())]
    assert [(p.value, p.sources) for p in fact.timeline] == [("15 人", ("b",)), ("101 人", ("a",))]


def fact_ids(doc) -> set[tuple[str, str]]:
    return {(f.fact or "", f.relation.value) for f in doc.findings or ()}


def test_fact_ids_survive_an_unrelated_edit_and_a_value_change(tmp_path):
    base = "该公司去年营收为5亿元，员工约300人。"
    other = "据财报，该公司去年营收为5亿元。"
    first = run(write(tmp_path / "v1", a=base, b=other))
    before = fact_ids(first)
    # Another paragraph edited, and every line moved: no id changes.
    moved = fact_ids(run(write(tmp_path / "v2", a="编者按：本文有更新。\n\n" + base, b=other)))
    assert moved == before
    # The disputed value changes: the fact keeps its id (its relation may change).
    changed = run(write(tmp_path / "v3", a=base, b=other.replace("5亿元", "8亿元")))
    money_before = {f.fact for f in first.findings or () if f.kind == "money"}
    assert money_before and {f.fact for f in changed.findings or () if f.kind == "money"} == money_before
    assert any(f.relation.value == "contradict" and f.kind == "money" for f in changed.findings or ())


def test_a_repeated_sentence_is_one_fact_and_costs_its_distinct_mentions(tmp_path):
    text = "\n".join(["据统计，这次事故造成12人死亡。"] * 300)
    doc = run(write(tmp_path, a=text))
    assert len([c for c in doc.claims if c.kind.value == "quantity"]) == 300
    (fact,) = doc.facts or ()
    assert len(fact.members) == 300
    assert [f.relation.value for f in doc.findings or ()] == ["agree"]


def test_the_json_is_byte_identical_across_runs_and_orders(tmp_path):
    folder = write(tmp_path, a=DEATHS, b="事故造成15人死亡。", c=INJURED)
    first = dumps(compare([folder]).document)
    again = dumps(compare(sorted(folder.iterdir(), reverse=True)).document)
    parallel = dumps(compare([folder], jobs=2).document)
    assert first == again == parallel


def test_one_figure_in_the_same_words_is_one_fact_whatever_its_frame():
    # A weak agreement (no listed measure, a low score) joins two facts only when the
    # figure stands in the same words either side: 目前整个团队里有25个同事在做 printed by two outlets.
    from claims.pipeline import extract_text
    from matcher.facts import _chains
    from matcher.model import Reason, Relation
    from matcher.verdict import Verdict

    def claim(text: str):
        (c,) = [c for c in extract_text(text) if c.kind.value == "quantity"]
        return c

    a = claim("据知情人士透露，目前整个团队里有25个同事在做这件事，进展顺利。")
    b = claim("记者了解到，目前整个团队里有25个同事在做这件事。")
    c = claim("记者了解到，另一个小组里有25个同事在做测试。")
    weak = Verdict(Relation.agree, 0.5, "", Reason.value, 0.5)
    assert _chains(a, b, weak)
    assert not _chains(a, c, weak)


def test_two_moments_of_one_day_are_not_one_value(tmp_path):
    """11时40分 and 14时41分 of one day, in one fact, are two values: no agreement says its
    members give one (the time of day is part of a date's value)."""
    doc = run(
        write(
            tmp_path,
            a="3月1日11时40分，列车发生脱轨。",
            b="3月1日14时41分，发生事故的列车火灾已扑灭。",
            c="1日11时40分许，列车发生脱轨。",
            d="3月1日，一列火车发生脱轨，发生事故的列车火灾已扑灭。",  # the day links both moments
        )
    )
    claims = {c.id: c for c in doc.claims}
    for f in doc.findings:
        if f.relation.value == "agree":
            times = {claims[c].value.time for c in f.claims if claims[c].kind.value == "date"}
            assert not ({"14:41"} < times - {None}), (
                f.explanation
            )  # 14:41 beside 11:40 (or 11:25/11:55); the day alone holds both


def _copies(text: str, sources: list[str]):
    """One quantity claim of `text` as each of `sources` prints it."""
    from claims.pipeline import extract_text

    (c,) = [c for c in extract_text(text) if c.kind.value == "quantity"]
    return [c.model_copy(update={"id": f"c-{s}-{c.id}", "source": s}) for s in sources]


def test_weak_agreements_between_two_facts_are_one_finding_not_one_per_pair():
    """Three outlets print one sentence and three others another with the same figure;
    weak agreements join each of the first to each of the second but may not chain the
    two facts: one finding holding the six mentions, not nine findings of two."""
    from matcher.facts import Fact
    from matcher.match import fact_findings
    from matcher.model import Reason, Relation
    from matcher.verdict import Verdict

    team = _copies("据知情人士透露，目前整个团队里有25个同事在做这件事。", ["s1", "s2", "s3"])
    group = _copies("记者了解到，另一个小组里有25个同事在做测试。", ["s4", "s5", "s6"])
    links = [
        (
            a,
            b,
            Verdict(Relation.agree, 0.3 + 0.01 * i, f"Both give 25 个 ({a.source} vs {b.source}).", Reason.value, 0.5),
        )
        for i, (a, b) in enumerate((a, b) for a in team for b in group)
    ]
    fact = Fact("x-team", team[0].kind, team[0].frame, sorted(team, key=lambda c: c.id), links)
    owner = {**{c.id: "x-team" for c in team}, **{c.id: "x-group" for c in group}}
    (finding,) = fact_findings(fact, {}, owner)
    assert set(finding.claims) == {c.id for c in team + group}
    assert finding.fact == "x-team" and finding.score == 0.38  # the best link speaks for them
    assert finding.explanation.startswith("Both give 25 个 (s3 vs s6); 8 more pairs")
    # One link alone stands as it was judged.
    (single,) = fact_findings(Fact("x-team", team[0].kind, team[0].frame, team[:1], links[:1]), {}, owner)
    assert single.claims == tuple(sorted((team[0].id, group[0].id))) and single.explanation == links[0][2].explanation


def test_one_years_figure_over_a_period_is_no_other_years_however_equal(tmp_path):
    """2023's growth and 2024's, both 7.2%, are two figures: an undated one that agrees with
    each joins no agreement holding both years, neither by chaining the fact nor by
    grouping the equal values of a fact a change over time (2021's 6.8%) holds."""
    doc = run(
        write(
            tmp_path,
            a="2023年，全国国防支出预算增长7.2%。",
            b="中国政府公布，国防支出预算增长7.2%。",
            c="2024年，全国国防支出预算增长7.2%。",
            d="2024年全国国防支出预算增长7.2%，增幅与去年持平。",
            e="2023年全国国防支出预算增长7.2%，增幅连续两年上升。",
            f="2021年，全国国防支出预算增长6.8%。",  # a change to each year's 7.2% joins them in one fact
        )
    )
    claims = {c.id: c for c in doc.claims}
    years = []
    for f in doc.findings or ():
        if f.relation.value == "agree" and f.kind == "percent":
            years.append({str(claims[c].as_of) for c in f.claims if claims[c].as_of})
    assert years and all(len(y) == 1 for y in years), years


def test_claims_naming_two_happenings_do_not_chain_the_trapped_to_the_dead():
    """Complete linkage on members: 仍有28人被困 (trapped) and 已有28人死亡 (deaths) stay two facts
    though 搜救出受困人员70人 (trapped, pulled out) and 6人救出时已无生命体征 (pulled out, dead) link
    each to the next."""
    from claims.pipeline import extract_text
    from matcher.facts import group_facts
    from matcher.model import Reason, Relation
    from matcher.verdict import Verdict

    def claim(text: str, source: str):
        (c,) = [c for c in extract_text(text) if c.kind.value == "quantity"]
        return c.model_copy(update={"id": f"c-{source}", "source": source})

    trapped, both, found_dead, dead = (
        claim("仍有28人被困。", "s1"),
        claim("现场搜救出受困人员70人。", "s2"),
        claim("其中6人救出时已无生命体征。", "s3"),
        claim("已有28人死亡。", "s4"),
    )
    link = Verdict(Relation.evolves, 0.9, "", Reason.time, 0.5)
    facts = group_facts([(trapped, both, link), (both, found_dead, link), (found_dead, dead, link)])
    fact_of = {c.id: f.id for f in facts for c in f.members}
    assert fact_of[trapped.id] == fact_of[both.id]  # the links themselves still join
    assert fact_of[trapped.id] != fact_of[dead.id]


def test_a_growing_tally_undated_in_reports_of_two_days_is_a_change_not_a_clash(tmp_path):
    """美国队以20金 (a report of 8月1日) and 美国代表团以39枚金牌 (8月9日): the medal table as each report
    stood. Reports a season apart may tell one settled count differently: that stays a clash."""

    def pair(folder: Path, day_a: str, day_b: str) -> list[str]:
        folder.mkdir()
        for name, day, text in (
            ("a", day_a, "美国队以20金位居金牌榜第二位。"),
            ("b", day_b, "美国代表团以39枚金牌、41枚银牌、33枚铜牌位居榜首。"),
        ):
            (folder / f"{name}.md").write_text(f"---\npublished: {day}\n---\n\n{text}\n", encoding="utf-8")
        doc = run(folder)
        claims = {c.id: c for c in doc.claims}
        return [f.relation.value for f in doc.findings if any("20" in claims[c].text for c in f.claims)]

    assert pair(tmp_path / "games", "2021-08-01", "2021-08-09") == ["evolves"]
    assert pair(tmp_path / "apart", "2021-08-01", "2022-03-01") == ["contradict"]


def test_an_undated_mention_of_a_timelines_value_clashes_with_no_other_moment():
    # A headline with no moment (火灾已致29人遇难) gives the 29 the bulletin dated at 9时 gives: it holds at that
    # moment of the timeline, so the evening's 21 is where the count was before, not a clash.
    from claims.model import Kind, Source
    from claims.pipeline import extract_text
    from matcher.facts import Fact
    from matcher.match import fact_findings
    from matcher.model import Reason, Relation
    from matcher.verdict import Verdict

    def count(text: str, source: str, published: str | None):
        (c,) = [c for c in extract_text(text, published=published, source_id=source) if c.kind is Kind.quantity]
        return c

    evening = count("截至18日18时，医院火灾已致21人遇难。", "a", "2023-04-18")
    morning = count("截至19日9时，医院火灾已致29人遇难。", "b", "2023-04-19")
    headline = count("医院火灾已致29人遇难", "c", None)
    sources = {
        s: Source(id=s, path=f"<{s}>", published=p) for s, p in (("a", "2023-04-18"), ("b", "2023-04-19"), ("c", None))
    }
    changed = Verdict(Relation.evolves, 0.8, "changed", Reason.value, 1.0)
    clash = Verdict(Relation.contradict, 0.5, "clash", Reason.value, 1.0)
    assert evening.frame is not None
    fact = Fact("f", Kind.quantity, evening.frame, [evening, morning, headline])
    fact.links = [(evening, morning, changed), (evening, headline, clash), (morning, headline, changed)]
    assert [f.relation.value for f in fact_findings(fact, sources)] == ["evolves"]
    fact.links = [(evening, morning, clash), (evening, headline, clash)]  # no timeline: the clash stands
    assert [f.relation.value for f in fact_findings(fact, sources)] == ["contradict"]


def test_a_facts_links_split_by_relation_name_the_same_findings():
    # Naming a fact's findings reads its links relation by relation, split once
    # (matcher.match.links_by_relation): each relation's links in the fact's order, none lost.
    from claims.model import Kind, Source
    from claims.pipeline import extract_text
    from matcher.facts import Fact
    from matcher.match import fact_findings, fact_record, links_by_relation
    from matcher.model import Reason, Relation
    from matcher.verdict import Verdict

    texts = [
        "截至18日18时，火灾已致21人遇难。",
        "截至19日9时，火灾已致29人遇难。",
        "火灾已致29人遇难。",
        "火灾已致30人遇难。",
    ]
    claims = [
        next(c for c in extract_text(t, published=f"2023-04-{18 + i % 2}", source_id=s) if c.kind is Kind.quantity)
        for i, (t, s) in enumerate(zip(texts, "abcd", strict=True))
    ]
    sources = {s: Source(id=s, path=f"<{s}>", published=f"2023-04-{18 + i % 2}") for i, s in enumerate("abcd")}
    verdicts = {r: Verdict(r, 0.5 + i / 10, r.value, Reason.value, 1.0) for i, r in enumerate(Relation)}
    relations = [Relation.agree, Relation.evolves, Relation.contradict, Relation.agree, Relation.contradict]
    pairs = [(1, 2), (0, 1), (2, 3), (0, 3), (1, 3)]
    assert claims[0].frame is not None
    fact = Fact("f", Kind.quantity, claims[0].frame, claims)
    fact.links = [(claims[i], claims[j], verdicts[r]) for (i, j), r in zip(pairs, relations, strict=True)]
    split = links_by_relation(fact)
    assert {r: [(a.id, b.id) for a, b, _ in links] for r, links in split.items()} == {
        r: [(claims[i].id, claims[j].id) for (i, j), s in zip(pairs, relations, strict=True) if s is r]
        for r in Relation
    }
    whole = fact_findings(fact, sources)
    assert {f.relation for f in whole} == set(Relation)
    assert fact_findings(fact, sources, None, split) == whole
    assert fact_record(fact, whole, sources, split) == fact_record(fact, whole, sources)


def test_a_clash_the_one_to_one_selection_drops_joins_no_fact(monkeypatch):
    """A report giving 52.1万美元 and 30.5万美元 of one prize, another 52.1万美元: its 52.1万 is the match the
    selection keeps; the clash of the other's 52.1万 with 30.5万 is dropped, and joins nothing either, so no
    fact holds two values with no finding between them."""
    from claims.pipeline import extract_text
    from matcher import blocks
    from matcher.blocks import Block, match_block
    from matcher.model import Reason, Relation
    from matcher.verdict import Verdict

    def claim(text: str, source: str, n: int):
        (c,) = [c for c in extract_text(text) if c.kind.value == "money"]
        return c.model_copy(update={"id": f"c-{source}{n}", "source": source})

    won, other, told = (
        claim("奖金52.1万美元。", "a", 1),
        claim("奖金30.5万美元。", "a", 2),
        claim("奖金52.1万美元。", "b", 1),
    )
    agree = Verdict(Relation.agree, 0.9, "", Reason.value, 0.9)
    clash = Verdict(Relation.contradict, 0.6, "", Reason.value, 0.5)

    class Stub:
        def __init__(self, _sources):
            pass

        def of_block(self, _claims, _pairs):
            return [(won, told, agree), (other, told, clash)]

    monkeypatch.setattr(blocks, "Verdicts", Stub)
    monkeypatch.setattr(blocks, "candidate_pairs", lambda claims, index=None: [])
    facts = match_block(Block(("money",), (won, other, told)), {})
    fact_of = {c.id: f.id for f in facts for c in f.members}
    assert fact_of[won.id] == fact_of[told.id]
    assert other.id not in fact_of or fact_of[other.id] != fact_of[told.id]
