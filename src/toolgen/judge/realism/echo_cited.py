"""An answer that reports what a result says back about its request, not its answer.

ToolBench seed 31 #271: `{"inputs": {"lat": "49.3418836", "lon": "8.8006813", ...},
"outputs": [{"month": 4, "wh": 0}]}` answered "Looking at the solar estimation, its lat
is 49.3418836, with a lon of 8.8006813": the request's echo, while the estimate went
unsaid. Kind `echo_headline`.

Read per turn: a successful call whose output is an object with an echo block (a
top-level object under `inputs`, `params`, `query`, `request`...: `ECHO_KEYS`) beside
other fields holding some value. Flagged when the turn's answers cite values of the echo
block (texts of three characters or more) and none of the rest of the output.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import Gate, output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import trained_text, turns
from toolgen.judge.values import leaves
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "echo_cited"

# Top-level keys under which a service repeats what it was asked (the offline answer
# leaves them out too: `agents.policy.echo_block`).
ECHO_KEYS = frozenset({"inputs", "input", "params", "parameters", "query", "request",
                       "request_info", "request_parameters", "search_parameters",
                       "requested", "args", "arguments"})

_SHORTEST = 3

GATE: Gate = output_keys_gate(lambda key: key.lower() in ECHO_KEYS)


def _texts(value: Any, shortest: int = 1) -> set[str]:
    """The texts of `value`'s scalars an answer would quote (no yes/no, none shorter than
    `shortest`)."""
    return {t for v in leaves(value) if not isinstance(v, bool) and v is not None
            and len(t := str(v).strip()) >= shortest}


def _cites(answer: str, text: str) -> bool:
    """Whether `answer` says `text` as a value of its own ("4", not the 4 of "49.34")."""
    return re.search(rf"(?<![\w.]){re.escape(text)}(?![\w]|\.\d)", answer) is not None


def _split(output: Any) -> tuple[set[str], set[str]] | None:
    """(texts of the echo blocks, texts of the rest) of an output with both, else None."""
    if not isinstance(output, dict):
        return None
    echo = [v for k, v in output.items() if str(k).lower() in ECHO_KEYS and isinstance(v, dict)]
    if not echo:
        return None
    rest = _texts({k: v for k, v in output.items()
                   if not (str(k).lower() in ECHO_KEYS and isinstance(v, dict))})
    if not rest:
        return None
    return _texts(echo, _SHORTEST) - rest, rest


def _turn(view: RecordView, indices: tuple[int, ...]) -> list[Finding]:
    answer = " ".join(t for i in indices if (t := trained_text(view, i))
                      and not view.record.messages[i].tool_calls)
    if not answer:
        return []
    for i in indices:
        for call in view.record.messages[i].tool_calls or ():
            step = view.steps.get(call.id)
            if step is None or step.status != "ok" or call.id not in view.answer_at:
                continue
            parts = _split(view.output(call.id))
            if parts is None:
                continue
            echo, rest = parts
            cited = sorted(t for t in echo if _cites(answer, t))
            if cited and not any(_cites(answer, t) for t in rest):
                return [finding(NAME, "echo_headline", view.answer_at[call.id],
                                f"{step.function_name}: the answer reports only what the "
                                f"result says was asked ({', '.join(cited[:2])}), none of "
                                f"what it answered")]
    return []


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        out += _turn(view, turn.indices)
    return out
