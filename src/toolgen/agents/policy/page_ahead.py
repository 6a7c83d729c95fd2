"""Whether a planned next page is there to fetch.

The pagination overlay plans a first page and a follow-up that continues from its cursor.
A rule may make the first page the whole answer (an airport search for San Jose answers
its one airport: `executor.nearest_airport`, "has_more": false), and the follow-up then
fetched "the next page" of a list that said it had none, announced as "More results are
available" (ToolBench seed 7 #42, #269). `pages_on` runs the first page on a fork of the
session (the same call index, so the same answer the real call gets) and says whether it
points at a next page; when it does not, the call is made plainly and the overlay waits
for a call that pages.
"""

from __future__ import annotations

from toolgen.episode.robustness import Attempt, run_attempts
from toolgen.executor import ExecutionSession


def pages_on(attempts: list[Attempt], call_id: str, session: ExecutionSession) -> bool:
    """True unless `attempts` fetch a next page after a first page that says it is the
    last (no `next_cursor` to continue from, as `robustness.continue_page` reads it)."""
    if len(attempts) < 2 or attempts[-1].recovery != "pagination":
        return True
    first = run_attempts(attempts[:1], session.fork(), call_id)[-1][2]
    if first.status == "empty":  # nothing found (no nonstop that far): no page after it
        return False
    output = first.output
    return first.status != "ok" or (isinstance(output, dict)
                                    and output.get("next_cursor") is not None)
