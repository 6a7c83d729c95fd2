"""A player's height fits the position they play.

The free-NBA API listed a 7 ft 2 in guard (ToolBench seed 7 #42) and a 6 ft 7 in center:
height and position were drawn apart. `fit_position_height(obj, league)` reads an object
holding a position and a height (feet and inches, `height_cm`, `height_m`, or a "6-8" /
`6'8"` / "185 cm" string) of a player in a basketball or football (soccer) competition
(`league`, from the endpoint's words: `entities.team_names.league_of`) and, when the
height is outside the position's range (`RANGES`), moves it within five inches of the
bound it crossed, keyed by the old height so that the record's random stream is
untouched. Other sports and positions it does not know are left alone. In place,
deterministic.

`read_height` / `position_kind` are shared with the judge's `player_heights` check, which
keeps its own, wider ranges.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.read_figure import read_figure
from toolgen.executor.values import normalize_key

# Basketball positions as the NBA and its APIs write them (G, F, C and pairs).
_GUARDS = frozenset({"g", "pg", "sg", "guard", "point guard", "shooting guard", "combo guard"})
_FORWARDS = frozenset({"f", "sf", "pf", "forward", "small forward", "power forward", "g-f",
                       "f-g", "wing"})
_CENTERS = frozenset({"c", "center", "centre", "f-c", "c-f"})
# Football (soccer) positions; "forward" is both sports' and is read by the league.
_FOOTBALL = frozenset({"goalkeeper", "gk", "keeper", "defender", "df", "cb", "lb", "rb",
                       "centre-back", "center-back", "full-back", "fullback", "midfielder",
                       "mf", "cm", "cdm", "cam", "dm", "am", "winger", "striker", "st",
                       "fw", "attacker", "forward", "centre-forward", "center-forward"})
_BASKETBALL_LEAGUES = frozenset({"NBA"})
_FOOTBALL_LEAGUES = frozenset({"Premier League", "Serie A", "La Liga", "Bundesliga",
                               "Ligue 1"})
# (lowest, highest) height in inches the generator draws for each position kind.
RANGES: dict[str, tuple[int, int]] = {
    "guard": (72, 80),  # 6'0"-6'8"
    "forward": (78, 83),  # 6'6"-6'11"
    "center": (81, 88),  # 6'9"-7'4"
    "football": (66, 77),  # 5'6"-6'5"
}
_POSITION_KEYS = ("position", "pos", "player_position", "primary_position")
_FEET = ("height_feet", "height_ft")
_INCHES = ("height_inches", "height_in")
_CM = ("height_cm",)
_METRES = ("height_m", "height_meters", "height_metres")
_TEXT = ("height",)
_FEET_TEXT = re.compile(
    r"^\s*(\d)\s*(?:-|'|′|ft\.?|feet)\s*(\d{1,2})\s*(?:\"|″|''|in\.?|inches)?\s*$")
_METRIC_TEXT = re.compile(r"^\s*(\d(?:\.\d+)?|\d{3})\s*(m|cm)\s*$")
_CM_PER_INCH = 2.54


def position_kind(position: Any, league: str | None) -> str | None:
    """"guard", "forward", "center" (basketball) or "football" for a position of a
    player of `league`'s sport, else None."""
    if not isinstance(position, str):
        return None
    text = position.strip().lower()
    if league in _BASKETBALL_LEAGUES:
        if text in _GUARDS:
            return "guard"
        if text in _FORWARDS:
            return "forward"
        return "center" if text in _CENTERS else None
    if league in _FOOTBALL_LEAGUES and text in _FOOTBALL:
        return "football"
    return None


def _key(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for key in obj:
        if isinstance(key, str) and normalize_key(key) in names:
            return key
    return None



def read_height(obj: dict[str, Any]) -> tuple[str, int] | None:
    """(how the height is written, height in whole inches) of `obj`, or None. The form is
    "feet" (a feet and an inches field), "cm", "m" or "text" (one `height` string)."""
    feet, inches = _key(obj, _FEET), _key(obj, _INCHES)
    if feet is not None and inches is not None:
        ft, inch = read_figure(obj[feet]), read_figure(obj[inches])
        if ft is not None and inch is not None and 4 <= ft <= 8 and 0 <= inch < 12:
            return "feet", int(ft) * 12 + int(inch)
        return None
    for form, names, per in (("cm", _CM, _CM_PER_INCH), ("m", _METRES, _CM_PER_INCH / 100)):
        key = _key(obj, names)
        value = read_figure(obj[key]) if key is not None else None
        if value is not None and value > 0:
            return form, round(value / per)
    key = _key(obj, _TEXT)
    text = obj[key] if key is not None else None
    if not isinstance(text, str):
        return None
    m = _FEET_TEXT.match(text)
    if m is not None and int(m.group(2)) < 12:
        return "text", int(m.group(1)) * 12 + int(m.group(2))
    m = _METRIC_TEXT.match(text)
    if m is not None:
        cm = float(m.group(1)) * (100 if m.group(2) == "m" else 1)
        return "text", round(cm / _CM_PER_INCH)
    return None


def _write(obj: dict[str, Any], form: str, inches: int) -> None:
    if form == "feet":
        for names, figure in ((_FEET, inches // 12), (_INCHES, inches % 12)):
            _put(obj, names, figure)
    elif form == "cm":
        _put(obj, _CM, round(inches * _CM_PER_INCH))
    elif form == "m":
        _put(obj, _METRES, round(inches * _CM_PER_INCH / 100, 2))
    else:
        text = _key(obj, _TEXT)
        assert text is not None
        old = str(obj[text])
        if "cm" in old:
            obj[text] = f"{round(inches * _CM_PER_INCH)} cm"
        elif old.strip().endswith("m"):
            obj[text] = f"{inches * _CM_PER_INCH / 100:.2f} m"
        elif "-" in old:
            obj[text] = f"{inches // 12}-{inches % 12}"
        else:
            obj[text] = f"{inches // 12}'{inches % 12}\""


def _put(obj: dict[str, Any], names: tuple[str, ...], figure: float) -> None:
    """`figure` into the field named one of `names`, as the type it held (a string stays
    one)."""
    key = _key(obj, names)
    if key is not None:
        obj[key] = str(figure) if isinstance(obj[key], str) else figure


def fit_position_height(obj: dict[str, Any], league: str | None) -> None:
    """Move the height of player `obj` into its position's range, in place."""
    if league is None:
        return
    key = _key(obj, _POSITION_KEYS)
    kind = position_kind(obj[key], league) if key is not None else None
    found = read_height(obj) if kind is not None else None
    if kind is None or found is None:
        return
    form, inches = found
    lo, hi = RANGES[kind]
    if lo <= inches <= hi:
        return
    # near the bound it crossed, not anywhere in the range: a tall guard is 6'4"-6'8"
    _write(obj, form, lo + inches % 5 if inches < lo else hi - inches % 5)
