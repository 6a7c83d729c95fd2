"""Regenerate the dashboard's record types from `Record.model_json_schema()`.

Writes dashboard/src/types/record.schema.json, then runs json-schema-to-typescript
(`npm run gen-types`) to write dashboard/src/types/record.ts. Both files are committed;
`--check` exits 1 when the committed schema is stale (tests run it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from toolgen.records import Record

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard"
SCHEMA_PATH = DASHBOARD / "src" / "types" / "record.schema.json"


def _drop_property_titles(node: Any) -> None:
    # Pydantic titles every field; json2ts would turn each into a type alias (`Message`
    # for a finding's message string, shadowing the Message model). Model titles stay.
    if isinstance(node, dict):
        for prop in (node.get("properties") or {}).values():
            if isinstance(prop, dict):
                prop.pop("title", None)
        for value in node.values():
            _drop_property_titles(value)
    elif isinstance(node, list):
        for value in node:
            _drop_property_titles(value)


def schema_text() -> str:
    schema = Record.model_json_schema()
    _drop_property_titles(schema)
    schema["title"] = "Record"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the schema is stale")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.is_file() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is stale: run scripts/gen_dashboard_types.py", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: wrote the schema only; run `npm run gen-types` in dashboard/")
        return 0
    subprocess.run([npm, "run", "--silent", "gen-types"], cwd=DASHBOARD, check=True)
    print(f"wrote {SCHEMA_PATH.name} and record.ts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
