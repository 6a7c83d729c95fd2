"""Calculations computed from a call's arguments: what a calculator endpoint answers.

`formula_for(words)` recognises a calculation from the words of an endpoint's own name
(`calculate_loan` -> a loan payment, `math_gcd` -> a greatest common divisor,
`geometry_area_circle` -> pi r^2) and returns a `Formula`: the key its answer is called
and a function computing it from the normalised arguments (None when an argument it
needs is missing or out of range, so the caller keeps its drawn number). A reviewer
recomputing the answer gets the same figure; the arguments are read through
`formula_args`. Pure, deterministic, never touches the network.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from toolgen.executor.formula_args import Args, arg, num, numbers_of, rate_of
from toolgen.executor.function_calc import (
    definite_integral,
    derivative_at,
    intersection_points,
    zero_points,
)
from toolgen.executor.list_formulas import (
    LIST_SCHEMA,
    RECORDS_SCHEMA,
    TEXT_SCHEMA,
    extracted,
    reversed_text,
    sorted_list,
)


class Invalid(str):
    """What a calculation answers when its inputs admit no answer (sides that form no
    triangle, no real root): the reason, said as the API would say it."""


@dataclass(frozen=True, slots=True)
class Formula:
    """The answer key of a calculation and how to compute it from the arguments."""

    key: str
    compute: Callable[[Args], Any]
    # The answer's JSON schema when it is not a number (a list of factors, a yes/no).
    answer: dict[str, Any] | None = None


def _r(x: float, digits: int = 2) -> float:
    return round(x, digits)


def _loan(args: Args) -> float | None:
    p = arg(args, "principal", "loan_amount", "loan", "amount")
    r = arg(args, "interest_rate", "annual_rate", "rate", "interest")
    years = arg(args, "years", "loan_term", "term", "duration", "period")
    months = arg(args, "months")
    if p is None or r is None or p <= 0 or r < 0:
        return None
    n = months if months else (years * 12 if years else None)
    if not n or n <= 0 or n > 1200:
        return None
    i = rate_of(r) / 12
    pay = p / n if i == 0 else p * i / (1 - (1 + i) ** -n)
    return _r(pay)


def _factorial(args: Args) -> int | float | str | None:
    """Exact up to 20!, a float up to 170!, beyond that scientific notation as text (a
    JSON number that large is no number a client can read)."""
    n = arg(args, "number", "n", "num", "value")
    if n is None or n < 0 or n != int(n) or n > 100_000:
        return None
    if n <= 20:
        return math.factorial(int(n))
    if n <= 170:
        return float(f"{math.factorial(int(n)):.6e}")
    log10 = math.lgamma(n + 1) / math.log(10)
    exp = int(log10)
    return f"{10 ** (log10 - exp):.4f}e+{exp}"


def _pair(args: Args) -> tuple[int, int] | None:
    a = arg(args, "num1", "number1", "a", "first", "x")
    b = arg(args, "num2", "number2", "b", "second", "y")
    if a is None or b is None or a != int(a) or b != int(b):
        nums = numbers_of(args)
        if len(nums) < 2:
            return None
        a, b = nums[0], nums[1]
    return int(a), int(b)


def _gcd(args: Args) -> int | None:
    ab = _pair(args)
    return math.gcd(*ab) if ab else None


def _lcm(args: Args) -> int | None:
    ab = _pair(args)
    return math.lcm(*ab) if ab else None


def _power(args: Args) -> float | int | str | None:
    b, e = arg(args, "base"), arg(args, "exponent", "power")
    m = arg(args, "mod", "modulus")
    if b is None or e is None:
        return None
    if m and b == int(b) and e == int(e) and e >= 0:
        return pow(int(b), int(e), int(m))
    try:
        v = b**e
    except (OverflowError, ZeroDivisionError):
        v = math.inf
    if isinstance(v, (int, float)) and math.isfinite(v) and abs(v) < 1e15:
        return _r(v, 4)
    if b > 0:  # too large for a JSON number: scientific notation, as calculators show it
        log10 = e * math.log10(b)
        exp = math.floor(log10)
        return f"{10 ** (log10 - exp):.4f}e{'+' if exp >= 0 else ''}{exp}"
    return None


def _bmi(args: Args) -> float | None:
    kg = arg(args, "weight_kg", "weight")
    h = arg(args, "height_m", "height_cm", "height")
    if not kg or not h or kg <= 0 or h <= 0:
        return None
    # The key says the unit (`height_m`, `height_cm`); else a height over 3 is in cm.
    if "height_m" in args or "height_meters" in args:
        metres = h
    elif "height_cm" in args:
        metres = h / 100
    else:
        metres = h / 100 if h > 3 else h
    return _r(kg / metres**2, 1)


def _hypot(args: Args) -> float | None:
    a = arg(args, "x", "a", "side1", "side_a")
    b = arg(args, "y", "b", "side2", "side_b")
    return _r(math.hypot(a, b)) if a is not None and b is not None else None


def _circle_area(args: Args) -> float | None:
    r = arg(args, "radius", "r")
    if r is not None and args.get("isDiameter") is True:  # BFCL's flag: it is a diameter
        r /= 2
    return _r(math.pi * r * r) if r is not None and r >= 0 else None


def _circumference(args: Args) -> float | None:
    r = arg(args, "radius", "r")
    if r is None and (d := arg(args, "diameter")) is not None:
        r = d / 2
    return _r(2 * math.pi * r) if r is not None and r >= 0 else None


def _triangle_area(args: Args) -> float | Invalid | None:
    b, h = arg(args, "base"), arg(args, "height")
    if b is not None and h is not None:
        return _r(0.5 * b * h)
    a, b2, c = arg(args, "side1", "a"), arg(args, "side2", "b"), arg(args, "side3", "c")
    if a is None or b2 is None or c is None:
        return None
    area = heron(a, b2, c)
    return area if area is not None else Invalid("The sides given do not form a triangle.")


def heron(a: float, b: float, c: float) -> float | None:
    """The area of the triangle with sides `a`, `b`, `c` (Heron), rounded; None when the
    sides form no triangle."""
    s = (a + b + c) / 2
    sq = s * (s - a) * (s - b) * (s - c)
    return _r(math.sqrt(sq)) if sq > 0 else None


def _rectangle_area(args: Args) -> float | None:
    a = arg(args, "length", "side", "width")
    b = arg(args, "width", "breadth", "side")
    return _r(a * b) if a is not None and b is not None else None


def _average(args: Args) -> float | None:
    nums = numbers_of(args)
    return _r(sum(nums) / len(nums)) if nums else None


def _sum(args: Args) -> float | None:
    nums = numbers_of(args)
    return _r(sum(nums)) if nums else None


def _interest(compound: bool) -> Callable[[Args], float | None]:
    def compute(args: Args) -> float | None:
        p = arg(args, "principal", "principle", "initial_amount", "amount",
                "initial_investment", "investment_amount", "deposit")
        r = arg(args, "rate", "interest_rate", "annual_rate", "rate_of_return",
                "annual_return")
        t = arg(args, "time", "years", "duration", "period", "time_years", "time_in_years")
        if p is None or r is None or t is None or t < 0 or t > 200:
            return None
        n = arg(args, "compounds_per_year", "compound_freq", "n", "times_compounded",
                "compounding_freq", "compounding_frequency") or 1
        rate = rate_of(r)
        if not compound:
            return _r(p * rate * t)
        try:
            return _r(p * (1 + rate / n) ** (n * t) - p)
        except OverflowError:
            return None
    return compute


def _future_value(args: Args) -> float | None:
    """The sum grown at its yearly rate, plus each year's contribution (paid at the end of
    the year) grown to the end."""
    p = arg(args, "initial_investment", "present_value", "principal", "amount")
    r = arg(args, "rate_of_return", "interest_rate", "annual_rate", "rate")
    t = arg(args, "years", "time", "periods")
    if p is None or r is None or t is None or t < 0 or t > 200:
        return None
    c = arg(args, "contribution", "annual_contribution", "yearly_contribution") or 0.0
    rate = rate_of(r)
    try:
        growth = (1 + rate) ** t
    except OverflowError:
        return None
    saved = c * t if rate == 0 else c * (growth - 1) / rate
    return _r(p * growth + saved)


def _displacement(args: Args) -> float | None:
    v = arg(args, "initial_speed", "initial_velocity", "velocity", "speed") or 0.0
    a = arg(args, "acceleration") or 0.0
    t = arg(args, "time")
    return _r(v * t + 0.5 * a * t * t) if t is not None else None


def _final_speed(args: Args) -> float | None:
    """v + a t; for a fall from a height with no acceleration given, sqrt(v^2 + 2 g h)."""
    v = arg(args, "initial_speed", "initial_velocity") or 0.0
    a = arg(args, "acceleration")
    t = arg(args, "time")
    if a is not None and t is not None:
        return _r(v + a * t)
    h = arg(args, "height")
    if h is not None and h >= 0:
        return _r(math.sqrt(v * v + 2 * 9.81 * h))
    if t is not None:
        return _r(v + 9.81 * t)  # free fall
    return None


def _weighted_sum(args: Args) -> float | None:
    """Fitness as the sum of each trait's value times its contribution."""
    lists = [v for v in args.values() if isinstance(v, list) and v]
    if len(lists) < 2 or len(lists[0]) != len(lists[1]):
        return None
    pairs = [(num(a), num(b)) for a, b in zip(lists[0], lists[1], strict=True)]
    if any(a is None or b is None for a, b in pairs):
        return None
    return _r(sum(a * b for a, b in pairs if a is not None and b is not None))


