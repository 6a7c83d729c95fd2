"""Independent checks of generated records, written against the JSON alone.

Nothing here imports toolgen: records are plain dicts parsed with orjson, schemas are
checked with jsonschema's Draft 2020-12 validator, and JSON paths (`$.a[0].b`) are
resolved by the tiny resolver below. Each check returns human-readable problems (empty
when the record is fine) so a failing test shows the first offenders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import orjson
from jsonschema import Draft202012Validator

Rec = dict[str, Any]

PATTERNS = (
    "single_call",
    "multi_step_single_tool",
    "multi_step_multi_tool",
    "parallel",
    "clarification",
    "follow_up",
)

# Prefixed ids as the executor mints them (`htl_8f3a2c`, `upl_bcc364`; at least one digit
# so plain words never match) and RFC 4122-shaped UUIDs.
PREFIXED_ID = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]{1,15}_(?=[0-9a-f]*\d)[0-9a-f]{6,}"
                         r"(?![A-Za-z0-9_])")
UUID = re.compile(r"(?<![0-9A-Fa-f])[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"
                  r"(?![0-9A-Fa-f])")

_PATH_TOKEN = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]|\[\"((?:[^\"\\]|\\.)*)\"\]")
_MISSING = object()


def first_problems(problems: list[str], k: int = 8) -> str:
    """An assertion message: how many problems, then the first `k` of them."""
    return f"{len(problems)} problem(s), first ones:\n" + "\n".join(problems[:k])


# -- JSON paths -----------------------------------------------------------------------------


def resolve_path(document: Any, path: str) -> Any:
    """The value at `$.a[0].b` / `$["odd key"]` in `document`, or `_MISSING`."""
    if not path.startswith("$"):
        return _MISSING
    node = document
    pos = 1
    while pos < len(path):
        m = _PATH_TOKEN.match(path, pos)
        if m is None:
            return _MISSING
        key, index, quoted = m.groups()
        if index is not None:
            i = int(index)
            if not isinstance(node, list) or i >= len(node):
                return _MISSING
            node = node[i]
        else:
            name = key if key is not None else re.sub(r"\\(.)", r"\1", quoted)
            if not isinstance(node, dict) or name not in node:
                return _MISSING
            node = node[name]
        pos = m.end()
    return node


def is_missing(value: Any) -> bool:
    return value is _MISSING


def number_as_text(found: Any, value: Any) -> bool:
    """A number passed as its own text to a string parameter (`"120591"` for 120591)."""
    return (isinstance(found, int | float) and not isinstance(found, bool)
            and isinstance(value, str) and value == str(found))


def json_equal(a: Any, b: Any) -> bool:
    """Equal as JSON values, types included (True is not 1, 1 equals 1.0)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


# -- text forms -----------------------------------------------------------------------------


def text_forms(value: Any) -> list[str]:
    """Lower-cased ways a person writes `value` in a sentence."""
    if isinstance(value, bool):
        # a no said as the person says it: "please don't skip diagonal search" (ToolBench
        # seed 11 #798)
        return ["true", "yes"] if value else ["false", "no", "n't", "not "]
    if isinstance(value, int):
        return [str(value), f"{value:,}"]
    if isinstance(value, float):
        forms = [repr(value), f"{value:.2f}", f"{value:,.2f}"]
        if value.is_integer():
            forms += [str(int(value)), f"{int(value):,}"]
        return forms
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "false"):
            return text_forms(text == "true")  # a yes/no sent as text, said as yes or no
        if "_" in text and text.replace("_", "").isalnum():
            return [text, text.replace("_", " ")]  # an enum literal, as a person says it
        return [text]
    return [orjson.dumps(value).decode().lower()]


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


def occurs_in_text(value: Any, text: str) -> bool:
    """`value` (or, for a list/object, its JSON or every scalar in it) is in `text`."""
    low = text.lower()
    if any(form and form in low for form in text_forms(value)):
        return True
    if isinstance(value, dict | list):
        scalars = [v for v in _leaves(value) if v is not None]
        return bool(scalars) and all(occurs_in_text(v, text) for v in scalars)
    return False


# -- record views ---------------------------------------------------------------------------


