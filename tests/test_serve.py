"""`claimdiff serve`: writes need the page's token and our own origin; nothing else changes the file.

A real server on 127.0.0.1 and a free port (port 0), spoken to with urllib.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request

import pytest
from typer.testing import CliRunner

from reports import reviews as rv
from reports.cli import app
from reports.serve import TOKEN_HEADER, Workspace, make_server

LEDE = "据新华社报道，OpenAI首席研究官陈信翰12月3日在伦敦表示，公司目前有研究人员{}，其中一半以上从事推理模型研究。\n"


@pytest.fixture
def live(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(LEDE.format("300人"), encoding="utf-8")
    (src / "b.txt").write_text(LEDE.format("900人"), encoding="utf-8")
    reviews = tmp_path / "claimdiff.reviews.json"
    ws = Workspace([src], reviews, log=lambda msg: None)
    server = make_server(ws, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield ws, server, f"http://127.0.0.1:{server.server_address[1]}", src, reviews
    finally:
        server.shutdown()
        server.server_close()


def request(url, *, data=None, headers=None, method=None):
    body = json.dumps(data).encode("utf-8") if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode("utf-8"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8"), dict(e.headers)


def the_contradiction(ws) -> str:
    ((fact, _),) = [key for key in ws.findings if key[1] == "contradict"]
    return fact


def values_of(ws, fact: str, relation: str) -> tuple[str, ...]:
    return rv.reviewed_material(ws.findings[fact, relation], ws.claims)[0]


def test_bound_to_localhost_and_the_page_carries_the_token(live):
    ws, server, base, _, _ = live
    assert server.server_address[0] == "127.0.0.1"
    status, html, headers = request(base + "/")
    assert status == 200
    assert f'"token":"{ws.token}"' in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "connect-src 'self'" in csp and csp.startswith("default-src 'none'")
    assert headers["Cache-Control"] == "no-store"
    # Two runs, two tokens.
    assert Workspace(ws.sources, ws.reviews_path, log=lambda m: None).token != ws.token


def test_a_review_with_the_token_lands_in_the_file(live):
    ws, _, base, _, reviews = live
    fact = the_contradiction(ws)
    status, body, _ = request(
        base + "/api/review",
        data={"fact": fact, "relation": "contradict", "status": "dismissed", "note": "两个时间点", "reviewer": "alice"},
        headers={TOKEN_HEADER: ws.token, "Origin": base},
    )
    assert status == 200, body
    saved = rv.load_reviews(reviews)
    (entry,) = saved.entries
    assert (entry.fact, entry.relation, entry.status, entry.note, entry.reviewer) == (
        fact,
        "contradict",
        "dismissed",
        "两个时间点",
        "alice",
    )
    assert set(entry.values) == set(values_of(ws, fact, "contradict"))
    assert json.loads(body)["review"] == entry.to_json()


@pytest.mark.parametrize(
    "headers",
    [
        {},  # no token
        {TOKEN_HEADER: "guess"},
        {TOKEN_HEADER: "TOKEN", "Origin": "http://evil.example"},
        {TOKEN_HEADER: "TOKEN", "Origin": "null"},
        {TOKEN_HEADER: "TOKEN", "Host": "evil.example:80"},  # DNS rebinding
    ],
    ids=["no-token", "wrong-token", "foreign-origin", "null-origin", "foreign-host"],
)
def test_writes_without_the_token_or_from_elsewhere_are_refused_and_change_nothing(live, headers):
    ws, _, base, _, reviews = live
    fact = the_contradiction(ws)
    rv.record(reviews, fact, "contradict", "confirmed", note="before")
    before = reviews.read_bytes()
    headers = {k: (ws.token if v == "TOKEN" else v) for k, v in headers.items()}
    body = {"fact": fact, "relation": "contradict", "status": "dismissed"}
    status, _, _ = request(base + "/api/review", data=body, headers=headers)
    assert status == 403
    assert reviews.read_bytes() == before


def test_bad_requests_change_nothing(live):
    ws, _, base, _, reviews = live
    token = {TOKEN_HEADER: ws.token}
    for data, code in (
        ({"fact": "no-such-fact", "relation": "contradict", "status": "dismissed"}, 404),
        ({"fact": the_contradiction(ws), "relation": "agree", "status": "dismissed"}, 404),  # not that relation
        ({"fact": the_contradiction(ws), "relation": "contradict", "status": "deleted"}, 400),
        ({"fact": the_contradiction(ws), "status": "dismissed"}, 400),  # no relation
        (["not", "an", "object"], 400),
    ):
        status, _, _ = request(base + "/api/review", data=data, headers=token)
        assert status == code
    assert not reviews.exists()
    assert request(base + "/api/state")[0] == 403  # reads of state need the token too
    assert request(base + "/api/review", headers=token, method="DELETE")[0] == 405


def test_a_changed_source_is_recomputed_and_reviews_follow_the_fact(live):
    ws, _, base, src, reviews = live
    fact = the_contradiction(ws)
    rv.record(reviews, fact, "contradict", "dismissed", values=values_of(ws, fact, "contradict"))
    _, state, _ = request(base + "/api/state", headers={TOKEN_HEADER: ws.token})
    assert not ws.changed()
    with (src / "b.txt").open("a", encoding="utf-8") as f:
        f.write("\n另据报道，该公司去年营收增长了两成。\n")
    assert ws.changed()
    ws.recompute()
    _, after, _ = request(base + "/api/state", headers={TOKEN_HEADER: ws.token})
    assert json.loads(after)["generation"] == json.loads(state)["generation"] + 1
    assert the_contradiction(ws) == fact
    _, html, _ = request(base + "/")
    data = json.loads(re.search(r'id="claimdiff-data">(.*?)</script>', html, re.S).group(1))
    (card,) = [c for c in data["cards"] if c["id"] == fact]
    assert card["status"] == "dismissed"


def test_a_decision_covers_every_finding_of_its_fact_and_relation(tmp_path):
    """A fact may hold two agreements (300 twice in one source, 900 twice in another): the page
    shows them as one decision, and the file records the values of both."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(LEDE.format("300人") + LEDE.format("300人"), encoding="utf-8")
    (src / "b.txt").write_text(LEDE.format("900人") + LEDE.format("900人"), encoding="utf-8")
    ws = Workspace([src], tmp_path / "r.json", log=lambda msg: None)
    groups = {key: fs for key, fs in ws.findings.items() if len(fs) > 1}
    assert groups, "a fact with two findings of one relation"
    (fact, relation), findings = next(iter(groups.items()))
    status, body = ws.review({"fact": fact, "relation": relation, "status": "confirmed"})
    assert status == 200, body
    (entry,) = rv.load_reviews(tmp_path / "r.json").entries
    every = {v for f in findings for v in rv.reviewed_values(f, ws.claims)}
    assert set(entry.values) == every and len(every) > 1
    # ...so none of them reads as `changed` on the page.
    data = json.loads(re.search(r'id="claimdiff-data">(.*?)</script>', ws.page(), re.S).group(1))
    (card,) = [c for c in data["cards"] if c["id"] == fact]
    (group,) = [g for g in card["groups"] if g["rel"] == relation]
    assert group["status"] == "confirmed" and len(group["findings"]) == len(findings)


