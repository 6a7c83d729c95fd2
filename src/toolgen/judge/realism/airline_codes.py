"""A flight numbered with another airline's code.

A KLM booking came back as flight "AA1492" (American's code), a flight asked of Delta as
"HE2390" operated by ANA. A reviewer who knows that a flight number starts with its
airline's IATA designator reads such a flight as made up. Kind `airline_code_mismatch`:
an object names a known airline (`airline`, `carrier`...) and a flight number of the
usual form (two characters, then one to four digits) starting with another code. Only
the airlines of `executor.flight_codes.DESIGNATORS` are known; a number the call sent is
left alone (the user's own words).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.flight_codes import designator
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_objects_with_sent
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "airline_codes"

_AIRLINE = ("airline", "airlines", "carrier", "airline_name", "operating_airline")
_NUMBER = ("flight_number", "flight_no", "flight_code", "flightnumber")
_FORM = re.compile(r"^([A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}$")


def _mismatch(obj: dict[str, Any], sent: set[str]) -> str | None:
    airline = next((obj[k] for k in _AIRLINE if isinstance(obj.get(k), str)), None)
    code = designator(airline) if airline else None
    if code is None:
        return None
    for key in _NUMBER:
        number = obj.get(key)
        m = _FORM.match(number) if isinstance(number, str) and number not in sent else None
        if m is not None and m.group(1) != code:
            return f"{airline} flight {number}: {airline}'s code is {code}"
    return None


GATE = output_keys_gate(lambda key: key in _NUMBER)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    return [finding(NAME, "airline_code_mismatch", at, why)
            for _, at, why in answered_objects_with_sent(view, _mismatch)]