def offered(record: Rec) -> dict[str, dict[str, Any]]:
    """Offered function name -> its parameters schema."""
    return {t["function"]["name"]: t["function"].get("parameters") or {} for t in record["tools"]}


def calls(record: Rec) -> Iterator[tuple[int, dict[str, Any], Any]]:
    """(message index, tool call, the message's weight) for every call, in order."""
    for i, m in enumerate(record["messages"]):
        if m["role"] == "assistant":
            for tc in m.get("tool_calls") or ():
                yield i, tc, m.get("weight")


def named_calls(record: Rec) -> list[tuple[str, dict[str, Any], Any]]:
    """(function name, arguments, parsed output or None) of each call, in order."""
    outputs = {m["tool_call_id"]: orjson.loads(m["content"]) for m in record["messages"]
               if m["role"] == "tool"}
    return [(c["function"]["name"], orjson.loads(c["function"]["arguments"]),
             outputs.get(c["id"]))
            for m in record["messages"] if m["role"] == "assistant"
            for c in m.get("tool_calls") or ()]


def objects(doc: Any) -> list[dict[str, Any]]:
    """Every object of a parsed output, nested ones included."""
    found, stack = [], [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def tool_outputs(record: Rec) -> dict[str, Any]:
    """call id -> the parsed content of its tool message (raw text when not JSON)."""
    out: dict[str, Any] = {}
    for m in record["messages"]:
        if m["role"] == "tool":
            text = m.get("content") or ""
            try:
                out[m["tool_call_id"]] = orjson.loads(text)
            except orjson.JSONDecodeError:
                out[m["tool_call_id"]] = text
    return out


def final_answer(record: Rec) -> str | None:
    last = record["messages"][-1]
    if last["role"] != "assistant" or last.get("tool_calls"):
        return None
    return str(last.get("content") or "")


def cited_ids(text: str) -> list[str]:
    return PREFIXED_ID.findall(text) + UUID.findall(text)


def effective_calls(record: Rec) -> list[tuple[int, str]]:
    """(message index, call id) of calls that count: trained on and answered ok."""
    status = {s["call_id"]: s["status"] for s in record["step_trace"]}
    return [
        (i, tc["id"]) for i, tc, weight in calls(record)
        if weight != 0 and status.get(tc["id"], "ok") == "ok"
    ]


def is_multi_step(record: Rec) -> bool:
    """Multi-step + multi-tool: >= 2 effective calls over >= 2 assistant turns, or the
    pattern says multi-step."""
    eff = effective_calls(record)
    if len(eff) >= 2 and len({i for i, _ in eff}) >= 2:
        return True
    return any(p.startswith("multi_step_") for p in record["metadata"]["patterns"])


# -- checks ---------------------------------------------------------------------------------


class SchemaCache:
    """One compiled Draft 2020-12 validator per distinct parameters schema."""

    def __init__(self) -> None:
        self._cache: dict[bytes, Draft202012Validator] = {}

    def errors(self, schema: dict[str, Any], instance: Any) -> list[str]:
        key = orjson.dumps(schema, option=orjson.OPT_SORT_KEYS)
        validator = self._cache.get(key)
        if validator is None:
            validator = self._cache[key] = Draft202012Validator(schema)
        return [e.message for e in validator.iter_errors(instance)]


def check_calls_valid(record: Rec, schemas: SchemaCache) -> list[str]:
    """Every call names an offered function; trained-on calls' arguments validate.

    Weight-0 turns are deliberate mistakes (error recovery) and may carry bad arguments,
    but even they may only call offered functions.
    """
    problems: list[str] = []
    tools = offered(record)
    cid = record["conversation_id"]
    for i, tc, weight in calls(record):
        fn = tc["function"]
        if tc.get("type") != "function":
            problems.append(f"{cid} msg {i}: call type {tc.get('type')!r}")
        if fn["name"] not in tools:
            problems.append(f"{cid} msg {i}: {fn['name']} is not offered")
            continue
        if not isinstance(fn["arguments"], str):
            problems.append(f"{cid} msg {i}: arguments are not a JSON string")
            continue
        try:
            args = orjson.loads(fn["arguments"])
        except orjson.JSONDecodeError:
            problems.append(f"{cid} msg {i}: arguments are not JSON: {fn['arguments'][:80]}")
            continue
        if not isinstance(args, dict):
            problems.append(f"{cid} msg {i}: arguments are not an object")
            continue
        if weight == 0:
            continue
        for err in schemas.errors(tools[fn["name"]], args):
            problems.append(f"{cid} msg {i} {fn['name']}: {err}")
    return problems


def check_pairing(record: Rec) -> list[str]:
    """Unique call ids; each tool message answers one earlier, unanswered call, right
    after the assistant turn that made it; every call is answered."""
    problems: list[str] = []
    cid = record["conversation_id"]
    issued: set[str] = set()
    answered: set[str] = set()
    pending: set[str] = set()  # calls of the latest assistant turn still to be answered
    for i, m in enumerate(record["messages"]):
        role = m["role"]
        if role == "tool":
            tcid = m.get("tool_call_id")
            if tcid not in issued:
                problems.append(f"{cid} msg {i}: tool message answers unknown call {tcid}")
            elif tcid in answered:
                problems.append(f"{cid} msg {i}: call {tcid} answered twice")
            elif tcid not in pending:
                problems.append(f"{cid} msg {i}: {tcid} answered outside its turn")
            if isinstance(tcid, str):
                answered.add(tcid)
                pending.discard(tcid)
            continue
        if pending:
            problems.append(f"{cid} msg {i}: calls {sorted(pending)} unanswered before {role}")
            pending = set()
        if role == "assistant":
            for tc in m.get("tool_calls") or ():
                if tc["id"] in issued:
                    problems.append(f"{cid} msg {i}: duplicate call id {tc['id']}")
                issued.add(tc["id"])
                pending.add(tc["id"])
    missing = issued - answered
    if missing:
        problems.append(f"{cid}: calls never answered: {sorted(missing)}")
    return problems


def check_tool_output_sources(record: Rec) -> tuple[int, list[str]]:
    """(number checked, problems): `tool_output` arguments equal the cited value, which
    comes from an earlier call, and the call really passed that value."""
    problems: list[str] = []
    checked = 0
    cid = record["conversation_id"]
    outputs = tool_outputs(record)
    position = {tc["id"]: i for i, tc, _ in calls(record)}
    passed = {tc["id"]: tc["function"]["arguments"] for _, tc, _ in calls(record)}
    for step in record["step_trace"]:
        for name, arg in step["arguments"].items():
            if arg["source"] != "tool_output":
                continue
            checked += 1
            where = f"{cid} step {step['step']} {step['function_name']}.{name}"
            src = arg.get("call_id")
            if src not in outputs:
                problems.append(f"{where}: cites {src}, which has no tool message")
                continue
            if position.get(src, 1 << 30) >= position.get(step["call_id"], -1):
                problems.append(f"{where}: cites {src}, which is not an earlier call")
            found = resolve_path(outputs[src], str(arg.get("path")))
            if is_missing(found):
                problems.append(f"{where}: {arg.get('path')} not in the output of {src}")
            elif not (json_equal(found, arg["value"]) or number_as_text(found, arg["value"])):
                problems.append(f"{where}: {arg['value']!r} != {found!r} at {arg.get('path')}")
            args = orjson.loads(passed.get(step["call_id"], "{}"))
            if not json_equal(args.get(name), arg["value"]):
                problems.append(f"{where}: traced {arg['value']!r}, passed {args.get(name)!r}")
    return checked, problems


def check_user_sources(record: Rec) -> tuple[int, list[str]]:
    """(number checked, problems): `user` arguments occur in the cited user message."""
    problems: list[str] = []
    checked = 0
    msgs = record["messages"]
    for step in record["step_trace"]:
        for name, arg in step["arguments"].items():
            if arg["source"] != "user":
                continue
            checked += 1
            where = f"{record['conversation_id']} step {step['step']}.{name}"
            idx = arg.get("message_index")
            if not isinstance(idx, int) or not 0 <= idx < len(msgs) or msgs[idx]["role"] != "user":
                problems.append(f"{where}: message_index {idx} is not a user message")
                continue
            if not occurs_in_text(arg["value"], msgs[idx].get("content") or ""):
                problems.append(f"{where}: {arg['value']!r} not in message {idx}")
    return checked, problems


def check_answer_ids(record: Rec) -> tuple[int, list[str]]:
    """(ids checked, problems): ids cited by the final answer occur in a tool output."""
    answer = final_answer(record)
    if answer is None:
        return 0, []
    corpus = "\n".join(m.get("content") or "" for m in record["messages"] if m["role"] == "tool")
    ids = cited_ids(answer)
    return len(ids), [
        f"{record['conversation_id']}: final answer cites {i}, in no tool output"
        for i in ids if i not in corpus
    ]


def check_parallel(record: Rec) -> list[str]:
    """A parallel record has a trained-on turn with >= 2 calls, each answered once."""
    msgs = record["messages"]
    for i, m in enumerate(msgs):
        ids = [tc["id"] for tc in m.get("tool_calls") or ()]
        if m["role"] != "assistant" or m.get("weight") == 0 or len(ids) < 2:
            continue
        answers = []
        for follow in msgs[i + 1:]:
            if follow["role"] != "tool":
                break
            answers.append(follow.get("tool_call_id"))
        if sorted(answers) == sorted(ids):
            return []
    return [f"{record['conversation_id']}: no assistant turn with >= 2 calls each answered once"]


def check_clarification(record: Rec, required_only: bool) -> list[str]:
    """An assistant turn without calls asking for something (a question or a request:
    "please confirm the email"), then a user answer holding a `clarification` value of a
    parameter (a required one with `required_only`), which a later call uses."""
    msgs = record["messages"]
    schemas = offered(record)
    call_at = {tc["id"]: i for i, tc, _ in calls(record)}
    for step in record["step_trace"]:
        for name, arg in step["arguments"].items():
            idx = arg.get("message_index")
            if arg["source"] != "clarification" or not isinstance(idx, int) or idx < 1:
                continue
            question, answer = msgs[idx - 1], msgs[idx]
            if (
                question["role"] == "assistant"
                and not question.get("tool_calls")
                and (question.get("content") or "").strip()
                and answer["role"] == "user"
                and occurs_in_text(arg["value"], answer.get("content") or "")
                and call_at.get(step["call_id"], -1) > idx
                and (not required_only or name in (
                    schemas.get(step["function_name"], {}).get("required") or ()))
            ):
                return []
    what = "required value" if required_only else "value"
    return [f"{record['conversation_id']}: no asked-and-answered {what} that a later call uses"]


def called_tools(record: Rec) -> set[str]:
    """Tools the trace calls (endpoint ids are `category/tool/endpoint`)."""
    return {s["endpoint_id"].split("/")[1] for s in record["step_trace"]
            if s["endpoint_id"].count("/") >= 2}


def check_linked(record: Rec) -> list[str]:
    """multi_step_multi_tool: an earlier call's output feeds a later call's argument, and
    the calls use >= 2 tools."""
    linked = any(a["source"] == "tool_output" for s in record["step_trace"]
                 for a in s["arguments"].values())
    if linked and len(called_tools(record)) >= 2:
        return []
    return [f"{record['conversation_id']}: linked={linked}, tools={sorted(called_tools(record))}"]


def check_follow_up(record: Rec, builds_on: bool) -> list[str]:
    """A later user request after an answer to earlier calls, with calls after it; with
    `builds_on`, one of those later calls takes a value from an output before it."""
    msgs = record["messages"]
    call_at = {tc["id"]: i for i, tc, _ in calls(record)}
    for u in range(2, len(msgs)):
        prev = msgs[u - 1]
        if msgs[u]["role"] != "user" or prev["role"] != "assistant" or prev.get("tool_calls"):
            continue
        before = {c for c, i in call_at.items() if i < u}
        after = {c for c, i in call_at.items() if i > u}
        if not before or not after:
            continue
        if not builds_on:
            return []
        for step in record["step_trace"]:
            if step["call_id"] in after and any(
                a["source"] == "tool_output" and a.get("call_id") in before
                for a in step["arguments"].values()
            ):
                return []
    what = "that uses an earlier output" if builds_on else "between answered calls"
    return [f"{record['conversation_id']}: no follow-up request {what}"]
