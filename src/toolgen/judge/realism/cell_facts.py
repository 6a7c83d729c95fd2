"""A cell-biology lookup answered with a fact the textbook contradicts.

BFCL's `biology.get_cell_info(cell_type="hepatocyte")` answered `"location":
"endoplasmic reticulum"` (a hepatocyte is a liver cell), `cell_biology.function_lookup(
molecule="hemoglobin")` `"function": "detoxification"`, `cellbio.get_proteins(
cell_compartment="nucleus")` Catalase (a peroxisome's enzyme). A reader who knows the
biology refuses the record. Kind `cell_fact_contradiction`, read against the fact tables
of `executor.cell_facts`:

- a call naming a known cell type or molecule (`cell_type`, `molecule`) whose answer's
  `function` or `location` shares no word with what the table says of it;
- a call naming a known compartment (`cell_compartment`, `compartment`) whose answer
  lists a protein the table places in another compartment.

Left alone: things the tables do not hold, "not recorded", other fields.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.cell_facts import (
    PROTEIN_HOME,
    UNKNOWN,
    Fact,
    cell,
    compartment,
    molecule,
)
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import argument_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "cell_facts"

_CELL = frozenset({"cell_type"})
_MOLECULE = frozenset({"molecule"})
_COMPARTMENT = frozenset({"cell_compartment", "compartment"})
_WORD = re.compile(r"[a-z]+")
_SMALL = frozenset({"the", "and", "of", "in", "a", "an", "to", "for", "from", "its", "as",
                    "then", "other", "made", "mainly", "cells", "cell", "throughout"})


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _SMALL}


def _sent(args: dict[str, Any], keys: frozenset[str]) -> Any:
    return next((v for k, v in args.items() if _snake(k) in keys), None)


def _against(fact: Fact, what: str, objects: list[tuple[str, dict[str, Any]]]) -> str | None:
    for field in ("location", "function"):
        right = _words(getattr(fact, field)) | set(fact.words)
        for _, obj in objects:
            said = obj.get(field)
            if isinstance(said, str) and said.strip() and said != UNKNOWN and not (
                    _words(said) & right):
                return f"{what}'s {field} is {getattr(fact, field)!r}, not {said!r}"
    return None


def _listed_elsewhere(home: str, output: Any) -> str | None:
    items = [v for v in (output.values() if isinstance(output, dict) else [])
             if isinstance(v, list)]
    for item in (o for v in items for o in v if isinstance(o, dict)):
        name = next((item[k] for k in ("name", "protein_name", "protein")
                     if isinstance(item.get(k), str)), "")
        other = PROTEIN_HOME.get(name.lower())
        if other is not None and other != home:
            return f"{name} is a protein of the {other}, listed for the {home}"
    return None


def reason(args: dict[str, Any], objects: list[tuple[str, dict[str, Any]]],
           output: Any) -> str | None:
    """Why a cell-biology answer contradicts the fact tables (module doc), or None."""
    for keys, look in ((_CELL, cell), (_MOLECULE, molecule)):
        sent = _sent(args, keys)
        fact = look(sent) if sent is not None else None
        if fact is not None and (why := _against(fact, str(sent), objects)):
            return why
    home = compartment(_sent(args, _COMPARTMENT))
    return _listed_elsewhere(home, output) if home else None


GATE = argument_keys_gate(lambda key: _snake(key) in _CELL | _MOLECULE | _COMPARTMENT)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        why = reason(args, view.objects(step.call_id), view.output(step.call_id))
        if why is not None:
            out.append(finding(NAME, "cell_fact_contradiction", at, why))
    return out
