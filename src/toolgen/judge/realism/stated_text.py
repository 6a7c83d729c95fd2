"""A record whose text states a figure its own field holds otherwise.

A recipe `servings: 6, prep_time_minutes: 32` described "Ready in 30 minutes; serves
four." (ToolBench seed 21 #202): one object saying two things, which a reviewer reads as
made up. Kind `text_contradicts_field`, per successful result: an object whose text
field (`description`, `summary`...) states servings or the time a thing takes in all
that its own fields hold otherwise (`executor.stated_fields.figures_said`: "serves four"
beside `servings: 6`; "ready in 30 minutes" beside a total time, or a preparation plus
cooking time, of 32). A text the call sent is the caller's and passes.
"""

from __future__ import annotations

from toolgen.executor.stated_fields import figures_said, states_figure
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "stated_text"


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    for step, args, at in answered_calls(view):
        sent = {v for v in args.values() if isinstance(v, str)}
        for _, obj in view.objects(step.call_id):
            if not states_figure(obj):
                continue
            for key, match, (field, value) in figures_said(obj):
                if obj[key] in sent:
                    continue
                return [finding(NAME, "text_contradicts_field", at,
                                f"{step.function_name}: its {key} says {match[0]!r}, but "
                                f"its {field or 'times'} come to {value}")]
    return []
