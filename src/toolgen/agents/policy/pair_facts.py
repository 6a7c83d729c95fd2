"""A result written as (name, value) pairs is said by its names and values.

Corona Stats by Country answers `[{"counter": "cases", "value": "96824331"}, {"counter":
"deaths", ...}]`; read as a listing, the answer said "there are 1253687 in all; the
first's counter is cases" (ToolBench seed 113 #100). `pair_facts(output)` gives one fact
per pair (its name as the label, its value), or None for any other result. Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact, value_text

_NAME_KEYS = frozenset({"counter", "metric", "stat", "name", "label", "key", "type",
                        "field"})


def pair_facts(output: Any) -> list[Fact] | None:
    """The facts of a (name, value) pair list (module doc), or None."""
    items = output if isinstance(output, list) else next(
        (v for v in output.values() if isinstance(v, list)), None
    ) if isinstance(output, dict) and len(output) == 1 else None
    if not items or len(items) > 8:
        return None
    facts: list[Fact] = []
    for item in items:
        if not isinstance(item, dict) or len(item) != 2 or "value" not in item:
            return None
        key = next(k for k in item if k != "value")
        name, value = item[key], item["value"]
        if key not in _NAME_KEYS or not isinstance(name, str) or not isinstance(
                value, str | int | float) or isinstance(value, bool):
            return None
        facts.append(Fact(label=name.replace("_", " "), value=value_text(value)))
    return facts
