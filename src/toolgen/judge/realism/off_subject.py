"""A call fed a value of another tool's result that the first call is not about.

ToolBench seed 7 #21 looked up SMSto's last campaign, then, as a follow-up, Checkiday's
events of the day "for that item": the campaign's `timezone` went into the events call.
A time zone, a country, a language or an email is in many results without being what
the call was for; passing it to another tool ties two unrelated requests together.
Kind `incidental_link`: a successful call's argument taken from an earlier call of
another tool, at a plain attribute field (`graph.subject_links.attribute_of`) that the
earlier call's name, description and tool name do not speak of (`off_subject`, the
rule the planner builds such chains again by: a price's currency may be paid or
converted, a seat never leaves its tool). A link within one tool, a reference (an
id), or an attribute the source is about ("Fuel Price by City" giving its city) passes.
Kind `cross_domain_link`: such an attribute that both calls speak of, passed from a tool
of one corpus category to one of another that no errand goes on to (`graph.goals`): a
publisher's country into a Covid history (ToolBench seed 71 #0), a market's currency
into an Ethereum transfer (#9).
"""

from __future__ import annotations

from toolgen.graph.goals import attribute_step
from toolgen.graph.subject_links import Texts, attribute_of, off_subject
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import function_words, real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding, StepTrace

NAME = "off_subject"


def _tool(step: StepTrace) -> str:
    """A call's tool: a ToolBench name's `_for_` part, else its endpoint id's parent."""
    if "_for_" in step.function_name:
        return step.function_name.split("_for_", 1)[1]
    return step.endpoint_id.rsplit("/", 1)[0]


def _texts(view: RecordView, step: StepTrace) -> Texts:
    """A call's name, its tool's description, and its tool's name."""
    return (" ".join(function_words(step.function_name)),
            view.description(step.function_name)[:300], _tool(step).replace("_", " "))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        for param, arg in step.arguments.items():
            if arg.source != "tool_output" or not arg.path or arg.call_id is None:
                continue
            source = view.steps.get(arg.call_id)
            attribute = attribute_of(arg.path.removeprefix("$."))
            if source is None or attribute is None or _tool(source) == _tool(step):
                continue
            given, taken = _texts(view, source), _texts(view, step)
            if off_subject(attribute, given, taken):
                out.append(finding(
                    NAME, "incidental_link", view.call_at[step.call_id],
                    f"{step.function_name}.{param} is fed the {attribute} of "
                    f"{source.function_name}'s result, which is not what that call is about"))
            elif not attribute_step(attribute, (_category(source), given),
                                    (_category(step), taken)):
                out.append(finding(
                    NAME, "cross_domain_link", view.call_at[step.call_id],
                    f"{step.function_name}.{param} is fed the {attribute} of "
                    f"{source.function_name}'s result, a tool of another domain "
                    f"({_category(source)}) the errand has no step to"))
    return out


def _category(step: StepTrace) -> str:
    return step.endpoint_id.split("/", 1)[0]
