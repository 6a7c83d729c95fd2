"""Lists and items said as they are (ToolBench seed 1920078 #9, BFCL vehicle control):
a comma text's size and some of its items, a listed thing's "<thing> name" as its name,
a link, an email, a source, an area said as a person says them."""

from __future__ import annotations

import random
from typing import Any

import pytest

from toolgen.agents.offline import Fact, Intent
from toolgen.agents.offline.beside import beside
from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.offline.report import assistant_report
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_CITIES = "Auckland,Christchurch,Wellington,Manukau City,North Shore,Hamilton,Tauranga,Dunedin"


def _answer(name: str, output: Any, intent: Intent, arguments: dict[str, Any] | None = None,
            seed: int = 0) -> str:
    endpoint = Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="T",
                        category="Data", name=name)
    done = Executed(MadeCall("c1", endpoint, arguments or {}),
                    ExecutionResult("ok", output, None, ()), None)
    return assistant_report([outcome_of(done, intent)], random.Random(seed))


@pytest.mark.parametrize("seed", range(6))
def test_a_comma_text_of_eight_cities_is_said_as_eight(seed: int) -> None:
    intent = Intent(verb="see", obj="some cities", phrase="see some cities")
    text = _answer("get_cities", {"cities": _CITIES}, intent, seed=seed)
    assert "8" in text, text  # how many the text holds
    assert all(c in text for c in ("Auckland", "Christchurch", "Wellington")), text
    assert "the cities are" not in text, text  # not two of eight as if they were all


@pytest.mark.parametrize("seed", range(6))
def test_the_name_of_the_thing_listed_is_its_name(seed: int) -> None:
    intent = Intent(verb="find", obj="all publishers", phrase="find all publishers")
    rows = [{"publisherName": n, "publisherEmail": f"x{i}@example.com", "country": "NZ"}
            for i, n in enumerate(("Bridgewater House", "Stonebridge Editions", "Cedar Hill"))]
    text = _answer("get_all_publishers", {"data": rows}, intent, seed=seed)
    assert "Bridgewater House" in text, text
    assert "publisher name" not in text, text


@pytest.mark.parametrize(("label", "value", "said"), [
    ("URL", "https://www.harmon.net/users/ca037a", "at https://www.harmon.net/users/ca037a"),
    ("publisher email", "brent@example.com", "reachable at brent@example.com"),
    ("channel", "Phillip Plays", "from Phillip Plays"),
    ("county", "Santa Clara County", "in Santa Clara County"),
    ("country name", "Albania", "in Albania"),
    ("street address", "12 Nacar Tower", "at 12 Nacar Tower"),
    ("ZIP", "95014", "in ZIP 95014"),
])
def test_where_a_thing_is_reached_is_said_as_a_person_says_it(label: str, value: str,
                                                               said: str) -> None:
    assert beside(label, value, value) == said


@pytest.mark.parametrize(("label", "value"), [
    ("URL", "not a link"),  # a link label with no link is no place
    ("email", "ask at the desk"),  # an email label with no address is no contact
    ("source language", "en"),  # a qualified source is not where it comes from
    ("source", "email"),  # a lead's source of a kind, not a named outlet
])
def test_what_is_no_place_is_left_to_the_caller(label: str, value: str) -> None:
    assert beside(label, value, value) is None


@pytest.mark.parametrize("seed", range(4))
def test_an_address_with_commas_is_no_list(seed: int) -> None:
    intent = Intent(verb="get", obj="the address", phrase="get the address")
    out = {"address": "94985 Austin Villages Suite 240, Seattle, United States"}
    text = _answer("get_address", out, intent, seed=seed)
    assert "3" not in text and "among them" not in text and "including" not in text, text


@pytest.mark.parametrize("seed", range(4))
def test_a_first_items_plain_field_is_said_as_its_own(seed: int) -> None:
    # ToolBench seed 7: "2 turned up; the first has product Eco Sneakers"
    text = fact_clauses([Fact("count", "3"), Fact("product", "Eco Sneakers")],
                        lambda v: v, random.Random(seed))
    assert "product Eco Sneakers" not in text, text
    assert "the first's product is Eco Sneakers" in text, text
