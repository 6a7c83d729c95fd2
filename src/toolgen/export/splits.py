"""Train / validation splits without leakage: whole groups go to one split, per seed.

A group is a chain (the record's sampled endpoint path) or, with `by="tool"`, every record
connected to another through a shared tool, so no chain (or tool) is seen in two splits.
Groups are ordered by a blake2b key of (seed, group) and dealt greedily to the split
furthest below its target share, which is deterministic and close to the asked shares.
`SplitPlan` does it over a stream of keys, holding per-key state only (no records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import blake2b
from typing import Literal

from toolgen.records import Record
from toolgen.seeds import derive_seed

SplitBy = Literal["chain", "tool"]


class SplitSpecError(ValueError):
    """A `--split` value that cannot be read."""


@dataclass(frozen=True)
class SplitSpec:
    shares: tuple[tuple[str, float], ...]

    @staticmethod
    def parse(text: str) -> SplitSpec:
        """`train=0.9,val=0.1` -> shares normalised to sum 1."""
        pairs: list[tuple[str, float]] = []
        for part in (p.strip() for p in text.split(",") if p.strip()):
            name, sep, value = part.partition("=")
            try:
                share = float(value) if sep else float("nan")
            except ValueError:
                share = float("nan")
            if not name.strip().isidentifier() or not share > 0:
                raise SplitSpecError(f"expected NAME=SHARE with SHARE > 0, got {part!r}")
            pairs.append((name.strip(), share))
        names = [n for n, _ in pairs]
        if len(pairs) < 2 or len(set(names)) != len(names):
            raise SplitSpecError(f"need two or more distinct splits, got {text!r}")
        total = sum(s for _, s in pairs)
        return SplitSpec(tuple((n, s / total) for n, s in pairs))


def chain_key(record: Record) -> str:
    path = record.metadata.sampled_path or tuple(
        dict.fromkeys(s.endpoint_id for s in record.step_trace))
    return "|".join(path) or record.conversation_id


@dataclass(frozen=True, slots=True)
class SplitKey:
    """What splitting needs of a record: its id and the keys that tie it to others."""

    conversation_id: str
    keys: tuple[str, ...]


def split_key(record: Record, by: SplitBy = "chain") -> SplitKey:
    keys = [chain_key(record)]
    if by == "tool":
        keys += [f"tool:{t}" for t in record.metadata.tools]
    return SplitKey(record.conversation_id, tuple(keys))


def _digest(key: str) -> int:
    # 64-bit keys: a collision (about 1 in 10**7 at a million distinct keys) merges two
    # groups, which keeps every split leak-free.
    return int.from_bytes(blake2b(key.encode(), digest_size=8).digest(), "big")


class SplitPlan:
    """Grouped splits from a stream: `add` each record's `SplitKey` (first pass), `assign`,
    then `name` a record's split from its first key (second pass).

    State grows with the distinct keys (chains, tools), never with the records: a union-find
    over 64-bit key digests, with each group's record count, smallest conversation id (its
    order key) and first position (the tie-break, so groups are dealt in the order a
    union-find over the records gives).
    """

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._size: dict[int, int] = {}
        self._min_id: dict[int, str] = {}
        self._first: dict[int, int] = {}
        self._names: dict[int, str] = {}
        self.records = 0

    def _find(self, key: int) -> int:
        parent = self._parent
        root = key
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    def _union(self, a: int, b: int) -> int:
        a, b = self._find(a), self._find(b)
        if a == b:
            return a
        if self._first[b] < self._first[a]:
            a, b = b, a
        self._parent[b] = a
        self._size[a] += self._size.pop(b)
        self._min_id[a] = min(self._min_id[a], self._min_id.pop(b))
        del self._first[b]
        return a

    def add(self, key: SplitKey) -> None:
        digests = [_digest(k) for k in key.keys]
        for d in digests:
            if d not in self._parent:
                self._parent[d] = d
                self._size[d] = 0
                self._min_id[d] = key.conversation_id
                self._first[d] = self.records
        root = self._find(digests[0])
        for d in digests[1:]:
            root = self._union(root, d)
        self._size[root] += 1
        self._min_id[root] = min(self._min_id[root], key.conversation_id)
        self.records += 1

    def assign(self, spec: SplitSpec, seed: int) -> None:
        """Deal whole groups, in a seeded order, to the split furthest below its share."""
        roots = sorted(self._first, key=lambda r: (
            derive_seed(seed, "split", self._min_id[r]), self._first[r]))
        counts = {name: 0 for name, _ in spec.shares}
        placed = 0
        for root in roots:
            size = self._size[root]
            placed += size
            name = max(spec.shares, key=lambda s: s[1] * placed - counts[s[0]])[0]
            counts[name] += size
            self._names[root] = name

    def name(self, key: SplitKey) -> str:
        return self._names[self._find(_digest(key.keys[0]))]


def assign_splits(
    records: Sequence[Record], spec: SplitSpec, seed: int, by: SplitBy = "chain"
) -> list[str]:
    """The split name of each record (same order as `records`)."""
    return assign_split_keys([split_key(r, by) for r in records], spec, seed)


def assign_split_keys(keys: Sequence[SplitKey], spec: SplitSpec, seed: int) -> list[str]:
    """The split name of each record given only its `SplitKey` (same order as `keys`)."""
    plan = SplitPlan()
    for key in keys:
        plan.add(key)
    plan.assign(spec, seed)
    return [plan.name(key) for key in keys]
