"""A histogram has fewer bins than the values it counts (BFCL seed 31 #77:
`create_histogram(data=[539.45, 216.61, 203.08, 522.76], bins=427)`)."""

from __future__ import annotations

from toolgen.agents.planner.values_pairs import paired
from toolgen.records import Endpoint, Parameter, PlannedArg


def _histogram() -> Endpoint:
    data = Parameter(name="data", raw_name="data", type_label="array",
                     json_schema={"type": "array", "items": {"type": "number"}},
                     required=True, description="The data for which histogram needs to be "
                     "plotted.")
    bins = Parameter(name="bins", raw_name="bins", type_label="integer",
                     json_schema={"type": "integer"}, required=True,
                     description="The number of equal-width bins in the range.")
    return Endpoint(id="create_histogram/create_histogram/create_histogram",
                    function_name="create_histogram", tool_id="create_histogram",
                    tool_name="create_histogram", category="statistics",
                    name="create_histogram", description="Create a histogram based on "
                    "provided data.", parameters=(data, bins), response_schema={},
                    response_source="inferred", method="CALL")


def _sent(bins: int) -> dict[str, object]:
    args = [PlannedArg(name="data", source="user", value=[539.45, 216.61, 203.08, 522.76]),
            PlannedArg(name="bins", source="user", value=bins)]
    return {a.name: a.value for a in paired(_histogram(), args, lambda p, v: True)}


def test_bins_fewer_than_the_values() -> None:
    bins = _sent(427)["bins"]
    assert isinstance(bins, int) and 2 <= bins < 4, bins


def test_a_fitting_bin_count_is_kept() -> None:
    assert _sent(3)["bins"] == 3
