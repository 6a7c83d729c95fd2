"""No generated ToolBench record sends one API's id to another API whose ids look
otherwise (`prd_c4d030` as an Amazon `productId` like `B094G2J7MV`); read from the
records as a reviewer reads them (`foreign_id_checks`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools
from .foreign_id_checks import cross_tool_ids, foreign_ids


def _record(value: str, source_endpoint: str) -> dict[str, Any]:
    tool = {"type": "function", "function": {
        "name": "get_offers_for_amazon", "parameters": {"type": "object", "properties": {
            "productId": {"type": "string", "default": "B094G2J7MV"}}}}}
    return {"tools": [tool], "step_trace": [
        {"call_id": "c1", "endpoint_id": source_endpoint, "arguments": {}},
        {"call_id": "c2", "endpoint_id": "Commerce/amazon/get_offers",
         "function_name": "get_offers_for_amazon",
         "arguments": {"productId": {"source": "tool_output", "call_id": "c1",
                                     "path": "$.product_id", "value": value}}}]}


def test_the_reader_flags_an_id_of_another_format_from_another_api() -> None:
    assert foreign_ids(_record("prd_c4d030", "Commerce/test/get_product"))
    assert not foreign_ids(_record("B08QBCJWFX", "Commerce/other_amazon/search"))  # an ASIN
    assert not foreign_ids(_record("prd_c4d030", "Commerce/amazon/search"))  # its own API


@pytest.mark.slow
def test_toolbench_records_send_no_api_another_apis_id(tmp_path: Path) -> None:
    # seed 7 of main before the rule: records 2 and 35 of the first 40 (`prd_` as an
    # Amazon productId, `cty_` as a GeoNames cityId)
    config = RunConfig(n=40, seed=7, toolenv=str(toolbench_tools()))
    out = tmp_path / "tb.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    found = [(r["conversation_id"], hit) for r in records for hit in foreign_ids(r)]
    assert not found, found[:3]


def _service(tool: str) -> str:
    """The service a tool path names, as a reader reads it: `Media/twitch_api` -> twitch,
    `Social/tiktok_video_feature_summary` -> tiktok."""
    words = [w for w in tool.rsplit("/", 1)[-1].lower().split("_")
             if w not in ("free", "api", "the", "simple", "real", "time", "data", "v2")]
    return words[0] if words else tool


@pytest.mark.slow
def test_toolbench_records_carry_no_id_to_another_service(tmp_path: Path) -> None:
    """Seed 71 before the rule: a Twitch video id read Vimeo's comments (#23), ComfyFood's
    and Cannabis Recipes' recipes went onto BigOven's grocery list (#9, #47), a Weblasso
    scan id asked another port scanner for its report (#62): 19 calls in 300 records."""
    config = RunConfig(n=150, seed=71, toolenv=str(toolbench_tools()))
    out = tmp_path / "tb.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    found = [(r["conversation_id"], hit) for r in records for hit in cross_tool_ids(r)
             if _service(hit.split(" -> ")[0]) != _service(hit.split(" -> ")[1].rsplit("/", 1)[0])]
    assert not found, found[:3]
