"""A text that goes with a language taken from an earlier translation is that
translation's text.

"Translate this into Dutch, then find the key phrases in the text's language": the key
phrases' `language` comes from the translation's target language, so the text they are
found in must be the translation, not another English sentence the user made up
(ToolBench seed 71 #23 sent "I would like to book a table for two at eight o'clock."
with `language: nl`). When a call's language is linked to an earlier output that holds a
translated text (`translated_text`, `translation`, `translatedText`), the call's text
argument is linked to it too. Only the shape the mock answers in is read (a translation
answers its `translated_text` whatever its corpus schema lists); nothing runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.agents.planner.derived import linked_beside
from toolgen.executor.values import normalize_key
from toolgen.records import PlannedArg

_LANGUAGE = frozenset({"language", "lang", "language_code", "lang_code", "target_language",
                       "target_lang", "locale", "target"})
# The names a text a service works on goes by (`values` sends it even when optional).
TEXT_KEYS = frozenset({"text", "sentence", "input_text", "source_text", "content_text"})


def derive_texts(args: list[PlannedArg],
                 response_schema_of: Callable[[str], dict[str, Any] | None]) -> list[PlannedArg]:
    """`args` with a user-stated text linked to the translation beside a linked language.

    `response_schema_of(call_id)` gives the response schema of an earlier call (None when
    unknown)."""
    return linked_beside(
        args, _LANGUAGE, response_schema_of,
        lambda props: next((k for k, v in props.items() if "translat" in normalize_key(k)
                            and isinstance(v, dict) and v.get("type") == "string"), None),
        lambda a: normalize_key(a.name) in TEXT_KEYS)
