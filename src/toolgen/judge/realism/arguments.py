"""Argument plausibility: stated ranges, date order, same-currency rates, invented identifiers.

A parameter description that says "between 1 and 50" or "max 100" binds the value as
much as a schema maximum; a start date after its end date, or a USD->USD conversion
with a rate other than 1, is a mistake a reviewer sees at once; and an identifier,
email or item list the assistant took from a schema default (the user never gave it)
is made up. A list of the wrong size for what it is (an interval of one number, a
required list sent empty) is `list_sizes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from toolgen.executor.assistant_made import client_key
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.list_sizes import misfit_list
from toolgen.judge.realism.meaning import (
    ORDER_PAIRS,
    as_date,
    merged_spelling,
    partner_pairs,
    word_for_code,
)
from toolgen.judge.realism.name_words import endpoint_words, name_word_value
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import (
    function_words,
    key_tokens,
    output_of,
    param_schema,
    real_steps,
    user_text_upto,
    walk,
)
from toolgen.judge.values import occurs_in
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding, StepTrace

NAME = "arguments"

_NUM = r"(-?\d+(?:\.\d+)?)"
_RANGES = (
    re.compile(rf"\bbetween\s+{_NUM}\s+and\s+{_NUM}", re.I),
    re.compile(rf"\b(?:from|range(?:\s+(?:of|is))?:?|values?)\s+{_NUM}\s*(?:-|to|–|\.\.)\s*"
               rf"{_NUM}", re.I),
    re.compile(rf"\(\s*{_NUM}\s*(?:-|–|to)\s*{_NUM}\s*\)", re.I),
)
_UPPER = re.compile(
    rf"\b(?:max(?:imum)?|at most|up to|no more than|not (?:more|greater) than)\b"
    rf"(?:\s+(?:value|is|of|=))*[\s:=]*{_NUM}"
    r"(?!\d|\.\d|\s*(?:characters|chars|letters|words|bytes))",
    re.I,
)
_LOWER = re.compile(rf"\b(?:min(?:imum)?|at least)\b(?:\s+(?:value|is|of|=))*[\s:=]*{_NUM}", re.I)
_CURRENCY_PAIRS = (("from", "to"), ("base", "target"), ("source", "target"), ("have", "want"),
                   ("base", "quote"), ("from", "into"))
_COUNTS = frozenset({"size", "quantity", "qty", "count", "guests", "adults", "children", "people",
                     "persons", "nights", "seats", "tickets", "rooms", "passengers", "stops"})
_SIZED = frozenset({"party", "group", "page", "batch", "team", "household"})
_CODE = re.compile(r"^[A-Za-z]{3}$")
_ID_TAILS = frozenset({"id", "ids", "email", "emails", "username", "handle", "uuid", "uid",
                       "symbol", "ticker", "sku", "isbn", "iban", "hash", "token", "mobile",
                       "phone"})
_PLACEHOLDERS = frozenset({"string", "text", "example", "sample", "placeholder", "test", "value",
                           "foo", "bar", "abc", "none", "null", "todo", "my query value"})
_PLACEHOLDER = re.compile(r"x{3,}|your[_ -]\w+|<[^>]+>|\{[^}]+\}|\.\.\.|(?:string|example)_?\d*")


def as_number(value: Any) -> float | None:
    """A number or a numeric text as a float; None for anything else (a flag too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


@lru_cache(maxsize=16384)
def stated_bounds(description: str) -> tuple[float | None, float | None]:
    """(lower, upper) a parameter description states, either may be None."""
    for pattern in _RANGES:
        m = pattern.search(description)
        if m:
            lo, hi = float(m.group(1)), float(m.group(2))
            if lo < hi:
                return lo, hi
    lower = _LOWER.search(description)
    upper = _UPPER.search(description)
    return (float(lower.group(1)) if lower else None, float(upper.group(1)) if upper else None)


def _count_reason(name: str, value: float) -> str | None:
    """Why `value` cannot be a count parameter (`party_size=42.1`, `quantity=-2`), or None."""
    tokens = key_tokens(name)
    if not tokens or tokens[-1] not in _COUNTS:
        return None
    if tokens[-1] == "size" and (len(tokens) < 2 or tokens[-2] not in _SIZED):
        return None
    if value < 0 or value % 1:
        return f"{name}={value:g} is not a count"
    return None


@lru_cache(maxsize=65536)
def _may_count(name: str) -> bool:
    """False when `_count_reason(name, v)` is None for every value (once per name)."""
    tokens = key_tokens(name)
    if not tokens or tokens[-1] not in _COUNTS:
        return False
    return not (tokens[-1] == "size" and (len(tokens) < 2 or tokens[-2] not in _SIZED))


def _ranges(view: RecordView, step: StepTrace, index: int) -> list[Finding]:
    out: list[Finding] = []
    for name, arg in step.arguments.items():
        text = str(param_schema(view, step.function_name, name).get("description") or "")
        # A parameter that is no count and whose description states no bound takes any
        # value: its value is not even read as a number.
        if not _may_count(name) and (not text or stated_bounds(text) == (None, None)):
            continue
        value = as_number(arg.value)
        reason = _count_reason(name, value) if value is not None else None
        if reason:
            out.append(finding(NAME, "argument_out_of_range", index,
                               f"{step.function_name}: {reason}"))
            continue
        if value is None or not text:
            continue
        lo, hi = stated_bounds(text)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            out.append(finding(NAME, "argument_out_of_range", index,
                               f"{step.function_name}.{name}={arg.value} outside the stated "
                               f"range ({lo}..{hi}) in {text[:80]!r}"))
    return out


def _date_order(step: StepTrace, args: dict[str, Any], index: int) -> list[Finding]:
    args = merged_spelling(args)
    out: list[Finding] = []
    for first, second in partner_pairs(args, ORDER_PAIRS):
        a, b = as_date(args[first]), as_date(args[second])
        if a and b and a > b:
            out.append(finding(NAME, "date_order", index,
                               f"{step.function_name}: {first}={args[first]} is after "
                               f"{second}={args[second]}"))
    return out


def _same_currency(view: RecordView, step: StepTrace, args: dict[str, Any],
                   index: int) -> list[Finding]:
    same = [(a, b) for a, b in partner_pairs(args, _CURRENCY_PAIRS)
            if isinstance(args[a], str) and _CODE.match(args[a])
            and str(args[a]).upper() == str(args[b]).upper()]
    if not same:
        return []
    doc = output_of(view, step.call_id)
    if doc is NOT_JSON or step.status != "ok":
        return []
    a, _ = same[0]
    for key, value in walk(doc):
        if "rate" in key_tokens(key) and as_number(value) not in (None, 1.0):
            return [finding(NAME, "same_currency_rate", view.answer_at[step.call_id],
                            f"{step.function_name}: {args[a]} to {args[a]} returned "
                            f"{key}={value}, not 1")]
    # Even at a rate of 1: nobody converts money into the currency it is already in.
    return [finding(NAME, "same_currency_conversion", view.answer_at[step.call_id],
                    f"{step.function_name}: asked to convert {args[a]} into {args[a]}")]


def _identifier_param(name: str, value: Any) -> bool:
    tokens = [t for t in key_tokens(name) if not t.isdigit()]
    if isinstance(value, list):
        return bool(value)
    return bool(tokens) and tokens[-1] in _ID_TAILS and isinstance(value, str | int)


def placeholder(value: Any) -> bool:
    """A schema example left in place: "string", "xxxxxxx", "Text", "your_api_key"."""
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return text in _PLACEHOLDERS or bool(_PLACEHOLDER.fullmatch(text))


def _defaults(view: RecordView, step: StepTrace, index: int) -> list[Finding]:
    out: list[Finding] = []
    said: list[str] = []  # the user's text so far, read once a default needs it
    for name, arg in step.arguments.items():
        if arg.source != "default":
            continue
        if not said:
            said.append(user_text_upto(view, index))
        if occurs_in(arg.value, said):
            continue
        if placeholder(arg.value):
            why = "a placeholder schema default"
        elif _identifier_param(name, arg.value) and not client_key(
                name, str(param_schema(view, step.function_name, name).get("description", ""))):
            # a client-made request id is the assistant's own (`assistant_made`)
            why = "the schema default; the user never gave it"
        else:
            continue
        out.append(finding(NAME, "default_identifier", index,
                           f"{step.function_name}.{name}={str(arg.value)[:60]} is {why}"))
    return out


def _random_words(step: StepTrace, index: int) -> list[Finding]:
    """Code-like arguments filled with a dictionary word (`cep="significant"`)."""
    out: list[Finding] = []
    for name, arg in step.arguments.items():
        if isinstance(arg.value, str) and arg.source in ("user", "clarification", "default"):
            reason = word_for_code(name, arg.value)
            if reason:
                out.append(finding(NAME, "implausible_argument", index,
                                   f"{step.function_name}: {reason}"))
    return out


def call_labels(names: Iterable[str], function_name: str) -> frozenset[str]:
    """The labels a call shows: its parameter names and its endpoint's words."""
    return _call_labels(tuple(names), function_name)


@lru_cache(maxsize=16384)
def _call_labels(names: tuple[str, ...], function_name: str) -> frozenset[str]:
    # An endpoint's calls name the same parameters over and over: worked out once each.
    labels = {" ".join(key_tokens(n)) for n in names}
    labels.add(" ".join(function_words(function_name)))
    return frozenset(labels)


def repeats_label(value: str, labels: frozenset[str]) -> bool:
    """True when `value` only repeats a label (`text='text'`, `'the memory append'`)."""
    text = " ".join(key_tokens(value.lower().removeprefix("the ")))
    if not text:
        return False
    if text in labels:
        return True
    words = set(text.split())
    return len(words) >= 2 and any(words <= label for label in _label_words(labels))


@lru_cache(maxsize=16384)  # a call's labels are read for every value drawn for it
def _label_words(labels: frozenset[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(label.split()) for label in labels)


def own_name_value(name: str, value: Any) -> bool:
    """True when `value` is its parameter's own name or one word of it (`ccEmails: "cc"`,
    `city_name: "city"`): what the field is called, sent where its value belongs."""
    if not isinstance(value, str):
        return False
    text = " ".join(key_tokens(value.strip().lower().removeprefix("the ")))
    if not text or " " in text:
        return False
    tokens = key_tokens(name)
    return text in tokens or text == "".join(tokens)


def _given(value: Any) -> list[Any]:
    """The texts a value holds: itself, or the items of a list (`["cc"]`)."""
    return list(value) if isinstance(value, list) else [value]


def _label_values(view: RecordView, step: StepTrace, index: int) -> list[Finding]:
    """User-sourced values that only repeat a label ("the memory append", "the user info"),
    or a parameter's own name sent as its value, alone or as a list's item."""
    out: list[Finding] = []
    labels = call_labels(step.arguments, step.function_name)
    props = view.schemas.get(step.function_name, {}).get("properties") or {}
    for name, arg in step.arguments.items():
        if arg.source not in ("user", "clarification"):
            continue
        found = props.get(name) if isinstance(props, dict) else None
        spec: dict[str, Any] = found if isinstance(found, dict) else {}
        inner = spec.get("items")
        items: dict[str, Any] = inner if isinstance(inner, dict) else {}
        enum = list(spec.get("enum") or ()) + list(items.get("enum") or ())
        for value in _given(arg.value):
            if not isinstance(value, str) or value in enum or value == spec.get("default"):
                continue  # one of the values the schema allows: a choice, not a label
            if repeats_label(value, labels) or own_name_value(name, value):
                out.append(finding(NAME, "label_as_value", index,
                                   f"{step.function_name}.{name}={arg.value!r} only repeats "
                                   "a label, not a value"))
                break
    return out + _name_words(view, step, index)


def _name_words(view: RecordView, step: StepTrace, index: int) -> list[Finding]:
    """User-sourced values that are a word of the endpoint's name or description
    (`file='encrypts'`, `ticket='openload'`), not only the parameter's own label."""
    props = view.schemas.get(step.function_name, {}).get("properties") or {}
    vocab: frozenset[str] | None = None
    out: list[Finding] = []
    for name, arg in step.arguments.items():
        if arg.source not in ("user", "clarification") or not isinstance(arg.value, str):
            continue
        if vocab is None:
            vocab = endpoint_words(step.function_name, "")
        schema = props.get(name) if isinstance(props, dict) else None
        if name_word_value(name, arg.value, schema if isinstance(schema, dict) else {}, vocab):
            out.append(finding(NAME, "label_as_value", index,
                               f"{step.function_name}.{name}={arg.value!r} is a word of the "
                               "endpoint's name or description, not a value"))
    return out


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        index = view.call_at[step.call_id]
        args = view.arguments(step.call_id)
        if not isinstance(args, dict):
            continue
        out += _ranges(view, step, index)
        out += _date_order(step, args, index)
        out += _same_currency(view, step, args, index)
        out += _defaults(view, step, index)
        out += _label_values(view, step, index)
        out += _random_words(step, index)
        out += _list_sizes(view, step, args, index)
    return out


def _list_sizes(view: RecordView, step: StepTrace, args: dict[str, Any],
                index: int) -> list[Finding]:
    about = _description(view, step.function_name)
    return [finding(NAME, "list_size", index, reason) for name, value in args.items()
            if isinstance(value, list) and (reason := misfit_list(
                view, step.function_name, str(name), value, about))]


def _description(view: RecordView, function: str) -> str:
    return next((str(fn.get("description") or "") for tool in view.record.tools
                 if isinstance(fn := tool.get("function"), dict)
                 and fn.get("name") == function), "")
