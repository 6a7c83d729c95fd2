"""A direct debit is in its scheme's currency (BFCL seed 83 #17: a "SEPA Direct Debit"
mandate for 74.00 GBP)."""

from __future__ import annotations

from typing import Any


def test_a_mandate_is_in_its_schemes_currency(bfcl: Any) -> None:
    eps, executor = bfcl
    own = {"SEPA Direct Debit": "EUR", "Bacs": "GBP", "ACH": "USD"}
    seen = 0
    for seed in range(8):
        out = executor.session(seed).call(eps["user_mandates"], {"user_id": "41068"}).output
        for mandate in out["mandates"]:
            seen += 1
            assert mandate["currency"] == own[mandate["scheme"]], mandate
    assert seen >= 8
