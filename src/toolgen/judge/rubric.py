"""The LLM judge's prompt: a rubric with anchors, the offered tools, the trace, the facts.

The rubric gives, for each criterion, what a 1, 2, 3, 4 and 5 look like, so a score
means the same thing across models and runs. The trace numbers every message as the
validators do, marks deliberate mistakes (weight 0: trainers leave them out, so they
are not defects), and the validator findings come as facts to verify, not as a verdict.
The model writes its reasoning first (`rationale` is the schema's first field), then
the scores; the schema is strict (every field required, nothing else allowed).
"""

from __future__ import annotations

from typing import Any

import orjson

from toolgen.records import Finding, Record

RUBRIC_MARK = "RUBRIC:"
CRITERIA = ("tool_correctness", "naturalness", "task_completion", "overall")

ANCHORS: dict[str, dict[int, str]] = {
    "tool_correctness": {
        1: "wrong tools, or arguments invented, contradictory or outside their stated range; "
           "outputs are filler that no real API returns",
        2: "several wrong or unjustified arguments (defaults passed off as the user's values, "
           "an id fed to an unrelated entity), or calls made in parallel that depend on "
           "each other",
        3: "the right tools, but one argument or chain step is wrong or implausible, or "
           "an action the user did not ask for",
        4: "right tools and arguments; a minor oddity (a redundant call, a slightly odd "
           "value) that does not change the result",
        5: "every call is the right tool with arguments taken from the user or earlier "
           "results, in a sensible order; outputs are plausible for the endpoint",
    },
    "naturalness": {
        1: "template text: parameter labels beside values, enum literals, placeholders, "
           "repeated sentences; no person writes like this",
        2: "mostly stilted: label prefixes ('Task:', 'Goal -'), raw field names, "
           "assistant disfluency ('Um,') or template fragments",
        3: "understandable but clearly generated in places (one or two awkward turns)",
        4: "reads like people, with one small awkward phrase",
        5: "user and assistant sound like real people; varied, concise, no residue",
    },
    "task_completion": {
        1: "the answer contradicts the tool results, or claims success after a failure",
        2: "the answer states things found in no output, ignores a failure or not-found, "
           "or says nothing came back when results did",
        3: "the goal is partly met, or a state change (create, update, delete) goes "
           "unreported",
        4: "the goal is met and grounded, with a small omission",
        5: "the user's goal is met and every stated fact comes from a tool result",
    },
    "overall": {
        1: "unusable for training: contradictions, filler, or broken structure",
        2: "would need rewriting before training",
        3: "usable only after fixes; any error fact below caps the record here",
        4: "good training data with a minor flaw",
        5: "exemplary training data",
    },
}

_SCORE = {"type": "integer", "minimum": 1, "maximum": 5}
JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "rationale": {"type": "string", "description": "Your reasoning, written first."},
        **{c: _SCORE for c in CRITERIA},
    },
    "required": ["rationale", *CRITERIA],
    "additionalProperties": False,
}


def rubric_text() -> str:
    lines = []
    for criterion, anchors in ANCHORS.items():
        lines.append(f"{criterion}:")
        lines += [f"  {score} = {text}" for score, text in sorted(anchors.items())]
    return "\n".join(lines)


def _tools(record: Record, limit: int = 1500) -> str:
    out = []
    for tool in record.tools:
        fn = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(fn, dict):
            text = orjson.dumps({k: fn.get(k) for k in ("name", "description", "parameters")})
            out.append(text.decode()[:limit])
    return "\n".join(out)


def transcript(record: Record, limit: int = 800) -> str:
    """Every message with its index; weight-0 turns marked as deliberate mistakes."""
    lines: list[str] = []
    for i, m in enumerate(record.messages):
        mark = " [deliberate mistake, weight 0: not trained, not a defect]" if m.weight == 0 else ""
        if m.tool_calls:
            calls = "; ".join(f"{c.function.name}({c.function.arguments[:limit]}) id={c.id}"
                              for c in m.tool_calls)
            lines.append(f"[{i}] assistant calls{mark}: {calls}")
            if m.content:
                lines.append(f"[{i}] assistant{mark}: {m.content[:limit]}")
        elif m.role == "tool":
            lines.append(f"[{i}] tool result for {m.tool_call_id}: {(m.content or '')[:limit]}")
        else:
            lines.append(f"[{i}] {m.role}{mark}: {(m.content or '')[:limit]}")
    intended = [f"{s.call_id} ({s.mistake or 'mistake'})" for s in record.step_trace
                if s.intended]
    if intended:
        lines.append("Deliberate mistakes (weight 0): " + ", ".join(intended))
    return "\n".join(lines)


def facts(findings: list[Finding], limit: int = 20) -> str:
    if not findings:
        return "none"
    return "\n".join(f"- {f.severity} {f.validator}/{f.kind}: {f.message}"
                     for f in findings[:limit])


def prompt(record: Record, findings: list[Finding]) -> str:
    return (
        "You grade one synthetic tool-calling conversation as training data, the way a "
        "careful reviewer would.\n"
        f"{RUBRIC_MARK} score each criterion from 1 to 5 using these anchors.\n"
        f"{rubric_text()}\n\n"
        "Offered tools (JSON schemas):\n"
        f"{_tools(record)}\n\n"
        "Conversation (message index in brackets):\n"
        f"{transcript(record)}\n\n"
        "Facts reported by automatic checks (verify each in the conversation and weigh it "
        "yourself; they are not the verdict):\n"
        f"{facts(findings)}\n\n"
        "Reply with one JSON object. Write `rationale` first: two to five sentences of "
        "reasoning naming the message indices that decide each score. Then give "
        "tool_correctness, naturalness, task_completion and overall as integers 1-5."
    )
