"""Three sides a user gives form a triangle.

`triangle_properties.get(side1=481, side2=25, side3=839)` asked about a triangle that
cannot exist (BFCL seed 71 #6: 481 + 25 is short of 839), and Heron's area of such sides
comes back as an error: each side was drawn on its own. `triangle_sides(stated)` keeps the
first two sides as drawn and, when the third does not lie strictly between their
difference and their sum, makes it the longer of the two plus a fifth of the shorter (481
and 25 give 486), in the sides' own type. Pure; keyed on the parameters' names.
"""

from __future__ import annotations

from toolgen.records import PlannedArg

_SIDES = (("side1", "side2", "side3"), ("side_1", "side_2", "side_3"),
          ("side_a", "side_b", "side_c"), ("sidea", "sideb", "sidec"))


def triangle_sides(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """{third side's name: a length that closes the triangle} when the stated sides
    form none (module doc); {} otherwise."""
    for names in _SIDES:
        if not all(n in stated for n in names):
            continue
        a, b, c = (stated[n].value for n in names)
        if not all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0
                   for v in (a, b, c)):
            return {}
        if abs(a - b) < c < a + b:
            return {}
        third = max(a, b) + min(a, b) / 5
        whole = all(isinstance(v, int) for v in (a, b, c))
        return {stated[names[2]].name: round(third) if whole else round(third, 2)}
    return {}
