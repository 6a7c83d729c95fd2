"""An object filed under a key that names it is the thing its key names.

BB Finance answers `{"result": {"MXNJPY:cur": {"symbol": "MXNJPY", "baseName":
"JAPANESE YEN", ...}, "JPYMXN:cur": {...}}}`: a map keyed by ticker. Each entry's text
fields were drawn from any one example object of the tool (`examples.example_rows`), so
"MXNJPY:cur" held symbol "INRKRW" and "SOUTH KOREAN WON" (ToolBench seed 31 #42).
`named_rows(key, covered)` keeps, of the example rows an object may draw from, the ones
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


def named_rows(key: str, covered: list[tuple[int, dict[str, str]]],
               ) -> tuple[dict[str, str], ...]:
    """Of the example rows `covered` (each with how many of the object's fields it holds),
    the best-covered ones naming `key` (module doc); () when none does. Not only the
    rows covering most fields: an index filed under "ADSMI:IND" lacks the `tinyName`
    another index has, and is still the one its key names."""
    names = key_names(key)
    if not names:
        return ()
    found = [(n, r) for n, r in covered if any(v.casefold() in names for v in r.values())]
    best = max((n for n, _ in found), default=0)
    return tuple(r for n, r in found if n == best)
