"""Answer honesty: what the assistant says matches what the tools returned.

Per turn (a user message and what follows): a number or a Title-Case name the answer
states must occur in some tool output, the user's words or the tool descriptions
(`claim_unsupported`); a failed or not-found call must be acknowledged
(`ignored_failure`); "nothing came back" must not follow results (`false_empty`); a
create, update or delete that succeeded must be reported (`unreported_state_change`);
the conversation must not end on "let me try again" (`unkept_promise`).
IDs and money figures are the grounding validator's (`answer_*_ungrounded`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.judge.answer import _MONEY, may_hold_money, without_ids
from toolgen.judge.context import JudgeContext
from toolgen.judge.phrases import Phrases
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import (
    Turn,
    has_word,
    haystack,
    haystack_parts,
    output_of,
    step_at,
    trained_text,
    turns,
    words,
)
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding, StepTrace

NAME = "honesty"

_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?\b")
# A figure not glued to a word, a path or a code: "1,234.5" (grouped) or "42.5", neither
# after `[\w.,:/+-]`. Each pattern opens on the character class it starts with and tests
# what stands before that character after it (`(?<!X\d)` once a digit is read, as
# `\b[A-Z]` is `[A-Z](?<!\w[A-Z])`): re then skips to the next digit or capital rather
# than trying the whole pattern at every position of an answer (the same matches, a
# third of the time).
_NUMBER = re.compile(r"\d(?<![\w.,:/+-]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\w:/-])"
                     r"|\d*(?:\.\d+)?(?![\w:/-]|[.,]\d))")
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w'&-]*(?:\s+(?:(?:of|the|and|&|de|del|della|di|da|la"
                   r"|le|von|van|du|des)\s+)?[A-Z][\w'&-]*)+")
_FILLER_WORDS = words(
    "the a an your my our i i'll i've i'm i'd here there this that it its all done sure okay ",
    "ok great right thanks thank certainly of course good glad happy shall should what first ",
    "would could can let just also and then next so name well now id",
)
ACK = Phrases(
    r"sorry|couldn't|could not|can't|cannot|unable|error|not found|failed|fail|no results"
    r"|unfortunately|didn't|did not|wasn't|isn't|problem|issue|unavailable|nothing|empty"
    r"|no match|doesn't exist|does not exist|limit|try again|retry|went wrong|not available"
    r"|no such|invalid|denied|timed out|timeout|refused|expired")
_EMPTY = Phrases(
    r"nothing came back|came back empty|returned nothing|no results|found nothing|"
    r"didn't find any|did not find any|couldn't find any|no matching|returned no |"
    r"there (?:is|was|are|were) nothing|turned up nothing|empty result|zero results|"
    r"got nothing|nothing back|no luck|no data came")
_NOT_FOUND = Phrases(r"not found|no results|does not exist|doesn't exist|no such|unknown")
_REPORTED = Phrases(
    r"creat|add|set up|made|register|book|placed|schedul|sav|updat|chang|modif|edit|renam|"
    r"delet|remov|cancel|done|submit|sent|post|new|record|mov|confirm|complete|upload|"
    r"generat|assign|applied|enabled|disabled|activat|finished|taken care|all set|put it"
    r"|went through|is in your|'s in your|now in your|booked|bought|purchas|signed up|paid"
    r"|ordered|reserved|subscribed|joined|published|refunded|issued|followed|invited|shared"
    r"|imported|exported|started|stopped|liked|logged in|is set|are set|was set|been set"
    r"|(?:i've|i have|i) set\b")


_FIGURE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _numbers(text: str) -> set[float]:
    out: set[float] = set()
    # a figure said twice adds nothing: each spelling is read once (a set: order is moot)
    for token in set(_FIGURE.findall(text)):
        pieces = {token.replace(",", ""), *token.split(",")} if "," in token else (token,)
        for piece in pieces:
            try:
                number = round(float(piece), 2)
            except ValueError:
                continue
            out.add(number)
            out.add(abs(number))
    return out


@lru_cache(maxsize=8192)
def _part_numbers(text: str) -> frozenset[float]:
    return frozenset(_numbers(text))


def _known_numbers(view: RecordView, upto: int) -> Callable[[], set[float]]:
    """The numbers an answer at `upto` may state, computed when the first figure needs them
    (most answers state none worth checking)."""

    found: list[set[float]] = []  # (a list, not functools.cache: one per answer is cheaper)

    def known() -> set[float]:
        if found:
            return found[0]
        # The numbers of the haystack are those of its parts (no number spans the newline that
        # joins them, and lower-casing changes no digit); tool descriptions recur in
        # every record that offers the tool, so each part's numbers are cached.
        out = _list_lengths(view, upto)
        for part in haystack_parts(view, upto):
            out |= _part_numbers(part)
        found.append(out)
        return out

    return known


def _known(value: float, decimals: int, known: set[float]) -> bool:
    """`value` is some known number, possibly rounded to the `decimals` the answer shows."""
    return value in known or any(round(k, decimals) == value for k in known)


def _list_lengths(view: RecordView, upto: int) -> set[float]:
    out: set[float] = set()
    for call_id, at in view.answer_at.items():
        if at >= upto:
            continue
        out.update(_lengths(view, call_id))
    return out


def _lengths(view: RecordView, call_id: str) -> frozenset[float]:
    """The lengths of the lists in `call_id`'s output (once per view: every later answer
    may state them)."""
    known: dict[str, frozenset[float]] | None = view.memo.get(_LENGTHS)
    if known is None:
        known = view.memo[_LENGTHS] = {}
    found = known.get(call_id)
    if found is None:
        found = known[call_id] = frozenset(
            float(len(node)) for node in view.nodes(call_id) if isinstance(node, list))
    return found


_LENGTHS = "honesty.lengths"


def _haystack(view: RecordView, upto: int) -> Callable[[], str]:
    """`haystack(view, upto)`, built when a date or a name first needs it."""
    found: list[str] = []

    def hay() -> str:
        if not found:
            found.append(haystack(view, upto))
        return found[0]

    return hay


def _claims(view: RecordView, index: int, text: str, hay_of: Callable[[], str],
            known: Callable[[], set[float]]) -> list[Finding]:
    stripped = without_ids(view, text)
    if may_hold_money(stripped):
        stripped = _MONEY.sub(" ", stripped)
    if "-" in stripped:  # every date holds a dash
        for m in _DATE.finditer(stripped):
            if m.group(0)[:10].lower() not in hay_of():
                return [finding(NAME, "claim_unsupported", index,
                                f"states the date {m.group(0)!r}, found in no tool output")]
        stripped = _DATE.sub(" ", stripped)
    for m in _NUMBER.finditer(stripped):
        token = m.group(0).replace(",", "")
        value = round(float(token), 2)
        if value < 10 and value.is_integer():
            continue
        if not _known(value, len(token.partition(".")[2]), known()):
            return [finding(NAME, "claim_unsupported", index,
                            f"states {m.group(0)!r}, found in no tool output")]
    for m in _NAME.finditer(stripped):
        for run in _name_runs(m.group(0)):
            if not _supported(run, hay_of()):
                return [finding(NAME, "claim_unsupported", index,
                                f"names {' '.join(run)!r}, found in no tool output")]
    return []


def _name_runs(phrase: str) -> list[list[str]]:
    """Runs of two or more name words, split at sentence words ("Shall I") and codes."""
    runs: list[list[str]] = [[]]
    for word in phrase.split():
        if word.lower() in _FILLER_WORDS or any(c.isdigit() for c in word):
            runs.append([])
        else:
            runs[-1].append(word)
    return [r for r in runs if len(r) >= 2]


def _supported(words: list[str], hay: str) -> bool:
    """Each word occurs in `hay` as a word ("Brooks Ghost 15": brand and model), or a span of
    all but at most one of `words` does (a label running into a name)."""
    if all(has_word(hay, w.lower()) for w in words):
        return True
    need = max(2, len(words) - 1)
    for size in range(len(words), need - 1, -1):
        for start in range(len(words) - size + 1):
            if " ".join(words[start:start + size]).lower() in hay:
                return True
    return False


def _failed(view: RecordView, step: StepTrace) -> bool:
    """Whether `step` failed or found nothing (once per view and call: each answer after
    it asks again)."""
    known: dict[int, bool] | None = view.memo.get(_FAILED)
    if known is None:
        known = view.memo[_FAILED] = {}
    # keyed by the step object (the record holds it): a malformed trace may repeat a call id
    found = known.get(id(step))
    if found is None:
        found = known[id(step)] = _failed_now(view, step)
    return found


_FAILED = "honesty.failed"


def _failed_now(view: RecordView, step: StepTrace) -> bool:
    if step.status != "ok":
        return True
    doc = output_of(view, step.call_id)
    if doc is NOT_JSON:
        return False
    if isinstance(doc, dict):
        for key in ("error", "errors", "message", "detail", "status"):
            value = doc.get(key)
            if isinstance(value, str) and _NOT_FOUND.search(value):
                return True
        if key_value_empty(doc):
            return True
    return doc in ([], {})


def key_value_empty(doc: dict[str, Any]) -> bool:
    """An output whose only payload is an empty list (`{"results": [], "total": 0}`); a
    figure beside it is an answer (a tariff's sum of 23.05 with no components: ToolBench
    seed 11 #102), a count of the list or a page number is not."""
    lists = [v for v in doc.values() if isinstance(v, list)]
    return bool(lists) and all(not v for v in lists) and not any(
        isinstance(v, dict) for v in doc.values()) and not any(
        _answered_figure(k, v) for k, v in doc.items())


def _answered_figure(key: str, value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool) and value != 0
            and key.lower() not in _LIST_FIGURES)


