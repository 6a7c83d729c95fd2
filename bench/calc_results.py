"""Count calculation calls whose tool output holds no computed result.

Reads ONLY the records JSONL. A calculation call is one whose function name calculates
(calculate, calc, compute, calculator) or names a formula the judge can recompute, or
looks up a particle's mass or size. Its output holds no computed result when it is a
listing of records (ids, links, a list of objects), when it has no figure of its own
(only the arguments echoed back, no reason given), or when the judge's independent recomputation
(`judge.realism.calculations`) disagrees by more than 1 %. Failed calls are not counted.

    python bench/calc_results.py RUN.jsonl [RUN2.jsonl ...] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from toolgen.judge.realism.calculations import is_calculation, reason


def _calls(record: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """(function name, description, arguments, output) of each answered call."""
    outputs = {m.get("tool_call_id"): m.get("content") for m in record["messages"]
               if m["role"] == "tool"}
    described = {t["function"]["name"]: t["function"].get("description", "")
                 for t in record.get("tools", []) if isinstance(t.get("function"), dict)}
    out = []
    for m in record["messages"]:
        for tc in m.get("tool_calls") or []:
            fn = tc["function"]
            try:
                args = json.loads(fn["arguments"])
                output = json.loads(outputs.get(tc["id"]) or "null")
            except json.JSONDecodeError:
                continue
            out.append((fn["name"], described.get(fn["name"], ""), args, output))
    return out


def _own_figure(output: dict[str, Any], args: dict[str, Any]) -> bool:
    echoed = {k.lower() for k in args}
    return any(k.lower() not in echoed and (
        (isinstance(v, int | float | str) and not isinstance(v, bool)
         and _numeric(v)) or (isinstance(v, list) and v and all(
             isinstance(x, int | float) for x in v)) or isinstance(v, bool))
        for k, v in output.items())


def _numeric(v: Any) -> bool:
    try:
        float(v)
    except (TypeError, ValueError):
        return False
    return True


def classify(name: str, description: str, args: Any, output: Any) -> str | None:
    """'ok', a defect class, or None when the call is no calculation or failed."""
    if not isinstance(args, dict) or not isinstance(output, dict) or "error" in output:
        return None
    if not is_calculation(name, args):
        return None
    why = reason(name, description, args, output)
    if why is not None:
        return "entity_listing" if why.startswith("a calculation answered") else "wrong_value"
    if any(v is None for v in output.values()) and isinstance(output.get("message"), str):
        return "ok"  # no answer, and the reason said ("the sides form no triangle")
    return "ok" if _own_figure(output, args) else "no_figure"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true")
    opts = parser.parse_args()
    for run in opts.runs:
        counts: Counter[str] = Counter()
        for line in run.read_text().splitlines():
            record = json.loads(line)
            for name, description, args, output in _calls(record):
                kind = classify(name, description, args, output)
                if kind is None:
                    continue
                counts[kind] += 1
                if opts.show and kind != "ok":
                    print(f"  {record['conversation_id'][-6:]} {kind}: {name} "
                          f"{json.dumps(args)[:80]} -> {json.dumps(output)[:120]}")
        bad = sum(v for k, v in counts.items() if k != "ok")
        print(f"{run}: calculation calls {sum(counts.values())}, without a computed "
              f"result {bad} ({dict(sorted(counts.items()))})")


if __name__ == "__main__":
    main()
