"""A street sent beside its own house number is the street's name alone, drawn for the
record's place, not the schema's Oakville example (`planner.street_names`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from toolgen.agents.planner.street_names import street_alone, takes_number_apart
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Endpoint, Parameter

from .corpora import toolbench_tools


@pytest.mark.parametrize(("line", "name"), [
    ("Strada Arsenio, 812", "Strada Arsenio"),
    ("Piazza Corradi, 54 Piano 7", "Piazza Corradi"),
    ("9320 Davis Lodge Apt. 819", "Davis Lodge"),
    ("Flat 54, Lauren Lights", "Lauren Lights"),
    ("ul. Kusocińskiego 039", "ul. Kusocińskiego"),
    ("12, chemin Céline Jacob", "chemin Céline Jacob"),
    ("Vial Andrés Elías 47 Puerta 8 ", "Vial Andrés Elías"),
    ("4/59/883 đường số 2", None),
])
def test_a_line_is_freed_of_its_number(line: str, name: str | None) -> None:
    assert street_alone(line) == name


def _param(name: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="STRING", required=True,
                     json_schema={"type": "string"})


def test_only_a_street_beside_a_house_number_is_said_alone() -> None:
    street, number = _param("street_1"), _param("street_number")
    both = Endpoint(id="c/a/v", function_name="v", tool_id="c/a", tool_name="a",
                    category="c", name="v", parameters=(street, number))
    alone = both.model_copy(update={"parameters": (street,)})
    assert takes_number_apart(both, street)
    assert not takes_number_apart(alone, street)
    assert not takes_number_apart(both, number)


def test_address_validation_is_sent_a_street_of_the_records_place(tmp_path: Path) -> None:
    # seed 71 before: "Speers Rd" (Oakville's) sent for Firenze and London, 8 of 300
    corpus = tmp_path / "tools" / "Commerce"
    corpus.mkdir(parents=True)
    shutil.copy(toolbench_tools() / "Commerce" / "address_validation.json", corpus)
    config = RunConfig(n=24, seed=3, toolenv=str(tmp_path / "tools"))
    out = tmp_path / "out.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    sent = [orjson.loads(c["function"]["arguments"])
            for line in out.read_bytes().splitlines()
            for m in full_dict(orjson.loads(line))["messages"]
            for c in m.get("tool_calls") or ()]
    streets = [(a["street_1"], a.get("city")) for a in sent if a.get("street_1")]
    assert len(streets) >= 10, streets
    assert all("Speers" not in s or c == "Oakville" for s, c in streets), streets
    assert not [s for s, _ in streets if any(ch.isdigit() for ch in s)], streets
