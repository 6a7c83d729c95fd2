"""Addresses are on the streets of their city, as its country writes them; read from
records as a reviewer reads them.

Before, a Toronto address was "8887 Kathleen Mountains Apt. 491" (ToolBench seed 97 #2),
a Vancouver publisher's "1588 Catherine Stravenue Apt. 544", a Bengaluru one "298,
Joshi" (#31): Faker's en_US streets, which anyone who knows the place reads as made up
(84 of them in 900 records at seed 71)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.agents.generated import generated

from toolgen.executor.gen_context import CITY_INDEX
from toolgen.executor.locales import local_streets, street_city
from toolgen.executor.places import at_place
from toolgen.pipeline.runtime import RunConfig

# Faker en_US street suffixes no real city's main streets carry together with a number
_FAKER = re.compile(r"\b\d+ [A-Z][a-z]+ (?:Stravenue|Plains|Neck|Burgs?|Forges?|Ports?|"
                    r"Extensions?|Villages?|Rapids|Crossroad|Throughway|Shoals?|Fords?|"
                    r"Mountains?|Estates?|Lodge|Vista|Prairie|Radial|Curve)\b|\bApt\. \d+")


@pytest.mark.parametrize(("code", "city", "written"), [
    ("US", "Seattle", r"^\d{1,4} [\w ]+$"),
    ("CA", "Toronto", r"^\d{1,4} [A-Z]"),
    ("DE", "Berlin", r"^[A-ZÄÖÜ][\w\-ßäöü ]+ \d{1,3}$"),
    ("IT", "Rome", r"^Via[le]* [\w ]+, \d{1,3}$"),
    ("FR", "Paris", r"^\d{1,3} (?:rue|boulevard|avenue) "),
    ("IN", "Mumbai", r"^\d{1,3}, [A-Z]"),
])
def test_a_citys_addresses_are_its_own_streets(code: str, city: str, written: str) -> None:
    streets = local_streets(code, city)
    assert len(set(streets)) >= 8, streets
    for street in streets:
        assert re.search(written, street), street
        assert not _FAKER.search(street), street


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return generated(tmp_path_factory, RunConfig(n=150, seed=71), "city_streets")


def test_no_record_holds_a_faker_street(records: list[dict[str, Any]]) -> None:
    texts = [m.get("content") or "" for r in records for m in r["messages"]]
    found = [m.group(0) for t in texts for m in _FAKER.finditer(t)]
    assert not found, found[:5]


def test_a_street_stated_with_a_city_is_that_citys() -> None:
    # ToolBench seed 131 #5: "check the US address at 1561 Coral Way (ZIP code 60601) for
    # Chicago": Coral Way is a Miami street
    moved = at_place({"street": "1561 Coral Way", "zipcode": "60601", "city": "Chicago"},
                     CITY_INDEX["chicago"])
    assert street_city(moved["street"]) == "Chicago", moved
    kept = at_place({"street": "1561 Coral Way", "city": "Miami"}, CITY_INDEX["miami"])
    assert kept["street"] == "1561 Coral Way", kept
