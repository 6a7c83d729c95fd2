"""Entity coherence: an output object that names two different real things at once.

A reviewer rejects an airport whose `iata` is VIE while its city is Denver and its
timezone Europe/London, an NBA team whose abbreviation is MEM while its full name is
"Brooklyn Nets" and its division is the Atlantic, a country whose ISO code is another
country's, and a quantity-named field (`height_feet`, `weight_pounds`) holding a word.
The object is recognised and its fields looked up in the executor's tables of real
rows (`executor.entities`): two recognised fields whose values only ever occur in
disjoint sets of rows contradict each other.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.entities.match import Binding, bind, context_flags, row_sets
from toolgen.executor.entities.quantities import quantity_range, wordy
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import output_of, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "entities"


def contradiction(obj: dict[str, Any], binding: Binding) -> str | None:
    """Why two recognised fields of `obj` cannot belong to one real row, or None."""
    seen: list[tuple[str, Any, frozenset[int]]] = []
    for key, value, rows in row_sets(obj, binding):
        for other_key, other_value, other_rows in seen:
            if not rows & other_rows:
                return (f"{binding.kind.name} {other_key}={other_value!r} and "
                        f"{key}={value!r} belong to different real {binding.kind.name}s")
        seen.append((key, value, rows))
    return None


@lru_cache(maxsize=65536)
def _quantity_key(key: str) -> bool:
    # Keys repeat across every output of an endpoint: each spelling is looked up once.
    return quantity_range(key) is not None


@lru_cache(maxsize=16384)
def _bind(keys: tuple[str, ...], flags: frozenset[str]) -> Binding | None:
    # An object's kind depends on its keys and context alone: once per shape and context
    # (an endpoint returns the same shapes in every output).
    return bind(keys, flags)


@lru_cache(maxsize=16384)
def _flags(text: str) -> frozenset[str]:
    # The same endpoint and parent key come back in every output: scanned once each.
    return context_flags(text)


def quantity_word(obj: dict[str, Any], sent: frozenset[str],
                  keys: tuple[str, ...] | None = None) -> str | None:
    """A quantity-named string field holding a word the call did not send (`keys`: the
    object's keys, when the caller has them)."""
    # the key test first, once per key set (an endpoint returns the same shapes over and
    # over), where `wordy` scans the text
    for key in _quantity_keys(tuple(obj) if keys is None else keys):
        value = obj[key]
        if isinstance(value, str) and wordy(value) and value not in sent:
            return f"{key}={value!r} is a word where a figure belongs"
    return None


@lru_cache(maxsize=16384)
def _quantity_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keys if _quantity_key(str(k)))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        doc = output_of(view, step.call_id)
        if doc is NOT_JSON or not isinstance(doc, (dict, list)):
            continue
        index = view.answer_at[step.call_id]
        text = f"{step.function_name} {step.endpoint_id}"
        sent: frozenset[str] | None = None  # read when a quantity-named key first asks
        flags: dict[str, frozenset[str]] = {}  # the objects of a list share their parent
        for parent, obj in view.objects(step.call_id):
            keys = tuple(obj)
            context = flags.get(parent)
            if context is None:
                context = flags[parent] = _flags(f"{text} {parent}")
            binding = _bind(keys, context)
            reason = contradiction(obj, binding) if binding is not None else None
            if reason is not None:
                out.append(finding(NAME, "entity_contradiction", index, reason))
            if not _quantity_keys(keys):
                continue  # `quantity_word` reads quantity-named keys only
            if sent is None:
                sent = frozenset(a.value for a in step.arguments.values()
                                 if isinstance(a.value, str))
            word = quantity_word(obj, sent, keys)
            if word is not None:
                out.append(finding(NAME, "quantity_word", index, word))
    return out
