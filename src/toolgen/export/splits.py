"""Train / validation splits without leakage: whole groups go to one split, per seed.

A group is a chain (the record's sampled endpoint path) or, with `by="tool"`, every record
connected to another through a shared tool, so no chain (or tool) is seen in two splits.
Groups are ordered by a blake2b key of (seed, group) and dealt greedily to the split
furthest below its target share, which is deterministic and close to the asked shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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


def _groups(keys: Sequence[SplitKey]) -> list[list[int]]:
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, item in enumerate(keys):
        for key in item.keys:
            j = first.setdefault(key, i)
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def assign_splits(
    records: Sequence[Record], spec: SplitSpec, seed: int, by: SplitBy = "chain"
) -> list[str]:
    """The split name of each record (same order as `records`)."""
    return assign_split_keys([split_key(r, by) for r in records], spec, seed)


def assign_split_keys(keys: Sequence[SplitKey], spec: SplitSpec, seed: int) -> list[str]:
    """The split name of each record given only its `SplitKey` (same order as `keys`),
    so a file can be split from a first pass that keeps the keys, not the records."""
    groups = _groups(keys)
    groups.sort(key=lambda g: derive_seed(seed, "split",
                                          min(keys[i].conversation_id for i in g)))
    counts = {name: 0 for name, _ in spec.shares}
    out = [""] * len(keys)
    placed = 0
    for group in groups:
        placed += len(group)
        name = max(spec.shares, key=lambda s: s[1] * placed - counts[s[0]])[0]
        counts[name] += len(group)
        for i in group:
            out[i] = name
    return out
