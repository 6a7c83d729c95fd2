"""A record the call names by its name comes back with that name (BFCL get_player_record
for Lionel Messi came back as 'Bradley Sawyer', and the answer said so)."""

from __future__ import annotations

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter


def _text(name: str) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="string",
                     json_schema={"type": "string"}, required=True)


def _endpoint() -> Endpoint:
    return Endpoint(id="bfcl/get_player_record", function_name="get_player_record",
                    tool_id="bfcl", tool_name="get_player_record", category="Sports",
                    name="get_player_record",
                    description="Retrieve the record of a specific player.",
                    parameters=[_text("player"), _text("stat")],
                    response_schema={"type": "object", "properties": {
                        "player_id": {"type": "string"}, "name": {"type": "string"},
                        "player": {"type": "string"}, "stat": {"type": "string"}}})


def test_the_player_asked_for_is_the_player_returned() -> None:
    executor = MockExecutor(seed=7)
    for seed in range(8):
        out = executor.session(seed).call(
            _endpoint(), {"player": "Lionel Messi", "stat": "agility"}).output
        assert out.get("name", "Lionel Messi") == "Lionel Messi", out
        assert out.get("player") == "Lionel Messi", out
