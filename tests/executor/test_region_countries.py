"""A page of a continent's countries lists that continent's countries, each once: World
Cities' `get_countries_by_region_code(regionCode=...)` answered "Australia" twice for a
region (ToolBench seed 7 #21)."""

from __future__ import annotations

from typing import Any

from corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor import world
from toolgen.executor.region_countries import countries_of_asked_region


def _continents(names: list[str]) -> set[str]:
    found = [world.country(n) for n in names]
    assert all(c is not None for c in found), names
    return {c.continent for c in found if c is not None}


def test_a_continents_country_page_names_its_countries_once() -> None:
    out: dict[str, Any] = {"countries": [
        {"country_id": f"cnt_{i}", "country_name": "Australia", "country_code": "AU"}
        for i in range(4)], "total": 4}
    countries_of_asked_region(out, {"region_code": "EU"})
    names = [c["country_name"] for c in out["countries"]]
    assert len(set(names)) == 4 and _continents(names) == {"Europe"}, names
    for c in out["countries"]:
        found = world.country(c["country_name"])
        assert found is not None and c["country_code"] == found.iso, c


def test_a_continent_named_in_words_and_a_nested_name_list() -> None:
    out: dict[str, Any] = {"data": {"countries": [{"name": "Egypt"}, {"name": "Egypt"}]}}
    countries_of_asked_region(out, {"continent": "South America"})
    names = [c["name"] for c in out["data"]["countries"]]
    assert len(set(names)) == 2 and _continents(names) == {"South America"}, names


def test_countries_already_of_the_continent_and_other_regions_stay() -> None:
    fine = {"countries": [{"country": "France"}, {"country": "Spain"}]}
    countries_of_asked_region(fine, {"region": "EU"})
    assert [c["country"] for c in fine["countries"]] == ["France", "Spain"]
    kenya = {"data": [{"name": "Keraita Forest", "region": "Central", "country": "Kenya"},
                      {"name": "Karura Forest", "region": "Central", "country": "Kenya"}]}
    countries_of_asked_region(kenya, {"region": "Central"})  # a region of a country
    assert [c["country"] for c in kenya["data"]] == ["Kenya", "Kenya"]


def test_the_world_cities_endpoint_answers_with_the_asked_continent() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Mapping/world_cities.json")
    endpoint = endpoints["get_countries_by_region_code_for_world_cities"]
    for seed in range(6):
        out = executor.session(seed).call(
            endpoint, {"page_size": 10, "page_number": 1, "regionCode": "AS"}).output
        rows = next(v for v in out.values() if isinstance(v, list))
        names = [next(v for k, v in row.items() if "country" in k and "id" not in k)
                 for row in rows]
        assert len(set(names)) == len(names) and _continents(names) == {"Asia"}, out


def test_a_filtered_listing_names_things_of_the_kind_asked() -> None:
    # Magical Taske's examples hold hills and forests of Kenya's regions; `type="Hill"`
    # answered "Keraita Forest" relabelled a hill (ToolBench seed 13 #137).
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Mapping/magical_taske.json")
    endpoint = endpoints["fetch_by_type_and_region_for_magical_taske"]
    for seed in range(8):
        for kind, word, other in (("Hill", "Hill", "Forest"), ("Forest", "Forest", "Hill")):
            out = executor.session(seed).call(
                endpoint, {"type": kind, "limit": 5, "region": "Eastern"}).output
            rows = [r for r in out["data"] if isinstance(r, dict)]
            assert rows and all(r["type"] == kind for r in rows), out
            assert all(other not in r["name"] for r in rows), (kind, out)
            assert any(word in r["name"] for r in rows), (kind, out)


def test_a_row_whose_replaced_value_shows_nowhere_else_stays() -> None:
    from toolgen.executor.asked_rows import agreeing

    rows = ({"name": "Mua Hills", "type": "Hill", "region": "Eastern"},
            {"name": "Keraita Forest", "type": "Forest", "region": "Central"})
    assert agreeing(rows, {"type": "Forest", "region": "Eastern"}) == rows[1:]
    assert agreeing(rows, {"region": "Coast"}) == rows  # no region shows in a name
    assert agreeing(rows, {"limit": 5}) == rows
