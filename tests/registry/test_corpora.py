"""Integration: the real shared corpora (ToolBench tool files, queries, BFCL) load cleanly."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from toolgen.records import Registry
from toolgen.registry import collect_corpus_secrets, load_registry

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
TOOLS = CORPORA / "toolbench" / "toolenv" / "tools"
QUERIES = CORPORA / "toolbench_queries"
BFCL = CORPORA / "bfcl"
FUNCTION_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
PARAM_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")


def _require(path: Path) -> None:
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path} (it lives beside the repo in ../shared)")


@pytest.fixture(scope="module")
def toolbench() -> Registry:
    _require(TOOLS)
    return load_registry(TOOLS, queries=QUERIES if QUERIES.is_dir() else None)


@pytest.fixture(scope="module")
def bfcl() -> Registry:
    _require(BFCL)
    return load_registry(BFCL)


def _assert_names(registry: Registry) -> None:
    names = [e.function_name for e in registry.endpoints]
    assert len(names) == len(set(names))
    assert all(FUNCTION_NAME.match(n) for n in names)
    assert len(registry.by_id) == len(registry.endpoints)
    for endpoint in registry.endpoints:
        params = [p.name for p in endpoint.parameters]
        assert len(params) == len(set(params)), endpoint.id
        assert all(PARAM_NAME.match(p) for p in params), endpoint.id


def _assert_response_shapes(registry: Registry) -> None:
    def arrays_have_items(node: object) -> bool:
        if isinstance(node, dict):
            if node.get("type") == "array" and "items" not in node:
                return False
            return all(arrays_have_items(v) for v in node.values())
        return True

    for endpoint in registry.endpoints:
        schema = endpoint.response_schema
        assert schema["type"] == "object" and schema["properties"], endpoint.id
        assert arrays_have_items(schema), endpoint.id


def test_toolbench_counts(toolbench: Registry) -> None:
    # FORMAT-NOTES: 1,148 files, 3,746 endpoints; every file and endpoint is usable, so the
    # diagnostics are all "altered" notes (credentials dropped, names disambiguated...).
    assert len(toolbench.tools) == 1148
    assert len(toolbench.endpoints) == 3746
    assert all(d.reason.startswith("altered: ") for d in toolbench.diagnostics)
    assert all("\n" not in d.reason for d in toolbench.diagnostics)
    assert "Business/_empty" in toolbench.tools_by_id
    assert len({t.category for t in toolbench.tools}) == 46


def test_toolbench_names_and_shapes(toolbench: Registry) -> None:
    _assert_names(toolbench)
    _assert_response_shapes(toolbench)
    sources = Counter(e.response_source for e in toolbench.endpoints)
    assert sources["schema"] > 500 and sources["body"] > 100 and sources["test_endpoint"] > 20
    assert sources["template_response"] + sources["response_examples"] > 0
    Registry.model_validate_json(toolbench.model_dump_json())


def test_toolbench_quirks(toolbench: Registry) -> None:
    params = {p.raw_name for e in toolbench.endpoints for p in e.parameters}
    assert not params & {"X-RapidAPI-Key", "Authorization", "apiKey", "accessToken"}
    labels = {p.type_label for e in toolbench.endpoints for p in e.parameters}
    assert {"STRING", "string", "null", "DATE (YYYY-MM-DD)"} <= labels
    assert any("enum" in p.json_schema for e in toolbench.endpoints for p in e.parameters)
    imgur = toolbench.tools_by_id["Entertainment/imgur"]
    for endpoint in imgur.endpoints:
        assert len([p for p in endpoint.parameters if p.raw_name == "username"]) <= 1


def test_toolbench_no_credential_leaks(toolbench: Registry) -> None:
    secrets = collect_corpus_secrets(TOOLS)
    assert len(secrets) > 50  # the corpus has ~105 token-like defaults, plus placeholders
    dump = toolbench.model_dump_json()
    assert [s for s in secrets if s in dump] == []


def test_toolbench_names_stable_across_runs(toolbench: Registry) -> None:
    again = load_registry(TOOLS, queries=QUERIES if QUERIES.is_dir() else None)
    assert {e.id: e.function_name for e in again.endpoints} == {
        e.id: e.function_name for e in toolbench.endpoints}


def test_bfcl_loads(bfcl: Registry) -> None:
    assert bfcl.format == "bfcl"
    _assert_names(bfcl)
    _assert_response_shapes(bfcl)
    # 12 func-doc classes (162 functions) + 6 question files; multi_turn_base holds no functions.
    assert len(bfcl.endpoints) == 1828
    categories = {t.category for t in bfcl.tools}
    assert "BFCL_v4_simple_python" in categories and "math_api" in categories
    skipped = [d for d in bfcl.diagnostics if not d.reason.startswith("altered: ")]
    assert [Path(d.path).name for d in skipped] == ["BFCL_v4_multi_turn_base.json"]
    declared = [e for e in bfcl.endpoints if e.response_source == "declared"]
    # 161 functions carry a `response`; mkdir and touch declare an empty object, so their
    # shape is inferred (every response schema needs properties).
    assert len(declared) == 159
    assert all("." not in e.function_name for e in bfcl.endpoints)
    dump = bfcl.model_dump_json()
    assert [s for s in collect_corpus_secrets(BFCL) if s in dump] == []
