"""State across calls, read from bundled seed 7 records: a purchase costs the price an
earlier call stated, times what it bought; a later read lists the bought section at the
price paid; an order read again costs what it was made for; a cancelled booking reads
back as cancelled.

Before: a flight read at 426.5 EUR booked for 22.9, three nights at 561.0 a night for
172.3, 7 tickets for 35.6 in all with section B listed at 35.4 each, and an event's four
sections all called "B" under a `min_price` above every one of them.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig

Rec = dict[str, Any]
_BUNDLED = Path(__file__).resolve().parents[2] / "src/toolgen/data/toolenv/tools"


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    out: Path = tmp_path_factory.mktemp("paid") / "bundled.jsonl"
    generate(RunConfig(n=300, seed=7), out, workers=1)
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def _amount(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount")
    return float(value) if isinstance(value, int | float) else None


def _calls(record: Rec) -> list[tuple[str, dict[str, Any], Any]]:
    sent: dict[str, tuple[str, dict[str, Any]]] = {}
    out = []
    for m in record["messages"]:
        for tc in m.get("tool_calls") or []:
            sent[tc["id"]] = (tc["function"]["name"], orjson.loads(tc["function"]["arguments"]))
        if m["role"] == "tool" and m.get("tool_call_id") in sent:
            name, args = sent[m["tool_call_id"]]
            out.append((name, args, orjson.loads(m["content"])))
    return out


def _objects(doc: Any) -> list[dict[str, Any]]:
    found, stack = [], [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _priced(doc: Any) -> dict[str, tuple[str, float]]:
    """id -> (price key, price) of each object that states one beside its id."""
    found = {}
    for obj in _objects(doc):
        ids = [v for k, v in obj.items() if k.endswith("_id") and isinstance(v, str)]
        for key in ("price", "price_per_night"):
            if ids and _amount(obj.get(key)) is not None:
                found.setdefault(ids[0], (key, _amount(obj[key]) or 0.0))
    return found


def _expected(args: dict[str, Any], key: str, unit: float) -> float:
    count = args.get("quantity") or len(args.get("seats") or [None])
    if key == "price_per_night" and "check_in" in args and "check_out" in args:
        count *= (date.fromisoformat(args["check_out"]) - date.fromisoformat(args["check_in"])).days
    return round(unit * count, 2)


def test_a_purchase_costs_the_price_stated_earlier(records: list[Rec]) -> None:
    checked, wrong = 0, []
    for record in records:
        prices: dict[str, tuple[str, float]] = {}
        for name, args, output in _calls(record):
            if name.startswith(("book_", "buy_")) and isinstance(output, dict):
                total = next((_amount(output[k]) for k in ("total", "total_price")
                              if k in output), None)
                known = next((prices[v] for v in args.values()
                              if isinstance(v, str) and v in prices), None)
                if total is not None and known is not None:
                    checked += 1
                    if abs(total - _expected(args, *known)) > 0.01:
                        wrong.append((record["conversation_id"], name, known, total))
            prices.update({k: v for k, v in _priced(output).items() if k not in prices})
    assert checked >= 5
    assert wrong == []


def test_an_events_sections_are_distinct_and_it_starts_from_the_cheapest(
        records: list[Rec]) -> None:
    seen = 0
    for record in records:
        for name, _, output in _calls(record):
            if not name.startswith("get_event") or "sections" not in output:
                continue
            sections = output["sections"]
            labels = [s["section"] for s in sections]
            assert len(set(labels)) == len(labels), (record["conversation_id"], labels)
            cheapest = min(_amount(s["price"]) or 0.0 for s in sections)
            assert _amount(output["event"]["min_price"]) == cheapest
            seen += 1
    assert seen >= 3


def test_a_later_read_lists_the_bought_section_at_the_price_paid(records: list[Rec]) -> None:
    seen = 0
    for record in records:
        paid: dict[tuple[str, str], float] = {}
        for name, args, output in _calls(record):
            if name.startswith("buy_tickets") and isinstance(output, dict):
                total = _amount(output.get("total"))
                if total is not None and output.get("quantity"):
                    paid[(args["event_id"], output["seat_section"])] = total / output["quantity"]
            if name.startswith("get_event") and isinstance(output, dict):
                for section in output.get("sections", []):
                    unit = paid.get((args["event_id"], section["section"]))
                    if unit is not None:
                        seen += 1
                        assert _amount(section["price"]) == pytest.approx(unit, abs=0.01)
    assert seen >= 1


@pytest.fixture(scope="module")
def orders(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    """The bundled shop and its orders service alone: orders made, listed and read."""
    folder = tmp_path_factory.mktemp("orders")
    corpus = folder / "tools" / "Commerce"
    corpus.mkdir(parents=True)
    for name in ("shopline_store.json", "orderdesk.json"):
        shutil.copy(_BUNDLED / "Commerce" / name, corpus)
    out = folder / "orders.jsonl"
    generate(RunConfig(n=80, seed=7, toolenv=str(corpus.parent)), out, workers=1)
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def test_an_order_read_again_states_the_total_it_was_made_for(orders: list[Rec]) -> None:
    seen, wrong = 0, []
    for record in orders:
        totals: dict[str, float] = {}
        for name, _, output in _calls(record):
            for obj in _objects(output):
                ident, total = obj.get("order_id"), _amount(obj.get("total"))
                if not isinstance(ident, str) or total is None:
                    continue
                if ident in totals and name.startswith("get_"):
                    seen += 1
                    if abs(totals[ident] - total) > 0.01:
                        wrong.append((record["conversation_id"], ident, totals[ident], total))
                totals.setdefault(ident, total)
    assert seen >= 2
    assert wrong == []


def test_a_cancelled_booking_reads_back_as_cancelled(records: list[Rec]) -> None:
    seen = 0
    for record in records:
        cancelled: set[str] = set()
        for name, args, output in _calls(record):
            ids = {v for k, v in args.items() if k.endswith("_id") and isinstance(v, str)}
            if name.startswith("cancel_") and isinstance(output, dict) and (
                    output.get("status") == "cancelled"):
                cancelled |= ids
            elif name.startswith("get_") and ids & cancelled:
                seen += 1
                assert "error" not in output, (record["conversation_id"], name)
                assert output.get("status") == "cancelled", (record["conversation_id"], output)
    assert seen >= 1


@pytest.fixture(scope="module")
def more_records(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    # Seed 7 held one list read twice (#140) until plans that pay what cannot be paid were
    # planned again (qpay); seed 8 holds four.
    out: Path = tmp_path_factory.mktemp("again") / "bundled8.jsonl"
    generate(RunConfig(n=300, seed=8), out, workers=1)
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def test_a_list_read_again_counts_what_was_made_in_between(records: list[Rec],
                                                           more_records: list[Rec]) -> None:
    seen = 0
    for record in [*records, *more_records]:
        first: dict[str, tuple[int, int]] = {}
        made = 0
        for name, args, output in _calls(record):
            if name.startswith(("place_", "book_", "buy_", "create_", "add_")) and (
                    isinstance(output, dict) and "error" not in output):
                made += 1
            if name.startswith("list_") and isinstance(output, dict) and isinstance(
                    output.get("total"), int):
                query = name + repr(sorted((k, v) for k, v in args.items() if k != "cursor"))
                if query in first:
                    seen += 1
                    total, before = first[query]
                    assert total <= output["total"] <= total + made - before, (
                        record["conversation_id"], name, total, output["total"])
                first.setdefault(query, (output["total"], made))
    assert seen >= 1
