"""The checks for records the judge scored 4.5 or more that a careful reviewer refused.

Each flagged case is the shape of a generated record read at seed 7 (ToolBench, BFCL and
the bundled corpus); each left-alone case is what a real service answers in that shape.
A result for other filters than asked, an answer leaving out the figure asked for, one
quantity in two units that disagree, values of the wrong kind, a market quote where none
belongs, and a function name glued into one word.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext, score, validate
from toolgen.judge.realism import (
    arguments,
    filters,
    naming,
    omitted,
    shapes,
    sums,
    units,
    value_kinds,
)
from toolgen.judge.view import build_view
from toolgen.records import Finding, Record

from .factories import Call, calls_record

CTX = JudgeContext()



def _record(user: str, calls: list[Call], answer: str,
            descriptions: dict[str, str] | None = None) -> Record:
    return calls_record(calls, user=user, answer=answer, conversation_id="t-overrated",
                        descriptions=descriptions)


def _kinds(check: Any, record: Record) -> list[str]:
    found: list[Finding] = check(build_view(record), CTX)
    return [f.kind for f in found]


# -- filters -------------------------------------------------------------------------

def test_a_status_filtered_list_holding_another_status_is_flagged() -> None:
    rec = _record("Go through my deliveries that are on the way.", [(
        "list_deliveries", {"status": "on_the_way"},
        {"deliveries": [{"delivery_id": "dlv_1980", "status": "placed"},
                        {"delivery_id": "dlv_2409", "status": "on_the_way"}]})],
        "37 deliveries, the first dlv_1980.")
    assert _kinds(filters.check_view, rec) == ["filter_contradiction"]


def test_a_case_search_for_2024_answered_with_a_1995_case_is_flagged() -> None:
    rec = _record("Law cases on intellectual property in 2024 in Amsterdam?", [(
        "law_case_search", {"topic": "intellectual property", "year_range": [2024],
                            "location": "Amsterdam"},
        {"case_name": "United States v. Carter", "court": "Supreme Court",
         "decided_year": 1995, "topic": "intellectual property"})],
        "It's United States v. Carter.")
    assert _kinds(filters.check_view, rec) == ["filter_contradiction"]


def test_a_download_handing_back_another_file_is_flagged() -> None:
    rec = _record("Grab trailer.mp4 for me.", [(
        "download", {"file_name": "trailer.mp4"},
        {"files": [{"file_id": "fli_1", "file_name": "invoice-2025-031.pdf"}]})],
        "Here is your file.")
    assert _kinds(filters.check_view, rec) == ["filter_contradiction"]


def test_a_president_not_in_office_in_the_asked_year_is_flagged() -> None:
    rec = _record("Name the U.S. President from 2007.", [(
        "us_president_in_year", {"year": 2007},
        {"year": 2007, "president": "Joe Biden", "office": "President of the United States"})],
        "That's Joe Biden.")
    assert _kinds(filters.check_view, rec) == ["filter_contradiction"]


def test_presidents_in_office_that_year_are_left_alone() -> None:
    for year, name in ((2003, "George W. Bush"), (1991, "George Bush"), (2017, "Barack Obama"),
                       (2017, "Donald Trump"), (1996, "Bill Clinton")):
        rec = _record(f"Who was U.S. President in {year}?", [(
            "us_president_in_year", {"year": year}, {"year": year, "president": name})],
            f"It was {name}.")
        assert _kinds(filters.check_view, rec) == [], (year, name)


def test_results_that_keep_to_the_filters_are_left_alone() -> None:
    rec = _record("Cases from 2001 to 2023 in French?", [(
        "law_case_search_find_historical",
        {"from_year": 2001, "to_year": 2023, "language": "fr"},
        {"cases": [{"decided_year": 2002, "language": "fr-FR", "founded_year": 1890},
                   {"decided_year": 2023, "language": "FR"}]})],
        "Two cases, from 2002 and 2023.")
    assert _kinds(filters.check_view, rec) == []


def test_an_update_answering_with_the_new_state_is_left_alone() -> None:
    rec = _record("Mark order ord_1 as shipped.", [(
        "update_order_status", {"order_id": "ord_1", "status": "shipped"},
        {"order_id": "ord_1", "status": "in_transit"})], "Order ord_1 is in transit.")
    assert _kinds(filters.check_view, rec) == []


def test_a_cart_listing_other_products_than_the_one_added_is_left_alone() -> None:
    rec = _record("Show the cart after prd_1.", [(
        "get_cart", {"product_id": "prd_1"},
        {"items": [{"product_id": "prd_9454"}, {"product_id": "prd_1"}]})], "Two items.")
    assert _kinds(filters.check_view, rec) == []


# -- omitted -------------------------------------------------------------------------

def test_an_answer_naming_the_ship_but_not_its_valuation_is_flagged() -> None:
    rec = _record("Look up the ships valuation (ship shp_cc6c2b).", [(
        "ships_valuation_for_marine_radar", {"ship_id": "shp_cc6c2b"},
        {"ship_id": "shp_cc6c2b", "valuation_usd": 30989845.72, "name": "CMA CGM Rhone"})],
        "I pulled up the ships valuation: it's CMA CGM Rhone.")
    assert _kinds(omitted.check_view, rec) == ["asked_omitted"]


def test_an_answer_giving_the_year_id_instead_of_the_president_is_flagged() -> None:
    rec = _record("Pull up the name of the U.S. President from 2007.", [(
        "us_president_in_year", {"year": 2007},
        {"year_id": "yre_5945c2", "year": 2007, "president": "George W. Bush"})],
        "I pulled up a name of U.S. President: the year ID is yre_5945c2.")
    assert _kinds(omitted.check_view, rec) == ["asked_omitted"]


def test_the_asked_figure_stated_rounded_or_in_millions_is_left_alone() -> None:
    for answer in ("The valuation is $30,989,845.72.", "It's valued at about 31 million USD.",
                   "Valuation: 30989845.7 dollars."):
        rec = _record("What is the ships valuation for shp_1?", [(
            "ships_valuation", {"ship_id": "shp_1"},
            {"ship_id": "shp_1", "valuation_usd": 30989845.72})], answer)
        assert _kinds(omitted.check_view, rec) == [], answer


def test_a_value_the_call_sent_and_a_name_not_asked_for_are_left_alone() -> None:
    sent = _record("Validate the email ann@example.org.", [(
        "validate_email", {"email": "ann@example.org"},
        {"email": "ann@example.org", "is_valid": True})], "It's valid.")
    unasked = _record("Get the ship shp_1.", [(
        "ships_valuation", {"ship_id": "shp_1"},
        {"ship_id": "shp_1", "valuation_usd": 12.5})], "It's the CMA CGM Rhone.")
    assert _kinds(omitted.check_view, sent) == []
    assert _kinds(omitted.check_view, unasked) == []  # the user never asked for a valuation


# -- units ---------------------------------------------------------------------------

def test_grams_and_kilograms_of_one_quantity_that_disagree_are_flagged() -> None:
    assert units.reason({"co2e_gm": 175, "co2e_kg": 205.94}) is not None
    assert units.reason({"temp_c": 20, "temp_f": 80}) is not None
    assert units.reason({"price": 12.5, "price_cents": 125}) is not None
    rec = _record("Estimate the fuel's emissions.", [(
        "fuel_consumption_estimate", {"fuel_name": "Diesel"},
        {"co2e_gm": 175, "co2e_kg": 205.94, "co2e_mt": 382.44, "co2e_lb": 49.03})],
        "That's 205.94 kg of CO2e.")
    assert _kinds(units.check_view, rec) == ["unit_mismatch"]


def test_units_that_agree_or_tell_a_quantity_in_parts_are_left_alone() -> None:
    assert units.reason({"co2e_gm": 205940, "co2e_kg": 205.94, "co2e_lb": 454.02}) is None
    assert units.reason({"temp_c": 20, "temp_f": 68}) is None
    assert units.reason({"distance_km": 10, "distance_mi": 6.2}) is None
    assert units.reason({"size_mb": 1.5, "size_kb": 1536}) is None  # 1024 per step
    assert units.reason({"height_feet": 6, "height_inches": 8}) is None
    assert units.reason({"duration_hours": 2, "duration_minutes": 15}) is None
    assert units.reason({"vitamin_c": 90, "vitamin_k": 120}) is None  # no temperatures


# -- value_kinds ---------------------------------------------------------------------

def _no_description() -> str:
    return ""


def test_values_of_the_wrong_kind_are_flagged() -> None:
    assert value_kinds.reason("fuel_name", "Amber Meadow", _no_description) is not None
    assert value_kinds.reason("generic_name", "Golden Hour", _no_description) is not None
    assert value_kinds.reason("fuel_unit", "basic", _no_description) is not None
    assert value_kinds.reason("units", "default", _no_description) is not None
    assert value_kinds.reason("retrieve_metadata", "boolean", _no_description) is not None


def test_values_of_their_kind_are_left_alone() -> None:
    assert value_kinds.reason("fuel_name", "Natural Gas", _no_description) is None
    assert value_kinds.reason("fuel_name", "Premium Petrol", _no_description) is None
    assert value_kinds.reason("fuel_name", "Regular Kind",
                              lambda: "use **regular kind** or **premium**") is None
    assert value_kinds.reason("material", "Stainless Steel", _no_description) is None
    for unit in ("kg", "tablespoon", "Kelvin", "metric", "USD/bbl.", "gCO2eq/kWh", "feet"):
        assert value_kinds.reason("unit", unit, _no_description) is None, unit
    assert value_kinds.reason("data_type", "string", _no_description) is None
    assert value_kinds.reason("room_type", "double", _no_description) is None


def test_a_user_answering_with_a_type_name_is_flagged_on_the_call() -> None:
    rec = _record("Find the resource.", [(
        "convert_resource", {"retrieve_metadata": "boolean"},
        {"storage_id": "str_9c9da6", "retrieve_metadata": "boolean"})], "Done.")
    assert _kinds(value_kinds.check_view, rec) == ["wrong_kind_value"]


# -- shapes --------------------------------------------------------------------------

def test_a_stock_quote_for_a_players_goals_is_flagged() -> None:
    rec = _record("All-time goals of Kylian Mbappe for Real Madrid?", [(
        "player_stats_get_all_time_goals", {"player_name": "Kylian Mbappe"},
        {"value": 38.73, "change_percent": -2.11, "player_name": "Kylian Mbappe"})],
        "The value is 38.73.", {"player_stats_get_all_time_goals": "Goals of a player."})
    assert _kinds(shapes.check_view, rec) == ["borrowed_shape"]


def test_a_quote_from_a_market_tool_is_left_alone() -> None:
    rec = _record("How is AAPL doing?", [(
        "get_quote", {"symbol": "AAPL"},
        {"symbol": "AAPL", "price": 189.84, "change_percent": -0.42})],
        "AAPL is at 189.84.", {"get_quote": "Latest stock quote."})
    assert _kinds(shapes.check_view, rec) == []


# -- naming: glued identifiers -------------------------------------------------------

def test_a_user_reciting_a_glued_function_name_is_flagged() -> None:
    rec = _record("Can you help me find ConvertrawresourceID?", [(
        "convertrawresource_id_for_kloudless_email", {"retrieve_metadata": "true"},
        {"storage_id": "str_9c9da6"})], "Here it is.")
    assert _kinds(naming.check_view, rec) == ["glued_identifier"]


def test_compound_words_and_handed_over_values_are_left_alone() -> None:
    compound = _record("What's new in blockchain bootstrapping?", [(
        "get_blockchain_news", {"topic": "bootstrapping"}, {"items": []})], "Nothing new.")
    value = _record("Look up code getallnotes2024.", [(
        "get_all_notes", {"code": "getallnotes2024"}, {"notes": []})], "No notes.")
    assert "glued_identifier" not in _kinds(naming.check_view, compound)
    assert "glued_identifier" not in _kinds(naming.check_view, value)


# -- scoring -------------------------------------------------------------------------

def test_the_new_kinds_cap_the_score_below_the_threshold_but_do_not_gate() -> None:
    from toolgen.judge.realism import gates

    rec = _record("Look up the ships valuation (ship shp_cc6c2b).", [(
        "ships_valuation_for_marine_radar", {"ship_id": "shp_cc6c2b"},
        {"ship_id": "shp_cc6c2b", "valuation_usd": 30989845.72, "name": "CMA CGM Rhone"})],
        "I pulled up the ships valuation: it's CMA CGM Rhone.")
    findings = validate(rec, CTX)
    mine = [f for f in findings if f.kind == "asked_omitted"]
    assert mine and not any(gates(f) for f in mine)
    assert score(rec, findings).overall < CTX.threshold


# -- arguments -----------------------------------------------------------------------

def test_money_converted_into_the_currency_it_is_in_is_flagged() -> None:
    # Bundled seed 7: a 22.5 EUR booking "converted to EUR" at a rate of 1.0, scored 5.0.
    rec = _record("Book seat F7, then convert the amount to EUR.", [(
        "convert_amount", {"amount": 22.5, "from_currency": "EUR", "to_currency": "EUR"},
        {"amount": 22.5, "from_currency": "EUR",
         "converted": {"amount": 22.5, "currency": "EUR"}, "rate": 1.0})],
        "That comes to 22.5 EUR.")
    assert _kinds(arguments.check_view, rec) == ["same_currency_conversion"]


def test_a_conversion_between_two_currencies_is_left_alone() -> None:
    rec = _record("Convert 22.5 EUR to GBP.", [(
        "convert_amount", {"amount": 22.5, "from_currency": "EUR", "to_currency": "GBP"},
        {"amount": 22.5, "from_currency": "EUR",
         "converted": {"amount": 19.32, "currency": "GBP"}, "rate": 0.8587})],
        "That comes to 19.32 GBP.")
    assert _kinds(arguments.check_view, rec) == []


def test_results_of_one_scan_listed_under_other_scans_are_flagged() -> None:
    rec = _record("Look up the results of scan scn_587993.", [(
        "get_scan_results", {"scan_id": "scn_587993"},
        {"results": [{"result_id": "rsl_c8d178", "scan_id": "scn_7b0bcd", "score": 38},
                     {"result_id": "rsl_9e4133", "scan_id": "scn_10d963", "score": 96}],
         "total": 23})],
        "23 results; the first scored 38.")
    assert _kinds(filters.check_view, rec) == ["filter_contradiction"]


def test_children_of_the_sent_record_and_similar_things_are_left_alone() -> None:
    own = _record("Results of scan scn_587993?", [(
        "get_scan_results", {"scan_id": "scn_587993"},
        {"results": [{"result_id": "rsl_c8d178", "scan_id": "scn_587993", "score": 38}]})],
        "One result, scored 38.")
    similar = _record("Products like prd_4821?", [(
        "get_similar_products", {"product_id": "prd_4821"},
        {"products": [{"product_id": "prd_1193", "seller_id": "slr_2201", "name": "Mug"}]})],
        "A mug, prd_1193.")
    only_id = _record("Products like prd_4821?", [(
        "get_product_recs", {"product_id": "prd_4821"},
        {"items": [{"product_id": "prd_1193", "name": "Mug"}]})],
        "A mug, prd_1193.")
    assert [_kinds(filters.check_view, r) for r in (own, similar, only_id)] == [[], [], []]


def test_a_price_text_stating_another_figure_is_flagged() -> None:
    rec = _record("Shipping options for item 11228?", [(
        "shipping_id", {"id": 11228},
        {"items": [{"serviceName": "AliExpress Standard", "priceBase": {
            "currency": "EGP", "formattedAmount": "894.47", "value": 24.46}}]})],
        "AliExpress Standard, 24.46 EGP.")
    same = _record("Shipping options for item 11228?", [(
        "shipping_id", {"id": 11228},
        {"items": [{"serviceName": "AliExpress Standard", "priceBase": {
            "currency": "USD", "formattedAmount": "US $24.46", "value": 24.46}}]})],
        "AliExpress Standard, 24.46 USD.")
    assert [_kinds(sums.check_view, r) for r in (rec, same)] == [["sum_mismatch"], []]


def test_an_event_from_a_price_above_its_only_section_is_flagged() -> None:
    def event(section_price: float) -> Record:
        return _record("Tell me about event evn_5e0d9e.", [(
            "get_event", {"event_id": "evn_5e0d9e"},
            {"event": {"event_id": "evn_5e0d9e", "title": "Paris Jazz Night",
                       "min_price": {"amount": 72.8, "currency": "EUR"}},
             "sections": [{"section": "B", "available": 36,
                           "price": {"amount": section_price, "currency": "EUR"}}]})],
            "Paris Jazz Night, from 72.8 EUR.")
    assert [_kinds(sums.check_view, event(p)) for p in (36.5, 72.8, 90.0)] == [
        ["sum_mismatch"], [], []]


def test_an_airport_of_another_city_is_flagged_unless_labelled_the_nearest() -> None:
    """ToolBench seed 7 000053: Gilroy's airports answered with Miami's; San Jose's, said
    to be the nearest to Gilroy, is an honest answer."""
    def record(airport: dict[str, Any]) -> Record:
        return _record("Which airports are in Gilroy?", [(
            "v1_airports", {"city": "Gilroy"}, {"airports": [airport]})],
            f"The airport is {airport['name']}.")
    miami = {"name": "Miami International Airport", "iata": "MIA", "city": "Miami"}
    san_jose = {"name": "San Jose International Airport", "iata": "SJC",
                "city": "San Jose", "nearest_to": "Gilroy", "distance_km": 51}
    other = {**san_jose, "nearest_to": "Morgan Hill"}
    assert _kinds(filters.check_view, record(miami)) == ["filter_contradiction"]
    assert _kinds(filters.check_view, record(san_jose)) == []
    assert _kinds(filters.check_view, record(other)) == ["filter_contradiction"]
