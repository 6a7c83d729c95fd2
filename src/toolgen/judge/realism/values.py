"""Values a careful reader does not believe, read from the record's calls and outputs.

- `implausible_number`: a number outside the scale its field's name implies (a meal for
  980, humidity 647, efficiency 514.4 %, a probability of 710), or what the endpoint says
  it measures (`quantities`: a chess rating of 4, the Burj Khalifa 53.8 m tall);
- `inflated_total`: a lookup by one name, email, phone, document number or URL whose
  total dwarfs the items it shows ("602 turned up" over three);
- `repeated_name`: one list naming two of its items alike ("Hotel Lumiere" twice);
- `place_contradiction`: one object whose city, country, address or phone prefix name
  different countries, or that is in another country than the call asked about;
- `placeholder_name`: a name that is a noun and a number ("Publisher #697").

Only the record is read (arguments, outputs); never the generator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.quantities import (
    asks_kelvin,
    out_of_kind_arguments,
    out_of_kind_output,
)
from toolgen.judge.realism.reading import key_tokens, output_of, real_steps
from toolgen.judge.view import NOT_JSON, RecordView, output_nodes
from toolgen.records import Finding

NAME = "values"

_CHANGE = frozenset({"change", "growth", "diff", "delta", "return", "gain", "loss", "yoy"})
_PERCENT = frozenset({"percent", "percentage", "pct", "efficiency", "humidity", "occupancy",
                      "utilization", "utilisation", "accuracy"})


def _scale(tokens: list[str]) -> tuple[float, float, str] | None:
    """(low, high, what) a field named by `tokens` stays within, if its name says."""
    last = tokens[-1]
    parts = set(tokens)
    if last in ("servings", "serves", "portions"):
        return 1, 50, "servings"
    if parts & _PERCENT and not parts & _CHANGE:
        return 0, 100, "a percentage"
    if last in ("probability", "confidence", "likelihood"):
        return 0, 100, "a probability"
    if "temperature" in parts or last in ("temp", "feels", "celsius") or tokens[-2:] == [
            "feels", "like"]:
        return -90, 140, "a temperature"
    if tokens[-2:] == ["interest", "rate"] or last == "apr":
        return 0, 100, "an interest rate"
    return None


def keyed_numbers(doc: Any) -> Iterator[tuple[str, float]]:
    """(nearest key, value) of every number of `doc` (booleans and keyless ones left out)."""
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((str(k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((key, v) for v in node)
        elif isinstance(node, int | float) and not isinstance(node, bool) and key:
            yield key, float(node)


def view_numbers(view: RecordView, doc: Any, call_id: str | None = None) -> \
        list[tuple[str, float]]:
    """`keyed_numbers(doc)` as a list, worked out once per view for each of the record's
    documents (its calls' arguments and outputs, read by several checks). When `doc` is
    the output of `call_id`, it is read off the view's leaves of that output."""
    known: dict[int, tuple[Any, list[tuple[str, float]]]] | None = view.memo.get(_NUMBERS)
    if known is None:
        known = view.memo[_NUMBERS] = {}
    entry = known.get(id(doc))
    if entry is None or entry[0] is not doc:
        # the doc is kept beside its numbers, so its id names no other doc meanwhile
        if call_id is not None and call_id in view.answer_at and view.output(call_id) is doc:
            numbers = numbers_of_leaves(view.leaves(call_id))
        else:
            numbers = list(keyed_numbers(doc))
        entry = known[id(doc)] = (doc, numbers)
    return entry[1]


def numbers_of_leaves(leaves: list[tuple[str, Any]]) -> list[tuple[str, float]]:
    """`keyed_numbers` of the document whose `output_leaves` are `leaves`: its stack walk
    (last child first) meets the leaves in reverse document order, under the same keys."""
    return [(key, float(value)) for key, value in reversed(leaves)
            if key and isinstance(value, int | float) and not isinstance(value, bool)]


_NUMBERS = "values.numbers"


@lru_cache(maxsize=65536)
def _key_scale(key: str) -> tuple[float, float, str] | None:
    # A field's scale depends on its name alone: worked out once per spelling.
    tokens = key_tokens(key)
    return _scale(tokens) if tokens else None


def _implausible(numbers: list[tuple[str, float]], kelvin: bool = False) -> str | None:
    """The first number off its name's scale (a temperature asked in Kelvin is read by
    `quantities`, which knows the unit)."""
    for key, value in numbers:
        scale = _key_scale(key)
        if scale is not None and kelvin and scale[2] == "a temperature":
            continue
        if scale is not None and not scale[0] <= value <= scale[1]:
            return f"{key} {value:g} is not {scale[2]}"
    return None


# -- totals ---------------------------------------------------------------------------

_NARROW = frozenset({"name", "full_name", "first_name", "last_name", "email", "username",
                     "phone", "person", "individual", "entity_name", "passport", "ssn",
                     "tax_id", "cpf", "cnpj", "cep", "vin", "isbn", "imei", "domain", "ip",
                     "ip_address", "url", "barcode", "upc", "ean", "tracking_number"})
_TOTALS = frozenset({"total", "total_count", "total_results", "count", "num_results",
                     "results_count", "total_items", "found", "matches", "hits"})
_PAGING = frozenset({"page", "offset", "cursor", "next_cursor", "next_page", "has_more",
                     "next_page_token", "page_token", "skip", "start"})


@lru_cache(maxsize=65536)
def _snake(key: str) -> str:
    # Keys repeat across every output of an endpoint: spelled once each.
    return "_".join(key_tokens(key))


def _inflated(args: dict[str, Any], doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return None
    names = {_snake(k) for k in args}
    if not names & _NARROW or names & _PAGING or {_snake(k) for k in doc} & _PAGING:
        return None
    lists = [v for v in doc.values() if isinstance(v, list) and v
             and all(isinstance(x, dict) for x in v)]
    if len(lists) != 1:
        return None
    n = len(lists[0])
    for key, total in doc.items():
        if (_snake(key) in _TOTALS and isinstance(total, int) and not isinstance(total, bool)
                and total > max(20, 5 * n)):
            return f"{key} {total} for a lookup of one {sorted(names & _NARROW)[0]} showing {n}"
    return None


# -- repeated names -------------------------------------------------------------------

_NAME_KEYS = frozenset({"name", "title", "full_name", "display_name", "username", "email",
                        "label"})


def _repeated(nodes: list[Any]) -> str | None:
    for node in nodes:
        if isinstance(node, list):
            items = [x for x in node if isinstance(x, dict)]
            for key in items[0] if len(items) > 1 else ():
                if _snake(key) not in _NAME_KEYS:
                    continue
                values = [v for x in items if isinstance(v := x.get(key), str)]
                twice = sorted({v for v in values if values.count(v) > 1})
                if twice:
                    return f"{key} {twice[0]!r} names two items of one list"
    return None


# -- places ---------------------------------------------------------------------------

_CITY_COUNTRY = {
    "lisbon": "PT", "porto": "PT", "madrid": "ES", "barcelona": "ES", "paris": "FR",
    "lyon": "FR", "berlin": "DE", "munich": "DE", "hamburg": "DE", "amsterdam": "NL",
    "rome": "IT", "milan": "IT", "vienna": "AT", "dublin": "IE", "london": "GB",
    "edinburgh": "GB", "zurich": "CH", "geneva": "CH", "stockholm": "SE", "copenhagen": "DK",
    "oslo": "NO", "helsinki": "FI", "warsaw": "PL", "prague": "CZ", "istanbul": "TR",
    "new york": "US", "san francisco": "US", "los angeles": "US", "chicago": "US",
    "austin": "US", "seattle": "US", "boston": "US", "miami": "US", "denver": "US",
    "toronto": "CA", "vancouver": "CA", "montreal": "CA", "mexico city": "MX",
    "sao paulo": "BR", "buenos aires": "AR", "tokyo": "JP", "osaka": "JP", "seoul": "KR",
    "singapore": "SG", "bangkok": "TH", "mumbai": "IN", "bengaluru": "IN", "delhi": "IN",
    "dubai": "AE", "sydney": "AU", "melbourne": "AU", "auckland": "NZ", "cape town": "ZA",
    "nairobi": "KE", "cairo": "EG", "beijing": "CN", "shanghai": "CN",
}
_COUNTRIES = {
    "portugal": "PT", "spain": "ES", "france": "FR", "germany": "DE", "netherlands": "NL",
    "italy": "IT", "austria": "AT", "ireland": "IE", "united kingdom": "GB", "switzerland": "CH",
    "sweden": "SE", "denmark": "DK", "norway": "NO", "finland": "FI", "poland": "PL",
    "czechia": "CZ", "turkey": "TR", "united states": "US", "canada": "CA", "mexico": "MX",
    "brazil": "BR", "argentina": "AR", "japan": "JP", "south korea": "KR",
    "singapore": "SG", "thailand": "TH", "india": "IN", "united arab emirates": "AE",
    "australia": "AU", "new zealand": "NZ", "south africa": "ZA", "kenya": "KE",
    "egypt": "EG", "china": "CN",
}
_DIAL = {
    "PT": "351", "ES": "34", "FR": "33", "DE": "49", "NL": "31", "IT": "39", "AT": "43",
    "IE": "353", "GB": "44", "CH": "41", "SE": "46", "DK": "45", "NO": "47", "FI": "358",
    "PL": "48", "CZ": "420", "TR": "90", "US": "1", "CA": "1", "MX": "52", "BR": "55",
    "AR": "54", "JP": "81", "KR": "82", "SG": "65", "TH": "66", "IN": "91", "AE": "971",
    "AU": "61", "NZ": "64", "ZA": "27", "KE": "254", "EG": "20", "CN": "86",
}
_COUNTRY_KEYS = frozenset({"country", "country_name", "country_code", "countrycode",
                           "iso_country", "country_iso", "iso2"})
_CITY_KEYS = frozenset({"city", "city_name", "town"})
_ADDRESS_KEYS = frozenset({"address", "full_address", "formatted_address"})


def _country(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    v = value.strip().lower()
    if len(v) == 2 and v.upper() in _DIAL:
        return v.upper()
    return _COUNTRIES.get(v)


def _claims(obj: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for key, value in obj.items():
        nk = _snake(key)
        if nk in _COUNTRY_KEYS and (code := _country(value)):
            out.append((f"{key} {value!r}", code))
        elif nk in _CITY_KEYS and isinstance(value, str) and value.lower() in _CITY_COUNTRY:
            out.append((f"{key} {value!r}", _CITY_COUNTRY[value.lower()]))
        elif nk in _ADDRESS_KEYS and isinstance(value, str):
            for part in value.split(",")[1:]:
                p = part.strip().lower()
                code = _CITY_COUNTRY.get(p) or _COUNTRIES.get(p)
                if code:
                    out.append((f"{key} {value!r}", code))
    return out


def _contradiction(args: dict[str, Any], objects: list[dict[str, Any]]) -> str | None:
    """Countries that disagree within one of `objects` (an answer's, in node order)."""
    wanted = next((c for k, v in args.items() if _snake(k) in _COUNTRY_KEYS
                   for c in [_country(v)] if c), None)
    for node in objects:
        claims = _claims(node)
        codes = {c for _, c in claims}
        if len(codes) > 1:
            return " and ".join(sorted({w for w, _ in claims})) + " name different countries"
        if not codes:
            continue
        code = next(iter(codes))
        if wanted and wanted != code:
            return f"the call asked about {wanted}, the answer has {claims[0][0]}"
        for key, value in node.items():
            if "phone" in _snake(key) and isinstance(value, str) and value.startswith("+"):
                digits = re.sub(r"\D", "", value)
                if not digits.startswith(_DIAL.get(code, digits[:1])):
                    return f"{key} {value!r} is not a {code} number but {claims[0][0]} is"
    return None


# -- placeholders ---------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"^[A-Z][\w'&.-]*(?: [\w'&.-]+)* #\d+$")


def _placeholder(doc: Any) -> str | None:
    return _placeholder_in(output_nodes(doc))


def _placeholder_in(nodes: list[Any], objects: list[dict[str, Any]] | None = None
                    ) -> str | None:
    numbered: set[str] | None = None
    for node in nodes:
        # the pattern ends in " #<digits>": a string without "#" cannot match
        if isinstance(node, str) and "#" in node and _PLACEHOLDER.match(node.strip()):
            if numbered is None:
                numbered = _named_by_number(objects or [])
            if node not in numbered:
                return f"{node!r} is a row label, not a name"
    return None


def _named_by_number(objects: list[dict[str, Any]]) -> set[str]:
    """Names that are a collection and a number by nature: an NFT is called by its token
    number on every marketplace ('CryptoPunk #4156' of the CryptoPunks collection, the
    ToolBench top_nft_sales example response), unlike a made-up 'Publisher #697'."""
    out: set[str] = set()
    for obj in objects:
        collected = "collection" in obj
        for key, value in obj.items():
            if isinstance(value, str) and "#" in value and (
                    collected or "nft" in key_tokens(str(key))):
                out.add(value)
    return out


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        args = args if isinstance(args, dict) else {}
        doc = output_of(view, step.call_id)
        at_call = view.call_at[step.call_id]
        reason = (_implausible(view_numbers(view, args))
                  or out_of_kind_arguments(view, step.call_id, args))
        if reason:
            out.append(finding(NAME, "implausible_number", at_call, reason))
        reason = _placeholder(args)
        if reason:
            out.append(finding(NAME, "placeholder_name", at_call, reason))
        if doc is NOT_JSON or step.status != "ok":
            continue
        at = view.answer_at[step.call_id]
        nodes = view.nodes(step.call_id)  # walked once, shared with the other checks
        # the objects among the nodes, in the same order (the walk meets them together)
        objects = [obj for _, obj in view.objects(step.call_id)]
        numbers = view_numbers(view, doc, step.call_id)
        implausible = _implausible(numbers, asks_kelvin(args)) or out_of_kind_output(
            view, step.call_id, args, objects)
        for kind, found in (("implausible_number", implausible),
                            ("inflated_total", _inflated(args, doc)),
                            ("repeated_name", _repeated(nodes)),
                            ("place_contradiction", _contradiction(args, objects)),
                            ("placeholder_name", _placeholder_in(nodes, objects))):
            if found:
                out.append(finding(NAME, kind, at, found))
    return out