def _acceleration(args: Args) -> float | None:
    v0 = arg(args, "initial_speed", "initial_velocity") or 0.0
    v1 = arg(args, "final_speed", "final_velocity")
    t = arg(args, "time")
    return _r((v1 - v0) / t) if v1 is not None and t else None


def _ratio(num: tuple[str, ...], den: tuple[str, ...], scale: float = 1.0,
           digits: int = 4) -> Callable[[Args], float | None]:
    def compute(args: Args) -> float | None:
        a, b = arg(args, *num), arg(args, *den)
        return _r(a / b * scale, digits) if a is not None and b else None
    return compute


def _square_root(args: Args) -> float | None:
    x = arg(args, "number", "num", "x", "value")
    return _r(math.sqrt(x), 6) if x is not None and x >= 0 else None


def _wave_velocity(args: Args) -> float | None:
    """v = f * lambda: a wave's speed is its frequency times its wavelength."""
    f, lam = arg(args, "frequency", "freq"), arg(args, "wavelength")
    return _r(f * lam, 4) if f is not None and lam is not None else None


def _growth(args: Args) -> float | None:
    a = arg(args, "year1_revenue", "initial_value", "start_value", "old_value", "previous")
    b = arg(args, "year2_revenue", "final_value", "end_value", "new_value", "current")
    return _r((b - a) / a * 100) if a and b is not None else None


