"""A district a call names is a district of the city it names.

Polish Zip Codes' `find-zip-codes-by-city-and-district(city, district)` kept its schema
example's district, Oporów (a part of Wrocław), while the city moved to the record's
place: "the postal codes around Warsaw in Oporów" (ToolBench seed 71 #5; 11 of 300
records). `districts_in_city(calls, endpoints)` gives a call stating a city and a
district of another city one of that city's own districts (`DISTRICTS`, picked by the
call's id, so no random draw moves); a district beside a city no one has stated yet (a
city an earlier result gives) is left out when the call does not need it. Pure.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence

from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, PlannedArg, PlannedCall

# Well-known districts of the cities records are set in (`executor.pools.PLACES`).
DISTRICTS: dict[str, tuple[str, ...]] = {
    "Lisbon": ("Alfama", "Baixa", "Belém", "Chiado"),
    "Porto": ("Ribeira", "Boavista", "Foz do Douro", "Cedofeita"),
    "Madrid": ("Salamanca", "Chamberí", "Malasaña", "Retiro"),
    "Barcelona": ("Eixample", "Gràcia", "El Born", "Sants"),
    "Paris": ("Le Marais", "Montmartre", "Saint-Germain-des-Prés", "Bastille"),
    "Lyon": ("Presqu'île", "Croix-Rousse", "Vieux Lyon", "Part-Dieu"),
    "Berlin": ("Mitte", "Kreuzberg", "Prenzlauer Berg", "Charlottenburg"),
    "Munich": ("Schwabing", "Maxvorstadt", "Haidhausen", "Sendling"),
    "Amsterdam": ("Jordaan", "De Pijp", "Oud-West", "Oost"),
    "Rome": ("Trastevere", "Monti", "Prati", "Testaccio"),
    "Milan": ("Brera", "Navigli", "Isola", "Porta Romana"),
    "Vienna": ("Innere Stadt", "Leopoldstadt", "Neubau", "Wieden"),
    "Dublin": ("Temple Bar", "Rathmines", "Ballsbridge", "Smithfield"),
    "London": ("Camden", "Shoreditch", "Kensington", "Brixton"),
    "Edinburgh": ("Old Town", "New Town", "Leith", "Stockbridge"),
    "Zurich": ("Altstadt", "Wiedikon", "Oerlikon", "Seefeld"),
    "Stockholm": ("Södermalm", "Östermalm", "Kungsholmen", "Vasastan"),
    "Copenhagen": ("Nørrebro", "Vesterbro", "Østerbro", "Christianshavn"),
    "Oslo": ("Grünerløkka", "Frogner", "Majorstuen", "Gamle Oslo"),
    "Warsaw": ("Mokotów", "Wola", "Śródmieście", "Praga-Południe", "Ursynów", "Bielany"),
    "Prague": ("Vinohrady", "Žižkov", "Malá Strana", "Karlín"),
    "Istanbul": ("Beyoğlu", "Kadıköy", "Beşiktaş", "Fatih"),
    "New York": ("Manhattan", "Brooklyn", "Queens", "the Bronx"),
    "San Francisco": ("Mission District", "SoMa", "Nob Hill", "the Sunset"),
    "Chicago": ("the Loop", "Lincoln Park", "Wicker Park", "Hyde Park"),
    "Austin": ("Downtown", "South Congress", "East Austin", "Hyde Park"),
    "Seattle": ("Capitol Hill", "Ballard", "Fremont", "Queen Anne"),
    "Boston": ("Back Bay", "Beacon Hill", "the North End", "South End"),
    "Miami": ("Brickell", "Wynwood", "Little Havana", "Coconut Grove"),
    "Toronto": ("the Annex", "Yorkville", "Leslieville", "Kensington Market"),
    "Vancouver": ("Kitsilano", "Gastown", "Yaletown", "Mount Pleasant"),
    "Mexico City": ("Roma Norte", "Condesa", "Coyoacán", "Polanco"),
    "Sao Paulo": ("Pinheiros", "Vila Madalena", "Moema", "Liberdade"),
    "Buenos Aires": ("Palermo", "Recoleta", "San Telmo", "Belgrano"),
    "Tokyo": ("Shibuya", "Shinjuku", "Ginza", "Asakusa"),
    "Osaka": ("Umeda", "Namba", "Tennoji", "Shinsaibashi"),
    "Seoul": ("Gangnam", "Jongno", "Mapo", "Yongsan"),
    "Singapore": ("Tanjong Pagar", "Tiong Bahru", "Bugis", "Novena"),
    "Bangkok": ("Sukhumvit", "Silom", "Ari", "Thonglor"),
    "Mumbai": ("Bandra", "Andheri", "Colaba", "Powai"),
    "Bengaluru": ("Indiranagar", "Koramangala", "Jayanagar", "Whitefield"),
    "Dubai": ("Deira", "Jumeirah", "Al Barsha", "Business Bay"),
    "Sydney": ("Surry Hills", "Bondi", "Newtown", "Paddington"),
    "Melbourne": ("Fitzroy", "St Kilda", "Carlton", "Richmond"),
    "Auckland": ("Ponsonby", "Parnell", "Mount Eden", "Grey Lynn"),
    "Cape Town": ("Sea Point", "Woodstock", "Observatory", "Gardens"),
    "Nairobi": ("Westlands", "Kilimani", "Karen", "Lavington"),
    "Cairo": ("Zamalek", "Maadi", "Heliopolis", "Garden City"),
}
_DISTRICT_KEYS = frozenset({"district", "neighbourhood", "neighborhood", "borough", "quarter",
                            "suburb"})
_CITY_KEYS = frozenset({"city", "town", "city_name"})


def districts_in_city(calls: Sequence[PlannedCall],
                      endpoints: Mapping[str, Endpoint]) -> list[PlannedCall]:
    """`calls` with each district a district of its call's city (module doc)."""
    return [_placed(call, endpoints[call.endpoint_id]) for call in calls]


def _placed(call: PlannedCall, endpoint: Endpoint) -> PlannedCall:
    district = next((a for a in call.arguments if normalize_key(a.name) in _DISTRICT_KEYS
                     and a.source in ("user", "default") and isinstance(a.value, str)), None)
    city = next((a for a in call.arguments if normalize_key(a.name) in _CITY_KEYS), None)
    if district is None or city is None:
        return call
    if city.source == "tool_output":  # the city is not known yet: no district of it is
        required = any(p.name == district.name and p.required for p in endpoint.parameters)
        return call if required else _without(call, district)
    own = DISTRICTS.get(str(city.value))
    if own is None or district.value in own:
        return call
    pick = own[zlib.crc32(call.call_id.encode()) % len(own)]
    args = tuple(a.model_copy(update={"value": pick, "source": "user"}) if a is district else a
                 for a in call.arguments)
    return call.model_copy(update={"arguments": args})


def _without(call: PlannedCall, dropped: PlannedArg) -> PlannedCall:
    return call.model_copy(update={"arguments": tuple(a for a in call.arguments
                                                      if a is not dropped)})
