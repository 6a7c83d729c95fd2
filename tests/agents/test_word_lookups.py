"""A dictionary is asked about a word, in its own language; read from records of a
small ToolBench corpus (a translator and Webit Language) as a reviewer reads them.

Before, webit_language's Dictionary Synonyms was asked for the synonyms of "Please send
me the report by the end of the week." in the language of a translation just made
("pt"), and answered English synonyms of "send" (ToolBench seed 97 #0); its antonyms of
"Where is the nearest train station?" in Spanish (#17): 13 of 300 records asked a
dictionary about a whole sentence, in a translation's language."""

from __future__ import annotations

import re
from typing import Any

import orjson
import pytest

from toolgen.pipeline.runtime import RunConfig

from .generated import generated, small_corpus

_FILES = ("Translation/webit_language.json", "Translation/translef_translator.json")
# "the dictionary synonyms on send in the text's language", in one sentence
_CARRIED = re.compile(r"dictionary[^.?!]*the text's language", re.I)
_LOOKUPS = ("dictionary_synonyms", "dictionary_antonyms", "dictionary_examples",
            "dictionary_lookup")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    toolenv = small_corpus(tmp_path_factory, _FILES, "word_lookup_corpus")
    return generated(tmp_path_factory, RunConfig(n=120, seed=97, toolenv=toolenv),
                     "word_lookups")


def _lookups(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [orjson.loads(call["function"]["arguments"]) for m in record["messages"]
            for call in m.get("tool_calls") or []
            if call["function"]["name"].startswith(_LOOKUPS)]


def test_a_dictionary_is_asked_about_one_word(records: list[dict[str, Any]]) -> None:
    asked = [args for r in records for args in _lookups(r)]
    assert len(asked) >= 10, len(asked)  # the lookups are still drawn
    sentences = [a["q"] for a in asked if len(str(a.get("q", "")).split()) > 1]
    assert not sentences, sentences[:5]


def test_a_dictionary_looks_up_in_its_own_language(records: list[dict[str, Any]]) -> None:
    # the words asked are English, whatever a translation before went into
    foreign = [(r["conversation_id"], a["language"]) for r in records
               for a in _lookups(r) if a.get("language", "en").lower() != "en"]
    assert not foreign, foreign[:5]
    carried = [r["conversation_id"] for r in records for m in r["messages"]
               if m["role"] == "user"
               and _CARRIED.search(m.get("content") or "") is not None]
    assert not carried, carried[:5]
