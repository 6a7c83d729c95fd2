"""A personality type is the letters it was given: E, S, T and J make ESTJ.

`mbti_analyse(introverted_vs_extroverted="E", sensing_vs_intuition="S",
thinking_vs_feeling="T", judging_vs_perceiving="J")` answered "ENFP" (BFCL seed 59 #10).
`mbti_finish(words)` returns, for an endpoint about MBTI or personality types, a step that
writes the four sent letters, in the type's order, into the answer's four-letter type
field. In place.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from typing import Any

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_AXES = ("EI", "SN", "TF", "JP")
_TYPE = re.compile(r"^[EI][SN][TF][JP]$")


def mbti_finish(words: Iterable[str]) -> Finish | None:
    """The step, or None when the endpoint is not about personality types."""
    own = {w.lower() for w in words}
    return _typed if own & {"mbti", "personality", "myers"} else None


def _typed(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    sent = {v.strip().upper() for v in args.values() if isinstance(v, str) and len(v.strip()) == 1}
    letters = [next((c for c in axis if c in sent), "") for axis in _AXES]
    if not all(letters) or not isinstance(output, dict):
        return
    said = "".join(letters)
    for key, value in output.items():
        if isinstance(value, str) and _TYPE.match(value):
            output[key] = said
