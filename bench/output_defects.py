"""Reviewer-style count of tool-output defects in generated records.

Reads ONLY the records JSONL (and its `.rejects.jsonl` sibling for kept vs rejected), never
the generator's internals, and counts per record the tool outputs a careful reader would
not believe:

- invented_name: a `name` on a result that is not a named thing (a score, statistic,
  analysis, calculation, translation, position, verification, result...), not echoed
  from the call's arguments;
- type_from_tool_name: a `*_type` / `type` value that is a word of the tool's own name or
  description (`bureau_type: "year"`, `calorieninja_type: "sridevi"`);
- template_text: a description or comment built from the stock sentence shapes
  ("Includes company, business and related ticket information.");
- out_of_scale: a rating outside 0-10, a percentage outside -100..100, a probability over
  1, a 0-100 score outside 0-100, an image of a few pixels;
- uncomputed_calc: a calculation that computes nothing (only echoes, or a result named
  after the tool: `calcx_calculator: 556.77`), or a known formula (loan payment, areas,
  factorial, gcd/lcm, BMI, interest, hypotenuse) whose answer is not in the output.

    python bench/output_defects.py RUN.jsonl [RUN2.jsonl ...] [--show CLASS]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import orjson

from toolgen.io.jsonl import full_dict

CLASSES = ("invented_name", "type_from_tool_name", "template_text", "out_of_scale",
           "uncomputed_calc")
_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# What a reader knows is not a named thing when an endpoint's own name says it returns it.
_NOT_NAMED = frozenset(
    [
        "score", "scores", "statistic", "statistics", "stats", "analysis", "analyse", "analyze",
        "calculate", "calculation", "calc", "compute", "estimate", "predict", "prediction",
        "convert", "conversion", "translate", "translation", "position", "rank", "ranking",
        "verify", "verification", "validate", "validation", "sentiment", "probability", "result",
        "results", "submission", "submissions", "distance", "walkscore", "mbti", "bmi", "interest",
        "payment"])
_CALC = frozenset([
    "calculate", "calc", "compute", "estimate", "convert", "predict", "solve", "evaluate"])
# Words naming a formula a reader recognises even without a verb (`math_gcd`).
_FORMULA = frozenset([
    "gcd", "hcf", "lcm", "factorial", "bmi", "hypot", "hypotenuse", "area", "circumference",
    "displacement", "acceleration", "quadratic", "interest", "mortgage"])
# Converting these is a file or media job, not arithmetic.
_MEDIA = frozenset([
    "text", "speech", "file", "files", "image", "images", "pdf", "video", "audio", "format",
    "html", "doc", "docx", "csv", "json", "xml", "document", "markdown"])
# Standard values a type field holds even when the tool's name says them too.
_STANDARD_TYPES = frozenset({"bearer", "basic"})
_HEX_TAIL = re.compile(r"_([0-9a-f]{8})$")
_QUANTITY = frozenset(
    [
        "area", "volume", "distance", "interest", "payment", "amount", "total", "value", "price",
        "cost", "tax", "bmi", "speed", "velocity", "force", "energy", "power", "time", "duration",
        "rate", "ratio", "percentage", "probability", "density", "mass", "weight", "length",
        "height", "perimeter", "circumference", "factorial", "gcd", "lcm", "sum", "average",
        "mean", "median", "result", "score", "temperature", "pressure", "return", "profit", "loss",
        "balance", "fee"])
_TEMPLATES = tuple(re.compile(p) for p in (
    r"^\w+ [\w ]+ covering [\w ]+ and [\w ]+\.$",
    r"^[\w ]+ data for [\w .'-]+, including [\w ]+ and [\w ]+\.$",
    r"^Includes [\w ]+, [\w ]+ and related [\w ]+ information\.$",
    r"^Official [\w ]+ listing with [\w ]+ details\.$",
    r"^Covers the latest [\w ]+ figures for [\w .'-]+\.$",
    r"^[\w ]+ with [\w ]+ and [\w ]+, updated regularly\.$",
    r"^Summary of [\w ]+ for [\w .'-]+\.$",
    r"^(Popular|Recent|Detailed|Official|Updated|Verified|Local|Complete|Daily|Weekly) "
    r"[\w]+ [\w ]+ for [\w .'-]+\.$",
    r"^Great \w+, would recommend\.$",
    r"^The \w+ was better than expected\.$",
    r"^Accurate \w+ and quick updates\.$",
    r"^Please confirm the \w+ for [\w .'-]+\.$",
    r"^Everything about the \w+ looks right\.$",
    r"^Good value, the \w+ could be clearer\.$",
    r"^Thanks, the \w+ details were helpful\.$",
))


def _words(text: str) -> list[str]:
    return _WORD.findall(_CAMEL.sub(" ", text).lower().replace("_", " "))


def _walk(value: Any, key: str = "") -> Any:
    """(key, value, parent object, depth in objects) for every scalar of an output."""
    stack: list[tuple[str, Any, Any, int]] = [(key, value, None, 0)]
    while stack:
        k, v, parent, depth = stack.pop()
        if isinstance(v, dict):
            stack.extend((kk, vv, v, depth + 1) for kk, vv in v.items())
        elif isinstance(v, list):
            stack.extend((k, vv, parent, depth) for vv in v)
        else:
            yield k, v, parent, depth


def _num(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.replace(",", ""))
        except ValueError:
            return None
    return None


def _arg(args: dict[str, Any], *names: str) -> float | None:
    """The first numeric argument whose normalised name contains one of `names`."""
    for want in names:
        for k, v in args.items():
            key = _CAMEL.sub("_", k).lower()
            if want == key or (len(want) > 2 and want in key):
                n = _num(v)
                if n is not None:
                    return n
    return None


def _loan(args: dict[str, Any]) -> list[float]:
    p = _arg(args, "principal", "loan", "amount")
    r = _arg(args, "rate", "interest")
    t = _arg(args, "term", "year", "month", "duration", "period")
    if p is None or r is None or t is None or t <= 0 or p <= 0:
        return []
    out = []
    for rate in (r / 100, r):
        for months in (t * 12, t):
            i = rate / 12
            if months <= 0:
                continue
            pay = p / months if i == 0 else p * i / (1 - (1 + i) ** -months)
            out += [pay, pay * months, pay * months - p]
    return out


def _expected(name: str, args: dict[str, Any]) -> list[float] | None:
    """What a reviewer recomputes for a known formula; None when the call is none."""
    w = set(_words(name))
    if w & {"loan", "mortgage"} and w & (_CALC | {"payment", "monthly"}):
        return _loan(args)
    if "factorial" in w:
        n = _arg(args, "n", "number", "num")
        return [float(math.factorial(int(n)))] if n is not None and 0 <= n <= 170 else []
    if w & {"gcd", "hcf"} or ("greatest" in w and "divisor" in w):
        a, b = _arg(args, "num1", "number1", "a", "first"), _arg(args, "num2", "number2", "b",
                                                                  "second")
        return [float(math.gcd(int(a), int(b)))] if a and b else []
    if "lcm" in w or ("least" in w and "multiple" in w):
        a, b = _arg(args, "num1", "number1", "a", "first"), _arg(args, "num2", "number2", "b",
                                                                  "second")
        return [float(math.lcm(int(a), int(b)))] if a and b else []
    if "bmi" in w:
        kg, h = _arg(args, "weight"), _arg(args, "height")
        return [kg / (h / 100) ** 2, kg / h**2] if kg and h else []
    if "power" in w and "math" in w:
        b, e, m = _arg(args, "base"), _arg(args, "exponent"), _arg(args, "mod")
        if b is None or e is None:
            return []
        if m:
            return [float(pow(int(b), int(e), int(m)))]
        return [b**e] if abs(e * math.log10(abs(b) or 1)) < 15 else []
    if "average" in w or "mean" in w:
        nums = next((v for v in args.values() if isinstance(v, list) and v), [])
        vals = [n for x in nums if (n := _num(x)) is not None]
        return [sum(vals) / len(vals)] if vals else []
    if "displacement" in w:
        v, a, t = _arg(args, "initial_speed", "initial_velocity"), _arg(args, "acceleration"), \
            _arg(args, "time")
        return [(v or 0) * t + 0.5 * (a or 0) * t * t] if t is not None else []
    if "final" in w and ("speed" in w or "velocity" in w):
        v, a, t = _arg(args, "initial_speed", "initial_velocity"), _arg(args, "acceleration"), \
            _arg(args, "time")
        return [(v or 0) + a * t] if a is not None and t is not None else []
    if "absolute" in w and "pressure" in w:
        atm, gauge = _arg(args, "atm_pressure"), _arg(args, "gauge_pressure")
        return [atm + gauge] if atm is not None and gauge is not None else []
    if "hypot" in w:
        a, b = _arg(args, "x"), _arg(args, "y")
        return [math.hypot(a, b)] if a is not None and b is not None else []
    if "hypotenuse" in w:
        a, b = _arg(args, "a", "side1", "x"), _arg(args, "b", "side2", "y")
        return [math.hypot(a, b)] if a and b else []
    if "area" in w and "circle" in w:
        r = _arg(args, "radius")
        return [math.pi * r * r] if r else []
    if "area" in w and "triangle" in w:
        b, h = _arg(args, "base"), _arg(args, "height")
        return [0.5 * b * h] if b and h else []
    if "area" in w and ("rectangle" in w or "square" in w):
        a, b = _arg(args, "length", "side", "width"), _arg(args, "width", "breadth", "side")
        return [a * b] if a and b else []
    if "interest" in w and ("compound" in w or "simple" in w):
        p = _arg(args, "principal", "amount", "initial")
        r = _arg(args, "rate")
        t = _arg(args, "time", "year", "duration", "period")
        if not (p and r is not None and t):
            return []
        n = _arg(args, "compound", "n") or 1
        out = []
        for rate in (r, r / 100):
            total = p * (1 + rate / n) ** (n * t)
            out += [total, total - p, p * rate * t, p * (1 + rate * t)]
        return out
    return None


def _close(value: float, targets: list[float]) -> bool:
    return any(abs(value - t) <= max(0.011, abs(t) * 0.01) for t in targets)


def defects(name: str, description: str, args: dict[str, Any], output: Any) -> set[str]:
    """The defect classes one tool output shows."""
    found: set[str] = set()
    own = name.split("_for_", 1)[0]
    own_words = set(_words(own))
    name_words = set(_words(name)) | set(_words(description))
    arg_values = {str(v).lower() for v in args.values() if not isinstance(v, (dict, list))}
    media = bool(own_words & _MEDIA)
    not_named = bool(own_words & _NOT_NAMED) and not media
    numbers: list[tuple[str, float]] = []
    for key, value, parent, depth in _walk(output):
        nk = _CAMEL.sub("_", key).lower()
        if isinstance(value, str):
            low = value.lower()
            # The result's own name (root, or an item of a list under it); a `name`
            # inside a nested `domain` or `account` names that part.
            if nk == "name" and not_named and depth <= 2 and low not in arg_values:
                found.add("invented_name")
            if (nk.endswith("_type") or nk == "type") and low in name_words \
                    and low not in arg_values and low not in _STANDARD_TYPES:
                found.add("type_from_tool_name")
            if any(t.match(value) for t in _TEMPLATES):
                found.add("template_text")
        n = _num(value) if not isinstance(value, str) else None
        if n is None:
            continue
        numbers.append((nk, n))
        if _out_of_scale(nk, n, parent) and str(value).lower() not in arg_values:
            found.add("out_of_scale")
    if own_words & (_CALC | _FORMULA) and not media:
        found |= _calc_defects(name, own_words, args, numbers, output)
    return found


def _out_of_scale(nk: str, n: float, parent: Any) -> bool:
    parts = set(nk.split("_"))
    if "rating" in parts and not parts & {"count", "counts", "total", "num"}:
        return n < 0 or n > 10
    if parts & {"percent", "percentage", "pct"}:
        return n < -100 or n > 100
    if parts & {"probability", "likelihood"}:
        return n < 0 or n > 1
    if nk in ("walkscore", "walk_score", "transit_score", "bike_score") or (
            "score" in parts and parts & {"walk", "transit", "bike", "confidence", "sentiment"}):
        return n < 0 or n > 100
    if nk in ("width", "height") and isinstance(parent, dict) and any(
            k in parent for k in ("url", "image_url", "src", "thumbnail")):
        return n < 50
    return False


def _no_answer_is_right(name: str, args: dict[str, Any]) -> bool:
    """Whether a reader agrees the inputs admit no answer (no real root, no triangle)."""
    w = set(_words(name))
    if "quadratic" in w:
        a, b, c = _arg(args, "a"), _arg(args, "b"), _arg(args, "c")
        return None not in (a, b, c) and b * b - 4 * a * c < 0  # type: ignore[operator]
    if "triangle" in w:
        sides = sorted(x for x in (_arg(args, "side1"), _arg(args, "side2"), _arg(args, "side3"))
                       if x is not None)
        return len(sides) == 3 and sides[0] + sides[1] <= sides[2]
    return False


def _huge_factorial_right(name: str, args: dict[str, Any], output: Any) -> bool:
    """`6.5076e+651` for 315!: the right power of ten and leading digits."""
    n = _arg(args, "n", "number", "num")
    if "factorial" not in _words(name) or n is None or n <= 170 or not isinstance(output, dict):
        return False
    for v in output.values():
        m = re.fullmatch(r"(\d(?:\.\d+)?)e\+(\d+)", str(v))
        if m:
            said = math.log10(float(m.group(1))) + int(m.group(2))
            return abs(said - math.lgamma(n + 1) / math.log(10)) < 1e-3
    return False


def _calc_defects(name: str, own_words: set[str], args: dict[str, Any],
                  numbers: list[tuple[str, float]], output: Any = None) -> set[str]:
    arg_keys = {_CAMEL.sub("_", k).lower() for k in args}
    computed = [(k, n) for k, n in numbers if k not in arg_keys]
    if isinstance(output, dict) and "message" in output and _no_answer_is_right(name, args):
        return set()
    if _huge_factorial_right(name, args, output):
        return set()
    if not computed:
        return {"uncomputed_calc"}
    tool_words = set(_words(name.split("_for_", 1)[1])) if "_for_" in name else set()
    hex_tail = _HEX_TAIL.search(name)
    for k, _ in computed:
        kw = set(k.split("_"))
        if kw and kw <= (tool_words - own_words) and not kw & _QUANTITY:
            return {"uncomputed_calc"}  # `calcx_calculator`: the brand, not a quantity
        if hex_tail and any((len(p) > 1 and p in hex_tail.group(1) and not p.isalpha())
                            or (p.isalpha() and p in hex_tail.group(1) and p not in
                                _QUANTITY and len(p) <= 4 and p not in own_words)
                            for p in kw):
            return {"uncomputed_calc"}  # `circle_febdfdeb`: a hash, not a quantity
    expected = _expected(name, args)
    if expected and not any(_close(n, expected) for _, n in computed):
        return {"uncomputed_calc"}
    return set()


def record_defects(record: dict[str, Any]) -> dict[str, list[str]]:
    """Defect class -> the calls showing it, for one record."""
    tools = {t["function"]["name"]: t["function"].get("description", "")
             for t in record.get("tools", [])}
    calls: dict[str, tuple[str, dict[str, Any]]] = {}
    out: dict[str, list[str]] = {}
    for m in record["messages"]:
        for tc in m.get("tool_calls") or []:
            f = tc["function"]
            try:
                args = json.loads(f["arguments"]) if isinstance(f["arguments"], str) \
                    else f["arguments"]
            except ValueError:
                args = {}
            calls[tc["id"]] = (f["name"], args if isinstance(args, dict) else {})
        if m["role"] == "tool":
            name, args = calls.get(m.get("tool_call_id", ""), (m.get("name", ""), {}))
            try:
                output = json.loads(m["content"])
            except (ValueError, TypeError):
                continue
            if isinstance(output, dict) and "error" in output and len(output) == 1:
                continue
            for cls in defects(name, tools.get(name, ""), args, output):
                out.setdefault(cls, []).append(name)
    return out


def summarise(path: Path, show: str | None) -> dict[str, Any]:
    per_class: Counter[str] = Counter()
    n = 0
    for line in path.open("rb"):
        record = full_dict(orjson.loads(line))
        n += 1
        found = record_defects(record)
        per_class.update(found.keys())
        if show and show in found:
            print(f"  {record['conversation_id']}: {sorted(set(found[show]))}")
    rejects = path.with_name(path.name.replace(".jsonl", ".rejects.jsonl"))
    rejected = sum(1 for _ in rejects.open("rb")) if rejects.exists() else 0
    return {"file": str(path), "kept": n, "rejected": rejected,
            **{c: per_class[c] for c in CLASSES}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--show", choices=CLASSES, help="list the records showing this class")
    a = ap.parse_args()
    head = ["file", "kept", "rejected", *CLASSES]
    print(" | ".join(head))
    for f in a.files:
        row = summarise(f, a.show)
        print(" | ".join(str(row[h]) for h in head))


if __name__ == "__main__":
    main()
