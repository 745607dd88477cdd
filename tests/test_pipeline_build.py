"""The claim builder's shortcuts (claims/pipeline.py) give what the general path gives: a
quote's value JSON written directly is the canonical JSON of its serialised model, and
the value kinds are told apart by their models' types as by their kinds, and a claim the
builder makes is the one `Claim.at` and full validation make."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.ids import _flat, canonical_json, fingerprint, hashed
from claims.model import VALUE_TYPES as MODEL_VALUE_TYPES
from claims.model import Claim, Kind, MoneyValue, QuoteValue
from claims.native import native
from claims.pipeline import VALUE_KINDS, VALUE_TYPES, _claim_id, _ClaimBuilder, _value_json, extract_text

from conftest import ROOT

# A builder stood in by a namespace: the Python source's methods read its attributes; a compiled
# _ClaimBuilder's (claims.native, run with CLAIMDIFF_NATIVE=1) take only its own instances.
_SOURCE_ONLY = pytest.mark.skipif(native(), reason="a compiled _ClaimBuilder's methods take only its instances")


@given(st.one_of(st.none(), st.text()), st.text())
def test_a_quotes_value_json_is_its_canonical_json(speaker, normalized):
    value = QuoteValue(speaker=speaker, normalized=normalized)
    assert _value_json(value) == canonical_json(value.__pydantic_serializer__.to_python(value, mode="json"))


@_SOURCE_ONLY
@given(st.text(), st.text(), st.one_of(st.none(), st.text()), st.integers(min_value=0, max_value=10**6))
def test_a_claim_ids_payload_written_directly_is_the_fingerprints(source, text, speaker, occurrence):
    builder = SimpleNamespace(source_id=source, id_heads={})  # what `_id_key` reads of its builder
    for value in (QuoteValue(speaker=speaker, normalized=text), MoneyValue(low=5, high=5, currency=speaker)):
        key = b"".join(_ClaimBuilder._id_key(builder, value.kind, text, value)).decode()
        parts = (source, str(value.kind), text, _value_json(value), occurrence)
        assert f"{key},{occurrence}]" == _flat(parts)
        assert hashed("c-", f"{key},{occurrence}]") == fingerprint("c-", *parts)
        assert _claim_id(_ClaimBuilder._id_key(builder, value.kind, text, value), occurrence) == fingerprint(
            "c-", *parts
        )
        # asked again (a reprinted sentence's mention: its tail from the cache), and with the
        # same value object under another text (the cache must not answer for it)
        assert b"".join(_ClaimBuilder._id_key(builder, value.kind, text, value)).decode() == key
        other = b"".join(_ClaimBuilder._id_key(builder, value.kind, text + "。", value)).decode()
        assert f"{other},{occurrence}]" == _flat((source, str(value.kind), text + "。", _value_json(value), occurrence))
    assert set(builder.id_heads) == {Kind.quote, Kind.money}


def test_value_types_are_the_models_of_the_value_kinds():
    kinds = {t.model_fields["kind"].default for t in VALUE_TYPES}
    assert kinds == VALUE_KINDS
    assert len(VALUE_TYPES) == len(VALUE_KINDS)  # one model each
    assert QuoteValue in MODEL_VALUE_TYPES and QuoteValue not in VALUE_TYPES


def test_the_builders_claims_are_what_claim_at_and_full_validation_give():
    raw = (ROOT / "fixtures" / "seeds" / "000_d379fe37168fe1eb.txt").read_text(encoding="utf-8-sig")
    claims = extract_text(raw, published="2025-12-03")
    assert len(claims) > 100
    for c in claims:
        fields = {k: v for k, v in c.__dict__.items() if k not in ("start", "end", "text")}
        via_at = Claim.at(raw, c.start, c.end, **fields)
        assert list(c.__dict__) == list(Claim.model_fields)  # declaration order, as JSON writes it
        assert c.__dict__ == via_at.__dict__ and c.model_fields_set == via_at.model_fields_set
        assert Claim.model_validate(c.model_dump()) == c


def test_claims_of_one_sentence_share_its_text_and_every_claim_one_fields_set():
    raw = (ROOT / "fixtures" / "seeds" / "000_d379fe37168fe1eb.txt").read_text(encoding="utf-8-sig")
    claims = extract_text(raw, published="2025-12-03")
    by_text: dict[str, set[int]] = {}
    for c in claims:
        by_text.setdefault(c.sentence, set()).add(id(c.sentence))
    assert any(sum(1 for c in claims if c.sentence == t) > 1 for t in by_text)  # the check below can fail
    assert all(len(ids) == 1 for ids in by_text.values())
    assert len({id(c.__pydantic_fields_set__) for c in claims}) == 1
    copy = claims[0].model_copy(update={"speaker": "某人"})  # a copy's set is its own: the shared one unchanged
    assert copy.__pydantic_fields_set__ is not claims[0].__pydantic_fields_set__
    assert claims[1].model_fields_set == set(Claim.model_fields)


def test_a_whole_sentences_claim_reads_its_span_and_text_from_the_sentence():
    """The builder takes a claim spanning its whole sentence (an answer's quote) from the
    sentence: its raw span and normalised text as segment mapped them, its text the sentence's
    raw string itself. What it relies on: a sentence is its normalised slice, mapped by raw_span."""
    from claims.model import Document, Source
    from claims.text.segment import segment

    raw = (ROOT / "fixtures" / "seeds" / "000_d379fe37168fe1eb.txt").read_text(encoding="utf-8-sig")
    seg = segment(Document(Source(id="s", path="<s>"), raw))
    for s in seg.sentences:
        assert s.text == seg.norm.text[s.nstart : s.nend]
        assert (s.start, s.end) == seg.norm.raw_span(s.nstart, s.nend)
    claims = extract_text(raw, published="2025-12-03")
    whole = [c for c in claims if c.text == c.sentence]
    assert len(whole) > 50 and all(c.text is c.sentence for c in whole)


def test_a_frame_asked_again_is_the_frame_asked_first():
    from claims.frames import frame_of
    from claims.pipeline import _frame

    args = ("quantity", "据统计，共有⟨#⟩参加了本次活动。", "人", ("北京市举办活动。",), frozenset({"张三"}))
    assert _frame(*args) == frame_of(*args) and _frame(*args) is _frame(*args)


@_SOURCE_ONLY
def test_a_frame_reads_the_names_that_share_a_character_with_its_sentence_or_those_before():
    sentences = SimpleNamespace(prior_sentences=lambda i: ("郴州市遭遇暴雨。",), contexts=["贵州省有500人受灾。"])
    names = frozenset({"刘贵州", "陈郴", "王攀"})
    builder = SimpleNamespace(sentences=sentences, names=names, name_chars=frozenset("".join(names)), frame_reads={})
    prior, names = _ClaimBuilder._frame_reads(builder, 0)
    assert prior == ("郴州市遭遇暴雨。",) and names == {"刘贵州", "陈郴"}
    from claims.frames import frame_of

    # 贵州 in 刘贵州 is no place of the figure: a name absent from the text still counts there
    assert frame_of("quantity", "贵州省有⟨#⟩受灾。", "人", prior, names).place == ()
    assert frame_of("quantity", "贵州省有⟨#⟩受灾。", "人", prior, frozenset({"王攀"})).place == ("贵州",)


def test_frames_read_with_the_names_near_them_are_those_read_with_all_the_articles_names(monkeypatch):
    from claims.pipeline import _frame

    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8-sig") for p in seeds]
    _frame.cache_clear()
    near = [extract_text(t, published="2025-12-03") for t in texts]
    everyone = _ClaimBuilder._frame_reads
    monkeypatch.setattr(_ClaimBuilder, "_frame_reads", lambda self, i: (everyone(self, i)[0], self.names))
    _frame.cache_clear()
    every = [extract_text(t, published="2025-12-03") for t in texts]
    _frame.cache_clear()
    assert sum(c.frame is not None for cs in near for c in cs) > 100
    assert near == every


def test_equal_contexts_are_one_object_and_each_holds_what_it_was_asked():
    from datetime import date

    from claims.pipeline import _CONTEXTS, _context
    from claims.text.segment import Role

    _CONTEXTS.clear()
    one = _context({}, date(2024, 5, 1), "张三", Role.answer, anchor=date(2024, 4, 30))
    again = _context({}, date(2024, 5, 1), "张三", Role.answer, anchor=date(2024, 4, 30))  # another article
    assert again is one
    # another article's date, anchor, speaker or turn: its own context, never the one asked before
    for published, speaker, role, anchor in (
        (date(2023, 5, 1), "张三", Role.answer, date(2024, 4, 30)),
        (date(2024, 5, 1), "李四", Role.answer, date(2024, 4, 30)),
        (date(2024, 5, 1), "张三", Role.question, date(2024, 4, 30)),
        (date(2024, 5, 1), "张三", Role.answer, None),
    ):
        ctx = _context({}, published, speaker, role, anchor=anchor)
        assert (ctx.published, ctx.speaker, ctx.role, ctx.anchor) == (published, speaker, role.value, anchor)
        assert ctx is not one


def test_a_sentences_own_time_text_is_cut_as_written():
    from claims.pipeline import _COMPARED, _own_text

    text = "11月26日，理想汽车发布财报显示，公司三季度营收⟨#⟩，超过2022年同期"
    expected = _COMPARED.sub("", text)
    expected = expected[expected.index("发布") :]
    assert _own_text(text) == expected
    assert _own_text(text) == expected  # asked again: the cached answer
    assert _own_text("今年营收⟨#⟩") == "今年营收⟨#⟩"
