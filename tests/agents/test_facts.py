"""The facts an answer reports: an amount comes with its currency."""

from __future__ import annotations

import re

from toolgen.agents.offline import Fact
from toolgen.agents.policy.facts import facts_from
from toolgen.agents.policy.units import measured


def test_an_amount_is_reported_with_the_currency_beside_it() -> None:
    output = {"results": [{"name": "Hotel Lumiere",
                           "price_per_night": {"amount": 565.4, "currency": "EUR"}}]}
    values = [f.value for f in facts_from(output)]
    assert "Hotel Lumiere" in values
    assert "565.4 EUR" in values and "565.4" not in values


def test_an_amount_without_a_currency_and_other_numbers_are_left_alone() -> None:
    values = [f.value for f in facts_from({"total": 98, "price": 12.5, "currency_note": "x"})]
    assert "98" in values and "12.5" in values
    rated = [f.value for f in facts_from({"rating": 4.5, "currency": "EUR"})]
    assert rated == ["4.5"]


def test_an_orders_own_total_is_said_before_its_first_line_items_price() -> None:
    output = {"orders": [{"order_id": "ord_1", "status": "shipped",
                          "items": [{"product_id": "p_1", "price": 392.85}],
                          "total": {"amount": 82.1, "currency": "EUR"}}], "total": 40}
    values = [f.value for f in facts_from(output)]
    assert "82.1 EUR" in values
    assert "392.85" not in values


def _facts_by_every_leaf(output: object, limit: int) -> list[tuple[str, str]]:
    """The plain reading: every leaf walked, the first list items kept, most salient first."""
    from toolgen.agents.offline import slot_label, value_text
    from toolgen.agents.policy.facts import _label, _own_money, _rated_fairly, _weight
    from toolgen.records.paths import walk_leaves

    scored = []
    currencies = {}
    ids: dict[tuple[object, ...], int] = {}  # an object's first id is its own, later ones 3
    for order, (parts, value) in enumerate(walk_leaves(output)):
        if any(isinstance(p, int) and p > 0 for p in parts) or isinstance(value, bool):
            continue
        if not isinstance(value, str | int | float) or not parts:
            continue
        text = value_text(value)
        if not text.strip() or len(text) > 60:
            continue
        key = str(next((p for p in reversed(parts) if isinstance(p, str)), ""))
        if key.lower() == "currency":
            currencies[parts[:-1]] = text
        weight = _weight(key)
        if key.lower() in ("symbol", "ticker_symbol", "stock_symbol") and isinstance(
                value, str) and re.fullmatch(r"[A-Z][A-Z0-9.]{0,9}", value):
            weight = 8  # a stock's ticker, said as its name; a currency's "€" is not
        if weight == 6 and (key.lower() in ("id", "uuid") or key.lower().endswith("_id")
                            or key.endswith(("Id", "ID"))):
            weight = 3 if ids.get(parts[:-1]) else weight
            ids[parts[:-1]] = ids.get(parts[:-1], 0) + 1
        if weight:
            in_line_items = sum(isinstance(p, int) for p in parts) > 1
            scored.append((in_line_items, -weight, order, text, parts))
    # what of a rated thing is said, and which money of a record with lines, are other tests'
    scored = _rated_fairly(_own_money(scored))
    scored.sort(key=lambda t: (t[0], t[1], t[2]))
    out: list[tuple[str, str]] = []
    paths: list[tuple[object, ...]] = []
    seen: set[str] = set()
    for _, _, _, text, parts in scored:
        if text not in seen:
            seen.add(text)
            unit = currencies.get(parts[:-1])
            amount = unit is not None and _weight(str(parts[-1])) == 8
            try:
                float(text)
            except ValueError:
                amount = False
            out.append((_label(parts), f"{text} {unit}" if amount else text))
            paths.append(parts)
        if len(out) == limit:
            break
    # two "amount"s are named by the objects holding them, when that tells them apart
    labels = [label for label, _ in out]
    for i, parts in enumerate(paths):
        if labels.count(labels[i]) > 1 and parts[-1] in ("amount", "value") and len(parts) > 1 \
                and isinstance(parts[-2], str):
            named = slot_label(parts[-2])
            named = f"{named} {labels[i]}" if named.endswith("ed") else named
            if named not in [label for label, _ in out]:
                out[i] = (named, out[i][1])
    # a unit closing a number's label is said after the number (`units.measured`)
    return [(f.label, f.value) for f in (measured(Fact(label=lb, value=v)) for lb, v in out)]


