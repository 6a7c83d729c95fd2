"""What a call sets is what its answer says is now current.

`cd(folder="shared/design")` answered `{"current_working_directory": "Team Docs"}` (BFCL
seed 13 #101), and the assistant reported the move into a folder nobody named. An
endpoint that takes one text and answers one `current_*` or `new_*` field sets that field
to the text sent. In place, deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_NOW = ("current", "new")


def set_to_finish(endpoint: Endpoint, top: dict[str, Any]) -> Finish | None:
    """The step that makes the answer's one `current_*`/`new_*` field the text sent; None
    when the endpoint does not take exactly one text or answers no such single field."""
    texts = [p for p in endpoint.parameters if p.json_schema.get("type") == "string"]
    if len(endpoint.parameters) != 1 or len(texts) != 1:
        return None
    now = [k for k, v in top.items() if isinstance(v, dict) and v.get("type") == "string"
           and normalize_key(k).split("_", 1)[0] in _NOW]
    if len(now) != 1:
        return None
    key, arg = now[0], normalize_key(texts[0].name)

    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = args.get(arg)
        if isinstance(output, dict) and key in output and isinstance(sent, str) and sent:
            output[key] = sent

    return fit
