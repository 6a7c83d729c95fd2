"""An object filed under a key that names it is the thing its key names.

BB Finance answers `{"result": {"MXNJPY:cur": {"symbol": "MXNJPY", "baseName":
"JAPANESE YEN", ...}, "JPYMXN:cur": {...}}}`: a map keyed by ticker. Each entry's text
fields were drawn from any one example object of the tool (`examples.example_rows`), so
"MXNJPY:cur" held symbol "INRKRW" and "SOUTH KOREAN WON" (ToolBench seed 31 #42).
`named_rows(key, rows)` keeps, of the example rows an object may draw from, the ones
that name the object's key (a row holding the key itself, "mxnjpy:cur", or its code
before a `:`/`.` suffix, "MXNJPY", case aside): the example object filed under that key
in the corpus, whose symbol, names, currency and figures belong together. Worked out
once per compiled object node; pure.
"""

from __future__ import annotations

import re

# A key that can name a thing: a code, ticker or id in capitals ("MXNJPY:cur", "AAPL",
# "USR001", "BTC-USD"), not a field word ("result", "Data", "Name") nor a bare number
# (a year, a position).
_CODE_KEY = re.compile(r"^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,16}(?:[:.\-_/][A-Za-z0-9]{1,8})?$")
_SUFFIX = re.compile(r"[:.]")


def key_names(key: str) -> tuple[str, ...]:
    """The texts (case-folded) an entry filed under `key` may be named by: the key and,
    for a suffixed key ("MXNJPY:cur"), its code; () for a key naming no thing."""
    if not _CODE_KEY.match(key):
        return ()
    folded = key.casefold()
    code = _SUFFIX.split(folded, maxsplit=1)[0]
    return (folded, code) if code != folded and len(code) >= 2 else (folded,)


def named_rows(key: str, rows: tuple[dict[str, str], ...]) -> tuple[dict[str, str], ...]:
    """The rows of `rows` naming `key` (module doc); `rows` itself when none does."""
    names = key_names(key)
    if not names:
        return rows
    found = tuple(r for r in rows if any(v.casefold() in names for v in r.values()))
    return found or rows
