"""The judge's fast paths answer as what they replace.

String tests: the oracle is `re` itself, run on many generated texts (a fixed seed),
drawn from an alphabet of word characters (ASCII, accented, digits, `_`), separators and
punctuation, so every kind of boundary occurs. Argument checks: the oracle is
fastjsonschema compiled from the same schema.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import pairwise
from typing import Any

import pytest

from toolgen.judge.features import repetitive_phrasing
from toolgen.judge.realism.language import (
    _ARTICLE_TAILS,
    _EQUALS_TAILS,
    _article,
    _colon,
    _ends_at,
    _equals,
    _may_state_twice,
    _stated_times,
)
from toolgen.judge.realism.reading import has_word, is_word_char
from toolgen.judge.realism.type_fields import _fields, _lists
from toolgen.judge.schemas import _flat_check, checker
from toolgen.judge.view import output_nodes, output_objects

from .factories import valid
from .helpers import fastjsonschema_message

_ALPHABET = "ab_1é. -:=\n'Z"


def _texts(rng: random.Random, count: int, longest: int) -> list[str]:
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, longest)))
            for _ in range(count)]


def test_word_chars_are_re_word_chars() -> None:
    for code in range(0x3000):
        c = chr(code)
        assert is_word_char(c) == bool(re.match(r"\w", c)), hex(code)


def test_has_word_answers_as_the_word_boundary_regex() -> None:
    rng = random.Random(7)
    texts = _texts(rng, 400, 14)
    words = [w for w in _texts(rng, 200, 3) if w] + ["", "a", "ab", "_", ".", "a b", "é1"]
    found = 0
    for text in texts:
        for word in words:
            want = re.search(rf"\b{re.escape(word)}\b", text) is not None
            assert has_word(text, word) == want, (text, word)
            found += want
            start = re.search(rf"\b{re.escape(word)}", text) is not None
            assert has_word(text, word, whole=False) == start, (text, word)
    assert found > 1000  # both answers are well represented


_PROPS: list[dict[str, Any]] = [
    {"type": "string", "format": "binary"},
    {"type": "number", "format": "float"},
    {"type": "integer", "format": "int32"},
    {"type": "boolean", "format": "flag"},
    {"type": "object"},
    {"type": "object", "description": "key value pairs"},
    {"type": "array", "items": {}},
    {"type": "array"},
    {"type": "array", "items": True},
    {"type": "string", "items": {}},
    # beyond the plain check: fastjsonschema answers for the whole schema
    {"type": "string", "format": "date"},  # a format it checks
    {"type": "string", "format": "email"},
    {"format": "binary"},
    {"type": "array", "items": {"type": "integer"}},  # items that are tested
]
_VALUES: list[Any] = [None, True, 0, 2.5, "", "x", "2024-01-02", "a@b.co", [], [1, "a"], {},
                      {"k": 1}]



@pytest.mark.parametrize("prop", _PROPS)
def test_typed_and_formatted_properties_answer_as_fastjsonschema(prop: dict[str, Any]) -> None:
    schema = {"type": "object", "properties": {"p": prop, "q": {"type": "string"}},
              "required": ["q"]}
    check = checker(schema)
    assert not isinstance(check, str)
    for value in _VALUES:
        for args in ({"q": "x", "p": value}, {"p": value}, {"q": value}):
            assert check(args) == fastjsonschema_message(schema, args), (prop, args)


def test_the_common_corpus_shapes_need_no_generated_code() -> None:
    for prop in _PROPS[:10]:
        schema = {"type": "object", "properties": {"p": prop}}
        assert _flat_check(schema) is not None, prop
    for prop in _PROPS[10:]:
        assert _flat_check({"type": "object", "properties": {"p": prop}}) is None, prop


_LABELS = ["menu type", "type", "initial investment", "a b", "é_1"]
_LABEL_TEXTS = ["menu type = premium", "menu_type:premium", "the menu type of premium",
                "an initial investment of 86", "a b equal to 86", "a-b equals\n86", "é_1: 86",
                "menu type  premium", "type=:86", "the a b at 86", "a b :  86"]


def test_label_tests_skipped_by_their_tail_would_not_have_matched() -> None:
    rng = random.Random(13)
    texts = _LABEL_TEXTS + _texts(rng, 300, 16)
    tests = ((_equals, _EQUALS_TAILS), (_colon, (":",)), (_article, _ARTICLE_TAILS))
    matched = 0
    for label in _LABELS:
        for text in texts:
            ats = list(range(len(text) + 1))
            for pattern, tails in tests:
                want = any(pattern(label).search(text, 0, at) for at in ats)
                assert _ends_at(pattern, label, text, ats, tails) == want, (label, text)
                matched += want
    assert matched >= 10


_FACT_PIECES = ["the", "status", "is", "are", "was", "were", ":", "confirmed", "sample user",
                "its", "and", "x1", ".", "-", "the status is confirmed", "confirmed is the"]


def test_a_fact_skipped_as_not_stated_twice_is_not_stated_twice() -> None:
    rng = random.Random(17)
    twice = 0
    for _ in range(3000):
        pieces = [rng.choice(_FACT_PIECES) for _ in range(rng.randint(2, 12))]
        text = "".join(p + rng.choice([" ", "  ", "\n", "", ": "]) for p in pieces)
        for value in ("confirmed", "sample user", "status"):
            for plain in (True, False):
                stated = _stated_times(text, value, plain)
                if not _may_state_twice(text, value, plain):
                    assert stated < 2, (text, value, plain)
                twice += stated >= 2
    assert twice > 200  # the texts do state facts twice, so the test above has teeth


def _doc(rng: random.Random, depth: int) -> Any:
    kind = rng.randrange(5)
    if kind == 0 or depth <= 0:
        return rng.choice(["a", "", 1, 2.5, None, True])
    if kind in (1, 3):
        return {rng.choice("abcde"): _doc(rng, depth - 1) for _ in range(rng.randint(0, 4))}
    return [_doc(rng, depth - 1) for _ in range(rng.randint(0, 4))]


def _held_objects(doc: Any) -> list[tuple[str, Any]]:
    """The walk the checks made each on their own: every child pushed, objects kept."""
    found: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            found.append((key, node))
            stack.extend((str(k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((key, v) for v in node)
    return found


def test_one_object_walk_serves_every_check() -> None:
    rng = random.Random(5)
    objects = 0
    for _ in range(2000):
        doc = _doc(rng, 4)
        held = output_objects(doc)
        want = _held_objects(doc)
        assert [k for k, _ in held] == [k for k, _ in want]
        assert all(a is b for (_, a), (_, b) in zip(held, want, strict=True))
        dicts = [n for n in output_nodes(doc) if isinstance(n, dict)]
        assert all(a is b for (_, a), b in zip(held, dicts, strict=True))
        objects += len(held)
    assert objects > 2000


def test_repetitive_phrasing_counts_as_the_pair_count_does() -> None:
    rng = random.Random(3)
    vocabulary = ["the", "amount", "is", "due", "and", "x"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 14)))
             for _ in range(3000)]
    record = valid()
    messages = [record.messages[0].model_copy(update={"content": t, "role": "user"})
                for t in texts]
    got = repetitive_phrasing(record, messages)
    want = 0
    for text in texts:
        pairs = list(pairwise(re.findall(r"[\w']+", text.lower())))
        want += len(pairs) >= 5 and max(Counter(pairs).values()) >= 3
    assert got == want > 100


def _old_fields(doc: Any) -> list[tuple[str, Any]]:
    """type_fields' own walk before the view's object walk: (key, text) per text field."""
    found: list[tuple[str, Any]] = []
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, str):
                    found.append((str(k), v))
                else:
                    stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _old_lists(doc: Any) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, list):
                    found.append((str(k), v))
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def test_type_fields_read_the_fields_their_own_walk_read() -> None:
    rng = random.Random(11)
    seen = 0
    for _ in range(2000):
        doc = _doc(rng, 4)
        objects = output_objects(doc)
        fields, lists = list(_fields(objects)), list(_lists(objects))
        assert fields == _old_fields(doc)
        assert [(k, id(v)) for k, v in lists] == [(k, id(v)) for k, v in _old_lists(doc)]
        seen += len(fields) + len(lists)
    assert seen > 2000
