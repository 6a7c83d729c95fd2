"""Requests and answers a person writes: a number said by what it is, a yes/no by its
meaning, a field with its noun; an answer that names the first item once, puts where a
thing was added after the verb and says the user's "I" as "you".

Review of seed 11 records: "with the gravity at 45.28", "with closed status (yes,
please)", "the big oven username set to x", "the first has scheme ACH; the first is at
74.78 USD", "A product to cart is added", "the ways I can pay".
"""

from __future__ import annotations

import random
import re

import pytest
from tests.executor.executor_endpoints import endpoint

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome, Slot
from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.offline.intents import intent_of
from toolgen.agents.offline.report import yours
from toolgen.agents.offline.saying import field, phrase


def _slot(name: str, value: object, kind: str, hint: str = "") -> Slot:
    text = value if isinstance(value, str) else str(value).lower()
    return Slot(name=name, label=lang.slot_label(name), value=text, hint=hint, kind=kind,
                raw=value)


def _said(slot: Slot) -> set[str]:
    return {phrase(slot, slot.value, random.Random(seed)) for seed in range(20)}


@pytest.mark.parametrize(("name", "value", "hint", "want"), [
    ("gravity", 45.28, "", "gravity of 45.28"),
    ("weight", 87, "the weight of the person in kilograms.", "weight of 87 kg"),
    ("duration", 13, "the number of nights you want to book the hotel for.", "13 nights"),
    ("bedrooms", 3, "number of bedrooms required in the property.", "3 bedrooms"),
    ("frequency", 4772, "the frequency of the wave in hz.", "4772 Hz"),
    ("mailPort", 443, "", "mail port 443"),
    ("streetNumber", 21, "", "street number 21"),
])
def test_a_number_is_said_by_what_it_is_not_by_its_label(name: str, value: float, hint: str,
                                                         want: str) -> None:
    for said in _said(_slot(name, value, "number", hint)):
        assert want in said, said
        assert not re.search(r"\bwith the [\w ]+ at\b", said), said


@pytest.mark.parametrize(("name", "want"), [("closed_status", "closed"),
                                            ("details", "details"), ("shuffle", "shuffle")])
def test_a_yes_is_said_by_its_meaning_not_in_brackets(name: str, want: str) -> None:
    for said in _said(_slot(name, True, "boolean")):
        assert want in said and "(yes" not in said and "status" not in said, said
        assert "yes" in said, said  # the value the call sends is said


def test_a_named_field_is_said_with_its_noun_not_set_to() -> None:
    assert field(_slot("zip_code", "45936", "string"), "45936") == "the zip code 45936"
    assert field(_slot("bigovenUsername", "ann_lee", "string"), "ann_lee") == \
        "the username ann_lee"
    # a setting keeps "set to": "the background color LightCoral" would read as a name
    assert field(_slot("background_color", "LightCoral", "string"), "LightCoral") == \
        "the background color set to LightCoral"


def test_the_first_item_of_a_count_is_named_once() -> None:
    facts = (Fact("total", "34"), Fact("scheme", "ACH"), Fact("amount", "258.94"))
    for seed in range(40):
        text = fact_clauses(facts, lambda v: v, random.Random(seed))
        assert "258.94" in text and "ACH" in text, text
        assert not re.search(r"\b(?:the first|it) (?:has|with)\b[^;]*; (?:the first|it) is",
                             text), text
        assert not re.search(r"\bwith scheme ACH; ", text), text


def test_where_a_thing_was_added_follows_the_verb() -> None:
    add = Intent(verb="add", obj="a product to cart", phrase="add a product to cart")
    done = Outcome(add, "ok", "create", (Fact("product name", "Trail Backpack"),))
    for seed in range(40):
        text = lang.assistant_report(lang.said_once([done]), random.Random(seed))
        assert "product to cart is added" not in text.lower(), text


def test_the_users_i_is_you_in_the_answer() -> None:
    assert yours("the ways I can pay") == "the ways you can pay"
    assert yours("my saved cards") == "your saved cards"
    # review 64: "As for the tickets I ordered, there are 15 in all" (bundled seed 113)
    assert yours("the tickets I ordered") == "the tickets you ordered"
    assert yours("the rooms I booked") == "the rooms you booked"


def test_the_users_me_is_you_in_the_assistants_words() -> None:
    # BFCL seed 13 #289: "Okay, let me show me the briefs of the cases now."
    assert yours("show me the briefs of the cases") == "show you the briefs of the cases"
    assert yours("send me my invoice") == "send you your invoice"
    assert yours("check the name of the menu") == "check the name of the menu"


def test_a_cars_controls_are_asked_by_their_verb() -> None:
    # BFCL seed 13 #287: "could you check the release brake pedal"
    for name, said in (("release_brake_pedal", "release the brake pedal"),
                       ("activate_parking_brake", "activate the parking brake")):
        assert intent_of(endpoint(name, method="POST")).phrase == said


def test_a_control_done_says_its_new_state_once() -> None:
    # BFCL seed 13 #287: "I've released the brake pedal, and it's released."
    intent = intent_of(endpoint("release_brake_pedal", method="POST"))
    done = Outcome(intent, "ok", "update", facts=(Fact("brake pedal status", "released"),))
    for seed in range(8):
        text = lang.assistant_report([done], random.Random(seed))
        assert text.count("released") == 1 and "brake pedal" in text, text
