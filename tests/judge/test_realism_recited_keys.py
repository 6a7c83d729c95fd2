"""User turns reciting what only the client knows, or an object's fields run together.

Flagged (`recited_client_key`): SnapCX's "Client provided unique request id" stated by the
user (ToolBench seed 21 #101, "request rqs_2770b8"), a Foursquare `ignoreDuplicatesKey`,
a required `format=xml` ("(xml output, please)"). Flagged (`joined_fields`): an object's
values quoted as one text (BFCL seed 21 #11). Left alone: an order id the user gives, a
request id that names an earlier request, a format a conversion makes, each field named.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.grounding import check as check_grounding
from toolgen.judge.realism import recited_keys
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import build, calls_record

CTX = JudgeContext()
_MADE_ID = "Mandatory Client provided unique request id. Same request_id is returned as part " \
           "of response header."


def _record(user: str, name: str, args: dict[str, Any],
            params: dict[str, Any] | None = None) -> Record:
    return calls_record([(name, args, {"status": "ok"})], user=user, answer="Done.",
                        conversation_id="t-recited", params={name: params} if params else None)


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in recited_keys.check_view(build_view(record), CTX)]


def test_a_client_key_the_user_states_is_flagged() -> None:
    params = {"street": {"type": "string"},
              "requestId": {"type": "string", "description": _MADE_ID}}
    record = _record("Please validate Contrada Sante, 55 (request rqs_2770b8).",
                     "validate_usaddress", {"street": "Contrada Sante, 55",
                                            "requestId": "rqs_2770b8"}, params)
    assert _kinds(record) == ["recited_client_key"]
    record = _record("Add the venue Clark Theatre for my ignore duplicates fc03e9924ea0eaa9.",
                     "add_venue", {"name": "Clark Theatre",
                                   "ignoreDuplicatesKey": "fc03e9924ea0eaa9"})
    assert _kinds(record) == ["recited_client_key"]


def test_a_serialisation_format_the_user_states_is_flagged() -> None:
    params = {"category": {"type": "string"},
              "format": {"type": "string", "description": "json or xml or php"}}
    record = _record("Get the related tags matching gaming (xml output, please).",
                     "get_related_tags", {"category": "gaming", "format": "xml"}, params)
    assert _kinds(record) == ["recited_client_key"]


def test_values_a_person_gives_are_left_alone() -> None:
    assert _kinds(_record("Cancel order ORD-48213.", "cancel_order",
                          {"order_id": "ORD-48213"})) == []
    params = {"request_id": {"type": "string",
                             "description": "The id of the request to fetch results for"}}
    assert _kinds(_record("Fetch the results of request req_7a1b2c.", "get_result",
                          {"request_id": "req_7a1b2c"}, params)) == []
    params = {"file": {"type": "string"},
              "format": {"type": "string", "description": "Target format: pdf or docx"}}
    assert _kinds(_record("Convert report.docx to pdf.", "convert_file",
                          {"file": "report.docx", "format": "pdf"}, params)) == []


def test_an_objects_fields_quoted_as_one_text_are_flagged() -> None:
    info = {"name": "Robert Ford", "email": "robert.ford@oliver.com"}
    params = {"user_id": {"type": "integer"}, "update_info": {"type": "object"}}
    joined = _record('Edit user 21565 with the update info set to "Robert Ford and '
                     'robert.ford@oliver.com".', "update_user_info",
                     {"user_id": 21565, "update_info": info}, params)
    assert _kinds(joined) == ["joined_fields"]
    named = _record("Edit user 21565 with the name Robert Ford and the email "
                    "robert.ford@oliver.com.", "update_user_info",
                    {"user_id": 21565, "update_info": info}, params)
    assert _kinds(named) == []


def test_a_client_key_the_assistant_makes_is_grounded() -> None:
    params = {"street": {"type": "string"},
              "requestId": {"type": "string", "description": _MADE_ID}}
    record = _record("Please validate Contrada Sante, 55.", "validate_usaddress",
                     {"street": "Contrada Sante, 55", "requestId": "rqs_2770b8"}, params)
    d = record.model_dump(mode="json", exclude_none=True)
    d["step_trace"][0]["arguments"]["requestId"]["source"] = "default"
    kinds = [f.kind for f in check_grounding(build(d), CTX)]
    assert "default_mismatch" not in kinds, kinds
    # an order id is no key the assistant makes: sent unsaid, it is still refused
    d["tools"][0]["function"]["parameters"]["properties"]["requestId"]["description"] = (
        "The order to validate")
    assert "default_mismatch" in [f.kind for f in check_grounding(build(d), CTX)]
