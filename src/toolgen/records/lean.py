"""The record's on-disk form (schema 2.0): each value stored once, references instead of copies.

A record line is the JSON of `Record.model_dump(mode="json")` made lean by `shrink`:

- an argument's `value` in `step_trace` (and in `metadata.planner_scenario`) is left out
  when it is exactly the value the call in `messages` carries: the call id is the
  reference. A value that differs (an intended mistake, a regenerated plan, a tool output
  the planner could not know yet) stays, so nothing is lost;
- a step's `function_name` is left out when its call in `messages` has that name; a
  planned call's `endpoint_id` and `function_name` when `step_trace` has the same for
  that call id;
- keys holding their model default (`null`, `[]`, `{}`, `false`, `0`) are left out of
  messages, steps, arguments, scores, findings, metadata and the scenario, except the
  fields the README promises in every line (metadata's seed, tools, domains, pattern,
  LLM mode, models, repair attempts, generation profile, planner scenario and sampled
  path; each step's output refs with the ids they returned), so `jq` finds them raw.

`expand` puts every left-out key back, in the model's key order, so `expand(shrink(d))
== d` and `Record.model_validate_json(line)` gives back the record that was written (a
reader of plain dicts, `io.jsonl.read_dicts`, sees the full form too). Tools stay whole
in every record: they are the prompt the assistant saw (distractors included), and
validating or viewing one record alone needs their schemas. Schema 1.0 lines (everything
in full) are read as they are. This module imports no toolgen package outside `records`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import orjson

from toolgen.records.paths import PathError, parse_path

LEAN_VERSIONS = frozenset({"2.0"})
"""Schema versions written lean (older ones are read as they are)."""

Defaults = tuple[tuple[str, Any], ...]
# Each table lists the model's keys in order with the default a lean line leaves out
# (a key without a default is always written: `_ALWAYS`).
_ALWAYS = object()
_MISSING = object()
_MESSAGE: Defaults = (
    ("role", _ALWAYS), ("content", _ALWAYS), ("tool_calls", None), ("tool_call_id", None),
    ("name", None), ("weight", None),
)
_STEP: Defaults = (
    ("step", _ALWAYS), ("call_id", _ALWAYS), ("endpoint_id", _ALWAYS),
    ("function_name", _ALWAYS), ("depends_on", []), ("arguments", {}), ("output_refs", []),
    ("status", _ALWAYS), ("intended", False), ("mistake", None), ("message_index", None),
    ("fault", None), ("effect", None),
)
_ARG: Defaults = (
    ("value", _ALWAYS), ("source", _ALWAYS), ("message_index", None), ("call_id", None),
    ("path", None),
)
_SCORES: Defaults = (
    ("tool_correctness", _ALWAYS), ("naturalness", _ALWAYS), ("task_completion", _ALWAYS),
    ("overall", _ALWAYS), ("judge", _ALWAYS), ("rationale", _ALWAYS), ("findings", []),
    ("verdicts", []), ("disagreement", None),
)
_REF: Defaults = (("path", _ALWAYS), ("value", _ALWAYS), ("entity", None))
_FINDING: Defaults = (
    ("validator", _ALWAYS), ("kind", _ALWAYS), ("message", _ALWAYS), ("severity", _ALWAYS),
    ("message_index", None),
)
_META: Defaults = (
    ("seed", _ALWAYS), ("index", _ALWAYS), ("tools", _ALWAYS), ("domains", _ALWAYS),
    ("pattern", _ALWAYS), ("patterns", _ALWAYS), ("llm_mode", _ALWAYS),
    ("live_profile", None), ("models", _ALWAYS), ("live_calls", 0), ("fallbacks", []),
    ("decisions", {}), ("repair_attempts", _ALWAYS), ("repairs", []),
    ("generation_profile", _ALWAYS), ("planner_scenario", _ALWAYS), ("sampled_path", _ALWAYS),
    ("faults", []),
    ("paraphrases", []), ("toolgen_version", ""),
)
_PLAN: Defaults = (
    ("goal", _ALWAYS), ("calls", _ALWAYS), ("turns", _ALWAYS), ("pattern", _ALWAYS),
    ("patterns", _ALWAYS),
)
_PLAN_CALL: Defaults = (
    ("call_id", _ALWAYS), ("endpoint_id", _ALWAYS), ("function_name", _ALWAYS),
    ("arguments", []), ("depends_on", []),
)
_PLAN_ARG: Defaults = (
    ("name", _ALWAYS), ("source", _ALWAYS), ("value", _ALWAYS), ("call_id", None),
    ("path", None),
)
# The scenario is a free dict in the model (hand-made ones may lack keys), so its turns
# and patterns are written as they are: restoring a default there could add a key.
_PLAN_TURN: Defaults = (
    ("user_act", _ALWAYS), ("mentions", _ALWAYS), ("clarify", _ALWAYS), ("steps", _ALWAYS),
)
_TABLES = (_MESSAGE, _STEP, _ARG, _REF, _SCORES, _FINDING, _META, _PLAN, _PLAN_CALL,
           _PLAN_ARG, _PLAN_TURN)


@lru_cache(maxsize=8192)
def _parts(path: str) -> tuple[str | int, ...] | None:
    try:
        return tuple(parse_path(path))
    except PathError:
        return None


def _resolve(document: Any, path: str) -> Any:
    """`paths.resolve` with the parsed path cached (paths repeat across records)."""
    parts = _parts(path)
    if parts is None:
        return _MISSING
    node = document
    for part in parts:
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                return _MISSING
        elif not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON (1, 1.0 and True differ; a tuple is the array a list is)."""
    if (isinstance(a, list | tuple) and isinstance(b, list | tuple)) or (
            isinstance(a, dict) and isinstance(b, dict)):
        return orjson.dumps(a) == orjson.dumps(b)
    return type(a) is type(b) and bool(a == b)


