"""An address a request checks is what it checks, not where to reach the user: "verify
the email sharon@x.com", never "check the email - email me at sharon@... -" (ToolBench
seed 5766738 #5); a sign-up's own address still reads as the user's."""

from __future__ import annotations

import random
import re

import pytest

from toolgen.agents.offline import Intent, Slot, user_request
from toolgen.records.plan import Goal

GOAL = Goal(persona="a shop owner", style="chatty", domain="Email", summary="")
EMAIL = Slot("email", "email", "sharon.clements@example.com", kind="string")
_OWN = re.compile(r"email me at|reach me at|my address is")


@pytest.mark.parametrize("verb", ["check", "verify", "validate"])
@pytest.mark.parametrize("seed", range(12))
def test_a_checked_address_is_the_object(verb: str, seed: int) -> None:
    text = user_request(GOAL, [Intent(verb, "the email", f"{verb} the email")], [EMAIL],
                        random.Random(seed))
    assert "sharon.clements@example.com" in text and not _OWN.search(text), text


def test_a_sign_up_address_is_still_the_users() -> None:
    said = [user_request(GOAL, [Intent("register", "an account", "register an account")],
                         [EMAIL], random.Random(seed)) for seed in range(30)]
    assert all("sharon.clements@example.com" in t for t in said)
