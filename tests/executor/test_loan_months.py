"""A loan's term counted in months is paid off over that many months (ToolBench seed 13
#5: calcx's `term` "in months" read as years, 31.99 a month on 5,000 over 19 months).
Expected payments are worked out by hand with the annuity formula."""

from __future__ import annotations

import random

from toolgen.executor.finish import finisher
from toolgen.records import Endpoint, Parameter


def _loan(term_description: str) -> Endpoint:
    def param(name: str, description: str) -> Parameter:
        return Parameter(name=name, raw_name=name, type_label="NUMBER",
                         json_schema={"type": "number"}, required=True,
                         description=description)

    return Endpoint(
        id="Financial/calcx_loan_calculator/calculate_loan_get",
        function_name="calculate_loan_get_for_calcx_loan_calculator", tool_id="calcx",
        tool_name="CalcX - Loan Calculator", category="Financial", name="Calculate Loan (GET)",
        description="Calculate the monthly payment of a loan.",
        parameters=(param("term", term_description),
                    param("rate", "The annual interest rate as a float."),
                    param("loan", "The loan amount as a float.")),
        response_schema={"type": "object", "properties": {
            "monthly_payment": {"type": "number"}, "term": {"type": "number"},
            "rate": {"type": "number"}, "loan": {"type": "number"}}})


def _payment(term_description: str) -> float:
    endpoint = _loan(term_description)
    step = finisher(endpoint, endpoint.response_schema)
    assert step is not None
    out = {"monthly_payment": 31.99, "term": 24, "rate": 6.0, "loan": 5000.0}
    step(out, {"term": 24, "rate": 6.0, "loan": 5000.0}, random.Random(0))
    return float(out["monthly_payment"])


def test_a_term_in_months_is_months() -> None:
    # 5,000 at 6 % a year over 24 months: 221.60 a month
    assert abs(_payment("The repayment term in months as an integer.") - 221.60) < 0.05


def test_a_term_in_years_is_years() -> None:
    # over 24 years: 32.80 a month
    assert abs(_payment("The loan term in years.") - 32.80) < 0.05
