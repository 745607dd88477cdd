"""Nearest neighbours by cosine similarity of L2-normalised TF-IDF rows, in chunks.

The same answer as scikit-learn's brute-force `NearestNeighbors(metric="cosine")`, without
its distance clipping and bookkeeping: a sparse product per chunk of queries, then
`argpartition` for the top k. Ties break by index, so results are deterministic.
"""

from __future__ import annotations

import numpy as np
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
