"""What the USER says, counted as a reviewer reads the records (and nothing else).

For each records JSONL file, the number of user turns with:

- `odd_token`: a word that is no English word, or a glued or truncated one ("judget0",
  "calorieninjas", a stray "p"), that is not part of a value the calls send (deliberate
  one-letter typos of English words are not counted);
- `name_shape`: a capability said as "the X for the Y" from the called function's own
  name words ("the p for the calorieninjas", "the rides for the hailing");
- `strung`: three or more values each introduced by a bare "for", "using" or "with"
  ("... for 2006, using letter, for myers, and with briggs").

Also: records, user turns, distinct endpoints called. The checks live in
`tests/agents/request_checks.py` and read records only.

    PYTHONPATH=src python bench/user_requests.py a.jsonl b.jsonl [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from agents import request_checks as rc

    verbose = "-v" in sys.argv
    keys = ("odd_token", "name_shape", "strung")
    print(f"{'file':36} {'records':>7} {'user turns':>10} " +
          " ".join(f"{k:>10}" for k in keys) + f" {'endpoints':>9}")
    for arg in (a for a in sys.argv[1:] if a != "-v"):
        records = [json.loads(line) for line in Path(arg).read_text().splitlines() if line]
        turns = sum(1 for r in records for m in r.get("messages", [])
                    if m.get("role") == "user")
        endpoints = {n for r in records for n, _ in rc.calls(r)}
        counts = dict.fromkeys(keys, 0)
        for record in records:
            found = rc.examine(record)
            for key in keys:
                counts[key] += len(found[key])
                if verbose:
                    for hit in found[key]:
                        print(f"  {key} {record['conversation_id'][-6:]}: {hit}")
        print(f"{arg[-36:]:36} {len(records):7} {turns:10} " +
              " ".join(f"{counts[k]:10}" for k in keys) + f" {len(endpoints):9}")


if __name__ == "__main__":
    main()
