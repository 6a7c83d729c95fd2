"""Streets, postcodes and phone numbers of the country a generated place is in.

Every phone used to be a `+1` number and every street an American one, so a Lisbon
customer had "+1-495-084-4883" at "730 Bryan Groves Apt. 956". `local_street(ctx)`,
`local_postcode(ctx)` and `local_phone(ctx)` read the call's place (`ctx.place_index()`)
and answer in its country: Faker's typed address provider of the matching locale
(`pt_PT`, `de_CH`, `en_AU`...), hand-written street names where Faker's locale writes
another script (Tokyo, Seoul, Dubai...), and the country's dialling code. Each locale's
values are drawn from a Faker seeded by the country code (`draw`), so output is
deterministic. The draws of every country of `LOCALE` ship in `data/locale_addresses.json`
(written by `scripts/draw_locale_addresses.py`): building a Faker for a locale costs 5-15
ms, most of it Faker listing its provider packages, paid again by every process for each
country its records visit. Never touches the network.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import orjson

from toolgen.executor.city_postcodes import into_city
from toolgen.executor.city_streets import city_addresses
from toolgen.executor.city_streets import street_city as own_street_city
from toolgen.executor.gen_context import Ctx
from toolgen.executor.pools import PLACES

# country code -> (Faker locale or "" for a hand-written list, dialling code)
LOCALE: dict[str, tuple[str, str]] = {
    "PT": ("pt_PT", "351"), "ES": ("es_ES", "34"), "FR": ("fr_FR", "33"), "DE": ("de_DE", "49"),
    "NL": ("nl_NL", "31"), "IT": ("it_IT", "39"), "AT": ("de_AT", "43"), "IE": ("en_IE", "353"),
    "GB": ("en_GB", "44"), "CH": ("de_CH", "41"), "SE": ("sv_SE", "46"), "DK": ("da_DK", "45"),
    "NO": ("no_NO", "47"), "PL": ("pl_PL", "48"), "CZ": ("cs_CZ", "420"), "TR": ("", "90"),
    "US": ("en_US", "1"), "CA": ("en_CA", "1"), "MX": ("es_MX", "52"), "BR": ("pt_BR", "55"),
    "AR": ("", "54"), "JP": ("", "81"), "KR": ("", "82"), "SG": ("", "65"), "TH": ("", "66"),
    "IN": ("en_IN", "91"), "AE": ("", "971"), "AU": ("en_AU", "61"), "NZ": ("en_NZ", "64"),
    "ZA": ("", "27"), "KE": ("", "254"), "EG": ("", "20"), "VN": ("vi_VN", "84"),
}

# Real street names, romanised, for countries whose Faker locale writes another script or
# is missing; postcodes in the country's own shape ('#' is a digit).
_HAND: dict[str, tuple[tuple[str, ...], str]] = {
    "TR": (("Istiklal Caddesi", "Bagdat Caddesi", "Halaskargazi Caddesi", "Valikonagi Caddesi"),
           "34###"),
    "AR": (("Avenida Corrientes", "Calle Florida", "Avenida Santa Fe", "Calle Defensa"),
           "C1###"),
    "JP": (("Jingumae, Shibuya-ku", "Ginza, Chuo-ku", "Umeda, Kita-ku", "Shinsaibashi, Chuo-ku"),
           "###-####"),
    "KR": (("Sejong-daero, Jung-gu", "Teheran-ro, Gangnam-gu", "Itaewon-ro, Yongsan-gu",
            "Yanghwa-ro, Mapo-gu"), "0####"),
    "SG": (("Orchard Road", "Tanjong Pagar Road", "North Bridge Road", "Holland Avenue"),
           "######"),
    "TH": (("Sukhumvit Road", "Silom Road", "Rama IV Road", "Phahonyothin Road"), "10###"),
    "AE": (("Sheikh Zayed Road", "Al Wasl Road", "Jumeirah Beach Road", "Al Khail Road"),
           "PO Box #####"),
    "ZA": (("Long Street", "Bree Street", "Kloof Street", "Main Road"), "8###"),
    "KE": (("Kenyatta Avenue", "Moi Avenue", "Ngong Road", "Waiyaki Way"), "00###"),
    "EG": (("Tahrir Street", "Qasr El Nil Street", "26th of July Street", "Talaat Harb Street"),
           "11###"),
}
_SIZE = 32
DRAWN_FILE = Path(__file__).resolve().parent / "data" / "locale_addresses.json"


@lru_cache(maxsize=64)
def _values(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(streets, postcodes) of one country: the shipped draw, else drawn now."""
    shipped = _shipped().get(code)
    return shipped if shipped is not None else draw(code)


