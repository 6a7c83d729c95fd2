"""The table the defect counters print: per JSONL file, how many records each check flags.

    print_counts({"kind": check, ...}, sys.argv[1:])   # "-v" lists the flagged records
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from toolgen.io.jsonl import read_dicts

Check = Callable[[dict[str, Any]], list[Any]]


def print_counts(checks: Mapping[str, Check], args: list[str]) -> None:
    """One row per file of `args` (records flagged by each check); `-v` names them."""
    verbose = "-v" in args
    print(f"{'file':44} {'records':>7} " + " ".join(f"{k:>17}" for k in checks))
    for arg in (a for a in args if a != "-v"):
        records = [r for r in read_dicts(Path(arg)) if isinstance(r, dict)]
        found = {k: [(r["conversation_id"], check(r)) for r in records]
                 for k, check in checks.items()}
        counts = {k: sum(1 for _, hits in v if hits) for k, v in found.items()}
        print(f"{arg[-44:]:44} {len(records):7} " + " ".join(f"{counts[k]:17}" for k in checks))
        if verbose:
            for k, rows in found.items():
                for cid, hits in rows:
                    if hits:
                        print(f"  {k}: {cid}: {hits[:2]}")
