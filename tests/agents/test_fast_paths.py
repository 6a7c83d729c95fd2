"""Shortcuts on the generation loop's hot text paths give the answers of the full path.

Each shortcut skips a regex pass or keeps an answer per text; the tests state, for the
texts where the shortcut decides, what the full pass says (written out, not computed by
the code under test), and that every kept answer lives in a bounded cache (a run's memory
stays flat however many records it writes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from toolgen.agents.offline import grammar, report
from toolgen.agents.planner import values_guard
from toolgen.executor import notes, price_scale
from toolgen.judge.realism import misfit
from toolgen.records import paths


@pytest.mark.parametrize(("text", "tidied"), [
    ("all set.", "All set."),                       # a lower-case start
    ("Done. next one is ready.", "Done. Next one is ready."),  # after an inner stop
    ("Is it open? yes it is", "Is it open? Yes it is"),
    ("Wow! great news.", "Wow! Great news."),
    ("Here it is.", "Here it is."),                 # one stop, at the end: unchanged
    ("See v2.5 notes", "See v2.5 notes"),           # a stop with no space after it
    ("", ""),
    ("éclair time.", "éclair time."),               # [a-z] is ASCII: no change
])
def test_tidy_capitalises_every_sentence_start(text: str, tidied: str) -> None:
    assert grammar.tidy(text) == tidied


def test_tidy_leaves_case_alone_when_asked() -> None:
    assert grammar.tidy("all set. next one", capitalize=False) == "all set. next one"


@pytest.mark.parametrize(("text", "said"), [
    ("Where is my order?", "Where is your order?"),
    ("mystery of my day", "mystery of your day"),   # `my` only as a word
    ("My order", "My order"),                       # case-sensitive, as the pattern
    ("nothing to change", "nothing to change"),
])
def test_yours_turns_the_users_my(text: str, said: str) -> None:
    assert report.yours(text) == said


@pytest.mark.parametrize(("text", "key", "said", "expected"), [
    ("For internal use only.", "", frozenset(), True),        # a record note, any key
    ("  No description available. ", "status", frozenset(), True),  # a placeholder
    ("N/A", "description", frozenset(), True),                 # one word, content key
    ("N/A", "reason", frozenset(), False),                     # one word, other key
    ("A delete todo.", "description", frozenset({"delete", "todo"}), True),  # restates
    ("A delete todo.", "title", frozenset({"delete", "todo"}), False),  # names, not describes
    ("Fresh basil and tomatoes", "description", frozenset({"todo"}), False),
    ("   ", "description", frozenset(), False),
    (3, "description", frozenset(), False),
])
def test_is_note_answers_per_text_and_key(text: object, key: str, said: frozenset[str],
                                          expected: bool) -> None:
    # twice: the second answer comes from the kept per-text and per-key parts
    assert notes.is_note(text, key, said) is expected
    assert notes.is_note(text, key, said) is expected


def test_said_words_of_the_name_and_short_values() -> None:
    said = notes.said_words("getTodoList_for_todoapp", {"type": "delete", "note": "a b c d e"})
    assert {"get", "todo", "list", "delete", " delete", " a b c d e"} <= said
    assert "todoapp" not in said and "e" not in said  # the API part; a long value's words


def test_parsed_paths_are_fresh_lists() -> None:
    first = paths.parse_path('$.results[0]["odd key"]')
    assert first == ["results", 0, "odd key"]
    first.append("changed")  # a caller's list is its own: the kept parse is untouched
    assert paths.parse_path('$.results[0]["odd key"]') == ["results", 0, "odd key"]
    with pytest.raises(paths.PathError):
        paths.parse_path("results[0]")


@pytest.mark.parametrize("cached", [
    notes._bare_note, notes._key_kind, notes._word_placeholder, notes._name_words,
    notes._value_words, values_guard._words, price_scale.price_range, misfit.is_chatter,
    paths._parsed,
], ids=lambda f: f.__module__.rsplit(".", 1)[-1] + "." + f.__name__)
def test_kept_answers_are_bounded(cached: Callable[..., Any]) -> None:
    maxsize = cached.cache_info().maxsize  # type: ignore[attr-defined]
    assert maxsize is not None and maxsize <= 65536
