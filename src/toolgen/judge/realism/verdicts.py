"""A yes/no question whose answer does not say the yes or the no the tool gave.

`is_prime(number=439)` answered `{"is_prime": true, "number": 439}` and the answer said
"I checked whether it's prime: its number is 439" (ToolBench seed 7 #85), or "Whether it
is prime came through, with nothing worth quoting": the one thing asked goes unsaid, and
the judge counted the echoed 439 as a cited result. Kinds:

- `unsaid_verdict`: a call whose function name asks a question (`is_prime`, `isPrime`,
  `has_access`, `check_if_profane`, after a namespace) answered a boolean that names
  what it asks (`is_prime`; else the output's only boolean), and its answer, past any
  "whether ..." that only repeats the question, states the predicate nowhere and says
  no yes or no;
- `wrong_verdict`: the answer states the predicate with the other polarity ("439 is not
  prime" of `true`).

`said_verdicts(view, text)` counts the verdicts `text` states rightly: a boolean said is
a tool value the answer cites (task completion), as a figure is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import function_names
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, function_words, has_word, key_tokens
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "verdicts"

_ASKING = frozenset({"is", "has", "can", "does", "contains"})
_LEADS = frozenset({*_ASKING, "check", "if", "whether"})
# "whether it is prime" repeats the question; what follows it up to a stop is no answer.
_WHETHER = re.compile(r"\bwhether\b[^.:;!?,-]*", re.I)
_NEGATION = frozenset({"not", "no", "cannot", "never", "isn't", "doesn't", "can't",
                       "aren't", "don't", "hasn't", "isnt", "doesnt"})
_YES_NO = re.compile(r"\b(?:yes|no)\b", re.I)
_WORDS = re.compile(r"[a-z0-9']+")
_BEFORE = 4  # words before the predicate a negation may stand in ("is not prime")


def _question(function_name: str) -> list[str] | None:
    """The words a yes/no function name asks about (`is_prime` -> ["prime"]), or None."""
    # unsplit: `is_currency_validatable` asks about "validatable", not "valid a table"
    words = [w for w in function_words(function_name) if w.isalpha()]
    at = 2 if words[:2] == ["check", "if"] else next(
        (i + 1 for i, w in enumerate(words[:2]) if w in _ASKING), None)
    if at is None or at >= len(words):
        return None
    return words[at:]


def _answer(output: Any, asked: list[str]) -> tuple[str, bool] | None:
    """(key, value) of the top-level boolean that names what was asked, else the only one."""
    if not isinstance(output, dict):
        return None
    # a yes/no said as text (`"vegan": "YES"`) is one too
    flags = [(str(k), flag) for k, v in output.items() if (flag := _flag(v)) is not None]
    for key, value in flags:
        said = set(key_tokens(key)) - _LEADS
        if said and said <= set(asked):
            return key, value
    return flags[0] if len(flags) == 1 else None


def _polarity(text: str, asked: list[str]) -> bool | None:
    """True / False as `text` last states the predicate (its last word, with a negation
    in the few words before it), None when it states it nowhere."""
    said = _WHETHER.sub(" ", text).lower()
    last = asked[-1]
    if not has_word(said, last):
        return None
    words = _WORDS.findall(said)
    # the last statement of it: a topic named first ("As for X is readable: it is not
    # readable") is no verdict
    for i in range(len(words) - 1, -1, -1):
        if words[i] == last:
            return not (_NEGATION & set(words[max(0, i - _BEFORE - len(asked)):i]))
    return None


def _verdicts(view: RecordView) -> Iterator[tuple[int, str, list[str], bool]]:
    """(answer index, function name, asked words, the tool's yes or no) of each answered
    yes/no question."""
    for step, _, at in answered_calls(view):
        asked = _question(step.function_name)
        if asked is None:
            continue
        found = _answer(view.output(step.call_id), asked)
        if found is not None:
            yield at, step.function_name, asked, found[1]


def _reply(view: RecordView, at: int) -> tuple[int, str] | None:
    """The first assistant text after the tool result at `at` (the answer that reports it)."""
    messages = view.record.messages
    for i in range(at + 1, len(messages)):
        m = messages[i]
        if m.role == "assistant" and m.content and not m.tool_calls:
            return i, m.content
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for result_at, name, asked, value in _verdicts(view):
        reply = _reply(view, result_at)
        if reply is None:
            continue
        at, text = reply
        said = _polarity(text, asked)
        if said is None and not _YES_NO.search(_WHETHER.sub(" ", text)):
            out.append(finding(NAME, "unsaid_verdict", at,
                               f"{name} answered {str(value).lower()}, and the answer says "
                               f"neither yes nor no to {' '.join(asked)!r}"))
        elif said is not None and said != value:
            out.append(finding(NAME, "wrong_verdict", at,
                               f"{name} answered {str(value).lower()}, but the answer says "
                               f"{'it is' if said else 'it is not'} {' '.join(asked)!r}"))
    return out


def _asks(view: RecordView) -> bool:
    """Some call's function name asks a yes/no question."""
    return any(_question(name) is not None for name in function_names(view))


GATE = _asks


def said_verdicts(view: RecordView, text: str) -> int:
    """How many yes/no answers `text` states as the tool gave them."""
    return sum(1 for _, _, asked, value in _verdicts(view)
               if _polarity(text, asked) is value)


_SAID = {"yes": True, "no": False, "true": True, "false": False}


def _flag(value: Any) -> bool | None:
    """A boolean, or the yes/no a short text says ("YES", "false"), else None."""
    if isinstance(value, bool):
        return value
    return _SAID.get(value.strip().lower()) if isinstance(value, str) else None
