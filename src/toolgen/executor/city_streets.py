"""Real streets of the cities records are placed in, with house numbers as each country
writes them.

Faker's streets read as made up to anyone who knows the place: "8887 Kathleen Mountains
Apt. 491, Toronto" (ToolBench seed 97 #2), "1588 Catherine Stravenue Apt. 544, Vancouver",
"298, Joshi, Bengaluru" (#31), "Höfigring 6547, Munich". `city_addresses(code, city,
size)` gives `size` addresses on the city's own well-known streets ("248 Queen Street
West", "Friedrichstraße 45", "Via del Corso, 12", "12 rue de Rivoli"), the same for a
city every time; None for a city not listed here (its country's streets stand).
`street_city(street)` names the listed city a street is of. Pure.
"""

from __future__ import annotations

import random
from functools import cache

_STREETS: dict[str, tuple[str, ...]] = {
    "New York": ("Broadway", "Fifth Avenue", "Madison Avenue", "Lexington Avenue",
                 "West 57th Street", "Park Avenue", "Amsterdam Avenue", "East 14th Street"),
    "San Francisco": ("Market Street", "Mission Street", "Valencia Street",
                      "Geary Boulevard", "Hayes Street", "Columbus Avenue", "Irving Street",
                      "Fillmore Street"),
    "Chicago": ("North Michigan Avenue", "West Madison Street", "North Clark Street",
                "West Division Street", "South State Street", "North Milwaukee Avenue",
                "West Randolph Street", "North Halsted Street"),
    "Austin": ("South Congress Avenue", "East 6th Street", "Guadalupe Street",
               "South Lamar Boulevard", "Burnet Road", "East Cesar Chavez Street",
               "Barton Springs Road", "Manor Road"),
    "Seattle": ("Pike Street", "Pine Street", "1st Avenue", "Broadway East",
                "NW Market Street", "Rainier Avenue South", "Fremont Avenue North",
                "15th Avenue East"),
    "Boston": ("Boylston Street", "Newbury Street", "Tremont Street", "Washington Street",
               "Cambridge Street", "Commonwealth Avenue", "Hanover Street", "Beacon Street"),
    "Miami": ("Collins Avenue", "Biscayne Boulevard", "Brickell Avenue", "SW 8th Street",
              "Ocean Drive", "NW 2nd Avenue", "Coral Way", "Washington Avenue"),
    "Toronto": ("Queen Street West", "King Street West", "Yonge Street", "Bloor Street West",
                "Dundas Street West", "Spadina Avenue", "College Street", "Front Street East"),
    "Vancouver": ("Robson Street", "Granville Street", "West Broadway", "Commercial Drive",
                  "Main Street", "Davie Street", "West 4th Avenue", "East Hastings Street"),
    "London": ("Baker Street", "Oxford Street", "Upper Street", "Marylebone High Street",
               "Brick Lane", "King's Road", "Kensington High Street", "Borough High Street"),
    "Edinburgh": ("Princes Street", "George Street", "Rose Street", "Leith Walk",
                  "Broughton Street", "Nicolson Street", "Morningside Road", "Queen Street"),
    "Dublin": ("Grafton Street", "Dame Street", "Camden Street Lower", "Baggot Street Lower",
               "Capel Street", "Harcourt Street", "Dawson Street", "Thomas Street"),
    "Sydney": ("George Street", "Pitt Street", "Oxford Street", "Crown Street", "King Street",
               "Darlinghurst Road", "Military Road", "Glebe Point Road"),
    "Melbourne": ("Collins Street", "Swanston Street", "Bourke Street", "Brunswick Street",
                  "Chapel Street", "Flinders Lane", "Lygon Street", "Smith Street"),
    "Auckland": ("Queen Street", "Ponsonby Road", "Karangahape Road", "Dominion Road",
                 "Jervois Road", "Parnell Road", "Broadway", "Symonds Street"),
    "Mumbai": ("Linking Road", "Hill Road", "Colaba Causeway", "Marine Drive",
               "Nepean Sea Road", "SV Road", "Carter Road", "Pedder Road"),
    "Bengaluru": ("MG Road", "Brigade Road", "Old Airport Road", "Church Street",
                  "Residency Road", "Bannerghatta Road", "CMH Road", "Outer Ring Road"),
    "Berlin": ("Friedrichstraße", "Kurfürstendamm", "Torstraße", "Oranienstraße",
               "Kastanienallee", "Bergmannstraße", "Karl-Marx-Allee", "Schönhauser Allee"),
    "Munich": ("Leopoldstraße", "Maximilianstraße", "Sendlinger Straße", "Kaufingerstraße",
               "Rosenheimer Straße", "Türkenstraße", "Schellingstraße",
               "Nymphenburger Straße"),
    "Vienna": ("Mariahilfer Straße", "Kärntner Straße", "Neubaugasse", "Praterstraße",
               "Landstraßer Hauptstraße", "Wiedner Hauptstraße", "Josefstädter Straße",
               "Favoritenstraße"),
    "Zurich": ("Bahnhofstrasse", "Langstrasse", "Limmatquai", "Niederdorfstrasse",
               "Seefeldstrasse", "Badenerstrasse", "Universitätstrasse", "Europaallee"),
    "Amsterdam": ("Prinsengracht", "Keizersgracht", "Herengracht", "Damrak", "Kalverstraat",
                  "Utrechtsestraat", "Overtoom", "Ferdinand Bolstraat"),
    "Stockholm": ("Drottninggatan", "Götgatan", "Hornsgatan", "Sveavägen",
                  "Birger Jarlsgatan", "Kungsgatan", "Odengatan", "Strandvägen"),
    "Copenhagen": ("Vesterbrogade", "Nørrebrogade", "Østerbrogade", "Amagerbrogade",
                   "Gothersgade", "Istedgade", "Bredgade", "Store Kongensgade"),
    "Oslo": ("Karl Johans gate", "Bogstadveien", "Thorvald Meyers gate", "Markveien",
             "Storgata", "Hegdehaugsveien", "Trondheimsveien", "Dronning Eufemias gate"),
    "Warsaw": ("ul. Marszałkowska", "ul. Nowy Świat", "ul. Chmielna", "al. Jerozolimskie",
               "ul. Mokotowska", "ul. Puławska", "ul. Krakowskie Przedmieście", "ul. Złota"),
    "Prague": ("Václavské náměstí", "Na Příkopě", "Národní", "Vinohradská", "Karlova",
               "Dlouhá", "Spálená", "Korunní"),
    "Paris": ("rue de Rivoli", "rue Oberkampf", "boulevard Saint-Germain",
              "rue du Faubourg Saint-Antoine", "avenue des Champs-Élysées",
              "rue de la Roquette", "rue Montorgueil", "boulevard Haussmann"),
    "Lyon": ("rue de la République", "rue Mercière", "cours Lafayette", "rue Victor Hugo",
             "quai Saint-Antoine", "avenue Jean Jaurès", "rue Paul Bert", "cours Gambetta"),
    "Rome": ("Via del Corso", "Via Nazionale", "Via Cola di Rienzo", "Via dei Coronari",
             "Via Appia Nuova", "Viale di Trastevere", "Via Merulana", "Via Condotti"),
    "Milan": ("Corso Buenos Aires", "Via Torino", "Corso Como", "Via Montenapoleone",
              "Via Dante", "Corso di Porta Ticinese", "Via Paolo Sarpi", "Viale Monza"),
    "Madrid": ("Calle de Alcalá", "Gran Vía", "Calle Mayor", "Calle de Serrano",
               "Calle de Fuencarral", "Paseo de la Castellana", "Calle de Atocha",
               "Calle de Velázquez"),
    "Barcelona": ("Passeig de Gràcia", "Carrer de Balmes", "La Rambla", "Carrer d'Aragó",
                  "Avinguda Diagonal", "Carrer de Verdi", "Carrer de Mallorca",
                  "Via Laietana"),
    "Lisbon": ("Rua Augusta", "Avenida da Liberdade", "Rua da Prata", "Rua Garrett",
               "Rua do Ouro", "Avenida Almirante Reis", "Rua de São Bento",
               "Calçada do Combro"),
    "Porto": ("Rua de Santa Catarina", "Avenida dos Aliados", "Rua das Flores",
              "Rua de Cedofeita", "Rua do Almada", "Rua de Miguel Bombarda",
              "Avenida da Boavista", "Rua de Sá da Bandeira"),
    "Sao Paulo": ("Avenida Paulista", "Rua Augusta", "Rua Oscar Freire",
                  "Avenida Brigadeiro Faria Lima", "Rua da Consolação", "Rua Haddock Lobo",
                  "Avenida Rebouças", "Rua Teodoro Sampaio"),
    "Mexico City": ("Paseo de la Reforma", "Avenida Insurgentes Sur", "Calle Francisco I. "
                    "Madero", "Avenida Álvaro Obregón", "Calle Ámsterdam",
                    "Avenida Presidente Masaryk", "Calle Durango", "Avenida Chapultepec"),
}
# How a country writes a house number: after the street ("Friedrichstraße 45"), after a
# comma ("Via del Corso, 12"), else before it ("248 Queen Street West"); and how high.
_AFTER = frozenset({"DE", "AT", "CH", "NL", "SE", "DK", "NO", "PL", "CZ", "MX"})
_AFTER_COMMA = frozenset({"IT", "ES", "PT", "BR"})
_BEFORE_COMMA = frozenset({"IN"})  # "45, MG Road"
_HIGH = {"US": 2900, "CA": 1900, "BR": 2400, "MX": 480}
_LOW = 180


