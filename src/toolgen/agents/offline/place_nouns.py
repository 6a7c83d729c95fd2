"""A goal phrase that names a kind of place gives way to the place said.

`get_zips_in_state`'s goal is "the zips in the state"; with its state said, the request
read "check the zips in the state in North Dakota (ND)", "the zips in the state in the
state of Hawaii (HI)", "the zips in the county in King County in Washington (WA)"
(ToolBench seeds 71 and 97): the endpoint's name said, then the place. `placed(phrase,
parts)` drops the phrase's "in the state" when a part says where: "check the zips in
North Dakota (ND)"; `within_address(slots)` leaves unsaid a city a full address among
them holds. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from toolgen.agents.offline.types import Slot

# "... in the state", "... for the city": a kind of place the phrase ends on.
_KIND_END = re.compile(r" (?:in|for|of|by|within) (?:the |a )?(?:state|city|county|country|"
                       r"region|province|district|area|radius)$")
# A part that says where: "in North Dakota (ND)", "around Boston", "for the state of HI".
_WHERE = re.compile(r"^(?:in|around|near|for|within|across) ")


def placed(phrase: str, parts: list[str]) -> tuple[str, list[str]]:
    """`phrase` without the kind of place it ends on, when a part says where, with the
    part naming that place first: "the zips in the city" with "in the state of New York
    (NY)" and "for New York" is "the zips in New York in the state of New York (NY)", not
    the state's zips "in the state of New York (NY) for New York" (ToolBench seed 3278337
    #5)."""
    end = _KIND_END.search(phrase)
    if end is None:
        return phrase, parts
    kind = end.group(0).rsplit(" ", 1)[-1]
    first = next((i for i, p in enumerate(parts) if _WHERE.match(p)), None)
    if first is None:
        return phrase, parts
    own = next((i for i, p in enumerate(parts) if _WHERE.match(p) and not any(
        k != kind and k in p.lower().split() for k in _KINDS)), first)
    if own == first:
        return phrase[:end.start()], parts
    said = "in " + parts[own].split(" ", 1)[1]  # "for New York" -> "in New York"
    return phrase[:end.start()], [said, *parts[:own], *parts[own + 1:]]


_KINDS = ("state", "city", "county", "country", "region", "province", "district")


# A slot's name words that say it is a place a full address holds.
_PLACE_WORDS = frozenset({"city", "town", "province", "state", "country", "region"})
_SPLIT = re.compile(r"[^a-z]+")


def within_address(slots: Sequence[Slot]) -> list[Slot]:
    """`slots` without a city, province or country a full address among them holds:
    "the address 926 King Street West, Toronto, Canada", not "near Toronto near 926 King
    Street West, Toronto, Canada in Ontario" (ToolBench seed 97 #2). The address says
    the value verbatim, so the request still states every argument."""
    addresses = [s.value.lower() for s in slots
                 if "," in s.value and any(c.isdigit() for c in s.value)]
    if not addresses:
        return list(slots)
    return [s for s in slots if not (
        _PLACE_WORDS & set(_SPLIT.split(s.name.lower())) and len(s.value) > 2
        and any(s.value.lower() in a and s.value.lower() != a for a in addresses))]
