"""What a record of a noun holds when its fields belong together: one row of facts.

A diagnosis service's panel is a named group of tests ("Lipid Panel": total cholesterol,
HDL, LDL, triglycerides), a symptom has a name and the body system it concerns, a word of
the day its part of speech and meaning, a fashion house the year and city it was founded
in. Drawn field by field they would contradict each other (a "Lipid Panel" of haemoglobin
and platelets), so `contents` gives such a record a `name` drawn from `ROWS[noun]` and
the row's other keys, and `rows_finish(shape_text)` sets those keys from the row the drawn
name belongs to. Data and one finish step; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.objects import objects_in

Row = dict[str, Any]

ROWS: dict[str, tuple[Row, ...]] = {
    "panel": (
        {"name": "Basic Metabolic Panel",
         "tests": ["Glucose", "Calcium", "Sodium", "Potassium", "Chloride", "Bicarbonate",
                   "Blood urea nitrogen", "Creatinine"]},
        {"name": "Lipid Panel",
         "tests": ["Total cholesterol", "HDL cholesterol", "LDL cholesterol",
                   "Triglycerides"]},
        {"name": "Liver Function Panel",
         "tests": ["ALT", "AST", "Alkaline phosphatase", "Bilirubin", "Albumin",
                   "Total protein"]},
        {"name": "Thyroid Panel", "tests": ["TSH", "Free T4", "Free T3"]},
        {"name": "Complete Blood Count",
         "tests": ["White blood cells", "Red blood cells", "Hemoglobin", "Hematocrit",
                   "Platelets"]},
        {"name": "Renal Function Panel",
         "tests": ["Creatinine", "Blood urea nitrogen", "eGFR", "Phosphorus", "Albumin"]},
        {"name": "Iron Panel",
         "tests": ["Serum iron", "Ferritin", "Transferrin saturation",
                   "Total iron-binding capacity"]},
    ),
    "symptom": (
        {"name": "Headache", "body_system": "Nervous system"},
        {"name": "Shortness of breath", "body_system": "Breathing"},
        {"name": "Chest pain", "body_system": "Heart and circulation"},
        {"name": "Fatigue", "body_system": "General"},
        {"name": "Joint pain", "body_system": "Muscles and joints"},
        {"name": "Nausea", "body_system": "Digestion"},
        {"name": "Persistent cough", "body_system": "Breathing"},
        {"name": "Dizziness", "body_system": "Nervous system"},
        {"name": "Skin rash", "body_system": "Skin"},
        {"name": "Fever", "body_system": "General"},
    ),
    "word": (
        {"name": "serendipity", "part_of_speech": "noun",
         "definition": "The occurrence of happy events by chance."},
        {"name": "ephemeral", "part_of_speech": "adjective",
         "definition": "Lasting for a very short time."},
        {"name": "edify", "part_of_speech": "verb",
         "definition": "To instruct or improve someone morally or intellectually."},
        {"name": "laconic", "part_of_speech": "adjective",
         "definition": "Using very few words."},
        {"name": "quixotic", "part_of_speech": "adjective",
         "definition": "Extremely idealistic; unrealistic and impractical."},
        {"name": "ruminate", "part_of_speech": "verb",
         "definition": "To think deeply about something."},
    ),
    "maison": (
        {"name": "Chanel", "founded": 1910, "city": "Paris"},
        {"name": "Christian Dior", "founded": 1946, "city": "Paris"},
        {"name": "Givenchy", "founded": 1952, "city": "Paris"},
        {"name": "Balenciaga", "founded": 1917, "city": "San Sebastián"},
        {"name": "Valentino", "founded": 1960, "city": "Rome"},
        {"name": "Schiaparelli", "founded": 1927, "city": "Paris"},
    ),
    "role": (
        {"name": "Administrator", "description": "Full access to settings, agents and "
                                                 "billing."},
        {"name": "Supervisor", "description": "Manages agents and can reassign tickets."},
        {"name": "Agent", "description": "Can view, reply to and resolve tickets."},
        {"name": "Account Administrator", "description": "Manages the account and its "
                                                          "subscription."},
    ),
}

# Drawn name -> (noun, row), for the finish.
_BY_NAME: dict[str, Row] = {row["name"]: row for rows in ROWS.values() for row in rows}
# Per table, what its shapes hold: its first name, quoted (the finish acts on rows only).
_MARKERS = tuple(f'"{rows[0]["name"]}"' for rows in ROWS.values())


def _schema_of(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, list):
        return {"type": "array", "items": {"type": "string"}}
    return {"type": "string"}


def row_fields(noun: str) -> dict[str, Any] | None:
    """The fields of a record of `noun` drawn as one row (None for a noun of no table)."""
    rows = ROWS.get(noun)
    if rows is None:
        return None
    fields: dict[str, Any] = {"name": {"type": "string",
                                       "enum": [row["name"] for row in rows]}}
    for key, value in rows[0].items():
        if key != "name":
            fields[key] = _schema_of(value)
    return fields


def _fill(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    for obj in objects_in(output):
        name = obj.get("name")
        row = _BY_NAME.get(name) if isinstance(name, str) else None
        if row is None:
            continue
        for key, value in row.items():
            if key in obj:
                obj[key] = list(value) if isinstance(value, list) else value


def rows_finish(shape_text: str) -> Callable[[Any, dict[str, Any], random.Random], None] | None:
    """The step setting a row's fields from its drawn name, when `shape_text` (the schema
    as JSON) holds one of the tables' names."""
    return _fill if any(m in shape_text for m in _MARKERS) else None
