"""Facts a read's name asks for that no record table holds: a date a thing expires, a
company's financial statement, the hours between two places, what a postal code names,
the rows a data query found.

Without them such endpoints answered a generic record of their noun: an SSL
certificate's `expires_at` listed `{expire_id, expire_code, url}`, a cash-flow statement
`{flow_id, flow_code, version}`, a time difference between Munich and Tokyo
`{timezone_id, city1, city2, version}`, a postal code query `{postal_id, version}`. A
reviewer sees no date, no cash flow, no hours, no place. Read from the endpoint's own
words (`result_kinds.own_words`) by what they ask for, never per API:

- an expiry (`expires_at`, `get_expiry_date`) is an expiry date after an issue date, a
  validity such things have (90 days, a year, two);
- a cash-flow statement is operating, investing and financing cash flow in a currency
  whose net change is their sum; a balance sheet's assets are its liabilities plus its
  equity; an income statement's gross profit is revenue less its cost;
- a time difference between two places is the hours from the first to the second,
  read with the zone database on a fixed day (`zone_times`), from the cities or zones sent;
- a postal code query answers the code with its place (city, country, coordinates);
- a data query answers which table it read, its columns and how many rows matched.

`named_shape(endpoint, info)` returns the schema or None; `named_finish(shape_text)` the
step making a drawn answer agree with itself. Deterministic for the call's random
stream; never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.controls import is_control_parameter
from toolgen.executor.locales import in_city, local_postcodes
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import PLACES
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key, schema_type
from toolgen.executor.world import city, country
from toolgen.executor.zone_times import zone_offset_hours
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STR = {"type": "string"}
_DATE = {"type": "string", "format": "date"}
_MONEY = {"type": "integer", "minimum": 1_000_000, "maximum": 90_000_000_000}
_READS = frozenset({"get", "list"})
_EXPIRY = frozenset({"expiry", "expiration", "expires", "expire", "expiring", "expiries"})
_TIMES = frozenset({"time", "times", "timezone", "timezones", "zone", "zones", "clock"})
_POSTAL = frozenset({"postcode", "postcodes", "zipcode", "zipcodes", "postal", "zip"})
# A statement's figures, by the words naming it; the last one is worked out from the rest.
_STATEMENTS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"cash", "flow"}), ("operating_cash_flow", "investing_cash_flow",
                                   "financing_cash_flow", "net_change_in_cash")),
    (frozenset({"cashflow"}), ("operating_cash_flow", "investing_cash_flow",
                               "financing_cash_flow", "net_change_in_cash")),
    (frozenset({"balance", "sheet"}), ("total_assets", "total_liabilities", "total_equity")),
    (frozenset({"income", "statement"}), ("revenue", "cost_of_revenue", "gross_profit",
                                          "operating_expenses", "operating_income")),
)
# What a data query read: a table and its columns.
_TABLES = {"invoices": ["invoice_id", "customer", "amount", "currency", "due_date"],
           "orders": ["order_id", "customer", "total", "status", "ordered_at"],
           "customers": ["customer_id", "name", "email", "country", "signed_up"],
           "sensor_readings": ["sensor_id", "reading", "unit", "recorded_at"]}


def named_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any] | None:
    """The schema of the fact a read's name asks for (module doc), or None."""
    if info.action not in _READS:
        return None
    words = set(own_words(endpoint))
    echo = _echo(endpoint)
    if words & _EXPIRY or {"valid", "from"} <= words:  # a certificate's `valid_from` too
        return _object({**echo, "issue_date": _DATE, "expiry_date": _DATE})
    for named, figures in _STATEMENTS:
        if named <= words:
            # the figures first: they are what an answer reports, not the year
            return _object({**echo, **{f: dict(_MONEY) for f in figures},
                            "currency": {"type": "string", "enum": ["USD"]},
                            "fiscal_year": {"type": "integer", "enum": [2024]}})
    if "difference" in words and words & _TIMES and len(echo) >= 2:
        return _object({**echo, "difference_hours": {"type": "integer", "minimum": -12,
                                                     "maximum": 12}})
    if words & _POSTAL and ("code" in words or words & {"postcode", "zipcode"}):
        kept = {k: v for k, v in echo.items() if not _postal(k)}
        return _object({**kept, "postal_code": _STR, "city": _STR, "country": _STR,
                        "latitude": {"type": "number"}, "longitude": {"type": "number"}})
    if {"query", "data"} <= words:
        return _object({**echo, "table": {"type": "string", "enum": list(_TABLES)},
                        "columns": {"type": "array", "items": _STR},
                        "row_count": {"type": "integer", "minimum": 1, "maximum": 480}})
    return None


def named_finish(shape_text: str) -> Finish | None:
    """The step making such an answer agree with itself, when `shape_text` (the schema
    as JSON) holds one."""
    if '"expiry_date"' in shape_text or '"difference_hours"' in shape_text \
            or '"fiscal_year"' in shape_text or '"row_count"' in shape_text \
            or '"postal_code"' in shape_text:
        return _agree
    return None


