"""A route's two ends are two places, so one earlier result feeds only one of them.

`search_airports(query="Madrid")` then `search_flights(origin_airport, destination_airport)`:
both ends were linked to the airport found, and the flights went from MAD to MAD
(bundled seed 31 #75). `one_end_linked(feeds, sampled)` drops the link into the second
end when both ends would read the same field of the same earlier call; that end is then
drawn and stated by the user like any other value (a draw from a pool of many places, so
it seldom names the linked one). The end the chain was sampled for keeps its link.
"""

from __future__ import annotations

from toolgen.executor.values import normalize_key
from toolgen.records import Edge

_FROM = frozenset({"origin", "from", "source", "src", "departure", "depart", "start",
                   "pickup", "leaving"})
_TO = frozenset({"destination", "dest", "to", "arrival", "arrive", "end", "dropoff",
                 "target", "going"})

# A range's two dates may be one day (a one-day event); a translation's languages and a
# conversion's currencies and units have pairs of their own (`values_pairs`,
# `target_currency`), which read what the text or the money is in.
_NOT_PLACES = frozenset({"date", "time", "day", "year", "month", "at", "datetime", "language",
                         "lang", "currency", "unit", "units", "format", "version",
                         "encoding", "page", "index"})


def route_side(name: str) -> str | None:
    """"from" or "to" for a parameter naming one end of a route, else None."""
    words = set(normalize_key(name).split("_"))
    if words & _NOT_PLACES:
        return None
    starts, ends = bool(words & _FROM), bool(words & _TO)
    if starts == ends:
        return None
    return "from" if starts else "to"


def one_end_linked(feeds: dict[str, Edge], sampled: set[str]) -> dict[str, Edge]:
    """`feeds` without the link into a route's second end where both ends read one field
    of one earlier call (the sampled end, else the origin, keeps it)."""
    sides = {name: side for name in feeds if (side := route_side(name)) is not None
             and not _field_words(feeds[name].source_field) & _NOT_PLACES}
    if len(set(sides.values())) < 2:
        return feeds
    kept: dict[tuple[str, str | None], str] = {}
    dropped: set[str] = set()
    for name in sorted(sides, key=lambda n: (n not in sampled, sides[n] != "from", n)):
        edge = feeds[name]
        source = (edge.source, edge.source_field)
        first = kept.get(source)
        if first is not None and sides[first] != sides[name]:
            dropped.add(name)
        else:
            kept.setdefault(source, name)
    return {k: v for k, v in feeds.items() if k not in dropped} if dropped else feeds


def _field_words(path: str | None) -> set[str]:
    """The words of the field a link reads (`results[].source_lang` -> source, lang)."""
    last = (path or "").replace("[]", "").rsplit(".", 1)[-1]
    return set(normalize_key(last).split("_"))
