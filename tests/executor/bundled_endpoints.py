"""The bundled corpus's endpoints by name, and an executor that knows its examples (its
shops, payments and carts): what the tests reading bundled answers call."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.records import Endpoint
from toolgen.registry import load_registry
from toolgen.registry.loader import bundled_corpus

_REGISTRY = load_registry(bundled_corpus())


def bundled_endpoint(name: str) -> Endpoint:
    """The bundled corpus's endpoint called `name`."""
    return next(e for e in _REGISTRY.endpoints if e.function_name == name)


def bundled_executor() -> MockExecutor:
    return MockExecutor(seed=11, examples=CorpusExamples(tool_paths(_REGISTRY)))
