"""One product across a record, counted as a reviewer reads records.

For each JSONL file, the number of records with: a description, material, category or
generic name of another kind of thing than the product's name says (`misfit_text`), one
product priced two ways (`price_drift`), a brand known for other things or two brands for
one product (`brand_misfit`), a rating of 0 read as a rating or a status glued to a
rating in an answer (`rating_talk`), and an id of one API passed to another whose ids look
otherwise (`foreign_id`). The checks live in `tests/executor/product_checks.py` and read
records only.

    PYTHONPATH=src python bench/product_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from defect_counts import print_counts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from executor.product_checks import CHECKS

    print_counts(CHECKS, sys.argv[1:])


if __name__ == "__main__":
    main()
