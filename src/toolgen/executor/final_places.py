"""What follows from an answer's places once its airports, cities and teams are final.

`follow_places(output, args, endpoint, rng)` runs, in order, the rules that read settled
places: a flight's length and fare come from its two airports, the places a search around
a postcode or a point lists lie around it, a city's county and a place's region are its
own, a county's ZIPs lie in it, an address's coordinates in its city, and a bounding box
around the place asked about. `ExecutionSession` calls it after `cohere` and the airport
rules (the order of the rules is the order below: each reads what the earlier ones made).
In place, deterministic for the call's random stream.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.around import near_point, spread_around
from toolgen.executor.bounding_box import fit_boxes
from toolgen.executor.counties import city_counties
from toolgen.executor.flight_fares import fit_flight_fares
from toolgen.executor.flight_length import fit_flight_length
from toolgen.executor.geocoded import geocoded
from toolgen.executor.place_rows import in_asked_place
from toolgen.executor.places import own_regions
from toolgen.records import Endpoint


def follow_places(output: Any, args: dict[str, Any], endpoint: Endpoint,
                  rng: random.Random) -> None:
    fit_flight_length(output, args)  # the airports are final
    fit_flight_fares(output, args)  # and so is what a seat between them costs
    about = f"{endpoint.function_name} {endpoint.name}"
    spread_around(output, args, about, rng)
    near_point(output, args, about, rng)
    city_counties(output)  # the cities are final
    own_regions(output, args)  # and so are the provinces and states they are in
    in_asked_place(output, args)  # a county's ZIPs are in it, not in San Jose
    geocoded(output, args)  # an address's pair is in the city it names
    fit_boxes(output, args)  # a bounding box lies around the place asked about