def _argument(schema: dict[str, object]) -> object:
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    fallback = {"integer": 2, "number": 2.5, "boolean": True, "array": ["a"], "object": {}}
    return fallback.get(str(schema.get("type")), "Lisbon")


def test_facts_read_only_the_first_items_as_a_walk_of_every_leaf_would() -> None:
    from toolgen.executor import MockExecutor
    from toolgen.registry import load_registry

    outputs: list[object] = [
        {"results": [{"name": "A", "price": 3, "currency": "EUR"}, {"name": "B", "price": 4}],
         "total": 2, "ok": True},
        [{"title": "x", "id": 5}, {"title": "y"}], ["a", "b"], "plain", 7, [],
        {"hotel": {"name": "H", "rating": 4.5, "rooms": [{"id": "r1", "rate": 99.5,
                                                          "currency": "USD"}]},
         "status": "ok", "note": " ", "url": "u" * 70},
    ]
    registry = load_registry(None)
    executor = MockExecutor(4, pool_size=16)
    for i, ep in enumerate(list(registry.endpoints)[:40]):
        args = {p.name: _argument(p.json_schema) for p in ep.parameters if p.required}
        result = executor.session(i).call(ep, args)
        if result.status == "ok":
            outputs.append(result.output)
    assert len(outputs) > 20
    for output in outputs:
        for limit in (3, 5):
            got = [(f.label, f.value) for f in facts_from(output, limit=limit)]
            assert got == _facts_by_every_leaf(output, limit), output


def test_a_carts_line_total_and_subtotal_are_not_both_the_amount() -> None:
    money = {"currency": "EUR"}
    cart = {"cart_id": "crt_544",
            "items": [{"product_id": "prd_164e6f", "line_total": {"amount": 83.9, **money}}],
            "subtotal": {"amount": 188.05, **money}}
    got = {(f.label, f.value) for f in facts_from(cart, limit=3)}
    # the cart states its own money: its first line's is not said as the cart's (qmoney)
    assert "188.05 EUR" in {v for _, v in got} and "83.9 EUR" not in {v for _, v in got}
    line = {"cart_id": "crt_544", "items": [
        {"product_id": "prd_164e6f", "line_total": {"amount": 83.9, **money},
         "price": {"amount": 41.95, **money}}]}
    assert {("line total", "83.9 EUR"), ("price", "41.95 EUR")} <= {
        (f.label, f.value) for f in facts_from(line, limit=3)}
    converted = {"amount": {"amount": 500.0, "currency": "EUR"}, "rate": 0.9565,
                 "converted": {"amount": 478.25, "currency": "CHF"}}
    assert ("converted amount", "478.25 CHF") in {
        (f.label, f.value) for f in facts_from(converted, limit=3)}


def test_a_message_is_reported_by_its_subject_and_an_analysis_by_its_score() -> None:
    message = {"from": "megan.henry@example.com", "subject": "Upgrade to the annual plan",
               "received_at": "2025-06-12T17:14:00Z", "url": "https://x.example/m/1"}
    assert facts_from(message, limit=1)[0].value == "Upgrade to the annual plan"
    analysis = {"score": 70, "confidence": 0.95, "SessionID": "sss_59bd0d"}
    assert "70" in [f.value for f in facts_from(analysis, limit=2)]


def test_an_authors_name_is_not_what_a_created_page_is_called() -> None:
    import random

    from toolgen.agents.offline.clauses import fact_clauses
    from toolgen.agents.offline.types import Fact

    facts = [Fact(label="status", value="confirmed"),
             Fact(label="author name", value="Kimberly Bush")]
    text = fact_clauses(facts, lambda v: v, random.Random(1))
    assert not text.startswith(("it's Kimberly Bush", "that's Kimberly Bush")), text
    assert "Kimberly Bush" in text


