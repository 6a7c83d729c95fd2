"""A "from" price is the cheapest of the prices listed beside it (`executor.lowest_price`)."""

from __future__ import annotations

from toolgen.executor.lowest_price import lowest_listed


def _event(min_price: float, *section_prices: float) -> dict[str, object]:
    return {"event": {"event_id": "evn_1", "min_price": {"amount": min_price,
                                                         "currency": "EUR"}},
            "sections": [{"section": s, "price": {"amount": p, "currency": "EUR"},
                          "available": 10} for s, p in zip("ABC", section_prices, strict=False)]}


def _prices(out: dict[str, object]) -> list[float]:
    sections = out["sections"]
    assert isinstance(sections, list)
    return [s["price"]["amount"] for s in sections]


def test_sections_cheaper_than_the_event_from_price_move_up_to_it() -> None:
    out = _event(72.8, 36.5, 50.0)
    lowest_listed(out)
    assert _prices(out) == [72.8, 86.3]
    assert out["event"] == {"event_id": "evn_1", "min_price": {"amount": 72.8,
                                                               "currency": "EUR"}}


def test_sections_at_or_above_the_from_price_are_left_alone() -> None:
    out = _event(30.0, 36.5, 50.0)
    lowest_listed(out)
    assert _prices(out) == [36.5, 50.0]


def test_a_plain_number_price_keeps_its_form() -> None:
    out = {"min_price": 40, "tickets": [{"price": 25}, {"price": 60}]}
    lowest_listed(out)
    assert out == {"min_price": 40, "tickets": [{"price": 40}, {"price": 75}]}
