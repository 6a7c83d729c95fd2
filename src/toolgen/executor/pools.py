"""Pre-drawn value pools: the one place Faker is called, once per executor.

Only Faker's typed providers are used (names, companies, streets, postcodes, phones,
domains, colours, jobs); free text never comes from Faker (no lorem, no catch-phrases):
titles and sentences are written in the endpoint's own vocabulary (`vocab.py`).

Faker is slow (tens of microseconds per value), so `Pools.build(seed, size)` draws
`size` values of each kind up front from a seeded Faker, and sessions then index into
these lists with their own `random.Random`. Places come from a fixed list of real
cities so a city, its country, country code, currency and coordinates agree. Never
touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass

# (city, country, country code, currency, latitude, longitude, timezone, region)
PLACES: tuple[tuple[str, str, str, str, float, float, str, str], ...] = (
    ("Lisbon", "Portugal", "PT", "EUR", 38.7223, -9.1393, "Europe/Lisbon", "Lisboa"),
    ("Porto", "Portugal", "PT", "EUR", 41.1579, -8.6291, "Europe/Lisbon", "Norte"),
    ("Madrid", "Spain", "ES", "EUR", 40.4168, -3.7038, "Europe/Madrid", "Madrid"),
    ("Barcelona", "Spain", "ES", "EUR", 41.3874, 2.1686, "Europe/Madrid", "Catalonia"),
    ("Paris", "France", "FR", "EUR", 48.8566, 2.3522, "Europe/Paris", "Ile-de-France"),
    ("Lyon", "France", "FR", "EUR", 45.764, 4.8357, "Europe/Paris", "Auvergne-Rhone-Alpes"),
    ("Berlin", "Germany", "DE", "EUR", 52.52, 13.405, "Europe/Berlin", "Berlin"),
    ("Munich", "Germany", "DE", "EUR", 48.1351, 11.582, "Europe/Berlin", "Bavaria"),
    ("Amsterdam", "Netherlands", "NL", "EUR", 52.3676, 4.9041, "Europe/Amsterdam", "North Holland"),
    ("Rome", "Italy", "IT", "EUR", 41.9028, 12.4964, "Europe/Rome", "Lazio"),
    ("Milan", "Italy", "IT", "EUR", 45.4642, 9.19, "Europe/Rome", "Lombardy"),
    ("Vienna", "Austria", "AT", "EUR", 48.2082, 16.3738, "Europe/Vienna", "Vienna"),
    ("Dublin", "Ireland", "IE", "EUR", 53.3498, -6.2603, "Europe/Dublin", "Leinster"),
    ("London", "United Kingdom", "GB", "GBP", 51.5074, -0.1278, "Europe/London", "England"),
    ("Edinburgh", "United Kingdom", "GB", "GBP", 55.9533, -3.1883, "Europe/London", "Scotland"),
    ("Zurich", "Switzerland", "CH", "CHF", 47.3769, 8.5417, "Europe/Zurich", "Zurich"),
    ("Stockholm", "Sweden", "SE", "SEK", 59.3293, 18.0686, "Europe/Stockholm", "Stockholm"),
    ("Copenhagen", "Denmark", "DK", "DKK", 55.6761, 12.5683, "Europe/Copenhagen", "Capital Region"),
    ("Oslo", "Norway", "NO", "NOK", 59.9139, 10.7522, "Europe/Oslo", "Oslo"),
    ("Warsaw", "Poland", "PL", "PLN", 52.2297, 21.0122, "Europe/Warsaw", "Masovia"),
    ("Prague", "Czechia", "CZ", "CZK", 50.0755, 14.4378, "Europe/Prague", "Prague"),
    ("Istanbul", "Turkey", "TR", "TRY", 41.0082, 28.9784, "Europe/Istanbul", "Marmara"),
    ("New York", "United States", "US", "USD", 40.7128, -74.006, "America/New_York", "New York"),
    ("San Francisco", "United States", "US", "USD",
     37.7749, -122.4194, "America/Los_Angeles", "California"),
    ("Chicago", "United States", "US", "USD", 41.8781, -87.6298, "America/Chicago", "Illinois"),
    ("Austin", "United States", "US", "USD", 30.2672, -97.7431, "America/Chicago", "Texas"),
    ("Seattle", "United States", "US", "USD",
     47.6062, -122.3321, "America/Los_Angeles", "Washington"),
    ("Boston", "United States", "US", "USD",
     42.3601, -71.0589, "America/New_York", "Massachusetts"),
    ("Miami", "United States", "US", "USD", 25.7617, -80.1918, "America/New_York", "Florida"),
    ("Toronto", "Canada", "CA", "CAD", 43.6532, -79.3832, "America/Toronto", "Ontario"),
    ("Vancouver", "Canada", "CA", "CAD",
     49.2827, -123.1207, "America/Vancouver", "British Columbia"),
    ("Mexico City", "Mexico", "MX", "MXN", 19.4326, -99.1332, "America/Mexico_City", "CDMX"),
    ("Sao Paulo", "Brazil", "BR", "BRL", -23.5505, -46.6333, "America/Sao_Paulo", "Sao Paulo"),
    ("Buenos Aires", "Argentina", "AR", "ARS",
     -34.6037, -58.3816, "America/Argentina/Buenos_Aires", "Buenos Aires"),
    ("Tokyo", "Japan", "JP", "JPY", 35.6762, 139.6503, "Asia/Tokyo", "Kanto"),
    ("Osaka", "Japan", "JP", "JPY", 34.6937, 135.5023, "Asia/Tokyo", "Kansai"),
    ("Seoul", "South Korea", "KR", "KRW", 37.5665, 126.978, "Asia/Seoul", "Seoul"),
    ("Singapore", "Singapore", "SG", "SGD", 1.3521, 103.8198, "Asia/Singapore", "Central"),
    ("Bangkok", "Thailand", "TH", "THB", 13.7563, 100.5018, "Asia/Bangkok", "Bangkok"),
    ("Mumbai", "India", "IN", "INR", 19.076, 72.8777, "Asia/Kolkata", "Maharashtra"),
    ("Bengaluru", "India", "IN", "INR", 12.9716, 77.5946, "Asia/Kolkata", "Karnataka"),
    ("Dubai", "United Arab Emirates", "AE", "AED", 25.2048, 55.2708, "Asia/Dubai", "Dubai"),
    ("Sydney", "Australia", "AU", "AUD", -33.8688, 151.2093, "Australia/Sydney", "New South Wales"),
    ("Melbourne", "Australia", "AU", "AUD", -37.8136, 144.9631, "Australia/Melbourne", "Victoria"),
    ("Auckland", "New Zealand", "NZ", "NZD", -36.8485, 174.7633, "Pacific/Auckland", "Auckland"),
    ("Cape Town", "South Africa", "ZA", "ZAR",
     -33.9249, 18.4241, "Africa/Johannesburg", "Western Cape"),
    ("Nairobi", "Kenya", "KE", "KES", -1.2921, 36.8219, "Africa/Nairobi", "Nairobi"),
    ("Cairo", "Egypt", "EG", "EGP", 30.0444, 31.2357, "Africa/Cairo", "Cairo"),
)

# IATA codes of the PLACES cities, same order.
IATA = (
    "LIS", "OPO", "MAD", "BCN", "CDG", "LYS", "BER", "MUC", "AMS", "FCO", "MXP", "VIE", "DUB",
    "LHR", "EDI", "ZRH", "ARN", "CPH", "OSL", "WAW", "PRG", "IST", "JFK", "SFO", "ORD", "AUS",
    "SEA", "BOS", "MIA", "YYZ", "YVR", "MEX", "GRU", "EZE", "HND", "KIX", "ICN", "SIN", "BKK",
    "BOM", "BLR", "DXB", "SYD", "MEL", "AKL", "CPT", "NBO", "CAI",
)

AIRLINES = (
    "TAP Air Portugal", "Iberia", "Air France", "Lufthansa", "KLM", "British Airways",
    "Ryanair", "easyJet", "Delta Air Lines", "United Airlines", "American Airlines",
    "Air Canada", "Emirates", "Qatar Airways", "Singapore Airlines", "ANA", "Qantas",
    "Turkish Airlines", "LATAM", "Swiss",
)
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "SEK")
LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "ja", "nl")
STATUSES = ("active", "confirmed", "pending", "completed", "available", "processing")
CATEGORIES = (
    "standard", "premium", "economy", "business", "family", "outdoor", "electronics",
    "books", "travel", "food", "music", "sports", "health", "finance", "news",
)
GENDERS = ("female", "male", "non-binary")
ROLES = ("admin", "editor", "viewer", "member", "owner")
PRODUCT_ADJ = (
    "Classic", "Ultra", "Smart", "Eco", "Pro", "Compact", "Deluxe", "Wireless", "Vintage",
    "Organic", "Portable", "Premium",
)
PRODUCT_NOUN = (
    "Headphones", "Backpack", "Coffee Maker", "Desk Lamp", "Water Bottle", "Sneakers",
    "Keyboard", "Notebook", "Blender", "Jacket", "Speaker", "Camera", "Watch", "Tent",
)
SYMBOLS = ("AAPL", "MSFT", "GOOGL", "AMZN", "TSLA", "NVDA", "META", "NFLX", "IBM", "ORCL")


def handle(first: str, last: str, i: int) -> str:
    """A person's handle from their own name: `martha_taylor`, `ricky.davila38`."""
    f = "".join(c for c in first.lower() if c.isalpha())
    la = "".join(c for c in last.lower() if c.isalpha())
    return f"{f}{'_.'[i % 2]}{la}" + (str(i % 97) if i % 3 == 0 else "")


