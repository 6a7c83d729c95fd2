"""A request names which of several the call sends ("lock the driver door", not "lock
some doors (driver)"), and a flag undoing the verb is the verb asked and reported (BFCL
vehicle control `lockDoors(unlock=True)`)."""

from __future__ import annotations

import random

from toolgen.agents.offline import Intent, Slot
from toolgen.agents.offline.report import assistant_report
from toolgen.agents.offline.undone import undoing
from toolgen.agents.offline.which_ones import which_ones
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _door(raw: list[str]) -> Slot:
    return Slot(name="door", label="door", value=" and ".join(raw), kind="array", raw=raw)


def test_the_user_says_which_doors_the_call_sends() -> None:
    phrase, left = which_ones("lock some doors", [_door(["driver"])], lambda v: v)
    assert (phrase, left) == ("lock the driver door", [])
    phrase, _ = which_ones("lock the doors", [_door(["driver", "rear_left"])], lambda v: v)
    assert phrase == "lock the driver and rear left doors"


def test_a_list_of_another_thing_or_of_ids_is_not_folded() -> None:
    other = Slot(name="window", label="window", value="front", kind="array", raw=["front"])
    ids = _door(["dr_12ab9", "dr_88cd1"])
    for slot in (other, ids):
        phrase, left = which_ones("lock some doors", [slot], lambda v: v)
        assert (phrase, left) == ("lock some doors", [slot])


def test_a_flag_undoing_the_verb_is_the_verb_done() -> None:
    assert undoing("lock", [("unlock", True), ("door", ["driver"])]) == ("unlock", "unlock")
    assert undoing("lock", [("unlock", False)]) == ("lock", "unlock")
    assert undoing("lock", [("unlock", "yes")]) is None  # no flag
    assert undoing("find", [("unlock", True)]) is None


def test_an_unlocking_call_is_reported_as_unlocked() -> None:
    intent = Intent(verb="lock", obj="doors", phrase="lock the doors")
    endpoint = Endpoint(id="t/lockDoors", function_name="lockDoors", tool_id="t",
                        tool_name="T", category="Car", name="lockDoors")
    done = Executed(MadeCall("c1", endpoint, {"unlock": True, "door": ["driver"]}),
                    ExecutionResult("ok", {"lockStatus": "unlocked"}, None, ()), None)
    text = assistant_report([outcome_of(done, intent)], random.Random(0))
    assert "unlocked" in text.lower() and "I locked" not in text, text
