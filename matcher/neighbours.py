"""Nearest neighbours by cosine similarity of L2-normalised TF-IDF rows, in chunks.

The same answer as scikit-learn's brute-force `NearestNeighbors(metric="cosine")`, without
its distance clipping and bookkeeping: a sparse product per chunk of queries, then
`argpartition` for the top k. Ties break by index, so results are deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

CHUNK = 512


def top_k(queries: sparse.csr_matrix, items: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray]:
    """For each query row, the k most similar item rows: (similarities, indices), best first."""
    n_items = items.shape[0]
    k = min(k, n_items)
    sims = np.zeros((queries.shape[0], k), dtype=np.float32)
    idx = np.zeros((queries.shape[0], k), dtype=np.int64)
    items_t = items.T.tocsc()
    for lo in range(0, queries.shape[0], CHUNK):
        block = (queries[lo : lo + CHUNK] @ items_t).toarray()
        if k < n_items:
            part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        else:
            part = np.tile(np.arange(n_items), (block.shape[0], 1))
        vals = np.take_along_axis(block, part, axis=1)
        # Best first; equal similarities by item index, so the order never depends on the sort.
        order = np.lexsort((part, -vals), axis=1)
        sims[lo : lo + CHUNK] = np.take_along_axis(vals, order, axis=1)
        idx[lo : lo + CHUNK] = np.take_along_axis(part, order, axis=1)
    return sims, idx


class CharTfidf:
    """Character 2–3-gram TF-IDF (sublinear tf, L2 rows) fitted on distinct texts, each
    weighted by how many times it occurs: the same rows scikit-learn's `TfidfVectorizer`
    gives when fitted on every copy, at the cost of the distinct texts (forty reprints of
    one sentence are counted forty times in the document frequencies, vectorised once)."""

    def __init__(self, texts: Sequence[str], weights: Sequence[int] | None = None) -> None:
        # Imported here: scikit-learn takes 1.5-2 s to import, and a run with no two
        # mentions to compare (one file repeating one sentence) never needs it.
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

        self._counts = CountVectorizer(analyzer="char", ngram_range=(2, 3), dtype=np.float32)
        counts = self._counts.fit_transform(texts)
        w = np.ones(len(texts)) if weights is None else np.asarray(weights, dtype=np.float64)
        per_entry = np.repeat(w, np.diff(counts.indptr))
        df = np.bincount(counts.indices, weights=per_entry, minlength=counts.shape[1]).astype(np.float32)
        # As TfidfTransformer.fit computes it (smooth idf, in the counts' dtype).
        df += 1.0
        idf = np.full_like(df, fill_value=int(w.sum()) + 1, dtype=np.float32)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        self._tfidf = TfidfTransformer(sublinear_tf=True)
        self._tfidf.idf_ = idf
        self._tfidf.n_features_in_ = counts.shape[1]
        self.rows = self._tfidf.transform(counts)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return self._tfidf.transform(self._counts.transform(texts))
