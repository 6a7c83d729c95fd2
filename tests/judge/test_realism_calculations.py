"""calculation_wrong: a calculation whose figure a reviewer recomputes differently, or
that answers with records instead of a figure. The expected figures are worked out by
hand (881 / 369 = 238.75 %; 200000 at 4 % over 30 years is 954.83 a month)."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge.realism import calculations
from toolgen.judge.view import build_view

from .factories import calls_record

CTX = JudgeContext()
ROE_ARGS = {"net_income": 881, "shareholder_equity": 369}


def _kinds(name: str, args: dict[str, Any], output: Any) -> list[str]:
    record = calls_record([(name, args, output)], user="Work it out for me, please.",
                          answer="Here it is.", conversation_id="t-calc")
    return [f.kind for f in calculations.check_view(build_view(record), CTX)]


@pytest.mark.parametrize(("name", "args", "output"), [
    ("calculate_return_on_equity", ROE_ARGS,
     {"equity_id": "eqt_48318b", "symbol": "MSFT", "price": 85.53, **ROE_ARGS,
      "url": "https://www.whitehead.com/returns/c909e0"}),
    ("calculate_return_on_equity", ROE_ARGS, {"return_on_equity_percent": 85.53, **ROE_ARGS}),
    ("science_facts_get_diameter", {"particle": "Proton", "unit": "cm"},
     {"facts": [{"fact_id": "fct_180e63", "text": "Thanks for the update!",
                 "author": "Wendy Dawson"}], "total": 24}),
    ("finance_loan_repayment", {"loan_amount": 200000, "interest_rate": 4, "loan_term": 30},
     {"monthly_payment": 1200.0}),
    ("calculate_circle_area", {"radius": 2}, {"area": 6.28}),
])
def test_a_wrong_or_borrowed_calculation_is_flagged(name: str, args: dict[str, Any],
                                                    output: Any) -> None:
    assert _kinds(name, args, output) == ["calculation_wrong"]


@pytest.mark.parametrize(("name", "args", "output"), [
    ("calculate_return_on_equity", ROE_ARGS, {"return_on_equity_percent": 238.75, **ROE_ARGS}),
    ("calculate_return_on_equity", ROE_ARGS, {"roe": 2.3875}),  # a fraction, not percent
    ("science_facts_get_diameter", {"particle": "Proton", "unit": "cm"},
     {"diameter_cm": 1.683e-13, "unit": "cm", "particle": "Proton"}),
    ("finance_loan_repayment", {"loan_amount": 200000, "interest_rate": 4, "loan_term": 30},
     {"monthly_payment": 954.83}),
    ("calculate_compound_interest", {"principal": 1000, "rate": 5, "time": 2},
     {"amount": 1102.5}),  # the amount it grows to, not the interest: both pass
    ("convert_currency", {"base_currency": "CHF", "target_currency": "SEK", "amount": 34},
     {"currency_id": "crr_cdce0a", "rate": 11.93, "converted_amount": 405.62}),
    ("get_hotel", {"hotel_id": "htl_1"}, {"hotel_id": "htl_1", "url": "https://x.org/h"}),
])
def test_a_right_or_unrelated_answer_is_not(name: str, args: dict[str, Any],
                                            output: Any) -> None:
    assert _kinds(name, args, output) == []


@pytest.mark.parametrize(("payment", "right"), [
    (272.58, True),   # 5,000 at 4.25 % over 19 months (calcx's term is in months)
    (31.99, True),    # ... over 19 years
    (150.0, False),
])
def test_a_loans_bare_term_may_count_months_or_years(payment: float, right: bool) -> None:
    # ToolBench seed 13 #5: the right monthly figure for a 19-month term was flagged
    args = {"term": 19, "rate": 4.25, "loan": 5000.0}
    why = calculations.reason("calculate_loan_get_for_calcx_loan_calculator",
                              "Calculate a loan's monthly payment.", args,
                              {**args, "monthly_payment": payment})
    assert (why is None) is right, why
