"""How the user and the assistant talk, counted as a reviewer reads records.

For each JSONL file, the number of records with: a closing answered as something else
(`closing_mismatch`: "You're welcome" to "OK.", "Have a good day." not returned), an id
the user states after tools ran that no message showed (`unknowable_ids`), and an article
before a preposition (`article_garble`: "I submitted an at coordinate"). The checks live
in `tests/agents/talk_checks.py` and read records only.

    PYTHONPATH=src python bench/talk_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from toolgen.io.jsonl import read_dicts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents.talk_checks import CHECKS

    verbose = "-v" in sys.argv
    print(f"{'file':44} {'records':>7} " + " ".join(f"{k:>17}" for k in CHECKS))
    for arg in (a for a in sys.argv[1:] if a != "-v"):
        records = [r for r in read_dicts(Path(arg)) if isinstance(r, dict)]
        found = {k: [(r["conversation_id"], check(r)) for r in records] for k, check in
                 CHECKS.items()}
        counts = {k: sum(1 for _, hits in v if hits) for k, v in found.items()}
        print(f"{arg[-44:]:44} {len(records):7} " + " ".join(f"{counts[k]:17}" for k in CHECKS))
        if verbose:
            for k, rows in found.items():
                for cid, hits in rows:
                    if hits:
                        print(f"  {k}: {cid}: {hits[:2]}")


if __name__ == "__main__":
    main()
