"""More calculations a calculator endpoint answers: finance ratios, shapes' volumes and
perimeters, statistics, combinatorics, mechanics, chemistry and health figures.

Each function takes the call's arguments and returns the figure a reviewer would get
recomputing it by hand (None when an input it needs is missing or out of range, so the
caller keeps its drawn number). `calc_match` says which endpoint answers which; the
arithmetic helpers (`arg`, rounding, rates) are `formulas`'. Pure, never touches the
network.
"""

from __future__ import annotations

import math
import statistics

from toolgen.executor.formulas import Args, arg, numbers_of, rate_of

_G = 9.80665  # standard gravity, m/s^2
_R_L_ATM = 0.082057366  # gas constant, L atm / (mol K)


def _sig(x: float, digits: int = 4) -> float:
    """`x` to `digits` significant figures (a force of 3.2e-9 N keeps its figures)."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.{digits}g}")


def _pos(*xs: float | None) -> bool:
    return all(x is not None and x > 0 for x in xs)


# -- finance ---------------------------------------------------------------------------

def return_on_equity(args: Args) -> float | None:
    """Net income over shareholders' equity, in percent."""
    ni = arg(args, "net_income", "income", "profit")
    eq = arg(args, "shareholder_equity", "shareholders_equity", "total_equity", "equity")
    return round(ni / eq * 100, 2) if ni is not None and eq else None


def return_on_investment(args: Args) -> float | None:
    """Gain over cost in percent: from a purchase and a sale price (plus dividends), from
    a cost and a gain, or a deposit growing at a yearly rate for some years."""
    buy = arg(args, "purchase_price", "initial_investment", "cost", "investment_cost",
              "investment")
    sell = arg(args, "sale_price", "final_value", "current_value", "return_amount",
               "revenue")
    if buy and sell is not None:
        div = arg(args, "dividend", "dividends") or 0.0
        return round((sell - buy + div) / buy * 100, 2)
    gain = arg(args, "net_profit", "gain", "profit")
    if buy and gain is not None:
        return round(gain / buy * 100, 2)
    r = arg(args, "annual_interest_rate", "interest_rate", "rate", "annual_return")
    t = arg(args, "years", "time", "period")
    if r is not None and t is not None and 0 <= t <= 200:
        return round((math.pow(1 + rate_of(r), t) - 1) * 100, 2)
    return None


def cagr(args: Args) -> float | None:
    """Compound annual growth rate in percent: (end / start)^(1 / years) - 1."""
    a = arg(args, "initial_value", "start_value", "beginning_value", "initial_investment")
    b = arg(args, "final_value", "end_value", "ending_value")
    n = arg(args, "period_in_years", "years", "period", "time", "n")
    if not _pos(a, b, n) or a is None or b is None or n is None:
        return None
    return round((math.pow(b / a, 1 / n) - 1) * 100, 2)


def npv(args: Args) -> float | None:
    """Net present value: each year's cash flow discounted, less what is invested now."""
    flows = numbers_of(args)
    r = arg(args, "discount_rate", "rate", "interest_rate")
    if not flows or r is None:
        return None
    rate = rate_of(r)
    inv = arg(args, "initial_investment", "investment", "initial_cost") or 0.0
    return round(sum(cf / (1 + rate) ** t for t, cf in enumerate(flows, 1)) - inv, 2)


def bond_value(args: Args) -> float | None:
    """A bond's discounted cash flow: its coupons and face value at the discount rate."""
    c = arg(args, "coupon_payment", "coupon")
    n = arg(args, "period", "periods", "years")
    r = arg(args, "discount_rate", "rate")
    face = arg(args, "face_value", "par_value") or 1000.0
    if c is None or r is None or n is None or not 0 < n <= 100:
        return None
    rate = rate_of(r)
    years = int(n)
    value = sum(c / (1 + rate) ** t for t in range(1, years + 1)) + face / (1 + rate) ** years
    return round(value, 2)


def profit_margin(args: Args) -> float | None:
    """Profit over revenue, in percent (profit given, or revenue less cost)."""
    rev = arg(args, "revenue", "total_revenue", "sales")
    profit = arg(args, "net_income", "net_profit", "profit", "gross_profit")
    cost = arg(args, "cost", "costs", "expenses", "total_cost", "cogs")
    if not rev:
        return None
    if profit is None and cost is not None:
        profit = rev - cost
    return round(profit / rev * 100, 2) if profit is not None else None


