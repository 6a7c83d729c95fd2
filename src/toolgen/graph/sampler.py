"""Constrained, weighted random walks over the endpoint graph: one `Chain` per conversation.

The sampler picks the conversation's main pattern from a configurable mix (pulled towards
its shares by the run's `Coverage`), then walks the graph for a chain that can carry it:
data-flow edges for multi-step chains, category neighbours of one subject (`subjects`), or
one call made twice, for parallel calls. Candidate pools are computed once; each pick looks
at a small random sample of them, so sampling stays O(1) per step whatever the corpus size.
Pools hold edge numbers (indexes into the graph's edge columns), never `Edge` models: a
47k-endpoint corpus has about a million edges; only those a chain links through become
models.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from toolgen.graph.build import EndpointGraph
from toolgen.graph.columns import KIND_CODE
from toolgen.graph.steering import Coverage
from toolgen.graph.subjects import asked_together
from toolgen.records import Chain, Edge, Endpoint

BASE_PATTERNS: tuple[str, ...] = (
    "single_call",
    "multi_step_single_tool",
    "multi_step_multi_tool",
    "parallel",
    "clarification",
    "follow_up",
)
ROBUSTNESS_PATTERNS: tuple[str, ...] = (
    "error_recovery",
    "rate_limited",
    "auth_refresh",
    "pagination",
    "stateful",
    "missing_tool",
    "irrelevance",
)
DEFAULT_MIX: dict[str, float] = {
    "single_call": 0.10,
    "multi_step_single_tool": 0.12,
    "multi_step_multi_tool": 0.30,
    "parallel": 0.16,
    "clarification": 0.16,
    "follow_up": 0.16,
}
# Share of conversations that also carry each robustness pattern (issue: >= 3 % each).
DEFAULT_ROBUSTNESS: dict[str, float] = {
    "error_recovery": 0.08,
    "rate_limited": 0.06,
    "auth_refresh": 0.05,
    "pagination": 0.10,
    "stateful": 0.14,
    "missing_tool": 0.05,
    "irrelevance": 0.05,
}
_SAMPLE = 24  # candidates looked at per pick
_SAME_TOOL = KIND_CODE["same_tool"]
_SAME_CATEGORY = KIND_CODE["same_category"]
_DATA_FLOW = KIND_CODE["data_flow"]
_BYTE = [bytes([code]) for code in range(len(KIND_CODE))]


class _PerNode(dict[str, list[int]]):
    """Per-node edge pools, each made on first look-up by `make`."""

    def __init__(self, make: Callable[[str], list[int]]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, node: str) -> list[int]:
        pool = self[node] = self._make(node)
        return pool


def robustness_shares(spec: str) -> dict[str, float]:
    """Shares from `error_recovery=0.1,pagination=0` laid over the defaults.

    `none` turns every robustness pattern off. Raises ValueError naming the bad part.
    """
    shares = dict(DEFAULT_ROBUSTNESS)
    if spec.strip().lower() == "none":
        return {p: 0.0 for p in shares}
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in shares:
            raise ValueError(f"expected PATTERN=SHARE with PATTERN one of "
                             f"{', '.join(ROBUSTNESS_PATTERNS)}; got {part!r}")
        try:
            share = float(value)
        except ValueError:
            raise ValueError(f"{name}: share {value.strip()!r} is not a number") from None
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"{name}: share {share} is not between 0 and 1")
        shares[name] = share
    if sum(shares.values()) > 1.0 + 1e-9:
        raise ValueError(f"shares add up to {sum(shares.values()):.2f}; at most 1 "
                         "(one robustness pattern per conversation)")
    return shares


class SamplingError(ValueError):
    """No chain can satisfy the constraints on this graph (the message says why)."""


@dataclass(frozen=True)
class SamplerConfig:
    min_calls: int = 1
    max_calls: int = 4
    min_distinct_tools: int = 1
    categories: tuple[str, ...] | None = None
    pattern_mix: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_MIX))
    robustness: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_ROBUSTNESS))


class ChainSampler:
    def __init__(self, graph: EndpointGraph, config: SamplerConfig, coverage: Coverage,
                 pageable: Callable[[Endpoint], bool] | None = None,
                 usable: Callable[[str], bool] | None = None) -> None:
        self.graph = graph
        # Which endpoints a pagination overlay can page (the environment's rule: list or
        # search reads declaring a page/offset/cursor parameter); None: no preference.
        self._pageable = pageable
        self.config = config
        self.coverage = coverage
        allowed = set(config.categories) if config.categories else None
        in_categories = [
            n for n in graph.nodes if allowed is None or graph.categories[n] in allowed
        ]
        # `usable`: the endpoints chains may hold (e.g. only those offline generation can
        # make believable); None: all of them.
        self.nodes = in_categories if usable is None else [n for n in in_categories if usable(n)]
        if not self.nodes:
            aside = len(in_categories) - len(self.nodes)
            raise SamplingError("no endpoint in the allowed categories" + (
                f" ({aside} set aside as not realisable offline)" if aside else ""))
        self._allowed = None if allowed is None and usable is None else set(self.nodes)
        self._src, self._dst = graph.edge_sources, graph.edge_targets
        self._weight = graph.edge_weights
        self._tool = graph.tool_ids
        # Each node's pools are made when a pick first looks at the node (a run of a few
        # records on a 47k-endpoint corpus looks at a few hundred); which nodes can start
        # each kind of chain is found here by stopping at the first edge that can.
        self._flow: dict[str, list[int]] = _PerNode(self._flow_edges)
        self._near: dict[str, list[int]] = _PerNode(self._near_edges)
        self.cross_flow, self.tool_flow, self.with_near = self._starts()
        needs_input = dict(zip(graph.nodes, graph.columns.facts.needs_input, strict=True))
        self.with_required = [n for n in self.nodes if needs_input[n]]
        self._required_set = set(self.with_required)
        self.total = 0

    # -- public -------------------------------------------------------------------------

    def sample(self, rng: random.Random, like: Chain | None = None) -> Chain:
        """The next chain of the run; records it in the coverage memory. `like`: a chain
        drawn before that the caller could not use, whose pattern and overlays this one
        keeps (only its endpoints are drawn again)."""
        pattern = self._pick_pattern(rng) if like is None else like.pattern
        chain = self._build(pattern, rng) or self._fallback(pattern, rng)
        overlays = self._pick_overlays(rng, chain) if like is None else like.overlays
        if overlays == ("pagination",):
            chain = self._with_pageable(pattern, chain, rng)
        chain = chain.model_copy(update={"overlays": overlays})
        ids = chain.endpoint_ids
        pairs = list(itertools.pairwise(ids))
        # a draw again is the same conversation's: its pattern is counted once, or the
        # steering would think it drawn twice and draw it less
        counted = (pattern, *overlays) if like is None else ()
        if like is None:
            self.total += 1
        self.coverage.record([(e, self._tool[e]) for e in ids], pairs, counted)
        return chain

    # -- patterns -----------------------------------------------------------------------

    def _allowed_patterns(self) -> dict[str, float]:
        cfg = self.config
        mix = {p: w for p, w in cfg.pattern_mix.items() if w > 0 and p in BASE_PATTERNS}
        if cfg.min_calls > 1 or cfg.min_distinct_tools > 1:
            mix.pop("single_call", None)
        if cfg.min_distinct_tools > 1:
            mix.pop("multi_step_single_tool", None)
        if cfg.max_calls < 2:
            mix = {p: w for p, w in mix.items() if p in ("single_call", "clarification")}
        if not mix:
            raise SamplingError("the pattern mix allows no pattern under these call limits")
        return mix

    def _pick_pattern(self, rng: random.Random) -> str:
        mix = self._allowed_patterns()
        total = sum(mix.values())
        names = sorted(mix)
        weights = [self.coverage.pattern_weight(p, mix[p] / total, self.total) for p in names]
        return rng.choices(names, weights)[0]

    def _pick_overlays(self, rng: random.Random, chain: Chain) -> tuple[str, ...]:
        rob = self.config.robustness
        if not rob:
            return ()
        names = sorted(p for p, w in rob.items() if w > 0)
        total_share = sum(rob[p] for p in names)
        if rng.random() >= min(total_share, 1.0):
            return ()
        weights = [
            self.coverage.pattern_weight(p, rob[p] / total_share, self.total) for p in names
        ]
        return (rng.choices(names, weights)[0],)

    def _with_pageable(self, pattern: str, chain: Chain, rng: random.Random) -> Chain:
        """A chain of the same pattern holding an endpoint the overlay can page, when a few
        tries find one (pagination is only put on calls that really page)."""
        if self._pageable is None:
            return chain
        check = self._pageable
        for _ in range(12):
            if any(check(self.graph.endpoints[e]) for e in chain.endpoint_ids):
                return chain
            chain = self._build(pattern, rng) or chain
        return chain

    def _build(self, pattern: str, rng: random.Random) -> Chain | None:
        builders: dict[str, Callable[[random.Random], Chain | None]] = {
            "single_call": self._single,
            "multi_step_single_tool": self._single_tool,
            "multi_step_multi_tool": self._multi_tool,
            "parallel": self._parallel,
            "clarification": self._clarification,
            "follow_up": self._follow_up,
        }
        return builders[pattern](rng)

    def _fallback(self, pattern: str, rng: random.Random) -> Chain:
        others = ("multi_step_multi_tool", "parallel", "multi_step_single_tool", "single_call")
        for _ in range(8):  # random walks can miss: a few tries, its own pattern's too
            for other in others:
                chain = self._build(other, rng)
                if chain is not None and self._fits(chain):
                    return chain
        raise SamplingError(
            f"no chain satisfies min_calls={self.config.min_calls}, "
            f"max_calls={self.config.max_calls}, "
            f"min_distinct_tools={self.config.min_distinct_tools} on this graph"
        )

    def _fits(self, chain: Chain) -> bool:
        n = len(chain.endpoint_ids)
        tools = {self._tool[e] for e in chain.endpoint_ids}
        cfg = self.config
        return cfg.min_calls <= n <= cfg.max_calls and len(tools) >= cfg.min_distinct_tools

    def _single(self, rng: random.Random) -> Chain | None:
        start = self._pick(self.with_required or self.nodes, rng)
        chain = Chain(steps=((start,),), pattern="single_call")
        return chain if self._fits(chain) else None

    def _single_tool(self, rng: random.Random) -> Chain | None:
        if not self.tool_flow:
            return None
        start = self._pick(self.tool_flow, rng)
        tool = self._tool[start]
        length = self._length(rng, 2, 3)
        ids, links = self._walk(start, length, rng, lambda e: self._tool[e] == tool,
                                same_tool=True)
        if len(ids) < 2:
            return None
        chain = Chain(steps=tuple((i,) for i in ids), links=links,
                      pattern="multi_step_single_tool")
        return chain if self._fits(chain) else None

    def _multi_tool(self, rng: random.Random, pattern: str = "multi_step_multi_tool",
                    pool: Sequence[str] | None = None) -> Chain | None:
        if not self.cross_flow:
            return None
        start = self._pick(pool or self.cross_flow, rng)
        length = self._length(rng, 2, 4)
        ids, links = self._walk(start, length, rng, lambda e: True, same_tool=False)
        if len(ids) < 2 or not links:
            return None
        chain = Chain(steps=tuple((i,) for i in ids), links=links, pattern=pattern)
        return chain if self._fits(chain) else None

    def _parallel(self, rng: random.Random) -> Chain | None:
        if not self.with_near:
            return None
        start = self._pick(self.with_near, rng)
        width = 2 if rng.random() < 0.75 else 3
        group = [start]
        tools = {self._tool[start]}
        dst, tool_of, ends = self._dst, self._tool, self.graph.endpoints
        for _ in range(width - 1):
            options = [i for i in self._near[start] if dst[i] not in group and asked_together(
                [ends[g] for g in group], ends[dst[i]])]
            fresh = [i for i in options if tool_of[dst[i]] not in tools]
            edge = self._pick_edge(fresh or options, rng)
            if edge is None:
                break
            group.append(dst[edge])
            tools.add(tool_of[dst[edge]])
        if len(group) == 1 and start in self._required_set:
            group.append(start)  # one ask for two things: the weather in Paris and in Rome
        if len(group) < 2 or len(group) > self.config.max_calls:
            return None
        steps: list[tuple[str, ...]] = [tuple(group)]
        links: list[Edge] = []
        if len(group) < self.config.max_calls and rng.random() < 0.5:
            flow = [i for g in group for i in self._flow[g] if dst[i] not in group]
            edge = self._pick_edge(flow, rng)
            if edge is not None:
                steps.append((dst[edge],))
                links.append(self.graph.edge(edge))
        chain = Chain(steps=tuple(steps), links=tuple(links), pattern="parallel")
        return chain if self._fits(chain) else None

    def _clarification(self, rng: random.Random) -> Chain | None:
        if rng.random() < 0.6:
            pool = [n for n in self.cross_flow if n in self._required_set]
            chain = self._multi_tool(rng, "clarification", pool or None)
            if chain is not None:
                return chain
        if not self.with_required:
            return None
        start = self._pick(self.with_required, rng)
        chain = Chain(steps=((start,),), pattern="clarification")
        return chain if self._fits(chain) else None

    def _follow_up(self, rng: random.Random) -> Chain | None:
        chain = self._multi_tool(rng, "follow_up")
        if chain is None:
            return None
        split = rng.randint(1, len(chain.steps) - 1)
        return chain.model_copy(update={"split": split})

    def build_like(self, chain: Chain, rng: random.Random) -> Chain | None:
        """Another chain of `chain`'s pattern (None when a walk misses), holding a call
        that pages when `chain` carries the pagination overlay; recorded nowhere."""
        built = self._build(chain.pattern, rng)
        if built is not None and chain.overlays == ("pagination",):
            built = self._with_pageable(chain.pattern, built, rng)
        return built

    def step_after(self, first: str, rng: random.Random, avoid: Callable[[str], bool],
                   same_tool: bool) -> tuple[str, Edge | None] | None:
        """A neighbour of `first` that `avoid` does not refuse, and the link to it: along
        data flow (to another tool when one can be had), else, for `same_tool`, along a
        same-tool link (no data passed); None when there is none."""
        dst, tool_of = self._dst, self._tool
        flow = [i for i in self._flow[first] if not avoid(dst[i])
                and (not same_tool or tool_of[dst[i]] == tool_of[first])]
        fresh = [i for i in flow if tool_of[dst[i]] != tool_of[first]]
        edge = self._pick_edge(fresh or flow, rng)
        if edge is not None:
            return dst[edge], self.graph.edge(edge)
        if same_tool:
            kinds = self.graph.edge_kinds
            edge = self._pick_edge([i for i in self._near[first]
                                    if kinds[i] == _SAME_TOOL and not avoid(dst[i])], rng)
        return None if edge is None else (dst[edge], None)

    def fits(self, chain: Chain) -> bool:
        """Whether `chain` keeps the configured call and tool limits."""
        return self._fits(chain)

    # -- walking ------------------------------------------------------------------------

    def _walk(
        self,
        start: str,
        length: int,
        rng: random.Random,
        accept: Callable[[str], bool],
        same_tool: bool,
    ) -> tuple[list[str], tuple[Edge, ...]]:
        dst, tool_of, kinds = self._dst, self._tool, self.graph.edge_kinds
        ids = [start]
        tools = {tool_of[start]}
        links: list[int] = []
        while len(ids) < length:
            options = [
                i
                for node in reversed(ids[-2:])
                for i in self._flow[node]
                if dst[i] not in ids and accept(dst[i])
            ]
            if not same_tool:
                fresh = [i for i in options if tool_of[dst[i]] not in tools]
                options = fresh if fresh and rng.random() < 0.85 else options
            edge = self._pick_edge(options, rng)
            if edge is None and same_tool:
                near = [i for i in self._near[ids[-1]]
                        if kinds[i] == _SAME_TOOL and dst[i] not in ids]
                edge = self._pick_edge(near, rng)
                if edge is None:
                    break
                ids.append(dst[edge])
                continue
            if edge is None:
                break
            ids.append(dst[edge])
            tools.add(tool_of[dst[edge]])
            links.append(edge)
        return ids, tuple(self.graph.edge(i) for i in links)

    def _length(self, rng: random.Random, low: int, high: int) -> int:
        low = max(low, self.config.min_calls)
        high = min(high, self.config.max_calls)
        if high <= low:
            return max(low, high)
        # Shorter chains are more common in real requests.
        return rng.choices(range(low, high + 1), [0.5 ** k for k in range(high - low + 1)])[0]

    def _pick(self, pool: Sequence[str], rng: random.Random) -> str:
        sample = pool if len(pool) <= _SAMPLE else [rng.choice(pool) for _ in range(_SAMPLE)]
        return rng.choices(sample, self.coverage.endpoint_weights(sample, self._tool))[0]

    def _pick_edge(self, edges: Sequence[int], rng: random.Random) -> int | None:
        """The number of an edge picked from `edges` (edge numbers), weighted; None if empty."""
        if not edges:
            return None
        sample = edges if len(edges) <= _SAMPLE else [rng.choice(edges) for _ in range(_SAMPLE)]
        src, dst, weight = self._src, self._dst, self._weight
        tool_of, coverage = self._tool, self.coverage
        weights = [
            weight[i]
            * coverage.edge_weight(src[i], dst[i])
            * coverage.endpoint_weight(dst[i], tool_of[dst[i]])
            for i in sample
        ]
        return rng.choices(sample, weights)[0]

    def _edges(self, node: str, kind: str) -> list[int]:
        """Numbers of the edges of `kind` leaving `node` towards an allowed endpoint."""
        ids = self.graph.out_edge_ids(node, kind)
        if self._allowed is None:
            return ids
        dst, allowed = self._dst, self._allowed
        return [i for i in ids if dst[i] in allowed]

    def _flow_edges(self, node: str) -> list[int]:
        """Data-flow edges from `node` whose field fits the argument as generated."""
        fits = self.graph.edge_fits
        return [i for i in self._edges(node, "data_flow") if fits[i]]

    def _near_edges(self, node: str) -> list[int]:
        """Same-category, then same-tool edges from `node`."""
        return self._edges(node, "same_category") + self._edges(node, "same_tool")

    def _other_tool(self, i: int) -> bool:
        return self._tool[self._src[i]] != self._tool[self._dst[i]]

    def _starts(self) -> tuple[list[str], list[str], list[str]]:
        """The nodes whose `_flow` reaches another tool (`cross_flow`), whose `_flow`
        stays in the tool or that have a same-tool link (`tool_flow`), and whose `_near`
        is not empty (`with_near`), in node order. One inlined pass (it runs over every
        node of the corpus before the first record): the edges of a kind are found by
        `bytes.find`, and a node's look stops once its answers are known."""
        graph = self.graph
        offsets, kinds, fits = graph.columns.out_offsets, graph.edge_kinds, graph.edge_fits
        dst, allowed, tool, positions = self._dst, self._allowed, self._tool, graph.positions
        flow_b = _BYTE[_DATA_FLOW]
        cross_flow: list[str] = []
        tool_flow: list[str] = []
        with_near: list[str] = []
        for node in self.nodes:
            k = positions[node]
            start, stop = offsets[k], offsets[k + 1]
            own = tool[node]
            cross = same = False
            i = kinds.find(flow_b, start, stop)
            while i >= 0 and not (cross and same):
                if fits[i] and (allowed is None or dst[i] in allowed):
                    if tool[dst[i]] != own:
                        cross = True
                    else:
                        same = True
                i = kinds.find(flow_b, i + 1, stop)
            tool_link = self._links(start, stop, _SAME_TOOL)
            if cross:
                cross_flow.append(node)
            if same or tool_link:
                tool_flow.append(node)
            if tool_link or self._links(start, stop, _SAME_CATEGORY):
                with_near.append(node)
        return cross_flow, tool_flow, with_near

    def _links(self, start: int, stop: int, code: int) -> bool:
        """Whether an edge of kind `code` among edges `start:stop` reaches an allowed
        endpoint."""
        kinds, dst, allowed, byte = self.graph.edge_kinds, self._dst, self._allowed, _BYTE[code]
        i = kinds.find(byte, start, stop)
        while i >= 0:
            if allowed is None or dst[i] in allowed:
                return True
            i = kinds.find(byte, i + 1, stop)
        return False
