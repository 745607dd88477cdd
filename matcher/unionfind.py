"""Union-find over string keys with a deterministic root: the smaller key of two merged sets."""

from __future__ import annotations

from collections.abc import Iterable


class UnionFind:
    """Disjoint sets of strings; a key not seen before is a set of its own."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self.parent: dict[str, str] = {k: k for k in keys}

    def __contains__(self, key: str) -> bool:
        return key in self.parent

    def find(self, key: str) -> str:
        parent = self.parent
        up = parent.get(key, key)
        if up == key or parent.get(up, up) == up:
            return up  # a root, or one step below it (compressed): most calls
        root = up
        while parent.get(root, root) != root:
            root = parent[root]
        while key != root:  # path compression
            parent[key], key = root, parent[key]
        return root

    def union(self, a: str, b: str) -> tuple[str, str] | None:
        """Merge the sets of a and b; (kept root, dropped root), or None when already one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        return keep, drop
