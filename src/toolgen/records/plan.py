"""The planner's output: a goal in the user's terms, then a turn-level plan.

The plan says, for every argument of every call, where its value comes from. It is
stored in `metadata.planner_scenario` and is what the plan-adherence validator checks.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from toolgen.records.base import Frozen, JsonValue

ArgSourceKind = Literal["user", "tool_output", "default", "clarification", "context"]
UserAct = Literal["request", "clarification_answer", "follow_up"]
Style = Literal["terse", "chatty", "formal", "casual"]


class PlannedArg(Frozen):
    """Where one argument's value comes from.

    `value` is known at plan time for `user`, `default`, `clarification` and `context`
    (a credential the session holds, stated by the system message); for
    `tool_output` it is read at `path` (e.g. `$.results[0].id`) of call `call_id`'s output.
    """

    name: str
    source: ArgSourceKind
    value: JsonValue = None
    call_id: str | None = None
    path: str | None = None


class PlannedCall(Frozen):
    call_id: str
    endpoint_id: str
    function_name: str
    arguments: tuple[PlannedArg, ...] = ()
    depends_on: tuple[str, ...] = ()


class PlannedTurn(Frozen):
    """One user turn and the assistant work that answers it.

    `steps` are assistant messages in order; each lists the call ids it makes (several =
    parallel calls). `clarify` names arguments the assistant must ask for before the
    first step; the user's next message (`clarification_answer`) supplies them.
    """

    user_act: UserAct
    mentions: tuple[str, ...] = Field(default=(), description="call_id.arg values stated here")
    clarify: tuple[str, ...] = ()
    steps: tuple[tuple[str, ...], ...] = ()


class Goal(Frozen):
    """Who the user is and what they want, in their own terms."""

    persona: str
    style: Style
    domain: str
    summary: str
    wants: tuple[str, ...] = ()


class Scenario(Frozen):
    goal: Goal
    calls: tuple[PlannedCall, ...]
    turns: tuple[PlannedTurn, ...]
    pattern: str
    patterns: tuple[str, ...]
