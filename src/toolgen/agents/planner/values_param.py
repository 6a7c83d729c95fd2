"""What a parameter's draws and checks read each time, worked out once per run.

`ArgumentValues` draws a parameter's value a few times per call and checks every draw.
What depends only on the parameter and its endpoint is kept here, built on the
parameter's first draw (`DrawPlan`) or first check (`CheckPlan`): the schema's enum, what
the parameter means, the kind of thing a free-text name names, whether a quantity is
typed as text, the validator, the call's labels, the endpoint's name words and own words.
Each piece is exactly what the per-draw code worked out, and each is computed only where
that code reached it (a parameter with an enum never has its meaning read), so the
values drawn and the work done on first use are the same. `ParamFacts` holds the
answers the turn planner asks of every parameter of every call (is it a place, a
silent default, one nobody states): pure functions of the parameter and its endpoint,
answered once per endpoint instead of once per call.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from toolgen.agents.planner.named_values import stated_recipe
from toolgen.agents.planner.values_guard import OwnWords
from toolgen.agents.planner.values_meaning import Draw
from toolgen.executor.entities.quantities import Spec, quantity_range
from toolgen.executor.validation import Validator
from toolgen.executor.wildcards import real_choices
from toolgen.records import Parameter

NamedDraw = Callable[[random.Random], str]


@dataclass(frozen=True, slots=True)
class DrawPlan:
    """How `ArgumentValues._one` draws one parameter (the first source that applies)."""

    param: Parameter  # the parameter this was worked out for (checked by identity)
    enum: list[Any] | None  # a non-empty enum: a choice of it
    meant: Draw | None  # else what the parameter means
    named: NamedDraw | None  # else the thing a free-text name names
    quantity: Spec | None  # a quantity typed as text: a figure in this range

    @classmethod
    def of(cls, param: Parameter, function_name: str,
           meant: Callable[[], Draw | None]) -> DrawPlan:
        enum = param.json_schema.get("enum")
        if isinstance(enum, list) and enum:  # a user names a genre, never "dontcare"
            return cls(param, real_choices(enum), None, None, None)
        draw = meant()
        if draw is not None:
            return cls(param, None, draw, None, None)
        return cls(param, None, None, _named_recipe(param, function_name),
                   quantity_range(param.name))


@dataclass(frozen=True, slots=True)
class CheckPlan:
    """What `ArgumentValues._fits` reads of one parameter."""

    param: Parameter  # the parameter this was worked out for (checked by identity)
    check: Validator
    enum: Any  # the schema's enum, or () (a value in it is always sayable)
    labels: frozenset[str]
    name_words: frozenset[str]
    schema: dict[str, Any]  # the schema the generators read (`values_schema.described`)
    own: OwnWords
    # A create's status: what a new thing is sent is never already its end ("completed")
    fresh: bool = False
    # Text value -> `_fits`'s answer: the same words are drawn again and again (a city, a
    # genre), and the answer depends only on the value and this parameter.
    answers: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParamFacts:
    """What `turns._plan_args` asks of one parameter on every call (`ArgumentValues`'s
    answers for it, worked out once)."""

    param: Parameter
    place: bool  # `is_place_argument(name)`: says where something is
    always_default: bool  # `ArgumentValues.always_default`
    silent_default: bool  # `ArgumentValues.silent_default`
    unstated: bool  # `ArgumentValues.unstated`: a cursor or an optional response control
    # The endpoint's one parameter, named by the endpoint (`validate_email(email)`): it is
    # what the call is about, sent even when the schema marks it optional.
    essential: bool = False
    # The code a description names as the default ("Status of the ticket. The default Value
    # is 2.", Freshdesk's required `status`): sent by the assistant, never said by a user
    # ("the status active, the priority 5": ToolBench seed 61 #0). None when there is none.
    coded_default: int | str | None = None


def _named_recipe(param: Parameter, function_name: str) -> NamedDraw | None:
    """`values._named`'s choice, made once: a free-text string parameter draws what its
    name names; any other (a pattern, an enum, a format) draws nothing here."""
    schema = param.json_schema
    if schema.get("type", "string") != "string" or any(
            k in schema for k in ("pattern", "enum", "const")) or schema.get("format") not in (
            None, "binary", "byte", "file"):
        return None
    return stated_recipe(param.name, param.description or "", function_name)