def _roi(args: Args) -> float | None:
    buy = arg(args, "purchase_price", "initial_investment", "cost")
    sell = arg(args, "sale_price", "final_value", "current_value")
    div = arg(args, "dividend") or 0.0
    return _r((sell - buy + div) / buy * 100) if buy and sell is not None else None


def _absolute_pressure(args: Args) -> float | None:
    atm, gauge = arg(args, "atm_pressure"), arg(args, "gauge_pressure")
    return _r(atm + gauge) if atm is not None and gauge is not None else None


def _quadratic(args: Args) -> float | Invalid | None:
    a, b, c = arg(args, "a"), arg(args, "b"), arg(args, "c")
    if a is None or b is None or c is None or a == 0:
        return None
    d = b * b - 4 * a * c
    return _r((-b + math.sqrt(d)) / (2 * a), 4) if d >= 0 else Invalid(
        "The equation has no real roots.")


def _distance(args: Args) -> float | None:
    pts = [v for v in args.values()
           if isinstance(v, list) and len(v) in (1, 2, 3) and all(num(x) is not None for x in v)]
    if len(pts) < 2 or len(pts[0]) != len(pts[1]):
        return None
    return _r(math.dist([float(x) for x in pts[0]], [float(x) for x in pts[1]]))


def _binomial(args: Args) -> float | None:
    n = arg(args, "number_of_trials", "trials", "n")
    k = arg(args, "number_of_successes", "successes", "k")
    p = arg(args, "probability_of_success", "probability", "p")
    p = 0.5 if p is None else p
    if n is None or k is None or n != int(n) or k != int(k) or n < 0 or k < 0 or n > 1000:
        return None
    if not 0 <= p <= 1:
        return None
    if k > n:
        return 0.0
    return _r(math.comb(int(n), int(k)) * p**k * (1 - p) ** (n - k), 6)


