"""A calculation answered with a wrong figure, or with something that is no figure.

`calculate_return_on_equity(net_income=881, shareholder_equity=369)` answered
`{"equity_id": "eqt_48318b", "symbol": "MSFT", "price": 85.53}` and a proton's diameter
answered by a list of "facts" reading "Thanks for the update!": a reviewer recomputes
881 / 369 = 238.8 % and throws the record away. Kind `calculation_wrong`, one finding per
call:

- a calculation the judge can recompute (its table below) whose output holds figures of its
  own, none within 1 % of the recomputed value (percent or fraction, interest or the
  amount it grows to: either convention passes);
- a calculation (its name calculates or names one of the table) answered with an entity
  listing: records with ids, links or authors, or a list of objects.

The recomputation is the judge's own small table, written apart from the executor's
formulas so that a wrong formula there is caught here (a derivative or an integral of a
function sent as text, `calculus_derivative(function="exp(-x^2)", value=2)`, reads the
text with the executor's parser but works the figure out by its own rule). Failed calls,
non-JSON outputs and outputs that only echo the arguments are left alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor.function_calc import function_of
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import function_names
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "calculations"

_WORD = re.compile(r"[a-z]+")
_HEX = re.compile(r"_[0-9a-f]{8}$")
_CALC = frozenset({"calculate", "calc", "compute", "calculator"})
# A particle's property is a constant to look up, as much a figure as a calculation's.
_PROPERTIES = frozenset({"mass", "weight", "diameter", "radius", "charge"})
_ENTITY_KEYS = frozenset({"id", "url", "uri", "href", "link", "author", "username"})


def _num(args: dict[str, Any], *names: str) -> float | None:
    """The argument named exactly one of `names` (normalised), as a number."""
    flat = {k.lower().replace("-", "_"): v for k, v in args.items()}
    for n in names:
        v = flat.get(n)
        if isinstance(v, int | float) and not isinstance(v, bool):
            return float(v)
    return None


def _fraction(r: float) -> float:
    return r / 100 if r > 1 else r


def _roe(a: dict[str, Any]) -> list[float]:
    ni, eq = _num(a, "net_income"), _num(a, "shareholder_equity", "shareholders_equity",
                                         "equity", "total_equity")
    return [ni / eq * 100, ni / eq] if ni is not None and eq else []


def _principal(a: dict[str, Any]) -> float | None:
    return _num(a, "principal", "principle", "principle_amount", "principal_amount")


def _years(a: dict[str, Any]) -> float | None:
    return _num(a, "time", "years", "duration", "time_in_years", "period")


def _simple(a: dict[str, Any]) -> list[float]:
    p, r, t = _principal(a), _num(a, "rate", "interest_rate", "annual_rate"), _years(a)
    if p is None or r is None or t is None:
        return []
    interest = p * _fraction(r) * t
    return [interest, p + interest]


def _compound(a: dict[str, Any]) -> list[float]:
    p, r, t = _principal(a), _num(a, "rate", "interest_rate", "annual_rate"), _years(a)
    if p is None or r is None or t is None or not 0 <= t <= 100:
        return []
    n = _num(a, "n", "compounds_per_year", "compound_freq", "compounding_frequency",
             "compounding_freq", "times_compounded") or 1.0
    amount = p * (1 + _fraction(r) / n) ** (n * t)
    return [amount - p, amount]


def _loan(a: dict[str, Any]) -> list[float]:
    """The monthly payment; a bare `term` may count years or months (calcx's is "the
    repayment term in months"), so both readings are a right answer."""
    p = _num(a, "principal", "loan_amount", "amount", "loan")
    r = _num(a, "interest_rate", "annual_rate", "rate")
    years = _num(a, "years", "term_years", "loan_term_years")
    term = _num(a, "loan_term", "term")
    if p is None or r is None or r <= 0:
        return []
    counts = [n for n in ([years * 12] if years else []) + (
        [term * 12, term] if term else []) if 0 < n <= 1200]
    monthly = _fraction(r) / 12
    return [p * monthly / (1 - (1 + monthly) ** -n) for n in counts]


def _circle(a: dict[str, Any]) -> list[float]:
    r = _num(a, "radius")
    if r is not None and a.get("isDiameter") is True:  # the "radius" sent is a diameter
        r /= 2
    return [math.pi * r * r] if r is not None else []


def _rectangle(a: dict[str, Any]) -> list[float]:
    w, h = _num(a, "length"), _num(a, "width", "breadth")
    return [w * h] if w is not None and h is not None else []


def _triangle(a: dict[str, Any]) -> list[float]:
    b, h = _num(a, "base"), _num(a, "height")
    return [b * h / 2] if b is not None and h is not None else []


def _bmi(a: dict[str, Any]) -> list[float]:
    kg, h = _num(a, "weight", "weight_kg"), _num(a, "height", "height_cm", "height_m")
    if not kg or not h:
        return []
    metres = h / 100 if h > 3 else h
    return [kg / metres**2]


def _density(a: dict[str, Any]) -> list[float]:
    m, v = _num(a, "mass"), _num(a, "volume")
    return [m / v] if m is not None and v else []


def _speed(a: dict[str, Any]) -> list[float]:
    """Distance over time; a kinematics problem (an initial speed, an acceleration) is
    not an average speed and is left alone."""
    if any(k in a for k in ("initial_speed", "initial_velocity", "acceleration")):
        return []
    d, t = _num(a, "distance"), _num(a, "time", "duration")
    return [d / t] if d is not None and t else []


def _sent_function(a: dict[str, Any]) -> Callable[[float], float] | None:
    text = next((v for k in ("function", "func", "expression", "equation", "f")
                 if isinstance(v := a.get(k), str)), None)
    variable = next((v for k in ("function_variable", "variable", "var")
                     if isinstance(v := a.get(k), str)), "x")
    return function_of(text, variable) if text is not None else None


def _safely(compute: Callable[[], float]) -> list[float]:
    try:
        value = compute()
    except (ArithmeticError, ValueError, TypeError):
        return []
    return [value] if isinstance(value, float) and math.isfinite(value) else []


def _derivative(a: dict[str, Any]) -> list[float]:
    """The slope of the sent function at the point, by a five-point stencil (the
    executor uses a central difference); a higher order is left alone."""
    f = _sent_function(a)
    x = _num(a, "value", "x", "x_value", "point", "at")
    if f is None or x is None or _num(a, "order") not in (None, 1.0):
        return []
    fn, at, h = f, x, 1e-3
    return _safely(lambda: (-fn(at + 2 * h) + 8 * fn(at + h) - 8 * fn(at - h)
                            + fn(at - 2 * h)) / (12 * h))


def _integral(a: dict[str, Any]) -> list[float]:
    """The sent function integrated between its limits by the midpoint rule (the
    executor uses Simpson's)."""
    f = _sent_function(a)
    lo = _num(a, "lower_limit", "lower_bound", "a", "start_x", "start", "lower")
    hi = _num(a, "upper_limit", "upper_bound", "b", "end_x", "end", "upper")
    if f is None or lo is None or hi is None:
        return []
    fn, steps = f, 20_000
    h = (hi - lo) / steps
    return _safely(lambda: h * math.fsum(fn(lo + (i + 0.5) * h) for i in range(steps)))


def _chance(a: dict[str, Any]) -> list[float]:
    """Favourable outcomes over all of them (BFCL seed 47 #24: 282 of 337 answered 0.16)."""
    part = _num(a, "success_outcomes", "successful_outcomes", "favorable_outcomes",
                "favourable_outcomes", "event_outcomes")
    whole = _num(a, "total_outcomes", "possible_outcomes")
    if part is None or not whole or not 0 <= part <= whole:
        return []
    return [part / whole, 100 * part / whole]


def _depreciated(a: dict[str, Any]) -> list[float]:
    """Declining balance: the cost times (1 - rate) to the power of the years."""
    cost = _num(a, "initial_cost", "initial_value", "purchase_price", "asset_value", "cost")
    rate = _num(a, "depreciation_rate", "annual_depreciation_rate", "rate")
    years = _num(a, "years", "period", "duration")
    if cost is None or rate is None or years is None:
        return []
    share = rate / 100 if rate >= 1 else rate
    if not 0 <= share < 1 or not 0 <= years <= 200:
        return []
    kept = cost * (1 - share) ** years
    return [kept, cost - kept]


# (words all in the function's name or description, recomputation), first match wins.
_TABLE: tuple[tuple[frozenset[str], Callable[[dict[str, Any]], list[float]]], ...] = tuple(
    (frozenset(words.split()), fn) for words, fn in (
        ("return equity", _roe), ("roe", _roe),
        ("simple interest", _simple), ("compound interest", _compound),
        ("compounded interest", _compound),
        ("loan", _loan), ("mortgage", _loan),
        ("area circle", _circle), ("circle area", _circle),
        ("area rectangle", _rectangle), ("area triangle", _triangle),
        ("bmi", _bmi), ("body mass index", _bmi),
        ("density", _density),
        ("velocity", _speed), ("speed", _speed),
        ("derivative", _derivative), ("integral", _integral), ("integrate", _integral),
        ("probability event", _chance), ("probability outcomes", _chance),
        ("depreciation", _depreciated),
    )
)


@lru_cache(maxsize=4096)
def _name_words(function_name: str) -> frozenset[str]:
    # read of every offered tool of every record (the gate): once per function name
    head = _HEX.sub("", function_name.split("_for_", 1)[0])
    return frozenset(_WORD.findall(head.lower().replace("_", " ")))


def _recompute(words: frozenset[str], said: frozenset[str], args: dict[str, Any]
               ) -> list[float]:
    for need, fn in _TABLE:
        if need <= words:
            return fn(args)
    if words & _CALC:
        for need, fn in _TABLE:
            if need <= said:
                return fn(args)
    return []


def _figures(output: dict[str, Any], args: dict[str, Any]) -> list[float]:
    """The output's own top-level numbers (not an argument echoed back)."""
    echoed = {k.lower() for k in args}
    return [float(v) for k, v in output.items()
            if isinstance(v, int | float) and not isinstance(v, bool)
            and k.lower() not in echoed]


def _stems(text: str) -> frozenset[str]:
    """Five-letter stems of a name's words ("converted" and "convert" share "conve")."""
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2)


