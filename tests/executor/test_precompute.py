"""Work done once per schema, key tuple or pool value gives what the direct path gives.

The executor compiles what an endpoint's shapes imply (which rules an object's keys allow,
which keys pair, how an example value is perturbed, how an id is reshaped) so a call only
compares values. Each compiled piece is checked here against the plain computation it
replaces, on varied inputs, with the same random streams.
"""

from __future__ import annotations

import copy
import itertools
import random
from pathlib import Path
from typing import Any

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor, rules
from toolgen.executor.codes import reshape, reshaper
from toolgen.executor.echo import _DAY, _DAY_RANKS, _DAY_SORTED, _RANKS, _SORTED, _first_sent
from toolgen.executor.examples import perturb, perturber
from toolgen.executor.gen_context import Ctx
from toolgen.executor.key_pairs import Pairing, paired
from toolgen.executor.linking import json_copy
from toolgen.executor.pools import Pools
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

TOOLBENCH = Path(__file__).resolve().parents[2] / "../shared/corpora/toolbench/toolenv/tools"
_POOLS = Pools.build(3, 16)


def _ctx(seed: int) -> Ctx:
    return Ctx(random.Random(seed), _POOLS, {}, {})


# -- example values and id shapes ---------------------------------------------------------

_VALUES: list[Any] = [
    True, False, 0, 7, -3, 12, 1987, 2024, 2100, 2101, 1_700_000_000, 987654, -42, 3.5,
    0.125, 19.99, 1e-7, 2.0, 123456.789, "2024-05-03", "2024-05-03T10:00:00Z",
    "2024-13-45 bad", "pm_1234", "GBUM71029604", "hello world", "v1.2.3", "12:30",
    "https://x.io/a1", "ab", "AbC-99_xyZ", "١٢٣abc9", "", None, [1, 2],
]


@pytest.mark.parametrize("is_id", [False, True])
def test_a_compiled_perturbation_draws_what_perturb_draws(is_id: bool) -> None:
    for value in _VALUES:
        for seed in range(6):
            direct = perturb(value, is_id, _ctx(seed))
            compiled = perturber(value, is_id)(_ctx(seed))
            assert compiled == direct and type(compiled) is type(direct), (value, seed)


def test_a_compiled_reshape_draws_what_reshape_draws() -> None:
    texts = ["pm_1234", "GBUM71029604", "a-B.c 9", "", "ß²x", "١٢٣", "X" * 40]
    for text, seed in itertools.product(texts, range(5)):
        a, b = _ctx(seed), _ctx(seed)
        assert reshaper(text)(a) == reshape(text, b)
        assert a.rand() == b.rand()  # the same number of bits drawn


def test_json_copy_is_a_deep_copy_that_keeps_shared_parts_shared() -> None:
    shared = {"amount": 5, "tags": ["a", "b"]}
    value = {"a": shared, "b": [shared, {"x": None, "y": 1.5, "z": True}], "c": (1, [2])}
    copied = json_copy(value)
    assert copied == copy.deepcopy(value)
    assert copied["a"] is copied["b"][0] and copied["a"] is not shared
    assert copied["a"]["tags"] is not shared["tags"]
    copied["a"]["tags"].append("c")
    assert shared["tags"] == ["a", "b"]


# -- key pairs -------------------------------------------------------------------------------

_WORDS = ("start", "end", "min", "max", "from", "to", "check_in", "check_out", "departure",
          "arrival", "return", "price", "date", "time", "created", "expiry", "low", "high")


def _keys(rng: random.Random) -> tuple[str, ...]:
    out = []
    for _ in range(rng.randrange(1, 6)):
        a, b = rng.choice(_WORDS), rng.choice(_WORDS)
        out.append(rng.choice((a, f"{a}_{b}", f"{b}_{a}", f"{a}{b.title()}", f"x_{a}_y")))
    return tuple(dict.fromkeys(out))


def test_no_subset_of_keys_pairs_when_pairing_says_none_can() -> None:
    rng = random.Random(1)
    pairing = Pairing((("start", "end"), ("min", "max"), ("check_in", "check_out"),
                       ("departure", "arrival")))
    ruled_out = 0
    for _ in range(400):
        keys = _keys(rng)
        names = tuple(normalize_key(k) for k in keys)
        assert pairing.of(keys) == tuple(paired([(k, normalize_key(k)) for k in keys],
                                                pairing.pairs))
        if pairing.possible(names):
            continue
        ruled_out += 1
        for size in range(2, len(keys) + 1):
            for subset in itertools.combinations(keys, size):
                assert pairing.of(subset) == (), (keys, subset)
    assert ruled_out > 50