def _agree(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    for node in objects_in(output):
        if "expiry_date" in node and "issue_date" in node:
            _expiry(node, rng)
        if "difference_hours" in node:
            _difference(node, args)
        if "fiscal_year" in node:
            _statement(node, rng)
        if isinstance(node.get("table"), str) and "columns" in node:
            node["columns"] = list(_TABLES.get(node["table"], node["columns"]))
        if "postal_code" in node:
            sent = next((v for k, v in args.items() if _postal(k)
                         and isinstance(v, str | int) and not isinstance(v, bool)), None)
            if sent is not None:
                node["postal_code"] = str(sent)
            else:
                _in_sent_country(node, args, rng)


# How long such things are valid, in days: a free certificate, a paid one, a year, two.
_VALIDITY = (90, 397, 365, 730)


def _expiry(node: dict[str, Any], rng: random.Random) -> None:
    try:
        issued = _dt.date.fromisoformat(str(node["issue_date"])[:10])
    except ValueError:
        return
    days = _VALIDITY[int(rng.random() * len(_VALIDITY))]
    node["issue_date"] = issued.isoformat()
    node["expiry_date"] = (issued + _dt.timedelta(days=days)).isoformat()


def _difference(node: dict[str, Any], args: dict[str, Any]) -> None:
    """Hours from the first place sent to the second (Munich -> Tokyo: +8)."""
    offsets = [o for v in args.values() if isinstance(v, str)
               and (o := _offset(v)) is not None][:2]
    if len(offsets) == 2:
        hours = offsets[1] - offsets[0]
        node["difference_hours"] = int(hours) if hours == int(hours) else hours


def _offset(place: str) -> float | None:
    """The UTC offset of a zone name or a city, in hours, on `zone_times`' fixed day."""
    offset = zone_offset_hours(place)
    if offset is not None:
        return offset
    found = city(place)
    return zone_offset_hours(found.timezone) if found is not None and found.timezone \
        else None


def _millions(x: float) -> int:
    return round(x / 1e6) * 1_000_000


def _statement(node: dict[str, Any], rng: random.Random) -> None:
    """Figures of one company's year that add up, in whole millions."""
    base = 10 ** (8 + 3 * rng.random())  # revenue from 100 million to 100 billion

    def part(lo: float, hi: float) -> int:
        return _millions(base * (lo + (hi - lo) * rng.random()))

    if "net_change_in_cash" in node:
        node["operating_cash_flow"] = part(0.08, 0.25)
        node["investing_cash_flow"] = -part(0.03, 0.15)
        node["financing_cash_flow"] = part(-0.12, 0.06)
        node["net_change_in_cash"] = (node["operating_cash_flow"]
                                      + node["investing_cash_flow"]
                                      + node["financing_cash_flow"])
    if "total_assets" in node:
        node["total_assets"] = part(0.8, 2.5)
        node["total_liabilities"] = _millions(node["total_assets"] * (0.3 + 0.45 * rng.random()))
        node["total_equity"] = node["total_assets"] - node["total_liabilities"]
    if "gross_profit" in node:
        node["revenue"] = _millions(base)
        node["cost_of_revenue"] = _millions(base * (0.35 + 0.45 * rng.random()))
        node["gross_profit"] = node["revenue"] - node["cost_of_revenue"]
        node["operating_expenses"] = _millions(node["gross_profit"] * (0.3 + 0.5 * rng.random()))
        node["operating_income"] = node["gross_profit"] - node["operating_expenses"]


# Arguments that narrow a postal query to a country (locationiq's `countrycodes=us`).
_COUNTRY_ARGS = frozenset({"countrycodes", "countrycode", "country", "country_code",
                           "countries"})


def _in_sent_country(node: dict[str, Any], args: dict[str, Any], rng: random.Random) -> None:
    """A postal code queried within a country is one of that country's: `countrycodes=us`
    answered Sydney 2127. The place and its code are drawn among the country's cities."""
    sent = next((v for k, v in args.items() if normalize_key(k) in _COUNTRY_ARGS
                 and isinstance(v, str)), None)
    wanted = country(sent.split(",")[0].strip()) if sent else None
    if wanted is None or country(node.get("country")) == wanted:
        return
    rows = [row for row in PLACES if row[2] == wanted.iso]
    codes = local_postcodes(wanted.iso) if rows else ()
    if not codes:
        return
    row = rows[int(rng.random() * len(rows))]
    node["city"], node["country"] = row[0], wanted.name
    if "latitude" in node and "longitude" in node:
        node["latitude"], node["longitude"] = row[4], row[5]
    node["postal_code"] = in_city(codes[int(rng.random() * len(codes))], row[0])


def _postal(key: str) -> bool:
    nk = normalize_key(key).replace("_", "")
    return any(w in nk for w in ("postal", "postcode", "zip"))


def _echo(endpoint: Endpoint) -> dict[str, Any]:
    """The scalar parameters, echoed; request controls (format, sort, paging) are not."""
    out: dict[str, Any] = {}
    for p in endpoint.parameters:
        sub = p.json_schema if isinstance(p.json_schema, dict) else {}
        t = schema_type(sub)
        if t in ("string", "integer", "number", "boolean") and not is_control_parameter(p):
            out[p.name] = {"type": t, **{k: v for k, v in sub.items() if k == "enum"}}
    return out


def _object(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props}
