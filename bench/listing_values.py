"""Listings and values, counted as a reviewer reads the records.

For each JSONL file: the records, and how many findings of each kind of
`tests/agents/listing_value_checks.py` (`thin_listing`: a search's answer naming at most
one thing of its first item; `price_off`: a price outside what the named thing costs;
`absurd_arg`: an argument outside any believable range), the records with at least one,
and `same_venue` (venue leaves naming a venue the file puts in two or more cities).
Reads records only (no toolgen import).

    python bench/listing_values.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents import listing_value_checks as lc

    verbose = "-v" in sys.argv
    head = " ".join(f"{k:>12}" for k in lc.KINDS)
    print(f"{'file':40} {'records':>7} {head} {'bad recs':>8} {'same_venue':>10}")
    for arg in (a for a in sys.argv[1:] if a != "-v"):
        records = [json.loads(line) for line in Path(arg).read_text().splitlines() if line]
        counts: Counter[str] = Counter()
        bad = 0
        for r in records:
            found = lc.findings(r)
            counts.update(kind for kind, _, _ in found)
            bad += bool(found)
            if verbose:
                for kind, where, detail in found:
                    print(f"  {r['conversation_id']} {kind} {where}: {detail}")
        cells = " ".join(f"{counts[k]:>12}" for k in lc.KINDS)
        print(f"{arg[-40:]:40} {len(records):>7} {cells} {bad:>8} {lc.same_venues(records):>10}")


if __name__ == "__main__":
    main()
