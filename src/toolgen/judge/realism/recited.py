"""A request that recites a parameter's label in a template a person does not say.

"Calculate the final velocity with the gravity at 45.28", "with the upstream at 493"
(a number's label put before "at": a person says "a gravity of 45.28" or "493 base
pairs upstream"), and "with details (yes, please)", "with closed status (yes, please)"
(a yes/no's label with its answer in brackets). `language` reports them as
`parameter_label`, beside the labels it reads itself ("party size: 4", "days = 3").
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
