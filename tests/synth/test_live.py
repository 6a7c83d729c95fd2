"""Live tool synthesis against the fake LLM server: proposals checked, repaired or dropped."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from pydantic import SecretStr

from llm_server import FakeLLMServer, JSONReply
from toolgen.llm.providers.openai_compat import OpenAIProvider
from toolgen.llm.redact import Redactor
from toolgen.llm.registry import ProviderConfig
from toolgen.registry import load_registry
from toolgen.synth.live import propose
from toolgen.synth.synthesize import synthesize

ENTITIES = {"entities": [{"name": "clinic", "description": "A vet's office."},
                         {"name": "appointment", "description": "A visit."},
                         {"name": "Clinic", "description": "again"}, {"name": ""}]}
CLINIC_TOOL = {"name": "Clinic Finder", "description": "Find clinics.", "endpoints": [
    {"name": "Search Clinics", "method": "GET", "path": "/clinics", "description": "Search.",
     "parameters": [
         {"name": "city", "type": "string", "required": True, "description": "City."},
         {"name": "species", "type": "enum", "enum": ["dog", "cat"], "default": "bird"},
         {"name": "openNow", "type": "geo"}],
     "response": {"type": "object", "properties": {"results": {"type": "array", "items": {
         "type": "object", "properties": {"clinic_id": {"type": "string"},
                                          "name": {"type": "string"}}}}}}},
    {"name": "Broken", "parameters": [], "response": {"type": 5}},
]}
APPOINTMENT_TOOL = {"name": "Appointments", "endpoints": [
    {"name": "Book Appointment", "method": "POST", "parameters": [
        {"name": "clinic_id", "type": "string", "required": True}],
     "response": {"type": "object", "properties": {"appointment_id": {"type": "string"}}}},
    {"name": "Refund Payment", "method": "POST", "parameters": [
        {"name": "payment_id", "type": "string", "required": True}],
     "response": {"type": "object", "properties": {"refund_id": {"type": "string"}}}},
    {"name": "Appointment Status", "parameters": [
        {"name": "appointment_id", "type": "string", "required": True}],
     "response": {"type": "string"}},
]}


def _provider(server: FakeLLMServer) -> OpenAIProvider:
    return OpenAIProvider(ProviderConfig(default_model="fake-model", api_key=SecretStr("k"),
                                         base_url=server.openai_base_url, timeout_s=5.0,
                                         redactor=Redactor(["k"])))


def test_proposals_are_checked_repaired_and_dropped(tmp_path: Path) -> None:
    with FakeLLMServer() as server:
        server.push(JSONReply(ENTITIES), JSONReply(CLINIC_TOOL), JSONReply(APPOINTMENT_TOOL))
        proposal = asyncio.run(propose(_provider(server), "veterinary clinic", 2, 1))
        assert len(server.requests) == 3
        assert "veterinary clinic" in json.dumps(server.requests[0].messages)
    reasons = [f"{d.what}: {d.reason}" for d in proposal.dropped]
    text = "\n".join(reasons)
    assert "duplicate entity" in text and "entity without a usable name" in text
    assert "invalid response JSON Schema" in text  # Broken
    assert "'payment_id' is returned by no endpoint" in text  # Refund Payment
    assert "not among the enum values" in text and "unknown type 'geo'" in text
    assert "'openNow' repaired to 'open_now'" in text
    names = {e.name for t in proposal.tools for e in t.endpoints}
    assert names == {"Search Clinics", "Book Appointment", "Appointment Status"}
    report = synthesize("veterinary clinic", 2, 1, tmp_path, tools=proposal.tools,
                        dropped=proposal.dropped)
    registry = load_registry(tmp_path)
    assert registry.diagnostics == ()
    species = next(p for e in registry.endpoints for p in e.parameters if p.name == "species")
    assert species.json_schema["enum"] == ["dog", "cat"] and not species.has_default
    status = next(e for e in registry.endpoints if e.name == "Appointment Status")
    assert "data" in status.response_schema["properties"]
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert len(manifest["dropped"]) == len(report.dropped) >= 6


def test_unusable_replies_fall_back_to_schema_org_entities() -> None:
    with FakeLLMServer() as server:
        server.responder = lambda req: JSONReply({"unexpected": True})
        proposal = asyncio.run(propose(_provider(server), "hotel", 2, 1))
    assert proposal.tools == []
    assert any("LLM reply unusable" in d.reason for d in proposal.dropped)
    assert any(d.what.startswith("tool hotel") for d in proposal.dropped)


def test_cli_live_writes_checked_corpus(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from toolgen.cli.app import _register_all, app

    _register_all()
    with FakeLLMServer() as server:
        server.push(JSONReply(ENTITIES), JSONReply(CLINIC_TOOL), JSONReply(APPOINTMENT_TOOL))
        env = {"TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": server.openai_base_url,
               "OPENAI_API_KEY": "sk-test-key", "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "100000",
               "TOOLGEN_LLM_CACHE_DIR": str(tmp_path / "cache"), "TOOLGEN_LLM_NO_CACHE": "true"}
        result = CliRunner().invoke(app, ["synthesize-tools", "--domain", "veterinary clinic",
                                          "-n", "2", "--live", "-o", str(tmp_path / "out")],
                                    env=env)
    assert result.exit_code == 0, result.output
    assert "live: 3 LLM requests" in result.output
    registry = load_registry(tmp_path / "out")
    assert {e.name for e in registry.endpoints} == {
        "Search Clinics", "Book Appointment", "Appointment Status"}
    assert "sk-test-key" not in (tmp_path / "out" / "manifest.json").read_text()
