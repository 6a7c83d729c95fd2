"""One product across the calls of a conversation, read as a reviewer reads it: its
description, material, brand and category fit what its name says, and a second shop's
answer about it states the price and brand the first one did (ToolBench seed 690811
record 000007: "Pro Headphones" at 132.82 GBP "made from organic cotton", then at 77.46,
then made by Nike)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from product_checks import brand_misfit, misfit_text, price_drift

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.records import Endpoint

TOOLS = Path(__file__).resolve().parents[2] / "../shared/corpora/toolbench/toolenv/tools"
FILES = ("Commerce/test.json", "Commerce/amazon_scraper_api_new.json",
         "Commerce/amazon_india_web_scraper.json", "eCommerce/getcha_amazon_data_scraper.json")


@pytest.fixture(scope="module")
def shops(tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[dict[str, Endpoint], MockExecutor]:
    if not all((TOOLS / f).is_file() for f in FILES):
        pytest.skip("shared ToolBench corpus not present")
    registry = pytest.importorskip("toolgen.registry")
    tmp = tmp_path_factory.mktemp("shops")
    for f in FILES:
        shutil.copy(TOOLS / f, tmp / Path(f).name)
    reg = registry.load_registry(tmp)
    executor = MockExecutor(seed=7, pool_size=64, examples=CorpusExamples(tool_paths(reg)))
    return {e.function_name: e for e in reg.endpoints}, executor


def _record(calls: list[tuple[str, dict[str, Any], Any]]) -> dict[str, Any]:
    """The calls as a record's messages and step trace (what the checks read)."""
    messages: list[dict[str, Any]] = []
    trace: list[dict[str, Any]] = []
    for i, (name, args, output) in enumerate(calls):
        messages.append({"role": "assistant", "content": None})
        messages.append({"role": "tool", "content": json.dumps(output)})
        trace.append({"step": i + 1, "call_id": f"c{i}", "function_name": name,
                      "endpoint_id": name, "message_index": 2 * i,
                      "arguments": {k: {"value": v, "source": "user"} for k, v in args.items()}})
    return {"messages": messages, "step_trace": trace}


DETAILS = ("get_amazon_product_details_for_amazon_scraper_api_new",
           "get_product_details_for_amazon_india_web_scraper")


@pytest.mark.parametrize("session_seed", range(12))
def test_a_product_is_one_thing_in_every_shop(
        shops: tuple[dict[str, Endpoint], MockExecutor], session_seed: int) -> None:
    eps, executor = shops
    s = executor.session(session_seed)
    first = s.call(eps["get_product_for_test"], {}).output
    calls: list[tuple[str, dict[str, Any], Any]] = [("get_product_for_test", {}, first)]
    pid = first["product_id"]
    for name in DETAILS:
        args = {"productId": pid}
        calls.append((name, args, s.call(eps[name], args).output))
    record = _record(calls)
    assert calls[1][2]["name"] == first["title"]  # the title was carried already
    assert misfit_text(record) == []
    assert brand_misfit(record) == []
    assert price_drift(record) == []


@pytest.mark.parametrize("session_seed", range(12))
def test_listed_products_are_described_as_what_they_are(
        shops: tuple[dict[str, Endpoint], MockExecutor], session_seed: int) -> None:
    eps, executor = shops
    s = executor.session(session_seed)
    name = "get_product_details_for_getcha_amazon_data_scraper"
    args = {"productId": "B08N5KWB9H"}
    record = _record([(name, args, s.call(eps[name], args).output)])
    assert misfit_text(record) == []
    assert brand_misfit(record) == []


def test_a_price_written_another_way_is_the_same_price(
        shops: tuple[dict[str, Endpoint], MockExecutor]) -> None:
    eps, executor = shops
    for seed in range(12):
        s = executor.session(seed)
        first = s.call(eps["get_product_for_test"], {}).output
        india = s.call(eps[DETAILS[1]], {"productId": first["product_id"]}).output
        # rupees written as the shop writes them: a symbol and grouped thousands
        assert india["pricing"].startswith("₹")
        assert " - " not in india["pricing"]


def test_one_product_has_one_maker_and_an_availability() -> None:
    # ToolBench seed 7 record 000009: "Wireless Headphones" made by "Audio-Technica"
    # (product_information) under the brand "Lewis, Taylor and Hanson", "pending"
    import random

    from toolgen.executor.product_fit import fit_product
    from toolgen.executor.product_kinds import product_kind

    for seed in range(8):
        obj = {"name": "Wireless Headphones", "brand": "Lewis, Taylor and Hanson",
               "product_information": {"Manufacturer": "Moreno and Sons",
                                       "Packer": "Nike India Pvt Ltd"},
               "pricing": "874.12", "list_price": "852.26",
               "availability_status": "pending"}
        kind = product_kind(obj["name"])
        assert kind is not None
        fit_product(obj, kind, obj["name"], set(), random.Random(seed))
        info = obj["product_information"]
        assert info["Manufacturer"] == obj["brand"]  # one maker
        assert info["Packer"] == f"{obj['brand']} India Pvt Ltd"
        assert obj["brand"] not in ("Lewis, Taylor and Hanson", "Nike")
        assert float(obj["list_price"]) > float(obj["pricing"])  # a list price above it
        obj["list_price"] = "8682.70"
        fit_product(obj, kind, obj["name"], set(), random.Random(seed))
        assert float(obj["list_price"]) <= 2 * float(obj["pricing"])  # not ten times it
        assert obj["availability_status"] == "In Stock"


def test_a_shops_product_is_rated_out_of_five() -> None:
    # ToolBench seed 7 000248: a T-shirt "rated 5.2"
    import random

    from toolgen.executor.product_fit import fit_product
    from toolgen.executor.product_kinds import product_kind

    for seed in range(8):
        obj = {"name": "Charcoal T-Shirt", "pricing": "$19.99", "average_rating": 5.2}
        kind = product_kind(obj["name"])
        assert kind is not None and kind.name == "apparel"
        fit_product(obj, kind, obj["name"], set(), random.Random(seed))
        assert 0 < obj["average_rating"] <= 5


def test_a_products_feature_bullets_say_what_it_does() -> None:
    # ToolBench seed 7 000088: a "Pro Blender" whose feature_bullets were "Vintage
    # Headphones", "Wireless Notebook", "Premium Camera", "Compact Tent"
    import random

    from toolgen.executor.product_fit import fit_product
    from toolgen.executor.product_kinds import product_kind

    for seed in range(8):
        obj = {"name": "Wireless Headphones", "pricing": "136.88",
               "feature_bullets": ["Vintage Headphones", "Wireless Notebook", "Premium Camera"]}
        kind = product_kind(obj["name"])
        assert kind is not None
        fit_product(obj, kind, obj["name"], set(), random.Random(seed))
        bullets = obj["feature_bullets"]
        assert bullets and len(set(bullets)) == len(bullets), bullets
        for bullet in bullets:
            # a sentence about such things, not a product's two-word name
            assert len(bullet.split()) > 4 and product_kind(bullet) in (None, kind), bullet
