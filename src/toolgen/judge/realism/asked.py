"""Results that do not hold what the endpoint's name asks for, and one object passed off
as two different results.

A reviewer reads `get_scan_status` and expects a status; `{"scan_id", "scan_code",
"version", "updated_at"}` holds none. Likewise a report with no content, a template
with no body, ending a timer with no state or time, a balance with no amount. And when
`get_scan_report` returns the very object `get_scan_status` returned, the second call
reported nothing of its own. Kinds:

- `unanswered_name`: the endpoint's own name (its last noun: status, health, report,
  audit, template, balance, usage, quota; or its leading verb: end, stop, finish,
  terminate) asks for something no key of its successful output answers (`status`,
  `progress`, `is_active` for a status; `summary`, `findings` or any list for a report;
  `body`, `html`, `fields` for a template; `elapsed`, `ended_at` for an end ...);
- `same_result`: two successful calls of endpoints that ask for different things
  (`get_scan_info` and `get_scan_report`; not `get_user` and `fetch_user_details`, nor
  two status endpoints, nor a read of what a booking or an order just made) return the
  same object (or list) of three values or more.

Left alone: failed calls, outputs that are not JSON objects or lists, names that ask for
nothing in the table (a record read by id says what it is by its fields), and names led
by a verb that makes, changes or removes a record (`update_nps_custom_template` answers
that it is updated, not with the template's body).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import function_words, key_tokens, real_steps, singular
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding, StepTrace
from toolgen.registry.english import split_glued

NAME = "asked"


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STATE = _set("status state progress stage phase health healthy online offline running "
              "active enabled disabled available availability ok up alive done complete "
              "completed finished pending success successful linked valid monitoring "
              "monitored authenticated connected open closed ready live paid verified "
              "approved result condition stopped ended expired delivered outcome message")
# Key tokens that answer each aspect; `is_*` / `has_*` flags answer any state.
_ANSWERS: dict[str, frozenset[str]] = {
    "status": _STATE,
    "health": _STATE | _set("uptime latency ping pong response"),
    "report": _set("report summary findings finding issues results result sections score "
                   "total count items data content rows metrics stats statistics records "
                   "entries pdf html file download text body lines errors warnings checked "
                   "valid invalid vulnerabilities details"),
    "template": _set("template body content html text fields placeholders variables subject "
                     "message markup layout questions question blocks design source "
                     "components elements sections"),
    "end": _STATE | _set("elapsed duration time seconds minutes stopped ended end "
                         "finished total"),
    "balance": _set("balance balances amount available credit credits funds total value "
                    "remaining"),
    "usage": _set("usage used remaining limit limits quota requests calls count credits "
                  "total consumed"),
}
_LAST = {"status": "status", "progress": "status", "health": "health",
         "healthcheck": "health", "report": "report", "audit": "report",
         "template": "template", "balance": "balance", "usage": "usage", "quota": "usage"}
_ENDS = frozenset({"end", "stop", "finish", "terminate", "halt"})
# Last key tokens that name or date a record rather than hold what was asked.
_NAMING = _set("id ids uuid code url uri link type name version")
# Verbs and words that say how a record is read, not which record or what of it.
_READS = _set("get fetch retrieve read show view check lookup look up find query search "
              "info information details detail data single one by id for of the a all "
              "api v1 v2 v3")


# Leading verbs of a call that makes or changes a record, whose answer is the record.
_WRITES = _set("create add book place order reserve post submit make register buy purchase "
               "send schedule update edit set upload start new save insert")


_DELETES = _set("delete remove cancel clear destroy revoke")


def name_words(function_name: str) -> list[str]:
    """The endpoint's own words, glued runs split, without BFCL's hex tail or digits."""
    return list(_name_words(function_name))


@lru_cache(maxsize=16384)
def _name_words(function_name: str) -> tuple[str, ...]:
    # Several checks ask for every step's name words in every record: split once a name.
    out: list[str] = []
    for w in function_words(function_name):
        if not w.isalpha():
            continue
        out.extend((split_glued(w) if len(w) > 7 and w not in _LAST else ()) or (w,))
    return tuple(out)


def asked(function_name: str) -> str | None:
    """What the endpoint's name asks for (a key of `_ANSWERS`), or None."""
    words = name_words(function_name)
    if not words or words[0] in _WRITES or words[0] in _DELETES:
        return None  # an update of a template answers that it is updated, not the body
    if words[0] in _ENDS:
        return "end"
    if words[-2:] == ["health", "check"] or words[-2:] == ["check", "health"]:
        return "health"
    return _LAST.get(words[-1])


def _answers(aspect: str, nodes: list[Any]) -> bool:
    """Whether any key of the output answers `aspect` (any list answers a report)."""
    wanted = _ANSWERS[aspect]
    for node in nodes:
        if isinstance(node, list) and node and aspect == "report":
            return True
        if not isinstance(node, dict):
            continue
        for key in node:
            tokens = key_tokens(key)
            if not tokens or tokens[-1] in _NAMING:
                continue  # `template_code`, `report_id`: which one, not what it holds
            if tokens[0] in ("is", "has") or wanted & set(tokens):
                return True
    return False


def _unanswered(view: RecordView, step: StepTrace) -> Finding | None:
    aspect = asked(step.function_name)
    output = view.output(step.call_id)
    if aspect is None or not isinstance(output, (dict, list)) or not output:
        return None
    if _answers(aspect, view.nodes(step.call_id)):
        return None
    return finding(NAME, "unanswered_name", view.answer_at[step.call_id],
                   f"{step.function_name} asks for its {aspect}, and no field of its "
                   "result answers it")


def _subject(function_name: str) -> frozenset[str]:
    """What a call is about and asks for, without the verbs of reading."""
    return frozenset(singular(w) for w in name_words(function_name) if w not in _READS)


def _differ(first: str, second: str) -> bool:
    """Whether two endpoints ask for different things (two status endpoints, or two
    reads of one record, may answer alike)."""
    if first == second or _subject(first) == _subject(second):
        return False
    if _WRITES & set(name_words(first)[:1]):
        return False  # a read of what was just booked answers as the booking did
    one = asked(first)
    return one is None or one != asked(second)


def _same(view: RecordView, steps: list[StepTrace]) -> list[Finding]:
    out: list[Finding] = []
    seen: list[tuple[StepTrace, Any]] = []
    for step in steps:
        output = view.output(step.call_id)
        if not isinstance(output, (dict, list)) or len(view.leaves(step.call_id)) < 3:
            continue
        for other, earlier in seen:
            if earlier == output and _differ(other.function_name, step.function_name):
                out.append(finding(
                    NAME, "same_result", view.answer_at[step.call_id],
                    f"{step.function_name} returns the very object {other.function_name} "
                    "returned"))
                break
        seen.append((step, output))
    return out


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    steps = [s for s in real_steps(view) if s.status == "ok" and s.call_id in view.answer_at
             and view.output(s.call_id) is not NOT_JSON]
    out = [f for s in steps if (f := _unanswered(view, s)) is not None]
    return out + _same(view, steps)
