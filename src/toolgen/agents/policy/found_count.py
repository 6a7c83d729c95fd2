"""A listing's count that exceeds the items it lists is said as what was found.

`{"airports": [<Boston Logan>], "total": 11}` was answered "Boston Logan heads a list of
11": the answer claims eleven items where the reader sees one. `more_than_listed(count,
output)` relabels such a count fact (`clauses.FOUND_LABEL`), which the wording says as
"11 found; the first is Boston Logan" - the tool's figure, not the list's size. A count
equal to (or below) the list's length is returned unchanged.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.agents.offline.clauses import FOUND_LABEL


def more_than_listed(count: Fact, output: Any) -> Fact:
    """`count`, relabelled when it exceeds the items `output` lists (module doc)."""
    shown = _listed(output)
    try:
        said = int(count.value.replace(",", ""))
    except ValueError:
        return count
    if shown is None or said <= shown:
        return count
    return Fact(label=FOUND_LABEL, value=count.value)


def _listed(output: Any) -> int | None:
    if not isinstance(output, dict):
        return None
    items = next((v for v in output.values() if isinstance(v, list) and v
                  and isinstance(v[0], dict)), None)
    return len(items) if items is not None else None
