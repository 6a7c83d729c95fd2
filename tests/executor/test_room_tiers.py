"""A hotel's rooms cost more the larger the room; read from bundled records' room lists
as a reviewer reads them. Before, Stayfinder's suite cost 175.8 EUR a night against a
single's 198.8 and a double's 517.2 (bundled seed 113 #11): 10 of 20 room lists at seed
113 priced a smaller room above a larger one."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from tests.agents.generated import generated

from toolgen.executor.room_tiers import tiered_rooms
from toolgen.pipeline.runtime import RunConfig

_LADDER = ("single", "twin", "double", "deluxe", "junior suite", "suite")


def _tier(room_type: str) -> int | None:
    found = [t for t in _LADDER if t in room_type.lower()]
    return _LADDER.index(max(found, key=len)) if found else None


@pytest.fixture(scope="module")
def room_lists(tmp_path_factory: pytest.TempPathFactory) -> list[list[tuple[int, float]]]:
    records = generated(tmp_path_factory, RunConfig(n=200, seed=113), "room_tiers")
    lists = []
    for r in records:
        for m in r["messages"]:
            out: Any = orjson.loads(m["content"]) if m["role"] == "tool" else None
            rooms = out.get("rooms") if isinstance(out, dict) else None
            if isinstance(rooms, list) and len(rooms) > 1:
                priced = []
                for room in rooms:
                    price = room.get("price_per_night")
                    price = price.get("amount") if isinstance(price, dict) else price
                    tier = _tier(str(room.get("room_type", "")))
                    if tier is not None and isinstance(price, int | float):
                        priced.append((tier, float(price)))
                lists.append(priced)
    return lists


def test_a_larger_room_never_costs_less(room_lists: list[list[tuple[int, float]]]) -> None:
    assert len(room_lists) >= 8, len(room_lists)
    inverted = [rooms for rooms in room_lists
                if any(a[0] < b[0] and a[1] > b[1] for a in rooms for b in rooms)]
    assert not inverted, inverted[:3]


def test_a_room_type_off_the_ladder_leaves_the_list_alone() -> None:
    rooms = {"rooms": [{"room_type": "suite", "price_per_night": 100.0},
                       {"room_type": "bunk", "price_per_night": 300.0}]}
    tiered_rooms(rooms)
    assert [r["price_per_night"] for r in rooms["rooms"]] == [100.0, 300.0]
