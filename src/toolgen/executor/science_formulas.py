"""Calculations of the natural sciences a calculator endpoint answers: fields and
potentials, circuits, heat, genetics (genotype frequencies, the DNA two species share),
a compound's molecular weight, a weight on another planet, the angle of a clock's hands.

Each function takes the call's arguments and returns the figure a reviewer would get
recomputing it by hand (None when an input it needs is missing), as `calc_formulas`
does; `calc_match` says which endpoint answers which. Pure, never touches the network.
"""

from __future__ import annotations

import math
import re

from toolgen.executor.formula_args import Args, arg

_K = 8.9875517923e9  # Coulomb's constant, N m^2 / C^2
_MU0 = 4e-7 * math.pi  # vacuum permeability, T m / A
_EPS0 = 8.8541878128e-12  # vacuum permittivity, F / m


def sig(x: float, digits: int = 6) -> float:
    """`x` to `digits` significant figures: six, so that 999.44 V/m over 29.8 m reads
    29783.3, not 29780.0 (BFCL seed 83 #19), while a constant's 15 digits do not show."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.{digits}g}")


def electrostatic_potential(args: Args) -> float | None:
    """The potential energy of two charges: k q1 q2 / r (k given as `constant` wins)."""
    q1, q2 = arg(args, "charge1", "q1"), arg(args, "charge2", "q2")
    r = arg(args, "distance", "r")
    k = arg(args, "constant", "k") or _K
    return sig(k * q1 * q2 / r) if q1 is not None and q2 is not None and r else None


def magnetic_field(args: Args) -> float | None:
    """Tesla at the centre of a loop of `radius` (mu0 I / 2r) or at `distance` from a long
    wire (mu0 I / 2 pi r); a permeability given in T m / A replaces mu0."""
    i = arg(args, "current", "i")
    mu = arg(args, "permeability", "mu")
    mu = mu if mu is not None and 0 < mu < 1e-3 else _MU0
    loop = arg(args, "radius")
    if i is not None and loop:
        return sig(mu * i / (2 * loop))
    r = arg(args, "distance", "r")
    return sig(mu * i / (2 * math.pi * r)) if i is not None and r else None


def capacitance(args: Args) -> float | None:
    """A parallel plate capacitor: eps0 K A / d, in farads."""
    area, d = arg(args, "a", "area"), arg(args, "d", "distance")
    k = arg(args, "k", "dielectric_constant") or 1.0
    return sig(_EPS0 * k * area / d) if area is not None and d else None


def voltage_difference(args: Args) -> float | None:
    e, d = arg(args, "electric_field", "field"), arg(args, "distance")
    return sig(e * d) if e is not None and d is not None else None


def entropy_change(args: Args) -> float | None:
    """C ln(T2 / T1) for a heat capacity C between two temperatures in kelvin."""
    t1, t2 = arg(args, "initial_temp", "initial_temperature"), arg(args, "final_temp",
                                                                   "final_temperature")
    c = arg(args, "heat_capacity")
    if t1 is None or t2 is None or c is None or t1 <= 0 or t2 <= 0:
        return None
    return sig(c * math.log(t2 / t1))


def mixed_temperature(args: Args) -> float | None:
    """Two quantities of one substance mixed: the quantity-weighted mean temperature."""
    q1, t1 = arg(args, "quantity1", "mass1"), arg(args, "temperature1", "temp1")
    q2, t2 = arg(args, "quantity2", "mass2"), arg(args, "temperature2", "temp2")
    if q1 is None or q2 is None or t1 is None or t2 is None or q1 + q2 <= 0:
        return None
    return round((q1 * t1 + q2 * t2) / (q1 + q2), 2)


def genotype_frequency(args: Args) -> float | None:
    """Hardy-Weinberg: AA p^2, Aa 2pq, aa q^2 for a dominant allele frequency p."""
    p = arg(args, "allele_frequency", "p")
    if p is None or not 0 <= p <= 1:
        return None
    genotype = str(args.get("genotype", "AA"))
    if genotype.isupper() or genotype == "":
        return round(p * p, 4)
    if genotype.islower():
        return round((1 - p) ** 2, 4)
    return round(2 * p * (1 - p), 4)


# Surface gravity relative to Earth's.
_GRAVITY = {"mercury": 0.378, "venus": 0.907, "moon": 0.166, "mars": 0.377,
            "jupiter": 2.528, "saturn": 1.065, "uranus": 0.886, "neptune": 1.137,
            "pluto": 0.063, "earth": 1.0, "sun": 27.9}


# DNA shared by two species, in percent, as popular science quotes it.
_SHARED_DNA = {frozenset({"homo sapiens", "pan troglodytes"}): 98.8,
               frozenset({"human", "chimpanzee"}): 98.8,
               frozenset({"homo sapiens", "mus musculus"}): 85.0,
               frozenset({"human", "mouse"}): 85.0,
               frozenset({"panthera leo", "panthera tigris"}): 95.6,
               frozenset({"lion", "tiger"}): 95.6,
               frozenset({"canis lupus", "canis familiaris"}): 99.9,
               frozenset({"wolf", "dog"}): 99.9,
               frozenset({"human", "banana"}): 60.0}


def genetic_similarity(args: Args) -> float | None:
    """The share of DNA two species have in common: all of it for one species twice (BFCL
    seed 47 #37 answered 742.32 for Panthera leo and Panthera leo), a quoted figure for a
    well-known pair, else a figure between 70 and 99 keyed by the pair; a fraction when
    the call asks for one."""
    one, two = args.get("species1"), args.get("species2")
    if not isinstance(one, str) or not isinstance(two, str):
        return None
    a, b = one.strip().lower(), two.strip().lower()
    if a == b:
        share = 100.0
    else:
        share = _SHARED_DNA.get(frozenset({a, b}), 70 + (sum(map(ord, a + b)) % 290) / 10)
    fraction = str(args.get("format", "")).lower().startswith("fraction")
    return round(share / 100, 4) if fraction else share


def weight_elsewhere(args: Args) -> float | None:
    kg = arg(args, "weight_earth_kg", "weight", "weight_kg", "mass")
    planet = str(args.get("planet", args.get("celestial_body", ""))).strip().lower()
    g = _GRAVITY.get(planet)
    return round(kg * g, 2) if kg is not None and g is not None else None


# Standard atomic weights of the elements common in textbook compounds.
_ATOMIC = {"H": 1.008, "He": 4.0026, "C": 12.011, "N": 14.007, "O": 15.999, "F": 18.998,
           "Na": 22.990, "Mg": 24.305, "Al": 26.982, "Si": 28.085, "P": 30.974,
           "S": 32.06, "Cl": 35.45, "K": 39.098, "Ca": 40.078, "Fe": 55.845,
           "Cu": 63.546, "Zn": 65.38, "Br": 79.904, "Ag": 107.87, "I": 126.90,
           "Au": 196.97}
_TERM = re.compile(r"([A-Z][a-z]?)(\d*)")


def molecular_weight(args: Args) -> float | None:
    """g/mol of a formula such as C6H12O6 or H2O (no brackets); None when an element is
    not in the table or the text is not a formula."""
    formula = next((v for k in ("compound", "formula", "molecule") if isinstance(
        v := args.get(k), str)), "").strip()
    terms = _TERM.findall(formula)
    if not terms or "".join(e + n for e, n in terms) != formula:
        return None
    if any(e not in _ATOMIC for e, _ in terms):
        return None
    return round(sum(_ATOMIC[e] * (int(n) if n else 1) for e, n in terms), 3)


def clock_angle(args: Args) -> float | None:
    """The smaller angle between a clock's hands: |30 h - 5.5 m|, at most 180."""
    h, m = arg(args, "hours", "hour"), arg(args, "minutes", "minute")
    if h is None or m is None:
        return None
    angle = abs(30 * (h % 12) - 5.5 * m) % 360
    return round(min(angle, 360 - angle), 2)


def angle_to_x_axis(args: Args) -> float | None:
    """Degrees from the x-axis of the line from point A to point B."""
    pts = [v for v in args.values() if isinstance(v, list) and len(v) == 2
           and all(isinstance(x, int | float) for x in v)]
    if len(pts) < 2:
        return None
    (x1, y1), (x2, y2) = pts[0], pts[1]
    return round(math.degrees(math.atan2(y2 - y1, x2 - x1)), 2)


# Specific heat capacities, J / (g K).
_SPECIFIC_HEAT = {"water": 4.186, "ice": 2.09, "steam": 2.01, "ethanol": 2.44,
                  "aluminum": 0.897, "aluminium": 0.897, "iron": 0.449, "copper": 0.385,
                  "gold": 0.129, "silver": 0.235, "lead": 0.128, "glass": 0.84,
                  "air": 1.005, "sodium chloride": 0.88, "olive oil": 1.97}


def _specific_heat(args: Args) -> float | None:
    name = str(args.get("substance", args.get("material", "water"))).strip().lower()
    return _SPECIFIC_HEAT.get(name)


def _temperatures(args: Args) -> tuple[float, float] | None:
    t1 = arg(args, "initial_temperature", "initial_temp", "start_temperature")
    t2 = arg(args, "final_temperature", "final_temp", "end_temperature")
    return (t1, t2) if t1 is not None and t2 is not None else None


def heat_energy(args: Args) -> float | None:
    """Joules to take `mass` grams of a substance between two temperatures: m c dT."""
    m, c, temps = arg(args, "mass"), _specific_heat(args), _temperatures(args)
    if m is None or c is None or temps is None:
        return None
    return round(m * c * (temps[1] - temps[0]), 2)


def heating_entropy(args: Args) -> float | None:
    """J/K of heating `mass` grams between two temperatures in °C: m c ln(T2 / T1)."""
    m, c, temps = arg(args, "mass"), _specific_heat(args), _temperatures(args)
    if m is None or c is None or temps is None:
        return None
    t1, t2 = temps[0] + 273.15, temps[1] + 273.15
    return round(m * c * math.log(t2 / t1), 4) if t1 > 0 and t2 > 0 else None


def cone_mass(args: Args) -> float | None:
    """Density times a cone's volume (pi r^2 h / 3)."""
    r, h, rho = arg(args, "radius"), arg(args, "height"), arg(args, "density")
    if r is None or h is None or rho is None:
        return None
    return round(rho * math.pi * r * r * h / 3, 2)


# Latent heats of water, J / g.
_LATENT = {"melting": 334.0, "freezing": 334.0, "fusion": 334.0, "vaporization": 2260.0,
           "vaporisation": 2260.0, "boiling": 2260.0, "condensation": 2260.0,
           "evaporation": 2260.0}


def latent_energy(args: Args) -> float | None:
    """Joules a phase change of `mass` grams of water takes (melting 334 J/g, boiling
    2260 J/g); another substance is not in the table."""
    m = arg(args, "mass")
    change = str(args.get("phase_transition", "")).strip().lower()
    substance = str(args.get("substance", "water")).strip().lower()
    heat = _LATENT.get(change)
    return round(m * heat, 2) if m is not None and heat is not None and (
        substance == "water") else None
