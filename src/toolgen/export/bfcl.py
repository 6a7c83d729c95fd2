"""BFCL evaluation tasks from records, with ground truth in BFCL's possible-answer form.

A record gives a single-turn task when its first tool-calling turn answers the opening
user message alone: every argument comes from that message (or is a schema default),
none of the calls is a deliberate mistake. The category follows BFCL's definitions:
`simple` (one function offered, one call: single-call records), `multiple` (the record's
offered tools, one call), `parallel` (one function, several calls), `parallel_multiple`
(several functions, several calls). `irrelevance` tasks pair a record's question with
another record's tools from other domains whose names share no word with the question
(no call is right), looked for among the next IRRELEVANCE_WINDOW records so a file of any
size streams. Records that need the conversation (clarifications, values from tool
outputs) are skipped, with the reason counted; BFCL's multi-turn categories need its own
executable backends and are not made.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from toolgen.export.bfcl_schema import bfcl_function, fits
from toolgen.export.view import arguments_object, clean_tools
from toolgen.records import Record
from toolgen.seeds import derive_seed

CATEGORIES = ("simple", "multiple", "parallel", "parallel_multiple", "irrelevance")
# Records searched for an irrelevance task's tools (see `bfcl_tasks`).
IRRELEVANCE_WINDOW = 64


@dataclass
class BfclTask:
    category: str
    conversation_id: str
    question: list[list[dict[str, str]]]
    functions: list[dict[str, Any]]
    ground_truth: list[dict[str, dict[str, list[Any]]]] | None


@dataclass
class BfclExport:
    tasks: list[BfclTask] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def entries(self) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
        """Per category: (question file lines, possible-answer file lines), BFCL ids."""
        out: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
        for task in self.tasks:
            questions, answers = out.setdefault(task.category, ([], []))
            task_id = f"{task.category}_{len(questions)}"
            questions.append({"id": task_id, "question": task.question,
                              "function": task.functions})
            if task.ground_truth is not None:
                answers.append({"id": task_id, "ground_truth": task.ground_truth})
        return out


class _Skip(Exception):
    pass


def _answer(value: Any) -> Any:
    """A value as BFCL's possible answers spell it (dicts map keys to value lists)."""
    if isinstance(value, dict):
        return {k: [v] for k, v in value.items()}
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [{k: [x] for k, x in v.items()} for v in value]
    return value


def _first_call_turn(record: Record) -> int:
    for i, m in enumerate(record.messages):
        if m.role == "assistant" and m.tool_calls:
            return i
        if m.role not in ("system", "user"):
            raise _Skip("conversation before the first call")
    raise _Skip("no call")


def _ground_truth(record: Record, k: int) -> tuple[list[dict[str, dict[str, list[Any]]]],
                                                   dict[str, dict[str, Any]]]:
    steps = {s.call_id: s for s in record.step_trace}
    required = {t["function"]["name"]: set(t["function"]["parameters"].get("required") or ())
                for t in clean_tools(record)}
    truth: list[dict[str, dict[str, list[Any]]]] = []
    seen: dict[str, dict[str, Any]] = {}
    for call in record.messages[k].tool_calls or ():
        step = steps.get(call.id)
        if step is None or step.intended:
            raise _Skip("deliberate mistake in the first call turn")
        args = arguments_object(call.function.arguments)
        answer: dict[str, list[Any]] = {}
        for name, value in args.items():
            trace = step.arguments.get(name)
            if trace is None or trace.source not in ("user", "default", "context"):
                raise _Skip("argument not from the opening message")
            if value is None:
                raise _Skip("null argument")
            if trace.source == "default" and name in required.get(call.function.name, ()):
                raise _Skip("required value not in the question")
            answer[name] = [_answer(value)] + ([""] if trace.source == "default" else [])
        truth.append({call.function.name: answer})
        seen.setdefault(call.function.name, {}).update(args)
    return truth, seen


def _functions(tools: list[dict[str, Any]], seen: dict[str, dict[str, Any]],
               only: set[str] | None) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for tool in tools:
        name = tool["function"]["name"]
        if only is not None and name not in only:
            continue
        doc = bfcl_function(tool, seen.get(name, {}))
        if doc is None:
            if name in seen:
                raise _Skip("argument type BFCL cannot express")
            continue
        docs.append(doc)
    return docs


