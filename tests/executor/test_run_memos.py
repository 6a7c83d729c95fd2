"""Work the executor now does once per run (per key, per league, per pool) or by a shorter
path answers what the direct computation answers.

Each fast path is checked against an independent oracle: the word-by-word league test it
replaced, `OutputRef.model_construct`, `json.dumps`, and fresh per-value perturbations.
"""

from __future__ import annotations

import itertools
import json
import random
from typing import Any

import pytest

from toolgen.executor.entities.team_names import league_of
from toolgen.executor.examples import example_gen, perturber
from toolgen.executor.finish import _text
from toolgen.executor.gen_context import Ctx
from toolgen.executor.linking import ObjMeta, link
from toolgen.executor.pools import Pools
from toolgen.executor.refs import _ref, output_refs
from toolgen.executor.schema_resolve import resolve_schema
from toolgen.executor.values import normalize_key, number_kind, string_kind
from toolgen.records import OutputRef

_POOLS = Pools.build(5, 16)

# The league table as `league_of` read it word by word before its patterns were compiled.
_LEAGUES = (
    (("nba", "basketball"), "NBA"),
    (("nfl", "american_football", "americanfootball"), "NFL"),
    (("seriea", "serie_a", "calcio"), "Serie A"),
    (("laliga", "la_liga"), "La Liga"),
    (("bundesliga",), "Bundesliga"),
    (("ligue",), "Ligue 1"),
    (("dota",), "Dota 2"),
    (("league_of_legends", "leagueoflegends"), "League of Legends"),
    (("premier", "epl", "football", "soccer", "futbol"), "Premier League"),
    (("league", "scorer", "fixture", "goalscorer"), "Premier League"),
)


def _league_word_by_word(text: str) -> str | None:
    snake = normalize_key(text)
    padded = f"_{snake}_"
    tokens = snake.split("_")
    for words, league in _LEAGUES:
        for w in words:
            if ("_" in w and f"_{w}_" in padded) or any(t.startswith(w) for t in tokens):
                return league
    return None


def test_league_patterns_find_what_the_word_by_word_test_finds() -> None:
    pieces = ["nba", "basketball", "american", "football", "americanfootball", "serie", "a",
              "seriea", "la", "liga", "laliga", "ligue1", "dota2", "league", "of", "legends",
              "multiple", "player", "epl", "xepl", "premier", "calcio", "scorers", "api",
              "Sports", "LiveScore", "x"]
    rng = random.Random(3)
    texts = ["", "_", "__nba__", "Serie A Live", "LaLiga fixtures", "multiple_player",
             "League of Legends stats", "american_footballer", "basket ball"]
    for _ in range(4000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 5))]
        texts.append(rng.choice([" ", "_", "-", ""]).join(words))
    found = 0
    for text in texts:
        expected = _league_word_by_word(text)
        assert league_of(text) == expected, text
        found += expected is not None
    assert 0 < found < len(texts)  # both answers are exercised


def _ctx(seed: int) -> Ctx:
    return Ctx(random.Random(seed), _POOLS, {}, {})


def _fresh_draw(values: tuple[Any, ...], is_id: bool, seed: int, kinds: tuple[type, ...]
                ) -> Any:
    """What a pool draw gives when each value's perturbation is built anew."""
    pool = [v for v in values if isinstance(v, kinds)]
    ctx = _ctx(seed)
    return perturber(pool[int(ctx.rand() * len(pool))], is_id)(ctx)


@pytest.mark.parametrize("key, is_id", [("price", False), ("order_id", True)])
def test_a_shared_pool_generator_draws_what_fresh_perturbations_draw(key: str,
                                                                      is_id: bool) -> None:
    values: tuple[Any, ...] = (1250, 7.5, "pm_1234", "2024-03-01", 2001, "Blue")
    for json_type, kinds in (("integer", (int,)), ("number", (int, float)),
                             ("string", (str,))):
        first = example_gen(key, values, json_type)
        again = example_gen(key, values, json_type)
        assert first is not None and again is first  # compiled once for the pool
        for seed in range(8):
            got = first(_ctx(seed))
            want = _fresh_draw(values, is_id, seed, kinds)
            assert got == want and type(got) is type(want)


