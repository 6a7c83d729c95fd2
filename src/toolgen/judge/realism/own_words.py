"""Arguments that are a lone word of the tool's own name, description or parameter names.

`mbti_analyse(thinking_vs_feeling="indicator", judging_vs_perceiving="myers")`,
`get_bureau_statistics(category="multiple")`, `ride_hailing_get_rides(source="cost")`,
`resolve_ticket(resolution="belongs")`, `translate(target_lang="deep")` on DeepL: a
reviewer sees the tool's vocabulary where the parameter wants a preference, a place, a
language or a resolution. Kind `own_word_argument`.

Left alone, as a reviewer would: search-like parameters (`query="covid"` on a Covid API
is a real search), a word the parameter's own schema offers (its description, enum,
default or examples: `filter` "new_and_my_open, watching, deleted ..."), and a value an
earlier tool output gave (the call chains a result).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import has_word
from toolgen.judge.realism.vocabulary import (
    offered,
    properties,
    tool_words,
    trained_calls,
    words_in,
)
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "own_words"

_LONE = re.compile(r"[a-z]{3,}")
# Parameters whose value is what the user searches for or writes: any word fits there.
_FREE = frozenset({"q", "query", "keyword", "keywords", "search", "term", "terms", "topic",
                   "phrase", "prompt", "question", "input", "tag", "tags", "hashtag", "word",
                   "words", "text", "message", "content", "body", "string", "str", "value",
                   "comment", "note", "title", "subject", "sentence", "statement", "answer",
                   "name", "username", "slug", "prefix", "suffix", "pattern", "regex", "expr",
                   "expression", "lemma", "lookup", "like", "contains", "icontains"})


def _schema_text(schema: dict[str, Any]) -> str:
    parts = [str(schema.get("description") or "")]
    for key in ("enum", "examples"):
        v = schema.get(key)
        if isinstance(v, list):
            parts.extend(str(x) for x in v)
    for key in ("default", "example"):
        if schema.get(key) is not None:
            parts.append(str(schema[key]))
    items = schema.get("items")
    if isinstance(items, dict):
        parts.append(_schema_text(items))
    return " ".join(parts).lower()


def _earlier_values(view: RecordView, before: int) -> set[str]:
    """String values of the tool outputs shown before message `before`, lower-cased."""
    out: set[str] = set()
    for call_id, at in view.answer_at.items():
        if at < before:
            out.update(v.lower() for _, v in view.leaves(call_id) if isinstance(v, str))
    return out


def _free(param: str) -> bool:
    tokens = words_in(param)
    return bool(set(tokens) & _FREE) or "".join(tokens) in _FREE


def echoed(param: str, value: Any, schema: dict[str, Any], own: frozenset[str]) -> bool:
    """True when `value` is one lower-case word of the tool's own words that the
    parameter's schema does not offer, for a parameter that wants something else."""
    if not isinstance(value, str) or not _LONE.fullmatch(value) or _free(param):
        return False
    if value not in own and not (value.endswith("s") and value[:-1] in own):
        return False
    return not has_word(_schema_text(schema), value, whole=False)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    functions = offered(view)
    for call in trained_calls(view):
        fn = functions.get(call.name)
        if fn is None:
            continue
        props = properties(fn)
        own = tool_words(view, call.name).all
        seen: set[str] | None = None
        for param, given in call.arguments.items():
            # A list argument (`items=["whole"]` on Whole Foods) is read item by item.
            value = next((v for v in given if isinstance(v, str)), None) \
                if isinstance(given, list) and len(given) == 1 else given
            if not echoed(param, value, props.get(param, {}), own):
                continue
            if seen is None:
                seen = _earlier_values(view, call.message_index)
            if value in seen:
                continue
            out.append(finding(NAME, "own_word_argument", call.message_index,
                               f"{call.name}.{param}={value!r} is a word of the tool's own "
                               "name or description, not a value for it"))
    return out
