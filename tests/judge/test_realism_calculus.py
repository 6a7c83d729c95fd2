"""A derivative or an integral of a function sent as text, answered with a drawn figure.

BFCL seed 8: `calculus_derivative(function="exp(-x^2)", value=25)` and
`math_definite_integral(function="sin(x) * cos(x)", lower_limit=10, upper_limit=60)` were
answered with records of ids; once answered with a figure, a reviewer recomputes it. The
expected values here are worked out by hand.
"""

from __future__ import annotations

import math
from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import calculations
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()
DERIVATIVE_ARGS = {"function": "exp(-x^2)", "value": 2, "function_variable": "x"}
INTEGRAL_ARGS = {"function": "x^2", "lower_limit": 0, "upper_limit": 3}


def _kinds(name: str, args: dict[str, Any], output: Any) -> list[str]:
    record: Record = calls_record([(name, args, output)], user="Can you work that out?",
                                  answer="Here it is.", conversation_id="t-calculus")
    return [f.kind for f in calculations.check_view(build_view(record), CTX)]


def test_a_drawn_derivative_is_wrong() -> None:
    output = {"derivative": 701.27, **DERIVATIVE_ARGS}
    assert _kinds("calculus_derivative", DERIVATIVE_ARGS, output) == ["calculation_wrong"]


def test_the_true_derivative_passes() -> None:
    output = {"derivative": round(-4 / math.e ** 4, 6), **DERIVATIVE_ARGS}  # -2x e^(-x^2)
    assert _kinds("calculus_derivative", DERIVATIVE_ARGS, output) == []


def test_a_drawn_integral_is_wrong_and_the_true_one_passes() -> None:
    assert _kinds("math_definite_integral", INTEGRAL_ARGS,
                  {"definite_integral": 412.5, **INTEGRAL_ARGS}) == ["calculation_wrong"]
    assert _kinds("math_definite_integral", INTEGRAL_ARGS,
                  {"definite_integral": 9.0, **INTEGRAL_ARGS}) == []  # 3^3 / 3


def test_a_derivative_answered_with_records_is_wrong() -> None:
    output = {"calculus": [{"calculus_id": "clc_65e517", **DERIVATIVE_ARGS, "version": 9}],
              "total": 4}
    assert _kinds("calculus_derivative", DERIVATIVE_ARGS, output) == ["calculation_wrong"]