_NONE, _EMPTY_SEQ, _EMPTY_MAP, _FALSE, _ZERO, _TEXT = range(6)


def _droppable(table: Defaults) -> tuple[tuple[str, int, Any], ...]:
    """The keys a lean line may leave out, each with how its default is recognised."""
    kinds = []
    for key, default in table:
        if default is _ALWAYS:
            continue
        kind = (_NONE if default is None else _EMPTY_SEQ if isinstance(default, list)
                else _EMPTY_MAP if isinstance(default, dict) else _FALSE if default is False
                else _ZERO if default == 0 else _TEXT)
        kinds.append((key, kind, default))
    return tuple(kinds)


_DROPPABLE = {id(t): _droppable(t) for t in _TABLES}


def _drop(d: dict[str, Any], table: Defaults) -> None:
    # Hot (every message, step and argument of every record): plain checks, no calls.
    for key, kind, default in _DROPPABLE[id(table)]:
        if key not in d:
            continue
        v = d[key]
        if kind == _NONE:
            hit = v is None
        elif kind == _EMPTY_SEQ:
            hit = not v and type(v) in (list, tuple)
        elif kind == _EMPTY_MAP:
            hit = not v and type(v) is dict
        elif kind == _FALSE:
            hit = v is False
        elif kind == _ZERO:
            hit = type(v) is int and v == 0
        else:
            hit = type(v) is str and v == default
        if hit:
            del d[key]


