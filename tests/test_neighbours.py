"""top_k agrees with scikit-learn's brute-force cosine neighbours (the slow reference)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors

from matcher.neighbours import CharTfidf, top_k

words = st.text(alphabet="公司有人员用户亿万约超过三百年加入项目", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=2, max_size=40), st.integers(min_value=1, max_value=6))
def test_top_k_matches_sklearn_similarities(texts, k):
    X = TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).fit_transform(texts)
    sims, idx = top_k(X, X, k)
    dist, _ = NearestNeighbors(n_neighbors=min(k, len(texts)), metric="cosine", algorithm="brute").fit(X).kneighbors(X)
    # The same similarity profile per row (indices may differ only among exact ties).
    assert np.allclose(np.sort(sims, axis=1), np.sort(1 - dist, axis=1), atol=1e-5)
    for row in range(len(texts)):
        assert list(sims[row]) == sorted(sims[row], reverse=True)
        assert len(set(idx[row])) == len(idx[row])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="公司有人员用户亿万约超过三百年", min_size=2, max_size=12), min_size=1, max_size=40))
def test_char_tfidf_on_distinct_texts_equals_tfidf_on_every_copy(texts):
    """Indexing each distinct text once, weighted by its copies, gives exactly the rows
    (and query rows) of a vectoriser fitted on every copy."""
    distinct = list(dict.fromkeys(texts))
    index = CharTfidf(distinct, [texts.count(t) for t in distinct])
    full = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True, dtype=np.float32)
    X = full.fit_transform(texts)
    assert (X[[texts.index(t) for t in distinct]] != index.rows).nnz == 0
    queries = ["公司有人", "约超过三百年", "用户"]
    assert (full.transform(queries) != index.transform(queries)).nnz == 0
