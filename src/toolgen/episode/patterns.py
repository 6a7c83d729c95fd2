"""The patterns a realised conversation actually shows, read off its trace.

Labels are honest: a planned pattern the realisation could not carry (say, a
clarification with no user-stated value to withhold) is not claimed.
"""

from __future__ import annotations

from collections.abc import Sequence

from toolgen.records import Message, StepTrace


def realised_patterns(
    planned: str,
    realised_overlays: Sequence[str],
    messages: Sequence[Message],
    steps: Sequence[StepTrace],
    tool_of: dict[str, str],
) -> tuple[str, tuple[str, ...]]:
    """(main pattern, all patterns) for a finished conversation.

    `realised_overlays` are the robustness patterns the execution actually carried out.
    """
    found: list[str] = []
    effective = [s for s in steps if not s.intended and s.status == "ok"]
    call_turns = [m for m in messages if m.role == "assistant" and m.tool_calls]
    tools = {tool_of[s.endpoint_id] for s in effective}
    linked = any(a.source == "tool_output" for s in effective for a in s.arguments.values())
    if len(effective) == 1 and len(steps) == 1:
        found.append("single_call")
    if any(len(m.tool_calls or ()) > 1 for m in call_turns):
        found.append("parallel")
    if len({s.message_index for s in effective}) >= 2:
        if len(tools) >= 2 and linked:
            found.append("multi_step_multi_tool")
        elif len(tools) == 1:
            found.append("multi_step_single_tool")
    if any(a.source == "clarification" for s in steps for a in s.arguments.values()):
        found.append("clarification")
    requests = sum(1 for m in messages if m.role == "user")
    if planned == "follow_up" and requests >= 2 and len(call_turns) >= 2:
        found.append("follow_up")
    found.extend(o for o in realised_overlays if o not in found)
    if not found:
        found.append("multi_step_multi_tool" if len(tools) >= 2 else "multi_step_single_tool")
    main = planned if planned in found else found[0]
    return main, (main, *[p for p in found if p != main])
