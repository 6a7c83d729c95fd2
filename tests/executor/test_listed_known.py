"""A listing shows what the conversation made: after ordering a custom painting of a
horse, `painting_display` lists it as "Horse", not as "Girl with a Pearl Earring" under
the new painting's id (BFCL seed 7, records 000004 and 000143, before). Runs on BFCL's
own function docs."""

from __future__ import annotations

import pytest
from tests.export.corpora import BFCL

from toolgen.executor import MockExecutor
from toolgen.registry.loader import load_registry


@pytest.mark.parametrize("seed", range(4))
def test_the_painting_just_ordered_is_listed_as_itself(executor: MockExecutor,
                                                       seed: int) -> None:
    functions = load_registry(BFCL).by_function
    session = executor.session(seed)
    made = session.call(functions["painting_create_custom_2cb786a0"],
                        {"subject": "horse", "color": "Yellow"}).output
    ident = next(v for k, v in made.items() if k.endswith("_id"))
    shown = session.call(functions["painting_display"], {"time": 43}).output
    listed = next(iter(v for v in shown.values() if isinstance(v, list)))
    mine = [item for item in listed if ident in item.values()]
    assert mine, shown
    assert "horse" in " ".join(str(v) for v in mine[0].values()).lower(), mine[0]


@pytest.mark.parametrize("seed", range(4))
def test_a_painting_made_of_a_look_is_listed_as_untitled_in_that_look(
        executor: MockExecutor, seed: int) -> None:
    # BFCL seed 7, 000176: painting_create(shape="rectangle") listed as "Girl with a
    # Pearl Earring"
    functions = load_registry(BFCL).by_function
    session = executor.session(seed)
    made = session.call(functions["painting_create"],
                        {"shape": "rectangle", "background_color": "SandyBrown",
                         "dimensions": [424]}).output
    ident = made["painting_id"]
    shown = session.call(functions["painting_display"], {"time": 40}).output
    listed = next(iter(v for v in shown.values() if isinstance(v, list)))
    mine = [item for item in listed if ident in item.values()]
    assert mine, shown
    assert mine[0]["title"].startswith("Untitled"), mine[0]
    assert "rectangle" in mine[0]["title"], mine[0]
