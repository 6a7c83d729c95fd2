"""A listing whose items say little beyond their names is said by those names.

"Vancouver International Airport heads a list of 2", "Stonebridge Editions heads a list
of 4" and "there are 3 in all, the first in Portland" (ToolBench seeds 71 and 97) name
one thing found, or only where it is, and leave the rest unsaid; a reviewer reads the
answer as a template. When the first item has nothing to say beside its name (no time,
place, rating, kind or price: `listed._item_facts`), `named_items(output, count)` says
the items by their names, or a ZIP list by its ZIP codes: "2 came back: Vancouver
International Airport and Victoria International Airport", "there are 4, among them A,
B and C", "3 ZIP codes came back: ..." (worded by `offline.among`). Decides only the
facts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.agents.offline import Fact, value_text
from toolgen.agents.offline.among import COMMA_COUNT_LABEL
from toolgen.agents.policy.comma_text import SHOWN
from toolgen.executor.values import normalize_key

_NOT_NAMES = frozenset({"first", "last", "middle", "user", "file", "host", "domain",
                        "display", "screen", "given", "family", "sur", "city", "country",
                        "state", "street", "county", "region", "district", "place"})
_POSTCODES = ("zip", "zip_code", "zipcode", "postal_code", "postcode", "post_code")


NameOf = Callable[[dict[str, Any]], Fact | None]


def named_items(output: Any, count: Fact, name_of: NameOf) -> list[Fact] | None:
    """The count and up to `SHOWN` item names of `output`'s one list of objects, or None
    when an item has no name of its own (`name_of(item)`, else its postcode) or two
    share one. The count said is `count`'s (a total the result states) when larger."""
    items = _list(output)
    if items is None:
        return None
    names = [_named(item, name_of) for item in items[:SHOWN]]
    values = [n for n in names if n is not None]
    if len(values) < min(2, len(items)) or len(values) < len(names) or len(
            set(values)) < len(values):
        return None
    total = max(len(items), _number(count.value))
    label = _label(postcodes=_postcode(items[0]) == values[0])
    return [Fact(label=COMMA_COUNT_LABEL, value=str(total)),
            *[Fact(label=label, value=v) for v in values]]


def _list(output: Any) -> list[dict[str, Any]] | None:
    """The items of the one list of objects a result is or holds."""
    if isinstance(output, list):
        lists = [output]
    elif isinstance(output, dict):
        lists = [v for v in output.values() if isinstance(v, list)]
    else:
        return None
    if len(lists) != 1:
        return None
    items = lists[0]
    if len(items) < 2 or not all(isinstance(i, dict) for i in items[:SHOWN]):
        return None
    return items


def _named(item: dict[str, Any], name_of: NameOf) -> str | None:
    fact = name_of(item)
    if fact is not None:
        return fact.value
    return _postcode(item) or _own_name(item)


def _own_name(item: dict[str, Any]) -> str | None:
    """A name under a key of its kind (`publisherName`, `company_name`), not a person's
    part of one or an account's or a file's."""
    for key, value in item.items():
        words = normalize_key(key).split("_")
        if len(words) > 1 and words[-1] == "name" and words[0] not in _NOT_NAMES and (
                isinstance(value, str) and 0 < len(value) <= 60):
            return value
    return None


def _postcode(item: dict[str, Any]) -> str | None:
    for key, value in item.items():
        if normalize_key(key) in _POSTCODES and isinstance(value, str | int) and not (
                isinstance(value, bool)):
            return value_text(value)
    return None


def _label(postcodes: bool) -> str:
    """What one item is called: "ZIP code" in a ZIP list, else nothing: a list's key is
    no noun to say ("2 bodies came back", "3 byingredients": ToolBench seed 97 #4)."""
    return "ZIP code" if postcodes else ""


def _number(text: str) -> int:
    return int(text) if text.isdigit() else 0
