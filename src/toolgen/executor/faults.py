"""Error responses: the bodies and one-line messages for invalid arguments and injected faults.

Owns the shape of every error the executor returns (`{"error": {"code", "status",
"message", ...}}`) and the deterministic choice of what a validation fault blames. Which
call fails is decided by the planner; this module only realises it. Never touches the
network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.results import ExecutionResult, Fault
from toolgen.records import Endpoint

RETRY_AFTER_CHOICES = (1.0, 2.0, 3.0, 5.0, 10.0)


def error_result(status: str, code: int, message: str, **extra: Any) -> ExecutionResult:
    body: dict[str, Any] = {"code": code, "status": status, "message": message}
    body.update(extra)
    retry = extra.get("retry_after")
    return ExecutionResult(
        status=status,
        output={"error": body},
        error=message,
        retry_after=float(retry) if isinstance(retry, (int, float)) else None,
    )


def invalid_arguments(messages: list[str]) -> ExecutionResult:
    """The natural answer to arguments that do not validate (no output data)."""
    return error_result("invalid_arguments", 400, messages[0], details=messages[:5])


def validation_fault(
    endpoint: Endpoint, arguments: dict[str, Any], fault: Fault
) -> ExecutionResult:
    """A 400 that names one argument: the fault's field, else the first required one."""
    field = fault.field
    if field is None:
        required = [p.name for p in endpoint.parameters if p.required]
        names = required or [p.name for p in endpoint.parameters] or list(arguments)
        field = names[0] if names else None
    if field is None:
        return error_result(
            "http_400", 400, "Invalid request: the request body could not be parsed"
        )
    param = next((p for p in endpoint.parameters if p.name == field), None)
    schema = param.json_schema if param is not None else {}
    value = arguments.get(field)
    enum = schema.get("enum") if isinstance(schema, dict) else None
    fmt = schema.get("format") if isinstance(schema, dict) else None
    if isinstance(enum, list) and enum:
        reason = "must be one of " + ", ".join(str(e) for e in enum[:6])
    elif fmt == "date":
        reason = "expected a date in YYYY-MM-DD format"
    elif fmt == "date-time":
        reason = "expected an ISO 8601 date-time"
    elif field not in arguments:
        reason = "this field is required"
    else:
        reason = "the value is not accepted by the API"
    shown = f" ({value!r})" if field in arguments else ""
    message = f"Invalid value for '{field}'{shown}: {reason}"
    return error_result("http_400", 400, message, field=field)


def server_error() -> ExecutionResult:
    return error_result(
        "http_500", 500, "Internal server error: the upstream service failed; try again"
    )


def rate_limited(fault: Fault, rng: random.Random) -> ExecutionResult:
    retry = fault.retry_after
    if retry is None:
        retry = RETRY_AFTER_CHOICES[int(rng.random() * len(RETRY_AFTER_CHOICES))]
    return error_result(
        "http_429", 429, f"Rate limit exceeded: retry after {retry:g} seconds", retry_after=retry
    )


def auth_expired() -> ExecutionResult:
    return error_result(
        "http_401", 401, "Access token expired: authenticate again (login or refresh the token)"
    )


def token_invalid() -> ExecutionResult:
    return error_result("http_401", 401, "Invalid access token: use the token returned by login")


def not_found(entity: str, ident: Any) -> ExecutionResult:
    if ident is None:
        return error_result("http_404", 404, "Resource not found")
    label = entity.replace("_", " ") if entity else "resource"
    return error_result("http_404", 404, f"{label.capitalize()} '{ident}' not found", id=ident)
