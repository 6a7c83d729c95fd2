"""Children of another parent: a read of one scan's results (`scan_id="scn_587993"`)
whose listed results say `"scan_id": "scn_7b0bcd"`. A reviewer reads the id the call
sent, then the items it lists, and sees the tool answer for other scans.

Read per call that reads (its name leads with no verb that makes or changes) and sends
an id (`<thing>_id`, at least four characters: `1` or `42` are too common to be one
thing): the objects of a list at the result's top level that carry that same key and
also hold another id of their own (`result_id`, `id`) are the sent record's children,
so the key must hold the id sent. Left alone: an item whose only id is the sent key (a
product's similar products are other products), calls whose name asks for other things
(similar, related, recommended, alternative), and the top-level object itself.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.reading import key_tokens

# Endpoint words that ask for other records than the one whose id is sent.
_OTHERS = frozenset({"similar", "related", "recommended", "recommendations", "recommend",
                     "alternative", "alternatives", "other", "others", "nearby", "like"})
_SHORTEST = 4


def _id_key(key: str) -> bool:
    tokens = key_tokens(key)
    return len(tokens) >= 2 and tokens[-1] == "id"


def _items(output: Any) -> list[dict[str, Any]]:
    """The objects of the result's top-level lists (or of the result, when a list)."""
    lists = [output] if isinstance(output, list) else (
        [v for v in output.values() if isinstance(v, list)] if isinstance(output, dict)
        else [])
    return [x for values in lists for x in values if isinstance(x, dict)]


def _own_id(item: dict[str, Any], key: str) -> bool:
    return any(k != key and (k == "id" or _id_key(k)) and isinstance(v, (str, int))
               for k, v in item.items())


def other_parent(function_name: str, args: dict[str, Any], output: Any) -> str | None:
    """Why the listed children of `function_name(args)` belong to another record than
    the one sent (module doc), or None."""
    if _OTHERS & set(name_words(function_name)):
        return None
    items = _items(output)
    if not items:
        return None
    for key, sent in args.items():
        if (isinstance(sent, bool) or not isinstance(sent, (str, int))
                or len(str(sent)) < _SHORTEST or not _id_key(key)):
            continue
        for item in items:
            found = item.get(key)
            if (isinstance(found, (str, int)) and not isinstance(found, bool)
                    and str(found) != str(sent) and _own_id(item, key)):
                return f"asked for {key}={sent!r}, a listed item has {key}={found!r}"
    return None
