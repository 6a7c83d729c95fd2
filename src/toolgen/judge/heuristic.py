"""The heuristic scorer: validator findings and text features -> explainable 1-5 scores.

tool_correctness starts at 5 and loses points per validator error (more for format
than for plan drift); naturalness loses points for template residue, repeated
sentences, a word pair recurring within a message, uniform message lengths, an answer
too short or too long and questions left hanging (an offer such as "Anything else?" is
none); task_completion loses points for user turns left unanswered, answers that cite
no tool result, ungrounded citations and failures the answers hide. "The answers" are
those that report tool results (`features.result_answers`), never a farewell after the
user's thanks or a reply to chit-chat. Realism findings (see `toolgen.judge.realism`)
cost the score their criterion feeds (`REALISM_SCORE`): implausible outputs, arguments,
chains, unrequested or mis-ordered actions cost tool_correctness; dishonest answers
cost task_completion; language tells cost naturalness. overall is a weighted mean,
capped at 3 when any error finding remains (a contradiction, filler outputs, a rule
violation: such records fall below the default threshold) and 1 for a leaked secret.
The rationale names every deduction.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolgen.judge import features
from toolgen.judge.realism.policy import is_realism
from toolgen.judge.realism.verdicts import said_verdicts
from toolgen.judge.view import messages_view
from toolgen.records import Finding, JudgeScores, Record

_ERROR_COST = {"format": 1.5, "grounding": 1.0, "replay": 1.0, "plan": 0.75, "weight0": 1.0}
_WARNING_COST = 0.25
_ANSWER_KINDS = ("answer_id_ungrounded", "answer_figure_ungrounded")
WEIGHTS = {"tool_correctness": 0.4, "task_completion": 0.3, "naturalness": 0.3}
ERROR_CAP = 3.0
REALISM_SCORE = {
    "outputs": "tool_correctness",
    "arguments": "tool_correctness",
    "chains": "tool_correctness",
    "actions": "tool_correctness",
    "parallel": "tool_correctness",
    "entities": "tool_correctness",
    "honesty": "task_completion",
    "language": "naturalness",
    "values": "tool_correctness",
    "own_words": "tool_correctness",
    "garbled": "naturalness",
    "wording": "naturalness",
    "invented_names": "tool_correctness",
    "type_fields": "tool_correctness",
    "boilerplate": "tool_correctness",
    "field_scales": "tool_correctness",
    "deferred": "task_completion",
    "paged_totals": "tool_correctness",
    "returned_entity": "tool_correctness",
    "postcodes": "tool_correctness",
    "asked_place": "tool_correctness",
    "error_results": "task_completion",
    "sums": "tool_correctness",
    "identity": "tool_correctness",
    "request_words": "tool_correctness",
    "asked": "tool_correctness",
    "reasked": "task_completion",
    "ids_only": "task_completion",
    "absent": "tool_correctness",
    "stale": "tool_correctness",
    "misfit": "tool_correctness",
    "verdicts": "task_completion",
    "twins": "tool_correctness",
    "domains": "tool_correctness",
}
_REALISM_COST = {"error": 1.5, "warning": 0.5}


def _clamp(x: float) -> float:
    return round(min(5.0, max(1.0, x)), 2)


def _tool_correctness(findings: list[Finding], notes: list[str]) -> float:
    score = 5.0
    errors = [f for f in findings if f.severity == "error" and f.validator in _ERROR_COST]
    warnings = [f for f in findings if f.severity == "warning" and not is_realism(f)]
    for f in errors:
        score -= _ERROR_COST[f.validator]
    score -= _WARNING_COST * len(warnings)
    if errors:
        kinds = sorted({f"{f.validator}.{f.kind}" for f in errors})
        notes.append(f"{len(errors)} validator error(s): {', '.join(kinds)}")
    elif warnings:
        notes.append(f"{len(warnings)} validator warning(s)")
    return _clamp(score)


@dataclass(frozen=True, slots=True)
class _TextParts:
    """What the scores read from the record's messages and trace alone, whatever the
    findings: worked out once per record (the generation gate scores it again with the
    findings it counts) and kept on the record's view."""

    naturalness: float
    naturalness_notes: tuple[str, ...]
    final: bool
    missed: int
    cited: int
    any_output: bool
    unacknowledged: bool


def _text_parts(record: Record) -> _TextParts:
    view = messages_view(record)
    parts: _TextParts | None = view.memo.get(_MEMO)
    if parts is None:
        parts = view.memo[_MEMO] = _read_text(record)
    return parts


_MEMO = "heuristic.text"


