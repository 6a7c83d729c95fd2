"""Canned turn fragments fit the turn. A small-talk answer does not offer to get back to a
request it cannot see (BFCL seed 59 #2 asked "Want me to get back to your original
request?" after finishing it), and one ask is not announced as the first of several ("First
I'll stop the timer, then take it from there")."""

from __future__ import annotations

import random

from toolgen.agents.offline import smalltalk


def test_a_small_talk_answer_never_offers_to_return_to_a_request() -> None:
    answers = [smalltalk.answer("What does a VPN do?", random.Random(seed))
               for seed in range(200)]
    assert any("VPN" in a or "traffic" in a for a in answers)
    assert not any("original request" in a for a in answers), answers


def test_one_ask_is_not_announced_as_the_first_of_several() -> None:
    from toolgen.agents.offline import Intent
    from toolgen.agents.offline.assistant import assistant_preamble

    one = [Intent("stop", "the timer", "stop the timer")]
    said = [assistant_preamble(one, random.Random(seed)) for seed in range(300)]
    assert any(s for s in said)
    assert not any(s and ("take it from there" in s or "start by" in s) for s in said), said
    two = [*one, Intent("get", "the report", "get the report")]
    assert any("take it from there" in (assistant_preamble(two, random.Random(seed)) or "")
               for seed in range(300))
