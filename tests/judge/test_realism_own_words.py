"""The reviewer checks for the tool's own words where something else belongs.

Each test builds one small conversation the way a reviewer would meet it and states the
verdict a careful reader gives: flagged when the tool's vocabulary stands in for a value,
a request, a name, a type, a description or a number; left alone when the same words are
used as a person would use them.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import (
    boilerplate,
    field_scales,
    garbled,
    invented_names,
    own_words,
    type_fields,
)
from toolgen.judge.view import build_view
from toolgen.records import Finding, Record

from .factories import call, tool_msg, valid_dict

CTX = JudgeContext()


def _record(name: str, description: str, props: dict[str, Any], user: str,
            args: dict[str, Any], output: Any, answer: str = "Here is what I found.") -> Record:
    d = valid_dict()
    d.update({
        "conversation_id": "t-own-words",
        "tools": [{"type": "function", "function": {
            "name": name, "description": description,
            "parameters": {"type": "object", "properties": props}}}],
        "messages": [
            {"role": "user", "content": user},
            {"role": "assistant", "content": None, "tool_calls": [call("c1", name, args)]},
            tool_msg("c1", output),
            {"role": "assistant", "content": answer},
        ],
        "step_trace": [{"step": 1, "call_id": "c1", "endpoint_id": f"T/{name}",
                        "function_name": name, "message_index": 1, "arguments": {
                            k: {"value": v, "source": "user", "message_index": 0}
                            for k, v in args.items()}}],
    })
    d["metadata"].pop("planner_scenario", None)
    return Record.model_validate(d)


def _kinds(check: Any, record: Record) -> list[str]:
    found: list[Finding] = check(build_view(record), CTX)
    return [f.kind for f in found]


MBTI = ("mbti_analyse", "Analyse a Myers-Briggs Type Indicator from four letter preferences.",
        {"thinking_vs_feeling": {"type": "string",
                                 "description": "Preference between thinking and feeling."}})


def test_a_word_of_the_tools_description_as_a_preference_is_flagged() -> None:
    r = _record(*MBTI, "Break down an MBTI (indicator).", {"thinking_vs_feeling": "indicator"},
                {"type": "INTJ"})
    assert _kinds(own_words.check_view, r) == ["own_word_argument"]


def test_a_one_item_list_holding_a_word_of_the_tool_is_flagged() -> None:
    r = _record("whole_foods_check_price", "Whole Foods: the price of items.",
                {"items": {"type": "array", "items": {"type": "string"}}},
                "Price of whole near Madrid?", {"items": ["whole"]}, {"total": 3.2})
    assert _kinds(own_words.check_view, r) == ["own_word_argument"]
    r = _record("whole_foods_check_price", "Whole Foods: the price of items.",
                {"items": {"type": "array", "items": {"type": "string"}}},
                "Price of avocados near Madrid?", {"items": ["avocados"]}, {"total": 3.2})
    assert _kinds(own_words.check_view, r) == []


def test_a_preference_the_schema_offers_is_not_flagged() -> None:
    r = _record(*MBTI, "I lean to thinking.", {"thinking_vs_feeling": "thinking"},
                {"type": "INTJ"})
    assert _kinds(own_words.check_view, r) == []


def test_a_search_for_a_word_of_the_tool_is_a_real_search() -> None:
    r = _record("search_videos", "Search videos on Vimeo.", {"query": {"type": "string"}},
                "Find videos about vimeo.", {"query": "vimeo"}, {"videos": []})
    assert _kinds(own_words.check_view, r) == []


def test_letter_digit_fragments_and_the_p_in_a_request_are_garbled() -> None:
    r = _record("judget0_p_for_safe_exam", "Submissions.", {},
                "Would you check judget0 and find out about the p as well?", {}, {"ok": True})
    assert _kinds(garbled.check_view, r) == ["garbled_request"]
    plain = _record("judget0_p_for_safe_exam", "Submissions.", {},
                    "Would you check my exam submissions?", {}, {"ok": True})
    assert _kinds(garbled.check_view, plain) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Can you see the plane for the elon?", True),
    ("Please upload the files for the your backup.", True),
    ("Can you see the plane for my trip to Oslo?", False),
    ("Can you see the list of the planes Elon owns?", False),
])
def test_recited_pieces_of_a_function_name(text: str, flagged: bool) -> None:
    r = _record("elon_plane_for_musk_plane", "Where Elon Musk's plane is.", {}, text, {},
                {"ok": True})
    assert (_kinds(garbled.check_view, r) == ["garbled_request"]) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Can you check the define custom period on profile prf_8e9ab2?", True),
    ("Can you define a custom period on profile prf_8e9ab2?", False),
])
def test_an_endpoint_verb_read_as_a_thing_is_recited(text: str, flagged: bool) -> None:
    r = _record("define_custom_period_for_working_days", "Defines a period.", {}, text, {},
                {"ok": True})
    assert (_kinds(garbled.check_view, r) == ["garbled_request"]) is flagged


@pytest.mark.parametrize(("function", "text", "flagged"), [
    # verbs formed as apps form them are words a person says
    ("unfollow_user", "Would you unfollow the user david.richardson81?", False),
    ("call_hangup_for_telephony", "Please hangup the call to Oslo.", False),
    # a piece of a name that is no word and forms none is recited
    ("peunaple_for_ucinema", "Also find out about the peunaple, please.", True),
])
def test_app_verbs_are_words_and_name_pieces_are_not(function: str, text: str,
                                                     flagged: bool) -> None:
    r = _record(function, "Does it.", {}, text, {}, {"ok": True})
    assert (_kinds(garbled.check_view, r) == ["garbled_request"]) is flagged


def test_a_code_the_user_hands_over_is_not_garbled() -> None:
    r = _record("order_v2_lookup", "Orders.", {"order": {"type": "string"}},
                "Where is order abc123?", {"order": "abc123"}, {"status": "shipped"})
    assert _kinds(garbled.check_view, r) == []


def test_a_statistic_with_a_made_up_title_is_invented_but_a_person_is_not() -> None:
    stats = {"bureau_id": "bru_1", "year": 2006, "name": "Wild Canyon"}
    r = _record("get_bureau_statistics", "Statistics from a bureau.", {}, "Stats for 2006?",
                {"year": 2006}, stats)
    assert _kinds(invented_names.check_view, r) == ["invented_name"]
    person = {"position_id": "pos_1", "name": "Hunter Green", "rank": 3}
    r = _record("get_player_position", "A player's position.", {}, "Where is he?", {}, person)
    assert _kinds(invented_names.check_view, r) == []


@pytest.mark.parametrize(("name", "flagged"), [("Hidden Lantern", True), ("Sofia Navarro", False),
                                              ("Liam Whitman", False)])
def test_a_president_needs_a_persons_name(name: str, flagged: bool) -> None:
    r = _record("us_history_get_president", "The US president at an event.", {},
                "Who was president in 2003?", {"year": 2003}, {"year": 2003, "name": name})
    assert (_kinds(invented_names.check_view, r) == ["invented_name"]) is flagged


def test_search_results_are_named_things() -> None:
    out = {"results": [{"result_id": "r1", "name": "Golden Gate Park"},
                       {"result_id": "r2", "name": "Silver Lake"}]}
    r = _record("search_places", "Search places.", {"q": {"type": "string"}}, "Parks?",
                {"q": "parks"}, out)
    assert _kinds(invented_names.check_view, r) == []


def test_a_domain_or_a_destination_that_is_a_word_of_the_tool_is_echoed() -> None:
    r = _record("retrieve_invoice", "Retrieve a travel invoice.", {}, "My invoice?", {},
                {"invoice": {"travel_from": "invoice", "travel_to": "Lisbon"}})
    assert _kinds(type_fields.check_view, r) == ["echoed_type"]
    r = _record("retrieve_invoice", "Retrieve a travel invoice.", {}, "My invoice?", {},
                {"invoice": {"travel_from": "Porto", "travel_to": "Lisbon"}})
    assert _kinds(type_fields.check_view, r) == []


@pytest.mark.parametrize(("output", "flagged"), [
    ({"video_id": "v1", "tags": ["video", "feature"]}, True),
    ({"video_id": "v1", "tags": ["travel", "alps"]}, False),
    ({"domain": "generate", "registrar": "GoDaddy"}, True),
    ({"domain": "example.org", "registrar": "GoDaddy"}, False),
])
def test_tags_and_web_names_that_restate_the_tool(output: dict[str, Any], flagged: bool) -> None:
    r = _record("video_feature_summary", "Generate a summary of a video.", {}, "Summarise it.",
                {}, output)
    assert (_kinds(type_fields.check_view, r) == ["echoed_type"]) is flagged


def test_a_type_restating_the_tool_is_echoed_but_a_real_type_is_not() -> None:
    r = _record("get_solution_folder_for_freshdesk", "A solution folder.", {}, "The folder?",
                {}, {"folder_id": 9, "folder_type": "folder"})
    assert _kinds(type_fields.check_view, r) == ["echoed_type"]
    r = _record("get_solution_folder_for_freshdesk", "A solution folder.", {}, "The folder?",
                {}, {"folder_id": 9, "folder_type": "public"})
    assert _kinds(type_fields.check_view, r) == []


@pytest.mark.parametrize("text", [
    "Includes company, business and related ticket information.",
    "Ticket with company and ticket, updated regularly.",
    "Ticket data for Copenhagen, including company and queue.",
])
def test_template_descriptions_filled_with_the_tools_words_are_flagged(text: str) -> None:
    r = _record("create_ticket", "Create a ticket for a company queue.", {}, "Open a ticket.",
                {}, {"id": 1, "description": text})
    assert _kinds(boilerplate.check_view, r) == ["template_description"]


def test_a_template_sentence_handed_over_as_a_payment_memo_is_flagged() -> None:
    props = {"memo": {"type": "string"}, "amount": {"type": "number"}}
    r = _record("create_payment", "Create a payment: charge an amount.", props,
                'Pay 20 that reads "Payment with amount and charge, updated regularly."',
                {"memo": "Payment with amount and charge, updated regularly.", "amount": 20},
                {"payment_id": "pay_1", "status": "succeeded"})
    assert _kinds(boilerplate.check_view, r) == ["template_description"]
    r = _record("create_payment", "Create a payment: charge an amount.", props,
                'Pay 20 that reads "Rent for June"', {"memo": "Rent for June", "amount": 20},
                {"payment_id": "pay_1", "status": "succeeded"})
    assert _kinds(boilerplate.check_view, r) == []


def test_a_real_description_is_not_a_template() -> None:
    r = _record("create_ticket", "Create a ticket for a company queue.", {}, "Open a ticket.",
                {}, {"id": 1, "description": "Customer cannot log in since the update."})
    assert _kinds(boilerplate.check_view, r) == []


@pytest.mark.parametrize(("output", "flagged"), [
    ({"mbti": 556.77}, True),
    ({"rate": 147.83, "monthly_payment": 20.1}, True),
    ({"rate": 6.5, "monthly_payment": 391.32}, False),
    ({"images": [{"url": "https://x.example/a.jpg", "width": 4, "height": 9}]}, True),
    ({"images": [{"url": "https://x.example/a.jpg", "width": 640, "height": 480}]}, False),
    ({"plates": [{"plate_number": "FN1441", "plate_number_prob": 151}]}, True),
    ({"plates": [{"plate_number": "FN1441", "plate_number_prob": 0.93}]}, False),
    ({"mail_port": 584.06}, True),
    ({"rate_of_return": 352.73}, True),
    ({"rate_of_return": 7.5}, False),
    ({"mail_port": 587}, False),
])
def test_numbers_read_against_their_field(output: dict[str, Any], flagged: bool) -> None:
    r = _record("mbti_loan_image_analyse", "Analyse, loan calculator and images.", {},
                "Please work it out.", {}, output)
    assert (_kinds(field_scales.check_view, r) == ["meaningless_number"]) is flagged


def test_a_calculator_named_after_its_quantity_is_not_flagged() -> None:
    r = _record("calculate_displacement", "Displacement of an object.", {}, "How far?", {},
                {"displacement": 380.86})
    assert _kinds(field_scales.check_view, r) == []


@pytest.mark.parametrize(("function", "output"), [
    ("math_hcf", {"hcf": 3}),
    ("weather_humidity_forecast", {"humidity": 80}),
    ("elevation_for_huge_maps", {"elevation": 702}),
])
def test_a_tool_answering_with_the_quantity_it_is_named_after_is_not_flagged(
        function: str, output: dict[str, Any]) -> None:
    r = _record(function, "Returns the figure.", {}, "Work it out.", {}, output)
    assert _kinds(field_scales.check_view, r) == []


def test_each_class_brings_the_overall_score_below_the_threshold() -> None:
    r = _record(*MBTI, "Break down an MBTI (indicator).", {"thinking_vs_feeling": "indicator"},
                {"type": "INTJ"}, answer="Your type is INTJ.")
    findings = validate(r, CTX)
    assert "own_word_argument" in {f.kind for f in findings}
    assert score(r, findings).overall < CTX.threshold


def test_web_words_written_glued_are_not_garbled() -> None:
    from toolgen.judge.realism.garbled import garbled_tokens

    pieces = frozenset({"checkins", "erc20", "stylization", "meetup", "judget0", "medarplay"})
    text = "Show my checkins, the erc20 balance, the meetup, stylization; judget0 and medarplay"
    assert garbled_tokens(text, pieces, "") == ["judget0", "medarplay"]


@pytest.mark.parametrize(("function", "output", "flagged"), [
    # what the calculation's verb governs is the figure it answers with
    ("calculate_electric_field_strength", {"field_strength": 7.2e7}, False),
    ("calculate_fitness", {"fitness": 0.82}, False),
    ("finance_calculate_quarterly_dividend_per_share", {"dividend_per_share": 0.9}, False),
    ("math_roots_polynomial", {"roots": [1.5, -2.0]}, False),
    # the verb last: what comes before it (BFCL seed 7, 000156)
    ("entropy_change_calculate", {"entropy_change": -0.911}, False),
    ("entropy_change_calculate_1a2b3c4d", {"entropy_change": 269.02}, False),
    # a piece of the name that is no quantity: a namespace, a preposition's object,
    # the calculator itself
    ("calculate_area_under_curve", {"under_curve": 488.8}, True),
    ("biological_calc_biomass", {"biological_biomass": 477.01}, True),
    ("energy_calculator_calculate", {"energy_calculator": 506.08}, True),
    ("timezone_convert", {"timezone": 615.75}, True),
])
def test_an_output_named_after_its_tool_is_read_against_what_it_computes(
        function: str, output: dict[str, Any], flagged: bool) -> None:
    r = _record(function, "Works out the figure.", {}, "Work it out.", {}, output)
    assert (_kinds(field_scales.check_view, r) == ["meaningless_number"]) is flagged


def test_a_figure_the_user_gave_under_a_declared_parameter_is_no_echoed_name() -> None:
    """`gallon_to_liter(gallon=26.79)`: the parameter is the API's, the figure the user's."""
    props = {"gallon": {"type": "number", "description": "Gallons to convert."}}
    r = _record("gallon_to_liter", "Convert gallons to liters.", props,
                "Convert 26.79 gallons to liters.", {"gallon": 26.79}, {"liter": 101.41})
    assert _kinds(field_scales.check_view, r) == []
