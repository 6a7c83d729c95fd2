"""What a mock call returns (`ExecutionResult`) and what the planner may ask of it (`Fault`).

Plain frozen dataclasses: built in the hot loop, so no pydantic validation. Never touches
the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from toolgen.records import OutputRef

Status = Literal[
    "ok",
    "invalid_arguments",
    "http_400",
    "http_401",
    "http_404",
    "http_429",
    "http_500",
    "empty",
]
FaultKind = Literal[
    "validation_error",
    "server_error",
    "rate_limited",
    "auth_expired",
    "not_found",
    "empty_result",
    "paginate",
]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)

# The status each fault produces; `paginate` answers "ok" with a partial page.
FAULT_STATUS: dict[str, str] = {
    "validation_error": "http_400",
    "server_error": "http_500",
    "rate_limited": "http_429",
    "auth_expired": "http_401",
    "not_found": "http_404",
    "empty_result": "empty",
    "paginate": "ok",
}


@dataclass(frozen=True, slots=True)
class Fault:
    """A failure the planner wants on one call; the executor realises it deterministically.

    kind: one of FAULT_KINDS.
    field: validation_error only: the argument the 400 message blames (default: the first
        required parameter, else the first parameter).
    retry_after: rate_limited only: seconds in the 429 (default: drawn from 1, 2, 3, 5, 10).
    page_size: paginate only: items on the first page (default 2; the rest, 1-3 more
        items, come back when the next cursor is passed).
    sticky: auth_expired only: when True (default) every later call also gets 401 until an
        auth endpoint (login / token / refresh ...) is called; False fails just this call.
    """

    kind: FaultKind
    field: str | None = None
    retry_after: float | None = None
    page_size: int | None = None
    sticky: bool = True

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (only the fields that differ from the defaults)."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.field is not None:
            out["field"] = self.field
        if self.retry_after is not None:
            out["retry_after"] = self.retry_after
        if self.page_size is not None:
            out["page_size"] = self.page_size
        if not self.sticky:
            out["sticky"] = False
        return out

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Fault:
        return Fault(
            kind=data["kind"],
            field=data.get("field"),
            retry_after=data.get("retry_after"),
            page_size=data.get("page_size"),
            sticky=bool(data.get("sticky", True)),
        )


@dataclass(frozen=True, slots=True)
class ExecutionResult:
    """One call's outcome.

    status: "ok", "invalid_arguments", "http_400", "http_401", "http_404", "http_429",
        "http_500" or "empty".
    output: the JSON body returned to the assistant (an `{"error": {...}}` body for errors).
    error: a one-line message for errors (names the bad field for 400s), else None.
    output_refs: the id-like leaves of a successful output, with path and entity.
    retry_after: seconds, for http_429 only.
    """

    status: str
    output: Any
    error: str | None = None
    output_refs: tuple[OutputRef, ...] = ()
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "empty")
