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
  `idrjpy:cur`): example fields drawn apart.
Prints per file the records and calls of each, and with -v every call found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import objects_in
from toolgen.judge import JudgeContext
from toolgen.judge.realism import shapes
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


def count(path: Path, verbose: bool) -> dict[str, int]:
    ctx = JudgeContext()
    totals = {"records": 0, "borrowed_records": 0, "borrowed_calls": 0,
              "other_country_calls": 0, "scrambled_calls": 0}
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
        calls = {c["id"]: c for m in raw["messages"] for c in m.get("tool_calls") or []}
        for m in raw["messages"]:
            call = calls.get(m.get("tool_call_id")) if m["role"] == "tool" else None
            if call is None:
                continue
            try:
                args, out = json.loads(call["function"]["arguments"]), json.loads(m["content"])
            except ValueError:
                continue
            if _scrambled(out):
                totals["scrambled_calls"] += 1
                if verbose:
                    print(f"  {rec.conversation_id[-6:]} scrambled: "
                          f"{call['function']['name']}")
            if isinstance(args, dict) and _other_country(args, out):
                totals["other_country_calls"] += 1
                if verbose:
                    print(f"  {rec.conversation_id[-6:]} other country: "
                          f"{call['function']['name']}")
    return totals


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    for name in (a for a in argv if a != "-v"):
        print(name, count(Path(name), verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
