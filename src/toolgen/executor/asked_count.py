"""A number parameter that says how many results come back, and the answer to it.

"The number of top cases to retrieve", "Number of games for which to fetch the schedule":
`counted_noun(description)` is the plural noun such a description counts ("top cases",
"games"), or None (a page size, a span of days or years, decimal places and a page's
number are no such count). The planner draws a handful for it and the user asks for "the
top 10 cases", not 441 of them (BFCL seed 71 #10).

`asked_count_finish(endpoint)` makes an answer keep to the count asked: a call for the
top 10 artworks was answered "12 matched" (BFCL seed 71 #104), and each schedule row
repeated `"num_of_games": 5`, a knob of the request, not a fact of the game. The list
holds at most the count asked, the totals beside it say no more, and its records hold no
copy of the count. In place, deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key, number_kind
from toolgen.records.tools import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_HOW_MANY = re.compile(
    r"^(?:the )?(?:maximum |max )?number of (?:the )?"
    r"(?!(?:past |future |upcoming |previous )?(?:days?|weeks?|months?|years?|hours?|rounds?|"
    r"decimal|lines?|elements?|items to return per|page)\b)"
    r"(?P<noun>[a-z ]{1,30}?) "
    r"(?:to|you want to|you would like to|for which to|that should) (?:be )?"
    r"(?:return|retriev|fetch|get|show|display|list)", re.I)
_TOTALS = frozenset({"total", "total_count", "total_results", "count", "num_results",
                     "results_count", "number_of_results"})


@lru_cache(maxsize=8192)
def counted_noun(description: str) -> str | None:
    """The things `description` says the number counts ("top cases"), or None."""
    found = _HOW_MANY.search(description.strip())
    return found.group("noun").lower() if found else None


def is_asked_count(name: str, description: str) -> bool:
    """Whether the parameter `name` says how many results to send back (a page's size
    has its own rules: `page_meta`)."""
    return counted_noun(description) is not None and number_kind(name) not in ("limit", "page")


def asked_count_finish(endpoint: Endpoint) -> Finish | None:
    """The step keeping an answer to the count its call asked for, or None when no
    parameter of `endpoint` asks for one."""
    names = tuple(normalize_key(p.name) for p in endpoint.parameters
                  if p.json_schema.get("type") in ("integer", "number")
                  and is_asked_count(p.name, p.description or ""))
    if not names:
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        asked = next((v for n in names if isinstance(v := args.get(n), int)
                      and not isinstance(v, bool) and v > 0), None)
        if asked is None or not isinstance(output, dict):
            return
        lists = [k for k, v in output.items() if isinstance(v, list)]
        for k in lists:
            for item in output[k]:
                if isinstance(item, dict):
                    for key in [key for key in item if normalize_key(key) in names]:
                        del item[key]
        if len(lists) != 1:
            return
        del output[lists[0]][asked:]
        for k, v in output.items():
            if (normalize_key(k) in _TOTALS and isinstance(v, int) and not isinstance(v, bool)
                    and v > asked):
                output[k] = asked

    return step
