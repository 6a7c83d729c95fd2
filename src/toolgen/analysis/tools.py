"""Metrics of a tool set (not of conversations): size, richness, connectivity, diversity.

Owns `tool_metrics(registry, graph)`: tools, endpoints, parameters per endpoint, the share of
parameters with enums / defaults, of endpoints with nested objects, data-flow edges per
endpoint, connected components of the data-flow graph, lexical diversity of endpoint names
and descriptions, near-duplicate endpoint pairs (same name words and parameter names), and
the endpoints offline generation sets aside as not realisable, per reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from toolgen.graph.build import EndpointGraph
from toolgen.records import Endpoint, Registry
from toolgen.registry.realisable import REASONS, assess_endpoints

MATTR_WINDOW = 50
_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class ToolMetrics:
    tools: int
    endpoints: int
    params_per_endpoint: float
    required_share: float
    enum_share: float
    default_share: float
    nested_share: float
    data_flow_edges_per_endpoint: float
    components: int
    largest_component_share: float
    isolated_share: float
    name_mattr: float
    description_mattr: float
    distinct_descriptions: float
    near_duplicate_pairs: int
    # Endpoints offline generation cannot make believable, per reason of
    # `toolgen.registry.realisable.REASONS` (every reason, 0 when none).
    set_aside: int = 0
    set_aside_by_reason: tuple[tuple[str, int], ...] = ()

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("tools", str(self.tools)), ("endpoints", str(self.endpoints)),
            ("parameters / endpoint", f"{self.params_per_endpoint:.2f}"),
            ("required parameters", _pct(self.required_share)),
            ("parameters with enum", _pct(self.enum_share)),
            ("parameters with default", _pct(self.default_share)),
            ("endpoints with nested objects", _pct(self.nested_share)),
            ("data-flow edges / endpoint", f"{self.data_flow_edges_per_endpoint:.2f}"),
            ("connected components", str(self.components)),
            ("largest component", _pct(self.largest_component_share)),
            ("isolated endpoints", _pct(self.isolated_share)),
            ("name word MATTR (w=50)", f"{self.name_mattr:.3f}"),
            ("description word MATTR (w=50)", f"{self.description_mattr:.3f}"),
            ("distinct descriptions", _pct(self.distinct_descriptions)),
            ("near-duplicate endpoint pairs", str(self.near_duplicate_pairs)),
            ("set aside: not realisable offline", str(self.set_aside)),
            *((f"  {reason}", str(count)) for reason, count in self.set_aside_by_reason),
        ]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def words(text: str) -> list[str]:
    return _WORD.findall(_CAMEL.sub(" ", text).lower())


def has_nested(schema: Any, depth: int = 0) -> bool:
    """An object or array-of-objects below the top level of a JSON Schema."""
    if not isinstance(schema, dict) or depth > 6:
        return False
    props = schema.get("properties")
    if isinstance(props, dict):
        for sub in props.values():
            if isinstance(sub, dict) and (sub.get("type") == "object" or isinstance(
                    sub.get("properties"), dict)):
                return True
            if isinstance(sub, dict) and sub.get("type") == "array" and isinstance(
                    sub.get("items"), dict) and (sub["items"].get("type") == "object"
                                                 or "properties" in sub["items"]):
                return True
    return False


def _endpoint_nested(ep: Endpoint) -> bool:
    return has_nested(ep.response_schema) or has_nested(ep.parameters_schema())


def _distinct_ratio(items: list[Any]) -> float:
    return len(set(items)) / len(items) if items else 0.0


def mattr(tokens: list[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type/token ratio: comparable across corpora of very different sizes."""
    if not tokens:
        return 0.0
    if len(tokens) <= window:
        return len(set(tokens)) / len(tokens)
    counts: Counter[str] = Counter(tokens[:window])
    total = len(counts)
    for i in range(window, len(tokens)):
        counts[tokens[i]] += 1
        old = tokens[i - window]
        counts[old] -= 1
        if counts[old] == 0:
            del counts[old]
        total += len(counts)
    return total / (len(tokens) - window + 1) / window


def near_duplicate_pairs(endpoints: tuple[Endpoint, ...]) -> int:
    """Pairs of endpoints (in different tools) with the same name words and parameters."""
    groups: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    for ep in endpoints:
        key = (tuple(sorted(set(words(ep.name)))), tuple(sorted(p.name for p in ep.parameters)))
        if key[0]:
            groups[key] += 1
    return sum(k * (k - 1) // 2 for k in groups.values())


def tool_metrics(registry: Registry, graph: EndpointGraph) -> ToolMetrics:
    endpoints = registry.endpoints
    params = [p for ep in endpoints for p in ep.parameters]
    n_ep = max(len(endpoints), 1)
    n_par = max(len(params), 1)
    flow = nx.Graph()
    flow.add_nodes_from(e.id for e in endpoints)
    data_flow = 0
    for edge in graph.raw_edges:
        if edge[2] == "data_flow":
            data_flow += 1
            flow.add_edge(edge[0], edge[1])
    comps = [len(c) for c in nx.connected_components(flow)]
    aside = assess_endpoints(endpoints)
    by_reason = aside.counts()
    name_words = [w for ep in endpoints for w in words(ep.name)]
    desc_words = [w for ep in endpoints for w in words(ep.description)]
    return ToolMetrics(
        tools=len(registry.tools), endpoints=len(endpoints),
        params_per_endpoint=len(params) / n_ep,
        required_share=sum(p.required for p in params) / n_par,
        enum_share=sum("enum" in p.json_schema for p in params) / n_par,
        default_share=sum(p.has_default for p in params) / n_par,
        nested_share=sum(_endpoint_nested(ep) for ep in endpoints) / n_ep,
        data_flow_edges_per_endpoint=data_flow / n_ep,
        components=len(comps),
        largest_component_share=max(comps, default=0) / n_ep,
        isolated_share=sum(1 for c in comps if c == 1) / n_ep,
        name_mattr=mattr(name_words),
        description_mattr=mattr(desc_words),
        distinct_descriptions=_distinct_ratio([ep.description for ep in endpoints
                                               if ep.description]),
        near_duplicate_pairs=near_duplicate_pairs(endpoints),
        set_aside=len(aside.set_aside),
        set_aside_by_reason=tuple((r, by_reason.get(r, 0)) for r in REASONS),
    )
