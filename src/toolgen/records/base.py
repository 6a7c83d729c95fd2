"""The frozen base model every record type derives from, and the JSON value alias."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

JsonValue = Any
"""A JSON-compatible value (str, int, float, bool, None, list, dict)."""


class Frozen(BaseModel):
    """Immutable, strict-keyed model: records are the contract between stages."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