@cache
def _shipped() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The shipped draws, by country code (empty when the file is missing)."""
    try:
        table = orjson.loads(DRAWN_FILE.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return {code: (tuple(streets), tuple(posts)) for code, (streets, posts) in table.items()}


def draw(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(streets, postcodes) of one country, drawn from Faker seeded by the code."""
    locale = LOCALE.get(code, ("en_US", "1"))[0]
    seed = int.from_bytes(code.encode(), "big")
    if not locale:
        names, shape = _HAND[code]
        streets = tuple(f"{1 + (seed * (i + 3)) % 97} {names[i % len(names)]}"
                        for i in range(_SIZE))
        posts = tuple("".join(str((seed * (i + 7) + j * 3) % 10) if c == "#" else c
                              for j, c in enumerate(shape)) for i in range(_SIZE))
        return streets, posts
    from faker import Factory  # lazy: Faker's import alone costs ~100 ms

    # Why only these providers: a full Faker(locale) costs ~60 ms to build, these ~13 ms.
    fake = Factory.create(locale, providers=["faker.providers.address",
                                             "faker.providers.person"])
    fake.seed_instance(seed)
    streets = tuple(str(fake.format("street_address")).replace("\n", ", ")
                    for _ in range(_SIZE))
    posts = tuple(str(fake.format("postcode")) for _ in range(_SIZE))
    return streets, posts


def local_postcodes(code: str) -> tuple[str, ...]:
    """The postcodes drawn for country `code`."""
    return _values(code)[1]


# Streets of one city, for a country whose hand-written streets lie in several: Shibuya
# is in Tokyo, not in Osaka ("83 Jingumae, Shibuya-ku, Osaka": bundled seed 71 #5).
_CITY_HAND: dict[str, tuple[str, ...]] = {
    "Tokyo": ("Jingumae, Shibuya-ku", "Ginza, Chuo-ku", "Akasaka, Minato-ku",
              "Nishi-Shinjuku, Shinjuku-ku"),
    "Osaka": ("Umeda, Kita-ku", "Shinsaibashi, Chuo-ku", "Namba, Chuo-ku",
              "Tennoji, Tennoji-ku"),
}


def local_streets(code: str, city: str = "") -> tuple[str, ...]:
    """The street addresses drawn for country `code`; in `city` when the country's
    hand-written streets are each one city's."""
    streets = _values(code)[0]
    own = city_addresses(code, city, len(streets)) if city else None
    if own is not None:  # "248 Queen Street West", not Faker's "8887 Kathleen Mountains"
        return own
    names = _CITY_HAND.get(city)
    return streets if names is None else _in_city(streets, names)


def street_city(street: str) -> str | None:
    """The city whose own streets hold `street` ("83 Jingumae, Shibuya-ku" is Tokyo's),
    None for a street of no one city."""
    name = street.split(" ", 1)[-1]
    return next((city for city, names in _CITY_HAND.items() if name in names),
                None) or own_street_city(street)


@lru_cache(maxsize=16)
def _in_city(streets: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """`streets`' house numbers on `names`, one city's own streets."""
    return tuple(f"{street.split(' ', 1)[0]} {names[i % len(names)]}"
                 for i, street in enumerate(streets))


def _code(ctx: Ctx) -> str:
    return PLACES[ctx.place_index()][2]


def local_street(ctx: Ctx) -> str:
    place = PLACES[ctx.place_index()]
    streets = local_streets(place[2], place[0])
    return streets[int(ctx.rand() * len(streets))]


def local_postcode(ctx: Ctx) -> str:
    posts = _values(_code(ctx))[1]
    return in_city(posts[int(ctx.rand() * len(posts))], PLACES[ctx.place_index()][0])


def in_city(postcode: str, city: str) -> str:
    """`postcode` moved among `city`'s own (`city_postcodes.into_city`: Warsaw's run 00-001
    to 04-999, Paris's 75001-75020), or as it is when `city` has none listed, it fits, or
    it is not written in the shape of the city's country (a Polish 90-811 says nothing
    about Lisbon)."""
    country = _CITY_COUNTRY.get(city.strip().lower(), "US")
    if _shape(postcode) not in _shapes(country):
        return postcode
    return into_city(postcode, city)


_CITY_COUNTRY = {row[0].lower(): row[2] for row in PLACES}
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Za-z]")


def _shape(value: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("#", value))


@cache
def _shapes(country: str) -> frozenset[str]:
    """The shapes of the postcodes drawn for `country`."""
    return frozenset(_shape(p) for p in local_postcodes(country))


def dial_code(country_code: str) -> str:
    return LOCALE.get(country_code, ("", "1"))[1]


def local_phone(ctx: Ctx) -> str:
    return phone_in(_code(ctx), ctx.bits(40))


def phone_in(country_code: str, bits: int) -> str:
    """A phone number of `country_code` made from random `bits` (North America: +1-NXX-...)."""
    dial = dial_code(country_code)
    digits = f"{bits % 10**9:09d}"
    if dial == "1":
        area = 2 + bits % 8
        return f"+1-{area}{digits[:2]}-{2 + bits % 7}{digits[2:4]}-{digits[4:8]}"
    return f"+{dial} {2 + bits % 7}{digits[:2]} {digits[2:5]} {digits[5:8]}"
