"""Where a backup is stored is a path, not a city (BFCL seed 31 #170:
`database.create_backup(db_name="inventory", backup_location="Cairo")`), while a grocery
store's location stays a place."""

from __future__ import annotations

import random

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _endpoint(name: str, param: str, about: str, says: str) -> tuple[Endpoint, Parameter]:
    p = Parameter(name=param, raw_name=param, type_label="string",
                  json_schema={"type": "string"}, required=True, description=says)
    return Endpoint(id=f"{name}/{name}/{name}", function_name=name, tool_id=name,
                    tool_name=name, category="tools", name=name, description=about,
                    parameters=(p,), response_schema={}, response_source="inferred",
                    method="CALL"), p


def test_a_backup_location_is_a_storage_path() -> None:
    values = ArgumentValues(MockExecutor(seed=7, pool_size=64))
    backup, where = _endpoint("database_create_backup", "backup_location",
                              "Create a backup of the database.",
                              "The file path where the backup should be stored.")
    drawn = {values.draw(backup, where, random.Random(i)) for i in range(10)}
    assert drawn and all(isinstance(d, str) and ("/" in d or "\\" in d) for d in drawn), drawn


def test_a_store_location_is_still_a_place() -> None:
    values = ArgumentValues(MockExecutor(seed=7, pool_size=64))
    order, where = _endpoint("safeway_order", "location", "Order specified items from a "
                             "Safeway location.", "The location of the Safeway store, e.g. "
                             "Palo Alto, CA.")
    drawn = {values.draw(order, where, random.Random(i)) for i in range(10)}
    assert drawn and not any("/" in str(d) for d in drawn), drawn
