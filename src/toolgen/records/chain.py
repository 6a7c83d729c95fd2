"""A sampled chain: the endpoints a conversation will call, step by step, and why."""

from __future__ import annotations

from pydantic import Field

from toolgen.records.base import Frozen
from toolgen.records.graph import Edge


class Chain(Frozen):
    """Steps in order; a step with several endpoints is a parallel assistant turn.

    `links` are the data-flow edges the planner should realise (an earlier output fills a
    later argument); `split` is the step index where a follow-up user turn starts.
    """

    steps: tuple[tuple[str, ...], ...]
    links: tuple[Edge, ...] = ()
    pattern: str
    overlays: tuple[str, ...] = Field(default=(), description="extra dialogue patterns")
    split: int | None = None

    @property
    def endpoint_ids(self) -> tuple[str, ...]:
        return tuple(e for step in self.steps for e in step)
