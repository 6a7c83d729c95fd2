"""What the checks work out once per key, key set, text or view gives the per-record answer.

Each compiled test (`may_have_reason`, `may_echo`, `_may_count`, `_quantity_keys`,
`_stub_keys`, `slot_words`, the language prefilters) is checked against the plain test it
stands in front of, run over every value and context a finding depends on; each view
memo against a fresh computation on a fresh view.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from toolgen.judge.realism import (
    arguments,
    boilerplate,
    entities,
    field_scales,
    language,
    outputs,
    type_fields,
    values,
    vocabulary,
)
from toolgen.judge.view import build_view, output_leaves

from .factories import valid

# Key spellings: plain and compound, with every word the key tests look for.
_WORDS = sorted(field_scales._QUANTITY | field_scales._LAST_WORDS | field_scales._RATES
                | set(field_scales._RANGES) | set(type_fields._NAMED_BY_VALUE)
                | set(type_fields._PLAIN) | {"source", "name", "title", "foo", "interest",
                                             "party", "size", "count", "page", "group"})
KEYS = sorted({*_WORDS, *(f"{a}_{b}" for a in _WORDS[::7] for b in _WORDS[::5]),
               *(f"{a}{b.title()}" for a in _WORDS[::11] for b in _WORDS[::13]),
               "room_type", "roomType", "Category", "x_kind", "", "_", "id", "user id"})
NUMBERS = [-1e9, -250.0, -100.5, -1.0, 0.0, 0.5, 1.0, 5.0, 12.0, 13.0, 15.9, 16.0, 50.0, 90.5,
           100.0, 100.5, 130.5, 180.5, 65535.0, 65536.0, 1e9]


def test_field_scales_skips_only_keys_no_value_can_fail() -> None:
    name_sets = [frozenset(), frozenset({"mbti", "analyse"}), frozenset(_WORDS)]
    contexts = [frozenset(), field_scales._LENDING | field_scales._PICTURES]
    skipped = 0
    for key in KEYS:
        for name_words in name_sets:
            if field_scales.may_have_reason(key, name_words):
                continue
            skipped += 1
            for value in NUMBERS:
                for context in contexts:
                    assert field_scales.reason(key, value, name_words, context) is None, key
    assert skipped > len(KEYS)  # the compiled test does spare most keys
    assert field_scales.may_have_reason("loan_rate", frozenset())
    assert field_scales.may_have_reason("mbti", frozenset({"mbti"}))


def test_type_fields_skips_only_keys_no_value_echoes_under() -> None:
    own = vocabulary.ToolWords(frozenset({"video", "mailbox", "brands"}),
                               frozenset({"generate", "video"}), frozenset({"video", "feature"}))
    texts = ["video", "mailbox", "brands", "generate", "feature", "zzqxv", "hotel", "Video"]
    skipped = 0
    for key in KEYS:
        if type_fields.may_echo(key):
            continue
        skipped += 1
        for value in texts:
            assert type_fields.echo_reason(key, value, own, frozenset({"video"})) is None, key
    assert skipped > 0 and type_fields.may_echo("room_type") and type_fields.may_echo("domain")


def test_argument_count_test_matches_the_count_reason() -> None:
    for key in KEYS:
        fails = any(arguments._count_reason(key, v) for v in NUMBERS)
        assert arguments._may_count(key) or not fails, key
    assert arguments._may_count("party_size") and not arguments._may_count("size")


def test_quantity_keys_keep_the_order_and_the_first_word() -> None:
    obj = {"name": "Ada", "height_feet": "tall", "weight_pounds": "heavy", "age": "old"}
    expected = next((f"{k}={v!r} is a word where a figure belongs" for k, v in obj.items()
                     if entities._quantity_key(k) and entities.wordy(v)), None)
    assert expected is not None
    assert entities.quantity_word(obj, frozenset()) == expected
    assert entities.quantity_word(obj, frozenset(), tuple(obj)) == expected
    assert entities.quantity_word(obj, frozenset({"tall", "heavy", "old"})) is None


@pytest.mark.parametrize("keys", [("key1", "key2"), ("name", "description", "updated_at", "id"),
                                  ("name", "description", "updated_at"), ("field_1",),
                                  ("name", "description", "updated_at", "user_id", "x"),
                                  ("col3", "value9", "Item_4")])
def test_stub_by_key_tuple(keys: tuple[str, ...]) -> None:
    numbered = len(keys) >= 2 and all(re.fullmatch(
        r"(?:key|field|value|param|item|prop|attr|col|column)_?\d+", k, re.I) for k in keys)
    rest = {k for k in keys if not re.search(r"(?:^|_)id$", k)}
    expected = numbered or (rest == {"name", "description", "updated_at"} and len(keys) > len(rest))
    assert outputs._stub(dict.fromkeys(keys, "v")) is expected


def _slots_oracle(text: str) -> list[str] | None:
    for shape in boilerplate.SHAPES:
        m = shape.match(text)
        if m:
            return [w.lower() for w in m.groups() if w]
    return None


@pytest.mark.parametrize("text", [
    "Includes rooms, rates and related booking information.",
    "Includes rooms, rates and related booking information.\n",
    "Includes rooms, rates and related booking information. ",
    "Summary of live scores for Austin.", "Summary of live scores for Austin",
    "Daily weather covering rain and wind.", "A plain description.", "", "."])
def test_slot_words_match_the_shapes(text: str) -> None:
    assert boilerplate.slot_words(text) == _slots_oracle(text)
    assert boilerplate.slot_words(text) == _slots_oracle(text)  # the cached answer too


@pytest.mark.parametrize("sentence", [
    "The amount: 11.92, amount: 43.2.", "amount is 12 and amount is 13",
    "the total comes out as 12, the total comes out as 14", "Booked 2 rooms for 3 nights",
    "ref_a then ref_b", "the code is ab_1; the code is ab_2"])
def test_label_reuse_prefilter_keeps_the_answer(sentence: str) -> None:
    lowered = sentence.lower()
    seen: dict[str, set[str]] = {}
    if "_" in lowered or any(c.isdigit() for c in lowered):
        for label, value in language._LABELLED.findall(lowered):
            if any(c.isdigit() for c in value) or "_" in value:
                label = re.sub(r"^(?:and\s+)?(?:the\s+|its\s+)?", "", label.strip())
                seen.setdefault(label, set()).add(value.rstrip(".,"))
    label = next((k for k, v in seen.items() if len(v) >= 2), "")
    assert language._label_reuse(sentence) == (label, len(seen.get(label, ())))


def _doc(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth < 4 and roll < 0.3:
        return {rng.choice(["a", "rate", "lat", "", "n", "x y"]) + str(i): _doc(rng, depth + 1)
                for i in range(rng.randint(0, 4))}
    if depth < 4 and roll < 0.5:
        return [_doc(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return rng.choice([1, 2.5, -3, True, False, None, "s", 0, 10**12, 1e-3])


def test_numbers_read_off_the_leaves_are_the_stack_walk() -> None:
    rng = random.Random(5)
    for _ in range(500):
        doc = _doc(rng)
        assert values.numbers_of_leaves(output_leaves(doc)) == list(values.keyed_numbers(doc))


def test_view_memos_equal_a_fresh_reading() -> None:
    record = valid()
    view = build_view(record)
    first = list(vocabulary.trained_calls(view))
    assert first == list(vocabulary._trained_calls(build_view(record)))
    assert list(vocabulary.trained_calls(view)) == first  # the memo, read again
    for call in first:
        fresh = build_view(record)
        assert vocabulary.tool_words(view, call.name) == vocabulary._offered_words(fresh,
                                                                                   call.name)
        for doc in (call.arguments, call.output):
            assert values.view_numbers(view, doc, call.call_id) == list(
                values.keyed_numbers(doc))


def test_tool_words_all_is_the_union() -> None:
    words = vocabulary._tool_words("calorieninjas_p_for_sridevi", "Counts calories.", ("q",))
    assert words.all == words.name | words.description | words.params
