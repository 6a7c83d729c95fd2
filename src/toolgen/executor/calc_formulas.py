"""Calculations of shapes and physical quantities a calculator endpoint answers: volumes
and perimeters, mechanics, electricity, chemistry, health figures and everyday measures
(paint, emissions, a player's averages).

Each function takes the call's arguments and returns the figure a reviewer would get
recomputing it by hand (None when an input it needs is missing or out of range, so the
caller keeps its drawn number). `calc_match` says which endpoint answers which; finance
is `finance_formulas`', statistics and chance `stats_formulas`'. Pure, never touches the
network.
"""

from __future__ import annotations

import math

from toolgen.executor.formula_args import Args, arg, pos, rate_of
from toolgen.executor.science_formulas import sig

_G = 9.80665  # standard gravity, m/s^2
_R_L_ATM = 0.082057366  # gas constant, L atm / (mol K)


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
    return sig(m * a) if m is not None and a is not None else None


def kinetic_energy(args: Args) -> float | None:
    m, v = arg(args, "mass"), arg(args, "velocity", "speed")
    return sig(0.5 * m * v * v) if m is not None and v is not None else None


def potential_energy(args: Args) -> float | None:
    m, h = arg(args, "mass"), arg(args, "height")
    g = arg(args, "gravity", "g") or _G
    return sig(m * g * h) if m is not None and h is not None else None


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
    return sig(k * q1 * q2 / r**2)


def resistance(args: Args) -> float | None:
    v, i = arg(args, "voltage", "v"), arg(args, "current", "i")
    return sig(v / i) if v is not None and i else None


def resonant_frequency(args: Args) -> float | None:
    inductance, capacitance = arg(args, "inductance", "l"), arg(args, "capacitance", "c")
    if inductance is None or capacitance is None or inductance <= 0 or capacitance <= 0:
        return None
    return sig(1 / (2 * math.pi * math.sqrt(inductance * capacitance)))


def ideal_gas_pressure(args: Args) -> float | None:
    """P = n R T / V in atmospheres (volume in litres, temperature in kelvin)."""
    n = arg(args, "moles", "n", "amount", "quantity")
    t = arg(args, "temperature", "temp", "t")
    v = arg(args, "volume", "v")
    return sig(n * _R_L_ATM * t / v) if pos(n, t, v) and n and t and v else None


def molarity(args: Args) -> float | None:
    """Moles of solute per litre of solution (a volume over 20 is taken as millilitres)."""
    n = arg(args, "moles", "moles_of_solute", "solute_moles", "amount")
    v = arg(args, "volume_liters", "volume_l", "volume", "solution_volume")
    if n is None or not v or v < 0:
        return None
    if "volume_ml" in args or (v > 20 and "volume_liters" not in args):
        v = v / 1000
    return sig(n / v)


def gas_mass(args: Args) -> float | None:
    n, mm = arg(args, "quantity", "moles", "amount"), arg(args, "molar_mass")
    return sig(n * mm) if n is not None and mm is not None else None


def bmr(args: Args) -> float | None:
    """Mifflin-St Jeor resting energy in kcal/day: 10 kg + 6.25 cm - 5 years + 5 (men)
    or - 161 (women)."""
    kg, cm, age = arg(args, "weight", "weight_kg"), arg(args, "height", "height_cm"), arg(
        args, "age")
    if not pos(kg, cm, age) or kg is None or cm is None or age is None:
        return None
    if cm < 3:
        cm *= 100  # a height in metres
    sex = str(args.get("gender", args.get("sex", ""))).lower()
    return round(10 * kg + 6.25 * cm - 5 * age + (-161 if sex.startswith("f") else 5), 1)


def cell_density(args: Args) -> float | None:
    """Cells per mL: optical density x dilution x calibration factor (1e9 by default)."""
    od, dil = arg(args, "optical_density", "od"), arg(args, "dilution")
    cal = arg(args, "calibration_factor") or 1e9
    return sig(od * dil * cal) if od is not None and dil is not None else None


def biomass(args: Args) -> float | None:
    e, eff = arg(args, "energy"), arg(args, "efficiency")
    return sig(e * rate_of(eff)) if e is not None and eff is not None else None


def molar_energy(args: Args) -> float | None:
    n = arg(args, "mols", "moles")
    per = arg(args, "joules_per_mol", "energy_per_mol")
    return sig(n * per) if n is not None and per is not None else None


# -- everyday measures ----------------------------------------------------------------

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
