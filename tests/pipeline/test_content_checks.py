"""The issue 12 content checkers (`content_checks`) on hand-written records: they catch
each problem the issue describes and accept believable content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from . import content_checks as cc

Rec = dict[str, Any]


def _record(outputs: Sequence[tuple[str, Any]],
            calls: Sequence[tuple[str, dict[str, Any]]] = (),
            tools: Sequence[dict[str, Any]] = ()) -> Rec:
    messages: list[dict[str, Any]] = [{"role": "user", "content": "hi"}]
    for i, (name, args) in enumerate(calls):
        messages.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": f"c{i}", "type": "function",
             "function": {"name": name, "arguments": orjson.dumps(args).decode()}}]})
        if i < len(outputs):
            messages.append({"role": "tool", "tool_call_id": f"c{i}", "name": outputs[i][0],
                             "content": orjson.dumps(outputs[i][1]).decode()})
    return {"conversation_id": "t", "messages": messages, "tools": list(tools),
            "step_trace": []}


def test_checkers_catch_what_the_issue_describes() -> None:
    lorem = _record([("f", {"name": "Persevering Object-Oriented Emulation",
                            "description": "Floor feel catch budget visit box last team."})],
                    [("f", {})])
    assert len(cc.filler_in_outputs(lorem)) == 2
    stay = _record([("f", {"check_in": "2025-05-03", "check_out": "2025-05-01"})], [("f", {})])
    assert cc.dates_out_of_order(stay)
    fx = _record([("f", {"from": "USD", "to": "USD", "rate": 1.07})], [("f", {})])
    assert cc.same_currency_rates(fx)
    made = _record([("create_payment", {"payment_id": "p1", "status": "refunded"})],
                   [("create_payment", {})])
    assert cc.terminal_after_create(made)
    stars = _record([], [("s", {"min_stars": 992.45})], [{"type": "function", "function": {
        "name": "s", "description": "", "parameters": {"type": "object", "properties": {
            "min_stars": {"type": "number", "description": "Minimum stars, 1-5"}}}}}])
    assert cc.out_of_range(stars)
    paged = _record([("add_to_cart", {"cart": [], "next_cursor": "c9", "has_more": True})],
                    [("add_to_cart", {}), ("add_to_cart", {"cursor": "c9"})])
    n, problems = cc.pagination_problems(paged)
    assert n == 1 and len(problems) == 2


def test_checkers_accept_believable_content() -> None:
    good = _record([("book_hotel", {"booking_id": "b1", "status": "confirmed",
                                    "check_in": "2025-05-01", "check_out": "2025-05-03",
                                    "description": "Sea view room with breakfast."})],
                   [("book_hotel", {})])
    for check in (cc.filler_in_outputs, cc.dates_out_of_order, cc.same_currency_rates,
                  cc.terminal_after_create, cc.out_of_range):
        assert not check(good), check.__name__


def test_value_checkers_catch_what_reviewers_saw() -> None:
    meal = _record([("update_meal", {"title": "Lunch", "servings": 980, "efficiency": 514.4})],
                   [("update_meal", {})])
    assert len(cc.out_of_scale_numbers(meal)) == 2
    scan = _record([("sanctions_scan", {"matches": [{"name": "Maria Lopez"}], "total": 602})],
                   [("sanctions_scan", {"name": "Maria Lopez"})])
    assert cc.totals_dwarfing_the_page(scan)
    hotels = _record([("search_hotels", {"hotels": [{"id": "h1", "name": "Hotel Lumiere"},
                                                    {"id": "h2", "name": "Hotel Lumiere"}]})],
                     [("search_hotels", {})])
    assert cc.duplicate_names_in_lists(hotels)
    address = _record([("validate_address", {"city": "San Francisco", "country": "Australia"})],
                      [("validate_address", {"country": "Australia"})])
    assert cc.place_contradictions(address)
    phone = _record([("get_branch", {"city": "Lisbon", "phone": "+1-415-555-0100"})],
                    [("get_branch", {})])
    assert cc.place_contradictions(phone)
    label = _record([("list_publishers", {"publishers": [{"name": "Publisher #697"}]})],
                    [("list_publishers", {})])
    assert cc.placeholder_names(label)


def test_value_checkers_accept_believable_values() -> None:
    good = _record([("search_hotels", {
        "hotels": [{"id": "h1", "name": "Casa Azul", "city": "Lisbon", "country": "Portugal",
                    "phone": "+351 912 345 678", "rating": 4.6, "humidity": 81},
                   {"id": "h2", "name": "Hotel Ribeira", "city": "Porto", "country": "PT"}],
        "total": 2})], [("search_hotels", {"city": "Lisbon", "country": "PT", "limit": 2})])
    for check in cc.VALUE_CHECKS.values():
        assert not check(good), check.__name__
