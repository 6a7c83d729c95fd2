"""Endpoints with a required parameter no believable value can be drawn for.

For a corpus, the number of endpoints `ArgumentValues.unstatable` names (every draw of
some required string parameter is the endpoint's own words, and no listed option,
default or plain name stands in), and the parameter names that cause it, most frequent
first. `registry/realisable.py` may use the predicate to leave such endpoints out.

    PYTHONPATH=src python bench/unstatable_endpoints.py ../shared/corpora/bfcl
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.registry.loader import load_registry


def main() -> None:
    for arg in sys.argv[1:]:
        endpoints = list(load_registry(Path(arg)).endpoints)
        values = ArgumentValues(MockExecutor(3))
        found = [(e.function_name, values.unstatable(e)) for e in endpoints]
        found = [(name, params) for name, params in found if params]
        causes = Counter(p for _, params in found for p in params)
        print(f"{arg}: {len(endpoints)} endpoints, {len(found)} with an unstatable required "
              f"parameter")
        print("  " + ", ".join(f"{p} ({n})" for p, n in causes.most_common(20)))


if __name__ == "__main__":
    main()
