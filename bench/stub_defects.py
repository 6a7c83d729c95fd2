"""Records whose tool outputs are stubs, counted as a reviewer reads them.

For each JSONL file, the number of records where:
- `note_quoted`: an assistant answer says, as what a result holds, a record-keeping remark
  or a placeholder found in a tool output ("the first with description For internal use
  only", "its description is No description");
- `stub_output`: a successful tool output has an object whose only words are such a note
  next to ids, codes, links, timestamps, flags and counts (`{"panel_id", "panel_code",
  "is_active", "created_at", "description": "For internal use only."}`).

Reads records only (`toolgen.executor.notes.is_note` says what a note is).

    PYTHONPATH=src python bench/stub_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

from defect_counts import print_counts

from toolgen.executor.notes import is_note
from toolgen.executor.objects import objects_in

# Values that only point at, date or flag a record: generated ids, tag codes, links, stamps.
_POINTER = re.compile(r"[a-z]{2,6}_[0-9a-z]{4,}|[A-Z]{2}\d{4}|https?://\S+"
                      r"|\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?")
_POINTER_KEYS = re.compile(r"(?:^|_)(?:id|code|url|version|at|total|count|active)$",
                           re.IGNORECASE)


def _outputs(record: dict[str, Any]) -> Iterator[Any]:
    """The parsed output of each successful tool message."""
    for m in record.get("messages", []):
        if m.get("role") != "tool":
            continue
        try:
            doc = json.loads(m.get("content") or "")
        except ValueError:
            continue
        if isinstance(doc, dict) and "error" in doc:
            continue
        yield doc


def _notes(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(k), v) for doc in _outputs(record) for o in objects_in(doc)
            for k, v in o.items() if isinstance(v, str) and is_note(v, str(k))]


def _answers(record: dict[str, Any]) -> str:
    return "\n".join(m.get("content") or "" for m in record.get("messages", [])
                     if m.get("role") == "assistant" and not m.get("tool_calls")
                     and m.get("weight", 1) != 0).lower()


def note_quoted(record: dict[str, Any]) -> list[str]:
    """The notes of the record's outputs its answers say (see the module doc)."""
    said = _answers(record)
    out = []
    for key, note in _notes(record):
        text = note.strip().rstrip(".!").lower()
        word = re.split(r"[_\W]+", key.lower())[-1] or key.lower()
        if (len(text.split()) >= 2 and text in said) or re.search(
                rf"\b{re.escape(word)}(?:\s+(?:is|was))?\s*:?\s*{re.escape(text)}(?![\w/])",
                said):
            out.append(f"{key}={note!r}")
    return out


def _pointer(key: str, value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int | float):
        return bool(_POINTER_KEYS.search(key))
    return isinstance(value, str) and (bool(_POINTER.fullmatch(value.strip()))
                                       or bool(_POINTER_KEYS.search(key)))


def stub_output(record: dict[str, Any]) -> list[str]:
    """Objects of the record's outputs holding a note and nothing else but pointers."""
    out = []
    for doc in _outputs(record):
        for o in objects_in(doc):
            scalars = {k: v for k, v in o.items() if not isinstance(v, dict | list)}
            notes = [k for k, v in scalars.items() if isinstance(v, str) and is_note(v, str(k))]
            if notes and all(k in notes or _pointer(str(k), v) for k, v in scalars.items()):
                out.append(", ".join(sorted(map(str, o))))
                break
    return out


def main() -> None:
    print_counts({"note_quoted": note_quoted, "stub_output": stub_output}, sys.argv[1:])


if __name__ == "__main__":
    main()
