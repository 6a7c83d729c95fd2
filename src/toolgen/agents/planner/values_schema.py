"""The parameter schema the value generators and checks read, with what the endpoint is for.

A parameter's own JSON schema says little about a value a user would state; the
generators also read its description and default, and an array parameter is kept as
short as it means (`array_sizes`: a statistic's sample gets a few items, an interval
two). `described(param, about(endpoint))` is that schema; `about(endpoint)` is the
endpoint's name and description, what its arrays are for.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.planner.array_sizes import items_range
from toolgen.records import Endpoint, Parameter


def about(endpoint: Endpoint) -> str:
    """The endpoint's name and description: what its arrays are for (`array_sizes`)."""
    return f"{endpoint.function_name.replace('_', ' ')} {endpoint.description}"


def described(param: Parameter, about: str = "") -> dict[str, Any]:
    """The parameter's schema with its description and default, which the generators read."""
    schema = _loosened(param, about)
    extra: dict[str, Any] = {}
    if param.description and "description" not in schema:
        extra["description"] = param.description
    if param.has_default and "default" not in schema and param.default is not None:
        extra["default"] = param.default
    return {**schema, **extra} if extra else schema


def _loosened(param: Parameter, about: str) -> dict[str, Any]:
    # Array/object arguments get as few items as they mean: users state them, so keep
    # them short; a statistic's sample gets a few, an interval two (`array_sizes`).
    schema = param.json_schema
    if schema.get("type") == "array":
        low, high = items_range(param, about)
        return {**schema, "minItems": low, "maxItems": high}
    return schema
