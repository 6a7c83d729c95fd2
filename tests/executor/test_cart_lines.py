"""A cart's other lines are other products (bundled seed 21 #111: three products of one
cart all had the SKU "NG0158" and quantity 5 the call sent for the one added)."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.registry import bundled_corpus, load_registry

_ADD = next(e for e in load_registry(bundled_corpus()).endpoints
            if e.function_name == "add_to_cart_for_shopline_store")
_SENT = {"product_id": "prd_fbd009", "quantity": 5, "sku": "NG0158"}


@pytest.mark.parametrize("session_seed", range(10))
def test_only_the_added_line_holds_what_was_sent_for_it(executor: MockExecutor,
                                                        session_seed: int) -> None:
    lines = executor.session(session_seed).call(_ADD, dict(_SENT)).output["items"]
    added = [line for line in lines if line["product_id"] == "prd_fbd009"]
    assert len(added) == 1 and added[0]["sku"] == "NG0158" and added[0]["quantity"] == 5
    for line in lines:
        if line is not added[0]:
            assert line["sku"] != "NG0158", lines
            assert line["quantity"] != 5, lines
