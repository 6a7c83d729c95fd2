"""Believable magnitudes for numbers their schema types only as "number" or "integer".

A field typed `number` with no bounds used to draw 1-999: a meal with 980 servings,
humidity 647, an interest rate of 387%. A reader knows the scale of many fields from
their name alone; `scaled_gen(key, kind, integer)` returns a generator drawing inside
that scale (servings 1-8, humidity 20-95, an interest rate 1-12, a forecast of 1-14
days, a loan term of 5-30 years, a 5-digit zip, a probability 0-1), or None when the
name says nothing and the caller keeps its own generator. Only names are read; a range
the schema or its description states always wins (the caller checks that first).
`kind_gen(key, about, integer)` draws first, where the endpoint's words say what the field
measures (`quantity_kinds`: a chess rating 1400-2850, a building's height 40-830 m).
Pure, no Faker, never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor.quantity_kinds import quantity_kind
from toolgen.executor.values import normalize_key

# (low, high, decimals) ; decimals 0 means a whole number.
Scale = tuple[float, float, int]

# Exact snake names first: the whole name is one well-known field.
_EXACT: dict[str, Scale] = {
    "servings": (1, 8, 0), "serves": (1, 8, 0), "portions": (1, 8, 0), "yield": (1, 8, 0),
    "num_servings": (1, 8, 0), "number_of_servings": (1, 8, 0),
    "quantity": (1, 5, 0), "qty": (1, 5, 0),
    # the numbers whose multiples are summed: 851 has no multiple between 10 and 60
    "multiple": (2, 12, 0), "multiples": (2, 12, 0), "divisor": (2, 12, 0),
    "interest_rate": (1.5, 11.5, 2), "annual_interest_rate": (1.5, 11.5, 2),
    "apr": (3, 24, 2), "apy": (0.5, 5, 2), "rate_of_interest": (1.5, 11.5, 2),
    "tax_rate": (3, 25, 1), "vat_rate": (5, 25, 0), "growth_rate": (1, 12, 1),
    "discount_rate": (2, 10, 1), "inflation_rate": (1, 8, 1), "dividend_yield": (0.5, 6, 2),
    "loan_term": (5, 30, 0), "term": (5, 30, 0), "term_years": (5, 30, 0),
    "loan_term_years": (5, 30, 0), "term_months": (12, 72, 0), "loan_term_months": (12, 72, 0),
    "days": (1, 14, 0), "num_days": (1, 14, 0), "number_of_days": (1, 14, 0),
    "forecast_days": (1, 14, 0), "days_ahead": (1, 14, 0), "weeks": (1, 12, 0),
    "months": (1, 24, 0), "years": (1, 30, 0), "num_years": (1, 30, 0), "hours": (1, 12, 0),
    "operating_hours": (6, 24, 0), "opening_hours": (6, 24, 0),
    "humidity": (20, 95, 0), "min_humidity": (20, 60, 0), "max_humidity": (60, 95, 0),
    "relative_humidity": (20, 95, 0), "cloud_cover": (0, 100, 0), "uv_index": (0, 11, 0),
    "feels_like": (-5, 35, 1), "dew_point": (-5, 22, 1), "wind_speed": (2, 45, 1),
    "wind_gust": (5, 70, 1), "pressure": (990, 1035, 0), "visibility": (1, 10, 1),
    "precipitation": (0, 25, 1), "rainfall": (0, 25, 1), "snowfall": (0, 20, 1),
    "efficiency": (10, 90, 1), "accuracy": (70, 99, 1), "occupancy": (40, 98, 0),
    "utilization": (10, 95, 0), "utilisation": (10, 95, 0), "battery": (5, 100, 0),
    "battery_level": (5, 100, 0),
    "probability": (0.05, 0.95, 2), "p": (0.05, 0.95, 2), "p_value": (0.001, 0.2, 3),
    "pvalue": (0.001, 0.2, 3), "likelihood": (0.05, 0.95, 2), "confidence": (0.5, 0.99, 2),
    "calories": (80, 900, 0), "kcal": (80, 900, 0), "protein": (2, 60, 0), "fat": (1, 45, 0),
    "carbs": (5, 90, 0), "carbohydrates": (5, 90, 0), "sugar": (0, 40, 0), "fiber": (0, 15, 0),
    "prep_time": (5, 60, 0), "cook_time": (10, 120, 0), "prep_time_minutes": (5, 60, 0),
    "cook_time_minutes": (10, 120, 0), "ready_in_minutes": (10, 120, 0),
    "zip": (10000, 99950, 0), "zipcode": (10000, 99950, 0), "zip_code": (10000, 99950, 0),
    "postal_code": (10000, 99950, 0), "postcode": (10000, 99950, 0),
    "contact_no": (2025550100, 9899999999, 0), "phone": (2025550100, 9899999999, 0),
    "phone_number": (2025550100, 9899999999, 0), "mobile": (2025550100, 9899999999, 0),
    "level": (1, 40, 0), "starting_level": (1, 10, 0), "rank": (1, 100, 0),
    "position": (1, 20, 0), "priority": (1, 5, 0), "floor": (1, 25, 0),
    "bedrooms": (1, 5, 0), "bathrooms": (1, 3, 0), "beds": (1, 4, 0),
    "speed": (10, 120, 0), "speed_kmh": (10, 120, 0), "mileage": (5000, 120000, 0),
    "heart_rate": (55, 150, 0), "steps": (1500, 18000, 0), "bpm": (60, 180, 0),
    "sleep_hours": (5, 9, 1), "bmi": (17, 34, 1), "blood_pressure": (95, 150, 0),
    "attendance": (200, 60000, 0), "seats": (1, 4, 0),
    "episodes": (6, 24, 0), "seasons": (1, 8, 0), "pages": (120, 650, 0),
    "page_count": (120, 650, 0), "runtime": (85, 170, 0), "track_number": (1, 14, 0),
    "duration_minutes": (5, 180, 0), "duration_seconds": (120, 360, 0),
    "followers": (10, 5000, 0), "following": (10, 900, 0), "likes": (0, 2500, 0),
    "views": (50, 90000, 0), "shares": (0, 400, 0), "comments": (0, 300, 0),
    "outstanding_shares": (1_000_000, 900_000_000, 0), "shares_outstanding": (1_000_000,
                                                                               900_000_000, 0),
    "total_payout": (100_000, 50_000_000, 0), "nonce": (0, 250, 0), "confirmations": (1, 120, 0),
    "gas_limit": (21000, 250000, 0), "gas_price": (5, 80, 0), "block_number": (18_000_000,
                                                                               19_500_000, 0),
    "magnitude": (2.5, 6.8, 1), "depth": (2, 60, 1), "elevation": (0, 2500, 0),
    "altitude": (0, 11000, 0), "population": (10_000, 5_000_000, 0), "area": (10, 900, 0),
    "image_width": (320, 1920, 0), "image_height": (240, 1080, 0), "border": (0, 4, 0),
    "margin": (0, 20, 0), "padding": (0, 20, 0), "opacity": (0.2, 1, 1),
    "discount": (5, 40, 0), "discount_percent": (5, 40, 0), "tip_percentage": (10, 20, 0),
    "score": (0, 100, 0), "upstream": (0, 500, 0), "downstream": (0, 500, 0),
    "trials": (10, 100, 0), "successes": (0, 10, 0), "sample_size": (30, 1000, 0),
    "charge": (0.1, 20, 2), "mass": (0.5, 200, 1), "energy": (10, 5000, 1),
    "biomass": (5, 900, 1), "frequency": (20, 20000, 0), "voltage": (1.5, 240, 1),
    "resistance": (1, 1000, 0), "power": (10, 3000, 0),
    "acceleration": (0.5, 15, 1), "velocity": (1, 60, 1), "time": (1, 60, 1),
    "century": (15, 21, 0), "season": (2015, 2024, 0), "total_pages": (2, 20, 0),
    "prob": (0.05, 0.95, 2), "topn": (3, 10, 0), "top_n": (3, 10, 0), "top_k": (3, 10, 0),
    # yes/no settings a schema types as numbers: 0 or 1, never "enabled: 191.83"
    "enabled": (0, 1, 0), "disabled": (0, 1, 0), "admin": (0, 1, 0), "active": (0, 1, 0),
    "verified": (0, 1, 0), "archived": (0, 1, 0), "deleted": (0, 1, 0),
    "visible": (0, 1, 0),
}

# A part of the snake name that fixes the scale wherever it stands (`hotel_rating_count`
# is not a rating: counts are tested first).
_PARTS: tuple[tuple[frozenset[str], Scale], ...] = (
    (frozenset({"count", "counts", "votes", "reviews", "num", "total"}), (0, 0, -1)),
    (frozenset({"servings", "portions"}), (1, 8, 0)),
    (frozenset({"humidity"}), (20, 95, 0)),
    (frozenset({"efficiency", "occupancy", "utilization", "accuracy"}), (10, 95, 1)),
    (frozenset({"percent", "percentage", "pct"}), (1, 95, 1)),
    (frozenset({"probability", "likelihood"}), (0.05, 0.95, 2)),
    (frozenset({"confidence"}), (0.5, 0.99, 2)),
    (frozenset({"interest", "apr"}), (1.5, 11.5, 2)),
    (frozenset({"calories", "kcal"}), (80, 900, 0)),
    (frozenset({"days"}), (1, 14, 0)),
    (frozenset({"hours"}), (1, 12, 0)),
    (frozenset({"weeks"}), (1, 12, 0)),
    (frozenset({"years"}), (1, 30, 0)),
    (frozenset({"speed", "wind"}), (2, 45, 1)),
    (frozenset({"temperature", "temp", "celsius"}), (-5, 35, 1)),
    (frozenset({"fahrenheit"}), (25, 95, 1)),
    (frozenset({"pressure"}), (990, 1035, 0)),
    (frozenset({"zip", "zipcode", "postcode"}), (10000, 99950, 0)),
    (frozenset({"timestamp", "epoch"}), (1735689600, 1780000000, 0)),
)

# Things done so often a day, a week or a month (`meat_meals_per_week`, `trips_per_day`).
_PER: dict[str, Scale] = {"day": (1, 8, 0), "week": (1, 14, 0), "month": (1, 30, 0)}

# The kinds `values.number_kind` already scales well; a name is only consulted for these.
_WEAK_KINDS = frozenset({"number", "count", "money", "measure", "duration", "percent",
                         "ratio", "rating", "distance", "small_count"})


@lru_cache(maxsize=16384)
def scale_of(key: str) -> Scale | None:
    """The believable (low, high, decimals) of a numeric field called `key`, if known."""
    nk = normalize_key(key)
    if not nk:
        return None
    exact = _EXACT.get(nk)
    if exact is not None:
        return exact
    per = _PER.get(nk.rsplit("_", 1)[-1]) if "_per_" in nk else None
    if per is not None:
        return per  # 831 meat meals a week (BFCL seed 83 #7): a rate of a person's habits
    parts = frozenset(nk.split("_"))
    for words, scale in _PARTS:
        if parts & words:
            return None if scale[2] < 0 else scale
    return None


def kind_gen(key: str, about: str, integer: bool) -> Callable[[Any], Any] | None:
    """A generator inside the range of the quantity `key` measures in the endpoint text
    `about` (`quantity_kinds`), or None when its kind is unknown or not drawn."""
    found = quantity_kind(key, about) if key else None
    if found is None or found.drawn is None:
        return None
    return _between(found.drawn, integer)


def _between(scale: Scale, integer: bool) -> Callable[[Any], Any]:
    lo, hi, decimals = scale
    if integer or decimals == 0:
        low, high = int(lo), int(hi)
        width = high - low + 1
        return lambda ctx: low + int(ctx.rand() * width)
    span = hi - lo
    return lambda ctx: round(lo + ctx.rand() * span, decimals)


def scaled_gen(key: str, kind: str, integer: bool) -> Callable[[Any], Any] | None:
    """A generator inside the scale the name implies, or None (keep the kind's generator).

    Only weak kinds are rescaled: a latitude, an epoch or a page keeps its own generator.
    """
    if not key or kind not in _WEAK_KINDS:
        return None
    scale = scale_of(key)
    if scale is None:
        return None
    return _between(scale, integer)
