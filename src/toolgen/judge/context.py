"""`JudgeContext`: the values a judging run passes to every validator and scorer.

Built once per run (by the pipeline or the `evaluate` command) and shared read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from toolgen.records import Record

Replay = Callable[[Record], Sequence[Any]]
"""Re-executes a record's trace with its seed; returns one output per step_trace entry."""


@dataclass(frozen=True, slots=True)
class JudgeContext:
    """Read-only judging settings.

    `secrets` are credential values found in the corpus (never allowed in a record);
    `replay` re-executes a trace (None skips the replay validator); `threshold` is the
    overall score a record needs to be accepted.
    """

    secrets: frozenset[str] = frozenset()
    replay: Replay | None = None
    threshold: float = 3.5
    check_answer_figures: bool = True
