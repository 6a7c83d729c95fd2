"""An id sent as a one-item list names the record an earlier call showed for it (BFCL
seed 13 #289: a case summed up as "Harris v. Acme Corp." came back, sent as
`case_id: ["csa_6ca9ea"]` to a briefs endpoint, as "Harris v. Nakamura")."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

_CASE = {"type": "object", "properties": {"case_id": {"type": "string"},
                                          "name": {"type": "string"},
                                          "url": {"type": "string"}}}


def _endpoint(name: str, id_schema: dict[str, object],
              shape: dict[str, object] | None = None) -> Endpoint:
    param = Parameter(name="case_id", raw_name="case_id", type_label="string",
                      json_schema=id_schema, required=True)
    return Endpoint(id=f"legal/{name}", function_name=name, tool_id="legal",
                    tool_name="legal", category="Law", name=name,
                    description="Retrieves the details of a legal case.",
                    parameters=(param,), response_schema=shape or _CASE, response_source="schema")


@pytest.mark.parametrize("session_seed", range(8))
def test_a_case_sent_in_a_one_item_list_keeps_its_name(executor: MockExecutor,
                                                        session_seed: int) -> None:
    session = executor.session(session_seed)
    first = session.call(_endpoint("legal_case_get_summary", {"type": "string"}),
                         {"case_id": "csa_6ca9ea"})
    listed = {"type": "array", "items": {"type": "string"}}
    later = session.call(_endpoint("briefs_display_cases", listed), {"case_id": ["csa_6ca9ea"]})
    assert first.output["name"] and later.output["name"] == first.output["name"]


@pytest.mark.parametrize("session_seed", range(8))
def test_a_case_read_first_without_its_id_keeps_its_name(executor: MockExecutor,
                                                         session_seed: int) -> None:
    # BFCL seed 21 #26: the briefs endpoint named csa_601ff6 "Harris v. Okafor", the
    # summary that followed "Whitfield v. Nakamura".
    session = executor.session(session_seed)
    listed = {"type": "array", "items": {"type": "string"}}
    first = session.call(_endpoint("briefs_display_cases", listed), {"case_id": ["csa_601ff6"]})
    later = session.call(_endpoint("legal_case_get_summary", {"type": "string"}),
                         {"case_id": "csa_601ff6"})
    assert first.output["name"] and later.output["name"] == first.output["name"]


@pytest.mark.parametrize("session_seed", range(8))
def test_a_case_read_as_a_number_keeps_its_name_in_a_list_of_its_digits(
        executor: MockExecutor, session_seed: int) -> None:
    # BFCL seed 13 #174: case 842210 was "Okafor v. Miller"; `case_id: ["842210"]` to the
    # briefs endpoint answered "Moreau v. Nakamura".
    session = executor.session(session_seed)
    numbered = {"type": "object", "properties": {"case_id": {"type": "integer"},
                                                 "name": {"type": "string"}}}
    first = session.call(_endpoint("lawsuit_check_case", {"type": "integer"}, numbered),
                         {"case_id": 842210})
    listed = {"type": "array", "items": {"type": "string"}}
    later = session.call(_endpoint("briefs_display_cases", listed), {"case_id": ["842210"]})
    assert first.output["name"] and later.output["name"] == first.output["name"]
