"""Two values that are the ends of one thing, said as a span: "from Bengaluru to Mumbai".

Said one by one, a start and an end read as two unrelated filters ("the travel distance in
Bengaluru for Mumbai", "directions (that's Mumbai, Delhi)"), and a maths call's limits as
a bare pair ("the area under (-1, 0 and 5; 10 and 20)"). A person says the span: "from
Mumbai to Delhi", "between 10 and 20", "between Lyon and Oslo" for a pair of the same kind
(`city1`, `city2`).

Owned here: which slots of one ask are a pair (`pairs`, from their names: start/end,
from/to, origin/destination, min/max, or the same name numbered 1 and 2), how a pair is
said (`said_pair`), which latitude and longitude make each point (`points`), a route
between two points (`route`, `said_route`: "from 30.0444, 31.2357 to 46.07, 47.85"), and
a two-item list of bounds (`limits=[10, 20]`) said as a span (`said_bounds`). Each end is
its own masked token, so each value stays verbatim.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from toolgen.agents.offline.types import Slot, article, value_text
from toolgen.executor.values import LATITUDE_WORDS, LONGITUDE_WORDS

# (start word, end word) of a span; the rest of the two names must agree.
_ENDS: tuple[tuple[str, str], ...] = (
    ("start", "end"), ("begin", "end"), ("from", "to"), ("origin", "destination"),
    ("since", "until"), ("min", "max"), ("minimum", "maximum"), ("lower", "upper"),
)
_BOUNDED = frozenset({"min", "minimum", "lower"})
_PART = re.compile(r"[a-z]+|\d+")
_NUMBERED = (("1", "2"), ("one", "two"), ("first", "second"), ("a", "b"))
_NOT_ENDS = frozenset({"lat", "latitude", "lon", "lng", "long", "longitude", "x", "y", "z",
                       "lang", "language", "locale", "sl", "tl"})
# A list whose name says it is a range's two ends ("limits", "bounds", "interval").
_BOUNDS = re.compile(r"\b(?:limits?|bounds?|interval|range)\b")


def _parts(name: str) -> list[str]:
    return _PART.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower())


def _end_of(parts: list[str]) -> tuple[str, int, tuple[str, ...]] | None:
    """("start"|"end", which pair, the name's other words) for a name one of whose words
    is a span's end; None for any other name."""
    for i, word in enumerate(parts):
        for k, (start, end) in enumerate(_ENDS):
            if word in (start, end):
                rest = tuple(parts[:i] + parts[i + 1:])
                return ("start" if word == start else "end"), k, rest
    return None


def _numbered(parts: list[str]) -> tuple[int, int, tuple[str, ...]] | None:
    """(which numbering, 0 or 1, the name without its number) for `city1`, `option_two`."""
    if len(parts) < 2 or len(parts[-2]) < 3:  # `x1`, `a2`: no name of a kind
        return None
    for k, pair in enumerate(_NUMBERED):
        if parts[-1] in pair:
            return k, pair.index(parts[-1]), tuple(parts[:-1])
    return None


def pairs(slots: Sequence[Slot]) -> dict[int, int]:
    """Index of each pair's first end -> index of its second, among one ask's slots: a
    start and an end of the same thing, or the same name numbered 1 and 2. Scalars only
    (a list or an object is no end of a span)."""
    found: dict[int, int] = {}
    used: set[int] = set()
    read = [(_parts(s.name), s) for s in slots]
    for i, (parts_i, a) in enumerate(read):
        if i in used or not _scalar(a):
            continue
        ends_i, num_i = _end_of(parts_i), _numbered(parts_i)
        for j in range(i + 1, len(read)):
            parts_j, b = read[j]
            if j in used or not _scalar(b):
                continue
            if _ends_match(ends_i, _end_of(parts_j)) or (
                    _numbers_match(num_i, _numbered(parts_j)) and _two_named(a, b, read)):
                first, second = (i, j) if _first(ends_i, num_i) else (j, i)
                found[first] = second
                used.update((i, j))
                break
    return found


def _named(slot: Slot) -> bool:
    return not isinstance(slot.raw, int | float)


def _two_named(a: Slot, b: Slot, read: list[tuple[list[str], Slot]]) -> bool:
    """Whether two numbered slots are two things a person names together ("between Lyon
    and Oslo", "for 12 and 18"), with no third of their kind: "a triangle between 962.5 and
    520.6" read two of three sides as a range."""
    if any(not str(s.raw).strip() or isinstance(s.raw, float) for s in (a, b)) or (
            _named(a) != _named(b)):
        return False  # two decimals "for 289.15 and 411.66" read as a point
    base = _numbered(_parts(a.name))
    kin = [p for p, _ in read if (n := _numbered(p)) is not None and base is not None
           and n[2] == base[2]]
    return len(kin) == 2 and not any(p[-1] in ("3", "three", "third", "c") and
                                     tuple(p[:-1]) == (base[2] if base else ()) for p, _ in read)


def _scalar(slot: Slot) -> bool:
    """A value that can be one end of a span: no list, object or yes/no, and no
    coordinate or language (a point's `lat1` and `lat2` are two points' latitudes; a
    language pair is said "from Spanish (es) into French (fr)" by `saying_text`)."""
    if isinstance(slot.raw, list | dict | bool):
        return False
    return not set(_parts(slot.name)) & _NOT_ENDS


def _ends_match(a: tuple[str, int, tuple[str, ...]] | None,
                b: tuple[str, int, tuple[str, ...]] | None) -> bool:
    return a is not None and b is not None and a[1] == b[1] and a[2] == b[2] and a[0] != b[0]


def _numbers_match(a: tuple[int, int, tuple[str, ...]] | None,
                   b: tuple[int, int, tuple[str, ...]] | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and a[2] == b[2] and a[1] != b[1]


def _first(ends: tuple[str, int, tuple[str, ...]] | None,
           num: tuple[int, int, tuple[str, ...]] | None) -> bool:
    """Whether the slot read as `ends`/`num` is the span's first end."""
    if ends is not None:
        return ends[0] == "start"
    return num is not None and num[1] == 0


def said_pair(first: Slot, second: Slot, put: Callable[[str], str],
              rng: random.Random) -> str:
    """"from Mumbai to Delhi", "between 10 and 50" (a minimum and a maximum), "between
    Lyon and Oslo" (two of a kind): each end its own token, in span order."""
    a, b = put(first.value), put(second.value)
    parts = _parts(first.name)
    ends = _end_of(parts)
    if ends is None:  # two of a kind: neither is a start ("the hcf of 12 and 18")
        return f"between {a} and {b}" if _named(first) else f"for {a} and {b}"
    if _ENDS[ends[1]][0] in _BOUNDED:
        # "with an elevation between 331.47 and 387.69": the bounds' quantity is said
        # (never "between 13.62 and 599.85": two decimals joined by "and" read as a point)
        what = " ".join(ends[2])
        if what and what.isalpha():
            return f"with {article(what)} {what} from {a} to {b}"
        return f"from {a} to {b}"
    # a start and an end have a direction ("directions between Mumbai and Delhi" loses it)
    return f"from {a} to {b}"




def route(slots: Sequence[Slot]) -> tuple[int, int, int, int] | None:
    """Indexes of a start point's latitude and longitude and an end point's (`start_lat`,
    `start_lon`, `end_lat`, `end_lon`), or None: a route between two points is said "from
    30.0444, 31.2357 to 46.07, 47.85", never "at 46.07, 47.85 after the first 31.2357"."""
    at: dict[tuple[str, str], int] = {}
    for i, slot in enumerate(slots):
        parts = set(_parts(slot.name))
        axis = "lat" if parts & LATITUDE_WORDS else "lon" if parts & LONGITUDE_WORDS else ""
        end = next((w for w in ("start", "from", "origin", "end", "to", "destination")
                    if w in parts), "")
        if axis and end and isinstance(slot.raw, int | float | str):
            side = "start" if end in ("start", "from", "origin") else "end"
            at.setdefault((side, axis), i)
    keys = (("start", "lat"), ("start", "lon"), ("end", "lat"), ("end", "lon"))
    if not all(k in at for k in keys):
        return None
    a, b, c, d = (at[k] for k in keys)
    return a, b, c, d


def points(slots: Sequence[Slot], lats: Sequence[int],
           lons: Sequence[int]) -> list[tuple[int, int]]:
    """(latitude index, longitude index) of each point among one ask's slots, given the
    indexes of its latitudes and its longitudes: each latitude with the longitude whose name
    says the same of it (`arr_lat` with `arr_lng`, `dep_lat` with `dep_lng`), else the next
    one left. A latitude left without a longitude is no point."""
    def rest(i: int, axis: frozenset[str]) -> tuple[str, ...]:
        return tuple(p for p in _parts(slots[i].name) if p not in axis)

    found: list[tuple[int, int]] = []
    used: set[int] = set()
    for i in lats:
        # one slot read as both (a `latlong` figure) is no point by itself
        mates = [j for j in lons if j != i and j not in used]
        if i in used or not mates:
            continue
        own = rest(i, LATITUDE_WORDS)
        j = next((j for j in mates if rest(j, LONGITUDE_WORDS) == own), mates[0])
        used.update((i, j))
        found.append((i, j))
    return found


def said_route(slots: Sequence[Slot], ends: tuple[int, int, int, int],
               put: Callable[[str], str]) -> str:
    a, b, c, d = (put(slots[i].value) for i in ends)
    return f"from {a}, {b} to {c}, {d}"


def said_bounds(slot: Slot, put: Callable[[str], str], rng: random.Random) -> str | None:
    """A two-item list of numbers whose name says it is a range ("limits": [10, 20]) said
    as the span "from 10 to 20"; None for any other slot."""
    raw = slot.raw
    if not isinstance(raw, list) or len(raw) != 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in raw):
        return None
    if _BOUNDS.search(slot.label.lower()) is None:
        return None
    a, b = (put(value_text(v)) for v in raw)
    return f"from {a} to {b}"

