"""Chemical elements as a periodic table lists them: name, symbol, atomic number, mass.

`get_all_elements_for_chemical_periodic_table` answered Copper with the element code
"CA3801" and Gold with "NI1254": codes drawn like a product's. `real_elements(output,
args, rng)` gives every object naming an element (its `name`, `element` or
`element_name` is one of `ELEMENTS`) that element's real symbol, atomic number and
standard atomic weight (in the fields it has for them, else after its name), drops a
drawn `element_code` (a table has no such code),
and makes the elements of one list distinct, in atomic-number order, as a table lists
them. No library in the environment holds the table (checked: none of mendeleev,
periodictable, pymatgen), so the first 36 elements and the heavier ones textbooks name
are written here; public facts (IUPAC standard atomic weights, abridged). Pure; never
touches the network.
"""

from __future__ import annotations

import random
from typing import Any, NamedTuple

from toolgen.executor.objects import objects_in


class Element(NamedTuple):
    number: int
    symbol: str
    name: str
    mass: float


ELEMENTS: tuple[Element, ...] = tuple(Element(*row) for row in (
    (1, "H", "Hydrogen", 1.008), (2, "He", "Helium", 4.0026), (3, "Li", "Lithium", 6.94),
    (4, "Be", "Beryllium", 9.0122), (5, "B", "Boron", 10.81), (6, "C", "Carbon", 12.011),
    (7, "N", "Nitrogen", 14.007), (8, "O", "Oxygen", 15.999), (9, "F", "Fluorine", 18.998),
    (10, "Ne", "Neon", 20.18), (11, "Na", "Sodium", 22.99), (12, "Mg", "Magnesium", 24.305),
    (13, "Al", "Aluminium", 26.982), (14, "Si", "Silicon", 28.085),
    (15, "P", "Phosphorus", 30.974), (16, "S", "Sulfur", 32.06), (17, "Cl", "Chlorine", 35.45),
    (18, "Ar", "Argon", 39.948), (19, "K", "Potassium", 39.098), (20, "Ca", "Calcium", 40.078),
    (21, "Sc", "Scandium", 44.956), (22, "Ti", "Titanium", 47.867),
    (23, "V", "Vanadium", 50.942), (24, "Cr", "Chromium", 51.996),
    (25, "Mn", "Manganese", 54.938), (26, "Fe", "Iron", 55.845), (27, "Co", "Cobalt", 58.933),
    (28, "Ni", "Nickel", 58.693), (29, "Cu", "Copper", 63.546), (30, "Zn", "Zinc", 65.38),
    (31, "Ga", "Gallium", 69.723), (32, "Ge", "Germanium", 72.63),
    (33, "As", "Arsenic", 74.922), (34, "Se", "Selenium", 78.971), (35, "Br", "Bromine", 79.904),
    (36, "Kr", "Krypton", 83.798), (47, "Ag", "Silver", 107.87), (50, "Sn", "Tin", 118.71),
    (53, "I", "Iodine", 126.9), (54, "Xe", "Xenon", 131.29), (78, "Pt", "Platinum", 195.08),
    (79, "Au", "Gold", 196.97), (80, "Hg", "Mercury", 200.59), (82, "Pb", "Lead", 207.2),
    (92, "U", "Uranium", 238.03),
))
_BY_WORD: dict[str, Element] = {
    **{e.name.lower(): e for e in ELEMENTS}, "aluminum": ELEMENTS[12],
    **{e.symbol.lower(): e for e in ELEMENTS}}
_BY_NAME = {e.name.lower(): e for e in ELEMENTS} | {"aluminum": ELEMENTS[12]}
_NAME_KEYS = ("name", "element", "element_name")
_SYMBOL_KEYS = ("symbol", "element_symbol")
_NUMBER_KEYS = ("atomic_number", "number", "atomicnumber")
_MASS_KEYS = ("atomic_mass", "atomic_weight", "mass", "atomicmass")
_CODES = ("element_code", "elementcode")


def element_named(value: Any) -> Element | None:
    """The element a name or a symbol names ("Copper", "cu"); None for anything else."""
    return _BY_WORD.get(value.strip().lower()) if isinstance(value, str) else None


def _element_of(obj: dict[str, Any]) -> Element | None:
    for key in _NAME_KEYS:
        found = _BY_NAME.get(str(obj.get(key, "")).strip().lower())
        if found is not None:
            return found
    return None


def real_elements(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Every element object says its element's real symbol, number and weight."""
    lists: list[list[dict[str, Any]]] = []
    for obj in objects_in(output):
        for value in obj.values():
            if isinstance(value, list) and sum(
                    _element_of(o) is not None for o in value if isinstance(o, dict)) > 1:
                lists.append(value)
    for items in lists:
        _distinct(items, rng)
    for obj in objects_in(output):
        element = _element_of(obj)
        if element is not None:
            _fill(obj, element)


def _distinct(items: list[dict[str, Any]], rng: random.Random) -> None:
    """One list's elements drawn again as distinct ones, listed by atomic number."""
    named = [o for o in items if isinstance(o, dict) and _element_of(o) is not None]
    picks = sorted(rng.sample(range(len(ELEMENTS)), len(named))) if len(named) <= len(
        ELEMENTS) else []
    for obj, index in zip(named, picks, strict=False):
        key = next(k for k in _NAME_KEYS if _BY_NAME.get(str(obj.get(k, "")).strip().lower()))
        obj[key] = ELEMENTS[index].name


def _fill(obj: dict[str, Any], element: Element) -> None:
    """The element's facts in the fields the object has for them; those it lacks follow
    its name (a table's entry without a symbol says nothing a table says)."""
    facts: dict[str, Any] = {}
    for keys, value in ((_SYMBOL_KEYS, element.symbol), (_NUMBER_KEYS, element.number),
                        (_MASS_KEYS, element.mass)):
        have = [k for k in keys if k in obj]
        for key in have:
            obj[key] = value
        if not have:
            facts[keys[0]] = value
    items = [(k, v) for k, v in obj.items() if k not in _CODES]
    at = next(i for i, (k, _) in enumerate(items) if k in _NAME_KEYS) + 1
    obj.clear()
    obj.update(items[:at] + list(facts.items()) + items[at:])
