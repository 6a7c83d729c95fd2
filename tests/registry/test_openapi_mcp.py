"""OpenAPI 3.x / Swagger 2.0 and MCP inputs: loading, $refs, auth notes, stdio servers."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolgen.cli.app import _register_all, app
from toolgen.registry import RegistryError, load_registry

FIXTURES = Path(__file__).parent / "fixtures"
PETSTORE = FIXTURES / "petstore.yaml"
TRACKER = FIXTURES / "tracker-swagger2.json"
runner = CliRunner()
_register_all()


def _by_name(path: Path, fmt: str = "auto") -> dict[str, object]:
    return {e.name: e for e in load_registry(path, fmt).endpoints}


def test_petstore_operations_become_endpoints() -> None:
    registry = load_registry(PETSTORE, "auto")
    assert registry.format == "openapi"
    eps = {e.name: e for e in registry.endpoints}
    assert set(eps) == {"addPet", "updatePet", "findPetsByStatus", "getPetById", "deletePet",
                        "placeOrder", "getOrderById", "loginUser"}
    status = next(p for p in eps["findPetsByStatus"].parameters if p.name == "status")
    assert status.json_schema["enum"] == ["available", "pending", "sold"]
    assert status.default == "available" and not status.required
    pet_id = eps["getPetById"].parameters[0]
    assert pet_id.name == "petId" and pet_id.required and pet_id.json_schema["type"] == "integer"
    add = {p.name: p for p in eps["addPet"].parameters}
    assert add["name"].required and "id" not in add  # readOnly id is not an input
    assert add["category"].json_schema["type"] == "object"
    assert "name" in eps["getPetById"].response_schema["properties"]
    assert eps["getPetById"].url == "https://petstore3.example.com/api/v3/pet/{petId}"


def test_auth_is_noted_and_credentials_never_become_parameters() -> None:
    registry = load_registry(PETSTORE, "openapi")
    tool = registry.tools[0]
    assert "Authentication: apiKey in header api_key; oauth2." in tool.description
    delete = next(e for e in registry.endpoints if e.name == "deletePet")
    assert [p.name for p in delete.parameters] == ["petId"]


def test_swagger2_refs_allof_formdata_and_recursion() -> None:
    eps = _by_name(TRACKER)
    assert len(eps) == 14
    issues = {p.name: p for p in eps["listIssues"].parameters}  # type: ignore[attr-defined]
    assert issues["project_id"].required  # path-level $ref parameter
    assert issues["state"].json_schema["enum"] == ["open", "closed", "all"]
    update = {p.name for p in eps["updateIssue"].parameters}  # type: ignore[attr-defined]
    assert {"title", "priority", "state", "state_reason"} <= update  # allOf merged
    label = {p.name: p for p in eps["createLabel"].parameters}  # type: ignore[attr-defined]
    assert label["name"].required and "color" in label
    comments = eps["listComments"].response_schema  # type: ignore[attr-defined]
    (listing,) = comments["properties"].values()  # recursive Comment is bounded
    assert listing["type"] == "array" and "body" in listing["items"]["properties"]
    registry = load_registry(TRACKER)
    assert "X-Tracker-Token" in registry.tools[0].description
    assert "oauth2" in registry.tools[0].description


def test_bad_spec_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("openapi: 3.0.0\npaths: [unclosed\n")
    with pytest.raises(RegistryError) as info:
        load_registry(bad, "openapi")
    assert "broken.yaml" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("spec", [PETSTORE, TRACKER])
def test_openapi_specs_generate(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "c.jsonl"
    result = runner.invoke(app, ["generate", "--toolenv", str(spec), "--format", "openapi",
                                 "-n", "6", "--seed", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records
    assert all(m.get("tool_calls") is not None for r in records for m in r["messages"]
               if m["role"] == "assistant" and m.get("tool_calls"))


def test_tracker_spec_records_pass_the_pattern_checks(tmp_path: Path) -> None:
    # The spec declares `key: ^[A-Z]{2,10}$` and `color: ^[0-9a-f]{6}$`; before values
    # honoured patterns, 3 of these 10 records were rejected by the format validator.
    out = tmp_path / "t.jsonl"
    result = runner.invoke(app, ["generate", "--toolenv", str(TRACKER), "--format", "openapi",
                                 "-n", "10", "--seed", "11", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = out.read_text().splitlines()
    assert len(records) >= 9, (tmp_path / "t.rejects.jsonl").read_text()[:2000]
    keys = []
    for line in records:
        for message in json.loads(line)["messages"]:
            for call in message.get("tool_calls") or []:
                function = call.get("function", call)
                args = function["arguments"]
                args = json.loads(args) if isinstance(args, str) else args
                if function["name"].startswith("create_project"):
                    keys.append(args["key"])
    assert keys and all(re.fullmatch("[A-Z]{2,10}", k) for k in keys), keys


TOOLS_LIST = {"tools": [
    {"name": "get_weather", "description": "Current weather for a city.",
     "inputSchema": {"type": "object", "properties": {
         "city": {"type": "string"}, "units": {"type": "string", "enum": ["metric", "imperial"],
                                               "default": "metric"}}, "required": ["city"]},
     "outputSchema": {"type": "object", "properties": {"temperature": {"type": "number"},
                                                       "city": {"type": "string"}}}},
    {"name": "get_forecast", "description": "Five-day forecast.",
     "inputSchema": {"type": "object", "properties": {"city": {"type": "string"},
                                                      "days": {"type": "integer"}}}},
]}


@pytest.mark.parametrize("wrapped", [False, True])
def test_saved_tools_list(tmp_path: Path, wrapped: bool) -> None:
    doc = {"jsonrpc": "2.0", "id": 1, "result": TOOLS_LIST} if wrapped else TOOLS_LIST
    path = tmp_path / "weather.json"
    path.write_text(json.dumps(doc))
    registry = load_registry(path)
    assert registry.format == "mcp"
    eps = {e.name: e for e in registry.endpoints}
    units = next(p for p in eps["get_weather"].parameters if p.name == "units")
    assert units.json_schema["enum"] == ["metric", "imperial"] and units.default == "metric"
    assert eps["get_weather"].response_source == "declared"
    assert "temperature" in eps["get_weather"].response_schema["properties"]


@pytest.mark.slow  # starts the server twice (about 4 s each)
def test_stdio_server_is_listed_and_generated_from(tmp_path: Path) -> None:
    pytest.importorskip("mcp")
    command = f"stdio:{sys.executable} {FIXTURES / 'mcp_server.py'}"
    registry = load_registry(Path(command))
    names = {e.name for e in registry.endpoints}
    assert names == {"search_clinics", "book_appointment", "get_appointment"}
    book = next(e for e in registry.endpoints if e.name == "book_appointment")
    required = {p.name for p in book.parameters if p.required}
    assert required == {"clinic_id", "pet_name", "start_time"}
    out = tmp_path / "mcp.jsonl"
    result = runner.invoke(app, ["generate", "--toolenv", command, "-n", "4", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 4


def test_stdio_server_that_fails_is_one_line_error() -> None:
    pytest.importorskip("mcp")
    with pytest.raises(RegistryError) as info:
        load_registry(Path(f"stdio:{sys.executable} -c 'import sys; sys.exit(3)'"))
    assert "MCP server" in str(info.value) and "\n" not in str(info.value)
