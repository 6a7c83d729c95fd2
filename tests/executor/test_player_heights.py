"""A player's height fits their position (ToolBench seed 7 #42: a 7 ft 2 in guard from
the free-NBA API; #91: a 6 ft 7 in center)."""

from __future__ import annotations

from toolgen.executor.player_heights import fit_position_height

# Inches, read by a basketball fan: guards 6'0"-6'8", centers 6'9"-7'4"; footballers
# 5'6"-6'5".
_GUARD = range(72, 81)
_CENTER = range(81, 89)
_FOOTBALLER = range(66, 78)


def _inches(player: dict[str, object]) -> int:
    return int(str(player["height_feet"])) * 12 + int(str(player["height_inches"]))


def test_a_seven_foot_guard_and_a_short_center_are_moved_into_their_positions() -> None:
    guard = {"position": "G", "height_feet": "7", "height_inches": "2"}
    center = {"position": "C", "height_feet": 6, "height_inches": 7}
    fit_position_height(guard, "NBA")
    fit_position_height(center, "NBA")
    assert _inches(guard) in _GUARD and isinstance(guard["height_feet"], str), guard
    assert _inches(center) in _CENTER and isinstance(center["height_feet"], int), center


def test_a_footballers_metric_height_fits_the_sport() -> None:
    tall = {"position": "Midfielder", "height": "2.08 m"}
    fit_position_height(tall, "Premier League")
    metres = float(str(tall["height"]).removesuffix(" m"))
    assert round(metres / 0.0254) in _FOOTBALLER, tall
    short = {"position": "Goalkeeper", "height_cm": 150}
    fit_position_height(short, "Premier League")
    assert round(int(str(short["height_cm"])) / 2.54) in _FOOTBALLER, short


def test_a_fitting_height_another_sport_and_an_unknown_position_stay() -> None:
    fits = {"position": "G", "height_feet": "6", "height_inches": "3"}
    hockey = {"position": "C", "height_feet": "6", "height_inches": "1"}
    unknown = {"position": "Coach", "height_feet": "7", "height_inches": "2"}
    fit_position_height(fits, "NBA")
    fit_position_height(hockey, None)  # no league the endpoint names: not basketball
    fit_position_height(unknown, "NBA")
    assert (fits["height_feet"], fits["height_inches"]) == ("6", "3")
    assert (hockey["height_feet"], hockey["height_inches"]) == ("6", "1")
    assert (unknown["height_feet"], unknown["height_inches"]) == ("7", "2")