# -- rules: the per-key-tuple gate changes nothing --------------------------------------------


_RULES_FOR = rules._rules_for


def _all_rules(keys: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    names, _ = _RULES_FOR(keys)
    return names, (rules._SEASON << 1) - 1  # every rule bit, the last one included


def _settled(outputs: list[Any], args: dict[str, Any], action: str, gate: bool,
             monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    rules._SHAPES.clear()
    with monkeypatch.context() as m:
        if not gate:
            m.setattr(rules, "_rules_for", _all_rules)
        done = copy.deepcopy(outputs)
        for out in done:
            rules.settle(out, args, action)
    rules._SHAPES.clear()
    return done


_HAND_MADE: list[Any] = [
    {"check_in": "2024-06-10", "check_out": "2024-05-01", "total": 3, "items": [{"price": 2.5,
     "quantity": 2}, {"price": 1, "qty": 3}], "status": "refunded"},
    {"minPrice": 90.5, "maxPrice": 40.62, "start_range": 9, "end_range": 3, "count": 7,
     "results": [1, 2]},
    {"departure_time": "2024-05-01T08:00:00Z", "arrival_time": "2024-09-01T08:00:00Z",
     "origin": "Lisbon", "destination": "lisbon"},
    {"from": "USD", "to": "USD", "rate": 3.2, "amount": 10, "converted": {"amount": 1,
     "currency": "GBP"}},
    {"confirmed": 10, "deaths": 7, "recovered": 9, "valid_from": "2025-01-02",
     "valid_to": "2024-01-01 10:00:00"},
    [{"pickup_date": "2024-01-01", "dropoff_date": "2025-03-01", "order_total": 1.0,
      "line_items": [{"unit_price": {"amount": 4}, "quantity": 2}]}],
]


def test_gated_rules_settle_as_every_rule_run_on_every_object(
        monkeypatch: pytest.MonkeyPatch) -> None:
    argsets: list[dict[str, Any]] = [
        {}, {"max_price": 40.62, "check_in": "2024-06-10"},
        {"from": "EUR", "origin": "Porto", "destination": "LIS"},
    ]
    for args, action in itertools.product(argsets, ("list", "create")):
        gated = _settled(_HAND_MADE, args, action, True, monkeypatch)
        assert gated == _settled(_HAND_MADE, args, action, False, monkeypatch)
        assert gated != _HAND_MADE  # the rules did change something


def _outputs(endpoints: list[Endpoint], seeds: int) -> list[tuple[Any, dict[str, Any]]]:
    executor = MockExecutor(11, pool_size=32)
    found = []
    for i, ep in enumerate(endpoints):
        plan = executor.plan_for(ep)
        for seed in range(seeds):
            args = {normalize_key(p.name): v for p, v in zip(ep.parameters, ("2024-05-02",
                    "Lisbon", 3, 19.5), strict=False)}
            ctx = Ctx(random.Random(seed * 1000 + i), executor.pools, args, {})
            found.append((plan.root(ctx), args))
    return found


def _hand_endpoints() -> list[Endpoint]:
    booking = {"type": "object", "properties": {
        "booking_id": {"type": "string"}, "status": {"type": "string"},
        "check_in": {"type": "string", "format": "date"},
        "check_out": {"type": "string", "format": "date"},
        "min_price": {"type": "number"}, "max_price": {"type": "number"},
        "count": {"type": "integer"}, "total": {"type": "number"},
        "items": {"type": "array", "items": {"type": "object", "properties": {
            "price": {"type": "number"}, "quantity": {"type": "integer"}}}},
        "rate": {"type": "number"}, "from": {"type": "string"}, "to": {"type": "string"},
        "origin": {"type": "string"}, "destination": {"type": "string"},
        "departure_time": {"type": "string", "format": "date-time"},
        "arrival_time": {"type": "string", "format": "date-time"}}}
    params = (param("check_in"), param("city"), param("guests", "integer"),
              param("max_price", "number"))
    return [endpoint("book", params, booking, "POST"), endpoint("search", params, {
        "type": "object", "properties": {"results": {"type": "array", "items": booking},
                                         "total_results": {"type": "integer"}}})]


@pytest.fixture(scope="module")
def corpus_endpoints() -> list[Endpoint]:
    found = _hand_endpoints()
    if TOOLBENCH.is_dir():
        registry = pytest.importorskip("toolgen.registry")
        endpoints = list(registry.load_registry(TOOLBENCH).endpoints)
        found += random.Random(3).sample(endpoints, min(150, len(endpoints)))
    return found


def test_gated_rules_agree_on_generated_outputs(
        corpus_endpoints: list[Endpoint], monkeypatch: pytest.MonkeyPatch) -> None:
    for out, args in _outputs(corpus_endpoints, 3):
        for action in ("list", "create"):
            gated = _settled([out], args, action, True, monkeypatch)
            assert gated == _settled([out], args, action, False, monkeypatch), out


# -- echo: what a call asked, found in one pass ---------------------------------------------


def _naive_first(args: dict[str, Any], groups: tuple[tuple[str, ...], ...],
                 fits: Any) -> list[Any]:
    return [next((args[n] for n in names if n in args and fits(args[n])), None)
            for names in groups]


def test_first_sent_value_per_group_is_the_first_of_its_sorted_names() -> None:
    rng = random.Random(5)
    names = sorted({n for group in (*_SORTED, *_DAY_SORTED) for n in group})
    values: list[Any] = ["Lisbon", "LIS", 3, 2.5, True, None, ["a"], "2024-05-01",
                         "2024-05-01T09:00:00", "soon"]

    def scalar(v: Any) -> bool:
        return isinstance(v, (str, int, float)) and not isinstance(v, bool)

    def day(v: Any) -> bool:
        return isinstance(v, str) and _DAY.match(v) is not None

    for _ in range(500):
        args = {n: rng.choice(values) for n in rng.sample(names, rng.randrange(0, 8))}
        args[rng.choice(("city", "page", "q"))] = "x"
        assert _first_sent(args, _RANKS, len(_SORTED), scalar) == _naive_first(
            args, _SORTED, scalar)
        assert _first_sent(args, _DAY_RANKS, len(_DAY_SORTED), day) == _naive_first(
            args, _DAY_SORTED, day)


def test_a_session_answers_the_same_with_a_cold_or_warm_shape_memo() -> None:
    from toolgen.executor import distinct, echo, remembered

    ep = _hand_endpoints()[1]
    args = {"check_in": "2024-05-02", "city": "Lisbon", "guests": 2, "max_price": 80.0}

    executor = MockExecutor(2, pool_size=16)

    def answers() -> list[Any]:
        return [executor.session(s).call(ep, args).output for s in range(8)]

    warm = answers()
    for memo in (rules._SHAPES, echo._SHAPES, distinct._SHAPES, remembered._ID_KEYS):
        memo.clear()
    assert answers() == warm


# -- validation: one argument judged alone --------------------------------------------------


def test_rejects_answers_as_the_full_validation_of_the_argument_alone(
        corpus_endpoints: list[Endpoint]) -> None:
    from toolgen.executor.validation import compile_validator

    odd: list[Any] = [None, True, 0, -5, 2.5, "", "x" * 300, "2024-13-01", ["a", 1], {"k": 1},
                      [], "Lisbon", 10**12]
    rejected = kept = 0
    for ep in corpus_endpoints[:80]:
        schema = ep.parameters_schema()
        full, alone = compile_validator(schema), compile_validator(schema)
        for p in ep.parameters[:4]:
            for value in odd:
                direct = full({p.name: value})
                expected = any(e.startswith(f"invalid argument '{p.name}'") for e in direct)
                got = alone.rejects(p.name, value)
                assert got == expected, (ep.id, p.name, value, direct)
                rejected += got
                kept += not got
    assert rejected > 20 and kept > 20


def test_the_calculation_rules_tried_are_every_rule_a_phrase_can_name() -> None:
    from toolgen.executor import calc_match

    rules = calc_match._RULES
    for rule in rules:
        for phrase in rule.phrases:
            # a phrase's own words (and more) bring its rule among those tried
            assert rule in calc_match._phrased({*phrase, "other"}), phrase
    tried = calc_match._phrased({"return", "equity"})
    assert tried == sorted(tried, key=rules.index)  # table order: the first rule wins
    assert not calc_match._phrased({"weather", "forecast"})  # no phrase of those words
