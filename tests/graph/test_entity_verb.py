"""An entity's own verb is no domain two APIs share: `book` beside `booking` let a hotel
booking's id feed a flight system's `retrieve_invoice` (BFCL seed 7 000118, once the
sample moved: an invoice from Zurich to Zurich, first class, for a hotel stay)."""

from __future__ import annotations

from toolgen.graph.edges import same_kind
from toolgen.records import Endpoint


def _endpoint(tool: str, name: str, description: str) -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=name, tool_id=tool, tool_name=tool,
                    category="BFCL_v4_multiple", name=name, description=description)


_HOTEL = _endpoint("hotels", "hotel_booking",
                   "Books a hotel room for a stay of some duration at a location.")
_INVOICE = _endpoint("travel_booking", "retrieve_invoice",
                     "This tool belongs to the travel system, which allows users to book "
                     "flights, manage credit cards, and view budget information. Tool "
                     "description: Retrieve the invoice for a booking.")


def test_a_hotel_booking_id_does_not_feed_a_flight_invoice() -> None:
    assert not same_kind(_HOTEL, _INVOICE, "booking_id", True, {}, "booking_id")


def test_a_flight_booking_id_still_feeds_its_invoice_elsewhere() -> None:
    flight = _endpoint("flights", "book_flight",
                       "Makes a flight booking for the user on a travel date with a credit "
                       "card.")
    assert same_kind(flight, _INVOICE, "booking_id", True, {}, "booking_id")
