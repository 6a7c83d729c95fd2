"""Argument values by what the parameter means (the records reviewed at seed 13: a ride
from "cost", an MBTI preference "indicator", an interest rate of 147.83, a DeepL target
language "deep", a ticket resolved with "belongs", a category "multiple")."""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.planner.values_guard import OwnWords
from toolgen.agents.planner.values_listed import listed_options
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter, PlannedArg


def _param(name: str, type_: str = "string", description: str = "", required: bool = True,
           **schema: Any) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=type_,
                     json_schema={"type": type_, **schema}, required=required,
                     description=description)


def _endpoint(name: str, params: tuple[Parameter, ...], description: str = "",
              tool: str = "", category: str = "Data") -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name=tool or name,
                    category=category, name=name, description=description,
                    parameters=params)


def _draws(ep: Endpoint, index: int = 0, n: int = 30) -> list[Any]:
    values = ArgumentValues(MockExecutor(3))
    return [values.draw(ep, ep.parameters[index], random.Random(i)) for i in range(n)]


def _tool_words(ep: Endpoint) -> set[str]:
    text = " ".join([ep.function_name.replace("_", " "), ep.description]
                    + [f"{p.name} {p.description}" for p in ep.parameters])
    return set(re.findall(r"[a-z]+", text.lower()))


def test_options_a_description_lists_are_read_as_written() -> None:
    assert listed_options("The statistical category (e.g., employment, crime, health)") == (
        "employment", "crime", "health")
    assert listed_options("The dietary restrictions, e.g., 'vegan', 'gluten-free'.") == (
        "vegan", "gluten-free")
    assert listed_options("Type of the room. Options: 'single', 'double', 'deluxe', etc.") == (
        "single", "double", "deluxe")
    assert listed_options("Preferred level. E.g. beginner, intermediate, advanced etc. This "
                          "is an optional parameter.") == ("beginner", "intermediate",
                                                          "advanced")
    # Prose after "for example" and format templates are not options.
    assert listed_options("The term may contain operators. For example, to limit results to "
                          "a domain, use the site: operator.") == ()
    assert listed_options("The id, typically in the format 'XX123'") == ()
    assert listed_options("Genre of the book") == ()


def test_a_category_is_one_the_description_offers() -> None:
    ep = _endpoint("get_bureau_statistics", (
        _param("category", description="The statistical category (e.g., employment, crime, "
                                       "health)"),), "BFCL_v4_multiple: Retrieve statistical "
                                                     "data for a year and category")
    assert set(_draws(ep)) <= {"employment", "crime", "health"}


def test_a_ride_goes_between_places_not_words_of_its_description() -> None:
    ep = _endpoint("ride_hailing_get_rides", (
        _param("source", description="The starting point of the journey"),
        _param("destination", description="The endpoint of the journey")),
        "ride_hailing: Find ride from source to destination with an optional cost limit")
    words = _tool_words(ep)
    for value in _draws(ep) + _draws(ep, 1):
        assert value[:1].isupper() and value.lower() not in words, value


def test_ends_of_a_route_differ_once_settled() -> None:
    ep = _endpoint("calculate_distance", (_param("city1", description="First city"),
                                          _param("city2", description="Second city")))
    values = ArgumentValues(MockExecutor(3))
    args = [PlannedArg(name="city1", source="user", value="Paris"),
            PlannedArg(name="city2", source="user", value="Paris")]
    settled = values.settle(ep, args)
    assert settled[0].value == "Paris" and settled[1].value != "Paris"


def test_mbti_preferences_are_letters_of_their_poles() -> None:
    ep = _endpoint("mbti_analyse", (
        _param("thinking_vs_feeling", description="Preference of user between thinking and "
                                                  "feeling."),
        _param("sensing_vs_intuition", description="Preference between sensing and "
                                                   "intuition.")),
        "Analyse personality based on the Myers-Briggs Type Indicator (MBTI).")
    assert set(_draws(ep)) <= {"T", "F"}
    assert set(_draws(ep, 1)) <= {"S", "N"}


def test_a_deepl_target_language_is_a_language_code() -> None:
    ep = _endpoint("translate_using_query_for_deepl_translator", (
        _param("target_lang", description="Target language"),
        _param("text", description="Text to translate")), "DeepL Translator: translate text",
        tool="DeepL Translator")
    for lang in _draws(ep):
        assert re.fullmatch(r"[A-Z]{2}", lang), lang
    for text in _draws(ep, 1):
        assert len(text.split()) >= 4 and text != "query", text