def _check_types(truth: list[dict[str, dict[str, list[Any]]]],
                 docs: list[dict[str, Any]]) -> None:
    by_name = {d["name"]: d for d in docs}
    for item in truth:
        for name, answer in item.items():
            props = by_name[name]["parameters"]["properties"]
            for param, values in answer.items():
                if param not in props:
                    raise _Skip("argument outside the schema")
                raw = values[0]
                value = ({k: v[0] for k, v in raw.items()} if isinstance(raw, dict) else
                         [{k: x[0] for k, x in d.items()} for d in raw]
                         if isinstance(raw, list) and raw and isinstance(raw[0], dict) else raw)
                if not fits(value, props[param]):
                    raise _Skip("argument type mismatch")


def _optional_defaults(truth: list[dict[str, dict[str, list[Any]]]],
                       docs: list[dict[str, Any]]) -> None:
    """Unused optional parameters with a default: leaving them out or passing it is right."""
    by_name = {d["name"]: d for d in docs}
    for item in truth:
        for name, answer in item.items():
            params = by_name[name]["parameters"]
            for param, spec in params["properties"].items():
                if param in answer or param in params["required"] or "default" not in spec:
                    continue
                default = spec["default"]
                if default not in ("", None) and fits(default, spec):
                    answer[param] = ["", default]


def task_of(record: Record) -> BfclTask:
    k = _first_call_turn(record)
    question = [{"role": "user", "content": m.content or ""}
                for m in record.messages[:k] if m.role == "user"]
    if not question:
        raise _Skip("no user question")
    truth, seen = _ground_truth(record, k)
    names = [next(iter(t)) for t in truth]
    tools = clean_tools(record)
    if len(truth) == 1:
        category = "simple" if record.metadata.pattern == "single_call" else "multiple"
    else:
        category = "parallel" if len(set(names)) == 1 else "parallel_multiple"
    only = set(names) if category in ("simple", "parallel") else None
    docs = _functions(tools, seen, only)
    if category == "multiple" and len(docs) < 2:
        category = "simple"
    _check_types(truth, docs)
    _optional_defaults(truth, docs)
    return BfclTask(category, record.conversation_id, [question], docs, truth)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


def _irrelevant_tools(record: Record, others: Sequence[Record],
                      question: str) -> list[dict[str, Any]] | None:
    """Another record's tools from other domains, none named with a word of the question."""
    mine = {t.get("function", {}).get("name") for t in record.tools}
    asked = _words(question)
    for other in others:
        theirs = {t.get("function", {}).get("name") for t in other.tools}
        if other is record or mine & theirs:
            continue
        if set(other.metadata.domains) & set(record.metadata.domains):
            continue
        if set(other.metadata.tools) & set(record.metadata.tools):
            continue
        docs = _functions(clean_tools(other), {}, None)
        if docs and not any(_words(d["name"].replace("_", " ")) & asked for d in docs):
            return docs
    return None


def _with_irrelevance(record: Record, task: BfclTask, candidates: Sequence[Record],
                      seed: int, every: int) -> Iterator[BfclTask]:
    yield task
    if derive_seed(seed, "bfcl-irrelevance", record.conversation_id) % every:
        return
    try:
        docs = _irrelevant_tools(record, candidates,
                                 " ".join(m["content"] for m in task.question[0]))
    except _Skip:
        docs = None
    if docs:
        yield BfclTask("irrelevance", record.conversation_id, task.question, docs, None)


def bfcl_tasks(records: Iterable[Record], seed: int, skipped: Counter[str],
               irrelevance_every: int = 4, window: int = IRRELEVANCE_WINDOW
               ) -> Iterator[BfclTask]:
    """The tasks of `records` in order, read as a stream holding at most 2 x `window`
    records: an irrelevance task's tools come from the first fitting record among the next
    `window` ones, wrapping round to the file's first records near its end (over a file of
    at most `window` + 1 records, every other record is a candidate). Skip reasons are
    counted into `skipped`."""
    head: list[Record] = []
    ahead: deque[tuple[int, Record]] = deque()

    def emit(i: int, record: Record) -> Iterator[BfclTask]:
        try:
            task = task_of(record)
        except _Skip as why:
            skipped[str(why)] += 1
            return
        after = [r for _, r in ahead]
        wrap = head[:min(i, window - len(after))] if len(after) < window else []
        yield from _with_irrelevance(record, task, after + wrap, seed, irrelevance_every)

    for i, record in enumerate(records):
        if len(head) < window:
            head.append(record)
        ahead.append((i, record))
        if len(ahead) > window:
            yield from emit(*ahead.popleft())
    while ahead:
        yield from emit(*ahead.popleft())


def bfcl_export(records: Iterable[Record], seed: int, irrelevance_every: int = 4,
                window: int = IRRELEVANCE_WINDOW) -> BfclExport:
    export = BfclExport()
    export.tasks = list(bfcl_tasks(records, seed, export.skipped, irrelevance_every, window))
    return export
