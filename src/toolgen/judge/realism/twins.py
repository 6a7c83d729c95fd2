"""One thing done twice in a row by two functions with the same purpose.

BFCL seed 7 #245 fetched DNA `dna_4ec086` from `fetch_dna_sequence_e7901ea3` and then
from `fetch_dna_sequence` (one function listed twice); ToolBench seed 8307853 #3 had an
email verified by Bouncer, DeBounce and Email Validator one after another, each giving
the address another id. A reviewer reads a tool looping, not a person's request. Kind
`redundant_call`: two successive successful calls of different functions whose purposes
(`graph.purposes`: a twin's name, or a check of one parameter) meet, sent the same
arguments (a check: the same value of the checked parameter).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from toolgen.graph.purposes import call_purposes
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "twins"


def _same_ask(shared: frozenset[str], first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the two calls ask the shared purpose about the same value(s)."""
    for key in shared:
        if key.startswith("check "):
            low_a = {k.lower(): v for k, v in first.items()}
            low_b = {k.lower(): v for k, v in second.items()}
            value = low_a.get(key[6:])
            if value is not None and value == low_b.get(key[6:]):
                return True
        elif first and first == second:
            return True
    return False


def _checked(view: RecordView, function_name: str, args: dict[str, Any]) -> tuple[str, ...]:
    """The parameters a call is about, as the sampler reads them: its schema's required
    ones, else the ones it was sent."""
    required = view.schemas.get(function_name, {}).get("required")
    if isinstance(required, list) and required:
        return tuple(str(r) for r in required)
    return tuple(args)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    calls = list(answered_calls(view))
    for (a, args_a, _), (b, args_b, at) in pairwise(calls):
        if a.function_name == b.function_name:
            continue
        shared = call_purposes(a.function_name, _checked(view, a.function_name, args_a)) & (
            call_purposes(b.function_name, _checked(view, b.function_name, args_b)))
        if shared and _same_ask(shared, args_a, args_b):
            out.append(finding(NAME, "redundant_call", at,
                               f"{b.function_name} does what {a.function_name} just did "
                               f"({sorted(shared)[0]}) with the same arguments"))
    return out
