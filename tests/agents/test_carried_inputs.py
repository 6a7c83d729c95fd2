"""An input the user already stated is not asked for again: when a link finds nothing in
the producer's answer (`briefs_display_cases` answers without the case id), the case id
the user gave the producer is the one they mean "for that case"."""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.policy.resolve import resolve_call
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall


def _param(name: str, schema: dict[str, Any]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=True)


def _endpoint(name: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"legal/{name}", function_name=name, tool_id="legal",
                    tool_name="legal", category="Legal", name=name, parameters=params,
                    response_schema={"type": "object", "properties": {
                        "name": {"type": "string"}}})


BRIEFS = _endpoint("briefs_display_cases",
                   _param("case_id", {"type": "array", "items": {"type": "string"}}))
SUMMARY = _endpoint("legal_case_get_summary", _param("case_id", {"type": "string"}))
BOOKING = _endpoint("cancel_booking", _param("booking_id", {"type": "string"}))
VALUES = ArgumentValues(MockExecutor(7))


def _made(call_id: str, endpoint: Endpoint, **args: Any) -> PlannedCall:
    return PlannedCall(call_id=call_id, endpoint_id=endpoint.id,
                       function_name=endpoint.function_name,
                       arguments=tuple(PlannedArg(name=k, source="user", value=v)
                                       for k, v in args.items()))


def _linked(endpoint: Endpoint, name: str, producer: str) -> PlannedCall:
    return PlannedCall(call_id="c2", endpoint_id=endpoint.id,
                       function_name=endpoint.function_name,
                       arguments=(PlannedArg(name=name, source="tool_output",
                                             call_id=producer, path=f"$.{name}"),))


def _resolved(call: PlannedCall, endpoint: Endpoint,
              made: dict[str, PlannedCall] | None) -> PlannedArg:
    outputs = {cid: {"name": "Harris v. Acme Corp."} for cid in (made or {"c1": None})}
    out = resolve_call(call, endpoint, outputs, VALUES, random.Random(0),
                       {"c1": "briefs_display_cases"}, made)
    return out.arguments[0]


def test_the_producers_stated_case_id_is_carried_not_asked_again() -> None:
    made = {"c1": _made("c1", BRIEFS, case_id=["csa_493452"])}
    arg = _resolved(_linked(SUMMARY, "case_id", "c1"), SUMMARY, made)
    assert (arg.source, arg.value) == ("user", "csa_493452")


def test_without_a_stated_input_the_user_is_asked() -> None:
    arg = _resolved(_linked(SUMMARY, "case_id", "c1"), SUMMARY, None)
    assert arg.source == "clarification"
    made = {"c1": _made("c1", BRIEFS, case_id=["csa_1", "csa_2"])}  # which one? ask
    assert _resolved(_linked(SUMMARY, "case_id", "c1"), SUMMARY, made).source == \
        "clarification"


def test_an_earlier_calls_id_of_the_same_entity_stands_in_but_not_a_bare_name() -> None:
    support = _endpoint("contact_support", _param("booking_id", {"type": "string"}),
                        _param("query", {"type": "string"}))
    made = {"c0": _made("c0", support, booking_id="bkn_8e8f8b", query="late checkout"),
            "c1": _made("c1", BRIEFS, case_id=["csa_1"])}
    arg = _resolved(_linked(BOOKING, "booking_id", "c1"), BOOKING, made)
    assert (arg.source, arg.value) == ("user", "bkn_8e8f8b")
    searched = _endpoint("search_faq", _param("query", {"type": "string"}))
    assert _resolved(_linked(searched, "query", "c1"), searched, made).source == \
        "clarification"
