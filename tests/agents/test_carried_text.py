"""A text that goes with a language taken from a translation is the translation (ToolBench
seed 71 #23: the key phrases of "I would like to book a table for two at eight o'clock."
were asked for "in the text's language", Dutch, after "Thank you so much for your help
yesterday." was translated into Dutch). Read on records as a reviewer reads them: the
text a later call is sent in the translation's language is the translation."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agents.generated import generated, small_corpus
from toolgen.agents.planner.carried_text import derive_texts
from toolgen.pipeline.runtime import RunConfig
from toolgen.records import PlannedArg

_SHAPE = {"type": "object", "properties": {
    "translated_text": {"type": "string"}, "language_code": {"type": "string"}}}


def _args(*extra: PlannedArg) -> list[PlannedArg]:
    return [PlannedArg(name="language", source="tool_output", call_id="c1",
                       path="$.language_code"), *extra]


def test_the_text_beside_a_carried_language_is_the_translation() -> None:
    text = PlannedArg(name="text", source="user", value="I would like to book a table.")
    assert derive_texts(_args(text), lambda _: _SHAPE)[1] == PlannedArg(
        name="text", source="tool_output", call_id="c1", path="$.translated_text")


def test_a_query_or_an_output_with_no_translation_is_left_alone() -> None:
    word = PlannedArg(name="q", source="user", value="nearest")  # a dictionary's word
    assert derive_texts(_args(word), lambda _: _SHAPE) == _args(word)
    text = PlannedArg(name="text", source="user", value="Hello there, friend.")
    plain = {"type": "object", "properties": {"language_code": {"type": "string"}}}
    assert derive_texts(_args(text), lambda _: plain) == _args(text)


FILES = ("Translation/translef_translator.json", "Translation/webit_language.json")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = small_corpus(tmp_path_factory, FILES, "carried_text_corpus")
    return generated(tmp_path_factory, RunConfig(n=80, seed=71, toolenv=corpus), "carried")


def test_a_text_in_the_translations_language_is_the_translation(
        records: list[dict[str, Any]]) -> None:
    seen, wrong = 0, []
    for rec in records:
        translated: dict[str, tuple[str, str]] = {}  # language -> (text, translation)
        for msg in rec["messages"]:
            if msg["role"] == "tool":
                out = orjson.loads(msg["content"])
                if isinstance(out, dict) and isinstance(out.get("translated_text"), str):
                    translated[str(out.get("language_code") or out.get("target_language"))] = (
                        str(out.get("text")), out["translated_text"])
            for call in msg.get("tool_calls") or []:
                args = orjson.loads(call["function"]["arguments"])
                language, text = args.get("language"), args.get("text")
                if "translat" in call["function"]["name"] or language not in translated:
                    continue
                if text is None:
                    continue
                seen += 1
                if text == translated[language][0]:  # the untranslated text, in `language`
                    wrong.append(f"{rec['conversation_id']}: {text!r} as {language}")
                elif text != translated[language][1]:
                    wrong.append(f"{rec['conversation_id']}: {text!r}, not the translation")
    assert seen >= 5, seen
    assert not wrong, wrong


def test_a_text_service_is_sent_its_text(records: list[dict[str, Any]]) -> None:
    # Webit's key phrases mark `text` optional; sent `{"language": "it"}` alone, they
    # answered the service's own name ("language", "webit": ToolBench seed 71 #19)
    sent = [orjson.loads(call["function"]["arguments"])
            for rec in records for msg in rec["messages"]
            for call in msg.get("tool_calls") or []
            if call["function"]["name"].startswith("key_phrases")]
    assert len(sent) >= 5, sent
    assert all(isinstance(args.get("text"), str) and args["text"] for args in sent), sent
