"""Reviewer-style count of tool outputs that disagree with each other within one record
(paged queries with disagreeing totals or growing pages, answers misreporting a paged
listing, one id named two ways); the checks live in `tests/pipeline/cross_call_checks.py`
and read the records JSONL only.

    python bench/cross_call_defects.py RUN.jsonl [RUN2.jsonl ...] [--show CLASS]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import orjson

from toolgen.io.jsonl import full_dict

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from pipeline.cross_call_checks import CLASSES, defects

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--show", choices=CLASSES)
    ns = ap.parse_args()
    for path in ns.files:
        totals: Counter[str] = Counter()
        records = 0
        shown: list[str] = []
        with path.open("rb") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = full_dict(orjson.loads(line))
                records += 1
                found = defects(rec)
                totals.update(found)
                if ns.show and found[ns.show]:
                    shown.append(str(rec.get("conversation_id", "")))
        row = "  ".join(f"{c}={totals[c]}" for c in CLASSES)
        print(f"{path.name}: records={records}  {row}")
        if shown:
            print("  " + " ".join(s.rsplit("-", 1)[-1] for s in shown))


if __name__ == "__main__":
    main()
