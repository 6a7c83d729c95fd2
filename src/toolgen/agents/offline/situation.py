"""Whether the situation a user tells fits the places they ask about.

"I'm planning a summer trip to Lisbon." opened a request to book a hotel in Zurich (BFCL
seed 31 #290): the persona's situation names one place and the request another, and a
reader wonders which trip this is. `fits_places(line, slots)` holds when the situation
names none of the persona pools' places, when the conversation's calls are sent no place
by the user, or when one of those places lies in the country (or region) the situation
names. Places are read from the values with GeoNames (`executor.world`).
`fits_request(line, asked)` holds when the request speaks of the situation at all; when it
does not, `any_request(asked)` is a situation every request fits.
Pure.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from toolgen.executor import world

# The places the persona pools name, as the countries they lie in.
_NAMED: dict[str, frozenset[str]] = {
    "Lisbon": frozenset({"PT"}), "Porto": frozenset({"PT"}), "Berlin": frozenset({"DE"}),
    "Leeds": frozenset({"GB"}), "Toronto": frozenset({"CA"}), "Lyon": frozenset({"FR"}),
    "Japan": frozenset({"JP"}), "Alps": frozenset({"CH", "FR", "IT", "AT", "DE", "SI"}),
    "Southeast Asia": frozenset({"TH", "VN", "ID", "MY", "SG", "PH", "KH", "LA", "MM"}),
    "South America": frozenset({"BR", "AR", "CL", "PE", "CO", "EC", "BO", "UY", "PY", "VE"}),
}


def _countries(value: str) -> str | None:
    found = world.country(value)
    if found is not None:
        return found.iso
    city = world.city(value)
    return city.country_iso if city is not None else None


def fits_places(line: str, said: Sequence[str]) -> bool:
    """Whether situation `line` names no place the texts the user states (`said`, every
    value of the conversation's calls) contradict."""
    named = [isos for place, isos in _NAMED.items() if place in line]
    if not named:
        return True
    asked = {iso for text in said if (iso := _countries(text)) is not None}
    if not asked:
        return True
    return any(asked & isos for isos in named)


# Words of a situation that say nothing of what it is about (its verb ends in -ing).
_PLAIN = frozenset({"every", "other", "before", "after", "weekend", "week", "weeks", "saturday",
                    "evening", "their", "this", "that", "next", "with", "three", "two", "four",
                    "first", "last", "new", "for", "from"})


def fits_request(line: str, asked: str) -> bool:
    """Whether the request `asked` (its phrases and values) speaks of the situation `line`
    at all: a word it is about (the object of its verb, a place; the first four letters)
    begins a word of the request. "I'm covering the playoffs." opened a search of airports,
    "I'm planning routes in the Alps." a flight from Buenos Aires to Berlin, "I'm updating
    the menu." a list of deliveries (seed 83): such a situation is left unsaid."""
    about = {w[:4] for w in re.findall(r"[a-z]+", line.lower()[4:])
             if len(w) >= 4 and not w.endswith("ing") and w not in _PLAIN}
    starts = {w[:4] for w in re.findall(r"[a-z]+", asked.lower()) if len(w) >= 4}
    return bool(about & starts)


# Situations any request fits: said instead of one the request does not speak of.
_ANY = ("I'm sorting a few things out before the weekend.", "I'm working through my to-do list.",
        "I'm catching up on some admin.", "I'm helping a friend with this.",
        "I'm trying to get this done before lunch.", "I'm doing this between meetings.",
        "I'm setting a few things up for next week.", "I'm clearing my inbox this morning.",
        "I'm on my lunch break, so quickly.", "I'm back at my desk after a long week.",
        "I'm tying up loose ends before a trip.", "I'm finally getting round to this.",
        "I'm doing this for my manager.", "I'm stuck on a train, so doing it now.",
        "I'm ticking things off before the holidays.", "I'm on my phone, so keep it short.")


def any_request(asked: str) -> str:
    """A situation any request fits, picked by the request's words (no draw is taken, so
    the conversation's other values stay as they were)."""
    return _ANY[zlib.crc32(asked.encode("utf-8")) % len(_ANY)]
