"""How records name what was asked and what happened, counted as a reviewer reads them.

For each JSONL file, the number of records with: an offered function's raw or glued name in
a user or assistant turn (`raw_name`), a create/booking call handled as a search
(`create_as_lookup`: answered with a list, a result count, or asked for by its API name),
and a namespaced name recited around its verb (`name_verb_recital`, "religion history
get"). The checks live in `tests/agents/language_checks.py` and read records only.

    PYTHONPATH=src python bench/naming_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from defect_counts import print_counts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents import language_checks as lc

    print_counts({"raw_name": lc.raw_names_in_text, "create_as_lookup": lc.create_as_lookup,
                  "name_verb_recital": lc.name_verb_recitals}, sys.argv[1:])


if __name__ == "__main__":
    main()
