"""An endpoint named to do one thing once answers one result of doing it, holding what
was sent (`executor.acted_once`).

Read on the shared corpora: ToolBench seed 31 #42 `exchange_currency(amount=57.95,
MXN->SEK)` answered three exchanges of other amounts "of 19", #150 `place_order` an
address and a latitude, seed 21 #18 `claim_venue` a listing of venues; BFCL seed 31 #244
`walmart_purchase(product_list=["Eco Notebook"])` three other purchases "of 15", #26
`safeway_order` an order holding no items.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus_endpoints import SHARED, TOOLBENCH, corpus_endpoints

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths

BFCL = SHARED / "bfcl"


def _calls(endpoints: dict[str, Any], executor: MockExecutor, name: str,
           args: dict[str, Any]) -> list[Any]:
    """The outputs of `name` called with `args` in a few sessions."""
    out = []
    for seed in range(4):
        result = executor.session(seed).call(endpoints[name], args)
        assert result.status == "ok", result.error
        out.append(result.output)
    return out


def _listed(output: dict[str, Any]) -> bool:
    return any(isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
               for v in output.values())


def test_a_conversion_answers_the_amount_sent_at_its_rate() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Other/currency_converter.json")
    for out in _calls(endpoints, executor, "exchange_currency_for_currency_converter",
                      {"amount": "57.95", "toCurrency": "SEK", "fromCurrency": "MXN"}):
        assert not _listed(out) and "total" not in out
        assert out["amount"] == 57.95
        assert (out["from"], out["to"]) == ("MXN", "SEK")
        assert out["converted_amount"] == pytest.approx(57.95 * out["rate"], abs=0.01)


def test_an_order_placed_is_an_order_not_a_place() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Payments/onboarding_project.json")
    for out in _calls(endpoints, executor, "place_order_for_onboarding_project",
                      {"id": "ord_8d0a80"}):
        assert not {"latitude", "longitude", "address", "city"} & out.keys()
        assert out["id"] == "ord_8d0a80" and out["status"]


def test_a_claim_answers_the_one_thing_claimed() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Social/foursquare.json")
    for out in _calls(endpoints, executor, "claim_venue_for_foursquare",
                      {"accessToken": "x", "visible": True}):
        assert not _listed(out) and "total" not in out
        assert out["status"] == "claimed"


def _bfcl() -> tuple[dict[str, Any], MockExecutor]:
    if not BFCL.is_dir():
        pytest.skip("shared corpora not present")
    registry = pytest.importorskip("toolgen.registry")
    reg = registry.load_registry(Path(BFCL))
    executor = MockExecutor(seed=7, pool_size=64, examples=CorpusExamples(tool_paths(reg)))
    return {e.function_name: e for e in reg.endpoints}, executor


def test_a_purchase_holds_the_items_sent_with_its_id_and_status() -> None:
    endpoints, executor = _bfcl()
    for out in _calls(endpoints, executor, "walmart_purchase",
                      {"loc": "Barcelona", "product_list": ["Eco Notebook", "Desk Lamp"]}):
        assert not _listed(out) and "total" not in out
        assert out["product_list"] == ["Eco Notebook", "Desk Lamp"]
        assert out["purchase_id"] and out["status"]
        # no drawn name of another product beside the ones bought
        assert not [k for k in out if k.endswith("name")]


def test_an_order_holds_its_items_and_quantities() -> None:
    endpoints, executor = _bfcl()
    for out in _calls(endpoints, executor, "safeway_order",
                      {"location": "Edinburgh", "items": ["Wireless Sneakers", "Tea"],
                       "quantity": [3, 2]}):
        assert out["items"] == ["Wireless Sneakers", "Tea"]
        assert out["quantity"] == [3, 2]
        assert out["order_id"] and out["status"]


def test_a_list_sent_empty_is_no_drawn_list_and_a_read_keeps_what_it_found() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Business_Software/freshdesk.json")
    for out in _calls(endpoints, executor, "add_note_to_ticket_for_freshdesk",
                      {"ticketId": 512427, "body": "Invoice resent.",
                       "attachments": ["invoice.pdf"], "notifyEmails": []}):
        assert out["attachments"] == ["invoice.pdf"]
        assert "notifyEmails" not in out  # sent empty: nobody to notify
    bfcl, bfcl_executor = _bfcl()
    for out in _calls(bfcl, bfcl_executor, "get_items", {"items": ["unique font"]}):
        assert out["items"] != ["unique font"]  # what the read found, not the request


def test_a_ticket_booked_is_a_concert_booking_not_a_novel() -> None:
    endpoints, executor = _bfcl()
    args = {"artist": "Dua Lipa", "location": "Auckland", "add_ons": ["VIP Seating"]}
    for out in _calls(endpoints, executor, "concert_book_ticket", args):
        assert not {"author", "isbn", "publisher"} & out.keys()
        assert out["booking_id"] and out["status"]
        assert out["add_ons"] == ["VIP Seating"]
        assert out["start_date"] == out["end_date"]  # a concert is one evening

