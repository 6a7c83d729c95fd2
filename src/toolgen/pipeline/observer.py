"""What a run tells whoever watches it: planning progress and each live episode's stages.

The CLI's progress view implements `EpisodeObserver`; the pipeline calls it and never
waits on it. `NO_OBSERVER` is the silent default.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol


class EpisodeObserver(Protocol):
    def started(self, index: int, calls: Counter[str]) -> None:
        """Conversation `index` is in flight; `calls` is its live tally by role (it grows)."""

    def stage(self, index: int, stage: str) -> None:
        """Conversation `index` is now at `stage` (e.g. `planner`, `assistant:call_2`)."""

    def event(self, index: int, text: str) -> None:
        """Something happened in conversation `index` (a role's outcome, a revert)."""


class _Silent:
    def started(self, index: int, calls: Counter[str]) -> None:
        return None

    def stage(self, index: int, stage: str) -> None:
        return None

    def event(self, index: int, text: str) -> None:
        return None


NO_OBSERVER: EpisodeObserver = _Silent()