def _chance(args: Args) -> float | None:
    v = _ratio(("event_outcomes", "favorable_outcomes", "favourable_outcomes",
                "success_outcomes", "successful_outcomes", "successes"),
               ("total_outcomes", "possible_outcomes", "total", "trials"))(args)
    return v if v is not None and 0 <= v <= 1 else None


def _poly_roots(coeffs: list[float]) -> list[float] | None:
    """The real roots of a polynomial (highest power first), Durand-Kerner."""
    while coeffs and coeffs[0] == 0:
        coeffs = coeffs[1:]
    n = len(coeffs) - 1
    if n < 1 or n > 8:
        return None
    monic = [c / coeffs[0] for c in coeffs]
    roots = [complex(0.4, 0.9) ** i for i in range(n)]
    for _ in range(500):
        new = []
        for i, r in enumerate(roots):
            value = sum(c * r ** (n - j) for j, c in enumerate(monic))
            denom = complex(1, 0)
            for j, q in enumerate(roots):
                if j != i:
                    denom *= r - q
            new.append(r - value / denom if denom != 0 else r)
        if max(abs(a - b) for a, b in zip(new, roots, strict=True)) < 1e-12:
            roots = new
            break
        roots = new
    real = sorted(round(r.real, 4) for r in roots if abs(r.imag) < 1e-6 * max(1, abs(r)))
    return [x + 0.0 for x in real]


def _roots(args: Args) -> list[float] | None:
    coeffs = next((v for k, v in args.items() if "coef" in k and isinstance(v, list)), None)
    if coeffs is None:
        named = [arg(args, k) for k in ("a", "b", "c", "d", "e")]
        coeffs = [c for c in named if c is not None]
    nums = [n for c in coeffs if (n := num(c)) is not None]
    return _poly_roots(nums) if len(nums) >= 2 else None


def _gaussian(args: Args) -> float | None:
    """Gaussian quadrature of the sent function ("Perform Gaussian integration over the
    range of the function"), else the Gaussian integral of e^(-x^2) itself."""
    if any(isinstance(args.get(k), str) for k in ("function", "func", "expression")):
        return definite_integral(args)
    a = arg(args, "lower_limit", "lower", "a", "start")
    b = arg(args, "upper_limit", "upper", "b", "end")
    if a is None or b is None:
        return None
    return _r(math.sqrt(math.pi) / 2 * (math.erf(b) - math.erf(a)), 6)


def _electric_field(args: Args) -> float | None:
    """Coulomb: E = k q / r^2 (k = 8.9875e9 N m^2 / C^2)."""
    q, r = arg(args, "charge"), arg(args, "distance")
    if q is None or not r:
        return None
    return float(f"{8.9875e9 * q / r**2:.4e}")


def _work(args: Args) -> float | None:
    f, d = arg(args, "force", "energy"), arg(args, "distance", "displacement")
    return _r(f * d) if f is not None and d is not None else None


