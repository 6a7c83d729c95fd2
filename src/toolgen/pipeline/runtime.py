"""What a run builds once and every episode shares: registry, graph, executor, judge."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from toolgen.agents.offline.vague_intents import vague
from toolgen.agents.planner import ArgumentValues
from toolgen.episode.synthetic import SYNTHETIC
from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples
from toolgen.graph.build import EndpointGraph
from toolgen.graph.purposes import purposes
from toolgen.graph.sampler import SamplerConfig
from toolgen.io.prepared import LazyEndpoints
from toolgen.judge import JudgeContext
from toolgen.pipeline.prepare import (
    CorpusSpec,
    Prepared,
    load_prepared,
    of_registry,
    prepare_fresh,
)
from toolgen.records import Endpoint, Registry
from toolgen.registry import collect_corpus_secrets
from toolgen.registry.realisable import Assessment
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
    """The prepared corpus (`pipeline.prepare`) and the run's executor, values and judge."""

    prepared: Prepared
    graph: EndpointGraph
    executor: MockExecutor
    values: ArgumentValues
    judge: JudgeContext
    endpoints: Mapping[str, Endpoint]
    tool_of: dict[str, str]
    keep_all: bool = False  # RunConfig.all_endpoints: nothing is set aside
    _statable: dict[str, bool] = field(default_factory=dict, init=False, repr=False)
    _tools: dict[str, dict[str, Any]] = field(default_factory=dict, init=False, repr=False)

    @property
    def registry(self) -> Registry:
        """The full registry (a prepared corpus read from a build builds it on first use:
        the generation loop never needs it)."""
        return self.prepared.registry

    @property
    def corpus_digest(self) -> str:
        """What run identities carry of the corpus (`durable.corpus_fingerprint`)."""
        return self.prepared.digest

    def similar(self, endpoint: Endpoint) -> Endpoint | None:
        """A neighbour easy to mistake for `endpoint` (same tool, else same category) that
        does something else: a copy of the same function (ToolBench's `text_translation`
        of "Translef" and of its hex-suffixed twin) answers the slip as the right call
        would, and "not the one that takes the details you gave me" then reads false."""
        own = purposes(endpoint)
        for kind in ("same_tool", "same_category"):
            for i in self.graph.out_edge_ids(endpoint.id, kind):
                target = self.graph.edge_targets[i]
                if target not in self.set_aside and not purposes(self.endpoints[target]) & own:
                    return self.endpoints[target]
        return None

    @property
    def assessment(self) -> Assessment:
        """Which corpus endpoints offline generation can make believable, and why not."""
        return self.prepared.assessment

    @cached_property
    def set_aside(self) -> frozenset[str]:
        """The endpoints no conversation calls or asks for (none with `keep_all`)."""
        return frozenset() if self.keep_all else frozenset(self.assessment.set_aside)

    def usable(self, endpoint_id: str) -> bool:
        return endpoint_id not in self.set_aside

    def statable(self, endpoint_id: str) -> bool:
        """Whether a user can ask for the endpoint in words that say what is wanted
        (`vague`: not "use Frederick") and state a believable value for every required
        parameter (`ArgumentValues.unstatable`; "Signend 23" is not one)."""
        known = self._statable.get(endpoint_id)
        if known is None:
            endpoint = self.endpoints[endpoint_id]
            known = self._statable[endpoint_id] = not (
                self.values.unstatable(endpoint) or vague(endpoint))
        return known

    def openai_tool(self, endpoint_id: str) -> dict[str, Any]:
        """`Endpoint.openai_tool()` of an endpoint, built once per run and shared by every
        record that offers it (records never change their tools)."""
        tool = self._tools.get(endpoint_id)
        if tool is None:
            tool = self._tools[endpoint_id] = self.endpoints[endpoint_id].openai_tool()
        return tool

    @cached_property
    def askable(self) -> list[str]:
        """The endpoints a missing-tool conversation may ask for: readable in the user's
        words (every endpoint with `keep_all`)."""
        nodes = self.graph.nodes
        if self.keep_all:
            return list(nodes)
        hidden = self.prepared.not_askable
        return [n for n in nodes if n not in hidden]

    @cached_property
    def fingerprint(self) -> str:
        """A short digest of the corpus's endpoints: conversation ids carry it."""
        digest = hashlib.blake2b(digest_size=3)
        for endpoint_id in sorted(self.graph.endpoints):
            digest.update(endpoint_id.encode() + b"\x1f")
        return digest.hexdigest()

    @property
    def state_pairs(self) -> list[tuple[str, str]]:
        """(create, read) endpoint pairs of one tool about the same entity."""
        return self.prepared.state_pairs

    @cached_property
    def linked_state_pairs(self) -> list[tuple[str, str]]:
        """The state pairs whose read can take the created id through a data-flow edge."""
        graph = self.graph
        return [(c, r) for c, r in self.state_pairs
                if any(graph.edge_sources[i] == c for i in graph.in_edge_ids(r, "data_flow"))]

    @cached_property
    def usable_state_pairs(self) -> list[tuple[str, str]]:
        """The state pairs whose two endpoints offline generation can make believable
        (filtered once: a stateful chain asks for them per record)."""
        return self._usable_pairs(self.state_pairs)

    @cached_property
    def usable_linked_state_pairs(self) -> list[tuple[str, str]]:
        """`linked_state_pairs` whose two endpoints offline generation can make believable."""
        return self._usable_pairs(self.linked_state_pairs)

    def _usable_pairs(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        if not self.set_aside:
            return pairs
        return [(c, r) for c, r in pairs if self.usable(c) and self.usable(r)]

    @staticmethod
    def build(config: RunConfig, registry: Registry | None = None,
              artifacts: Path | None = None) -> Runtime:
        """The runtime of `config`: over `registry` when given, else over the corpus
        `toolgen build` prepared in `artifacts` when it still matches, else loaded afresh."""
        spec = CorpusSpec(config.toolenv, config.fmt, config.max_tools)
        if registry is not None:
            secrets = frozenset(collect_corpus_secrets(Path(str(config.toolenv)))
                                if spec.scans_secrets() else ())
            prepared = of_registry(registry, secrets)
        else:
            reused = load_prepared(spec, artifacts) if artifacts is not None else None
            prepared = reused or prepare_fresh(spec)
        return Runtime.of(prepared, config)

    @staticmethod
    def of(prepared: Prepared, config: RunConfig) -> Runtime:
        graph = prepared.graph
        executor = MockExecutor(derive_seed(config.seed, "executor"),
                                examples=CorpusExamples(prepared.tool_paths))
        endpoints: Mapping[str, Endpoint]
        if isinstance(graph.endpoints, LazyEndpoints):
            endpoints = graph.endpoints.overlay(SYNTHETIC)
        else:
            endpoints = {**graph.endpoints, **SYNTHETIC}
        tool_of = dict(zip(graph.nodes, graph.columns.facts.tool_names, strict=True))
        tool_of.update((e.id, e.tool_name) for e in SYNTHETIC.values())
        return Runtime(
            prepared=prepared, graph=graph, executor=executor,
            values=ArgumentValues(executor),
            judge=JudgeContext(secrets=prepared.secrets, threshold=config.threshold),
            endpoints=endpoints, tool_of=tool_of, keep_all=config.all_endpoints,
        )
