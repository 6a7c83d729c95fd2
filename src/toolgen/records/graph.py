"""Endpoint-graph edges: the typed, weighted relations between endpoints."""

from __future__ import annotations

from typing import Literal

from toolgen.records.base import Frozen

EdgeKind = Literal["data_flow", "same_tool", "same_category"]


class Edge(Frozen):
    """A directed edge source -> target.

    For `data_flow`, `source_field` is the output path of the source (e.g. `hotels[].id`)
    and `target_param` the argument of the target it can fill.
    """

    source: str
    target: str
    kind: EdgeKind
    weight: float
    source_field: str | None = None
    target_param: str | None = None
