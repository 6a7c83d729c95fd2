"""Hand-built records for judge tests: a valid two-step chain and a weight-0 recovery.

Tests take the dict form, mutate a deep copy, and validate it into a `Record`, so each
test shows exactly which defect it introduces.
"""

from __future__ import annotations

import copy
from typing import Any

import orjson

from toolgen.records import Record

SEARCH = "Travel/hotels/search_hotels"
GET = "Travel/hotels/get_hotel"


def _tool(name: str, props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": f"{name} endpoint",
            "parameters": {"type": "object", "properties": props, "required": required},
        },
    }


TOOLS = [
    _tool(
        "search_hotels",
        {
            "city": {"type": "string"},
            "max_price": {"type": "number"},
            "sort": {"type": "string", "enum": ["price", "rating"], "default": "price"},
        },
        ["city"],
    ),
    _tool("get_hotel", {"hotel_id": {"type": "string"}}, ["hotel_id"]),
    _tool("get_weather", {"city": {"type": "string"}}, ["city"]),  # a distractor
]


def call(call_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": orjson.dumps(args).decode()},
    }


def tool_msg(call_id: str, output: Any) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": call_id, "content": orjson.dumps(output).decode()}


SEARCH_OUT = {"results": [{"id": "htl_8f3a2c", "name": "Casa Azul", "price": 149.5}]}
GET_OUT = {"id": "htl_8f3a2c", "name": "Casa Azul", "price": 149.5, "rating": 4.6}


def valid_dict() -> dict[str, Any]:
    """A valid record: search (user + default args), then get with an id from the search."""
    return copy.deepcopy(_VALID)


_VALID: dict[str, Any] = {
    "conversation_id": "conv-0001",
    "schema_version": "1.0",
    "tools": TOOLS,
    "messages": [
        {"role": "system", "content": "You are a helpful travel assistant."},
        {
            "role": "user",
            "content": "Find me a hotel in Lisbon under 200 a night, tell me about the best one.",
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                call(
                    "call_1", "search_hotels", {"city": "Lisbon", "max_price": 200, "sort": "price"}
                )
            ],
        },
        tool_msg("call_1", SEARCH_OUT),
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [call("call_2", "get_hotel", {"hotel_id": "htl_8f3a2c"})],
        },
        tool_msg("call_2", GET_OUT),
        {
            "role": "assistant",
            "content": "Casa Azul (htl_8f3a2c) is the best match: $149.50 a night, rated 4.6.",
        },
    ],
    "step_trace": [
        {
            "step": 1,
            "call_id": "call_1",
            "endpoint_id": SEARCH,
            "function_name": "search_hotels",
            "arguments": {
                "city": {"value": "Lisbon", "source": "user", "message_index": 1},
                "max_price": {"value": 200, "source": "user", "message_index": 1},
                "sort": {"value": "price", "source": "default"},
            },
            "output_refs": [{"path": "$.results[0].id", "value": "htl_8f3a2c", "entity": "hotel"}],
            "status": "ok",
            "message_index": 2,
        },
        {
            "step": 2,
            "call_id": "call_2",
            "endpoint_id": GET,
            "function_name": "get_hotel",
            "depends_on": ["call_1"],
            "arguments": {
                "hotel_id": {
                    "value": "htl_8f3a2c",
                    "source": "tool_output",
                    "call_id": "call_1",
                    "path": "$.results[0].id",
                }
            },
            "status": "ok",
            "message_index": 4,
        },
    ],
    "judge_scores": {
        "tool_correctness": 5,
        "naturalness": 5,
        "task_completion": 5,
        "overall": 5,
        "judge": "heuristic",
    },
    "metadata": {
        "seed": 42,
        "index": 1,
        "tools": ["Travel/hotels"],
        "domains": ["Travel"],
        "pattern": "multi_step_single_tool",
        "patterns": ["multi_step_single_tool"],
        "planner_scenario": {
            "calls": [
                {"call_id": "call_1", "endpoint_id": SEARCH, "function_name": "search_hotels"},
                {"call_id": "call_2", "endpoint_id": GET, "function_name": "get_hotel"},
            ],
            "turns": [{"user_act": "request", "steps": [["call_1"], ["call_2"]]}],
            "pattern": "multi_step_single_tool",
            "patterns": ["multi_step_single_tool"],
        },
    },
}


def weight0_dict() -> dict[str, Any]:
    """The valid record with an intended mistake first: get_hotel without its id, then recovery."""
    d = valid_dict()
    wrong = {
        "role": "assistant",
        "content": None,
        "weight": 0,
        "tool_calls": [call("call_0", "get_hotel", {})],
    }
    error = tool_msg("call_0", {"error": "400: missing required field hotel_id"})
    d["messages"][2:2] = [wrong, error]
    for step in d["step_trace"]:
        step["step"] += 1
        step["message_index"] += 2
    d["step_trace"].insert(
        0,
        {
            "step": 1,
            "call_id": "call_0",
            "endpoint_id": GET,
            "function_name": "get_hotel",
            "arguments": {},
            "status": "http_400",
            "intended": True,
            "message_index": 2,
        },
    )
    d["metadata"]["patterns"] = ["multi_step_single_tool", "error_recovery"]
    return d


def build(d: dict[str, Any]) -> Record:
    return Record.model_validate(d)


def valid() -> Record:
    return build(valid_dict())


def weight0() -> Record:
    return build(weight0_dict())


Call = tuple[str, dict[str, Any], Any]


def calls_record(calls: list[Call], *, user: str, answer: str, conversation_id: str,
                 descriptions: dict[str, str] | None = None,
                 params: dict[str, dict[str, Any]] | None = None) -> Record:
    """A valid record of one user request, its (name, arguments, output) calls in order
    and the answer: every argument user-stated, each tool declared once (its parameters
    from `params`, else one string per argument; its description from `descriptions`)."""
    d = valid_dict()
    tools: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = [{"role": "user", "content": user}]
    steps: list[dict[str, Any]] = []
    for n, (name, args, output) in enumerate(calls, 1):
        cid = f"c{n}"
        if name not in {t["function"]["name"] for t in tools}:
            props = (params or {}).get(name) or {k: {"type": "string"} for k in args}
            tools.append({"type": "function", "function": {
                "name": name,
                "description": (descriptions or {}).get(name, f"{name} endpoint."),
                "parameters": {"type": "object", "properties": props}}})
        steps.append({"step": n, "call_id": cid, "endpoint_id": f"T/{name}",
                      "function_name": name, "message_index": len(messages),
                      "arguments": {k: {"value": v, "source": "user", "message_index": 0}
                                    for k, v in args.items()}})
        messages.append({"role": "assistant", "content": None,
                         "tool_calls": [call(cid, name, args)]})
        messages.append(tool_msg(cid, output))
    messages.append({"role": "assistant", "content": answer})
    d.update({"conversation_id": conversation_id, "tools": tools, "messages": messages,
              "step_trace": steps})
    d["metadata"].pop("planner_scenario", None)
    return build(d)
