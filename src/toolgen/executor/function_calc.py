"""Derivatives and definite integrals of a function the call sends as text.

BFCL's `calculus_derivative(function="exp(-x^2)", value=2)` and
`math_definite_integral(function="sin(x) * cos(x)", lower_limit=10, upper_limit=60)` send
the function as a formula in one variable. A drawn figure (701.27 for the slope of
exp(-x^2) at 2) is a wrong answer a reviewer can check; these compute the real one.

`function_of(text, variable)` reads the text as a function of one variable: numbers,
+ - * / and powers (`^` or `**`), written-out products (`3x`, `2(x+1)`), the functions of
`math` a formula uses (sin, cos, tan, exp, log, ln, sqrt, abs...; `math.` or `np.`
before them) and the constants pi and e, after an optional "f(x) =" or Python "lambda
x:"; anything else (a call of another name, an attribute, a second variable) reads as no
function (None). The text is parsed, never executed. `derivative_at` (central
difference; a second derivative when the call asks `order=2`) and `definite_integral`
(Simpson's rule) answer None when the arguments name no readable function or point, or
the function is undefined there. `zero_points` and `intersection_points` find where a
function is zero, or two functions meet, between -100 and 100 (a sign change on a fine
grid, then bisection). Pure.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable
from functools import lru_cache

from toolgen.executor.formula_args import Args, arg

Function = Callable[[float], float]

_FUNCS: dict[str, Callable[[float], float]] = {
    "sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin,
    "acos": math.acos, "atan": math.atan, "sinh": math.sinh, "cosh": math.cosh,
    "tanh": math.tanh, "exp": math.exp, "log": math.log, "ln": math.log,
    "log10": math.log10, "log2": math.log2, "sqrt": math.sqrt, "abs": abs,
}
_CONSTANTS = {"pi": math.pi, "e": math.e}
_FUNCTION_KEYS = ("function", "func", "expression", "equation", "f", "formula")
_VARIABLE_KEYS = ("function_variable", "variable", "var")
# `3x` -> `3*x`, `2(x+1)` -> `2*(x+1)`, `(x+1)(x-1)` -> `(x+1)*(x-1)`; a name's digits
# (`log10(x)`) and an exponent (`1e-5`) stay as they are
_NUMBER_TIMES = re.compile(r"(?<![\w.])(\d+(?:\.\d*)?)\s*(?!e[-+\d])([A-Za-z(])")
_BRACKET_TIMES = re.compile(r"\)\s*([\w(])")
_MODULE = re.compile(r"\b(?:math|np|numpy|sympy|sp)\.")
_LAMBDA = re.compile(r"\s*lambda\s+([A-Za-z_]\w*)\s*:")
_MAX_POWER = 64.0
_SIMPSON_STEPS = 2_000
_STEP = 1e-5
_MAX_TEXT = 200


def function_of(text: str, variable: str = "x") -> Function | None:
    """The function `text` states in `variable` (or in its one free name), or None."""
    found = _parse(text.strip()[:_MAX_TEXT], variable)
    if found is None:
        return None
    tree, name = found

    def f(x: float) -> float:
        return _eval(tree, name, x)

    return f


@lru_cache(maxsize=512)
def _parse(text: str, variable: str) -> tuple[ast.expr, str] | None:
    text = re.sub(r"^\s*[a-zA-Z]\s*\(\s*[a-zA-Z]\s*\)\s*=|^\s*y\s*=", "", text)  # "f(x) ="
    if (head := _LAMBDA.match(text)) is not None:  # Python's "lambda x: x**2"
        variable, text = head.group(1), text[head.end():]
    text = _MODULE.sub("", text.replace("^", "**")).strip()  # `math.sin(x)`: sin(x)
    text = _BRACKET_TIMES.sub(r")*\1", _NUMBER_TIMES.sub(r"\1*\2", text))
    try:
        tree = ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError):
        return None
    names = _names(tree)
    if names is None:
        return None
    free = names - _CONSTANTS.keys()
    if len(free) > 1:
        return None
    name = variable if variable in free or not free else next(iter(free))
    return tree, name


def _names(node: ast.expr) -> set[str] | None:
    """The variable and constant names of an allowed formula, or None if it holds any
    other construct."""
    if isinstance(node, ast.Constant):
        return set() if isinstance(node.value, (int, float)) and not isinstance(
            node.value, bool) else None
    if isinstance(node, ast.Name):
        return {node.id} if node.id not in _FUNCS else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _names(node.operand)
    if isinstance(node, ast.BinOp) and isinstance(
            node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
        left, right = _names(node.left), _names(node.right)
        return None if left is None or right is None else left | right
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and len(node.args) == 1 and not node.keywords):
        return _names(node.args[0])
    return None


def _eval(node: ast.expr, name: str, x: float) -> float:
    if isinstance(node, ast.Constant):
        assert isinstance(node.value, int | float)  # `_names` let no other constant in
        return float(node.value)
    if isinstance(node, ast.Name):
        return x if node.id == name else _CONSTANTS[node.id]
    if isinstance(node, ast.UnaryOp):
        v = _eval(node.operand, name, x)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.BinOp):
        a, b = _eval(node.left, name, x), _eval(node.right, name, x)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            return a * b
        if isinstance(node.op, ast.Div):
            return a / b
        if abs(b) > _MAX_POWER:
            raise OverflowError("power too large")
        return float(a ** b)
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    return float(_FUNCS[node.func.id](_eval(node.args[0], name, x)))


def _sent_function(args: Args) -> Function | None:
    text = next((v for k in _FUNCTION_KEYS if isinstance(v := args.get(k), str)), None)
    if text is None:
        return None
    variable = next((v for k in _VARIABLE_KEYS if isinstance(v := args.get(k), str)), "x")
    return function_of(text, variable.strip() or "x")


def _finite(compute: Callable[[], float]) -> float | None:
    try:
        value = compute()
    except (ArithmeticError, ValueError, TypeError):
        return None
    if isinstance(value, complex) or not math.isfinite(value):
        return None
    return round(value, 6) + 0.0


def derivative_at(args: Args) -> float | None:
    """f'(value) of the sent function (module doc)."""
    f = _sent_function(args)
    at = arg(args, "value", "x", "point", "at", "x_value")
    if f is None or at is None:
        return None
    order = arg(args, "order")
    if order not in (None, 1.0, 2.0):
        return None
    fn, x = f, at

    def slope() -> float:
        here = fn(x)  # undefined at the point itself (1/x at 0): no slope there
        if order == 2.0:
            h = _STEP * 100  # a second difference needs a wider step to stay exact
            return (fn(x + h) - 2 * here + fn(x - h)) / (h * h)
        return (fn(x + _STEP) - fn(x - _STEP)) / (2 * _STEP)

    return _finite(slope)


