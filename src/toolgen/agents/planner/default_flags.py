"""An optional yes/no at its default: no setting a person states.

Foursquare's `claimVenue` documents `visible` as "(optional, default `true`) whether role
as manager is visible on the venue page"; ToolBench seed 21 #18 had the user say "and yes,
visible only" for `visible=true`. BigOven's "no need to mark as pending" and Aspose's "no
need to allow detect scan gap" likewise stated what the service does unasked. An optional
yes/no whose value is its default (the schema's, or the one its description states) is
left out of the call: the user does not say it and the assistant does not send it.

`at_default(param, value)` says which; `default_flag(param)` reads the default.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.records import Parameter

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
    """Whether `value` for the optional `param` is a yes/no equal to its default."""
    if param.required:
        return False
    flag = _flag(value)
    return flag is not None and flag == default_flag(param)