def _read_text(record: Record) -> _TextParts:
    notes: list[str] = []
    nat = _naturalness(record, notes)
    if not features.final_text(record):
        return _TextParts(nat, tuple(notes), False, 0, 0, False, False)
    # What the answers report, not a farewell or a reply to chit-chat after them.
    answers = "\n".join(features.result_answers(record))
    cited, any_output = features.cited_tool_values(record, answers)
    if not cited and any_output:  # "Yes - it is prime": the boolean asked for is a result
        cited = said_verdicts(messages_view(record), answers)
    return _TextParts(nat, tuple(notes), True, features.unanswered_user_turns(record), cited,
                      any_output, features.unacknowledged_failure(record, answers))


def _naturalness(record: Record, notes: list[str]) -> float:
    score = 5.0
    said = features.texts(record)  # read once for the four features below
    residue = features.leftovers(record, said)
    if residue:
        score -= 1.5
        notes.append(f"template residue {residue[0]!r}")
    repeats = features.repeated_sentences(record, said)
    if repeats:
        score -= min(1.5, 0.5 * repeats)
        notes.append(f"{repeats} repeated sentence(s)")
    repetitive = features.repetitive_phrasing(record, said)
    if repetitive:
        score -= 0.5
        notes.append(f"repetitive phrasing in {repetitive} message(s)")
    cv = features.length_variation(record, said)
    if cv is not None and cv < 0.15:
        score -= 0.5
        notes.append("uniform message lengths")
    words = len(features.answer_text(record).split())
    if 0 < words < 5 or words > 300:
        score -= 0.5
        notes.append(f"answer of {words} words")
    asked = features.unanswered_assistant_questions(record)
    if asked:
        score -= 0.5 * asked
        notes.append(f"{asked} assistant question(s) never answered")
    return _clamp(score)


def _task_completion(text: _TextParts, findings: list[Finding], notes: list[str]) -> float:
    if not text.final:
        notes.append("no final answer")
        return 1.0
    score = 5.0
    missed = text.missed
    if missed:
        score -= 1.5 * missed
        notes.append(f"{missed} user turn(s) unanswered")
    cited, any_output = text.cited, text.any_output
    if any_output and not cited:
        score -= 1.5
        notes.append("answer cites no tool result")
    elif cited:
        notes.append(f"answer cites {cited} tool value(s)")
    ungrounded = sum(1 for f in findings if f.kind in _ANSWER_KINDS)
    if ungrounded:
        score -= min(2.0, 1.0 * ungrounded)
        notes.append(f"{ungrounded} ungrounded citation(s)")
    if text.unacknowledged:
        score -= 1.0
        notes.append("a failed call is not acknowledged")
    return _clamp(score)


def _realism(findings: list[Finding], target: str, value: float, notes: list[str]) -> float:
    """`value` less the cost of each distinct realism kind whose criterion feeds `target`."""
    kinds: dict[str, Finding] = {}
    for f in findings:
        if is_realism(f) and REALISM_SCORE.get(f.validator) == target:
            kinds.setdefault(f.kind, f)
    for kind, f in sorted(kinds.items()):
        value -= _REALISM_COST[f.severity]
        notes.append(f"{f.validator}.{kind}")
    return _clamp(value)


def score(record: Record, findings: list[Finding]) -> JudgeScores:
    """Heuristic scores for `record` given its validator `findings`."""
    tc_notes: list[str] = []
    nat_notes: list[str] = []
    task_notes: list[str] = []
    tc, nat, task, overall = _scores(record, findings, tc_notes, nat_notes, task_notes)
    parts = [
        f"tool_correctness {tc}: " + ("; ".join(tc_notes) or "no validator findings"),
        f"naturalness {nat}: " + ("; ".join(nat_notes) or "no issues"),
        f"task_completion {task}: " + ("; ".join(task_notes) or "no issues"),
    ]
    return JudgeScores(
        tool_correctness=tc,
        naturalness=nat,
        task_completion=task,
        overall=overall,
        judge="heuristic",
        rationale=". ".join(parts),
        findings=tuple(findings),
    )


def overall(record: Record, findings: list[Finding]) -> float:
    """`score(record, findings).overall`, without writing the rationale."""
    return _scores(record, findings, [], [], [])[3]


def _scores(
    record: Record, findings: list[Finding], tc_notes: list[str], nat_notes: list[str],
    task_notes: list[str],
) -> tuple[float, float, float, float]:
    text = _text_parts(record)
    nat_notes.extend(text.naturalness_notes)
    tc = _realism(findings, "tool_correctness", _tool_correctness(findings, tc_notes), tc_notes)
    nat = _realism(findings, "naturalness", text.naturalness, nat_notes)
    task = _realism(findings, "task_completion", _task_completion(text, findings, task_notes),
                    task_notes)
    value = (
        WEIGHTS["tool_correctness"] * tc
        + WEIGHTS["naturalness"] * nat
        + WEIGHTS["task_completion"] * task
    )
    if any(f.validator == "secrets" and f.severity == "error" for f in findings):
        value = 1.0
        tc_notes.append("credential leaked")
    elif any(f.severity == "error" for f in findings):
        value = min(value, ERROR_CAP)
    return tc, nat, task, _clamp(value)