# (words all present in the endpoint's own name, formula), most specific first.
_TABLE: tuple[tuple[frozenset[str], Formula], ...] = tuple(
    (frozenset(words.split()), formula)
    for words, formula in (
        ("loan", Formula("monthly_payment", _loan)),
        ("mortgage", Formula("monthly_payment", _loan)),
        ("compound interest", Formula("compound_interest", _interest(True))),
        ("simple interest", Formula("simple_interest", _interest(False))),
        ("calculate interest", Formula("interest", _interest(True))),
        ("future value", Formula("future_value", _future_value)),
        ("factorial", Formula("factorial", _factorial)),
        ("gcd", Formula("gcd", _gcd)),
        ("hcf", Formula("hcf", _gcd)),
        ("lcm", Formula("lcm", _lcm)),
        ("power", Formula("result", _power)),
        ("bmi", Formula("bmi", _bmi)),
        ("hypot", Formula("hypotenuse", _hypot)),
        ("hypotenuse", Formula("hypotenuse", _hypot)),
        ("circumference", Formula("circumference", _circumference)),
        ("area circle", Formula("area", _circle_area)),
        ("area triangle", Formula("area", _triangle_area)),
        ("triangle area", Formula("area", _triangle_area)),
        ("area rectangle", Formula("area", _rectangle_area)),
        ("rectangle", Formula("area", _rectangle_area)),
        ("average", Formula("average", _average)),
        ("mean", Formula("mean", _average)),
        ("sum", Formula("sum", _sum)),
        ("displacement", Formula("displacement", _displacement)),
        ("final speed", Formula("final_speed", _final_speed)),
        ("final velocity", Formula("final_velocity", _final_speed)),
        ("wave velocity", Formula("velocity_m_per_s", _wave_velocity)),
        ("sqrt", Formula("square_root", _square_root)),
        ("square root", Formula("square_root", _square_root)),
        ("acceleration", Formula("acceleration", _acceleration)),
        ("absolute pressure", Formula("absolute_pressure", _absolute_pressure)),
        ("quadratic", Formula("root", _quadratic)),
        ("roots", Formula("roots", _roots)),
        ("gaussian integral", Formula("integral", _gaussian)),
        # a function sent as text, differentiated or integrated (`function_calc`)
        ("derivative", Formula("derivative", derivative_at)),
        ("definite integral", Formula("definite_integral", definite_integral)),
        ("integral", Formula("integral", definite_integral)),
        ("integrate", Formula("area", definite_integral)),
        ("functions intersect", Formula("intersection_points", intersection_points,
                                        {"type": "array", "items": {"type": "object"}})),
        ("functions zero", Formula("zero_points", zero_points,
                                   {"type": "array", "items": {"type": "number"}})),
        # the sent list or text worked on (`list_formulas`)
        ("sort array", Formula("sorted_array", sorted_list, LIST_SCHEMA)),
        ("sort list", Formula("sorted_list", sorted_list, LIST_SCHEMA)),
        ("reverse string", Formula("reversed_string", reversed_text, TEXT_SCHEMA)),
        ("extract information", Formula("extracted_records", extracted, RECORDS_SCHEMA)),
        ("density", Formula("density", _ratio(("mass",), ("volume",), 1.0, 3))),
        ("binomial", Formula("probability", _binomial)),
        ("probability", Formula("probability", _chance)),
        ("roa", Formula("return_on_assets_percent", _ratio(("net_income",), ("total_assets",),
                                                   100.0, 2))),
        ("roe", Formula("return_on_equity_percent", _ratio(("net_income",),
                                                   ("shareholder_equity", "equity"), 100.0, 2))),
        ("growth", Formula("growth_rate_percent", _growth)),
        ("return investment", Formula("return_on_investment_percent", _roi)),
        ("dividend share", Formula("dividend_per_share", _ratio(
            ("total_payout", "total_dividends"), ("outstanding_shares", "shares"), 1.0, 4))),
        ("euclidean distance", Formula("distance", _distance)),
        ("work", Formula("work", _work)),
        ("electric field", Formula("field_strength", _electric_field)),
        ("fitness", Formula("fitness", _weighted_sum)),
    )
)


def formula_for(words: list[str] | tuple[str, ...]) -> Formula | None:
    """The calculation an endpoint's own name words state, or None."""
    have = set(words)
    for need, formula in _TABLE:
        if need <= have:
            return formula
    return None