def _restore(d: dict[str, Any], table: Defaults, refs: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """`d` with left-out keys back (from `refs`, else the defaults), in the table's order."""
    out: dict[str, Any] = {}
    for key, default in table:
        if key in d:
            out[key] = d[key]
        elif refs is not None and key in refs:
            out[key] = refs[key]
        elif default is not _ALWAYS:
            out[key] = default.copy() if isinstance(default, list | dict) else default
    # Keys the table does not know (e.g. a live argument's `provenance`) follow, as written.
    out.update((k, v) for k, v in d.items() if k not in out)
    return out


class _Calls:
    """The calls in `messages`: id -> function name, parsed arguments and (parsed when
    asked) the tool's output; ids that occur twice are left out (a reference to them
    could not say which)."""

    def __init__(self, messages: Sequence[Any]) -> None:
        self.names: dict[str, str] = {}
        self.args: dict[str, dict[str, Any]] = {}
        self._texts: dict[str, Any] = {}
        self._outputs: dict[str, Any] = {}
        seen: set[str] = set()
        for m in messages:
            if isinstance(m, dict) and m.get("role") == "tool":
                cid = m.get("tool_call_id")
                if isinstance(cid, str):
                    self._texts[cid] = _MISSING if cid in self._texts else m.get("content")
            for call in (m.get("tool_calls") or ()) if isinstance(m, dict) else ():
                fn = call.get("function") if isinstance(call, dict) else None
                cid = call.get("id") if isinstance(fn, dict) else None
                if not isinstance(cid, str) or not isinstance(fn, dict):
                    continue
                if cid in seen:  # ambiguous: a reference could not say which call
                    self.names.pop(cid, None)
                    self.args.pop(cid, None)
                    continue
                seen.add(cid)
                if isinstance(fn.get("name"), str):
                    self.names[cid] = fn["name"]
                try:
                    args = orjson.loads(fn.get("arguments") or "{}")
                except orjson.JSONDecodeError:
                    continue
                if isinstance(args, dict):
                    self.args[cid] = args

    def has(self, call_id: Any, name: Any, value: Any) -> bool:
        args = self.args.get(call_id) if isinstance(call_id, str) else None
        return args is not None and name in args and _same(args[name], value)

    def at(self, call_id: Any, path: Any) -> Any:
        """The value at `path` of the output of call `call_id` (`_MISSING` when none)."""
        if not isinstance(call_id, str) or not isinstance(path, str):
            return _MISSING
        if call_id not in self._outputs:
            text = self._texts.get(call_id)
            try:
                self._outputs[call_id] = (orjson.loads(text) if isinstance(text, str)
                                          else _MISSING)
            except orjson.JSONDecodeError:
                self._outputs[call_id] = _MISSING
        output = self._outputs[call_id]
        if output is _MISSING:
            return _MISSING
        return _resolve(output, path)


# -- shrink -----------------------------------------------------------------------------

def shrink(record: dict[str, Any]) -> dict[str, Any]:
    """The lean form of a full record dict (changed in place and returned)."""
    messages = record.get("messages") or ()
    calls = _Calls(messages)
    for m in messages:
        _drop(m, _MESSAGE)
    steps: dict[str, dict[str, Any]] = {}
    path = []
    for step in record.get("step_trace") or ():
        cid = step.get("call_id")
        steps[cid] = {"endpoint_id": step.get("endpoint_id"),
                      "function_name": step.get("function_name")}
        path.append(step.get("endpoint_id"))
        for name, arg in (step.get("arguments") or {}).items():
            if "value" in arg and calls.has(cid, name, arg["value"]):
                del arg["value"]
            _drop(arg, _ARG)
        refs = step.get("output_refs")
        if refs:
            step["output_refs"] = [_shrink_ref(r) for r in refs]
        if calls.names.get(cid, 0) == step.get("function_name"):
            del step["function_name"]
        _drop(step, _STEP)
    scores = record.get("judge_scores")
    if isinstance(scores, dict):
        for finding in scores.get("findings") or ():
            _drop(finding, _FINDING)
        _drop(scores, _SCORES)
    meta = record.get("metadata")
    if isinstance(meta, dict):
        plan = meta.get("planner_scenario")
        if isinstance(plan, dict) and plan:
            meta["planner_scenario"] = _shrink_plan(plan, meta, steps, calls)
        _drop(meta, _META)
    return record


def _shrink_ref(ref: Any) -> Any:
    if not isinstance(ref, dict):
        return ref
    ref = dict(ref)
    _drop(ref, _REF)
    return ref


def _shrink_plan(plan: dict[str, Any], meta: dict[str, Any],
                 steps: dict[str, dict[str, Any]], calls: _Calls) -> dict[str, Any]:
    out = dict(plan)
    if isinstance(out.get("calls"), list | tuple):
        out["calls"] = [_shrink_plan_call(c, steps, calls) for c in out["calls"]]
    if isinstance(out.get("turns"), list | tuple):
        out["turns"] = [_lean_copy(t, _PLAN_TURN) for t in out["turns"]]
    return out


def _lean_copy(d: Any, table: Defaults) -> Any:
    if not isinstance(d, dict):
        return d
    d = dict(d)
    _drop(d, table)
    return d


def _shrink_plan_call(call: Any, steps: dict[str, dict[str, Any]], calls: _Calls) -> Any:
    if not isinstance(call, dict):
        return call
    call = dict(call)
    cid = call.get("call_id")
    step = steps.get(cid) if isinstance(cid, str) else None
    for key in ("endpoint_id", "function_name"):
        if step is not None and key in call and call[key] == step[key]:
            del call[key]
    if isinstance(call.get("arguments"), list | tuple):
        call["arguments"] = [_shrink_plan_arg(a, cid, calls) for a in call["arguments"]]
    _drop(call, _PLAN_CALL)
    return call


def _shrink_plan_arg(arg: Any, cid: Any, calls: _Calls) -> Any:
    if not isinstance(arg, dict):
        return arg
    arg = dict(arg)
    if "value" in arg and calls.has(cid, arg.get("name"), arg["value"]):
        del arg["value"]
    _drop(arg, _PLAN_ARG)
    return arg


# -- expand -----------------------------------------------------------------------------

def expand(record: dict[str, Any]) -> dict[str, Any]:
    """The full form of a lean record dict (a new dict; `record` is left as it was)."""
    messages = record.get("messages")
    if not isinstance(messages, list):
        return record
    calls = _Calls(messages)
    out = dict(record)
    out["messages"] = [_restore(m, _MESSAGE) if isinstance(m, dict) else m for m in messages]
    steps: dict[str, dict[str, Any]] = {}
    trace = record.get("step_trace")
    if isinstance(trace, list):
        out["step_trace"] = [_expand_step(s, calls, steps) for s in trace]
    scores = record.get("judge_scores")
    if isinstance(scores, dict):
        scores = _restore(scores, _SCORES)
        if isinstance(scores["findings"], list):
            scores["findings"] = [_restore(f, _FINDING) if isinstance(f, dict) else f
                                  for f in scores["findings"]]
        out["judge_scores"] = scores
    meta = record.get("metadata")
    if isinstance(meta, dict):
        path = [s.get("endpoint_id") for s in trace or () if isinstance(s, dict)]
        meta = _restore(meta, _META, {"sampled_path": path})
        plan = meta.get("planner_scenario")
        if isinstance(plan, dict) and plan:
            meta["planner_scenario"] = _expand_plan(plan, meta, steps, calls)
        out["metadata"] = meta
    return out


def _expand_step(step: Any, calls: _Calls, steps: dict[str, dict[str, Any]]) -> Any:
    if not isinstance(step, dict):
        return step
    cid = step.get("call_id")
    refs: dict[str, Any] = {}
    if isinstance(cid, str) and cid in calls.names:
        refs["function_name"] = calls.names[cid]
    step = _restore(step, _STEP, refs)
    if isinstance(cid, str):
        steps[cid] = step
    refs = step.get("output_refs")
    if isinstance(refs, list) and refs:
        step["output_refs"] = [_expand_ref(r, cid, calls) for r in refs]
    args = step.get("arguments")
    if isinstance(args, dict) and args:
        given = calls.args.get(cid) if isinstance(cid, str) else None
        step["arguments"] = {
            name: _restore(arg, _ARG, {"value": given[name]} if given and name in given
                           else None) if isinstance(arg, dict) else arg
            for name, arg in args.items()}
    return step


def _expand_ref(ref: Any, cid: Any, calls: _Calls) -> Any:
    if not isinstance(ref, dict):
        return ref
    if "value" not in ref:
        value = calls.at(cid, ref.get("path"))
        return _restore(ref, _REF, None if value is _MISSING else {"value": value})
    return _restore(ref, _REF)


def _expand_plan(plan: dict[str, Any], meta: dict[str, Any],
                 steps: dict[str, dict[str, Any]], calls: _Calls) -> dict[str, Any]:
    out = _restore(plan, _PLAN)
    if isinstance(out.get("calls"), list):
        out["calls"] = [_expand_plan_call(c, steps, calls) for c in out["calls"]]
    if isinstance(out.get("turns"), list):
        out["turns"] = [_restore(t, _PLAN_TURN) if isinstance(t, dict) else t
                        for t in out["turns"]]
    return out


def _expand_plan_call(call: Any, steps: dict[str, dict[str, Any]], calls: _Calls) -> Any:
    if not isinstance(call, dict):
        return call
    cid = call.get("call_id")
    step = steps.get(cid) if isinstance(cid, str) else None
    refs = ({"endpoint_id": step.get("endpoint_id"), "function_name": step.get("function_name")}
            if step is not None else None)
    call = _restore(call, _PLAN_CALL, refs)
    given = calls.args.get(cid) if isinstance(cid, str) else None
    if isinstance(call.get("arguments"), list):
        call["arguments"] = [_expand_plan_arg(a, given) for a in call["arguments"]]
    return call


def _expand_plan_arg(arg: Any, given: dict[str, Any] | None) -> Any:
    if not isinstance(arg, dict):
        return arg
    name = arg.get("name")
    ref = {"value": given[name]} if given and isinstance(name, str) and name in given else None
    return _restore(arg, _PLAN_ARG, ref)


# -- rejections -------------------------------------------------------------------------

def shrink_rejection(rejection: dict[str, Any]) -> dict[str, Any]:
    """The lean form of a full rejection dict's own findings (in place; its record is
    shrunk on its own, by its schema version)."""
    for finding in rejection.get("findings") or ():
        _drop(finding, _FINDING)
    return rejection


def expand_rejection(rejection: dict[str, Any]) -> dict[str, Any]:
    """The full form of a lean rejection dict (a new dict)."""
    out = dict(rejection)
    if isinstance(out.get("findings"), list):
        out["findings"] = [_restore(f, _FINDING) if isinstance(f, dict) else f
                           for f in out["findings"]]
    inner = out.get("record")
    if isinstance(inner, dict) and inner.get("schema_version") in LEAN_VERSIONS:
        out["record"] = expand(inner)
    return out
