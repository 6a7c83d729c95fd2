"""A translation answers the asked text in the asked language.

`translated(output, args, rng)`, a finish step of translating endpoints: a known phrase
translated (`phrases.translate`), else the text unchanged, in the object fields a
translation is kept under (`translated_text`, `translatedText`, ...), beside the asked
target and source languages; a Google-style answer (`translation: {language, parts}`,
`original: {detected_language}`) likewise. In place, deterministic.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.phrases import translate
from toolgen.executor.values import normalize_key

_SOURCE_TEXT = ("text", "q", "query", "source_text", "content", "sentence", "phrase", "input",
                "message")
_TARGET = ("target_lang", "target_language", "target", "to", "lang_to", "tl", "to_language",
           "dest", "destination_language", "language", "language_code", "lang", "to_lang",
           "target_language_code")
_SOURCE = ("source_lang", "source_language", "from", "source", "lang_from", "sl",
           "from_language")
_TRANSLATED = ("translated_text", "translation", "translated", "text_translated", "result")


def _first(args: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for n in names:
        v = args.get(n)
        if isinstance(v, str) and v.strip():
            return v
    return None


def translated(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """The asked text in the asked language: a known phrase translated, else unchanged."""
    targets = [output] if isinstance(output, dict) else []
    if isinstance(output, dict):
        targets += [v for v in output.values() if isinstance(v, dict)]
        for v in output.values():
            if isinstance(v, list):
                targets += [x for x in v if isinstance(x, dict)]
    source_text = _first(args, _SOURCE_TEXT)
    target = _first(args, _TARGET)
    source = _first(args, _SOURCE)
    for obj in targets:
        # by the key's normal form: Text Translator's `translatedText` kept the chatter it
        # was drawn with ("Meeting moved to Thursday at 3 pm.", ToolBench seed 7 #37)
        names = {normalize_key(str(k)): k for k in obj}
        key = next((names[t] for t in _TRANSLATED
                    if t in names and isinstance(obj[names[t]], str)), None)
        if key is None:
            continue
        if source_text is not None:
            obj[key] = translate(source_text, target) or source_text
        for k in ("target_language", "target_lang", "to"):
            if target is not None and isinstance(obj.get(k), str):
                obj[k] = target
        for k in ("source_language", "source_lang", "detected_source_language", "from"):
            if isinstance(obj.get(k), str):
                obj[k] = source or "en"
    if isinstance(output, dict) and source_text is not None:
        _parts_translated(output, source_text, target, source)


def _parts_translated(output: dict[str, Any], text: str, target: str | None,
                      source: str | None) -> None:
    """A Google-style answer (JoJ Translate: `translation: {language, parts: [{text}]}`,
    `original: {detected_language}`) is in the asked language, its one part the text
    translated: it answered `language: "es"` to a Dutch request, with the English text
    four times over (ToolBench seed 47 #13). A sentence has no dictionary entry."""
    said = output.get("translation")
    if isinstance(said, dict):
        if target is not None and isinstance(said.get("language"), str):
            said["language"] = target
        parts = said.get("parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], dict) and isinstance(
                parts[0].get("text"), str):
            parts[0]["text"] = translate(text, target) or text
            del parts[1:]
    original = output.get("original")
    if isinstance(original, dict) and isinstance(original.get("detected_language"), str):
        original["detected_language"] = source if source and source != "auto" else "en"
    if isinstance(said, dict) and len(text.split()) > 2:
        # a dictionary's entry is a word's (the example's "article"), not a sentence's
        for key in _DICTIONARY:
            output.pop(key, None)


_DICTIONARY = ("word_types", "definitions", "examples", "see_also")
