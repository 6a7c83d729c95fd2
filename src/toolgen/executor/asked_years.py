"""What a call asks about between two years happened between them.

`get_criminal_records(from_year=2007, to_year=2013)` answered an offence dated
2025-12-22 (BFCL seed 47 #44): the date was drawn on the generated timeline, whatever the
years asked. `within_years(output, args)`: where a call sent a first and a last year
(`from_year`/`to_year`, `start_year`/`end_year`), every date field of the answer that is
not a record's own stamp (`created_at`, `updated_at`, an expiry) and falls outside those
years moves to the same day of a year between them, keyed by the date. In place,
deterministic.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

_FIRST = ("from_year", "start_year", "year_from", "since_year", "min_year")
_LAST = ("to_year", "end_year", "year_to", "until_year", "max_year")
_STAMPS = ("created", "updated", "modified", "expires", "expiry", "expiration", "published",
           "deleted", "last_")
_DATE = re.compile(r"^(\d{4})(-\d{2}-\d{2}.*)$")


def within_years(output: Any, args: dict[str, Any]) -> None:
    sent = {normalize_key(k): v for k, v in args.items()}
    first = next((sent[k] for k in _FIRST if _year(sent.get(k))), None)
    last = next((sent[k] for k in _LAST if _year(sent.get(k))), None)
    if first is None or last is None or int(first) > int(last):
        return
    lo, hi = int(first), int(last)
    for node in objects_in(output):
        for key, value in node.items():
            if not isinstance(key, str) or not isinstance(value, str):
                continue
            nk = normalize_key(key)
            m = _DATE.match(value)
            if (m is None or not (nk == "date" or nk.endswith("_date"))
                    or nk.startswith(_STAMPS) or lo <= int(m.group(1)) <= hi):
                continue
            year = lo + zlib.crc32(value.encode()) % (hi - lo + 1)
            rest = m.group(2)
            if rest.startswith("-02-29"):
                rest = "-02-28" + rest[6:]
            node[key] = f"{year}{rest}"


def _year(value: Any) -> bool:
    try:
        return 1000 <= int(value) <= 2100
    except (TypeError, ValueError):
        return False