def _entity_listing(output: dict[str, Any], words: frozenset[str],
                    args: dict[str, Any]) -> bool:
    """A list of records, or a record with ids or links none of whose own fields is the
    quantity the name asks for (`converted_amount` answers `convert_currency`; `price`
    and `symbol` answer no return on equity)."""
    if any(isinstance(v, list) and v and isinstance(v[0], dict) for v in output.values()):
        return True
    keys = [k.lower() for k in output]
    if not any(k in _ENTITY_KEYS or k.endswith(("_id", "_url")) for k in keys):
        return False
    echoed = {k.lower() for k in args}
    asked = _stems(" ".join(words - _CALC))
    own = [k for k in keys if k not in echoed and k not in _ENTITY_KEYS
           and not k.endswith(("_id", "_url"))]
    return not any(_stems(k.replace("_", " ")) & asked for k in own)


def is_calculation(function_name: str, args: dict[str, Any]) -> bool:
    """Whether a call computes a figure: its name calculates or names a formula of the
    table, or it looks up a particle's property."""
    words = _name_words(function_name)
    return bool(words & _CALC) or any(need <= words for need, _ in _TABLE) or (
        "particle" in args and bool(words & _PROPERTIES))


def reason(function_name: str, description: str, args: dict[str, Any], output: Any
           ) -> str | None:
    """Why this call's output is no correct answer of its calculation, or None."""
    words = _name_words(function_name)
    said = frozenset(_WORD.findall(description.lower()[:200]))
    if not is_calculation(function_name, args) or not isinstance(output, dict):
        return None
    expected = _recompute(words, said, args)
    if _entity_listing(output, words, args):
        return "a calculation answered with records (ids, links or a list), not a figure"
    figures = _figures(output, args)
    if not expected or not figures:
        return None
    if any(math.isclose(f, e, rel_tol=0.01, abs_tol=0.01) for f in figures for e in expected):
        return None
    return f"expected {expected[0]:.6g} from the arguments, the output says " + ", ".join(
        f"{f:g}" for f in figures[:3])


_GATE_WORDS = _CALC | _PROPERTIES | frozenset(w for need, _ in _TABLE for w in need)


def GATE(view: RecordView) -> bool:
    """Open when a called function's name holds a calculation's or a formula's word."""
    return any(_name_words(name) & _GATE_WORDS for name in function_names(view))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output, args = view.output(step.call_id), view.arguments(step.call_id)
        if output is NOT_JSON or not isinstance(args, dict):
            continue
        why = reason(step.function_name, view.description(step.function_name), args, output)
        if why:
            out.append(finding(NAME, "calculation_wrong", view.answer_at[step.call_id],
                               f"{step.function_name}: {why}"))
    return out
