"""JSONL records on disk: read lines into `Record`s (bad lines become `LineError`s), write items.

Reading never raises on a malformed line: `evaluate` reports it as a finding. Records are
written lean (`records.lean`, via `io.encode`) and read back complete, as models or as
plain dicts; other models use pydantic's JSON serializer, plain values orjson.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ValidationError

from toolgen.io.encode import encode
from toolgen.records import Finding, Record, Rejection
from toolgen.records.lean import LEAN_VERSIONS, expand, expand_rejection

LineErrorKind = Literal["not_json", "invalid_record"]


@dataclass(frozen=True, slots=True)
class LineError:
    """A line that is not a valid record: its 1-based number and why."""

    line: int
    kind: LineErrorKind
    message: str
    raw: bytes = b""

    def finding(self) -> Finding:
        return Finding(validator="io", kind=self.kind, message=f"line {self.line}: {self.message}")


@dataclass(frozen=True, slots=True)
class ReadRecord:
    """A parsed record with its line number and raw bytes (reused by the secrets scan)."""

    line: int
    record: Record
    raw: bytes


def _explain(exc: ValidationError) -> tuple[LineErrorKind, str]:
    errors = exc.errors(include_url=False)
    first = errors[0] if errors else {"type": "", "loc": (), "msg": str(exc)}
    if first["type"] == "json_invalid":
        return "not_json", "not valid JSON"
    if first["type"] == "model_type":
        return "not_json", "not a JSON object"
    loc = ".".join(str(p) for p in first["loc"])
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return "invalid_record", f"{loc}: {first['msg']}{more}"


def parse_line(line_no: int, raw: bytes) -> ReadRecord | LineError:
    try:
        return ReadRecord(line_no, Record.model_validate_json(raw), raw)
    except ValidationError as exc:
        kind, message = _explain(exc)
        return LineError(line_no, kind, message, raw)


def read_records(path: Path) -> Iterator[ReadRecord | LineError]:
    """Each non-blank line of `path` as a `ReadRecord` or a `LineError`, in file order."""
    with path.open("rb") as fh:
        for line_no, line in enumerate(fh, start=1):
            raw = line.strip()
            if raw:
                yield parse_line(line_no, raw)


def read_dicts(path: Path) -> Iterator[dict[str, Any] | LineError]:
    """Each non-blank line as a plain dict (no validation: analysis of trusted output)."""
    for _line_no, item in _numbered_dicts(path):
        yield item


RECORD_KEYS = ("conversation_id", "messages")


def read_record_dicts(path: Path) -> Iterator[dict[str, Any] | LineError]:
    """Like `read_dicts`, but an object without a record's keys is a `LineError`."""
    for line_no, item in _numbered_dicts(path):
        if isinstance(item, dict) and not (
                all(k in item for k in RECORD_KEYS) and isinstance(item["messages"], list)):
            yield LineError(line_no, "invalid_record",
                            f"not a toolgen record (needs {' and '.join(RECORD_KEYS)})")
        else:
            yield item


def _numbered_dicts(path: Path) -> Iterator[tuple[int, dict[str, Any] | LineError]]:
    with path.open("rb") as fh:
        for line_no, line in enumerate(fh, start=1):
            raw = line.strip()
            if not raw:
                continue
            try:
                value = orjson.loads(raw)
            except orjson.JSONDecodeError:
                yield line_no, LineError(line_no, "not_json", "not valid JSON", raw)
                continue
            if isinstance(value, dict):
                yield line_no, full_dict(value)
            else:
                yield line_no, LineError(line_no, "not_json", "not a JSON object", raw)


def full_dict(value: dict[str, Any]) -> dict[str, Any]:
    """A record (or a rejection holding one) read as a plain dict, its references put back."""
    if value.get("schema_version") in LEAN_VERSIONS:
        return expand(value)
    if isinstance(value.get("record"), dict) and "reasons" in value:
        return expand_rejection(value)
    return value


def count_lines(path: Path) -> int:
    """Non-blank lines in `path` (for progress totals)."""
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def dumps(item: Any) -> bytes:
    """One JSON line (without newline) for a model or a plain JSON value."""
    if isinstance(item, Record | Rejection):
        return encode(item)
    if isinstance(item, BaseModel):
        return item.model_dump_json().encode()
    return orjson.dumps(item)


def write_jsonl(path: Path, items: Iterable[Any]) -> int:
    """Write one JSON line per item (atomically, locked, never over a link or a device).

    Returns the count; raises `OutputError` (an OSError) with a one-line message.
    """
    from toolgen.io.output import open_for_writing

    n = 0
    with open_for_writing(path) as fh:
        for item in items:
            fh.write(dumps(item) + b"\n")
            n += 1
    return n
