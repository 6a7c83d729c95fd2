"""Ids of things people name are the real codes the schema shows, agree with the place
beside them, and are said by name (ToolBench seed 31 #233: "the zips in the county (Los
Angeles County) for my state stt_3b4709"; #42: "the rate for my currency crr_6b4c50")."""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.agents.offline.named_codes import said_ticket
from toolgen.agents.offline.saying_text import ident
from toolgen.agents.offline.types import Slot
from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg

_TOKEN = re.compile(r"[a-z]{2,5}_[0-9a-f]{6}")
_US_STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL",
              "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
              "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
              "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"}
_CURRENCIES = "aed,aud,brl,cad,chf,cnh,cny,cop,czk,dkk,eur,gbp,hkd,huf,idr,ils,inr,jpy,krw"


def _param(name: str, default: Any = None, description: str = "",
           required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="string",
                     json_schema={"type": "string"}, required=required,
                     description=description, default=default,
                     has_default=default is not None)


def _endpoint(name: str, *params: Parameter, description: str = "") -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="Geo",
                    category="Data", name=name, description=description,
                    parameters=params)


def _draws(ep: Endpoint, index: int = 0) -> list[Any]:
    values = ArgumentValues(MockExecutor(3))
    return [values.draw(ep, ep.parameters[index], random.Random(i)) for i in range(20)]


def test_a_state_id_shown_as_a_code_is_a_us_state() -> None:
    ep = _endpoint("get_zips_in_state", _param("stateId", "RI"),
                   description='Enter US State ID (ie "CA") to return all zip codes.')
    drawn = _draws(ep)
    assert all(isinstance(v, str) and v in _US_STATES for v in drawn), drawn
    assert len(set(drawn)) > 3


def test_a_currency_id_shown_as_a_list_of_codes_is_one_real_code() -> None:
    ep = _endpoint("market_get_cross_currencies", _param(
        "id", _CURRENCIES, "The currency code, separated by comma to query multiple"))
    drawn = _draws(ep)
    assert all(isinstance(v, str) and re.fullmatch(r"[a-z]{3}", v) for v in drawn), drawn
    assert not any(_TOKEN.fullmatch(v) for v in drawn)


def test_a_city_id_with_a_number_default_is_a_number() -> None:
    ep = _endpoint("get_cities_by_id", _param("cityId", "2979783"))
    drawn = _draws(ep)
    assert all(isinstance(v, str) and re.fullmatch(r"[1-9]\d{6}", v) for v in drawn), drawn


def test_an_optional_category_filter_with_no_form_is_not_sayable() -> None:
    ep = _endpoint("search_venues", _param("near", "Chicago, IL"),
                   _param("categoryId", None, "A comma separated list of categories",
                          required=False))
    values = ArgumentValues(MockExecutor(3))
    assert not values.sayable(ep, ep.parameters[1], "ctg_37ebdc")


def _settled(ep: Endpoint, **given: Any) -> dict[str, Any]:
    values = ArgumentValues(MockExecutor(3))
    args = [PlannedArg(name=k, source="user", value=v) for k, v in given.items()]
    return {a.name: a.value for a in values.settle(ep, args)}


def test_a_state_agrees_with_the_county_beside_it() -> None:
    ep = _endpoint("get_zips_in_county", _param("county", "Santa Clara"),
                   _param("stateId", "CA"))
    assert _settled(ep, county="Los Angeles County", stateId="MT")["stateId"] == "CA"
    assert _settled(ep, county="King County", stateId="TX")["stateId"] == "WA"
    assert _settled(ep, county="Cook County", stateId="OH")["stateId"] == "IL"


def test_a_state_agrees_with_the_city_beside_it() -> None:
    ep = _endpoint("get_zips_in_city", _param("stateId", "CA"), _param("city", "San Jose"))
    assert _settled(ep, stateId="MS", city="Miami")["stateId"] == "FL"


def _said(name: str, label: str, value: str, thing: str = "") -> list[str]:
    slot = Slot(name=name, label=label, value=value, thing=thing)
    return [ident(slot, value, random.Random(i)) for i in range(12)]


def test_a_state_code_is_said_by_the_state_name() -> None:
    said = _said("stateId", "state ID", "CA")
    assert all("California (CA)" in s for s in said), said
    assert not any("my state" in s for s in said)
    # the id of the user's own order is still said as a key
    said = _said("order_id", "order ID", "ord_3b4709")
    assert all("order ord_3b4709" in s for s in said), said


def test_a_currency_code_is_said_by_the_currency_name() -> None:
    said = _said("id", "ID", "mxn", thing="currency")
    assert all("Mexican Peso (mxn)" in s for s in said), said


def test_a_text_verb_is_done_to_the_text_not_the_tool() -> None:
    # ToolBench seeds 7 and 31: "translate JoJ Translate", "summarize Paraphraser"
    from toolgen.agents.offline.intents import intent_from_text

    assert intent_from_text("Translate", "Translate", "JoJ Translate").phrase == (
        "translate the text")
    assert intent_from_text("Summarize", "Paraphrase", "Paraphraser").phrase == (
        "summarize the text")
    assert intent_from_text("Batch Translate", "Batch Translate (FAST)",
                            "JoJ Translate").phrase == "translate a batch of texts"
    # a verb of no text keeps what it had
    assert "Temp Gmail" in intent_from_text("Get", "server-1: 300 gmail", "Temp Gmail").phrase


def test_a_state_code_is_asked_for_as_the_state() -> None:
    # ToolBench seed 13 #193: "Your ID?" for a currency, answered "it's sgd"
    from toolgen.agents.offline.spoken_slots import spoken_slot

    state = _endpoint("get_zips_in_state", _param("stateId", "RI"))
    currency = _endpoint("market_get_cross_currencies", _param(
        "id", _CURRENCIES, "The currency code, separated by comma to query multiple"))
    assert spoken_slot("stateId", state) == "state"
    assert spoken_slot("id", currency) == "currency"


def test_a_sign_in_code_is_said_as_a_code() -> None:
    """Bundled seed 71 #3: "Log in to my account ... on one time NB0787"."""
    said = _said("one_time_code", "one time code", "NB0787")
    assert all("code NB0787" in s for s in said), said
    assert not any("one time NB0787" in s for s in said), said


def test_an_airline_ticket_is_said_as_a_ticket() -> None:
    """BFCL seed 97 #8: a 13-digit e-ticket is no figure ("ticket number of ...")."""
    slot = Slot(name="ticket_number", label="ticket number", value="2201234567890")
    said = {said_ticket(slot, "<V>", random.Random(i)) for i in range(10)}
    assert said == {"on ticket <V>", "(e-ticket <V>)"}, said
    assert said_ticket(Slot(name="ticket_id", label="ticket", value="478266"), "<V>",
                       random.Random(1)) is None


def test_a_lettered_key_is_said_without_its_letter() -> None:
    """ToolBench seed 97 #19: "set up a note (customer a axx_2f96c8)" for `customer_a_id`."""
    said = _said("customer_a_id", "customer a ID", "axx_2f96c8")
    assert all("customer axx_2f96c8" in s for s in said), said
