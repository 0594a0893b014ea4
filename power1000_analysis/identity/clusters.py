"""Clusters of accounts: union-find with one account per platform and cannot-links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence


class _Clusters:
    """Union-find that keeps one account per platform and honours cannot-link pairs."""

    def __init__(self, platforms: Sequence[str]) -> None:
        self.parent = list(range(len(platforms)))
        self.platforms: list[set[str]] = [{p} for p in platforms]
        self.members: list[set[int]] = [{i} for i in range(len(platforms))]
        self.cannot: dict[int, set[int]] = defaultdict(set)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def forbid(self, i: int, j: int) -> None:
        self.cannot[i].add(j)
        self.cannot[j].add(i)

    def blocked(self, i: int, j: int, *, one_per_platform: bool) -> bool:
        return self.conflict(i, j, one_per_platform=one_per_platform) is not None

    def conflict(self, i: int, j: int, *, one_per_platform: bool) -> str | None:
        """Why joining ``i`` and ``j`` is not allowed: ``"platform"`` (their people would
        hold two accounts of one platform, checked only when ``one_per_platform``),
        ``"decision"`` (a cannot-link pair, the user's "different", would end up in one
        person) or None (allowed)."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return None
        if one_per_platform and self.platforms[ri] & self.platforms[rj]:
            return "platform"
        small, large = sorted((ri, rj), key=lambda r: len(self.members[r]))
        if any(self.find(other) == large for m in self.members[small] for other in self.cannot[m]):
            return "decision"
        return None

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        if len(self.members[ri]) < len(self.members[rj]):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri] |= self.members[rj]
        self.platforms[ri] |= self.platforms[rj]
