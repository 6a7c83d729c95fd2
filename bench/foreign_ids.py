"""Reviewer-style count of foreign ids: call arguments holding an id another tool's output
gave, of a format the receiving API's own ids (its schema's default or example) do not
have (`prd_c4d030` as an Amazon `productId` like `B094G2J7MV`); beside it, every call
carrying an id from another tool's output whatever its format (`cross_tool_id_calls`).
The checks live in `tests/pipeline/foreign_id_checks.py` and read the records JSONL only.

    PYTHONPATH=src python bench/foreign_ids.py RUN.jsonl [RUN2.jsonl ...] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from toolgen.io.jsonl import read_dicts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from pipeline.foreign_id_checks import cross_tool_ids, foreign_ids

    verbose = "-v" in sys.argv[1:]
    for arg in (a for a in sys.argv[1:] if a != "-v"):
        records = [r for r in read_dicts(Path(arg)) if isinstance(r, dict)]
        found = [(str(r.get("conversation_id", "")), foreign_ids(r)) for r in records]
        calls = sum(len(hits) for _, hits in found)
        flagged = [cid for cid, hits in found if hits]
        crossing = sum(len(cross_tool_ids(r)) for r in records)
        print(f"{arg}: records={len(records)} foreign_id_calls={calls} "
              f"records_with_foreign_ids={len(flagged)} cross_tool_id_calls={crossing}")
        if verbose:
            for cid, hits in found:
                for hit in hits:
                    print(f"  {cid.rsplit('-', 1)[-1]}: {hit}")


if __name__ == "__main__":
    main()
