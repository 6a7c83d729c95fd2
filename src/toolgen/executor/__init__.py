"""Mock execution of tool calls: validation, realistic fake outputs, state, ids and faults.

Public API (everything here is offline; this package never touches the network):

    executor = MockExecutor(seed, pool_size=256)        # one per run
    session = executor.session(seed, strict=False)      # one per conversation
    result = session.call(endpoint, arguments, fault=None)
    result.status / .output / .error / .output_refs / .retry_after
    validator_for(endpoint)(arguments) -> list of messages
    pagination_argument(endpoint) -> name of the page/cursor/offset parameter, or None
        (None: continue with PAGINATION_FALLBACK_ARGUMENT = "cursor")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toolgen.executor.actions import (
        PAGINATION_FALLBACK_ARGUMENT,
        endpoint_info,
        is_auth_endpoint,
        pagination_argument,
    )
    from toolgen.executor.executor import MockExecutor
    from toolgen.executor.results import (
        FAULT_KINDS,
        FAULT_STATUS,
        ExecutionResult,
        Fault,
        FaultKind,
    )
    from toolgen.executor.session import ExecutionSession
    from toolgen.executor.validation import validator_for

# Each public name's module, imported on first use: importing a submodule (the build
# reads `executor.actions` alone) must not load the whole executor (2 G instructions).
_HOME = {
    "PAGINATION_FALLBACK_ARGUMENT": "actions", "endpoint_info": "actions",
    "is_auth_endpoint": "actions", "pagination_argument": "actions",
    "MockExecutor": "executor", "FAULT_KINDS": "results", "FAULT_STATUS": "results",
    "ExecutionResult": "results", "Fault": "results", "FaultKind": "results",
    "ExecutionSession": "session", "validator_for": "validation",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FAULT_KINDS",
    "FAULT_STATUS",
    "PAGINATION_FALLBACK_ARGUMENT",
    "ExecutionResult",
    "ExecutionSession",
    "Fault",
    "FaultKind",
    "MockExecutor",
    "endpoint_info",
    "is_auth_endpoint",
    "pagination_argument",
    "validator_for",
]
