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

from toolgen.executor.actions import (
    PAGINATION_FALLBACK_ARGUMENT,
    endpoint_info,
    is_auth_endpoint,
    pagination_argument,
)
from toolgen.executor.executor import MockExecutor
from toolgen.executor.results import FAULT_KINDS, FAULT_STATUS, ExecutionResult, Fault, FaultKind
from toolgen.executor.session import ExecutionSession
from toolgen.executor.validation import validator_for

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
