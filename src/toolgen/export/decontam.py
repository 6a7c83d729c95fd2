"""Decontamination report: overlap of an export's first user turns with benchmark queries.

Benchmark queries are read from a folder (ToolBench / StableToolBench query files and
BFCL question files, found by name); overlap is word n-gram based (a turn shorter than
n words counts as one n-gram), and tool names are compared exactly with BFCL's function
names (also with dots as underscores, the spelling tool-calling APIs require).
`DecontamScan` reads the export's records one at a time and keeps counts, not records.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolgen.records import Record

_WORD = re.compile(r"\w+")


def ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < n:
        return {tuple(words)}
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@dataclass
class Benchmarks:
    """Queries per benchmark name, and BFCL's function names."""

    queries: dict[str, list[str]] = field(default_factory=dict)
    bfcl_functions: set[str] = field(default_factory=set)


def _json_lines(path: Path) -> Iterator[Any]:
    text = path.read_text(encoding="utf-8")
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for line in text.splitlines():
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue


def _bfcl_file(path: Path, bench: Benchmarks) -> None:
    for entry in _json_lines(path):
        if not isinstance(entry, dict):
            continue
        if "name" in entry and "parameters" in entry:  # multi_turn_func_doc line
            bench.bfcl_functions.add(str(entry["name"]))
            continue
        turns = entry.get("question") or []
        first = turns[0] if turns and isinstance(turns[0], list) else turns
        for msg in first:
            if isinstance(msg, dict) and msg.get("role") == "user":
                bench.queries.setdefault("BFCL", []).append(str(msg.get("content", "")))
                break
        for fn in entry.get("function") or []:
            if isinstance(fn, dict) and "name" in fn:
                bench.bfcl_functions.add(str(fn["name"]))


def _toolbench_file(path: Path, bench: Benchmarks, name: str) -> None:
    for entry in _json_lines(path):
        items = entry if isinstance(entry, list) else [entry]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("query"), str):
                bench.queries.setdefault(name, []).append(item["query"])


def load_benchmarks(root: Path) -> Benchmarks:
    bench = Benchmarks()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("toolenv", "possible_answer"))
        for fname in sorted(filenames):
            path = Path(dirpath) / fname
            if not fname.endswith(".json"):
                continue
            if fname.startswith("BFCL_") or "multi_turn_func_doc" in dirpath:
                _bfcl_file(path, bench)
            elif "StableToolBench" in dirpath and "instruction" in fname:
                _toolbench_file(path, bench, "StableToolBench")
            elif "query" in fname or "instruction" in fname:
                _toolbench_file(path, bench, "ToolBench")
    return bench


def first_user_turn(record: Record) -> str:
    return next((m.content or "" for m in record.messages if m.role == "user"), "")


EXAMPLES = 10  # flagged records kept per benchmark for the report


@dataclass
class DecontamReport:
    n: int
    records: int
    queries: dict[str, int]
    flagged: dict[str, list[dict[str, Any]]]  # the first EXAMPLES flagged records
    flagged_count: dict[str, int]
    bfcl_functions: int
    tool_names: int
    tool_overlap: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ngram": self.n, "records": self.records, "benchmark_queries": self.queries,
            "flagged": {k: {"count": self.flagged_count[k], "examples": v[:EXAMPLES]}
                        for k, v in self.flagged.items()},
            "bfcl_function_names": self.bfcl_functions, "export_tool_names": self.tool_names,
            "bfcl_tool_name_overlap": {"count": len(self.tool_overlap),
                                       "names": self.tool_overlap[:50]},
        }

    def lines(self) -> list[str]:
        out = [f"decontamination ({self.n}-gram overlap of first user turns, "
               f"{self.records} records):"]
        for name, total in sorted(self.queries.items()):
            hits = self.flagged_count.get(name, 0)
            out.append(f"  {name}: {hits} records share an n-gram with {total} queries")
        out.append(f"  BFCL tool names: {len(self.tool_overlap)} of {self.tool_names} export "
                   f"tool names are BFCL function names")
        return out


class DecontamScan:
    """The report built record by record: counts and the first flagged examples, and the
    set of tool names (bounded by the corpus), never the records."""

    def __init__(self, bench: Benchmarks, n: int = 8) -> None:
        self.bench, self.n = bench, n
        self.index: dict[str, dict[tuple[str, ...], int]] = {}
        for name, queries in bench.queries.items():
            grams: dict[tuple[str, ...], int] = {}
            for qi, q in enumerate(queries):
                for g in ngrams(q, n):
                    grams.setdefault(g, qi)
            self.index[name] = grams
        self.flagged: dict[str, list[dict[str, Any]]] = {name: [] for name in bench.queries}
        self.count = dict.fromkeys(bench.queries, 0)
        self.names: set[str] = set()
        self.records = 0

    def add(self, record: Record) -> None:
        self.records += 1
        mine = ngrams(first_user_turn(record), self.n)
        for name, grams in self.index.items():
            shared = [g for g in mine if g in grams]
            if not shared:
                continue
            self.count[name] += 1
            if len(self.flagged[name]) < EXAMPLES:
                self.flagged[name].append({
                    "conversation_id": record.conversation_id,
                    "shared_ngrams": len(shared), "of": len(mine),
                    "query": self.bench.queries[name][grams[shared[0]]][:200],
                })
        self.names.update(str(t.get("function", {}).get("name", "")) for t in record.tools)

    def report(self) -> DecontamReport:
        names = self.names - {""}
        functions = self.bench.bfcl_functions
        bfcl = functions | {f.replace(".", "_") for f in functions}
        return DecontamReport(
            n=self.n, records=self.records,
            queries={k: len(v) for k, v in self.bench.queries.items()},
            flagged=self.flagged, flagged_count=self.count, bfcl_functions=len(functions),
            tool_names=len(names), tool_overlap=sorted(names & bfcl),
        )


def decontaminate(records: Iterable[Record], bench: Benchmarks, n: int = 8) -> DecontamReport:
    scan = DecontamScan(bench, n)
    for record in records:
        scan.add(record)
    return scan.report()
