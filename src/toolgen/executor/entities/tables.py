"""Entity kinds: a table of real rows and the field names that say a column.

A `Kind` is one sort of real-world thing (airport, sports team, country, currency, listed
stock, crypto asset): its rows, and for each normalised field name the column it holds.
`KINDS` lists them in the order an object is tried. Matching lives in `match.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolgen.executor.entities.airports import AIRPORTS
from toolgen.executor.entities.countries import COUNTRIES, CRYPTO, CURRENCIES, STOCKS
from toolgen.executor.entities.teams import TEAMS

Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class Kind:
    """One entity kind.

    aliases: normalised field name -> column. `context_aliases` apply only when the
        object or endpoint is about this kind (`name` of a country list is the country).
    strong: columns that on their own say the object is this kind (with one more column).
    needs: a recognised object must hold at least one of these columns.
    context: words of the endpoint or of the object's key that say this kind; a kind
        with `context` and no strong column present needs one of them.
    weights: how much a value matching a row's column counts toward choosing that row.
    weak: columns overwritten only when their value is a stub or another row's value
        (a crypto object's `name` may be the wallet's name, not the coin's).
    draw: with no value matching any row, draw a row (else leave the object alone).
    """

    name: str
    rows: tuple[Row, ...]
    aliases: dict[str, str]
    needs: frozenset[str]
    strong: frozenset[str] = frozenset()
    context: tuple[str, ...] = ()
    context_aliases: dict[str, str] = field(default_factory=dict)
    weights: dict[str, int] = field(default_factory=dict)
    weak: frozenset[str] = frozenset()
    draw: bool = True
    min_columns: int = 2


def _rows(columns: tuple[str, ...], data: tuple[tuple[object, ...], ...]) -> tuple[Row, ...]:
    return tuple(dict(zip(columns, r, strict=True)) for r in data)


AIRPORT = Kind(
    name="airport",
    rows=_rows(("iata", "icao", "name", "city", "country", "country_code", "region",
                "timezone", "lat", "lon", "elevation_ft"), AIRPORTS),
    aliases={
        "iata": "iata", "iata_code": "iata", "airport_iata": "iata", "iata_id": "iata",
        "icao": "icao", "icao_code": "icao", "airport_icao": "icao", "ident": "icao",
        "airport_name": "name", "airport": "name",
        "city": "city", "city_name": "city", "municipality": "city", "served_city": "city",
        "country": "country", "country_name": "country",
        "country_code": "country_code", "iso_country": "country_code",
        "region": "region", "province": "region",
        "timezone": "timezone", "time_zone": "timezone", "tz": "timezone",
        "timezone_id": "timezone", "tz_database_time_zone": "timezone",
        "latitude": "lat", "lat": "lat", "longitude": "lon", "lon": "lon", "lng": "lon",
        "long": "lon", "elevation_ft": "elevation_ft", "elevation": "elevation_ft",
        "elevation_feet": "elevation_ft",
    },
    context_aliases={"name": "name", "code": "iata", "airport_code": "iata"},
    needs=frozenset({"iata", "icao"}),
    strong=frozenset({"iata", "icao"}),
    context=("airport", "aviation", "airfield"),
    weights={"iata": 8, "icao": 8, "name": 4, "city": 3, "timezone": 1, "country": 1,
             "country_code": 1, "region": 1},
)

TEAM = Kind(
    name="team",
    rows=_rows(("league", "abbreviation", "city", "full_name", "name", "conference",
                "division", "stadium"), TEAMS),
    aliases={
        "abbreviation": "abbreviation", "abbr": "abbreviation", "team_abbreviation": "abbreviation",
        "tricode": "abbreviation", "team_code": "abbreviation",
        "full_name": "full_name", "team_name": "full_name", "display_name": "full_name",
        "nickname": "name", "team_nickname": "name", "mascot": "name",
        "city": "city", "team_city": "city", "location": "city",
        "conference": "conference", "division": "division",
        "stadium": "stadium", "arena": "stadium", "home_stadium": "stadium",
        "league": "league",
    },
    context_aliases={"name": "name"},
    needs=frozenset({"abbreviation", "full_name"}),
    strong=frozenset({"conference", "division"}),
    context=("team", "nba", "nfl", "basketball", "premier", "epl", "football", "soccer"),
    weights={"abbreviation": 4, "full_name": 6, "name": 4, "city": 1, "conference": 1,
             "division": 1, "stadium": 3, "league": 2},
    min_columns=3,
)

COUNTRY = Kind(
    name="country",
    rows=_rows(("name", "iso2", "iso3", "capital", "currency", "calling_code", "continent"),
               COUNTRIES),
    aliases={
        "country": "name", "country_name": "name", "common_name": "name",
        "iso2": "iso2", "iso_2": "iso2", "alpha2": "iso2", "alpha_2": "iso2", "cca2": "iso2",
        "alpha2_code": "iso2", "alpha_2_code": "iso2", "iso_alpha2": "iso2",
        "iso3": "iso3", "iso_3": "iso3", "alpha3": "iso3", "alpha_3": "iso3", "cca3": "iso3",
        "alpha3_code": "iso3", "alpha_3_code": "iso3", "iso_alpha3": "iso3",
        "capital": "capital", "capital_city": "capital",
        "currency_code": "currency", "calling_code": "calling_code", "phone_code": "calling_code",
        "dial_code": "calling_code", "dialing_code": "calling_code", "idd": "calling_code",
        "country_calling_code": "calling_code", "phone_prefix": "calling_code",
        "continent": "continent",
    },
    # Why no bare `name`: an endpoint about countries also lists their cities
    # (`get_city_by_country_code`), whose `name` is a city.
    context_aliases={"code": "iso2", "country_code": "iso2", "iso_code": "iso2",
                     "currency": "currency", "region": "continent"},
    needs=frozenset({"iso3", "capital", "calling_code", "continent", "iso2"}),
    strong=frozenset({"iso3", "capital", "calling_code"}),
    context=("country", "countries", "nation"),
    weights={"name": 6, "iso2": 5, "iso3": 5, "capital": 3, "currency": 1, "calling_code": 1,
             "continent": 1},
)

CURRENCY = Kind(
    name="currency",
    rows=_rows(("code", "name", "symbol"), CURRENCIES),
    aliases={"currency_code": "code", "currency_name": "name", "currency_symbol": "symbol"},
    # Why no bare `currency`: an object with a `currency` field HAS a currency (a
    # security, a price); one that IS a currency names its `code`.
    context_aliases={"code": "code", "iso_code": "code", "name": "name",
                     "symbol": "symbol", "iso": "code"},
    needs=frozenset({"code"}),
    context=("currenc", "forex", "exchange_rate", "exchangerate"),
    weights={"code": 6, "name": 4, "symbol": 1},
    weak=frozenset({"name", "symbol"}),
    draw=False,
)

STOCK = Kind(
    name="stock",
    rows=_rows(("symbol", "company", "exchange", "currency"), STOCKS),
    aliases={"symbol": "symbol", "ticker": "symbol", "company_name": "company",
             "long_name": "company", "longname": "company",
             "short_name": "company", "shortname": "company", "company": "company",
             "exchange": "exchange", "exchange_name": "exchange", "primary_exchange": "exchange"},
    context_aliases={"name": "company"},
    needs=frozenset({"symbol"}),
    strong=frozenset({"symbol"}),
    context=("stock", "ticker", "equity", "shares", "nasdaq", "nyse"),
    weights={"symbol": 6, "company": 4, "exchange": 1},
    weak=frozenset({"company"}),
    draw=False,
)

CRYPTO_ASSET = Kind(
    name="crypto",
    rows=_rows(("symbol", "name"), CRYPTO),
    aliases={"coin_name": "name", "asset_name": "name"},
    context_aliases={"symbol": "symbol", "ticker": "symbol", "coin": "symbol",
                     "asset": "symbol", "name": "name", "currency_name": "name"},
    needs=frozenset({"symbol"}),
    context=("crypto", "coin", "bitcoin", "blockchain", "token", "ethereum", "binance",
             "defi", "btc", "eth"),
    weights={"symbol": 6, "name": 4},
    weak=frozenset({"name"}),
    min_columns=1,
)

# Order matters: the first kind that recognises an object fills it.
KINDS: tuple[Kind, ...] = (AIRPORT, TEAM, CRYPTO_ASSET, STOCK, COUNTRY, CURRENCY)

# Stock tickers the generator draws; in a crypto context they are the wrong kind of symbol.
STOCK_SYMBOLS = frozenset(str(r["symbol"]) for r in STOCK.rows)
