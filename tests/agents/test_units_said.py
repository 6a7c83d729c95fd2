"""A figure is said with its unit after it, not with the unit in its name (BFCL
map_routing_fastest_route: "the duration minutes are 155, with distance km 142.1")."""

from __future__ import annotations

from toolgen.agents.offline import Fact
from toolgen.agents.policy.facts import facts_from
from toolgen.agents.policy.units import measured


def test_a_routes_figures_are_said_with_their_units() -> None:
    facts = facts_from({"start_location": "Auckland", "end_location": "Boston",
                        "duration_minutes": 155, "distance_km": 142.1})
    assert Fact(label="duration", value="155 minutes") in facts, facts
    assert Fact(label="distance", value="142.1 km") in facts, facts


def test_a_figure_in_a_currency_is_said_in_it_not_in_a_currency_beside_it() -> None:
    # BFCL celebrity_net_worth_get: `net_worth_usd` beside `currency: "EGP"` was said
    # "196492167.16 EGP"
    assert measured(Fact(label="net worth usd", value="889617881.42")) == Fact(
        label="net worth", value="889617881.42 USD")
    facts = facts_from({"name": "Priya Natarajan", "currency": "EGP",
                        "net_worth_usd": 196492167.16})
    assert not any("EGP" in f.value for f in facts), facts


def test_a_bare_unit_and_a_text_keep_their_labels() -> None:
    assert measured(Fact(label="minutes", value="12")) == Fact(label="minutes", value="12")
    # a lowest temperature is no duration
    assert measured(Fact(label="temp min", value="12.3")) == Fact(label="temp min", value="12.3")
    assert measured(Fact(label="status km", value="open")) == Fact(label="status km",
                                                                    value="open")


def test_an_si_quantity_is_said_with_its_unit_and_as_people_write_it() -> None:
    # BFCL seed 71 #3: "its field strength is 564530000.0", no unit, a float's ".0"
    assert measured(Fact(label="field strength", value="564530000.0")) == Fact(
        label="field strength", value="564,530,000 N/C")
    assert measured(Fact(label="field strength", value="0.52")) == Fact(
        label="field strength", value="0.52 N/C")
    assert measured(Fact(label="frequency", value="440")) == Fact(label="frequency",
                                                                  value="440 Hz")
    assert measured(Fact(label="field strength", value="strong")) == Fact(
        label="field strength", value="strong")
