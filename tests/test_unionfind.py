"""matcher.unionfind: the root of a set is its smallest key, whatever the order of the
unions and finds (a fast path answers a root or a key one step below it)."""

from __future__ import annotations

import random

from matcher.unionfind import UnionFind


def test_roots_are_the_smallest_key_of_each_set_whatever_the_order():
    rng = random.Random(11)
    keys = [f"k{i:03d}" for i in range(200)]
    for _ in range(20):
        uf, sets = UnionFind(), {k: {k} for k in keys}
        for _ in range(150):
            a, b = rng.choice(keys), rng.choice(keys)
            if rng.random() < 0.5:
                uf.find(rng.choice(keys))  # finds in between compress paths
            merged = sets[a] | sets[b]
            for k in merged:
                sets[k] = merged
            uf.union(a, b)
        for k in keys:
            assert uf.find(k) == min(sets[k]), k
    assert UnionFind().find("never seen") == "never seen"
