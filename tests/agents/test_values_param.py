"""The per-run precompute of argument draws and checks answers as the per-draw code did.

`ArgumentValues._one` and `_fits` read what `values_param` worked out once per parameter;
the oracles here are the old per-draw bodies, kept verbatim, run on every parameter of the
bundled corpus with the same random streams: the values drawn, the stream state after each
draw and every check must agree. `repeats_label`, which now reads each label's words once
per label set, is compared with its old body on generated values and label sets.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from toolgen.agents.planner import values as V
from toolgen.agents.planner.named_values import stated_value
from toolgen.agents.planner.values_guard import OwnWords
from toolgen.agents.planner.values_schema import described
from toolgen.executor import MockExecutor
from toolgen.executor.entities.quantities import figure, quantity_range, wordy
from toolgen.executor.field_values import BLAND
from toolgen.executor.gen_context import Ctx
from toolgen.judge.realism.arguments import call_labels, repeats_label
from toolgen.judge.realism.name_words import endpoint_words, name_word_value
from toolgen.judge.realism.reading import key_tokens
from toolgen.records import Endpoint, Parameter
from toolgen.registry import load_registry


def _old_named(param: Parameter, rng: random.Random, function_name: str) -> str | None:
    schema = param.json_schema
    if schema.get("type", "string") != "string" or any(
            k in schema for k in ("pattern", "enum", "const")) or schema.get("format") not in (
            None, "binary", "byte", "file"):
        return None
    return stated_value(param.name, param.description or "", rng, function_name)


def _old_figure(param: Parameter, value: Any, rng: random.Random) -> Any:
    spec = quantity_range(param.name) if wordy(value) else None
    return figure(spec, rng) if spec is not None else value


def _old_one(values: V.ArgumentValues, endpoint: Endpoint, param: Parameter,
             rng: random.Random) -> Any:
    schema = param.json_schema
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return rng.choice(enum)
    meant = values._meant(endpoint, param)
    if meant is not None:
        return meant(rng)
    named = _old_named(param, rng, endpoint.function_name)
    if named is not None:
        return _old_figure(param, named, rng)
    generated = values._plan(endpoint).root(
        Ctx(rng, values.executor.pools, {}, {}, action="list"))
    if isinstance(generated, dict) and param.name in generated:
        return _old_figure(param, generated[param.name], rng)
    return param.default if param.has_default else "example"


def _old_fits(values: V.ArgumentValues, endpoint: Endpoint, param: Parameter,
              value: Any) -> bool:
    if not values._valid(endpoint, param, value):
        return False
    if not isinstance(value, str) or value in (param.json_schema.get("enum") or ()):
        return True
    if value in BLAND:  # since cwords: a bland filler word is no value a user states
        return False
    labels = call_labels([p.name for p in endpoint.parameters], endpoint.function_name)
    if repeats_label(value, labels) or name_word_value(
            param.name, value, described(param), endpoint_words(endpoint.function_name)):
        return False
    return not OwnWords.of(endpoint).lifted(param, value)


def _old_repeats_label(value: str, labels: frozenset[str]) -> bool:
    text = " ".join(key_tokens(value.lower().removeprefix("the ")))
    words = set(text.split())
    return bool(text) and any(
        text == label or (len(words) >= 2 and words <= set(label.split())) for label in labels)


@pytest.fixture(scope="module")
def endpoints() -> list[Endpoint]:
    return list(load_registry(None).endpoints)


def test_draws_and_checks_agree_with_the_per_draw_code(endpoints: list[Endpoint]) -> None:
    fast, slow = V.ArgumentValues(MockExecutor(7)), V.ArgumentValues(MockExecutor(7))
    compared = 0
    for k, endpoint in enumerate(endpoints):
        for param in endpoint.parameters:
            a, b = random.Random(k), random.Random(k)
            for _ in range(6):
                got, want = fast._one(endpoint, param, a, ""), _old_one(slow, endpoint, param, b)
                assert repr(got) == repr(want), (endpoint.id, param.name)
                assert a.getstate() == b.getstate()
                for value in (got, param.name, param.name.lower(), "the " + param.name, 3, ""):
                    assert fast._fits(endpoint, param, value) == _old_fits(
                        slow, endpoint, param, value), (endpoint.id, param.name, value)
                compared += 1
    assert compared > 300


def test_repeats_label_agrees_with_its_old_body(endpoints: list[Endpoint]) -> None:
    rng = random.Random(2)
    for endpoint in endpoints:
        names = [p.name for p in endpoint.parameters]
        labels = call_labels(names, endpoint.function_name)
        words = [w for label in labels for w in label.split()] + ["the", "a", "x"]
        values = [*names, endpoint.function_name, ""]
        values += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
                   for _ in range(20)]
        for value in values:
            assert repeats_label(value, labels) == _old_repeats_label(value, labels), value


def test_a_remembered_answer_is_the_one_worked_out_afresh(endpoints: list[Endpoint]) -> None:
    """`_fits` keeps each text value's answer per parameter; asked again (from memory) it
    says what a fresh `ArgumentValues` works out, and what the per-draw code said."""
    warm, fresh = V.ArgumentValues(MockExecutor(7)), V.ArgumentValues(MockExecutor(7))
    remembered = 0
    for endpoint in endpoints:
        for param in endpoint.parameters:
            texts = [param.name, param.name.lower(), "the " + param.name, "", "Lisbon",
                     endpoint.function_name, "json"]
            for value in texts:
                warm._fits(endpoint, param, value)
            plan = warm._fit_plans[(endpoint.id, param.name)]
            for value in texts:
                assert value in plan.answers
                remembered += 1
                assert warm._fits(endpoint, param, value) == fresh._fits(
                    endpoint, param, value) == _old_fits(fresh, endpoint, param, value), (
                    endpoint.id, param.name, value)
    assert remembered > 300
