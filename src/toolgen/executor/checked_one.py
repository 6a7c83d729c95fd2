"""Reads that answer one record although their words look like a list's.

- A check of one value (`verify_email`, DeBounce's bare `Email` of "DeBounce Email
  Validation") answers that value's verdict: one record, not `{"emails": [...],
  "total": 1}` read back as "just 1 turned up" (ToolBench seed 8307853 #3). The check is
  said by the endpoint's name, or by its tool's name when the endpoint's name is a bare
  noun; a bulk check (`validate_emails`, a list argument, "list" / "search" words) stays
  a list.
- A plural that names one thing's aspect (`get_museum_hours` of the Louvre on Sunday:
  its opening hours, not a list of 16 hour records, BFCL seed 7 #214; a player's
  `stats`, a song's `lyrics`) asks for one record.

Pure; read once per endpoint by `actions`.
"""

from __future__ import annotations

import re

from toolgen.executor.values import schema_type, singular
from toolgen.records import Endpoint

_CHECKS = frozenset({"validate", "validation", "validator", "verify", "verification",
                     "verifier", "check", "checker", "checks"})
_MANY = frozenset({"list", "search", "find", "browse", "all", "query", "filter", "explore",
                   "bulk", "batch"})
ONE_THINGS = frozenset({"hours", "stats", "statistics", "settings", "specs",
                        "specifications", "lyrics", "dimensions", "preferences"})
"""Plural words that name one record's aspect."""
_WORD = re.compile(r"[a-z]+")


def checks_one_value(endpoint: Endpoint, words: list[str], verbs: frozenset[str]) -> bool:
    """Whether `endpoint` (its name `words`; `verbs` the words that say an action) checks
    one value (module doc)."""
    own = set(words)
    said = own if own & verbs else own | set(_WORD.findall(endpoint.tool_name.lower()))
    if not said & _CHECKS or said & _MANY:
        return False
    nouns = [w for w in words if w not in verbs and w not in _CHECKS]
    if any(singular(w) != w and w not in ONE_THINGS for w in nouns):
        return False
    return not any(schema_type(p.json_schema) == "array" for p in endpoint.parameters)
