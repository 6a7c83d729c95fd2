"""The request's own words where a result's values belong.

A reviewer reading a list of Vimeo videos in which every video says `format: "json"`,
`full_response: true` and `sort: "vimeo"` sees the request pasted into the answer: the
controls of a call (`executor.controls`: format, sort, paging, full_response, callback,
lang, api_key...) say how to answer, they are no property of what comes back. Nor is a
field whose whole value is a word of the endpoint's prose: `category: "itself"`,
`label: "takes"`, `tag: "specified"`. Kinds:

- `echoed_control`: an item of a result list carries a control the endpoint takes
  (`format`, `sort`, `full_response` as one of its fields); outside a list, an object
  restates a control that is no paging (a list's envelope may say `page: 2`); or a
  control's value sent (`format=xml`) stands in another field (`file_type: "xml"`);
- `function_word_value`: a field's whole value is a function word no field holds
  (`executor.value_words.never_a_value`: "itself", "whether", "should", "currently"), or
  a verb the endpoint's description uses ("returns", "takes", "generates").
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.controls import controlled_by_value, is_control, is_paging
from toolgen.executor.value_words import never_a_value, verb_form, verbs_in
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import normal_key, param_schema, real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "request_words"

# Controls whose value may name what a result is in: a film found with `lang=fr` may say
# `lang: "fr"`, a product page asked in `es-ES` its `locale`.
_SAME_MEANING = frozenset({"lang", "hl", "locale", "ui_lang"})
_WORD = re.compile(r"[a-z]+")


def _controls(view: RecordView, function_name: str, args: dict[str, Any]
              ) -> dict[str, Any]:
    """The endpoint's control parameters (normalised name -> the value sent, or None)."""
    out: dict[str, Any] = {}
    for name, nk, about in _candidates(view, function_name):
        sent = args.get(name)
        if is_control(name, about if sent is None else f"{about} {sent}"):
            out[nk] = sent
    return out


def _candidates(view: RecordView, function_name: str) -> tuple[tuple[str, str, str], ...]:
    """(name, normalised name, description and enum) of the endpoint's parameters that
    are or may be controls, read once per record and endpoint."""
    key = f"{NAME}:{function_name}"
    found: tuple[tuple[str, str, str], ...] | None = view.memo.get(key)
    if found is None:
        params = view.schemas.get(function_name) or {}
        props = params.get("properties") if isinstance(params, dict) else None
        rows = []
        for name in props if isinstance(props, dict) else ():
            schema = param_schema(view, function_name, name)
            about = " ".join((str(schema.get("description", "")),
                              " ".join(str(v) for v in schema.get("enum") or ())))
            if is_control(name, about) or controlled_by_value(name):
                rows.append((name, normal_key(name), about))
        found = view.memo[key] = tuple(rows)
    return found


def _echoed(doc: Any, controls: dict[str, Any]) -> str | None:
    """Why an object of `doc` carries a request control (module doc), or None."""
    stack: list[tuple[Any, bool]] = [(doc, False)]
    while stack:
        node, in_item = stack.pop()
        if isinstance(node, list):
            stack.extend((v, True) for v in node if isinstance(v, (dict, list)))
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                stack.append((value, in_item))
                continue
            why = _field(key, value, controls, in_item)
            if why:
                return why
    return None


def _field(key: str, value: Any, controls: dict[str, Any], in_item: bool) -> str | None:
    nk = normal_key(key)
    if nk in controls:
        sent = controls[nk]
        if nk in _SAME_MEANING:
            return None
        if in_item and (value == sent or is_control(key, str(value))):
            return f"each item carries the request's {key}: {value!r}"
        if not is_paging(nk) and sent is not None and value == sent:
            return f"the result restates the request's {key}: {value!r}"
        return None
    if isinstance(value, str) and len(value) >= 3:
        for ck, sent in controls.items():
            if (sent == value and ck not in _SAME_MEANING and not is_paging(ck)
                    and not isinstance(sent, bool)):
                return f"{key} holds the request's {ck} {value!r}"
    return None


def _verbs(view: RecordView, function_name: str) -> frozenset[str]:
    """The words the endpoint's description uses as verbs, in a form of a prose verb."""
    for tool in view.record.tools:
        fn = tool.get("function")
        if isinstance(fn, dict) and fn.get("name") == function_name:
            text = str(fn.get("description") or "")
            return frozenset(w for w in verbs_in(text)
                             if verb_form(w) and w.endswith("s") and not w.endswith("ss"))
    return frozenset()


def _sent_words(args: Any) -> frozenset[str]:
    """The lowercase words of the strings sent: a grammar analysis of "a sentence being
    analysed" rightly answers with the token "being", a search for "the" with "the"."""
    if not isinstance(args, dict):
        return frozenset()
    return frozenset(w for v in args.values() if isinstance(v, str)
                     for w in _WORD.findall(v.lower()))


def _word_value(leaves: list[tuple[str, Any]], verbs: frozenset[str],
                sent: frozenset[str]) -> str | None:
    for key, value in leaves:
        # Lowercase only: "US" and "BE" are codes, "The" begins a title.
        if not isinstance(value, str) or not value.isalpha() or not value.islower():
            continue
        if (never_a_value(value) or value in verbs) and value not in sent and not (
                _in_text(value, leaves)):
            return f"{key} is {value!r}, a word of the endpoint's prose, not a value"
    return None


def _in_text(word: str, leaves: list[tuple[str, Any]]) -> bool:
    """`word` is a token of a text the same output holds (an analysis of its sentence)."""
    return any(isinstance(v, str) and " " in v and word in _WORD.findall(v.lower())
               for _, v in leaves)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        at = view.answer_at[step.call_id]
        args = view.arguments(step.call_id)
        controls = _controls(view, step.function_name, args if isinstance(args, dict) else {})
        why = _echoed(view.output(step.call_id), controls) if controls else None
        if why:
            out.append(finding(NAME, "echoed_control", at, f"{step.function_name}: {why}"))
        why = _word_value(view.leaves(step.call_id), _verbs(view, step.function_name),
                          _sent_words(args))
        if why:
            out.append(finding(NAME, "function_word_value", at,
                               f"{step.function_name}: {why}"))
    return out
