"""Coherent entity objects in mock outputs: one real row per recognised object.

`cohere(output, args, endpoint, rng)` runs once per successful call, after the response
is generated and the arguments echoed. It walks the output; every object recognised as
an airport, sports team, country, currency, listed stock or crypto asset
(`match.bind`) gets all its recognised identifying fields from ONE real row
(`match.choose` / `match.fill`), the row that agrees with what the call sent. String
fields whose name says a quantity and that hold a word get a figure (`quantities`); in a
sports API, string fields naming a team get real teams of its league (`team_names`).
Other fields are left alone; `rng` is drawn from only when something changes. Never
touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from toolgen.executor.entities.asked_team import asked_team, face_asked, fit_match_scores
from toolgen.executor.entities.match import (
    LISTED_ONCE,
    Binding,
    bind,
    choose,
    context_flags,
    fill,
)
from toolgen.executor.entities.quantities import (
    Spec,
    figure,
    fit_height,
    quantity_range,
    wordy,
)
from toolgen.executor.entities.team_names import is_team_key, known, league_of, names
from toolgen.executor.player_heights import fit_position_height
from toolgen.executor.values import normalize_key

if TYPE_CHECKING:
    from toolgen.records import Endpoint

__all__ = ["cohere"]

QtyKeys = tuple[tuple[str, Spec], ...]


@lru_cache(maxsize=65536)
def _endpoint_text(tool_name: str, name: str, function_name: str) -> str:
    return f"{tool_name} {name} {function_name}".lower()


@lru_cache(maxsize=65536)
def _words_flags(words: str) -> frozenset[str]:
    return context_flags(words)


def _flags(own: frozenset[str], parent_key: str) -> frozenset[str]:
    """Kinds the endpoint (`own`) or the object's own key speaks of."""
    if not parent_key:
        return own
    key = _words_flags(parent_key)
    return own | key if key and not key <= own else own


def cohere(output: Any, args: dict[str, Any], endpoint: Endpoint, rng: Any) -> None:
    """Make every recognised entity object of `output` one real thing, in place."""
    if not isinstance(output, (dict, list)):
        return
    text = _endpoint_text(endpoint.tool_name, endpoint.name, endpoint.function_name)
    _node(output, "", _Call(text, args, rng))


class _Call:
    """What every node of one call's output is filled against."""

    __slots__ = ("args", "asked", "flags", "league", "rng", "text", "used")

    def __init__(self, text: str, args: dict[str, Any], rng: Any) -> None:
        self.text = text
        self.flags = _words_flags(text)
        self.asked = asked_team(args)  # a schedule of the Boston Celtics: their matches
        self.league = league_of(text) or (self.asked[1] if self.asked else None)
        self.args = args
        self.rng = rng
        self.used: set[tuple[str, int]] = set()


def _node(node: Any, parent: str, call: _Call) -> tuple[str, int] | None:
    """Fill `node` and what it holds; the (kind, row) an object was made, else None."""
    if isinstance(node, list):
        seen: set[tuple[str, int]] = set()
        kept = []
        for item in node:
            made = _node(item, parent, call)
            if made is not None and made[0] in LISTED_ONCE:
                if made in seen:
                    continue  # the same real airport twice in one list
                seen.add(made)
            kept.append(item)
        if len(kept) < len(node):
            node[:] = kept
        return None
    if not isinstance(node, dict):
        return None
    made = None
    binding, quantities, team_keys = _shape(tuple(node), _flags(call.flags, parent))
    if binding is not None:
        row = choose(node, binding, call.args, call.rng, call.used, f"{call.text} {parent}")
        if row is not None:
            fill(node, binding, row)
            made = (binding.kind.name, row)
    for key, spec in quantities:
        value = node[key]
        if isinstance(value, str) and wordy(value) and call.args.get(normalize_key(key)) != value:
            node[key] = figure(spec, call.rng)
    if quantities:
        fit_height(node)  # no player stands 7 ft 10 in
        fit_position_height(node, call.league)  # no 7 ft 2 in guard
    if team_keys:
        match = bool({normalize_key(k) for k in team_keys} & _MATCH_KEYS)
        league = call.league or (_MATCH_FALLBACK if match else None)
        if league is not None:
            _name_teams(node, team_keys, call, league)
        if call.asked is not None:
            face_asked(node, team_keys, call.asked, call.rng)
        else:
            fit_match_scores(node, call.rng)  # an NBA game ends 112-104, not 2-1
    for key, value in node.items():
        if isinstance(value, (dict, list)):
            _node(value, str(key), call)
    return made


# A home and an away side are a match's, whatever the API is called ("home_team:
# 'monthly'" from a torrents API): football is the likeliest reading. A lone `team` may be
# a work team, so it is filled only when the endpoint names a sport.
_MATCH_KEYS = frozenset({"home_team", "away_team", "visitor_team", "visiting_team",
                         "home_team_name", "away_team_name", "opponent", "opponent_name"})
_MATCH_FALLBACK = "Premier League"


def _name_teams(node: dict[str, Any], keys: tuple[str, ...], call: _Call, league: str) -> None:
    """Team-named string fields holding a word get real, different teams of the league."""
    taken = {v.lower() for k in keys if isinstance(v := node[k], str)}
    pool = names(league)
    for key in keys:
        value = node[key]
        if not isinstance(value, str) or value.lower() in known() \
                or call.args.get(normalize_key(key)) == value:
            continue
        free = [n for n in pool if n.lower() not in taken] or list(pool)
        pick = free[int(call.rng.random() * len(free))]
        node[key] = pick
        taken.add(pick.lower())


@lru_cache(maxsize=65536)
def _shape(keys: tuple[Any, ...], flags: frozenset[str]
           ) -> tuple[Binding | None, QtyKeys, tuple[str, ...]]:
    """What an object of this shape is, which of its keys name a quantity, and which a team."""
    quantities = tuple((k, spec) for k in keys if isinstance(k, str)
                       for spec in (quantity_range(k),) if spec is not None)
    team_keys = tuple(k for k in keys if isinstance(k, str) and is_team_key(k))
    return bind(keys, flags), quantities, team_keys
