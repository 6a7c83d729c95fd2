"""BFCL records whose tools answer wrong or stale, counted as a reviewer reads them.

For each JSONL file, the number of records where:
- `sent_unseen`: a view of the messages sent (`view_messages_sent`) after a
  `send_message` does not hold the text just sent, or is no map of texts by receiver;
- `look_retitled`: a painting made of a look only (`painting_create(shape=...)`) is listed
  by a later call under a title that says nothing of it ("Girl with a Pearl Earring");
- `one_number_stat`: a statistic (mean, deviation, t-test, median...) is called with a
  sample of one number (`mean(numbers=[487])`);
- `dontcare_said`: BFCL's no-filter word 'dontcare' appears in a tool output or in what
  the user says;
- `kelvin_unsaid`: a temperature a Kelvin call returned is said in an answer without "K";
- `stat_uncomputed`: a sample statistic (median, variance, mode, a t-test) answers a
  market quote (`change_percent`) or no figure beside the arguments echoed back;
- `name_recited`: the user asks to "save the find nearby" (a function name read as words).

Reads records only; the rules here are written from BFCL's function docs, not from the
generator's code.

    PYTHONPATH=src python bench/bfcl_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

from defect_counts import print_counts

# Argument names BFCL's statistics take their sample under.
_SAMPLES = frozenset({"numbers", "data", "group1", "group2", "dataset_a", "dataset_b",
                      "sample1", "sample2", "array_1", "array_2", "array1", "array2"})
_LOOKS = ("shape", "background_color", "color")


def _calls(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(function name, arguments, parsed output) of each call, in order."""
    outputs: dict[str, Any] = {}
    for m in record.get("messages", []):
        if m.get("role") == "tool":
            try:
                outputs[m.get("tool_call_id", "")] = json.loads(m.get("content") or "")
            except ValueError:
                outputs[m.get("tool_call_id", "")] = None
    for m in record.get("messages", []):
        for c in m.get("tool_calls") or []:
            try:
                args = json.loads(c["function"]["arguments"] or "{}")
            except ValueError:
                args = {}
            yield c["function"]["name"], args, outputs.get(c.get("id"))


def sent_unseen(record: dict[str, Any]) -> list[str]:
    sent: list[str] = []
    out = []
    for name, args, output in _calls(record):
        if name.startswith("send_message") and isinstance(args.get("message"), str):
            sent.append(args["message"])
        elif name.startswith("view_messages_sent") and isinstance(output, dict) and (
                "error" not in output):
            groups = output.get("messages")
            texts = [t for v in groups.values() if isinstance(v, list) for t in v] if (
                isinstance(groups, dict)) else []
            if not texts or any(s not in texts for s in sent):
                out.append(json.dumps(output)[:80])
    return out


def look_retitled(record: dict[str, Any]) -> list[str]:
    made: dict[str, list[str]] = {}
    out = []
    for name, args, output in _calls(record):
        if name.startswith("painting_create") and isinstance(output, dict) and not (
                args.keys() & {"subject", "title", "name"}):
            ident = output.get("painting_id")
            if isinstance(ident, str):
                made[ident] = [str(args[k]).lower() for k in _LOOKS if k in args]
            continue
        for item in _items(output):
            looks = made.get(str(item.get("painting_id")))
            title = str(item.get("title", "")).lower()
            if looks and title and not any(look in title for look in looks):
                out.append(title)
    return out


def _items(output: Any) -> Iterator[dict[str, Any]]:
    if isinstance(output, dict):
        yield output
        for v in output.values():
            if isinstance(v, list):
                yield from (i for i in v if isinstance(i, dict))


def one_number_stat(record: dict[str, Any]) -> list[str]:
    return [f"{name}({key}={value})" for name, args, _ in _calls(record)
            for key, value in args.items()
            if key.lower() in _SAMPLES and isinstance(value, list) and len(value) == 1
            and isinstance(value[0], int | float)]


def dontcare_said(record: dict[str, Any]) -> list[str]:
    out = []
    for m in record.get("messages", []):
        if m.get("role") in ("tool", "user") and "dontcare" in (m.get("content") or "").lower():
            out.append(f"{m['role']}: {(m.get('content') or '')[:60]}")
    return out


def kelvin_unsaid(record: dict[str, Any]) -> list[str]:
    answers = "\n".join(m.get("content") or "" for m in record.get("messages", [])
                        if m.get("role") == "assistant" and not m.get("tool_calls"))
    out = []
    for _, args, output in _calls(record):
        units = str(args.get("units") or args.get("unit") or "").lower()
        if not (units.startswith("k") or units == "standard") or not isinstance(output, dict):
            continue
        value = output.get("temperature")
        if isinstance(value, int | float) and re.search(
                rf"(?<![\d.]){re.escape(str(value))}(?!\d| ?K\b)", answers):
            out.append(str(value))
    return out


_STATS = re.compile(r"median|variance|mode|ttest|t_test")
_COUNTS = frozenset({"total", "count", "version", "page"})  # how many, not the statistic


def stat_uncomputed(record: dict[str, Any]) -> list[str]:
    out = []
    for name, args, output in _calls(record):
        if not _STATS.search(name) or not any(isinstance(v, list) for v in args.values()):
            continue
        if not isinstance(output, dict) or "error" in output:
            continue
        figures = [k for k, v in output.items() if isinstance(v, int | float)
                   and not isinstance(v, bool) and k not in args and k not in _COUNTS]
        if not figures or "change_percent" in output:
            out.append(f"{name}: {json.dumps(output)[:60]}")
    return out


def name_recited(record: dict[str, Any]) -> list[str]:
    return [m["content"][:60] for m in record.get("messages", [])
            if m.get("role") == "user" and "the find nearby" in (m.get("content") or "")]


def main() -> None:
    print_counts({"sent_unseen": sent_unseen, "look_retitled": look_retitled,
                  "one_number_stat": one_number_stat, "dontcare_said": dontcare_said,
                  "kelvin_unsaid": kelvin_unsaid, "stat_uncomputed": stat_uncomputed,
                  "name_recited": name_recited}, sys.argv[1:])


if __name__ == "__main__":
    main()
