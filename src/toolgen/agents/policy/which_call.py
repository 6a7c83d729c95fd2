"""Which call a part of an answer is about, when one answer reports two calls of one
endpoint.

Two field strengths reported side by side ("its field strength is 564530000.0. ... its
field strength is 1458800000.0", BFCL seed 71 #3), or two recipe searches ("there are 6
in all, starting with Ginger Tomato Pasta. As for the recipes, Chili Tomato Pasta comes
first", #13), leave the reader to guess which result answers which request. Each such
call is named by the inputs that set it apart from the others: a text or an option by
its value ("dairy free, dessert"), a figure by its label as well ("charge 16.08,
distance 16"), since a bare number says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from toolgen.agents.offline.labels import slot_label
from toolgen.agents.offline.types import spoken
from toolgen.episode.state import MadeCall
from toolgen.registry.secrets import is_credential_name

# Inputs said at most: a third one turns the name of a result into a form.
_SAID = 2
# A longer text (a sentence to translate, a message) names its call poorly.
_LONGEST = 40


def which_calls(calls: Sequence[MadeCall]) -> list[str]:
    """For each call: "" when no other call of `calls` has its endpoint, else the inputs
    that tell it from those that do ("" when none can be said)."""
    out = [""] * len(calls)
    groups: dict[str, list[int]] = {}
    for i, call in enumerate(calls):
        groups.setdefault(call.endpoint.id, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        args = [calls[i].arguments for i in members]
        keys = _telling(args)
        for i, arg in zip(members, args, strict=True):
            said = [s for k in keys if k in arg and (s := _said(k, arg[k]))]
            out[i] = ", ".join(said[:_SAID])
    return out


def _telling(args: list[dict[str, Any]]) -> list[str]:
    """The input names whose values differ between the calls; only those every call was
    sent, when there are any: an option one call sets ("medium vacuum") tells less than a
    value each call states differently."""
    keys = list(dict.fromkeys(k for a in args for k in a if not is_credential_name(k)))
    differ = [k for k in keys if len({repr(a.get(k)) for a in args}) > 1]
    shared = [k for k in differ if all(k in a for a in args)]
    return shared or differ


def _said(name: str, value: Any) -> str:
    """`value` as a short name of its call: a text as itself (a web address by its host,
    a long text by its first words), a figure or a code after its label; "" for what
    names nothing (a flag, a list, an object)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{slot_label(name)} {value}"
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip()
    if _URL.match(text):
        return _URL.sub("", text).split("/", 1)[0]
    if " " not in text and any(c.isdigit() for c in text):
        return f"{slot_label(name)} {text}"  # "barcode 5020525314173", not "chr 7f2213"
    if len(text) > _LONGEST:
        return _first_words(text)
    return spoken(text)


def _first_words(text: str) -> str:
    """A long text's opening words, to the last whole word within `_LONGEST` letters."""
    cut = text[:_LONGEST].rsplit(" ", 1)[0].rstrip(",.;:-– ")
    return f"{cut}..."


_URL = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)