# Figures a listing states of itself, not of what was asked.
_LIST_FIGURES = frozenset({"total", "count", "page", "limit", "offset", "per_page",
                           "page_size", "total_count", "total_results", "totalresults",
                           "code", "status", "status_code", "took", "version", "timestamp",
                           "pages", "total_pages", "size", "start", "end", "next"})


def _turn_steps(view: RecordView, turn: Turn) -> list[StepTrace]:
    out: list[StepTrace] = []
    for i in turn.indices:
        for c in view.record.messages[i].tool_calls or ():
            step = step_at(view, c.id)
            if step is not None and view.record.messages[i].weight != 0:
                out.append(step)
    return out


def _answers_after(view: RecordView, turn: Turn, after: int) -> list[tuple[int, str]]:
    return [(i, t) for i in turn.indices if i > after and (t := trained_text(view, i))]


def _turn_findings(view: RecordView, turn: Turn, steps: list[StepTrace]) -> list[Finding]:
    """Findings of `turn`, whose trained, unintended steps are `steps` (`_turn_steps`)."""
    out: list[Finding] = []
    last: dict[str, StepTrace] = {}
    for step in steps:
        last[step.endpoint_id] = step
    for step in last.values():
        at = view.call_at[step.call_id]
        answers = _answers_after(view, turn, at)
        if _failed(view, step) and answers and not any(ACK.search(t) for _, t in answers):
            out.append(finding(NAME, "ignored_failure", answers[-1][0],
                               f"{step.function_name} {step.status} / not found, "
                               "the answer does not say so"))
    for i, text in _answers_after(view, turn, -1):
        before = [s for s in steps if view.call_at[s.call_id] < i]
        if before and _EMPTY.search(text) and not any(_failed(view, s) for s in before):
            out.append(finding(NAME, "false_empty", i,
                               "says nothing came back, but the calls returned results"))
    for step in steps:
        if step.effect is None or step.status != "ok":
            continue
        answers = _answers_after(view, turn, view.call_at[step.call_id])
        if answers and not any(_REPORTED.search(t) for _, t in answers):
            out.append(finding(NAME, "unreported_state_change", answers[-1][0],
                               f"{step.function_name} did {step.effect}; the answer never "
                               "says so"))
    return out


_PROMISE = Phrases(
    r"\b(?:let me|i'll|i will|i'm going to|going to)\s+(?:\w+\s+){0,2}?"
    r"(?:try|retry|check|double-check|look|adjust|broaden|search|dig|find)\b")


def _unkept(view: RecordView) -> list[Finding]:
    """The conversation ends on the assistant promising work it never does."""
    msgs = view.record.messages
    last = len(msgs) - 1
    text = trained_text(view, last) if msgs else None
    if text and _PROMISE.search(text) and not text.rstrip().endswith("?"):
        return [finding(NAME, "unkept_promise", last,
                        "the conversation ends on a promise to try again that is never kept")]
    return []


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = _unkept(view)
    for turn in turns(view):
        steps = _turn_steps(view, turn)
        out += _turn_findings(view, turn, steps)
        if not steps:
            continue  # no tool was used: the answer is conversation or general knowledge
        for i in turn.indices:
            text = trained_text(view, i)
            if text:
                out += _claims(view, i, text, _haystack(view, i), _known_numbers(view, i))
    return out



