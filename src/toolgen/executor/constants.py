"""Physical constants asked for by name: a particle's mass, diameter or charge, the speed
of light, Avogadro's number, in the unit the call asks for.

`constant_quantity(endpoint)` says which property an endpoint looks up (`science_facts_
get_diameter(particle, unit)` -> diameter), None when it looks up none; `constant_value(
quantity, args)` is the value for the call's subject in its unit (CODATA 2018 values,
from a small table: scipy is not installed, and output must not depend on what happens
to be). A proton's diameter in cm is 1.68e-13, an electron's mass in pounds 2.008e-30.
Pure, never touches the network.
"""

from __future__ import annotations

from toolgen.executor.formula_args import Args
from toolgen.executor.unit_table import convert, dimension

# property word -> (quantity key, dimension, SI unit)
_PROPERTIES: dict[str, tuple[str, str, str]] = {
    "mass": ("mass", "mass", "kg"), "weight": ("weight", "mass", "kg"),
    "diameter": ("diameter", "length", "m"), "radius": ("radius", "length", "m"),
    "size": ("diameter", "length", "m"), "charge": ("charge", "charge", "C"),
}
# particle -> property -> SI value. The electron's size is its classical radius.
_PARTICLES: dict[str, dict[str, float]] = {
    "proton": {"mass": 1.67262192369e-27, "radius": 8.414e-16, "charge": 1.602176634e-19},
    "neutron": {"mass": 1.67492749804e-27, "radius": 8.0e-16, "charge": 0.0},
    "electron": {"mass": 9.1093837015e-31, "radius": 2.8179403262e-15,
                 "charge": -1.602176634e-19},
    "muon": {"mass": 1.883531627e-28, "charge": -1.602176634e-19},
    "alpha particle": {"mass": 6.6446573357e-27, "radius": 1.68e-15,
                       "charge": 3.204353268e-19},
    "deuteron": {"mass": 3.3435837724e-27, "radius": 2.12799e-15,
                 "charge": 1.602176634e-19},
    "hydrogen atom": {"mass": 1.6735575e-27, "radius": 5.29177210903e-11, "charge": 0.0},
}
# named constant -> (value, unit as said)
_NAMED: dict[str, tuple[float, str]] = {
    "speed of light": (299792458.0, "m/s"), "light": (299792458.0, "m/s"),
    "avogadro": (6.02214076e23, "1/mol"), "planck": (6.62607015e-34, "J s"),
    "boltzmann": (1.380649e-23, "J/K"), "gravitational": (6.6743e-11, "m^3/(kg s^2)"),
    "gas": (8.314462618, "J/(mol K)"), "elementary charge": (1.602176634e-19, "C"),
    "gravity": (9.80665, "m/s^2"), "faraday": (96485.33212, "C/mol"),
    "electron mass": (9.1093837015e-31, "kg"), "proton mass": (1.67262192369e-27, "kg"),
}
_SUBJECT_PARAMS = ("particle", "particle_name", "subatomic_particle", "name", "constant",
                   "constant_name")


def constant_quantity(words: list[str], params: list[str]) -> str | None:
    """The property a lookup's own name words ask of the particle or constant a parameter
    names (`get_diameter(particle)` -> diameter; `get_constant(name)` -> value)."""
    subject = {"particle", "particle_name", "subatomic_particle", "constant",
               "constant_name"} & set(params)
    if not subject:
        return None
    for w in reversed(words):
        if w in _PROPERTIES and subject & {"particle", "particle_name",
                                           "subatomic_particle"}:
            return _PROPERTIES[w][0]
    return "value" if "constant" in words else None


def _subject(args: Args) -> str:
    for p in _SUBJECT_PARAMS:
        v = args.get(p)
        if isinstance(v, str) and v.strip():
            return v.strip().lower().replace("_", " ")
    return ""


def _unit(args: Args) -> str:
    v = args.get("unit", args.get("units", args.get("to_unit", "")))
    return v if isinstance(v, str) else ""


def constant_value(quantity: str, args: Args) -> tuple[float, str] | None:
    """(value, unit) of the call's subject's `quantity` in the unit asked (SI when none
    or one the table does not know); None when the subject is not in the table."""
    subject = _subject(args)
    if quantity == "value":
        hit = next((v for k, v in _NAMED.items() if k in subject), None)
        return hit
    row = next((v for k, v in _PARTICLES.items() if k.split()[0] in subject.split()), None)
    if row is None:
        return None
    prop = "mass" if quantity == "weight" else quantity  # an atomic weight is its mass
    radius = row.get("radius")
    si = (2 * radius if radius is not None else None) if prop == "diameter" else row.get(prop)
    if si is None:
        return None
    si_unit = {"mass": "kg", "diameter": "m", "radius": "m", "charge": "C"}[prop]
    asked = _unit(args)
    if asked and quantity != "charge" and dimension(asked) == dimension(si_unit):
        converted = convert(si, si_unit, asked)
        if converted is not None:
            return _sig(converted), asked
    return _sig(si), si_unit


def _sig(x: float) -> float:
    return float(f"{x:.4g}")



# Units as a key's suffix says them (the answer reads `diameter_cm` as "... cm").
_SYMBOLS = {"m": "m", "cm": "cm", "mm": "mm", "km": "km", "kg": "kg", "g": "g", "lb": "lb",
            "lbs": "lb", "pound": "lb", "pounds": "lb", "gram": "g", "grams": "g",
            "kilogram": "kg", "kilograms": "kg", "meter": "m", "meters": "m",
            "centimeter": "cm", "centimeters": "cm", "millimeter": "mm", "millimeters": "mm"}


def unit_symbol(unit: str) -> str:
    """The short unit a key can end in ("pound" -> lb), "" when there is none."""
    return _SYMBOLS.get(unit.strip().lower(), "")