def test_an_interest_rate_is_a_percentage_and_a_loan_a_sum_someone_borrows() -> None:
    ep = _endpoint("calculate_loan_get_for_calcx_loan_calculator", (
        _param("rate", "number", description="Annual interest rate"),
        _param("loan", "number", description="Loan amount"),
        _param("interest_rate", "number", description="Interest rate as a decimal, e.g. 0.05")),
        "CalcX Loan Calculator: calculate loan payments")
    assert all(1 <= r <= 12 for r in _draws(ep))
    assert all(v >= 1000 for v in _draws(ep, 1))
    assert all(0 < r < 0.2 for r in _draws(ep, 2))


def test_a_resolution_and_a_tweet_are_sentences_of_their_kind() -> None:
    resolve = _endpoint("resolve_ticket", (
        _param("resolution", description="Resolution details for the ticket."),),
        "ticket_api: This tool belongs to the ticketing system that is part of a company. "
        "Tool description: Resolve a ticket with a resolution.")
    tweet = _endpoint("post_tweet", (_param("content", description="Content of the tweet."),),
                      "posting_api: core functionality for posting tweets on Twitter.")
    for ep in (resolve, tweet):
        words = _tool_words(ep)
        for text in _draws(ep):
            content = [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3]
            assert len(text.split()) >= 4, text
            assert sum(w in words for w in content) * 2 < len(content), text


def test_a_musical_note_is_a_note() -> None:
    ep = _endpoint("note_conversion_indian", (
        _param("note", description="The note in Western musical scale."),),
        "note_conversion: Converts a note in Western music to Indian classical music.")
    assert all(re.fullmatch(r"[A-G][#b]?", n) for n in _draws(ep))


def test_a_search_query_fits_the_api_not_its_name() -> None:
    ep = _endpoint("search_artist_for_shazam_song_recognizer", (
        _param("query", description="Artist name to search"),),
        "Shazam: search artists and songs", tool="Shazam")
    words = _tool_words(ep)
    for q in _draws(ep):
        assert not set(re.findall(r"[a-z]+", q.lower())) <= words, q


def test_a_lone_word_of_the_endpoints_own_text_is_lifted() -> None:
    cat = _param("category", description="The statistical category (e.g., employment, crime)")
    ep = _endpoint("get_bureau_statistics", (cat, _param("scale", description="Scale")),
                   "BFCL_v4_multiple: Retrieve statistical data")
    own = OwnWords.of(ep)
    assert own.lifted(cat, "multiple")
    assert own.lifted(cat, "statistical data")
    assert not own.lifted(cat, "crime")  # offered by the description
    assert own.lifted(ep.parameters[1], "Scale 29")
    assert not own.lifted(cat, "json")


def test_an_optional_parameter_with_no_believable_value_is_left_out() -> None:
    ep = _endpoint("list_for_onlyfans", (_param("xbc", required=False),),
                   "OnlyFans: list things")
    values = ArgumentValues(MockExecutor(3))
    for i in range(20):
        value = values.draw(ep, ep.parameters[0], random.Random(i))
        assert not values.sayable(ep, ep.parameters[0], value), value


def test_unstatable_names_required_parameters_no_value_fits() -> None:
    values = ArgumentValues(MockExecutor(3))
    bare = _endpoint("list_for_onlyfans", (_param("xbc"), _param("user_id")),
                     "OnlyFans: xbc list")
    assert values.unstatable(bare) == ("xbc",)
    known = _endpoint("get_bureau_statistics", (
        _param("category", description="The statistical category (e.g., employment, crime)"),
        _param("year", "integer")))
    assert values.unstatable(known) == ()


def test_coordinates_are_a_real_point_not_one_number() -> None:
    values = ArgumentValues(MockExecutor(7))
    geo = _param("coordinates", "array", "An array containing the latitude and longitude "
                 "of the location.", items={"type": "number"})
    weather = _endpoint("weather_get_by_coordinates_date", (geo,), "Historical weather.")
    screen = _param("coordinates", "array", "The x and y coordinates relative to the "
                    "element's bounding box.", items={"type": "number"})
    form = _endpoint("submit_at_coordinate", (screen,), "Submit a React form.")
    for seed in range(20):
        lat, lon = values.draw(weather, geo, random.Random(seed))
        assert -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0)
        x, y = values.draw(form, screen, random.Random(seed))
        assert 0 < x < 2000 and 0 < y < 2000


