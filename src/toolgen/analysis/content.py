"""Where tool outputs come from and which semantic types a run's endpoints carry (issue 12).

`content_summary(records, registry, executor)` reads the step traces of a records file
against the corpus it was generated from and reports, over the successful tool calls: the
share answered with a shape or values taken from the corpus's own examples (ToolBench
`test_endpoint` / `body`), the share answered from a schema the corpus declares, and the
share whose shape the executor inferred from the endpoint's name and description; plus the
semantic types (`executor.semantic.field_kind`) of the parameters and response fields of
the endpoints called. Reads only; never generates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from toolgen.executor import MockExecutor, endpoint_info
from toolgen.executor.examples import has_own_example
from toolgen.executor.semantic import field_kind
from toolgen.executor.shapes import response_shape
from toolgen.graph.fields import flatten_schema
from toolgen.records import Endpoint, Registry

SOURCES = ("corpus example", "corpus schema", "inferred shape")


def output_source(endpoint: Endpoint, executor: MockExecutor) -> str:
    """Which of SOURCES an endpoint's outputs are built from."""
    plan = executor.plan_for(endpoint)
    if has_own_example(endpoint.response_source) or plan.example_leaves > 0:
        return "corpus example"
    shape = response_shape(endpoint, endpoint_info(endpoint))
    return "corpus schema" if shape is endpoint.response_schema else "inferred shape"


def _field_types(endpoint: Endpoint) -> Iterable[str]:
    for p in endpoint.parameters:
        yield field_kind(p.name, {**p.json_schema, "description": p.description})
    shape = response_shape(endpoint, endpoint_info(endpoint))
    for out in flatten_schema(shape):
        leaf = out.path.rsplit(".", 1)[-1].removesuffix("[]")
        yield field_kind(leaf, {"type": out.json_type or "string"})


def content_summary(
    records: Iterable[dict[str, Any]], registry: Registry, executor: MockExecutor
) -> dict[str, Any]:
    by_id = registry.by_id
    sources: Counter[str] = Counter()
    seen: set[str] = set()
    types: Counter[str] = Counter()
    for record in records:
        for step in record.get("step_trace") or ():
            endpoint = by_id.get(step.get("endpoint_id", ""))
            if endpoint is None or step.get("status") != "ok":
                continue
            sources[output_source(endpoint, executor)] += 1
            if endpoint.id not in seen:
                seen.add(endpoint.id)
                types.update(_field_types(endpoint))
    total = sum(sources.values())
    return {
        "tool_outputs": total,
        "output_sources": {s: (sources[s] / total if total else 0.0) for s in SOURCES},
        "endpoints": len(seen),
        "semantic_types": dict(types.most_common()),
    }


def content_report(records: Iterable[dict[str, Any]], toolenv: str) -> dict[str, Any]:
    """`content_summary` against the corpus at `toolenv` ("bundled" for the bundled one)."""
    from pathlib import Path

    from toolgen.executor.examples import CorpusExamples, tool_paths
    from toolgen.registry import load_registry

    registry = load_registry(None if toolenv == "bundled" else Path(toolenv))
    executor = MockExecutor(0, examples=CorpusExamples(tool_paths(registry)))
    return content_summary(records, registry, executor)
