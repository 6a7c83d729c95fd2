"""Readable views of the graph: Mermaid diagrams per category and the strongest chains.

This module owns picking what a human can read (at most `MAX_NODES` nodes per diagram,
the strongest data-flow chains) and rendering it as Markdown with Mermaid blocks.
It must not write files (that is `artifacts.py`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence

from toolgen.graph.build import EndpointGraph
from toolgen.graph.columns import KIND_CODE, NO_LABEL
from toolgen.records import Edge, Endpoint

MAX_NODES = 25
MAX_DIAGRAM_EDGES = 60
CHAIN_SEEDS = 200
MAX_CHAIN_EDGES = 4

_WHITESPACE = re.compile(r"\s+")
# Mermaid entity codes: these characters would end a label or start markup.
_ESCAPES = {'"': "#quot;", "[": "#91;", "]": "#93;", "<": "#lt;", ">": "#gt;", "|": "#124;",
            "{": "#123;", "}": "#125;", "#": "#35;", "`": "'"}
_UNSAFE = re.compile("|".join(re.escape(c) for c in _ESCAPES))
_FLOW = bytes([KIND_CODE["data_flow"]])


def label(text: str, size: int = 40) -> str:
    """Text safe inside a Mermaid `["..."]` label: one line, at most `size` characters."""
    clean = _WHITESPACE.sub(" ", text).strip()
    if len(clean) > size:
        clean = clean[: size - 1] + "…"
    return _UNSAFE.sub(lambda m: _ESCAPES[m.group(0)], clean)


def inner_flow_degrees(graph: EndpointGraph) -> list[int]:
    """Per node (by number), its data-flow edges to and from endpoints of its own category.

    One pass over the corpus's data-flow edges, found by `bytes.find` among each node's
    edges, on node numbers: every category's diagram ranks its members by it (a pass per
    category made each one's member list, set and counts by id again).
    """
    nodes, category_of = graph.nodes, graph.categories
    numbers: dict[str, int] = {}
    cats = [numbers.setdefault(category_of[node], len(numbers)) for node in nodes]
    offsets, targets, kinds = graph.columns.out_offsets, graph.columns.targets, graph.edge_kinds
    degree = [0] * len(nodes)
    for k, own in enumerate(cats):
        stop = offsets[k + 1]
        i = kinds.find(_FLOW, offsets[k], stop)
        while i >= 0:
            target = targets[i]
            if cats[target] == own:
                degree[k] += 1
                degree[target] += 1
            i = kinds.find(_FLOW, i + 1, stop)
    return degree


def _ranked(graph: EndpointGraph, members: list[Endpoint],
            degrees: Sequence[int] | None) -> list[Endpoint]:
    degree = inner_flow_degrees(graph) if degrees is None else degrees
    positions = graph.positions
    members.sort(key=lambda ep: (-degree[positions[ep.id]], ep.id))
    return members[:MAX_NODES]


def category_diagram(graph: EndpointGraph, category: str,
                     degrees: Sequence[int] | None = None) -> str:
    """Markdown with one Mermaid flowchart: endpoints grouped by tool, data-flow arrows.

    `degrees`: `inner_flow_degrees(graph)`, when the caller has it already (a build
    draws every category's diagram)."""
    members = list(graph.in_category(category))
    total = len(members)
    nodes = _ranked(graph, members, degrees)
    short = {ep.id: f"n{i}" for i, ep in enumerate(nodes)}
    lines = ["flowchart LR"]
    by_tool: dict[str, list[Endpoint]] = {}
    for ep in nodes:
        by_tool.setdefault(ep.tool_id, []).append(ep)
    for t, tool_id in enumerate(sorted(by_tool)):
        group = by_tool[tool_id]
        lines.append(f'  subgraph t{t}["{label(group[0].tool_name or tool_id)}"]')
        lines.extend(f'    {short[ep.id]}["{label(ep.name or ep.function_name)}"]'
                     for ep in sorted(group, key=lambda ep: ep.id))
        lines.append("  end")
    lines.extend(_arrows(graph, nodes, short))
    note = f"Showing {len(nodes)} of {total} endpoints (best connected by data flow)."
    return f"# {category}\n\n{note}\n\n```mermaid\n" + "\n".join(lines) + "\n```\n"


def _arrows(graph: EndpointGraph, nodes: Sequence[Endpoint], short: dict[str, str]) -> list[str]:
    params: dict[tuple[str, str], list[str]] = {}
    # Edge numbers, not models: a category's nodes have thousands of data-flow edges.
    targets, param_ids, labels = graph.edge_targets, graph.columns.param_ids, graph.columns.labels
    for ep in nodes:
        for i in graph.out_edge_ids(ep.id, "data_flow"):
            if targets[i] in short:
                param = param_ids[i]
                params.setdefault((ep.id, targets[i]), []).append(
                    labels[param] if param != NO_LABEL else "")
    arrows = []
    for (source, target), names in sorted(params.items())[:MAX_DIAGRAM_EDGES]:
        text = label(", ".join(sorted(set(names))), 30)
        arrows.append(f'  {short[source]} -->|"{text}"| {short[target]}')
    return arrows


def strongest_chains(graph: EndpointGraph, top: int = 10) -> list[list[Edge]]:
    """The strongest data-flow chains: greedy walks from the best edges.

    Each hop must fill a new argument (so `order_id` passed around siblings is not a
    chain), and picked chains share at most half of their endpoints with earlier ones.
    """
    sources, targets, weights = graph.edge_sources, graph.edge_targets, graph.edge_weights
    kinds, params = graph.edge_kinds, graph.columns.param_ids
    labels = graph.columns.labels
    flow = KIND_CODE["data_flow"]
    # The first CHAIN_SEEDS in sorted order (`nsmallest` is `sorted(...)[:n]`, ties and
    # all), without sorting all 900,000 edges of a big corpus.
    seeds = heapq.nsmallest(CHAIN_SEEDS, (i for i, kind in enumerate(kinds) if kind == flow),
                            key=lambda i: (-weights[i], sources[i], targets[i],
                                           labels[params[i]] if params[i] != NO_LABEL else ""))
    chains = [_extend(graph, graph.edge(i)) for i in seeds]
    chains.sort(key=lambda c: (-len(c), -sum(e.weight for e in c), [e.source for e in c]))
    picked: list[list[Edge]] = []
    seen: list[set[str]] = []
    for chain in chains:
        nodes = {chain[0].source, *(e.target for e in chain)}
        if all(len(nodes & other) * 2 <= len(nodes) for other in seen):
            seen.append(nodes)
            picked.append(chain)
        if len(picked) == top:
            break
    return picked


def _extend(graph: EndpointGraph, seed: Edge) -> list[Edge]:
    chain = [seed]
    visited = {seed.source, seed.target}
    filled = {seed.target_param}
    targets, param_ids, labels = graph.edge_targets, graph.columns.param_ids, graph.columns.labels
    while len(chain) < MAX_CHAIN_EDGES:
        # out_edges lists data flow strongest first, so the first acceptable is the best
        # (only that one is made a model).
        found = next((i for i in graph.out_edge_ids(chain[-1].target, "data_flow")
                      if targets[i] not in visited
                      and (labels[param_ids[i]] if param_ids[i] != NO_LABEL else None)
                      not in filled), None)
        if found is None:
            break
        step = graph.edge(found)
        chain.append(step)
        visited.add(step.target)
        filled.add(step.target_param)
    return chain


def chains_markdown(graph: EndpointGraph, top: int = 10) -> str:
    """Markdown listing the strongest chains, each with a small Mermaid diagram."""
    parts = ["# Strongest data-flow chains", "",
             "Greedy walks along the strongest data-flow edges (output field -> argument).", ""]
    chains = strongest_chains(graph, top)
    if not chains:
        parts.append("No data-flow edges in this corpus.")
    for i, chain in enumerate(chains, 1):
        parts.extend(_chain_section(graph, i, chain))
    return "\n".join(parts) + "\n"


def _chain_section(graph: EndpointGraph, i: int, chain: list[Edge]) -> list[str]:
    ids = [chain[0].source, *(e.target for e in chain)]
    names = [graph.endpoints[n].function_name for n in ids]
    score = sum(e.weight for e in chain)
    lines = [f"## {i}. {' -> '.join(names)} (score {score:.2f})", "", "```mermaid",
             "flowchart LR"]
    lines.extend(f'  c{k}["{label(graph.endpoints[n].name or names[k])}"]'
                 for k, n in enumerate(ids))
    lines.extend(f'  c{k} -->|"{label(f"{e.source_field} → {e.target_param}", 50)}"| c{k + 1}'
                 for k, e in enumerate(chain))
    lines.extend(["```", ""])
    return lines