@dataclass(frozen=True, slots=True)
class Pools:
    """Lists of realistic values, indexed by sessions; built once per executor."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    persons: tuple[str, ...]
    usernames: tuple[str, ...]
    companies: tuple[str, ...]
    streets: tuple[str, ...]
    postcodes: tuple[str, ...]
    phones: tuple[str, ...]
    domains: tuple[str, ...]
    colors: tuple[str, ...]
    jobs: tuple[str, ...]

    @staticmethod
    def build(seed: int, size: int = 256) -> Pools:
        """Draw every pool from one seeded Faker; the only Faker use in the executor."""
        from faker import Faker  # lazy: Faker's import alone costs ~100 ms

        fake = Faker("en_US")
        fake.seed_instance(seed)
        size = max(8, size)
        firsts = tuple(fake.first_name() for _ in range(size))
        lasts = tuple(fake.last_name() for _ in range(size))
        # Row i of persons, usernames, first and last names is one person (`persons.py`).
        persons = tuple(f"{firsts[i]} {lasts[i]}" for i in range(size))
        users = tuple(handle(firsts[i], lasts[i], i) for i in range(size))
        return Pools(
            first_names=firsts,
            last_names=lasts,
            persons=persons,
            usernames=users,
            companies=tuple(fake.company() for _ in range(size)),
            streets=tuple(fake.street_address() for _ in range(size)),
            postcodes=tuple(fake.postcode() for _ in range(size)),
            phones=tuple(
                f"+1-{fake.numerify('###')}-{fake.numerify('###')}-{fake.numerify('####')}"
                for _ in range(size)
            ),
            domains=tuple(fake.domain_name() for _ in range(size)),
            colors=tuple(fake.color_name() for _ in range(max(8, size // 4))),
            jobs=tuple(fake.job() for _ in range(max(8, size // 4))),
        )
