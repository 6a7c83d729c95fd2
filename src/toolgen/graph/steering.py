"""Diversity steering: a run-wide coverage memory that down-weights what was used.

Chains for a whole run are planned up front, in index order, against one `Coverage`;
realising conversations afterwards in any order (or on any number of workers) therefore
cannot change what was sampled. With steering off every weight is 1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

VALUE_MEMORY = 1 << 14
"""Distinct argument values remembered before the ones used once are forgotten."""


@dataclass
class Coverage:
    """Use counts of endpoints, tools, edges, patterns and argument values."""

    enabled: bool = True
    strength: float = 1.0
    endpoints: Counter[str] = field(default_factory=Counter)
    tools: Counter[str] = field(default_factory=Counter)
    edges: Counter[tuple[str, str]] = field(default_factory=Counter)
    patterns: Counter[str] = field(default_factory=Counter)
    values: Counter[str] = field(default_factory=Counter)
    value_limit: int = VALUE_MEMORY

    def endpoint_weight(self, endpoint_id: str, tool_id: str) -> float:
        if not self.enabled:
            return 1.0
        used = self.endpoints[endpoint_id] + 0.5 * self.tools[tool_id]
        return float(1.0 / (1.0 + used) ** self.strength)

    def endpoint_weights(self, endpoint_ids: Iterable[str], tool_of: Mapping[str, str]
                         ) -> list[float]:
        """`endpoint_weight` of each endpoint, in one pass (the sampler weighs two dozen
        candidates per pick); `.get` because a Counter's miss is a Python-level call."""
        if not self.enabled:
            return [1.0 for _ in endpoint_ids]
        used, tools, strength = self.endpoints.get, self.tools.get, self.strength
        return [float(1.0 / (1.0 + (used(e, 0) + 0.5 * tools(tool_of[e], 0))) ** strength)
                for e in endpoint_ids]

    def edge_weight(self, source: str, target: str) -> float:
        if not self.enabled:
            return 1.0
        return float(1.0 / (1.0 + self.edges[(source, target)]) ** self.strength)

    def pattern_weight(self, pattern: str, share: float, total: int) -> float:
        """Pull each pattern towards its configured share of the run so far."""
        if not self.enabled or total == 0:
            return share
        deficit = share - self.patterns[pattern] / total
        return max(share * (1.0 + 4.0 * deficit / max(share, 1e-9)), share * 0.05)

    def value_weight(self, value: str) -> float:
        if not self.enabled:
            return 1.0
        return float(1.0 / (1.0 + self.values[value]) ** self.strength)

    def record(
        self,
        endpoints: Iterable[tuple[str, str]],
        pairs: Iterable[tuple[str, str]],
        patterns: Iterable[str],
    ) -> None:
        for endpoint_id, tool_id in endpoints:
            self.endpoints[endpoint_id] += 1
            self.tools[tool_id] += 1
        for pair in pairs:
            self.edges[pair] += 1
        for pattern in patterns:
            self.patterns[pattern] += 1

    def record_value(self, value: str) -> None:
        self.values[value] += 1
        if len(self.values) > self.value_limit:
            self._forget_singletons()

    def _forget_singletons(self) -> None:
        # Generated values (ids, names, dates) are nearly all distinct, so remembering each
        # grows memory with the run. Repeats are what steering acts on; a value used once
        # weighs 0.5 against an unseen one's 1, a difference worth less than flat memory.
        # Planning runs in index order in one process, so forgetting stays deterministic.
        for value in [v for v, count in self.values.items() if count == 1]:
            del self.values[value]
        # Repeated values alone may fill the memory; then it grows, still bounded by reuse.
        self.value_limit = max(self.value_limit, 2 * len(self.values))
