"""A fixed Python workload that turns instruction counts into seconds on this machine.

Instruction counts (valgrind) do not move with the machine's load, but people read
seconds. `bench/startup_speed.py` runs this workload natively (CPU time, the least of a
few runs, so a busy neighbour inflates it as little as possible) and once under
valgrind (instructions); instructions / CPU second is this machine's rate for
interpreter-bound Python, and a command's instructions divided by it estimate the CPU
seconds it takes on a quiet machine. The rate is only as good as the likeness of the
workloads: this one does what corpus loading does (parse JSON documents, walk and
rebuild dicts, regex substitution and search, string methods, small objects, sorting).

It is stdlib only and never changes with toolgen, so the rate means the same in a
before and an after column. Run alone it prints its checksum:

    .venv/bin/python bench/reference_workload.py [ROUNDS]
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

ROUNDS = 60
_WORD = re.compile(r"[A-Za-z]+")
_SPACES = re.compile(r"[\s_\-]+")


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    kind: str
    required: bool


def _document(n: int) -> str:
    """A ToolBench-like tool document (fixed content, varied by `n`)."""
    api = [{"name": f"Get item_{n}-{k} details", "method": "GET",
            "description": f"Returns the details of item {k} of list {n} by its id.",
            "required_parameters": [{"name": f"item_id_{j}", "type": "STRING",
                                     "description": "The item's id", "default": str(j)}
                                    for j in range(3)],
            "optional_parameters": [{"name": "page", "type": "NUMBER", "default": 1}],
            "schema": {"type": "object", "properties": {
                f"field_{j}": {"type": "string" if j % 2 else "integer"} for j in range(6)}}}
           for k in range(8)]
    return json.dumps({"tool_name": f"Tool {n}", "tool_description": "A tool " * 20,
                       "api_list": api})


def _fields(endpoint: dict[str, object]) -> list[_Field]:
    out = []
    for key, required in (("required_parameters", True), ("optional_parameters", False)):
        for param in endpoint.get(key) or []:  # type: ignore[attr-defined]
            name = _SPACES.sub("_", str(param["name"]).strip().lower())
            out.append(_Field(name, str(param.get("type", "string")).lower(), required))
    return out


def workload(rounds: int = ROUNDS) -> int:
    """Do the work; returns a checksum so nothing is optimised away."""
    total = 0
    texts = [_document(n) for n in range(40)]
    for _ in range(rounds):
        for text in texts:
            doc = json.loads(text)
            for endpoint in doc["api_list"]:
                fields = sorted(_fields(endpoint), key=lambda f: (not f.required, f.name))
                words = _WORD.findall(endpoint["description"])
                props = {k: v["type"] for k, v in endpoint["schema"]["properties"].items()}
                total += len(fields) + len(words) + len(props)
                total += sum(1 for w in words if w.endswith("s") or w.istitle())
    return total


if __name__ == "__main__":
    print(workload(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS))
