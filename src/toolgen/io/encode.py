"""A record or rejection serialised once: its lean JSON line (orjson) and what the parent counts.

`encode` is the one place a result becomes bytes, whoever calls it (the writer with one
worker, each worker process with several), so the output is byte-identical whatever
the worker count. `Encoded` is what a worker sends back instead of the pickled model:
the line plus the few facts the run's counters need; `item()` parses the line again only
for a caller that wants the model (the progress log).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from toolgen.records import Record, Rejection
from toolgen.records.lean import LEAN_VERSIONS, shrink, shrink_rejection


def record_dict(record: Record, *, json_mode: bool = False) -> dict[str, Any]:
    """The lean dict of `record` (see `records.lean`) for orjson; a record of an older
    schema (read from an old file and rescored) keeps the full form its version means.

    Dumped in python mode (tuples stay tuples: orjson writes them as arrays) with the
    tool schemas passed by reference, not copied: a third of the bytes, the same every
    time. `json_mode` is the slower pydantic JSON-mode dump, for values orjson refuses.
    """
    data = record.model_dump(mode="json" if json_mode else "python", exclude={"tools"})
    data = {"conversation_id": data.pop("conversation_id"),
            "schema_version": data.pop("schema_version"), "tools": record.tools, **data}
    return shrink(data) if record.schema_version in LEAN_VERSIONS else data


def encode(item: Record | Rejection) -> bytes:
    """One JSON line, without the newline."""
    try:
        return _dumps(item, False, orjson.dumps)
    except orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits in a tool value
        return _dumps(item, True, _std_dumps)


def _std_dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _dumps(item: Record | Rejection, json_mode: bool, dumps: Callable[[Any], bytes]) -> bytes:
    if isinstance(item, Record):
        return dumps(record_dict(item, json_mode=json_mode))
    data = item.model_dump(mode="json" if json_mode else "python", exclude={"record"})
    data["record"] = (record_dict(item.record, json_mode=json_mode)
                      if item.record is not None else None)
    return dumps(shrink_rejection(data))


@dataclass(frozen=True, slots=True)
class Encoded:
    """A finished result as bytes (newline included) and the facts the run counts."""

    is_record: bool
    line: bytes
    patterns: tuple[str, ...] = ()
    fallbacks: tuple[str, ...] = ()
    model: Record | Rejection | None = None
    """The result itself when it is at hand (same process); never sent between processes."""

    @staticmethod
    def facts(item: Record | Rejection) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
        """(is a record, its patterns, its fallbacks): what the run's counters read."""
        if isinstance(item, Record):
            return True, item.metadata.patterns, item.metadata.fallbacks
        return False, (), item.record.metadata.fallbacks if item.record is not None else ()

    @staticmethod
    def of(item: Record | Rejection, keep: bool = True) -> Encoded:
        is_record, patterns, fallbacks = Encoded.facts(item)
        return Encoded(is_record, encode(item) + b"\n", patterns, fallbacks,
                       item if keep else None)

    def item(self) -> Record | Rejection:
        """The result as a model (parsed from the line when it came from another process)."""
        if self.model is not None:
            return self.model
        if self.is_record:
            return Record.model_validate_json(self.line)
        return Rejection.model_validate_json(self.line)
