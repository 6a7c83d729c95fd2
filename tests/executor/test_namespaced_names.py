"""A BFCL function named `<namespace>_<verb>_<object>` is about its object, not its
namespace (BFCL seed 71 #11: `sports_ranking_get_team_position` answered a list of seven
"sports" rows, ranked 6th and 8th at once)."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.executor.actions import endpoint_info


@pytest.mark.parametrize(("name", "action", "entity"), [
    ("sports_ranking_get_team_position", "get", "position"),
    ("sports_ranking_get_top_player", "get", "player"),
    ("history_get_important_figures", "list", "figure"),
    ("european_history_get_monarchs", "list", "monarch"),
    ("biology_get_cell_info", "get", "cell"),
    ("monarch_get_monarch_of_year", "get", "monarch"),
    # what it is looked up by, or a qualifier alone, names nothing: the namespace does
    ("sculpture_locator_find_by_artist", "list", "sculpture"),
    ("parking_lot_find_nearest", "list", "parking"),
])
def test_a_namespaced_name_is_about_its_object(bfcl: Any, name: str, action: str,
                                               entity: str) -> None:
    eps, _ = bfcl
    info = endpoint_info(eps[name])
    assert (info.action, info.entity) == (action, entity)


def test_a_team_position_is_one_record(bfcl: Any) -> None:
    eps, executor = bfcl
    for seed in range(4):
        out = executor.session(seed).call(eps["sports_ranking_get_team_position"],
                                          {"team": "Real Madrid", "season": "2023-24"}).output
        assert not any(isinstance(v, list) for v in out.values()), out
        assert out["team"] == "Real Madrid" and "rank" in out, out


def test_an_update_past_a_namespace_answers_what_it_updates(bfcl: Any) -> None:
    """BFCL seed 83 #19: `battle_reign_game_api_update_player_equipment` answered a video
    game titled "Silent Lights" on the Nintendo Switch."""
    eps, executor = bfcl
    for seed in range(4):
        out = executor.session(seed).call(
            eps["battle_reign_game_api_update_player_equipment"],
            {"attribute": "agility", "level": 29, "playerID": 592574}).output
        assert not {"title", "platform", "genre", "release_year"} & out.keys(), out
        assert (out["attribute"], out["level"]) == ("agility", 29), out
