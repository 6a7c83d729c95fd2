"""A JSON scalar read as a figure: a number, or a number written as text ("97.88",
"1,250"); None for anything else (a yes/no, a word, a list)."""

from __future__ import annotations

from typing import Any


def read_figure(value: Any) -> float | None:
    """`value` as a float, or None when it holds no figure (see the module docstring)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", ""))
        except ValueError:
            return None
    return None
