"""Decontamination report: overlap of an export's first user turns with benchmark queries.

Benchmark queries are read from a folder (ToolBench / StableToolBench query files and
BFCL question files, found by name); overlap is word n-gram based (a turn shorter than
n words counts as one n-gram), and tool names are compared exactly with BFCL's function
names (also with dots as underscores, the spelling tool-calling APIs require).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
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


@dataclass
class DecontamReport:
    n: int
    records: int
    queries: dict[str, int]
    flagged: dict[str, list[dict[str, Any]]]
    bfcl_functions: int
    tool_names: int
    tool_overlap: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ngram": self.n, "records": self.records, "benchmark_queries": self.queries,
            "flagged": {k: {"count": len(v), "examples": v[:10]} for k, v in self.flagged.items()},
            "bfcl_function_names": self.bfcl_functions, "export_tool_names": self.tool_names,
            "bfcl_tool_name_overlap": {"count": len(self.tool_overlap),
                                       "names": self.tool_overlap[:50]},
        }

    def lines(self) -> list[str]:
        out = [f"decontamination ({self.n}-gram overlap of first user turns, "
               f"{self.records} records):"]
        for name, total in sorted(self.queries.items()):
            hits = self.flagged.get(name, [])
            out.append(f"  {name}: {len(hits)} records share an n-gram with {total} queries")
        out.append(f"  BFCL tool names: {len(self.tool_overlap)} of {self.tool_names} export "
                   f"tool names are BFCL function names")
        return out


def decontaminate(records: Sequence[Record], bench: Benchmarks, n: int = 8) -> DecontamReport:
    index: dict[str, dict[tuple[str, ...], int]] = {}
    for name, queries in bench.queries.items():
        grams: dict[tuple[str, ...], int] = {}
        for qi, q in enumerate(queries):
            for g in ngrams(q, n):
                grams.setdefault(g, qi)
        index[name] = grams
    flagged: dict[str, list[dict[str, Any]]] = {name: [] for name in bench.queries}
    for record in records:
        mine = ngrams(first_user_turn(record), n)
        for name, grams in index.items():
            shared = [g for g in mine if g in grams]
            if shared:
                flagged[name].append({
                    "conversation_id": record.conversation_id,
                    "shared_ngrams": len(shared), "of": len(mine),
                    "query": bench.queries[name][grams[shared[0]]][:200],
                })
    names = _tool_names(records)
    bfcl = bench.bfcl_functions | {f.replace(".", "_") for f in bench.bfcl_functions}
    return DecontamReport(
        n=n, records=len(records), queries={k: len(v) for k, v in bench.queries.items()},
        flagged=flagged, bfcl_functions=len(bench.bfcl_functions), tool_names=len(names),
        tool_overlap=sorted(names & bfcl),
    )


def _tool_names(records: Iterable[Record]) -> set[str]:
    return {str(t.get("function", {}).get("name", "")) for r in records for t in r.tools} - {""}
