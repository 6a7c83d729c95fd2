"""A payment card's fields look like a card's (BFCL seed 61 #0: `register_credit_card` sent
`card_number: "IN9453"` and an expiry "2025-05-02" described "in the format MM/YYYY"; the
card list answered a CVV of 81 and a card number "CK2509")."""

from __future__ import annotations

import random
import re

from toolgen.executor import MockExecutor
from toolgen.executor.gen_context import Ctx
from toolgen.executor.payment_cards import expiry_gen
from toolgen.records import Endpoint


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(number)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _cards_endpoint() -> Endpoint:
    card = {"type": "object", "properties": {
        "card_number": {"type": "string", "description": "The credit card number"},
        "expiration_date": {"type": "string",
                            "description": "The expiration date of the credit card in the "
                                           "format MM/YYYY"},
        "cardholder_name": {"type": "string", "description": "The name of the cardholder"},
        "card_verification_value": {"type": "integer"},
        "cvc": {"type": "string"},
    }}
    return Endpoint(id="t/get_all_credit_cards", function_name="get_all_credit_cards",
                    tool_id="t", tool_name="Cards", category="Data",
                    name="get_all_credit_cards", description="Get all registered credit cards",
                    parameters=(), response_schema={"type": "object", "properties": {
                        "cards": {"type": "array", "items": card}}},
                    response_source="schema")


def test_cards_have_luhn_numbers_future_expiries_and_three_digit_codes() -> None:
    executor = MockExecutor(seed=3)
    endpoint = _cards_endpoint()
    cards = [c for s in range(8) for c in executor.session(s).call(endpoint, {}).output["cards"]]
    assert len(cards) >= 8
    for card in cards:
        number = card["card_number"]
        assert re.fullmatch(r"\d{16}", number) and _luhn_ok(number), card
        month, year = card["expiration_date"].split("/")
        assert 1 <= int(month) <= 12 and 2026 <= int(year) <= 2031, card
        assert 100 <= card["card_verification_value"] <= 999, card
        assert re.fullmatch(r"\d{3}", card["cvc"]), card
        assert len(card["cardholder_name"].split()) >= 2, card
    assert len({c["card_number"] for c in cards}) == len(cards)


def test_a_short_expiry_format_is_kept() -> None:
    schema = {"type": "object", "properties": {"exp": {
        "type": "string", "description": "Card expiry date of the card, MM/YY"}}}
    ctx = Ctx(random.Random(1), None, {}, {}, "get")
    drawn = {expiry_gen(schema["properties"]["exp"])(ctx) for _ in range(20)}
    assert all(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", d) for d in drawn), drawn
