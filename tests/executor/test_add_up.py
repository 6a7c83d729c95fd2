"""`add_up`: an order's lines, subtotal and total agree, and a conversion is amount x rate
(expected figures worked out by hand)."""

from __future__ import annotations

from typing import Any

from toolgen.executor.add_up import add_up


def test_an_orders_total_is_its_items_in_the_form_it_had() -> None:
    order: dict[str, Any] = {
        "items": [{"price": {"amount": 103.01, "currency": "EUR"}, "quantity": 1},
                  {"price": {"amount": 95.71, "currency": "EUR"}, "quantity": 2}],
        "total": {"amount": 97.04, "currency": "EUR"}}
    add_up(order)
    assert order["total"] == {"amount": 294.43, "currency": "EUR"}


def test_a_carts_line_totals_and_subtotal_follow_from_price_and_quantity() -> None:
    cart: dict[str, Any] = {"cart_items": [
        {"unit_price": 16.64, "qty": 5, "line_total": 12.0},
        {"line_total": {"amount": 10.0}}], "subtotal": 90.6}
    add_up(cart)
    assert cart["cart_items"][0]["line_total"] == 83.2
    assert cart["subtotal"] == 93.2


def test_tax_and_shipping_are_added_and_a_discount_taken_off() -> None:
    invoice: dict[str, Any] = {"line_items": [{"price": 20.0, "quantity": 3}],
                               "subtotal": 1.0, "tax": 4.8, "shipping": 5.0,
                               "discount": 2.0, "grand_total": 3.0}
    add_up(invoice)
    assert invoice["subtotal"] == 60.0 and invoice["grand_total"] == 67.8


def test_a_whole_total_counts_results_and_unpriced_items_are_left_alone() -> None:
    page: dict[str, Any] = {"items": [{"price": 2.5}, {"price": 4.0}], "total": 37}
    unpriced: dict[str, Any] = {"items": [{"name": "a"}, {"price": 3.0}], "total": 8.5}
    add_up(page)
    add_up(unpriced)
    assert page["total"] == 37 and unpriced["total"] == 8.5


def test_a_conversion_is_amount_times_rate() -> None:
    quote: dict[str, Any] = {"amount": 622.4, "from": "EUR", "to": "GBP", "rate": 0.8587,
                             "converted_amount": 612.0}
    add_up(quote)
    assert quote["converted_amount"] == 534.45


def test_a_calculators_result_beside_a_rate_is_not_a_conversion() -> None:
    loan: dict[str, Any] = {"amount": 10000, "rate": 5.5, "result": 190.33}
    add_up(loan)
    assert loan["result"] == 190.33


def test_the_lines_of_a_total_are_in_its_currency() -> None:
    # bundled seed 31 #30: an order of 144.05 AUD over four items priced in EUR
    order = {"order_id": "ord_1042", "items": [
        {"product_id": "prd_8186", "quantity": 1, "price": {"amount": 38.1, "currency": "EUR"}},
        {"product_id": "prd_9671", "quantity": 2, "price": {"amount": 31.19, "currency": "EUR"}}],
        "total": {"amount": 144.05, "currency": "AUD"}}
    add_up(order)
    assert [i["price"]["currency"] for i in order["items"]] == ["AUD", "AUD"]
    assert order["total"] == {"amount": 100.48, "currency": "AUD"}
