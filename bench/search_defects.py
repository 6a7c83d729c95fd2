"""Reviewer-style count of two answer defects in generated records (reads records only).

- search_off_query: a search call (an argument named query, q, keyword(s), search, term,
  search_term...) whose result list holds an item none of whose words is a word of the
  query ("coffee maker" -> "Classic Watch");
- filter_ignored: a listing call that filtered by a price range (`min_price`,
  `max_price`, `budget`...), a date range (`start_date`, `end_date`, `from_date`...), a
  least star count or rating, or a status, with a result item outside it;
- price_first_unasked: a final answer sentence whose first figure is a money amount
  ("As for the show's times, it comes to 12.8 EUR") while the user's messages never ask a
  price, cost, fare or total and the call it reports on buys, books or pays nothing.

    python bench/search_defects.py RUN.jsonl [RUN2.jsonl ...] [--show CLASS]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

_QUERY_KEYS = frozenset({"query", "q", "keyword", "keywords", "search", "searchterm", "term",
                         "searchquery", "searchtext", "kw", "searchstring", "querystring"})
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"the", "and", "for", "with", "near", "from", "best", "top", "cheap",
                   "new", "good", "find", "search", "buy", "what", "how", "who", "are", "you"})
_MONEY = re.compile(r"(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?"
                    r"(?:EUR|USD|GBP|JPY|CAD|AUD|CHF|SEK|INR|[A-Z]{3})\b)")
_FIGURE = re.compile(r"(?<![\w.])[$€£¥]?\d[\d,:.\-]*")
_PRICE_ASKED = re.compile(
    r"\b(price|prices|priced|cost|costs|how much|fare|fares|fee|fees|total|totals|pay|"
    r"paid|payment|charge|charged|buy|purchase|order|checkout|check out|book|booking|"
    r"budget|cheap|cheapest|afford|spend|rate|rates|refund|invoice|amount|balance|"
    r"salary|quote|convert|expensive|cart|menu|reserve|reserved|pricing|tax|taxes|"
    r"valuation)\b", re.I)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower())}


def _query_words(args: dict[str, Any]) -> set[str]:
    for key, value in args.items():
        norm = re.sub(r"[^a-z]", "", key.lower())
        if norm in _QUERY_KEYS and isinstance(value, str):
            return {w for w in _words(value) if len(w) >= 3 and w not in _STOP
                    and not w.isdigit()}
    return set()


def _item_lists(node: Any) -> list[list[dict[str, Any]]]:
    """Lists of objects in `node` (each object with a string leaf)."""
    found: list[list[dict[str, Any]]] = []
    if isinstance(node, dict):
        for value in node.values():
            found.extend(_item_lists(value))
    elif isinstance(node, list):
        objs = [v for v in node if isinstance(v, dict)]
        if objs and len(objs) == len(node):
            found.append(objs)
        for v in node:
            if isinstance(v, dict):
                for value in v.values():
                    if isinstance(value, list):
                        found.extend(_item_lists(value))
    return found


def _strings(node: Any) -> str:
    if isinstance(node, dict):
        return " ".join(_strings(v) for v in node.values())
    if isinstance(node, list):
        return " ".join(_strings(v) for v in node)
    return node if isinstance(node, str) else ""


def _calls(record: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(tool name, arguments, parsed output) of every call with an ok JSON output."""
    outputs = {m.get("tool_call_id"): m.get("content") for m in record["messages"]
               if m.get("role") == "tool"}
    calls = []
    for m in record["messages"]:
        for tc in m.get("tool_calls") or []:
            try:
                args = json.loads(tc["function"]["arguments"])
                out = json.loads(outputs.get(tc["id"]) or "null")
            except (ValueError, TypeError):
                continue
            if isinstance(out, dict) and "error" in out:
                continue
            calls.append((tc["function"]["name"], args, out))
    return calls


