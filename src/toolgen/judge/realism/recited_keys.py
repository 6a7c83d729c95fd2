"""User turns that recite what only the client knows, or run an object's fields together.

ToolBench seed 21 #101: "stop the point (that is Contrada Sante, 55; request rqs_2770b8)"
- a request id SnapCX's schema calls "Client provided unique request id"; #18: "add a
venue ... for my ignore duplicates fc03e9924ea0eaa9" (Foursquare's `ignoreDuplicatesKey`,
handed back by a failed first attempt); "get the related tags (xml output, please)" for a
required `format`. No person knows or says these: the assistant makes a client key and
picks the format (`executor.assistant_made`). Kind `recited_client_key`: an argument the
assistant makes (a client key, a serialisation format) that the user stated, its value
in their words.

BFCL seed 21 #11: 'the update info set to "Robert Ford and robert.ford@oliver.com"' -
an object's values run together in one quoted text. A person names each field ("the
name Robert Ford and the email ..."). Kind `joined_fields`: a user turn quoting two or
more values of one object argument as one text.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.assistant_made import client_key
from toolgen.executor.controls import left_to_assistant
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import param_schema, real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "recited_keys"

_SERIAL = re.compile(r"^(?:json|jsonp|xml|php|yaml|csv|rss|atom)$", re.I)
_QUOTED = re.compile(r'"([^"]{3,300})"')


def _user_text(view: RecordView, i: int | None) -> str:
    msgs = view.record.messages
    if i is None or not 0 <= i < len(msgs) or msgs[i].role != "user":
        return ""
    return msgs[i].content or ""


def _made(view: RecordView, function_name: str, name: str, value: Any) -> bool:
    """Whether the assistant, not the user, has the argument's value to give: a client
    key whatever it holds; a response control only as a serialisation (`format=xml`),
    since "sorted by newest" is a person's words."""
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return False
    schema = param_schema(view, function_name, name)
    about = f"{schema.get('description', '')} {schema.get('enum') or ''}"
    if client_key(name, about):
        return True
    return isinstance(value, str) and _SERIAL.match(value) is not None and left_to_assistant(
        name, f"{about} {value}")


def _joined(text: str, value: Any) -> bool:
    """Two or more of the object `value`'s texts inside one quoted text of `text`."""
    if not isinstance(value, dict) or len(value) < 2 or '"' not in text:
        return False
    said = [str(v).lower() for v in value.values()
            if isinstance(v, str | int | float) and not isinstance(v, bool) and str(v)]
    for m in _QUOTED.finditer(text.lower()):
        inner = m.group(1)
        if sum(1 for s in said if s in inner) >= 2:
            return True
    return False


def _says(text: str, value: Any) -> bool:
    """`value` stands in `text` as a word of its own (a bare 0 is in most texts)."""
    said = str(value).lower()
    return len(said) >= 3 and re.search(rf"(?<![\w-]){re.escape(said)}(?![\w-])",
                                        text.lower()) is not None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for step in real_steps(view):
        for name, arg in step.arguments.items():
            i = arg.message_index
            if arg.source not in ("user", "clarification") or i is None:
                continue
            text = _user_text(view, i)
            if not text:
                continue
            if ("key", i) not in seen and _made(view, step.function_name, name, arg.value) \
                    and _says(text, arg.value):
                seen.add(("key", i))
                out.append(finding(NAME, "recited_client_key", i,
                                   f"the user states {step.function_name}.{name}="
                                   f"{str(arg.value)[:40]}, which only the client makes"))
            if ("joined", i) not in seen and _joined(text, arg.value):
                seen.add(("joined", i))
                out.append(finding(NAME, "joined_fields", i,
                                   f"the fields of {step.function_name}.{name} are quoted "
                                   "as one text"))
    return out
