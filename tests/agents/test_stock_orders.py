"""A stock order is asked as people place one (BFCL seed 71 #32: "place an order (the market
order) on symbol NFLX, of 784.0 and of 59" for `order_type` "Type of the order
(Buy/Sell)", a price "at which to place the order" and a "number of shares")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.generated import generated
from toolgen.agents.planner.values_listed import listed_options
from toolgen.pipeline.runtime import RunConfig

DOC = (Path(__file__).resolve().parents[2] / "../shared/corpora/bfcl/berkeley-function-call-"
       "leaderboard/bfcl_eval/data/multi_turn_func_doc/trading_bot.json")


def test_options_in_brackets_split_by_slashes_are_listed() -> None:
    assert listed_options("Type of the order (Buy/Sell).") == ("Buy", "Sell")
    assert listed_options("Side (left / right)") == ("left", "right")
    # a format, a unit or a long sentence's aside is no list of options
    assert listed_options("Date (YYYY/MM/DD)") == ()
    assert listed_options("Specify two or more semicolon-delimited locations(Lat/Lng) between "
                          "which the route is to be calculated.") == ()


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not DOC.is_file():
        pytest.skip("shared corpora not present")
    root = tmp_path_factory.mktemp("trading_corpus")
    docs = root / "bfcl_eval/data/multi_turn_func_doc"
    docs.mkdir(parents=True)
    (docs / DOC.name).write_bytes(DOC.read_bytes())
    return generated(tmp_path_factory, RunConfig(n=40, seed=3, toolenv=str(root)), "trading")


def test_an_order_is_a_buy_or_a_sell_at_a_price_for_shares(
        records: list[dict[str, Any]]) -> None:
    placed = 0
    for rec in records:
        said = ""
        for msg in rec["messages"]:
            if msg["role"] == "user" and "order" in msg["content"]:
                # the request that places the order (an amount asked for later is said
                # alone); a second order may be asked for in a later message
                said = msg["content"]
            for call in msg.get("tool_calls") or []:
                if call["function"]["name"] != "place_order":
                    continue
                args = orjson.loads(call["function"]["arguments"])
                if not isinstance(args.get("amount"), int):
                    continue  # a wrong type sent on purpose
                placed += 1
                assert args["order_type"] in ("Buy", "Sell"), args
                # "291 shares", or typed with a slip ("291 shaers": the robustness overlay)
                shares = re.search(rf"\b{args['amount']} (?:shares|[a-z]{{5,7}}\b)", said)
                assert shares is not None or str(args["amount"]) not in said, (args, said)
                price = re.escape(str(args["price"]))
                assert re.search(rf"\bat (?:a price of )?{price}", said), said
    assert placed >= 5