def tax_amount(args: Args) -> float | None:
    """An amount times its tax rate (5 and 0.05 both five percent)."""
    amount = arg(args, "income", "taxable_income", "purchase_amount", "amount", "price",
                 "salary")
    r = arg(args, "tax_rate", "rate")
    return round(amount * rate_of(r), 2) if amount is not None and r is not None else None


def dividend_payout(args: Args) -> float | None:
    shares = arg(args, "shares", "number_of_shares", "quantity")
    dps = arg(args, "dividend_per_share", "dividend")
    return round(shares * dps, 2) if shares is not None and dps is not None else None


# -- shapes ----------------------------------------------------------------------------

def _radius(args: Args) -> float | None:
    r = arg(args, "radius", "r")
    if r is None:
        d = arg(args, "diameter", "d")
        r = d / 2 if d is not None else None
    return r if r is not None and r >= 0 else None


def circumference(args: Args) -> float | None:
    r = _radius(args)
    return round(2 * math.pi * r, 2) if r is not None else None


def square_area(args: Args) -> float | None:
    s = arg(args, "side", "side_length", "length")
    return round(s * s, 2) if s is not None and s >= 0 else None


def perimeter(args: Args) -> float | None:
    """A rectangle's 2 (l + w), a square's 4 s, a circle's circumference."""
    length = arg(args, "length", "width")
    width = arg(args, "breadth", "width", "height")
    if length is not None and width is not None and "side" not in args:
        return round(2 * (length + width), 2)
    s = arg(args, "side", "side_length")
    if s is not None:
        return round(4 * s, 2)
    return circumference(args)


def volume(args: Args, shape: str) -> float | None:
    r, h = _radius(args), arg(args, "height", "h")
    if shape == "sphere":
        return round(4 / 3 * math.pi * r**3, 2) if r is not None else None
    if shape in ("cylinder", "cone"):
        if r is None or h is None:
            return None
        v = math.pi * r * r * h
        return round(v / 3 if shape == "cone" else v, 2)
    if shape == "cube":
        s = arg(args, "side", "side_length", "edge", "length")
        return round(s**3, 2) if s is not None else None
    a = arg(args, "length", "depth")
    b, c = arg(args, "width", "breadth"), arg(args, "height", "depth")
    return round(a * b * c, 2) if a is not None and b is not None and c is not None else None


# -- statistics and counting -----------------------------------------------------------

def median(args: Args) -> float | None:
    nums = numbers_of(args)
    return round(statistics.median(nums), 2) if nums else None


def std_dev(args: Args) -> float | None:
    """The sample standard deviation (n - 1), as spreadsheets' STDEV."""
    nums = numbers_of(args)
    return round(statistics.stdev(nums), 4) if len(nums) > 1 else None


def variance(args: Args) -> float | None:
    """The sample variance (n - 1); the population's (n) when the call says `population`
    (BFCL's `statistics_variance` defaults to it)."""
    nums = numbers_of(args)
    if len(nums) < 2:
        return None
    whole = args.get("population") is True
    return round(statistics.pvariance(nums) if whole else statistics.variance(nums), 4)


def mode(args: Args) -> float | None:
    """The most frequent value; of values that tie, the smallest (as scipy's `mode`)."""
    nums = numbers_of(args)
    return min(statistics.multimode(nums)) if nums else None


def t_statistic(args: Args) -> float | None:
    """Two samples' t statistic: pooled when the call assumes equal variances, else
    Welch's (unequal variances)."""
    samples = [[float(x) for x in v] for v in args.values() if isinstance(v, list) and len(
        v) > 1 and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v)]
    if len(samples) < 2:
        return None
    a, b = samples[:2]
    va, vb, na, nb = statistics.variance(a), statistics.variance(b), len(a), len(b)
    if args.get("equal_variance") is True:
        pooled = ((na - 1) * va + (nb - 1) * vb) / (na + nb - 2)
        se = math.sqrt(pooled * (1 / na + 1 / nb))
    else:
        se = math.sqrt(va / na + vb / nb)
    return round((statistics.fmean(a) - statistics.fmean(b)) / se, 4) if se else None