def test_the_cli_binds_localhost_unless_told_and_warns_then(monkeypatch, tmp_path):
    import reports.serve

    calls = []
    monkeypatch.setattr(reports.serve, "serve", lambda sources, **kw: calls.append(kw))
    (tmp_path / "a.txt").write_text(LEDE.format("300人"), encoding="utf-8")
    result = CliRunner().invoke(app, ["serve", str(tmp_path), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["reviews"] == tmp_path / "claimdiff.reviews.json"
    assert "warning" not in result.output
    result = CliRunner().invoke(app, ["serve", str(tmp_path), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "0.0.0.0" and "warning: serving on 0.0.0.0" in result.output
    # A corrupt reviews file stops the server before it starts, and is left as it is.
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["serve", str(tmp_path), "--reviews", str(bad)])
    assert result.exit_code == 2 and str(bad) in result.output
    assert bad.read_text(encoding="utf-8") == "{not json" and len(calls) == 2


def test_report_reviews_option(tmp_path):
    (tmp_path / "a.txt").write_text(LEDE.format("300人"), encoding="utf-8")
    missing = tmp_path / "none.json"
    result = CliRunner().invoke(
        app, ["report", str(tmp_path), "-o", str(tmp_path / "r.html"), "--reviews", str(missing)]
    )
    assert result.exit_code == 0 and f"warning: {missing}: no such reviews file" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"reviews": [{"fact": 1}]}', encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(tmp_path), "-o", str(tmp_path / "r2.html"), "--reviews", str(bad)])
    assert result.exit_code == 2 and str(bad) in result.output and "review 1" in result.output
    assert not (tmp_path / "r2.html").exists()
