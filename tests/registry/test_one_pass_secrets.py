"""Issue 17, start-up: the loader collects a ToolBench document's secrets on the walk that
builds its parameters, and must find exactly what the standalone scan finds.

Each document below is read twice: by `tool_from_document` collecting secrets (the
one-pass path `load_corpus` takes) and, independently, by `secrets_in_document` plus a
`tool_from_document` that collects nothing. The secrets and the drafts must agree, on
the awkward cases where the scan and the loader read a parameter differently (names or
descriptions with spaces, null descriptions, `key` parameters, nameless endpoints,
documents without endpoints).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from toolgen.records import Diagnostic
from toolgen.registry.secrets import secrets_in_document
from toolgen.registry.toolbench import tool_from_document

KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
TOKEN = "Zx81Kq0Lm2Np4Rs6Tu8Vw0Xy2Za4Bc6D"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc"


def _param(name: Any, default: Any = None, description: Any = "", **extra: Any) -> dict[str, Any]:
    out = {"name": name, "type": "STRING", "description": description, **extra}
    if default is not None:
        out["default"] = default
    return out


DOCUMENTS: dict[str, Any] = {
    "defaults under plain and secret names": {
        "tool_name": "Pay", "tool_description": f"Use key {KEY} to pay",
        "api_list": [{
            "name": "Charge", "description": f"Charge with bearer {TOKEN}",
            "headers": {"X-Auth-Token": TOKEN},
            "required_parameters": [_param("amount", "12"),
                                    _param("session_id", "Ab12Cd34Ef56Gh78")],
            "optional_parameters": [_param("api_key", KEY), _param("note", JWT)],
        }],
    },
    "names and descriptions the scan and the loader read differently": {
        "tool_name": "Odd",
        "api_list": [{
            "name": "Odd",
            "required_parameters": [
                _param(" token ", "Qw12Er34Ty56Ui78Op90"),      # stripped by the loader
                _param("key", KEY, "Your API key"),              # a credential by description
                _param("key", "plainvalue", "The map key"),      # an ordinary `key`
                _param("q", TOKEN, None),                        # null description
                _param("cursor", TOKEN, {"about": "a cursor"}),  # description not a string
                _param(7, TOKEN),                                # name not a string
                {"name": "", "default": KEY},                    # malformed, still scanned
                "not an object",
            ],
        }],
    },
    "nameless endpoints are skipped but scanned": {
        "tool_name": "Half",
        "api_list": [{"description": f"token {TOKEN}",
                      "required_parameters": [_param("secret", KEY)]},
                     {"name": "Kept", "required_parameters": [_param("id", "42")]}],
    },
    "no endpoints": {"tool_name": "Empty", "tool_description": f"key {KEY}", "api_list": []},
    "not a ToolBench document": {"functions": [{"parameters": {"properties": {
        "token": {"type": "string", "default": TOKEN}}}}]},
}


@pytest.mark.parametrize("case", sorted(DOCUMENTS))
def test_one_pass_finds_what_the_standalone_scan_finds(case: str) -> None:
    doc = DOCUMENTS[case]
    path = Path("Cat") / "tool.json"
    found: set[str] = set()
    with_scan = tool_from_document(doc, path, "Cat", {}, found)
    assert found == secrets_in_document(doc)
    plain = tool_from_document(doc, path, "Cat", {})
    if isinstance(plain, Diagnostic):
        assert with_scan == plain
    else:
        assert not isinstance(with_scan, Diagnostic)
        assert with_scan[1] == plain[1]  # the same alteration notes
        assert with_scan[0].endpoints == plain[0].endpoints


def test_the_cases_exercise_both_verdicts() -> None:
    """The documents above hold secrets the loader drops and defaults it removes."""
    doc = DOCUMENTS["defaults under plain and secret names"]
    result = tool_from_document(doc, Path("Cat/tool.json"), "Cat", {}, set())
    assert not isinstance(result, Diagnostic)
    draft, notes = result
    names = [p.name for p in draft.endpoints[0].parameters]
    assert "api_key" not in names and "amount" in names
    assert any("credential-like defaults removed" in n.reason for n in notes)
    assert {KEY, TOKEN, JWT} <= secrets_in_document(doc)
