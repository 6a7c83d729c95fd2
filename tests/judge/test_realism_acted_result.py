"""An action answered as a listing of other things, as its verb read as a noun, or without
what it was sent (`acted_result`).

Flagged: ToolBench seed 31 #42 (`exchange_currency` of 57.95 answered three exchanges of
other amounts "of 19"), #150 (`place_order` answered an address and a latitude), BFCL
seed 31 #244 (`walmart_purchase` of an Eco Notebook answered three other purchases) and
#26 (`safeway_order` of three sneakers answered an order holding no items).
Left alone: a cart answered with its lines after an add (the added line among them), a
read named for a listing (`order_history`), an order that holds its items, a conversion
of the amount sent.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import acted_result
from toolgen.judge.view import build_view

from .factories import calls_record

CTX = JudgeContext()


def _kinds(name: str, args: dict[str, Any], output: Any) -> list[str]:
    record = calls_record([(name, args, output)], user="Please do it for me.",
                          answer="Done.", conversation_id="t-acted")
    return [f.kind for f in acted_result.check_view(build_view(record), CTX)]


def test_a_purchase_answered_as_other_purchases_is_flagged() -> None:
    assert _kinds("walmart_purchase_4f7380fa",
                  {"loc": "Barcelona", "product_list": ["Eco Notebook"]},
                  {"purchases": [
                      {"purchase_id": "prc_9a0d3c", "purchase_name": "Compact Keyboard",
                       "loc": "Barcelona"},
                      {"purchase_id": "prc_5b81ec", "purchase_name": "Pro Blender",
                       "loc": "Barcelona"}], "total": 15}) == ["action_listed"]


def test_a_conversion_answered_as_other_amounts_is_flagged() -> None:
    rows = [{"exchange_id": f"exc_{i}", "from": "MXN", "to": "SEK", "rate": 0.6176,
             "amount": a, "converted_amount": round(a * 0.6176, 2)}
            for i, a in enumerate((74.53, 472.89, 12.81))]
    assert _kinds("exchange_currency_for_currency_converter",
                  {"amount": "57.95", "toCurrency": "SEK", "fromCurrency": "MXN"},
                  {"exchanges": rows, "total": 19}) == ["action_listed"]


def test_an_order_placed_answered_as_a_place_is_flagged() -> None:
    assert _kinds("place_order_for_onboarding_project", {"id": "prd_8d0a80"},
                  {"address": "58 North Bridge Road, Singapore", "city": "Singapore",
                   "latitude": 1.3521, "longitude": 103.8198, "id": "prd_8d0a80",
                   "status": "active"}) == ["action_misread"]


def test_a_ticket_booked_answered_as_a_novel_is_flagged() -> None:
    # BFCL seed 31 #34: a concert ticket booked with an author and an ISBN
    assert _kinds("concert_book_ticket_ca4e6fe9", {"artist": "Dua Lipa", "city": "Auckland"},
                  {"booking_id": "bkn_c8dbf1", "title": "Golden Hearts",
                   "author": "Patrick Callahan", "isbn": "9781737433323",
                   "artist": "Dua Lipa", "status": "confirmed"}) == ["action_misread"]
    assert _kinds("add_book", {"title": "Golden Hearts"},
                  {"book_id": "bk_1", "title": "Golden Hearts", "author": "P. Callahan",
                   "isbn": "9781737433323"}) == []


def test_an_order_without_the_items_sent_is_flagged() -> None:
    assert _kinds("safeway_order",
                  {"location": "Edinburgh", "items": ["Wireless Sneakers"], "quantity": [3]},
                  {"order_id": "ord_b4970f", "location": "Edinburgh",
                   "status": "confirmed"}) == ["action_unsent"]


def test_a_conversion_of_another_amount_is_flagged() -> None:
    assert _kinds("exchange_currency_for_currency_converter",
                  {"amount": "57.95", "toCurrency": "SEK", "fromCurrency": "MXN"},
                  {"from": "MXN", "to": "SEK", "rate": 0.6176, "amount": 74.53,
                   "converted_amount": 46.03}) == ["action_unsent"]


def test_one_result_of_what_was_sent_stays_clean() -> None:
    assert _kinds("walmart_purchase", {"loc": "Barcelona", "product_list": ["Eco Notebook"]},
                  {"purchase_id": "prc_1", "loc": "Barcelona",
                   "product_list": ["Eco Notebook"], "status": "completed"}) == []
    assert _kinds("exchange_currency_for_currency_converter",
                  {"amount": "57.95", "toCurrency": "SEK", "fromCurrency": "MXN"},
                  {"from": "MXN", "to": "SEK", "rate": 0.6176, "amount": 57.95,
                   "converted_amount": 35.79}) == []
    assert _kinds("safeway_order",
                  {"location": "Edinburgh", "items": ["Wireless Sneakers"], "quantity": [3]},
                  {"order_id": "ord_1", "items": ["Wireless Sneakers"], "quantity": [3],
                   "status": "confirmed"}) == []
    assert _kinds("place_order_for_onboarding_project", {"id": "ord_1"},
                  {"id": "ord_1", "status": "placed"}) == []


def test_a_cart_with_the_added_line_and_reads_stay_clean() -> None:
    assert _kinds("add_to_cart_for_shopline_store",
                  {"product_id": "prd_f4d5ad", "quantity": 5},
                  {"cart_id": "crt_189", "items": [
                      {"product_id": "prd_9916", "quantity": 1},
                      {"product_id": "prd_f4d5ad", "quantity": 5}]}) == []
    orders = [{"order_id": "ord_1"}, {"order_id": "ord_2"}]
    assert _kinds("order_history_for_shop", {"user": "ana"}, {"orders": orders}) == []
    assert _kinds("get_purchases", {}, {"purchases": orders, "total": 9}) == []
    assert _kinds("buy_tickets", {"event": "Gala"}, {"tickets": orders}) == []
    # "maybe add" is a compiler's step, not a purchase or an order
    assert _kinds("maybe_add_js_synthetic_rest_parameter", {"params": ["a"]},
                  {"statements": orders}) == []
