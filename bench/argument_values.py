"""Argument values a user states, counted as a reviewer reads the records.

For each JSONL file: the records, the user-stated argument values, and how many of those
a reviewer would not believe, by kind (`name_word`: a lone word of the tool's own name or
description; `echo_text`: a sentence of the tool's own words; `meaning`: implausible by
the parameter's meaning; `asked_boolean`: a yes/no flag the user was asked for), plus the
records with at least one. The checks live in `tests/agents/value_checks.py` and read
records only (no toolgen import).

    python bench/argument_values.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents import value_checks as vc

    verbose = "-v" in sys.argv
    head = " ".join(f"{k:>13}" for k in vc.KINDS)
    print(f"{'file':36} {'records':>7} {'stated':>7} {head} {'bad values':>10} {'bad recs':>8}")
    for arg in (a for a in sys.argv[1:] if a != "-v"):
        with open(arg, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        stated = sum(vc.stated_count(r) for r in records)
        kinds: Counter[str] = Counter()
        bad_records = 0
        for r in records:
            found = vc.value_findings(r)
            kinds.update(f[0] for f in found)
            bad_records += bool(found)
            if verbose:
                for kind, fn, name, value in found:
                    print(f"  {r['conversation_id'][-6:]} {kind:13} {fn}({name}={value!r})")
        cells = " ".join(f"{kinds[k]:13}" for k in vc.KINDS)
        print(f"{arg[-36:]:36} {len(records):7} {stated:7} {cells} {sum(kinds.values()):10} "
              f"{bad_records:8}")


if __name__ == "__main__":
    main()
