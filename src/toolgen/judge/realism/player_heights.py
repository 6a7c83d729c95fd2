"""A player whose height does not fit the position they play.

A 7 ft 2 in guard, a 6 ft 2 in center (ToolBench seed 7 #42, the free-NBA API), a 6 ft 9
in winger: a reviewer who follows the sport knows guards are the short players and
centers the tallest. Kind `height_misfit`: an object of a basketball or football
(soccer) endpoint, as its function's name (else its description's first sentence) says
(`NBA`, `basketball`; `soccer`, `football`, a football league), holding a position and
a height (read as `executor.player_heights.read_height` reads it) outside the position's
range here.

The judge's ranges (`_RANGES`) are its own and wider than the generator's: they flag a
height no team plays at that position, not an unusual one (Muggsy Bogues, 5 ft 3 in, was
a guard; guards over 6 ft 9 in and centers under 6 ft 7 in are all but unknown). Other
sports (hockey's C and G, American football's guards) are left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.entities.team_names import league_of
from toolgen.executor.player_heights import position_kind, read_height
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.realism.vocabulary import offered
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "player_heights"

# (shortest, tallest) in inches a player of each position kind is believed at.
_RANGES: dict[str, tuple[int, int]] = {
    "guard": (63, 81),  # 5'3"-6'9"
    "forward": (74, 86),  # 6'2"-7'2"
    "center": (79, 91),  # 6'7"-7'7"
    "football": (62, 80),  # 5'2"-6'8" (a goalkeeper may be 6'7")
}
_POSITION = frozenset({"position", "pos", "player_position", "primary_position"})


def _feet(inches: int) -> str:
    return f"{inches // 12} ft {inches % 12} in"


def misfit(obj: dict[str, Any], league: str | None) -> str | None:
    """Why the height of player `obj` misfits their position, or None."""
    position = next((v for k, v in obj.items() if _snake(k) in _POSITION), None)
    kind = position_kind(position, league)
    found = read_height(obj) if kind is not None else None
    if kind is None or found is None:
        return None
    lo, hi = _RANGES[kind]
    inches = found[1]
    if lo <= inches <= hi:
        return None
    side = "tall" if inches > hi else "short"
    return f"a {_feet(inches)} {position} ({kind}) is too {side} for the position"


def _league(view: RecordView, function_name: str) -> str | None:
    """The competition a function's name, else its description's first sentence, names."""
    found = league_of(function_name)
    if found is None:
        about = str(offered(view).get(function_name, {}).get("description") or "")
        found = league_of(about.split(".")[0][:160])
    return found


GATE = output_keys_gate(lambda key: "height" in key.lower())


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, _, at in answered_calls(view):
        league = _league(view, step.function_name)
        if league is None:
            continue
        for _, obj in view.objects(step.call_id):
            why = misfit(obj, league)
            if why is not None:
                out.append(finding(NAME, "height_misfit", at, why))
                break
    return out
