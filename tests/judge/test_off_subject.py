"""The judge flags a call fed an attribute of another tool's result that the first call is
not about (`off_subject`, kind `incidental_link`).

ToolBench seed 7 #21: SMSto's last campaign, then Checkiday's events of the day with the
campaign's `timezone`. A time zone from a time-zone lookup, a city from a fuel price "by
city", an id passed on, or a time zone passed within one tool are fine.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism import off_subject
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

_EVENTS = ("get_today_s_events_for_checkiday", {"timezone": "Asia/Kathmandu"},
           {"events": [{"name": "National Pi Day"}]})


def _linked(first: tuple[str, dict[str, Any], Any], second: tuple[str, dict[str, Any], Any],
            param: str, path: str, descriptions: dict[str, str] | None = None) -> Record:
    """Two calls, the second's `param` taken from the first's output at `path`."""
    record = calls_record([first, second], user="Please look it up.", answer="Done.",
                          conversation_id="t-off-subject", descriptions=descriptions)
    d = record.model_dump(mode="json")
    arg = d["step_trace"][1]["arguments"][param]
    arg.update({"source": "tool_output", "call_id": "c1", "path": path})
    arg.pop("message_index", None)
    return Record.model_validate(d)


def _kinds(record: Record) -> list[str]:
    return [f.kind for f in off_subject.check_view(build_view(record), JudgeContext())]


def test_a_campaign_time_zone_fed_to_a_holiday_calendar_is_flagged() -> None:
    campaign = ("get_last_campaign_for_smsto", {},
                {"id": "cmp_648357", "status": "SCHEDULED", "timezone": "Asia/Kathmandu"})
    record = _linked(campaign, _EVENTS, "timezone", "$.timezone",
                     {"get_last_campaign_for_smsto": "Get the last campaign that you have sent"})
    assert _kinds(record) == ["incidental_link"]


def test_an_attribute_the_first_call_is_about_passes() -> None:
    zone = ("get_timezone_for_world_clock", {"city": "Kathmandu"},
            {"city": "Kathmandu", "timezone": "Asia/Kathmandu"})
    assert _kinds(_linked(zone, _EVENTS, "timezone", "$.timezone")) == []
    fuel = ("fuel_price_by_city_for_daily_fuel_price_india", {"city": "Pune"},
            {"city": "Pune", "petrol": 106.3})
    zips = ("find_zip_codes_by_city_for_polish_zip_codes", {"city": "Pune"}, {"codes": []})
    assert _kinds(_linked(fuel, zips, "city", "$.city")) == []


def test_an_id_or_a_link_within_one_tool_passes() -> None:
    campaign = ("get_last_campaign_for_smsto", {},
                {"id": "cmp_648357", "timezone": "Asia/Kathmandu"})
    same_tool = ("get_campaign_stats_for_smsto", {"timezone": "Asia/Kathmandu"}, {"sent": 2})
    assert _kinds(_linked(campaign, same_tool, "timezone", "$.timezone")) == []
    details = ("get_campaign_details_for_campaign_viewer", {"id": "cmp_648357"}, {"sent": 2})
    assert _kinds(_linked(campaign, details, "id", "$.id")) == []


def test_a_price_currency_is_paid_but_a_seat_never_leaves_its_tool() -> None:
    cart = ("add_to_cart_for_shopline_store", {"product_id": "prd_1"},
            {"cart_id": "crt_9", "total": 52.5, "currency": "EUR"})
    pay = ("create_payment_for_payflow", {"amount": 52.5, "currency": "EUR"},
           {"payment_id": "pay_3", "status": "pending"})
    assert _kinds(_linked(cart, pay, "currency", "$.currency",
                          {"create_payment_for_payflow": "Create a payment."})) == []
    seat_map = ("get_seat_map_for_skyway_flights", {"flight_id": "flt_2"},
                {"seats": [{"seat": "14C", "available": True}]})
    cinema = ("book_cinema_seats_for_showtime_cinema", {"seat": "14C"}, {"booking_id": "bk_1"})
    assert _kinds(_linked(seat_map, cinema, "seat", "$.seats[0].seat")) == ["incidental_link"]


def test_an_attribute_the_second_call_is_not_about_is_flagged() -> None:
    """ToolBench seed 71 #0: publishers in Singapore, then a name's gender "in the country
    that comes back"; the checker takes a country only to narrow a name's gender."""
    publishers = ("api_management_get_all_publishers_by_country_for_trade",
                  {"countryName": "Singapore"}, {"data": [{"country": "Singapore"}]})
    gender = ("gender_for_gender_checker", {"query": "Alex", "country": "Singapore"},
              {"result": "male"})
    assert _kinds(_linked(publishers, gender, "country", "$.data[0].country")) == [
        "incidental_link"]
    covid = ("latest_stat_by_country_name_for_coronavirus_monitor",
             {"country": "Singapore"}, {"cases": 12})
    assert _kinds(_linked(publishers, covid, "country", "$.data[0].country")) == []


