"""`RecordView`: a per-record index (calls, answers, schemas, parsed outputs) built once.

Validators read a record through this view so that `validate()` walks the messages
once and parses each tool output at most once, whatever the number of validators;
each output's nodes and leaves are walked once too (`nodes`, `leaves`). `view_of` and
`messages_view` hand the scorer the view `validate()` built for the same record.
The view never modifies the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, TypeVar

import orjson

from toolgen.records import Message, Record, StepTrace, ToolCall

_W = TypeVar("_W")
"""What a walk of one tool output gives (nodes, objects or leaves)."""

NOT_JSON: Any = object()
"""Marker for a tool output that is not valid JSON."""


@dataclass(slots=True)
class CallSite:
    """One tool call and the index of the assistant message that makes it."""

    message_index: int
    call: ToolCall
    weight0: bool


@dataclass(slots=True)
class RecordView:
    record: Record
    schemas: dict[str, Any]
    calls: list[CallSite]
    call_at: dict[str, int]
    answer_at: dict[str, int]
    steps: dict[str, StepTrace]
    intended: frozenset[str]
    site: dict[str, CallSite] = field(default_factory=dict)
    _outputs: dict[str, Any] = field(default_factory=dict)
    _args: dict[str, Any] = field(default_factory=dict)
    _tool_text: str | None = None
    _nodes: dict[str, list[Any]] = field(default_factory=dict)
    _leaves: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    _objects: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)
    """What a check works out from the record's messages and trace alone, kept for the
    next reader of this view (keyed by the check; e.g. the scorer's text features)."""

    def arguments(self, call_id: str) -> Any:
        """The parsed arguments of `call_id` (parsed once); NOT_JSON when malformed."""
        try:
            return self._args[call_id]
        except KeyError:
            pass
        try:
            value = orjson.loads(self.site[call_id].call.function.arguments)
        except orjson.JSONDecodeError:
            value = NOT_JSON
        self._args[call_id] = value
        return value

    def output(self, call_id: str) -> Any:
        """The parsed output of `call_id`'s tool message; NOT_JSON or KeyError if absent."""
        try:
            return self._outputs[call_id]
        except KeyError:
            pass
        content = self.record.messages[self.answer_at[call_id]].content or ""
        try:
            value = orjson.loads(content)
        except orjson.JSONDecodeError:
            value = NOT_JSON
        self._outputs[call_id] = value
        return value

    def nodes(self, call_id: str) -> list[Any]:
        """Every node of `call_id`'s parsed output (see `output_nodes`), walked once."""
        return self._walked(self._nodes, call_id)

    def objects(self, call_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(key holding it, object) for every object of `call_id`'s parsed output (see
        `output_objects`), walked once."""
        return self._walked(self._objects, call_id)

    def leaves(self, call_id: str) -> list[tuple[str, Any]]:
        """(nearest key, scalar) of `call_id`'s parsed output (see `output_leaves`), walked once."""
        return self._walked(self._leaves, call_id)

    def _walked(self, cache: dict[str, _W], call_id: str) -> _W:
        try:
            return cache[call_id]
        except KeyError:
            pass
        # nearly every output is read in all three forms: one walk gives them all
        nodes, objects, leaves = walk_output(self.output(call_id))
        self._nodes[call_id], self._objects[call_id] = nodes, objects
        self._leaves[call_id] = leaves
        return cache[call_id]

    def description(self, function_name: str) -> str:
        """The description of the offered tool named `function_name` ("" when none)."""
        for tool in self.record.tools:
            fn = tool.get("function")
            if isinstance(fn, dict) and fn.get("name") == function_name:
                return str(fn.get("description") or "")
        return ""

    def tool_text(self) -> str:
        """All tool message contents joined: the haystack for answer citations."""
        if self._tool_text is None:
            self._tool_text = "\n".join(
                m.content or "" for m in self.record.messages if m.role == "tool"
            )
        return self._tool_text


def walk_output(doc: Any) -> tuple[list[Any], list[tuple[str, dict[str, Any]]],
                                   list[tuple[str, Any]]]:
    """(`output_nodes`, `output_objects`, `output_leaves`) of `doc`, parsed JSON (its keys
    are strings), in one walk. The stack walk (last child first) meets the containers in
    `output_nodes` order and the scalars in reverse document order, each under the key
    `output_objects`/`output_leaves` give."""
    nodes: list[Any] = []
    objects: list[tuple[str, dict[str, Any]]] = []
    scalars: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [("", doc)]
    pop, more = stack.pop, stack.extend
    while stack:
        key, node = pop()
        nodes.append(node)
        if isinstance(node, dict):
            objects.append((key, node))
            more(node.items())  # parsed JSON: every key is a str already
        elif isinstance(node, list):
            more(zip(repeat(key), node))  # each item under the list's key
        else:
            scalars.append((key, node))
    scalars.reverse()
    return nodes, objects, scalars


def output_nodes(doc: Any) -> list[Any]:
    """Every node of a JSON document, containers and scalars, in stack order (the document
    itself first, then the last child before the first): the order the checks report in."""
    found: list[Any] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def output_objects(doc: Any, holder: str = "") -> list[tuple[str, dict[str, Any]]]:
    """(key of the field or list holding it, object) for every object of a JSON document,
    in `output_nodes` order (the document itself is held by `holder`)."""
    found: list[tuple[str, dict[str, Any]]] = []
    stack: list[tuple[str, Any]] = [(holder, doc)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            found.append((key, node))
            stack.extend((str(k), v) for k, v in node.items() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((key, v) for v in node if isinstance(v, dict | list))
    return found


def output_leaves(doc: Any) -> list[tuple[str, Any]]:
    """(nearest key, scalar) for every scalar of a JSON document, in document order."""
    found: list[tuple[str, Any]] = []
    _leaves_into(doc, "", found)
    return found


def _leaves_into(doc: Any, key: str, found: list[tuple[str, Any]]) -> None:
    if isinstance(doc, dict):
        for k, v in doc.items():
            _leaves_into(v, str(k), found)
    elif isinstance(doc, list):
        for v in doc:
            _leaves_into(v, key, found)
    else:
        found.append((key, doc))


def _schemas(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for tool in record.tools:
        fn = tool.get("function")
        if isinstance(fn, dict) and isinstance(fn.get("name"), str):
            out[fn["name"]] = fn.get("parameters") or {}
    return out


def build_view(record: Record) -> RecordView:
    calls: list[CallSite] = []
    site: dict[str, CallSite] = {}
    call_at: dict[str, int] = {}
    answer_at: dict[str, int] = {}
    messages: tuple[Message, ...] = record.messages
    for i, m in enumerate(messages):
        if m.role == "assistant" and m.tool_calls:
            w0 = m.weight == 0
            for c in m.tool_calls:
                cs = CallSite(i, c, w0)
                calls.append(cs)
                site.setdefault(c.id, cs)
                call_at.setdefault(c.id, i)
        elif m.role == "tool" and m.tool_call_id is not None:
            answer_at.setdefault(m.tool_call_id, i)
    steps = {s.call_id: s for s in record.step_trace}
    intended = {s.call_id for s in record.step_trace if s.intended}
    intended.update(c.call.id for c in calls if c.weight0)
    return RecordView(
        record=record,
        schemas=_schemas(record),
        calls=calls,
        call_at=call_at,
        answer_at=answer_at,
        steps=steps,
        intended=frozenset(intended),
        site=site,
    )


_LAST: list[RecordView] = []
"""The view built last (one slot; read once per call so that a concurrent caller
replacing it can at worst cost a rebuild, never hand out another record's view)."""


def _last() -> RecordView | None:
    try:
        return _LAST[0]
    except IndexError:
        return None


def view_of(record: Record) -> RecordView:
    """`record`'s view, reusing the one built last when it is of this very record object:
    `validate()` and then `score()` read one record, so its tool outputs are parsed and
    walked once. (Records are frozen, so the same object has the same content.)"""
    last = _last()
    if last is not None and last.record is record:
        return last
    view = build_view(record)
    _LAST[:] = [view]
    return view


def messages_view(record: Record) -> RecordView:
    """A view for reading `record`'s messages and outputs only: the last one built also
    serves a copy of its record that shares the same (immutable) messages and trace, as
    the copy carrying the record's scores that the generation gate scores again."""
    last = _last()
    if (last is not None and last.record.messages is record.messages
            and last.record.step_trace is record.step_trace):
        return last
    return view_of(record)
