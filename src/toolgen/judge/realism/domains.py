"""A web domain named like a shop: `{"domain": {"name": "Maple Hour", "disposable": "no"}}`.

Bouncer's email check answered the address `alex.clark9@weiss-pena.info` with a domain
called "Maple Hour", and the answer repeated it (ToolBench seed 8307853 #3): a domain is
called by its address. Kind `domain_misnamed`: an output object under a `domain` (or
`hostname`) key whose `name` is words, not an address (a space, no dot), in a call that
was sent, or answered, an email address or a URL (so the domain is a web one, not a field
of knowledge).
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, key_tokens
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "domains"

_HOLDERS = frozenset({"domain", "hostname", "host"})


def _web(values: list[Any]) -> bool:
    return any(isinstance(v, str) and ("@" in v or v.startswith(("http://", "https://")))
               for v in values)


def _misnamed(obj: dict[str, Any]) -> str | None:
    name = obj.get("name")
    if isinstance(name, str) and " " in name.strip() and "." not in name:
        return name
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        held = [(key, obj) for key, obj in view.objects(step.call_id)
                if key_tokens(key)[-1:] and key_tokens(key)[-1] in _HOLDERS]
        if not held:
            continue
        sent = [*args.values(), *(v for _, v in view.leaves(step.call_id))]
        if not _web(sent):
            continue
        for key, obj in held:
            name = _misnamed(obj)
            if name is not None:
                out.append(finding(NAME, "domain_misnamed", at,
                                   f"{step.function_name}: the {key} is called {name!r}, "
                                   "not by its address"))
                break
    return out


GATE = output_keys_gate(lambda key: bool(key_tokens(key)) and key_tokens(key)[-1] in _HOLDERS)
