"""An amount the user states beside a currency they state is in that currency's scale
(bundled seed 7 #291: "a payment in JPY ... with the amount 43.48")."""

from __future__ import annotations

from toolgen.agents.planner.stated_money import in_stated_currency
from toolgen.records import PlannedArg


def _said(name: str, value: object) -> PlannedArg:
    return PlannedArg(name=name, source="user", value=value)


def _values(args: list[PlannedArg]) -> dict[str, object]:
    return {a.name: a.value for a in args}


def test_a_yen_payment_is_thousands_of_whole_yen() -> None:
    got = _values(in_stated_currency([_said("amount", 43.48), _said("currency", "JPY"),
                                      _said("payment_method_id", "mth_232480")]))
    assert isinstance(got["amount"], int) and 3000 <= got["amount"] <= 10000, got
    assert got["currency"] == "JPY" and got["payment_method_id"] == "mth_232480"
    won = _values(in_stated_currency([_said("currency", "krw"), _said("max_price", 120)]))
    assert isinstance(won["max_price"], int) and won["max_price"] >= 100_000, won


def test_a_dollar_sized_currency_and_a_carried_amount_stay() -> None:
    euros = [_said("amount", 43.48), _said("currency", "EUR")]
    assert in_stated_currency(euros) == euros
    carried = [PlannedArg(name="amount", source="tool_output", call_id="call_1",
                          path="$.total.amount"), _said("currency", "JPY")]
    assert in_stated_currency(carried) == carried
    no_currency = [_said("amount", 43.48)]
    assert in_stated_currency(no_currency) == no_currency
