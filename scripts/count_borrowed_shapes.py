"""Count tool outputs answering in another endpoint's shape, or with example data that
contradicts the call, in generated records (the qshape defect class).

    PYTHONPATH=src python scripts/count_borrowed_shapes.py tb.jsonl bfcl.jsonl [-v]

Two readings, as a reviewer makes them:
- `borrowed`: the judge's `borrowed_shape` check (a market quote, a recipe, a match, a
  translation or a video where the endpoint's own name and description say nothing of
  one);
- `other_country`: a city list (`cities`, `towns`...) whose cities lie, most of them, in
  another country than the one the call named (`get_cities(country="Germany")` listing
  Dubai and Sharjah);
- `scrambled`: an object whose `symbol` and `ticker` name two securities (`CNYKRW` beside
  `idrjpy:cur`): example fields drawn apart;
- `price_absent`: the judge's `asked_absent` for a price, a pricing or a fare the user
  asked for (`flight_ticket_pricing_get` answering a flight's times and status);
- `uncompleted`: an autocomplete whose completions do not start with what was typed
  (`market_auto_complete(query="Tesla")` -> Apple Inc), the judge's reading;
- `fake_element`: an object naming a chemical element with a drawn `element_code`, or a
  symbol, atomic number or weight that is not that element's (Copper as "CA3801");
- `generic_list`: a list of nothing but generic option words (`listquotes` answering
  ["general", "standard", "custom"] where its example lists currency codes);
- `definition_omitted`: the judge's `asked_omitted` for a glossary entry's definition;
- `nearby_not_place`: a finder of what is nearby (`store_find_nearby`,
  `public_library_find_nearby`) answering products in stock or books.
Prints per file the records and calls of each, and with -v every call found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from toolgen.executor import elements, world
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words_of
from toolgen.judge import JudgeContext
from toolgen.judge.realism import absent, filters, omitted, shapes
from toolgen.judge.view import build_view
from toolgen.records import Record

_COUNTRY_ARGS = ("country", "country_name", "country_code", "countrycode", "nation")
_LISTS = frozenset({"cities", "city_list", "city_names", "towns", "all_cities"})


def _other_country(args: dict[str, Any], output: Any) -> bool:
    asked = next((c for k in _COUNTRY_ARGS if (c := world.country(args.get(k)))), None)
    if asked is None or not isinstance(output, dict):
        return False
    for key, value in output.items():
        if key.lower() not in _LISTS:
            continue
        names = (value.split(",") if isinstance(value, str)
                 else value if isinstance(value, list) else [])
        found = [c for c in (world.city(str(n).strip()) for n in names) if c is not None]
        if found and sum(c.country_iso != asked.iso for c in found) * 2 > len(found):
            return True
    return False


def _scrambled(output: Any) -> bool:
    for obj in objects_in(output):
        symbol, ticker = obj.get("symbol"), obj.get("ticker")
        if isinstance(symbol, str) and isinstance(ticker, str) and ":" in ticker and (
                ticker.split(":")[0].upper() != symbol.upper()):
            return True
    return False


def _fake_element(output: Any) -> bool:
    for obj in objects_in(output):
        element = next((e for k in ("name", "element", "element_name")
                        if (e := elements.element_named(obj.get(k))) is not None
                        and len(str(obj.get(k))) > 2), None)
        if element is None:
            continue
        if "element_code" in obj or obj.get("symbol", element.symbol) != element.symbol or (
                obj.get("atomic_number", element.number) != element.number):
            return True
    return False


_GENERIC = frozenset({"general", "standard", "custom", "default", "basic", "premium"})


def _generic_list(output: Any) -> bool:
    lists = [output] if isinstance(output, list) else (
        [v for v in output.values() if isinstance(v, list)] if isinstance(output, dict) else [])
    return any(v and all(isinstance(x, str) and x.lower() in _GENERIC for x in v)
               for v in lists)


_NEARBY = frozenset({"nearby", "near"})


def _nearby_not_place(name: str, output: Any) -> bool:
    if not _NEARBY & set(own_words_of(name)):
        return False
    return any({"in_stock", "isbn", "author"} & obj.keys() for obj in objects_in(output))


def _per_call(raw: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(function name, arguments, output) of each call answered with JSON."""
    calls = {c["id"]: c for m in raw["messages"] for c in m.get("tool_calls") or []}
    out = []
    for m in raw["messages"]:
        call = calls.get(m.get("tool_call_id")) if m["role"] == "tool" else None
        if call is None:
            continue
        try:
            args, output = json.loads(call["function"]["arguments"]), json.loads(m["content"])
        except ValueError:
            continue
        out.append((call["function"]["name"], args if isinstance(args, dict) else {}, output))
    return out


def count(path: Path, verbose: bool) -> dict[str, int]:
    ctx = JudgeContext()
    totals = {"records": 0, "borrowed_records": 0, "borrowed_calls": 0,
              "other_country_calls": 0, "scrambled_calls": 0, "price_absent_calls": 0,
              "uncompleted_calls": 0, "fake_element_calls": 0,
              "generic_list_calls": 0, "definition_omitted_calls": 0,
              "nearby_not_place_calls": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        rec = Record.model_validate(raw)
        totals["records"] += 1
        found = shapes.check_view(build_view(rec), ctx)
        totals["borrowed_calls"] += len(found)
        totals["borrowed_records"] += bool(found)
        if verbose:
            for f in found:
                print(f"  {rec.conversation_id[-6:]} borrowed: {f.message}")
        view = build_view(rec)
        priced = [f for f in absent.check_view(view, ctx)
                  if any(w in f.message for w in ("price", "pricing", "fare"))]
        totals["price_absent_calls"] += len(priced)
        defined = [f for f in omitted.check_view(view, ctx) if "definition" in f.message]
        totals["definition_omitted_calls"] += len(defined)
        priced += defined
        if verbose:
            for f in priced:
                print(f"  {rec.conversation_id[-6:]} asked absent or omitted: {f.message}")
        for name, args, out in _per_call(raw):
            readings = {"scrambled": _scrambled(out),
                        "other_country": _other_country(args, out),
                        "uncompleted": filters._uncompleted(name, args, out) is not None,
                        "fake_element": _fake_element(out),
                        "generic_list": _generic_list(out),
                        "nearby_not_place": _nearby_not_place(name, out)}
            for what, found in readings.items():
                totals[f"{what}_calls"] += found
                if found and verbose:
                    print(f"  {rec.conversation_id[-6:]} {what}: {name}")
    return totals


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    for name in (a for a in argv if a != "-v"):
        print(name, count(Path(name), verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
