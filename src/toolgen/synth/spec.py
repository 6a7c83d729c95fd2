"""The synthesized tool set before it is written: tools, endpoints, parameters, entities.

Owns the plain data both the offline planner and the live (LLM) proposer produce and the
checker and writer consume. No logic beyond small derived views.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Role = str  # "business", "catalog", "transaction", "person", "review"


@dataclass(frozen=True, slots=True)
class Entity:
    """A kind of thing the domain's APIs talk about, grounded in a schema.org type."""

    type_label: str
    noun: str
    plural: str
    role: Role
    comment: str
    extra_types: tuple[str, ...] = ()

    @property
    def id_field(self) -> str:
        return self.noun.replace(" ", "_") + "_id"


@dataclass(slots=True)
class ParamSpec:
    name: str
    type_label: str
    description: str
    required: bool
    default: Any = ""
    enum: tuple[str, ...] = ()


@dataclass(slots=True)
class EndpointSpec:
    name: str
    description: str
    method: str
    path: str
    params: list[ParamSpec] = field(default_factory=list)
    response: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ToolSpec:
    slug: str
    name: str
    description: str
    category: str
    entity: str
    endpoints: list[EndpointSpec] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Dropped:
    """Something the checker or de-duplicator removed, and why."""

    what: str
    reason: str
