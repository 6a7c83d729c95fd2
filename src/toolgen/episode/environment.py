"""The environment: the mock executor's session, executing whatever call it is given.

Faults are the environment's behaviour: a fault plan names the call ids (offline: the
overlay chose them) or the endpoints (a live assistant's first call to one) that fail,
and how. State (created entities, tokens, pages) lives in the session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolgen.episode.state import MadeCall
from toolgen.executor import ExecutionResult, ExecutionSession, Fault
from toolgen.executor.faults import error_result


@dataclass
class FaultPlan:
    by_call: dict[str, Fault] = field(default_factory=dict)
    by_endpoint: dict[str, Fault] = field(default_factory=dict)

    def take(self, call: MadeCall) -> Fault | None:
        fault = self.by_call.pop(call.call_id, None)
        return fault if fault is not None else self.by_endpoint.pop(call.endpoint.id, None)


@dataclass
class Environment:
    session: ExecutionSession
    faults: FaultPlan = field(default_factory=FaultPlan)
    known: frozenset[str] | None = None  # endpoint ids that exist (None: every one asked)

    def execute(self, call: MadeCall) -> tuple[ExecutionResult, Fault | None]:
        if self.known is not None and call.endpoint.id not in self.known:
            name = call.endpoint.function_name
            return error_result("unknown_function", 404, f"no function named {name}"), None
        fault = self.faults.take(call)
        return self.session.call(call.endpoint, dict(call.arguments), fault), fault

    def fork(self) -> ExecutionSession:
        """A copy of the session to look ahead on (the environment itself is untouched)."""
        return self.session.fork()
