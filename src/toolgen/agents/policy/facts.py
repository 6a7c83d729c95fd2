"""Which results the assistant reports: a few salient leaves of the tool outputs."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.agents.offline import Fact, slot_label, value_text
from toolgen.records.paths import walk_leaves

_SALIENT = (
    ("name", 9), ("title", 9), ("total", 7), ("price", 8), ("amount", 8), ("id", 6),
    ("status", 5), ("date", 5), ("time", 4), ("rating", 5), ("city", 4), ("rate", 6),
    ("code", 4), ("url", 2), ("email", 3), ("count", 3),
)


def facts_from(output: Any, limit: int = 3) -> list[Fact]:
    """Up to `limit` (label, value) facts, most salient first, from the first list items."""
    scored: list[tuple[int, int, Fact, tuple[str | int, ...]]] = []
    currencies: dict[tuple[str | int, ...], Fact] = {}
    for order, (parts, value) in enumerate(walk_leaves(output)):
        if any(isinstance(p, int) and p > 0 for p in parts) or isinstance(value, bool):
            continue
        if not isinstance(value, str | int | float) or not parts:
            continue
        text = value_text(value)
        if not text.strip() or len(text) > 60:
            continue
        key = str(next((p for p in reversed(parts) if isinstance(p, str)), ""))
        if key.lower() == "currency":
            currencies[parts[:-1]] = Fact(label=_label(parts), value=text)
        weight = _weight(key)
        if weight:
            scored.append((-weight, order, Fact(label=_label(parts), value=text), parts))
    scored.sort(key=lambda t: (t[0], t[1]))
    seen: set[str] = set()
    out: list[Fact] = []
    for _, _, fact, parts in scored:
        if fact.value not in seen:
            seen.add(fact.value)
            out.append(_with_unit(fact, currencies.get(parts[:-1])))
        if len(out) == limit:
            break
    return out


def _with_unit(fact: Fact, currency: Fact | None) -> Fact:
    """An amount said with the currency beside it ("565.4 EUR"): "at 565.4" alone tells
    the user nothing, and the answer keeps only a fact or two."""
    if currency is None or _weight(fact.label.split()[-1]) != 8:
        return fact
    try:
        float(fact.value)
    except ValueError:
        return fact
    return Fact(label=fact.label, value=f"{fact.value} {currency.value}")


@lru_cache(maxsize=4096)  # the same few hundred output keys come back in every conversation
def _weight(key: str) -> int:
    low = key.lower()
    for token, weight in _SALIENT:
        if low == token or low.endswith("_" + token) or low.endswith(token):
            return weight
    return 0


def _label(parts: tuple[str | int, ...]) -> str:
    keys = [p for p in parts if isinstance(p, str)]
    label = slot_label(keys[-1])
    if len(keys) > 1 and keys[-1].lower() in ("name", "id", "title", "status"):
        parent = slot_label(keys[-2])
        parent = parent[:-1] if keys[-2].endswith("s") else parent
        label = f"{parent} {label}"
    return label
