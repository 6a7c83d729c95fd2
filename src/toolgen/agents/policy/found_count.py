"""How many a listing's answer says there are: what the list shows, or what was found.

- `{"airports": [<Boston Logan>], "total": 11}` was answered "Boston Logan heads a list
  of 11": the answer claims eleven items where the reader sees one. `more_than_listed(
  count, output)` relabels such a count fact (`clauses.FOUND_LABEL`), which the wording
  says as "11 found; the first is Boston Logan" - the tool's figure, not the list's size.
  A count equal to (or below) the list's length is returned unchanged.
- Two pages of players (MarShon Brooks, Lorenzo Brown) were answered "it's MarShon
  Brooks": the answer names one of two as if it were all. `counted_list(facts, output)`
  puts the list's size before facts that lead with its first item's name and give no
  count ("2 came back, the first being MarShon Brooks"), or the items' names when they
  all have one (`named_items`: "2 came back: MarShon Brooks and Lorenzo Brown").
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.agents.offline.clauses import FOUND_LABEL, role_of
from toolgen.agents.policy.named_items import named_items


def more_than_listed(count: Fact, output: Any) -> Fact:
    """`count`, relabelled when it exceeds the items `output` lists (module doc)."""
    shown = _listed(output)
    try:
        said = int(count.value.replace(",", ""))
    except ValueError:
        return count
    if shown is None or said <= shown:
        return count
    return Fact(label=FOUND_LABEL, value=count.value)


def counted_list(facts: list[Fact], output: Any) -> tuple[list[Fact], int]:
    """`facts` led by the list's size when they name its first of several items and give
    no count (module doc), and how many facts lead (0 when unchanged): the count and the
    name, first and last."""
    items = _items(output)
    if items is None or len(items) < 2 or not facts or any(
            role_of(f) == "count" for f in facts):
        return facts, 0
    split = len(facts) > 1 and (facts[0].label, facts[1].label) == ("first name", "last name")
    if not (split or role_of(facts[0]) == "subject") or facts[0].value not in _names(
            items[0]):  # a name of the first item only; later items stay unread
        return facts, 0
    count = Fact(label="count", value=str(len(items)))
    key = next((k for k, v in items[0].items() if v == facts[0].value), None)
    named = None if split or key is None else named_items(
        output, count, lambda item: _as_name(item.get(key)))
    if named is not None:  # "there are 4, among them A, B and C"
        return named, len(named)
    return [count, *facts], 3 if split else 2


def _as_name(value: Any) -> Fact | None:
    return Fact(label="name", value=value) if isinstance(value, str) and value else None


def _names(item: dict[str, Any]) -> set[str]:
    """What an item may be called: its texts, and a first name with its last."""
    out = {v for v in item.values() if isinstance(v, str)}
    first, last = item.get("first_name"), item.get("last_name")
    if isinstance(first, str) and isinstance(last, str):
        out.add(f"{first} {last}")
    return out


def _items(output: Any) -> list[dict[str, Any]] | None:
    if not isinstance(output, dict):
        return None
    return next((v for v in output.values() if isinstance(v, list) and v
                 and isinstance(v[0], dict)), None)


def _listed(output: Any) -> int | None:
    items = _items(output)
    return len(items) if items is not None else None
