"""claims.packing: an extraction pickled with its claims as columns comes back the same."""

from __future__ import annotations

import pickle

from claims.model import Claim
from claims.packing import pack, unpack
from claims.pipeline import Extraction, extract_document
from claims.sources.load import load

from conftest import SEEDS


def extractions() -> list[Extraction]:
    return [extract_document(load(p, p.stem)) for p in sorted(SEEDS.glob("*.txt"))]


def same_models(a: object, b: object) -> None:
    """`b` is `a` rebuilt: its class, its dict in the same order, its fields set; models inside alike."""
    assert type(a) is type(b)
    if isinstance(a, Claim | Extraction) or hasattr(a, "__pydantic_fields_set__"):
        assert list(a.__dict__) == list(b.__dict__)
        assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__  # type: ignore[attr-defined]
        assert b.__pydantic_extra__ is None and b.__pydantic_private__ is None  # type: ignore[attr-defined]
        for k, v in a.__dict__.items():
            same_models(v, b.__dict__[k])
    else:
        assert a == b


def test_claims_come_back_the_same():
    for e in extractions():
        packed = pack(e.claims)
        assert packed is not None
        back = pickle.loads(pickle.dumps(e))
        assert len(back.claims) == len(e.claims) > 0
        for a, b in zip(e.claims, back.claims, strict=True):
            same_models(a, b)
            assert a.model_dump_json() == b.model_dump_json()
        assert back.segmented == e.segmented and back.entities == e.entities and back.source == e.source


def test_shared_objects_stay_shared_and_equal_strings_become_one():
    e = max(extractions(), key=lambda e: len(e.claims))
    back = unpack(pickle.loads(pickle.dumps(pack(e.claims))))
    frames = [c.frame for c in e.claims if c.frame is not None]
    # claims that held one frame object hold one again; no two frame objects become one
    assert len({id(f) for f in frames}) == len({id(c.frame) for c in back if c.frame is not None})
    assert len({id(c.text) for c in back}) == len({c.text for c in back})
    assert len({id(c.__pydantic_fields_set__) for c in back}) == 1


def test_a_copied_claim_keeps_its_own_fields_set():
    claims = extractions()[0].claims
    copy = claims[0].model_copy(update={"speaker": "某人"})
    back = unpack(pickle.loads(pickle.dumps(pack((copy, *claims[1:])))))
    assert back[0].speaker == "某人" and back[0].model_fields_set == copy.model_fields_set
    assert back[1].model_fields_set == claims[1].model_fields_set


def test_claims_of_another_shape_pickle_as_they_are():
    e = extractions()[0]
    c = e.claims[0]
    reordered = c.model_copy()
    object.__setattr__(reordered, "__dict__", dict(reversed(c.__dict__.items())))  # fields in another order
    assert pack((reordered,)) is None
    odd = Extraction(e.source, (reordered, *e.claims[1:]), e.segmented, e.garbled, e.entities)
    back = pickle.loads(pickle.dumps(odd))
    assert list(back.claims[0].__dict__) == list(reordered.__dict__)
    assert back.claims[0].model_dump_json() == reordered.model_dump_json()


def test_a_segmented_text_comes_back_the_same_with_or_without_sentences():
    from claims.model import Document, Source
    from claims.text.segment import Paragraph, Sentence, segment

    for raw in ("", "\n\n", "问：你好吗？\n答：很好。今年营收增长了5%。\n\n> 引文"):
        seg = segment(Document(Source(id="s", path="<s>"), raw))
        back = pickle.loads(pickle.dumps(seg))
        assert back == seg
        assert all(type(s) is Sentence for s in back.sentences) and all(type(p) is Paragraph for p in back.paragraphs)


def test_models_two_articles_of_one_pickle_share_stay_one_model():
    """A reprinted sentence's mentions come from the pipeline's caches: the two articles' claims
    hold the same value objects, and so do they after one pickle carries both (as the pool sends
    a chunk of articles)."""
    p = sorted(SEEDS.glob("*.txt"))[0]
    a, b = extract_document(load(p, "a")), extract_document(load(p, "b"))
    assert any(x.value is y.value for x, y in zip(a.claims, b.claims, strict=True))
    back_a, back_b = pickle.loads(pickle.dumps([a, b]))
    for x, y, bx, by in zip(a.claims, b.claims, back_a.claims, back_b.claims, strict=True):
        assert (x.value is y.value) == (bx.value is by.value)
        assert bx.model_dump_json() == x.model_dump_json() and by.model_dump_json() == y.model_dump_json()


def test_rows_read_in_earlier_pickles_build_no_model_of_a_later_one():
    """Each source read back on its own, one after another (their rows die in between, and new
    tuples may take their ids): every claim still reads as it was written."""
    for e in extractions() * 2:
        back = pickle.loads(pickle.dumps(e))
        for a, b in zip(e.claims, back.claims, strict=True):
            same_models(a, b)
