"""A chain's calls serve one goal (`graph.goals`): a call of a new tool is of a piece
with an earlier call, takes a reference from one, or takes an attribute as a step of a
real workflow. The cases are the records reviewers refused (ToolBench seed 71 #0, #8,
#9) and the workflows they kept (a product's price converted, a hotel in the event's
city)."""

from __future__ import annotations

from toolgen.graph.goals import planned_strays, strays
from toolgen.graph.purposes import are_twins
from toolgen.records import Chain, Edge, Endpoint, PlannedArg, PlannedCall

from .factories import endpoint, param

PUBLISHERS = endpoint("trade_share_api", "Get All Publishers By Country", category="Financial")
COVID = endpoint("coronavirus_monitor", "history by particular country by date",
                 category="Health_and_Fitness")
ZIPS = endpoint("us_geo_data", "Get Zips in State", category="Location")
DISTRICTS = endpoint("viet_nam_administrative_divisions",
                     "Get All Districts Of A City In Vietnam", category="Location")
MARKET = endpoint("bb_finance", "market get full", category="Finance")
TRANSFER = endpoint("tatum_blockchain_api", "Eth Blockchain Transfer", category="Payments")
PRODUCT = endpoint("shopline_store", "Get Product", category="Commerce")
CONVERT = endpoint("fx_rates", "Convert Amount", category="Finance")
EVENT = endpoint("ticketbox_events", "Get Event", category="Entertainment")
HOTELS = endpoint("stayfinder_hotels", "Search Hotels", category="Travel")
TICKET = endpoint("ticketbox_events", "Buy Tickets", category="Entertainment")
ORDERS = endpoint("ticketbox_events", "List Ticket Orders", category="Entertainment")
ENDPOINTS = {e.id: e for e in (PUBLISHERS, COVID, ZIPS, DISTRICTS, MARKET, TRANSFER, PRODUCT,
                               CONVERT, EVENT, HOTELS, TICKET, ORDERS)}


def _link(source: Endpoint, target: Endpoint, field: str, param: str) -> Edge:
    return Edge(source=source.id, target=target.id, kind="data_flow", weight=1.0,
                source_field=field, target_param=param)


def _chain(*endpoints: Endpoint, links: tuple[Edge, ...] = ()) -> Chain:
    return Chain(steps=tuple((e.id,) for e in endpoints), links=links,
                 pattern="multi_step_multi_tool")


def test_a_publishers_country_is_no_reason_for_its_covid_history() -> None:
    chain = _chain(PUBLISHERS, COVID,
                   links=(_link(PUBLISHERS, COVID, "data[].country", "country"),))
    assert strays(chain, ENDPOINTS) == (COVID.id,)


def test_a_price_currency_goes_to_a_conversion_not_to_a_transfer() -> None:
    converted = _chain(PRODUCT, CONVERT,
                       links=(_link(PRODUCT, CONVERT, "price.currency", "from_currency"),))
    sent = _chain(MARKET, TRANSFER,
                  links=(_link(MARKET, TRANSFER, "result.currency", "currency"),))
    assert strays(converted, ENDPOINTS) == ()
    assert strays(sent, ENDPOINTS) == (TRANSFER.id,)


def test_a_hotel_in_the_events_city_is_one_trip() -> None:
    chain = _chain(EVENT, HOTELS, links=(_link(EVENT, HOTELS, "event.city", "city"),))
    assert strays(chain, ENDPOINTS) == ()


def test_an_unlinked_call_of_another_subject_is_another_errand() -> None:
    # one category, no value passed: North Dakota's ZIPs, then districts in Vietnam
    assert strays(_chain(ZIPS, DISTRICTS), ENDPOINTS) == (DISTRICTS.id,)
    # one service: the tickets bought, then its orders
    assert strays(_chain(EVENT, TICKET, ORDERS), ENDPOINTS) == ()


def test_a_link_the_plan_does_not_pass_ties_nothing() -> None:
    chain = _chain(EVENT, HOTELS, links=(_link(EVENT, HOTELS, "event.city", "city"),))
    event = PlannedCall(call_id="c1", endpoint_id=EVENT.id, function_name="get_event")

    def hotels(arg: PlannedArg) -> PlannedCall:
        return PlannedCall(call_id="c2", endpoint_id=HOTELS.id, function_name="search_hotels",
                           arguments=(arg,))

    carried = hotels(PlannedArg(name="city", source="tool_output", call_id="c1",
                                path="$.event.city"))
    stated = hotels(PlannedArg(name="city", source="user", value="Hanoi"))
    assert planned_strays(chain, (event, carried), ENDPOINTS) == ()
    assert planned_strays(chain, (event, stated), ENDPOINTS) == (HOTELS.id,)


def test_a_city_said_again_ties_as_its_link_did() -> None:
    # `planner.stated_cities`: events searched in Osaka, then hotels in Osaka, said again
    chain = _chain(EVENT, HOTELS, links=(_link(EVENT, HOTELS, "event.city", "city"),))
    event = PlannedCall(call_id="c1", endpoint_id=EVENT.id, function_name="get_event",
                        arguments=(PlannedArg(name="city", source="user", value="Osaka"),))
    again = PlannedCall(call_id="c2", endpoint_id=HOTELS.id, function_name="search_hotels",
                        arguments=(PlannedArg(name="city", source="user", value="Osaka"),))
    other = again.model_copy(update={"arguments": (
        PlannedArg(name="city", source="user", value="Hanoi"),)})
    assert planned_strays(chain, (event, again), ENDPOINTS) == ()
    assert planned_strays(chain, (event, other), ENDPOINTS) == (HOTELS.id,)


def test_a_check_made_again_by_another_service_is_no_step() -> None:
    email = (param("email"),)
    verify = endpoint("email_verification", "verify", email, category="Email")
    token = endpoint("smtp_sender", "Get Security Token", email, category="Email")
    validate = endpoint("send_sleuth_email_validation", "Validate Email", email,
                        category="Email")
    assert are_twins(verify, validate)
    endpoints = {e.id: e for e in (verify, token, validate)}
    links = (_link(verify, token, "email", "email"), _link(verify, validate, "email", "email"))
    assert validate.id in strays(_chain(verify, token, validate, links=links), endpoints)


def test_an_email_checked_is_not_updated_to_itself() -> None:
    # ToolBench seed 71 #12: "check the address of an email and then update the email
    # using the email that comes back" set a Gmailnator address to the one just checked
    check = endpoint("email_address_validator", "Validate Email Address", (param("email"),),
                     category="Email")
    update = endpoint("gmailnator", "Update Email", (param("email"),), category="Email")
    send = endpoint("smtp_sender", "Send Email", (param("to"), param("subject")),
                    category="Email")
    endpoints = {e.id: e for e in (check, update, send)}
    written = _chain(check, update, links=(_link(check, update, "data.email", "email"),))
    assert strays(written, endpoints) == (update.id,)
    # sending to the address just checked is a step of one errand
    sent = _chain(check, send, links=(_link(check, send, "data.email", "to"),))
    assert strays(sent, endpoints) == ()
