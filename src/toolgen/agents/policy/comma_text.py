"""A list given as one comma text is said as the list it is: how many, and some of them.

`{"cities": "Auckland,Christchurch,Wellington,Manukau City,...,Dunedin"}` (eight cities in
one text) was answered "the cities are Auckland and Christchurch" (ToolBench seed 1920078
#9): two of eight said as if they were all. `comma_counted(facts, output)` finds facts
that are items of one comma text of the output and leads them with how many items the
text holds (`COMMA_COUNT_LABEL`), keeping up to `SHOWN` items, which the wording says as
"there are 8 cities, among them Auckland, Christchurch and Wellington"
(`toolgen.agents.offline.among`).

Decides only which facts lead and how many are kept; the wording is `offline`'s.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.agents.offline.among import COMMA_COUNT_LABEL
from toolgen.records.paths import walk_leaves

# How many of a comma text's items the answer names beside its count.
SHOWN = 3
# A comma text of fewer items is a phrase ("Paris, France"), not a list.
_FEWEST = 3
_LONGEST_ITEM = 40
# Words ending a label that names several things held in one text ("tags list").
_LISTS = frozenset({"list", "csv", "set", "items"})
_NOT_PLURAL = frozenset({"address", "status", "class", "business", "process", "news"})


def comma_items(text: str) -> list[str] | None:
    """The items of a comma list ("Dubai,Sharjah,Ajman"), or None for any other text
    (fewer than three items, an empty or a long item: a sentence with commas)."""
    items = [i.strip() for i in text.split(",")]
    if len(items) < _FEWEST or not all(0 < len(i) <= _LONGEST_ITEM for i in items):
        return None
    return items


def comma_counted(facts: list[Fact], output: Any) -> tuple[list[Fact], int]:
    """`facts` led by the size of the comma text two or more of them are items of, and
    how many facts lead (0 when no comma text is itemised: `facts` unchanged)."""
    labels = [f.label for f in facts]
    if len(set(labels)) == len(labels) or COMMA_COUNT_LABEL in labels:
        return facts, 0  # no two items of one list: the output is not walked
    for _, value in walk_leaves(output):
        if not isinstance(value, str) or "," not in value:
            continue
        items = comma_items(value)
        if items is None:
            continue
        members = set(items)
        inside = [f for f in facts if f.value in members]
        if len(inside) < 2 or len({f.label for f in inside}) != 1 or not _names_many(
                inside[0].label):
            continue
        shown = inside[:SHOWN]
        rest = [f for f in facts if f not in inside]
        count = Fact(label=COMMA_COUNT_LABEL, value=str(len(items)))
        return [count, *shown, *rest], 1 + len(shown)
    return facts, 0


def _names_many(label: str) -> bool:
    """Whether `label` names several things ("cities", "tag list"): a comma text under a
    label of one thing ("address": "12 Main St, Seattle, United States") is no list."""
    words = label.lower().split()
    last = words[-1] if words else ""
    return last in _LISTS or (last.endswith("s") and not last.endswith(("ss", "us", "is"))
                              and last not in _NOT_PLURAL)
