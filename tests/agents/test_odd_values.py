"""Values a user states for ToolBench parameters whose schema says only their default
(ToolBench seed 7 #21: a region code "MM5328", Kenya's sceneries asked for "Bangkok";
#55: a sample email body sent as the user's message)."""

from __future__ import annotations

import random
import re

from executor.corpus_endpoints import TOOLBENCH, corpus_endpoints
from toolgen.agents.planner.own_vocabulary import own_draw
from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.executor.world import CONTINENTS
from toolgen.records import Endpoint, Parameter

_KENYA_REGIONS = {"Central", "Eastern", "Rift-Valley"}  # Magical Taske's example bodies


def _draws(function: str, param: str, *files: str, n: int = 12) -> list[object]:
    endpoints, executor = corpus_endpoints(*(TOOLBENCH / f for f in files))
    endpoint = endpoints[function]
    target = next(p for p in endpoint.parameters if p.name == param)
    values = ArgumentValues(executor)
    rng = random.Random(5)
    return [values.draw(endpoint, target, rng) for _ in range(n)]


def test_a_region_code_defaulting_to_a_continent_is_a_continent_code() -> None:
    drawn = _draws("get_countries_by_region_code_for_world_cities", "regionCode",
                   "Mapping/world_cities.json")
    assert all(isinstance(v, str) and v in CONTINENTS for v in drawn), drawn
    assert len(set(drawn)) > 1  # not the default over and over


def test_a_flag_code_defaulting_to_a_state_is_a_state_code() -> None:
    drawn = _draws("get_current_status_for_given_flag_for_flag_status", "code",
                   "Events/flag_status.json")
    assert all(isinstance(v, str) and re.fullmatch(r"[A-Z]{2}", v) for v in drawn), drawn


def test_an_unexplained_filter_takes_the_apis_own_values() -> None:
    regions = _draws("fetch_by_region_for_magical_taske", "region",
                     "Mapping/magical_taske.json")
    kinds = _draws("fetch_by_type_for_magical_taske", "type", "Mapping/magical_taske.json")
    assert set(regions) <= _KENYA_REGIONS and len(set(regions)) > 1, regions
    assert set(kinds) <= {"Forest", "Hill"}, kinds


def _optional(name: str, default: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="string", required=False,
                     json_schema={"type": "string", "default": default}, default=default,
                     has_default=True)


def test_a_sample_text_default_is_never_sent_unsaid() -> None:
    values = ArgumentValues(MockExecutor(3))
    assert not values.silent_default(_optional(
        "message", "hey sending you a sample email with this great API"))
    assert not values.silent_default(_optional("subject", "Subject of your email here"))
    assert not values.silent_default(_optional("instructions", "PLease follow some packages"))


def test_a_setting_default_may_still_be_used_unsaid() -> None:
    values = ArgumentValues(MockExecutor(3))
    assert values.silent_default(_optional("units", "metric"))
    assert values.silent_default(_optional("by", "Group Name"))  # an option, not a text
    assert values.silent_default(_optional("Content_Type", "application/json"))


def _endpoint(*names: str) -> Endpoint:
    params = tuple(Parameter(name=n, raw_name=n, type_label="string", required=True,
                             json_schema={"type": "string", "default": "Andhra Pradesh"},
                             default="Andhra Pradesh", has_default=True) for n in names)
    return Endpoint(id="t/fuel_price", function_name="fuel_price", tool_id="t",
                    tool_name="Fuel", category="Data", name="Fuel price",
                    description="Fuel price by city.", parameters=params)


def test_a_place_beside_another_place_is_left_to_the_place_rules() -> None:
    pool = {"state": ("Andhra Pradesh", "Assam", "Goa", "Kerala")}
    alone = _endpoint("state")
    assert own_draw(alone.parameters[0], alone, pool) is not None
    beside = _endpoint("state", "city")  # Mumbai's state is Maharashtra, not any of them
    assert own_draw(beside.parameters[0], beside, pool) is None


def test_an_authors_note_default_is_no_value_a_user_states() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Email/send_emails_api.json")
    endpoint = endpoints["send_email_post_for_send_emails_api"]
    html = next(p for p in endpoint.parameters if p.name == "html")
    values = ArgumentValues(executor)
    assert not values.sayable(endpoint, html, "<h1>ADD YOUR OWN HTML </h1>")
    assert values.sayable(endpoint, html, "<p>See you at 8</p>")


def test_a_catering_orders_instructions_are_a_request_to_the_caterer() -> None:
    # ToolBench seed 13 #31 sent "PLease follow some packages", then a tourist's phrase
    # ("Thank you so much for your help yesterday.") as a catering request's instructions.
    drawn = _draws("catering_request_add_for_api_curd", "instructions",
                   "Education/api_curd.json")
    assert all(isinstance(v, str) and re.search(
        r"please|deliver|guest|door|desk|bell|allergy", v, re.I) for v in drawn), drawn
