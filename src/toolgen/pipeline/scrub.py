"""Removing known secret values from a finished record (the last guard before writing).

Live roles set some fields after validation (judge rationale, planner goal, turn
intents); a provider that echoes a configured key or a corpus credential would put it
there. `without_secrets` replaces every occurrence of a known secret in any string of
the record and records a `secrets:redacted` fallback, so the record stays usable.
"""

from __future__ import annotations

from typing import Any

from toolgen.records import Record

MIN_SECRET_LEN = 8
REDACTED = "<redacted>"


def without_secrets(record: Record, secrets: frozenset[str]) -> Record:
    """`record` with each known secret (at least 8 characters) replaced in every string."""
    text = record.model_dump_json()
    present = sorted((s for s in secrets if len(s) >= MIN_SECRET_LEN and s in text),
                     key=len, reverse=True)
    if not present:
        return record
    data = _replace(record.model_dump(mode="json"), present)
    metadata = data["metadata"]
    metadata["fallbacks"] = [*metadata.get("fallbacks", []), "secrets:redacted"]
    return Record.model_validate(data)


def _replace(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {_replace(k, secrets): _replace(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, secrets) for v in value]
    return value
