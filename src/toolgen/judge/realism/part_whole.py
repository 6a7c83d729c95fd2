"""A call that asks about more outcomes than there are.

`probabilities.calculate_single(total_outcomes=474, event_outcomes=889)` asks the chance of
889 outcomes out of 474; the record answered a probability of 0.42 and scored 5.0 (BFCL
seed 21 #180). Kind `part_over_whole`, per call in a trained message: a part (event or
favourable outcomes, successes) sent larger than its whole (total outcomes, trials).
"""

from __future__ import annotations

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import argument_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "part_whole"

_PARTS = ("event_outcomes", "favorable_outcomes", "favourable_outcomes", "successful_outcomes",
          "success_outcomes",
          "number_of_successes", "num_successes", "successes")
_WHOLES = ("total_outcomes", "number_of_trials", "num_trials", "trials", "total")


def _snake(key: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in key).lstrip("_")


GATE = argument_keys_gate(lambda key: _snake(key) in _PARTS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        if not isinstance(args, dict):
            continue
        named = {_snake(k): v for k, v in args.items()}
        part = next((p for p in _PARTS if p in named), None)
        whole = next((w for w in _WHOLES if w in named), None)
        if part is None or whole is None:
            continue
        a, b = named[part], named[whole]
        if type(a) is int and type(b) is int and a > b:
            out.append(finding(NAME, "part_over_whole", view.call_at[step.call_id],
                               f"{step.function_name}: {part} {a} is more than {whole} {b}"))
    return out