def definite_integral(args: Args) -> float | None:
    """The integral of the sent function between its limits (module doc)."""
    f = _sent_function(args)
    a = arg(args, "lower_limit", "lower_bound", "lower", "a", "start", "x_start")
    b = arg(args, "upper_limit", "upper_bound", "upper", "b", "end", "x_end")
    if f is None or a is None or b is None:
        return None
    fn, lo, hi = f, a, b

    def simpson() -> float:
        h = (hi - lo) / _SIMPSON_STEPS
        total = fn(lo) + fn(hi)
        for i in range(1, _SIMPSON_STEPS):
            total += (4 if i % 2 else 2) * fn(lo + i * h)
        return total * h / 3

    return _finite(simpson)


_SPAN = 100.0
_GRID = 4_000


def _roots(f: Function) -> list[float] | None:
    """The x in [-100, 100] where f is zero, to four decimals (None if f is unreadable
    there)."""
    step = 2 * _SPAN / _GRID
    xs = [-_SPAN + i * step for i in range(_GRID + 1)]
    try:
        ys = [f(x) for x in xs]
    except (ArithmeticError, ValueError, TypeError):
        return None
    found: list[float] = []
    for i in range(_GRID):
        a, b, ya, yb = xs[i], xs[i + 1], ys[i], ys[i + 1]
        if ya == 0:
            found.append(a)
        elif ya * yb < 0:
            for _ in range(60):
                mid = (a + b) / 2
                ym = f(mid)
                a, ya, b = (mid, ym, b) if ya * ym > 0 else (a, ya, mid)
            found.append((a + b) / 2)
    return list(dict.fromkeys(round(x, 4) + 0.0 for x in found))


def zero_points(args: Args) -> list[float] | None:
    """Where the sent function is zero (module doc)."""
    f = _sent_function(args)
    return _roots(f) if f is not None else None


def intersection_points(args: Args) -> list[dict[str, float]] | None:
    """Where the two sent functions meet, each point with its x and y (module doc)."""
    texts = [v for k, v in sorted(args.items()) if isinstance(v, str) and "function" in k]
    if len(texts) != 2:
        return None
    f, g = function_of(texts[0]), function_of(texts[1])
    if f is None or g is None:
        return None
    fn, gn = f, g
    xs = _roots(lambda x: fn(x) - gn(x))
    if xs is None:
        return None
    return [{"x": x, "y": round(fn(x), 4) + 0.0} for x in xs]
