"""A number parameter its description makes an on/off switch.

"If set to 1, the vehicle will also be recognized" (openalpr's `recognize_vehicle`), "0 or
1", "1 to enable": the planner gives such a parameter 1 (a user who mentions it turns it
on; it drew 796.37 before) and the user says it as a switch ("with recognize vehicle set
to 1"), not as a measure ("with the recognize vehicle at 1").
"""

from __future__ import annotations

import re

_SWITCH = re.compile(r"\bset (?:it |this )?to 1\b|\b(?:0 or 1|1 or 0)\b|\b1 (?:to enable|= ?yes"
                     r"|for yes|means yes)\b", re.I)


def is_switch(description: str) -> bool:
    """Whether `description` makes its number parameter a 0/1 switch."""
    return _SWITCH.search(description) is not None
