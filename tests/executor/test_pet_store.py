"""A pet store's pet has a pet's name and a pet's status (ToolBench seed 47 #37: a pet
"Iron Vista" updated to "completed")."""

from __future__ import annotations

import random

from corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.agents.planner.values_things import named_thing


def test_a_pet_is_named_as_pets_are() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Science/pet_store.json")
    update = eps["update_pet_with_form_for_pet_store"]
    names = {executor.session(seed).call(update, {"petId": 263389}).output.get("name")
             for seed in range(8)}
    names.discard(None)
    assert names, names
    assert all(len(n.split()) == 1 and n[0].isupper() for n in names), names


def test_a_pets_status_is_a_pet_stores() -> None:
    draw = named_thing("status", {"status"}, "Updated status of the pet",
                       "update pet with form pet store")
    assert draw is not None
    assert {draw(random.Random(s)) for s in range(20)} <= {"available", "pending", "sold"}
