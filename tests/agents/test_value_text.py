"""value_text spells every value as compact JSON does, fast paths included."""

from __future__ import annotations

import enum
import json
import random

from toolgen.agents.offline import value_text


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _Level(enum.IntEnum):
    LOW = 1


def test_numbers_and_other_values_are_their_compact_json() -> None:
    rng = random.Random(5)
    values: list[object] = [0, -0.0, 1, -7, 10**40, True, False, None, 2.5, 1e300, 1e-300,
                            5e-324, float("nan"), float("inf"), float("-inf"), 0.1 + 0.2,
                            _Level.LOW, [1, "é", 2.0], {"a": None}, (3, 4)]
    values += [rng.randint(-10**12, 10**12) for _ in range(300)]
    values += [rng.uniform(-1e6, 1e6) for _ in range(300)]
    values += [round(rng.uniform(0, 500), 2) for _ in range(300)]
    for value in values:
        assert value_text(value) == _json(value), value


def test_a_string_is_kept_as_it_is() -> None:
    assert value_text("Café \"x\"") == "Café \"x\""