def test_a_checked_address_never_opens_a_throwaway_inbox() -> None:
    """A verified address is the user's own; a temp-mail service reads only inboxes it
    made (ToolBench seed 5766738 #5)."""
    verify = ("verify_email_for_email_verifier", {"email": "ann@example.com"},
              {"email": "ann@example.com", "valid": True})
    inbox = ("read_inbox_for_temp_mail", {"email": "ann@example.com"}, {"messages": []})
    send = ("send_email_for_send_emails_api", {"email": "ann@example.com"}, {"sent": True})
    assert _kinds(_linked(verify, inbox, "email", "$.email",
                          {"read_inbox_for_temp_mail": "Read a temporary mailbox"})) == [
        "incidental_link"]
    assert _kinds(_linked(verify, send, "email", "$.email")) == []


def _across(first: tuple[str, dict[str, Any], Any], second: tuple[str, dict[str, Any], Any],
            param: str, path: str, categories: tuple[str, str]) -> list[str]:
    """`_kinds` of two linked calls filed under corpus `categories`."""
    d = _linked(first, second, param, path).model_dump(mode="json")
    for step, category in zip(d["step_trace"], categories, strict=True):
        step["endpoint_id"] = f"{category}/{step['function_name']}"
    return _kinds(Record.model_validate(d))


def test_an_attribute_passed_to_another_domain_no_errand_goes_to_is_flagged() -> None:
    """ToolBench seed 71 #0 and #9: a publisher's country into a Covid history, a market's
    currency into an Ethereum transfer. A hotel in the event's city, a product's price
    converted, and a booking paid in its currency are one errand."""
    publishers = ("api_management_get_all_publishers_by_country_for_trade_share_api",
                  {"countryName": "Singapore"}, {"data": [{"country": "Singapore"}]})
    covid = ("history_by_particular_country_by_date_for_coronavirus_monitor",
             {"country": "Singapore"}, {"histories": [{"confirmed": 857}]})
    assert _across(publishers, covid, "country", "$.data[0].country",
                   ("Financial", "Health_and_Fitness")) == ["cross_domain_link"]
    assert _across(publishers, covid, "country", "$.data[0].country",
                   ("BFCL_v4_multiple", "BFCL_v4_live_simple")) == []
    market = ("market_get_full_for_bb_finance", {"id": "adsmi:ind"},
              {"result": {"currency": "EUR"}})
    transfer = ("eth_blockchain_transfer_for_tatum_blockchain_api", {"currency": "EUR"},
                {"txId": "0xab"})
    assert _across(market, transfer, "currency", "$.result.currency",
                   ("Finance", "Payments")) == ["cross_domain_link"]
    event = ("get_event_for_ticketbox_events", {"event_id": "evt_1"},
             {"event": {"city": "Paris"}})
    hotels = ("search_hotels_for_stayfinder_hotels", {"city": "Paris"}, {"hotels": []})
    assert _across(event, hotels, "city", "$.event.city", ("Entertainment", "Travel")) == []
    product = ("get_product_for_shopline_store", {"product_id": "prd_1"},
               {"price": {"amount": 81.1, "currency": "EUR"}})
    convert = ("convert_amount_for_fx_rates", {"from_currency": "EUR"}, {"rate": 0.86})
    pay = ("create_payment_for_payflow", {"currency": "EUR"}, {"status": "pending"})
    booking = ("book_flight_for_skyway_flights", {"flight_id": "flg_1"},
               {"total_price": {"amount": 594.63, "currency": "EUR"}})
    assert _across(product, convert, "from_currency", "$.price.currency",
                   ("Commerce", "Finance")) == []
    assert _across(booking, pay, "currency", "$.total_price.currency",
                   ("Travel", "Finance")) == []
    assert _across(product, pay, "currency", "$.price.currency",
                   ("Commerce", "Finance")) == ["cross_domain_link"]
