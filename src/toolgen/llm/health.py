"""`RoleHealth`: per-role provider failures and the backoff that skips, then probes, a role.

Live runs ask it before each role's call, so an outage costs the records made during it
(they fall back to offline text), not the rest of the run.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class RoleHealth:
    """Consecutive provider failures per role, with backoff and probes (a circuit breaker).

    A role that fails `limit` times in a row is skipped (offline fallback) for a backoff
    period; then one call goes through as a probe. A successful probe brings the role
    back; a failed one doubles the backoff (up to `max_backoff_s`). So an outage costs
    the records made during it, not the rest of the run.
    """

    limit: int = 3
    base_backoff_s: float = 5.0
    max_backoff_s: float = 120.0
    clock: Callable[[], float] = time.monotonic
    failures: Counter[str] = field(default_factory=Counter)
    backoff: dict[str, float] = field(default_factory=dict)
    reopen_at: dict[str, float] = field(default_factory=dict)
    probes: Counter[str] = field(default_factory=Counter)

    def down(self, role: str) -> bool:
        """True to skip `role` now; False lets the call through (maybe as the probe)."""
        if self.failures[role] < self.limit:
            return False
        now = self.clock()
        if now < self.reopen_at.get(role, 0.0):
            return True
        # Half-open: this call probes; the others keep skipping until it answers.
        self.reopen_at[role] = now + self.backoff.get(role, self.base_backoff_s)
        self.probes[role] += 1
        return False

    def ok(self, role: str) -> None:
        self.failures[role] = 0
        self.backoff.pop(role, None)
        self.reopen_at.pop(role, None)

    def fail(self, role: str) -> None:
        self.failures[role] += 1
        if self.failures[role] < self.limit:
            return
        previous = self.backoff.get(role)
        wait = self.base_backoff_s if previous is None else min(previous * 2,
                                                                 self.max_backoff_s)
        self.backoff[role] = wait
        self.reopen_at[role] = self.clock() + wait