def off_query(record: dict[str, Any]) -> list[str]:
    """One line per search whose items miss the query's words."""
    found = []
    for name, args, out in _calls(record):
        words = _query_words(args)
        if not words or not isinstance(args, dict):
            continue
        lists = [lst for lst in _item_lists(out) if any(_strings(o).strip() for o in lst)]
        if not lists:
            continue
        items = lists[0]
        missed = [o for o in items if not words <= _words(_strings(o))]
        if missed:
            found.append(f"{name} {sorted(words)} -> {_strings(missed[0])[:90]!r}")
    return found


_LO = ("min_price", "price_min", "minprice", "budget_min", "min_amount")
_HI = ("max_price", "price_max", "maxprice", "budget", "max_budget", "max_amount")
_PRICE_KEYS = ("price", "price_per_night", "fare", "cost", "nightly_price")
_D_LO = ("start_date", "from_date", "date_from", "since", "from")
_D_HI = ("end_date", "to_date", "date_to", "until", "to")
_DATE_KEYS = ("starts_at", "start_date", "date", "event_date", "created_at", "placed_at",
              "published_at", "release_date", "departure_time")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _arg(args: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((args[k] for k in keys if k in args and args[k] not in ("", None)), None)


def _price_of(item: dict[str, Any]) -> float | None:
    for key in _PRICE_KEYS:
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("amount")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _outside(args: dict[str, Any], item: dict[str, Any]) -> str:
    lo, hi = _arg(args, _LO), _arg(args, _HI)
    price = _price_of(item)
    if price is not None and ((isinstance(lo, int | float) and price < lo)
                              or (isinstance(hi, int | float) and price > hi)):
        return f"price {price} outside [{lo}, {hi}]"
    first, last = _arg(args, _D_LO), _arg(args, _D_HI)
    when = next((item[k][:10] for k in _DATE_KEYS
                 if isinstance(item.get(k), str) and _DAY.match(item[k])), None)
    if when and ((isinstance(first, str) and _DAY.match(first) and when < first[:10])
                 or (isinstance(last, str) and _DAY.match(last) and when > last[:10])):
        return f"date {when} outside [{first}, {last}]"
    for arg, key in (("min_stars", "stars"), ("min_rating", "rating")):
        least, value = args.get(arg), item.get(key)
        if isinstance(least, int | float) and isinstance(value, int | float) and value < least:
            return f"{key} {value} < {least}"
    status = args.get("status")
    if isinstance(status, str) and isinstance(item.get("status"), str) and (
            item["status"] != status):
        return f"status {item['status']} != {status}"
    return ""


def filter_ignored(record: dict[str, Any]) -> list[str]:
    """One line per listing whose items lie outside the filters it sent."""
    found = []
    for name, args, out in _calls(record):
        if not isinstance(args, dict):
            continue
        lists = _item_lists(out)
        for item in lists[0] if lists else []:
            why = _outside(args, item)
            if why:
                found.append(f"{name} {why}")
                break
    return found


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def price_first(record: dict[str, Any]) -> list[str]:
    """Answer sentences led by a price nobody asked for."""
    users = " ".join(m.get("content") or "" for m in record["messages"]
                     if m.get("role") == "user")
    if _PRICE_ASKED.search(users):
        return []
    answers = [m.get("content") or "" for m in record["messages"]
               if m.get("role") == "assistant" and not m.get("tool_calls")]
    found = []
    for answer in answers:
        for sentence in _sentences(answer):
            first = _FIGURE.search(sentence)
            money = _MONEY.search(sentence)
            if first and money and money.start() <= first.start() + 1:
                found.append(sentence[:120])
    return found


CHECKS = {"search_off_query": off_query, "filter_ignored": filter_ignored,
          "price_first_unasked": price_first}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--show", default="")
    a = parser.parse_args()
    for path in a.files:
        records = [json.loads(line) for line in Path(path).read_text().splitlines() if line]
        counts = {}
        for name, check in CHECKS.items():
            hits = [(r["conversation_id"], check(r)) for r in records]
            hits = [(cid, h) for cid, h in hits if h]
            counts[name] = len(hits)
            if a.show == name:
                for cid, h in hits:
                    for line in h:
                        print(f"  {cid[-6:]} {line}")
        print(path, len(records), "records;",
              ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
