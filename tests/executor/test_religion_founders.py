"""A religion with no single founder answers none, not a name-like "No single founder"
(BFCL seed 71 #2: "the founder is No single founder")."""

from __future__ import annotations

import random

from toolgen.executor.history_facts import history_finish


def _origin(religion: str) -> dict[str, object]:
    finish = history_finish('{"founder": {}, "origin": {}}')
    assert finish is not None
    out: dict[str, object] = {"religion": religion, "founder": "Amber Lane", "origin": "x"}
    finish(out, {"religion": religion}, random.Random(1))
    return out


def test_a_founder_is_a_person_or_none() -> None:
    assert _origin("Buddhism")["founder"] == "Siddhartha Gautama"
    hinduism = _origin("Hinduism")
    assert hinduism["founder"] is None
    assert hinduism["origin"] == "Indian subcontinent, before 1500 BCE"