def city_addresses(code: str, city: str, size: int) -> tuple[str, ...] | None:
    """`size` addresses on `city`'s own streets (module doc), or None when unlisted."""
    return _addresses(code, city, size) if city in _STREETS else None


@cache
def _addresses(code: str, city: str, size: int) -> tuple[str, ...]:
    names = _STREETS[city]
    numbers = random.Random(city)  # seeded by the city: its addresses are the same in any run
    top = _HIGH.get(code, _LOW)
    return tuple(_written(code, names[i % len(names)], numbers.randint(1, top))
                 for i in range(size))


def _written(code: str, street: str, number: int) -> str:
    if code in _AFTER:
        return f"{street} {number}"
    if code in _AFTER_COMMA:
        return f"{street}, {number}"
    if code in _BEFORE_COMMA:
        return f"{number}, {street}"
    return f"{number} {street}"


@cache
def _city_of() -> dict[str, str]:
    """Street name -> its city, for names only one listed city has (Rua Augusta is both
    Lisbon's and Sao Paulo's: of no one city)."""
    cities: dict[str, set[str]] = {}
    for city, names in _STREETS.items():
        for name in names:
            cities.setdefault(name, set()).add(city)
    return {name: next(iter(found)) for name, found in cities.items() if len(found) == 1}


def street_city(street: str) -> str | None:
    """The listed city whose streets hold `street` (with or without its house number)."""
    text = street.strip()
    found = _city_of()
    for candidate in (text, text.split(" ", 1)[-1], text.rsplit(" ", 1)[0],
                      text.rsplit(",", 1)[0], text.split(", ", 1)[-1]):
        if candidate in found:
            return found[candidate]
    return None