def test_equal_pools_of_other_types_keep_their_own_generators() -> None:
    ints: tuple[Any, ...] = (120, 340)
    floats: tuple[Any, ...] = (120.0, 340.0)
    assert ints == floats  # equal tuples: a memo keyed by value would mix them up
    gi, gf = example_gen("price", ints, "number"), example_gen("price", floats, "number")
    assert gi is not None and gf is not None
    assert all(type(gi(_ctx(s))) is int for s in range(5))
    assert all(type(gf(_ctx(s))) is float for s in range(5))


def test_a_known_format_outranks_what_the_key_says() -> None:
    assert string_kind("user_id", {}) == "id"
    assert string_kind("user_id", {"format": "email"}) != "id"
    assert string_kind("user_id", {"format": "email"}) == string_kind("x", {"format": "email"})
    assert string_kind("user_id", {}) == "id"  # the format did not stick to the key
    assert number_kind("price") == number_kind("price") != number_kind("hotel_id")


def test_a_built_ref_is_the_model_construct_ref() -> None:
    for path, value, entity in (("$.a", 3, None), ("$.hotels[0].id", "h_1", "hotel")):
        built = _ref(path, value, entity)
        constructed = OutputRef.model_construct(path=path, value=value, entity=entity)
        assert built == constructed
        assert built.model_fields_set == constructed.model_fields_set
        assert built.model_dump_json() == constructed.model_dump_json()
        assert built.model_dump(exclude_unset=True) == constructed.model_dump(
            exclude_unset=True)
    refs = output_refs({"hotels": [{"id": "h_9", "name": "x"}], "user_id": 4}, "booking")
    assert [(r.path, r.value, r.entity) for r in refs] == [
        ("$.hotels[0].id", "h_9", "hotel"), ("$.user_id", 4, "user")]


def test_schema_text_holds_the_quoted_names_json_dumps_holds() -> None:
    needles = ('"width"', '"height"', '"email"', '"domain"', '"price"', '"rate"')
    schemas: list[Any] = [
        {"type": "object", "properties": {"width": {"type": "integer"},
                                          "height": {"type": "integer"}}},
        {"properties": {"contact": {"properties": {"email": {}, "domain": {}}}}},
        {"description": 'says "width" in text', "enum": ["price", "rate", "é"]},
        {1: {"price": 2}, "rate": None},  # a non-string key: json's path
        {"big": 2**70, "rate": 1.5},  # an int orjson refuses
        {"items": ({"width": 1}, {"height": 2})},
    ]
    for schema, needle in itertools.product(schemas, needles):
        assert (needle in _text(schema)) == (needle in json.dumps(schema, default=str))


def _fields_by_loop(meta: ObjMeta, obj: dict[str, Any]) -> dict[str, Any]:
    """A new record's fields as `link` built them name by name before the claims."""
    fields: dict[str, Any] = {}
    for key, names in meta.store_names:
        for n in names:
            if n not in fields:
                fields[n] = obj[key]
    return fields


def test_a_new_record_remembers_each_name_from_the_key_that_claims_it_first() -> None:
    meta = ObjMeta(entity="hotel", pk="hotel_id", pk_entity="hotel")
    meta.store_names = [("name", ("name", "hotel_name")), ("hotel_name", ("hotel_name", "name")),
                        ("city", ("city", "hotel_city")), ("hotel", ("hotel", "name",
                                                                     "hotel_name"))]
    for n in range(3):
        obj = {"hotel_id": f"h_{n}", "name": f"A{n}", "hotel_name": f"B{n}", "city": "Rome",
               "hotel": f"C{n}"}
        ctx = Ctx(random.Random(n), _POOLS, {}, {})
        link(ctx, obj, meta)
        record = ctx.store[f"h_{n}"]
        assert record.entity == "hotel"
        want = _fields_by_loop(meta, obj)
        assert record.fields == want and list(record.fields) == list(want)


def test_a_schema_with_nothing_to_follow_resolves_to_itself() -> None:
    plain = {"type": "object", "properties": {"a": {"type": "string"}}}
    root = {"$defs": {"a": {"type": "integer"}}, "properties": {}}
    assert resolve_schema(plain, root) is plain
    assert resolve_schema({"$ref": "#/$defs/a", "title": "A"}, root) == {
        "type": "integer", "title": "A"}
    assert resolve_schema({"anyOf": [{"type": "null"}, {"type": "string"}]}, root) == {
        "type": "string"}
    assert resolve_schema("not a schema", root) == {}
