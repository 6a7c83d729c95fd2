"""A list of strings holds members of its kind, never setting words ("standard")."""

from __future__ import annotations

from typing import Any

from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.field_values import BLAND, category_values

TLD = TOOLBENCH / "Data/tld.json"
TEAMS = TOOLBENCH / "Sports/allsvenskan_api.json"


def _answers(name: str, seeds: range) -> list[Any]:
    endpoints, executor = corpus_endpoints(TLD, TEAMS)
    return [executor.session(seed).call(endpoints[name], {}).output for seed in seeds]


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def test_top_level_domains_are_domain_endings() -> None:
    for out in _answers("get_list_of_top_level_domains_for_tld", range(6)):
        assert out["data"], out
        assert all(d.startswith(".") and d[1:].isalpha() for d in out["data"]), out


def test_a_team_list_names_teams() -> None:
    for out in _answers("teams_for_allsvenskan_api", range(6)):
        assert not set(_strings(out)) & BLAND, out


def test_genres_are_genres() -> None:
    # a genre is never a shop's category word
    assert not set(category_values("genres", "detail")) & {"standard", "premium", "economy"}
    assert "pop" in category_values("genre", "song")
