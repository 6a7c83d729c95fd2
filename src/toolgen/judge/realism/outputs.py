"""Tool-output plausibility: filler text, generic stubs, values outside a field's meaning.

A reviewer rejects an output whose prose is Faker word salad ("Floor feel catch budget
visit box.") or catch-phrase names ("Progressive Reciprocal Focus Group"), whose shape
is the same `{x_id, name, description, updated_at}` stub whatever the endpoint, or whose
numbers contradict their field (a 1-5 `rating` of 992.45, a latitude of 140, a departure
after its arrival, a converted amount that is not amount x rate).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from faker.providers.company.en_US import Provider as _Company

from toolgen.executor.quantity_kinds import quantity_kind
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.meaning import (
    CODE_WORDS,
    LOREM,
    ORDER_PAIRS,
    as_date,
    merged_spelling,
    partner_pairs,
    word_for_code,
)
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.quantities import about_of
from toolgen.judge.realism.reading import has_digit as _has_digit
from toolgen.judge.realism.reading import is_id_key, key_tokens, output_of, real_steps, words
from toolgen.judge.view import NOT_JSON, RecordView, output_leaves, output_nodes, output_objects
from toolgen.records import Finding

NAME = "outputs"

_CATCH = tuple(frozenset(w.lower() for w in words) for words in _Company.catch_phrase_words)
_BS = tuple(frozenset(w.lower() for w in words) for words in _Company.bsWords)
# Real sentences lean on these; Faker's random draws rarely do.
_FUNCTION = words(
    "the a an of to in for with on at is are was were be been and or but this that it its ",
    "my your our their from by as has have had not no we you they he she i",
)
_STUB_KEYS = frozenset({"name", "description", "updated_at"})
_WORD = re.compile(r"[a-z']+")
_NUMBERED = re.compile(r"(?:key|field|value|param|item|prop|attr|col|column)_?\d+", re.I)


def _filler_sentence(sentence: str) -> bool:
    if _has_digit(sentence):
        return False  # Faker's sentences carry no figures; "Only 8 left in stock" is real
    words = _WORD.findall(sentence.lower())
    if len(words) < 4 or any(w not in LOREM for w in words):
        return False
    return sum(w in _FUNCTION for w in words) / len(words) < 0.34


def _catch_phrase(text: str) -> bool:
    words = text.lower().split()
    if len(words) < 3:
        return False
    for first, second, third in (_CATCH, _BS):
        if words[0] in first and words[1] in second and " ".join(words[2:]) in third:
            return True
    return False


@lru_cache(maxsize=16384)
def filler(value: str) -> bool:
    """Faker sentence, paragraph or catch-phrase text (not prose a real API returns; judged
    once per text: an endpoint's outputs repeat their values). Keyed by record text (~6
    new a record), so bounded to fill in a few thousand records: memory stays flat."""
    text = value.strip()
    if _catch_phrase(text):
        return True
    if not text.endswith("."):
        return False
    sentences = [s for s in re.split(r"(?<=\.)\s+", text) if s]
    return sum(_filler_sentence(s) for s in sentences) * 2 > len(sentences)


def _word_list(value: list[Any]) -> bool:
    """A list of three or more single Faker words (`["sort", "as", "region"]`)."""
    return (
        len(value) >= 3
        and all(isinstance(v, str) and v in LOREM for v in value)
        and len(set(value)) == len(value)
    )


def _stub(doc: Any) -> bool:
    return isinstance(doc, dict) and _stub_keys(tuple(doc))


@lru_cache(maxsize=16384)
def _stub_keys(keys: tuple[str, ...]) -> bool:
    # Only the keys decide: once per key tuple (an endpoint repeats its output shapes).
    if len(keys) >= 2 and all(_NUMBERED.fullmatch(str(k)) for k in keys):
        return True  # {"key1": ..., "key2": ...}
    rest = {k for k in keys if not is_id_key(k)}
    return rest == _STUB_KEYS and len(keys) > len(rest)


def _out_of_meaning(key: str, value: Any) -> str | None:
    """Why `value` cannot be what field `key` means, or None."""
    tokens = key_tokens(key)
    if not tokens:
        return None
    last = tokens[-1]
    if isinstance(value, str):
        return word_for_code(key, value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    tallies = {"total", "count", "num", "number", "n"}
    not_rating = value < 0 or value > 100 or (value > 10 and value % 1)
    if last == "rating" and not tallies & set(tokens) and not_rating:
        return f"{key} {value} is not a rating"
    bounds = {"latitude": 90, "lat": 90, "longitude": 180, "lng": 180, "lon": 180}
    if last in bounds and len(tokens) <= 2 and abs(value) > bounds[last]:
        return f"{key} {value} is outside +-{bounds[last]}"
    if last == "age" and not 0 <= value <= 130:
        return f"{key} {value} is not an age"
    if last == "month" and isinstance(value, int) and not 1 <= value <= 12:
        return f"{key} {value} is not a month"
    counts = ("count", "followers", "following", "likes", "views", "quantity", "qty")
    if last in counts and (value < 0 or value % 1):
        return f"{key} {value} is not a count"
    if last == "price" and value < 0:
        return f"{key} {value} is a negative price"
    return None


_STRING_LASTS = frozenset({"email", "url", "uri", "link"}) | CODE_WORDS
_NUMBER_LASTS = frozenset({"rating", "latitude", "lat", "longitude", "lng", "lon", "age", "month",
                           "count", "followers", "following", "likes", "views", "quantity", "qty",
                           "price"})


@lru_cache(maxsize=65536)
def _meaningful(key: str) -> tuple[bool, bool]:
    """(a string, a number) can be out of field `key`'s meaning: the last key words
    `_out_of_meaning` and `word_for_code` test. Worked out once per key spelling (an
    endpoint returns the same keys over and over), so most leaves cost one lookup."""
    tokens = key_tokens(key)
    if not tokens:
        return False, False
    return tokens[-1] in _STRING_LASTS, tokens[-1] in _NUMBER_LASTS


def _leaf_reasons(leaves: list[tuple[str, Any]], about: str) -> Iterator[str | None]:
    for key, value in leaves:
        string, number = _meaningful(key)
        if string if isinstance(value, str) else number:
            if number and not isinstance(value, str) and quantity_kind(key, about):
                continue  # the endpoint says what it measures (a chess rating): `quantities`
            yield _out_of_meaning(key, value)


@dataclass(frozen=True, slots=True)
class _Keys:
    """What an output object's keys alone decide for the checks below (worked out once per
    key set: an endpoint returns the same shapes over and over)."""

    order_pairs: tuple[tuple[str, str], ...]
    rate: str | None
    converted: str | None


@lru_cache(maxsize=16384)
def _keys(keys: tuple[str, ...]) -> _Keys:
    return _Keys(
        order_pairs=tuple(partner_pairs(merged_spelling(dict.fromkeys(keys)), ORDER_PAIRS)),
        rate=next((k for k in keys if "rate" in key_tokens(k)), None),
        converted=next((k for k in keys if {"converted", "result"} & set(key_tokens(k))), None),
    )


def _reversed_dates(node: dict[str, Any], keys: _Keys) -> str | None:
    """`departure_time` after `arrival_time`, `created_at` after `updated_at`, ...
    (`keys`: `_keys` of the node's keys)"""
    pairs = keys.order_pairs
    if not pairs:
        return None
    spelled = merged_spelling(node)
    for first, second in pairs:
        a, b = as_date(spelled[first]), as_date(spelled[second])
        if a and b and a > b:
            return f"{first} {spelled[first]} is after {second} {spelled[second]}"
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _rate_mismatch(node: dict[str, Any], keys: _Keys) -> str | None:
    """A conversion whose converted amount is not amount x rate."""
    rate = _number(node[keys.rate]) if keys.rate is not None else None
    amount = _number(node.get("amount"))
    converted = _number(node[keys.converted]) if keys.converted is not None else None
    if rate is None or amount is None or converted is None or not rate:
        return None
    expected = amount * rate
    if abs(converted - expected) <= 0.02 * max(1.0, abs(expected)):
        return None
    if abs(converted - amount / rate) <= 0.02 * max(1.0, abs(amount / rate)):
        return None
    return f"converted {converted:g} is not amount {amount:g} x rate {rate:g}"


def _check_output(doc: Any, index: int) -> list[Finding]:
    return _check_parsed(doc, output_nodes(doc), output_leaves(doc), index,
                         [o for _, o in output_objects(doc)])


def _check_parsed(doc: Any, nodes: list[Any], leaves: list[tuple[str, Any]], index: int,
                  objects: Iterable[dict[str, Any]], about: str = "") -> list[Finding]:
    """Findings for one output, given its nodes (stack order), leaves (document order),
    objects (the nodes that are objects, in their order) and what its endpoint is about."""
    out: list[Finding] = []
    if _stub(doc):
        keys = ", ".join(sorted(doc))
        out.append(finding(NAME, "generic_stub", index, f"generic stub output {{{keys}}}"))
    for key, value in leaves:
        if isinstance(value, str) and filler(value):
            out.append(finding(NAME, "filler_text", index, f"{key} is filler text {value[:80]!r}"))
            break
    else:
        for node in nodes:
            if isinstance(node, list) and _word_list(node):
                out.append(finding(NAME, "filler_text", index, f"random word list {node[:5]}"))
                break
    # each object's keys are looked up once for both tests below
    dicts = [(n, _keys(tuple(n))) for n in objects]
    reasons = itertools.chain(_leaf_reasons(leaves, about),
                              (_reversed_dates(n, k) for n, k in dicts),
                              (_rate_mismatch(n, k) for n, k in dicts))
    reason = next((r for r in reasons if r), None)
    if reason:
        out.append(finding(NAME, "value_out_of_range", index, reason))
    return out


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        doc = output_of(view, step.call_id)
        if doc is NOT_JSON or step.status != "ok":
            continue
        out += _check_parsed(doc, view.nodes(step.call_id), view.leaves(step.call_id),
                             view.answer_at[step.call_id],
                             (o for _, o in view.objects(step.call_id)),
                             about_of(view, step.function_name))
    return out