def test_a_quoted_sentence_ending_an_answer_sentence_keeps_one_stop() -> None:
    import random

    from toolgen.agents.offline.report import assistant_report
    from toolgen.agents.offline.types import Fact, Intent, Outcome

    intent = Intent(verb="translate", obj="the text", phrase="translate the text")
    outcome = Outcome(intent=intent, status="ok",
                      facts=(Fact(label="translated text", value="Merci beaucoup."),))
    for seed in range(20):
        text = assistant_report([outcome], random.Random(seed))
        assert "Merci beaucoup." in text and ".." not in text, text


def test_a_weather_reading_is_reported_by_its_temperature_with_its_scale() -> None:
    # BFCL seed 7 000048 had answered "its city is Berlin, with conditions Partly cloudy"
    reading = {"weather_id": "wth_95abc6", "temperature": -1.7, "feels_like": 0.8,
               "humidity": 24, "conditions": "Partly cloudy", "city": "Berlin",
               "date": "2025-01-11"}
    said = {f.label: f.value for f in facts_from(reading)}
    assert said.get("temperature") == "-1.7 °C", said


def test_a_temperature_in_fahrenheit_says_so() -> None:
    said = {f.label: f.value for f in facts_from({"temperature": 71.2, "units": "Fahrenheit",
                                                  "city": "Austin"})}
    assert said.get("temperature") == "71.2 °F", said


def test_a_rating_of_zero_is_not_reported_as_a_rating() -> None:
    # ToolBench seed 690811 record 000007: "it's rated 0" of an Amazon India product with
    # no reviews yet
    out = {"name": "Pro Headphones", "average_rating": 0, "total_reviews": 0,
           "pricing": "₹13,954.51", "availability_status": "completed"}
    said = facts_from(out)
    assert [f.value for f in said if "rating" in f.label] == []
    assert any(f.value == "Pro Headphones" for f in said)
    assert not any(f.label.endswith("status") for f in said), said  # nor said instead


def test_a_rated_thing_is_not_said_with_its_request_status() -> None:
    # "its status is confirmed, rated 4.3" (an Amazon answer's availability_status) and
    # "Kikuyu Escarpment Forest, with status success, rated 5" (the envelope's status)
    product = {"name": "Pro Headphones", "availability_status": "confirmed",
               "average_rating": 4.3}
    forests = {"status": "success", "total": 1,
               "data": [{"name": "Kikuyu Escarpment Forest", "rating": 5}]}
    for out in (product, forests):
        said = facts_from(out)
        assert any("rating" in f.label for f in said)
        assert not any(f.label.endswith("status") for f in said), said


def test_an_order_is_said_to_cost_its_total_not_its_first_items_price() -> None:
    # bundled seed 11 #288: "it comes to 90.61 EUR, a total of 362.84 EUR" of a 4-item order
    output = {"order_id": "ord_295335", "status": "delivered", "items": [
        {"product_id": "prd_4792", "quantity": 1, "price": {"amount": 90.61, "currency": "EUR"}},
        {"product_id": "prd_4362", "quantity": 1, "price": {"amount": 89.76, "currency": "EUR"}}],
        "total": {"amount": 180.37, "currency": "EUR"}}
    values = [f.value for f in facts_from(output, limit=5)]
    assert "180.37 EUR" in values
    assert "90.61 EUR" not in values


def test_a_cart_is_said_to_come_to_its_subtotal_not_its_first_line() -> None:
    output = {"cart_id": "crt_32a122", "items": [
        {"product_id": "prd_9550", "quantity": 3, "line_total": {"amount": 92.14,
                                                                 "currency": "EUR"}},
        {"product_id": "prd_9b73f3", "quantity": 3, "line_total": {"amount": 252.0,
                                                                   "currency": "EUR"}}],
        "subtotal": {"amount": 344.14, "currency": "EUR"}}
    values = [f.value for f in facts_from(output, limit=5)]
    assert "344.14 EUR" in values and "92.14 EUR" not in values
    assert "prd_9550" not in values  # the first line's product is not what was added


def test_a_listings_first_item_keeps_its_price_when_the_listing_states_no_money() -> None:
    output = {"results": [{"name": "Hotel Lumiere", "price": {"amount": 565.4,
                                                              "currency": "EUR"}}], "total": 4}
    assert "565.4 EUR" in [f.value for f in facts_from(output, limit=5)]