def sum_of_multiples(args: Args) -> int | None:
    """The sum of the whole numbers in [lower, upper] that some sent number divides (the
    multiples of 3 or 5 up to 10: 3 + 5 + 6 + 9 + 10 = 33)."""
    low = arg(args, "lower_limit", "lower", "start", "min")
    high = arg(args, "upper_limit", "upper", "end", "max", "limit")
    bases = [int(b) for b in numbers_of({"m": args.get("multiples")}) if b == int(b) and b > 0]
    if low is None or high is None or not bases or not 0 <= high - low <= 10**6:
        return None
    return sum(n for n in range(math.ceil(low), math.floor(high) + 1)
               if any(n % b == 0 for b in bases))


def _n_k(args: Args) -> tuple[int, int] | None:
    n = arg(args, "n", "total", "total_items", "num_items", "items", "set_size")
    k = arg(args, "r", "k", "choose", "selection", "subset_size", "group_size")
    if n is None or k is None or n != int(n) or k != int(k) or not 0 <= k <= n <= 1000:
        return None
    return int(n), int(k)


def permutations(args: Args) -> int | None:
    nk = _n_k(args)
    return math.perm(*nk) if nk else None


def combinations(args: Args) -> int | None:
    nk = _n_k(args)
    return math.comb(*nk) if nk else None


def prime_factors(args: Args) -> list[int] | None:
    n = arg(args, "number", "n", "num", "value")
    if n is None or n != int(n) or not 2 <= n <= 10**12:
        return None
    out, m, p = [], int(n), 2
    while p * p <= m:
        while m % p == 0:
            out.append(p)
            m //= p
        p += 1
    return out + ([m] if m > 1 else [])


def is_prime(args: Args) -> bool | None:
    factors = prime_factors(args)
    return len(factors) == 1 if factors is not None else None


# -- mechanics, electricity, chemistry, health -----------------------------------------

def speed(args: Args) -> float | None:
    d = arg(args, "distance", "displacement")
    t = arg(args, "time", "duration", "time_taken")
    return round(d / t, 2) if d is not None and t else None


def travel_time(args: Args) -> float | None:
    d, v = arg(args, "distance"), arg(args, "velocity", "speed")
    return round(d / v, 2) if d is not None and v else None


def force(args: Args) -> float | None:
    m, a = arg(args, "mass"), arg(args, "acceleration")
    return _sig(m * a) if m is not None and a is not None else None


def kinetic_energy(args: Args) -> float | None:
    m, v = arg(args, "mass"), arg(args, "velocity", "speed")
    return _sig(0.5 * m * v * v) if m is not None and v is not None else None


def potential_energy(args: Args) -> float | None:
    m, h = arg(args, "mass"), arg(args, "height")
    g = arg(args, "gravity", "g") or _G
    return _sig(m * g * h) if m is not None and h is not None else None


def coulomb_force(args: Args) -> float | None:
    """k q1 q2 / r^2 (k = 8.9875e9 N m^2 / C^2), in a medium of the relative permittivity
    given (an absolute one, under 1e-6 F/m, sets k = 1 / (4 pi eps))."""
    q1, q2 = arg(args, "charge1", "q1"), arg(args, "charge2", "q2")
    r = arg(args, "distance", "r")
    if q1 is None or q2 is None or not r:
        return None
    eps = arg(args, "medium_permittivity", "permittivity", "dielectric_constant")
    k = 8.9875e9
    if eps is not None and 0 < eps < 1e-6:
        k = 1 / (4 * math.pi * eps)
    elif eps is not None and eps >= 1:
        k /= eps
    return _sig(k * q1 * q2 / r**2)


def resistance(args: Args) -> float | None:
    v, i = arg(args, "voltage", "v"), arg(args, "current", "i")
    return _sig(v / i) if v is not None and i else None


def resonant_frequency(args: Args) -> float | None:
    inductance, capacitance = arg(args, "inductance", "l"), arg(args, "capacitance", "c")
    if inductance is None or capacitance is None or inductance <= 0 or capacitance <= 0:
        return None
    return _sig(1 / (2 * math.pi * math.sqrt(inductance * capacitance)))


def ideal_gas_pressure(args: Args) -> float | None:
    """P = n R T / V in atmospheres (volume in litres, temperature in kelvin)."""
    n = arg(args, "moles", "n", "amount", "quantity")
    t = arg(args, "temperature", "temp", "t")
    v = arg(args, "volume", "v")
    return _sig(n * _R_L_ATM * t / v) if _pos(n, t, v) and n and t and v else None


