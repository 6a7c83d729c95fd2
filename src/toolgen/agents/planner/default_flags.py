"""An optional yes/no at its default: no setting a person states.

Foursquare's `claimVenue` documents `visible` as "(optional, default `true`) whether role
as manager is visible on the venue page"; ToolBench seed 21 #18 had the user say "and yes,
visible only" for `visible=true`. BigOven's "no need to mark as pending" and Aspose's "no
need to allow detect scan gap" likewise stated what the service does unasked. An optional
yes/no whose value is its default (the schema's, or the one its description states) is
left out of the call: the user does not say it and the assistant does not send it. A
required yes/no that is off, where no text gives its default, is the assistant's to send
(`off_unsaid`): a missing flag is off.

`at_default(param, value)` says which; `default_flag(param)` reads the default.

The other way round, a yes/no the ask itself names is on: BFCL's `flight_book` is "Book
a direct flight ...", so a user asking to "book a direct flight" is sent
`direct_flight: true`, where it had been left at its default, false (BFCL seed 59 #18).
`asked_flag(endpoint, param)` says which.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.agents.offline import intent_of
from toolgen.agents.offline.labels import slot_label
from toolgen.records import Endpoint, Parameter

# "(optional, default `true`)", "Defaults to false.", "default: true", "default value is
# false": the yes or no a description says the service takes unasked.
_DESCRIBED = re.compile(r"\bdefaults?(?: value)?(?: is| to|:|=)?\s*[`'\"(]*(true|false)\b",
                        re.IGNORECASE)


def _flag(value: object) -> bool | None:
    """`value` as a yes/no: a boolean, or the text "true"/"false"; else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


@lru_cache(maxsize=16384)  # per parameter: endpoints recur in every chain
def _described(description: str) -> bool | None:
    m = _DESCRIBED.search(description)
    return None if m is None else m.group(1).lower() == "true"


def default_flag(param: Parameter) -> bool | None:
    """The yes or no `param` takes when unsent: its schema default, else the one its
    description states; None when neither says one."""
    if param.has_default and (said := _flag(param.default)) is not None:
        return said
    return _described(param.description or "")


def at_default(param: Parameter, value: object) -> bool:
    """Whether `value` for the optional `param` is its default: a yes/no equal to the one
    its schema or description gives, or any value equal to its schema default (BFCL
    seed 113 #8: "the info about a user 1028982 with special none" stated `special`'s
    default "none")."""
    if param.required:
        return False
    if param.has_default and param.default not in (None, "") and value == param.default:
        return True
    flag = _flag(value)
    return flag is not None and flag == default_flag(param)


def off_unsaid(param: Parameter, value: object) -> bool:
    """Whether `value` for the required yes/no `param` is off where no text gives its
    default: the assistant sends it unasked, as an API reads a missing flag. A person says
    no "and no need to get children and no need to get count" (ToolBench seed 71 #81) nor
    "there's no need to mark as pending" (#27, #214) for BigOven's required
    `markAsPending`."""
    return (param.required and param.json_schema.get("type") == "boolean"
            and _flag(value) is False and default_flag(param) is None)


def asked_flag(endpoint: Endpoint, param: Parameter) -> bool:
    """Whether the optional yes/no `param`, off by default, is named by the ask of
    `endpoint` ("direct flight" in "book a direct flight"): the user asking for it asks
    for it on."""
    if param.required or param.json_schema.get("type") != "boolean":
        return False
    if default_flag(param) is True:
        return False
    return _named_by(slot_label(param.name), intent_of(endpoint).phrase)


@lru_cache(maxsize=16384)
def _named_by(label: str, phrase: str) -> bool:
    words = label.lower().split()
    return len(words) > 1 and f" {' '.join(words)} " in f" {phrase.lower()} "
