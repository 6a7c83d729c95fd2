"""A request that recites a parameter's label in a template a person does not say.

"Calculate the final velocity with the gravity at 45.28", "with the upstream at 493"
(a number's label put before "at": a person says "a gravity of 45.28" or "493 base
pairs upstream"), and "with details (yes, please)", "with closed status (yes, please)"
(a yes/no's label with its answer in brackets). `language` reports them as
`parameter_label`, beside the labels it reads itself ("party size: 4", "days = 3").

Owned here too: the label beside its value that a person does say (`said_as_words`): a
count before its plural noun ("9403503 outstanding shares", "10 per page") and a number
after the noun it names ("wagon number 24", "mail port 443").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.judge.values import renderings


def recited(lowered: str, label: str, value: Any) -> bool:
    """Whether the lower-cased user text `lowered` says `value` as "with the <label> at
    <value>", or a yes/no `value` as "<label> (yes, please)"."""
    if isinstance(value, bool):
        if "(yes" not in lowered and "(no" not in lowered:
            return False  # the test below needs its bracket: most texts have none
        return _yes_no(label).search(lowered) is not None
    if " at " not in lowered or f"the {label.split(' ', 1)[0]}" not in lowered:
        return False
    for form in renderings(value) or ():
        at = lowered.find(form)
        while at >= 0:
            if lowered[:at].endswith(" at ") and _with_at(label).search(lowered, 0, at):
                return True
            at = lowered.find(form, at + 1)
    return False


def _label_re(label: str) -> str:
    return re.escape(label).replace(r"\ ", r"[\s_-]+")


@lru_cache(maxsize=4096)
def _with_at(label: str) -> re.Pattern[str]:
    # searched up to where the value starts: "with the <label> at " ends there
    return re.compile(rf"\bwith the {_label_re(label)} at \Z")


@lru_cache(maxsize=4096)
def _yes_no(label: str) -> re.Pattern[str]:
    return re.compile(rf"\b{_label_re(label)} \((?:yes|no)\b[^)]*\)")


# Last words of a label a number names ("wagon number 24", "mail port 443", "level 2").
_NAMING = frozenset({"number", "no", "port", "level", "floor", "sheet", "rank", "tier",
                     "stage", "round", "gate", "platform", "version", "chapter", "episode",
                     "step", "channel", "row", "column", "index", "zip", "code"})


# A count's noun between it and a "per" label ("10 results per page").
_COUNTED = re.compile(r" [a-z]+(?= )")


def said_as_words(lowered: str, label: str, form: str, ats: list[int]) -> bool:
    """Whether `label` stands beside the value (`form`, at `ats` in `lowered`) as a
    person says it: a whole count before its plural noun ("497 desired cards", "10 per
    page", "10 results per page"), or a number right after the noun it names ("wagon number 24")."""
    last = label.rsplit(" ", 1)[-1]
    counted = form.replace(",", "").isdigit() and (
        label.startswith("per ") or (last.endswith("s") and not last.endswith(("ss", "us"))))
    for at in ats:
        end = at + len(form)
        if counted and (lowered.startswith(f" {label}", end) or (
                label.startswith("per ") and _COUNTED.match(lowered, end)
                and lowered.startswith(f" {label}", lowered.index(" ", end + 1)))):
            return True  # "10 per page", "10 results per page"
        if last in _NAMING and lowered[:at].endswith(f"{label} "):
            return True
    return False
