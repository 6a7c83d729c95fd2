"""How the user and the assistant talk, counted as a reviewer reads records.

For each JSONL file, the number of records with: a closing answered as something else
(`closing_mismatch`: "You're welcome" to "OK.", "Have a good day." not returned), an id
the user states after tools ran that no message showed (`unknowable_ids`), an article
before a preposition (`article_garble`: "I submitted an at coordinate"), a phrase no person
says (`garbled_phrase`: "give me a random the forest train", "from result 0 onwards"), a
hotel stay of more than a month (`long_stay`), a road route across continents
(`far_drive`: Auckland to Boston avoiding tolls) and a Polish postcode of another city
(`city_postcode`: Warsaw at 90-811). The checks live in `tests/agents/talk_checks.py` and
read records only.

    PYTHONPATH=src python bench/talk_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from defect_counts import print_counts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents.talk_checks import CHECKS

    print_counts(CHECKS, sys.argv[1:])


if __name__ == "__main__":
    main()
