"""A restaurant is named like what it serves: a Japanese one is no "Trattoria".

Restaurant names are a surname and a venue word ("Henderson Trattoria", `values`), drawn
whatever the cuisine; a search for Japanese restaurants in Sao Paulo listed "Henderson
Trattoria" with `cuisine: "japanese"`. `fit_cuisine(output, args, rng)` gives every
object holding a known `cuisine` and a `name` ending in a venue word that does not fit
it one that does ("Henderson Izakaya", "Fox Brasserie"). In place; deterministic for the
call's random stream; never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

_FITS: dict[str, tuple[str, ...]] = {
    "japanese": ("Sushi Bar", "Izakaya", "Ramen House"),
    "italian": ("Trattoria", "Pizzeria", "Osteria"),
    "french": ("Bistro", "Brasserie"),
    "chinese": ("Dumpling House", "Noodle Bar"),
    "indian": ("Curry House", "Tandoori"),
    "mexican": ("Taqueria", "Cantina"),
    "thai": ("Thai Kitchen", "Noodle House"),
    "spanish": ("Tapas Bar", "Bodega"),
    "korean": ("BBQ", "Kitchen"),
    "greek": ("Taverna", "Grill"),
    "american": ("Diner", "Grill", "Kitchen"),
    "vegetarian": ("Green Kitchen", "Kitchen", "Cafe"),
    "vegan": ("Green Kitchen", "Kitchen", "Cafe"),
    "seafood": ("Oyster Bar", "Fish House"),
    "turkish": ("Kebab House", "Grill"),
    "vietnamese": ("Pho House", "Kitchen"),
    "lebanese": ("Mezze", "Grill"),
}
# Venue words a drawn restaurant name ends in (`values._VENUE_ENTITIES`).
_DRAWN = ("Bistro", "Kitchen", "Grill", "Trattoria", "Cafe")


def fit_cuisine(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Rename each restaurant whose venue word does not fit its cuisine."""
    for obj in objects_in(output):
        cuisine, name = obj.get("cuisine"), obj.get("name")
        if not isinstance(cuisine, str) or not isinstance(name, str):
            continue
        fits = _FITS.get(cuisine.strip().lower())
        if fits is None or name.endswith(fits):
            continue
        head, _, last = name.rpartition(" ")
        if head and last in _DRAWN:
            obj["name"] = f"{head} {rng.choice(fits)}"
