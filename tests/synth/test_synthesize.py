"""synthesize-tools: deterministic ToolBench-layout corpora that build cleanly and connect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolgen.cli.app import _register_all, app
from toolgen.registry import load_registry
from toolgen.synth.synthesize import synthesize

DOMAINS = ("veterinary clinic", "public library", "hotel", "bakery")
runner = CliRunner()
_register_all()


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_same_domain_and_seed_give_identical_bytes(tmp_path: Path) -> None:
    synthesize("veterinary clinic", 6, 7, tmp_path / "a")
    synthesize("veterinary clinic", 6, 7, tmp_path / "b")
    synthesize("veterinary clinic", 6, 8, tmp_path / "c")
    a, b, c = (_files(tmp_path / x) for x in "abc")
    assert a and a == b
    assert a != c


@pytest.mark.parametrize("domain", DOMAINS)
def test_corpus_builds_without_diagnostics(tmp_path: Path, domain: str) -> None:
    synthesize(domain, 6, 1, tmp_path)
    registry = load_registry(tmp_path, "auto")
    assert registry.format == "toolbench"
    assert registry.diagnostics == ()
    assert len(registry.tools) >= 4
    params = [p for e in registry.endpoints for p in e.parameters]
    assert any("enum" in p.json_schema for p in params)
    assert any(p.has_default for p in params)
    assert any(p.required for p in params) and any(not p.required for p in params)


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_required_id_is_produced_somewhere(tmp_path: Path, domain: str) -> None:
    """Read the files as a reviewer: each *_id input is an output of some endpoint."""
    synthesize(domain, 6, 1, tmp_path)
    outputs: set[str] = set()
    inputs: set[str] = set()
    for path in (tmp_path / "tools").rglob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for api in doc["api_list"]:
            inputs.update(p["name"] for p in api["required_parameters"]
                          if p["name"].endswith("_id"))
            _collect(api["schema"], outputs)
    assert inputs, "no linked inputs at all"
    assert inputs <= outputs, inputs - outputs


def _collect(schema: object, out: set[str]) -> None:
    if isinstance(schema, dict):
        for key, sub in (schema.get("properties") or {}).items():
            out.add(key)
            _collect(sub, out)
        _collect(schema.get("items"), out)


def test_names_are_unique_and_descriptions_present(tmp_path: Path) -> None:
    synthesize("hotel", 8, 3, tmp_path)
    names = []
    for path in (tmp_path / "tools").rglob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["tool_description"]
        for api in doc["api_list"]:
            names.append(api["name"])
            assert api["description"] and "  " not in api["description"]
            for p in api["required_parameters"] + api["optional_parameters"]:
                assert p["description"], (api["name"], p["name"])
    assert len(names) == len(set(names))


def test_cli_writes_corpus_and_rejects_empty_domain(tmp_path: Path) -> None:
    ok = runner.invoke(app, ["synthesize-tools", "--domain", "bakery", "-n", "4", "-o",
                             str(tmp_path / "out")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "out" / "manifest.json").is_file()
    bad = runner.invoke(app, ["synthesize-tools", "--domain", "  ", "-o", str(tmp_path / "x")])
    assert bad.exit_code == 2
    assert "domain name is empty" in bad.output


def test_generate_on_synthesized_corpus_passes_validators(tmp_path: Path) -> None:
    synthesize("veterinary clinic", 6, 1, tmp_path / "vet")
    out = tmp_path / "c.jsonl"
    result = runner.invoke(app, ["generate", "--toolenv", str(tmp_path / "vet"), "-n", "8",
                                 "--seed", "5", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 8
    rejects = out.with_suffix(".rejects.jsonl")
    assert not rejects.exists() or rejects.read_text().strip() == ""
    called = {c["function"]["name"] for r in records for m in r["messages"]
              for c in m.get("tool_calls") or []}
    assert called


def test_updates_name_a_field_and_counts_are_bounded(tmp_path: Path) -> None:
    """A reviewer's checks: no update call can change nothing; counts have sane ranges."""
    synthesize("hotel", 8, 2, tmp_path)
    updates = 0
    for path in (tmp_path / "tools").rglob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for api in doc["api_list"]:
            if api["method"] == "PATCH":
                updates += 1
                assert len(api["required_parameters"]) >= 2, api["name"]
            _check_bounds(api["schema"])
    assert updates >= 1


def _check_bounds(schema: object) -> None:
    if isinstance(schema, dict):
        for key, sub in (schema.get("properties") or {}).items():
            if key.startswith("number_of_") and isinstance(sub, dict):
                assert sub.get("maximum", 10**9) <= 400, key
            _check_bounds(sub)
        _check_bounds(schema.get("items"))