def test_an_sms_recipient_is_a_number_not_a_city() -> None:
    # ToolBench seed 7 #287: `to` ("mobile destination number in international format")
    # of an SMS API was drawn as "Cape Town"
    ep = _endpoint("jsp_receive_sms_jsp_for_http_messaging", (
        _param("to", description="mobile destination number in international format"),
        _param("text", description="message body")),
        description="The HTTP API is used to send simple SMS text messages.",
        tool="HTTP Messaging", category="Communication")
    for value in _draws(ep):
        assert isinstance(value, str) and sum(c.isdigit() for c in value) >= 7, value


def test_a_number_naming_a_persons_account_is_a_whole_id() -> None:
    ep = _endpoint("createGroup_for_freshdesk", (
        _param("name", description="Unique name of the group"),
        _param("escalateTo", "number", "The user to whom the escalation email is sent of "
               "a ticket is unassigned."),
        _param("responderId", "number", "ID of the agent to whom the ticket is assigned")),
        tool="Freshdesk")
    for index in (1, 2):
        values = _draws(ep, index)
        assert all(isinstance(v, int) and v >= 1000 for v in values), values


def test_a_number_that_is_no_persons_account_keeps_its_figures() -> None:
    ep = _endpoint("set_budget", (_param("amount", "number", "The budget in dollars"),))
    assert any(isinstance(v, float) for v in _draws(ep))


def test_a_count_written_as_text_is_written_as_people_write_it() -> None:
    # ToolBench seed 31 #1: `count: "07"` for a TikTok search, said "up to 07 results"
    count = Parameter(name="count", raw_name="count", type_label="STRING",
                      json_schema={"type": "string"}, required=True, description="",
                      default="10", has_default=True)
    ep = _endpoint("get_related_video_with_keywords", (count,),
                   "get related video list with keywords")
    draws = _draws(ep, n=60)
    assert all(isinstance(d, str) and d.isdigit() for d in draws), draws
    assert not [d for d in draws if d.startswith("0")], draws


def test_a_choice_with_no_options_nobody_can_name_is_left_unset() -> None:
    # ToolBench seed 31 #8: an ENUM `sortByPopulation` listing no options was drawn as a
    # population ("sorting by population 1315033"); screenshot flags as "Is Land Scape 28"
    def enum(name: str, description: str = "") -> Parameter:
        return Parameter(name=name, raw_name=name, type_label="ENUM",
                         json_schema={"type": "string"}, required=False,
                         description=description)

    ep = _endpoint("get_zips_in_city", (
        enum("sortByPopulation"), enum("isLandScape", "Whether the viewport is landscape."),
        enum("difficulty", "The level. Options: 'easy', 'medium', 'hard'.")))
    facts = {f.param.name: f.unstated for f in ArgumentValues(MockExecutor(3)).facts(ep)}
    assert facts == {"sortByPopulation": True, "isLandScape": True, "difficulty": False}


def test_interest_is_compounded_yearly_to_daily() -> None:
    """BFCL seed 83 #16: `n` of compound interest drawn 245 and said "just the top 245"."""
    n = _param("n", "integer", "The number of times interest applied per time period.")
    ep = _endpoint("financial_compound_interest", (_param("principle", "integer"), n),
                   "Calculates compound interest.")
    drawn = _draws(ep, 1)
    assert set(drawn) <= {1, 2, 4, 12, 365} and len(set(drawn)) >= 3, drawn
    counted = _param("num_success", "integer", "Number of times the event of interest has "
                     "occurred.")
    odds = _endpoint("calc_binomial_probability", (counted,), "Binomial probability.")
    assert not set(_draws(odds)) <= {1, 2, 4, 12, 365}


def test_a_users_arguments_hold_no_null() -> None:
    """An API's example leaves a field untyped; an answer may hold it null, a user's call
    never sends `"issuer": null` (BFCL seed 13 #41)."""
    options = _param("options", "object", "Token options.",
                     properties={"issuer": {}, "role": {"type": "string"}})
    ep = _endpoint("create_auth_token", (_param("username"), options), "Creates a token.")
    for drawn in _draws(ep, 1, 10):
        assert isinstance(drawn, dict) and None not in drawn.values(), drawn
