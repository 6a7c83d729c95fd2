"""What a run builds once and every episode shares: registry, graph, executor, judge."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from toolgen.agents.planner import ArgumentValues
from toolgen.episode.synthetic import SYNTHETIC
from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.graph.build import EndpointGraph, build_graph
from toolgen.graph.sampler import SamplerConfig
from toolgen.judge import JudgeContext
from toolgen.records import Endpoint, Registry
from toolgen.registry import collect_corpus_secrets, load_registry
from toolgen.registry.loader import Corpus, load_corpus
from toolgen.registry.realisable import Assessment, askable, assess_endpoints
from toolgen.seeds import derive_seed


@dataclass(frozen=True)
class RunConfig:
    """Everything that decides a run's output (and nothing that does not)."""

    n: int
    seed: int
    toolenv: str | None = None
    fmt: str = "auto"
    max_tools: int | None = None
    sampler: SamplerConfig = field(default_factory=SamplerConfig)
    steering: bool = True
    repair: bool = True
    max_repairs: int = 2
    threshold: float = 3.5
    distractors: int = 3
    # Sample every endpoint, even those offline generation cannot make believable
    # (`toolgen.registry.realisable`); off by default.
    all_endpoints: bool = False

    def replay_profile(self) -> dict[str, Any]:
        """What a record keeps of the profile: enough to rebuild the runtime that replays
        it alone (the corpus and the run seed), the rest is the run manifest's."""
        return {"run_seed": self.seed, "toolenv": self.toolenv or "bundled",
                "format": self.fmt, "max_tools": self.max_tools}

    def profile(self) -> dict[str, Any]:
        """The run's generation profile (in the run manifest; records keep `replay_profile`)."""
        return {
            "run_seed": self.seed,
            "toolenv": self.toolenv or "bundled",
            "format": self.fmt,
            "max_tools": self.max_tools,
            "steering": self.steering,
            "repair": self.repair,
            "max_repairs": self.max_repairs,
            "threshold": self.threshold,
            "pattern_mix": dict(sorted(self.sampler.pattern_mix.items())),
            "robustness": dict(sorted(self.sampler.robustness.items())),
            "min_calls": self.sampler.min_calls,
            "max_calls": self.sampler.max_calls,
            "all_endpoints": self.all_endpoints,
        }


@dataclass
class Runtime:
    registry: Registry
    graph: EndpointGraph
    executor: MockExecutor
    values: ArgumentValues
    judge: JudgeContext
    endpoints: dict[str, Endpoint]
    tool_of: dict[str, str]
    keep_all: bool = False  # RunConfig.all_endpoints: nothing is set aside

    def similar(self, endpoint: Endpoint) -> Endpoint | None:
        """A neighbour easy to mistake for `endpoint` (same tool, else same category)."""
        for kind in ("same_tool", "same_category"):
            for edge in self.graph.out_edges(endpoint.id, kind):
                if edge.target not in self.set_aside:
                    return self.endpoints[edge.target]
        return None

    @cached_property
    def assessment(self) -> Assessment:
        """Which corpus endpoints offline generation can make believable, and why not."""
        return assess_endpoints(self.graph.endpoints.values())

    @cached_property
    def set_aside(self) -> frozenset[str]:
        """The endpoints no conversation calls or asks for (none with `keep_all`)."""
        return frozenset() if self.keep_all else frozenset(self.assessment.set_aside)

    def usable(self, endpoint_id: str) -> bool:
        return endpoint_id not in self.set_aside

    @cached_property
    def askable(self) -> list[str]:
        """The endpoints a missing-tool conversation may ask for: readable in the user's
        words (every endpoint with `keep_all`)."""
        nodes = self.graph.nodes
        return list(nodes) if self.keep_all else [
            n for n in nodes if askable(self.graph.endpoints[n])]

    @cached_property
    def fingerprint(self) -> str:
        """A short digest of the corpus's endpoints: conversation ids carry it."""
        digest = hashlib.blake2b(digest_size=3)
        for endpoint_id in sorted(self.graph.endpoints):
            digest.update(endpoint_id.encode() + b"\x1f")
        return digest.hexdigest()

    @cached_property
    def state_pairs(self) -> list[tuple[str, str]]:
        """(create, read) endpoint pairs of one tool about the same entity."""
        return _state_pairs(self.registry)

    @cached_property
    def linked_state_pairs(self) -> list[tuple[str, str]]:
        """The state pairs whose read can take the created id through a data-flow edge."""
        return [(c, r) for c, r in self.state_pairs
                if any(e.source == c for e in self.graph.in_edges(r, "data_flow"))]

    @staticmethod
    def build(config: RunConfig, registry: Registry | None = None) -> Runtime:
        if registry is not None:
            reg, secrets = registry, _secrets(config)
        else:
            corpus = _load(config)
            reg, secrets = corpus.registry, corpus.secrets
        graph = build_graph(reg)
        executor = MockExecutor(derive_seed(config.seed, "executor"),
                                examples=CorpusExamples(tool_paths(reg)))
        endpoints = {**graph.endpoints, **SYNTHETIC}
        return Runtime(
            registry=reg, graph=graph, executor=executor, values=ArgumentValues(executor),
            judge=JudgeContext(secrets=secrets, threshold=config.threshold),
            endpoints=endpoints, tool_of={e.id: e.tool_name for e in endpoints.values()},
            keep_all=config.all_endpoints,
        )


def _load(config: RunConfig) -> Corpus:
    """The registry, and the corpus secrets where `_secrets` would find them, in one read."""
    if not _scans_secrets(config):
        path = Path(config.toolenv) if config.toolenv else None
        return Corpus(load_registry(path, config.fmt, config.max_tools), frozenset())
    return load_corpus(Path(str(config.toolenv)), config.fmt, config.max_tools)


def _scans_secrets(config: RunConfig) -> bool:
    return (bool(config.toolenv) and config.fmt in ("auto", "toolbench")
            and Path(str(config.toolenv)).is_dir())


def _secrets(config: RunConfig) -> frozenset[str]:
    if not _scans_secrets(config):
        return frozenset()
    return frozenset(collect_corpus_secrets(Path(str(config.toolenv))))


def _state_pairs(registry: Registry) -> list[tuple[str, str]]:
    from toolgen.executor import endpoint_info

    pairs: list[tuple[str, str]] = []
    for tool in registry.tools:
        infos = [(e, endpoint_info(e)) for e in tool.endpoints]
        for create, ci in infos:
            if ci.action != "create" or not ci.entity:
                continue
            for read, ri in infos:
                if ri.action in ("list", "get") and ri.entity == ci.entity:
                    pairs.append((create.id, read.id))
    return pairs
