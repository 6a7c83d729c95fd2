"""Values sent for parameters whose meaning the schema says only by its default.

ToolBench's odd APIs explain a parameter by its default alone. Two mistakes follow that
a reviewer refuses (ToolBench seed 7 #21 and #55, seed 13 #129, all scored 5.0):
- `unsaid_text`: a text the schema default holds ("hey sending you a sample email with
  this great API", "Subject of your email here", "PLease follow some packages") sent as
  the message, subject or instructions the user never wrote. A default stands in for a
  setting (a page size, a language), never for the words of what is sent or made; and
  an author's note to fill in ("<h1>ADD YOUR OWN HTML </h1>") is sent by nobody, even
  when the user is made to recite it.
- `code_off_form`: a code parameter whose default is a short letter code ("EU", "WV")
  sent a value of another form ("MM5328"): no continent or state is called that.
- `filter_place_misfit`: a place filter answered by objects that echo the place sent and
  name a country it is not in (`region: "Bangkok"` beside `country: "Kenya"`): an API of
  Kenya's sceneries asked about Bangkok does not find Kenyan forests there.

Read: every trained, intended call's arguments beside the schema's default. Left alone:
a text the user wrote (it occurs in their messages), a default that is one or two plain
words (an option such as "Group Name"), a code the user or an earlier result gave in the
default's form (any case), a sent place that is no city of over `_KNOWN` people or is
also a country's name, a country that has a city of the place's name.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor import world
from toolgen.executor.unlisted_city import city_in
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import (
    answered_calls,
    param_schema,
    real_steps,
    user_text_upto,
)
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "odd_values"

# Parameters whose value is the words of what is sent or made, never a setting.
_CONTENT = frozenset({"text", "message", "msg", "subject", "body", "html", "content",
                      "instructions", "instruction", "note", "notes", "comment", "reason",
                      "headline", "caption", "prompt", "query", "q", "description",
                      "title", "input", "sentence", "question", "answer", "review",
                      "location", "address"})
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_WORDS = 3  # this many words or more is a text whatever its parameter
# An API author's note to whoever calls it: "ADD YOUR OWN HTML", "Subject of your email
# here", "[put your callback url here]", "Enter your text".
_AUTHOR_NOTE = re.compile(r"\b(?:add|put|insert|enter|type|write|paste) (?:in )?your\b|"
                          r"\byour(?: \w+){1,3} here\b", re.I)
_CODE_NAME = re.compile(r"code_?s?$|^code", re.I)
_LETTER_CODE = re.compile(r"[A-Za-z]{2,3}")
_KNOWN = 300_000  # a city this large is the one a name means (as `city_fit` reads it)
_COUNTRY_KEYS = ("country", "country_name", "countryName", "nation")


def reads_as_text(name: str, default: Any) -> bool:
    """Whether a default holds the words of something sent (a sentence, a message body, a
    subject line), which no user leaves to a schema: a text of three or more words, or
    of two for a content parameter (`message`, `subject`, `text`)."""
    if not isinstance(default, str):
        return False
    # words apart, as prose has them: `bridge_early_media=true,...` is one setting
    words = sum(1 for w in default.split() if _WORD.search(w))
    if words >= _SENTENCE_WORDS or "\n" in default.strip() or "\\n" in default:
        return True
    return words >= 2 and _head_noun(name) in _CONTENT


def author_note(value: Any) -> bool:
    """Whether `value` is an API author's note to fill in ("ADD YOUR OWN HTML",
    "Subject of your email here"): no value anyone sends, whoever states it."""
    return isinstance(value, str) and _AUTHOR_NOTE.search(value) is not None


def off_form_code(name: str, default: Any, value: Any) -> bool:
    """Whether `value` sent for code parameter `name` is of another form than its letter-
    code default ("MM5328" for a region code "EU"); a case change is the same form."""
    if (not isinstance(default, str) or not isinstance(value, str)
            or not _CODE_NAME.search(name) or not _LETTER_CODE.fullmatch(default)):
        return False
    return not re.fullmatch(rf"[A-Za-z]{{{len(default)}}}", value.strip())


def _head_noun(name: str) -> str:
    """The last word of a parameter's name (`input_text` -> text, `Content_Type` ->
    type): what the value is."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    words = [w.lower() for w in re.split(r"[^A-Za-z]+", spaced) if w]
    return words[-1] if words else ""


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out = _argument_findings(view)
    for step, args, at in answered_calls(view):
        sent = {v for v in args.values() if isinstance(v, str)}
        why = _misplaced(view, step.call_id, sent) if sent else None
        if why:
            out.append(finding(NAME, "filter_place_misfit", at, f"{step.function_name}: {why}"))
    return out


def _big_city(value: Any) -> world.City | None:
    """The city of over `_KNOWN` people `value` names exactly (no country's name)."""
    if not isinstance(value, str) or world.country(value) is not None:
        return None
    found = world.city(value)
    if found is None or found.population < _KNOWN or found.name.lower() != value.lower():
        return None
    return found


def _misplaced(view: RecordView, call_id: str, sent: set[str]) -> str | None:
    """Why an object of the call's result echoes a sent city beside a country it is not
    in, or None. The city table is read only for an echo beside a country."""
    for _, node in view.objects(call_id):
        country = next((node[k] for k in _COUNTRY_KEYS if isinstance(node.get(k), str)), None)
        echoes = [(k, v) for k, v in node.items() if isinstance(v, str) and v in sent
                  and v != country] if country else []
        hint = world.country(country) if echoes else None
        if hint is None:
            continue
        for key, value in echoes:
            city = _big_city(value)
            if city is None or city.country_iso == hint.iso:
                continue
            there = city_in(value, hint.iso)
            if there is None or there.country_iso != hint.iso:
                return (f"its {key} echoes {value!r}, a city of {city.country_iso}, beside "
                        f"country {country!r}")
    return None


def _argument_findings(view: RecordView) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        at = step.message_index
        if not isinstance(args, dict) or at is None:
            continue
        for name, trace in step.arguments.items():
            value = args.get(name)
            default = param_schema(view, step.function_name, name).get("default")
            why = _why(view, trace.source, name, default, value, at)
            if why:
                out.append(finding(NAME, why[0], at, f"{step.function_name}.{name}="
                                   f"{str(value)[:60]!r} {why[1]}"))
                break
    return out


def _why(view: RecordView, source: str, name: str, default: Any, value: Any,
         at: int) -> tuple[str, str] | None:
    if source == "default" and value == default and reads_as_text(name, value) and (
            str(value).lower() not in user_text_upto(view, at)):
        return "unsaid_text", "is the schema's sample text; the user never wrote it"
    if source != "tool_output" and value == default and author_note(value):
        return "unsaid_text", "is the API author's note to fill in, sent as a value"
    if source in ("user", "clarification") and off_form_code(name, default, value):
        return "code_off_form", f"is no code of the form its default {default!r} shows"
    return None