def molarity(args: Args) -> float | None:
    """Moles of solute per litre of solution (a volume over 20 is taken as millilitres)."""
    n = arg(args, "moles", "moles_of_solute", "solute_moles", "amount")
    v = arg(args, "volume_liters", "volume_l", "volume", "solution_volume")
    if n is None or not v or v < 0:
        return None
    if "volume_ml" in args or (v > 20 and "volume_liters" not in args):
        v = v / 1000
    return _sig(n / v)


def gas_mass(args: Args) -> float | None:
    n, mm = arg(args, "quantity", "moles", "amount"), arg(args, "molar_mass")
    return _sig(n * mm) if n is not None and mm is not None else None


def bmr(args: Args) -> float | None:
    """Mifflin-St Jeor resting energy in kcal/day: 10 kg + 6.25 cm - 5 years + 5 (men)
    or - 161 (women)."""
    kg, cm, age = arg(args, "weight", "weight_kg"), arg(args, "height", "height_cm"), arg(
        args, "age")
    if not _pos(kg, cm, age) or kg is None or cm is None or age is None:
        return None
    if cm < 3:
        cm *= 100  # a height in metres
    sex = str(args.get("gender", args.get("sex", ""))).lower()
    return round(10 * kg + 6.25 * cm - 5 * age + (-161 if sex.startswith("f") else 5), 1)



def primes_product(args: Args) -> int | str | None:
    """The product of the first n primes; scientific notation as text past 1e15."""
    n = arg(args, "count", "n", "number")
    if n is None or n != int(n) or not 1 <= n <= 2000:
        return None
    product, found, p = 1, 0, 2
    while found < n:
        if all(p % q for q in range(2, math.isqrt(p) + 1)):
            product *= p
            found += 1
        p += 1
    if product < 10**15:
        return product
    digits = str(product)
    return f"{digits[0]}.{digits[1:5]}e+{len(digits) - 1}"


def cell_density(args: Args) -> float | None:
    """Cells per mL: optical density x dilution x calibration factor (1e9 by default)."""
    od, dil = arg(args, "optical_density", "od"), arg(args, "dilution")
    cal = arg(args, "calibration_factor") or 1e9
    return _sig(od * dil * cal) if od is not None and dil is not None else None


def biomass(args: Args) -> float | None:
    e, eff = arg(args, "energy"), arg(args, "efficiency")
    return _sig(e * rate_of(eff)) if e is not None and eff is not None else None


def molar_energy(args: Args) -> float | None:
    n = arg(args, "mols", "moles")
    per = arg(args, "joules_per_mol", "energy_per_mol")
    return _sig(n * per) if n is not None and per is not None else None


def grown(args: Args, gain_only: bool) -> float | None:
    """An amount growing at a yearly rate: what it becomes, or only what it gains."""
    p = arg(args, "investment_amount", "invested_amount", "initial_investment", "principal",
            "current_population", "amount", "deposit", "initial_sum", "sum")
    r = arg(args, "annual_yield", "yearly_yield", "annual_return", "annual_growth_rate",
            "growth_rate", "expected_annual_return", "rate")
    t = arg(args, "years", "holding_period", "period", "duration", "time")
    if p is None or r is None or t is None or not 0 <= t <= 200:
        return None
    final = p * math.pow(1 + rate_of(r), t)
    return round(final - p if gain_only else final, 2)


def dice_probability(args: Args) -> float | None:
    """One face on every roll ((1/s)^n), or a sum of two dice (ways / 36 for six sides)."""
    sides = arg(args, "die_sides", "sides_per_die", "sides") or 6
    total = arg(args, "desired_sum")
    if total is not None:
        s = int(sides)
        ways = sum(1 for a in range(1, s + 1) for b in range(1, s + 1) if a + b == total)
        return round(ways / (s * s), 4)
    n = arg(args, "number_of_rolls", "n_rolls", "rolls") or 1
    if not 0 < n <= 50:
        return None
    return _sig(math.pow(1 / sides, n))


def card_probability(args: Args) -> float | None:
    """At least one of `desired` cards among `drawn` from a deck of `total`."""
    total = arg(args, "total_cards", "deck_size")
    desired = arg(args, "desired_cards", "desired")
    drawn = arg(args, "cards_drawn", "drawn") or 1
    if total is None or desired is None or not 0 <= desired <= total or not 0 < drawn <= total:
        return None
    t, d, k = int(total), int(desired), int(drawn)
    return round(1 - math.comb(t - d, k) / math.comb(t, k), 4)


