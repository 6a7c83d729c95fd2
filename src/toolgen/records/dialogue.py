"""The record: one JSONL line per conversation, and the rejection written instead.

Field names follow DESIGN.md and the seed README exactly; the dashboard's TypeScript
types are generated from `Record.model_json_schema()`. On disk a record is written lean
(`records.lean`: each value once, references instead of copies); validating a line puts
the references back, so in memory a record is always complete.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from toolgen.records.base import Frozen, JsonValue
from toolgen.records.lean import LEAN_VERSIONS, expand

SCHEMA_VERSION = "2.0"
"""2.0: lean lines (`records.lean`), run-level profile in the run manifest."""

Role = Literal["system", "user", "assistant", "tool"]
Severity = Literal["error", "warning"]


class FunctionCall(Frozen):
    name: str
    arguments: str = Field(description="JSON-encoded arguments object.")


class ToolCall(Frozen):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class Message(Frozen):
    """An OpenAI chat message. `weight: 0` marks a turn trainers should leave out."""

    role: Role
    content: str | None = None
    tool_calls: tuple[ToolCall, ...] | None = None
    tool_call_id: str | None = None
    name: str | None = None
    weight: int | None = None


class ArgumentTrace(Frozen):
    """One argument's value and provenance.

    `source` is `user` (with `message_index`), `tool_output` (with `call_id` and `path`),
    `default`, `clarification` (with `message_index` of the user's answer), or `context`
    (a credential the session holds, stated in the system message).
    """

    value: JsonValue
    source: Literal["user", "tool_output", "default", "clarification", "injected", "context"]
    message_index: int | None = None
    call_id: str | None = None
    path: str | None = None


class OutputRef(Frozen):
    """An identifier a call returned, remembered for chaining."""

    path: str
    value: JsonValue
    entity: str | None = None


class StepTrace(Frozen):
    step: int
    call_id: str
    endpoint_id: str
    function_name: str
    depends_on: tuple[str, ...] = ()
    arguments: dict[str, ArgumentTrace] = Field(default_factory=dict)
    output_refs: tuple[OutputRef, ...] = ()
    status: str = Field(default="ok", description="'ok' or an error kind, e.g. 'http_429'.")
    intended: bool = Field(default=False, description="A deliberate mistake (weight-0 turn).")
    mistake: str | None = Field(
        default=None,
        description="Kind of an intended mistake: wrong_type, missing_required, invalid_enum, "
        "wrong_tool, out_of_order or cascade.",
    )
    message_index: int | None = None
    fault: dict[str, Any] | None = Field(default=None, description="Fault asked of the executor.")
    effect: Literal["create", "update", "delete"] | None = Field(
        default=None,
        description="The side effect a successful call had on the conversation's state.",
    )


class Finding(Frozen):
    """A validator's complaint about a record.

    `message` is the reason; `message_index` names the message it is about when there
    is one (realism findings always set it; older records and rule findings may not).
    """

    validator: str
    kind: str
    message: str
    severity: Severity = "error"
    message_index: int | None = None


class JudgeVerdict(Frozen):
    """One judge's scores (the heuristic, or one LLM model), kept beside the deciding ones."""

    judge: str
    tool_correctness: float = Field(ge=1, le=5)
    naturalness: float = Field(ge=1, le=5)
    task_completion: float = Field(ge=1, le=5)
    overall: float = Field(ge=1, le=5)
    rationale: str = ""


class JudgeScores(Frozen):
    """The deciding scores; `judge` names who decided (`heuristic`, a model, or a committee).

    `verdicts` keeps every judge that ran (empty on older records and when only the
    heuristic ran); `disagreement` is the spread (max - min) of overall across the LLM
    committee's models, None without a committee.
    """

    tool_correctness: float = Field(ge=1, le=5)
    naturalness: float = Field(ge=1, le=5)
    task_completion: float = Field(ge=1, le=5)
    overall: float = Field(ge=1, le=5)
    judge: str = "heuristic"
    rationale: str = ""
    findings: tuple[Finding, ...] = ()
    verdicts: tuple[JudgeVerdict, ...] = ()
    disagreement: float | None = None


class RepairNote(Frozen):
    attempt: int
    kind: str
    note: str


class Paraphrase(Frozen):
    """A message the lexical-diversity stage rewrote, and its text before the rewrite.

    `by` is `offline` (grammar-level variation) or `live` (an LLM paraphraser); either
    way every value an argument is grounded in survives verbatim.
    """

    message_index: int
    before: str
    by: Literal["offline", "live"] = "offline"


class Metadata(Frozen):
    seed: int
    index: int
    tools: tuple[str, ...]
    domains: tuple[str, ...]
    pattern: str
    patterns: tuple[str, ...]
    llm_mode: str = "offline"
    live_profile: str | None = None
    models: dict[str, str] = Field(default_factory=dict)
    live_calls: int = 0
    fallbacks: tuple[str, ...] = ()
    decisions: dict[str, str] = Field(
        default_factory=dict,
        description="Live: per assistant tool-call message (its index), who decided the "
        "calls: 'llm' (first try), 'llm_retry' (after feedback) or 'offline' (the policy).",
    )
    repair_attempts: int = 0
    repairs: tuple[RepairNote, ...] = ()
    generation_profile: dict[str, Any] = Field(default_factory=dict)
    planner_scenario: dict[str, Any] = Field(default_factory=dict)
    sampled_path: tuple[str, ...] = ()
    faults: tuple[str, ...] = ()
    paraphrases: tuple[Paraphrase, ...] = ()
    toolgen_version: str = ""


class Record(Frozen):
    conversation_id: str
    schema_version: str = SCHEMA_VERSION
    tools: tuple[dict[str, Any], ...]
    messages: tuple[Message, ...]
    step_trace: tuple[StepTrace, ...]
    judge_scores: JudgeScores
    metadata: Metadata

    @model_validator(mode="before")
    @classmethod
    def _expand_lean(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("schema_version") in LEAN_VERSIONS:
            return expand(data)
        return data


class Rejection(Frozen):
    """A conversation that failed judging after all repairs, with the reasons."""

    conversation_id: str
    index: int
    seed: int
    reasons: tuple[str, ...]
    findings: tuple[Finding, ...] = ()
    record: Record | None = None
