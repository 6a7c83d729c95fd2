"""Hand-made endpoints with messy names and realistic, varied argument values."""

from __future__ import annotations

import random

from toolgen.agents.offline import Slot, intent_of, make_goal_summary, pick_persona, slot_label
from toolgen.records.plan import Goal, Style
from toolgen.records.tools import Endpoint, Parameter

STYLES: tuple[Style, ...] = ("terse", "chatty", "formal", "casual")


def _p(name: str, required: bool = True, kind: str = "string") -> Parameter:
    return Parameter(
        name=name,
        raw_name=name,
        type_label=kind.upper(),
        json_schema={"type": kind},
        required=required,
    )


def _e(i: int, name: str, tool: str, category: str, desc: str, *params: str) -> Endpoint:
    return Endpoint(
        id=f"{category}/{tool}/{i}",
        function_name=f"f{i}",
        tool_id=f"{category}/{tool}",
        tool_name=tool,
        category=category,
        name=name,
        description=desc,
        parameters=tuple(_p(p) for p in params),
    )


HAND_MADE: tuple[Endpoint, ...] = (
    _e(
        1,
        "searchHotels",
        "StayFinder",
        "Travel",
        "Search hotels in a city",
        "city",
        "check_in_date",
        "guests",
    ),
    _e(2, "bookRoom", "StayFinder", "Travel", "Book a room", "hotel_id", "check_in_date"),
    _e(3, "Get Hotel Details", "StayFinder", "Travel", "", "hotel_id"),
    _e(4, "/v1/flights/{id}", "SkyData", "Travel", "Flight status by id", "flight_id"),
    _e(
        5,
        "GET_weather_forecast",
        "WeatherNow",
        "Weather",
        "Returns the forecast",
        "location",
        "date",
    ),
    _e(6, "JWTDecode", "Crypto Tools", "Cryptography", "decodes JSON Web Tokens", "token"),
    _e(7, "generate-password", "Secure password generator", "Tools", "", "length"),
    _e(8, "live Scores", "RugbyInfo", "Sports", "gets the live scores", "competition"),
    _e(9, "Competition News", "RugbyInfo", "Sports", "This endpoint gets articles", "competition"),
    _e(10, "Amazon Product Details", "Scrapper", "eCommerce", "", "productid"),
    _e(
        11,
        "Search",
        "Siphon AI",
        "Search",
        "Search and Get Results from Major Search Engines",
        "terms",
    ),
    _e(12, "考试点公开课程", "考试点", "Education", "", "course"),
    _e(13, "", "Public Toilets UK", "Location", "", "postcode"),
    _e(14, "convertCurrency", "FX Rates", "Finance", "Convert an amount", "amount", "from", "to"),
    _e(15, "Stock Quote", "MarketData", "Finance", "Get a real-time quote", "symbol"),
    _e(16, "translateText", "LinguaAPI", "Translation", "", "text", "target_lang"),
    _e(17, "List Recipes By Ingredient", "Cookbook", "Food", "", "ingredient"),
    _e(18, "sendEmail", "MailBox", "Email", "Send an email", "to", "subject"),
    _e(
        19, "Calculate Loan (GET)", "CalcX - Loan Calculator", "Finance", "", "loan", "rate", "term"
    ),
    _e(20, "getMovieById", "FilmDB", "Movies", "", "movie_id"),
)

VALUES: dict[str, tuple[str, ...]] = {
    "city": ("Porto", "Nairobi", "Osaka", "Denver", "Kraków", "São Paulo", "Leeds", "Hanoi"),
    "check_in_date": ("2024-05-03", "2025-01-07", "2024-08-22", "2025-03-14", "12/06/2024"),
    "date": ("2024-05-03", "tomorrow", "2025-01-07", "next Friday", "2024-12-31"),
    "guests": ("2", "4", "1", "3"),
    "hotel_id": ("H-2291", "hotel_88120", "PT-PORTO-17", "9931"),
    "flight_id": ("TP1345", "BA 2490", "LH-401", "NH7"),
    "location": ("Bergen, Norway", "Austin", "Cape Town", "Lyon"),
    "token": ("eyJhbGciOiJIUzI1NiJ9.e30.abc", "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.sig"),
    "length": ("16", "24", "32", "12"),
    "competition": ("Six Nations", "Top 14", "Super Rugby", "Premiership"),
    "productid": ("B08N5WRWNW", "B0C4XQ9L2", "B07FZ8S74R"),
    "terms": ("best hiking boots 2024", "how to fix a leaking tap", "vegan ramen Porto"),
    "course": ("高等数学", "英语四级", "计算机基础"),
    "postcode": ("SW1A 1AA", "M1 1AE", "EH1 2NG"),
    "amount": ("250", "1,200.50", "75", "9.99"),
    "from": ("EUR", "USD", "GBP", "JPY"),
    "to": ("JPY", "BRL", "CHF", "maria.silva@example.com", "kwame@example.org"),
    "symbol": ("AAPL", "TSLA", "NVDA", "MSFT"),
    "text": ("Where is the train station?", "Thank you for your help", "I'd like a coffee"),
    "target_lang": ("pt", "ja", "de", "es"),
    "ingredient": ("chickpeas", "smoked paprika", "miso", "fresh basil"),
    "subject": ("Invoice #4471 overdue", "Team offsite plan", "Quick question about Monday"),
    "loan": ("250000", "18000", "5000"),
    "rate": ("4.5", "6.25", "3.9"),
    "term": ("30", "15", "5"),
    "movie_id": ("tt0111161", "tt4154796", "550"),
}


def slots_for(endpoint: Endpoint, rng: random.Random) -> list[Slot]:
    out = []
    for p in endpoint.parameters:
        pool = VALUES[p.name]
        out.append(Slot(p.name, slot_label(p.name), pool[int(rng.random() * len(pool))]))
    return out


def make_case(rng: random.Random) -> tuple[Goal, list, list[Slot]]:
    """A goal, 1-3 intents (first + random others) and the first endpoint's slots."""
    first = HAND_MADE[int(rng.random() * len(HAND_MADE))]
    others = rng.sample(HAND_MADE, int(rng.random() * 3))
    eps = [first, *[o for o in others if o is not first]]
    intents = [intent_of(e) for e in eps]
    style = STYLES[int(rng.random() * len(STYLES))]
    persona = pick_persona(first.category, rng)
    goal = Goal(
        persona=persona,
        style=style,
        domain=first.category,
        summary=make_goal_summary(persona, style, intents, first.category, rng),
    )
    return goal, intents, slots_for(first, rng)