def full_house(args: Args) -> float | None:
    """A full house in five cards of a 52-card deck: 3744 / 2598960."""
    deck, hand = arg(args, "deck_size") or 52, arg(args, "hand_size") or 5
    return round(3744 / 2598960, 6) if (deck, hand) == (52, 5) else None


def paint_needed(args: Args) -> float | None:
    """Litres (or gallons) of paint: the area, less what is left unpainted, over the
    coverage of one unit."""
    cover = arg(args, "coverage_rate", "paint_coverage", "coverage")
    area = arg(args, "area")
    if area is None:
        length, height = arg(args, "length", "width"), arg(args, "height")
        area = length * height if length is not None and height is not None else None
    left = arg(args, "exclusion", "excluded_area") or 0.0
    return round(max(area - left, 0.0) / cover, 2) if area is not None and cover else None


def batting_average(args: Args) -> float | None:
    hits, at_bats = arg(args, "hits"), arg(args, "at_bats")
    return round(hits / at_bats, 3) if hits is not None and at_bats else None


def kill_death_ratio(args: Args) -> float | None:
    """A player's KDA: kills plus assists over deaths (a KD has no assists); with no
    deaths the kills and assists themselves, as game trackers show it."""
    kills, deaths = arg(args, "kills", "kill"), arg(args, "deaths", "death")
    if kills is None or deaths is None or kills < 0 or deaths < 0:
        return None
    assists = arg(args, "assists", "assist") or 0.0
    return round((kills + assists) / (deaths or 1), 2)


def emissions(args: Args) -> float | None:
    """Miles driven times grams per mile (355 g for an average car when not given)."""
    miles = arg(args, "miles_driven", "miles", "distance")
    factor = arg(args, "emission_factor") or 355.0
    return round(miles * factor, 2) if miles is not None else None


def light_travel_time(args: Args) -> float | None:
    """Light crosses a light year in a year."""
    return arg(args, "distance_in_light_years", "light_years")


def fibonacci(args: Args) -> list[int] | None:
    n = arg(args, "position", "n", "count", "number")
    if n is None or n != int(n) or not 1 <= n <= 90:
        return None
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out[: int(n)]


def _two_lists(args: Args) -> tuple[list[float], list[float]] | None:
    lists = [v for v in args.values() if isinstance(v, list) and v
             and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v)]
    if len(lists) < 2 or len(lists[0]) != len(lists[1]):
        return None
    return [float(x) for x in lists[0]], [float(x) for x in lists[1]]


def cosine_similarity(args: Args) -> float | None:
    pair = _two_lists(args)
    if pair is None:
        return None
    a, b = pair
    norm = math.hypot(*a) * math.hypot(*b)
    return round(sum(x * y for x, y in zip(a, b, strict=True)) / norm, 4) if norm else None


def correlation(args: Args) -> float | None:
    pair = _two_lists(args)
    if pair is None or len(pair[0]) < 2:
        return None
    try:
        return round(statistics.correlation(*pair), 4)
    except statistics.StatisticsError:  # a constant series has no correlation
        return None


# State sales tax rates in percent (state level, before county and city taxes).
_STATE_TAX = {"california": 7.25, "texas": 6.25, "new york": 4.0, "florida": 6.0,
              "illinois": 6.25, "washington": 6.5, "pennsylvania": 6.0, "ohio": 5.75,
              "georgia": 4.0, "north carolina": 4.75, "massachusetts": 6.25,
              "new jersey": 6.625, "arizona": 5.6, "colorado": 2.9, "nevada": 6.85,
              "michigan": 6.0, "virginia": 5.3, "tennessee": 7.0, "oregon": 0.0,
              "montana": 0.0, "delaware": 0.0, "new hampshire": 0.0, "alaska": 0.0,
              "ca": 7.25, "tx": 6.25, "ny": 4.0, "fl": 6.0, "il": 6.25, "wa": 6.5}


def sales_tax(args: Args) -> float | None:
    """A purchase times its state's sales tax rate (none when tax exempt)."""
    amount = arg(args, "purchase_amount", "amount", "price", "subtotal")
    state = str(args.get("state", "")).strip().lower()
    rate = _STATE_TAX.get(state)
    if amount is None or rate is None:
        return None
    return 0.0 if args.get("tax_exempt") is True else round(amount * rate / 100, 2)
