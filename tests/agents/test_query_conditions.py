"""A query's conditions name the table's columns (BFCL seed 31 #170: customers whose
"standard" is less than "standard")."""

from __future__ import annotations

import pytest

from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg


def _query() -> Endpoint:
    table = Parameter(name="table", raw_name="table", type_label="string",
                      json_schema={"type": "string"}, required=True,
                      description="Name of the table to query.")
    condition = {"type": "object", "properties": {
        "field": {"type": "string"}, "operation": {"type": "string",
                                                   "enum": ["<", ">", "=", ">=", "<="]},
        "value": {"type": "string"}}, "required": ["field", "operation", "value"]}
    conditions = Parameter(name="conditions", raw_name="conditions", type_label="array",
                           json_schema={"type": "array", "items": condition}, required=True,
                           description="Conditions for the query.")
    return Endpoint(id="database/database/query", function_name="database_query",
                    tool_id="database", tool_name="database", category="database",
                    name="query", description="Query the database based on certain "
                    "conditions.", parameters=(table, conditions), response_schema={},
                    response_source="inferred", method="CALL")


@pytest.mark.parametrize("operation", ["<", "=", ">="])
def test_a_condition_names_a_column_and_a_value_that_fits(operation: str) -> None:
    args = [PlannedArg(name="table", source="user", value="customers"),
            PlannedArg(name="conditions", source="user", value=[
                {"field": "standard", "operation": operation, "value": "standard"}])]
    sent = {a.name: a.value for a in paired(_query(), args, lambda p, v: True)}
    (condition,) = sent["conditions"]  # type: ignore[misc]
    assert condition["operation"] == operation
    assert condition["field"] != "standard" and condition["value"] != "standard", condition
    if operation != "=":
        assert condition["value"].replace(".", "").isdigit(), condition
