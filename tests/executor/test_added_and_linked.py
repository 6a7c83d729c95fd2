"""Bundled answers read as a reviewer reads them: the cart an item was added to holds the
item, and a return's label names that return (not the corpus example's `ret_3120`)."""

from __future__ import annotations

import pytest
from bundled_endpoints import bundled_endpoint as _endpoint

from toolgen.executor import MockExecutor


@pytest.mark.parametrize("seed", range(10))
def test_the_cart_holds_what_was_added(bundled: MockExecutor, seed: int) -> None:
    add = _endpoint("add_to_cart_for_shopline_store")
    out = bundled.session(seed).call(add, {"product_id": "prd_164e6f", "quantity": 3}).output
    added = [line for line in out["items"] if line["product_id"] == "prd_164e6f"]
    assert len(added) == 1 and added[0]["quantity"] == 3, out


@pytest.mark.parametrize("seed", range(10))
def test_a_return_label_names_its_return(bundled: MockExecutor, seed: int) -> None:
    create = _endpoint("create_return_for_orderdesk")
    out = bundled.session(seed).call(
        create, {"order_id": "ord_861a5d", "product_id": "prd_7030", "reason": "damaged"}).output
    assert out["return_id"].startswith("ret_") and out["return_id"] != "ret_3120"
    assert out["label_url"].endswith(f"/{out['return_id']}.pdf"), out
