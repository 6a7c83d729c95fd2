"""A help desk request read as a person says it (ToolBench seed 8015639 #5): an edit names
the fields it sets ("with the job title set to Ecologist", not "called Ecologist"), a cc
list is someone copied in (not "(that's cc)" nor "(reach me at ...)"), and the answer
says "Done" once."""

from __future__ import annotations

import random
import re

import pytest

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent, Outcome, Slot, user_request
from toolgen.records.plan import Goal

EDIT = Intent("edit", "the contact", "edit the contact")
CREATE = Intent("create", "a ticket", "create a ticket")
FIND = Intent("find", "hotels", "find hotels")
CONTACT = [
    Slot("contactId", "contact ID", "898066", kind="integer", raw=898066, thing="contact"),
    Slot("jobTitle", "job title", "Ecologist", kind="string"),
    Slot("description", "description", "Prefers calls after 5 pm.", kind="string"),
]
TICKET = [
    Slot("subject", "subject", "Damaged parcel", kind="string"),
    Slot("priority", "priority", "2", kind="number", raw=2),
    Slot("status", "status", "open", kind="string"),
    Slot("ccEmails", "cc emails", "maria.lopez@example.com", kind="list",
         raw=["maria.lopez@example.com"]),
]
GOAL = Goal(persona="a support lead", style="chatty", domain="Business_Software", summary="")
# How the old phrasing set a field off: as a name, an aside, a search filter.
_GARBLED = re.compile(r"called Ecologist|\(that's [^)]*\)|\(preferably [^)]*\)|"
                      r"reach me at maria|for Damaged parcel|about Damaged parcel")


@pytest.mark.parametrize("seed", range(25))
def test_an_edit_names_each_field_it_sets(seed: int) -> None:
    text = user_request(GOAL, [EDIT], CONTACT, random.Random(seed))
    assert "the job title set to Ecologist" in text, text
    assert 'the description "Prefers calls after 5 pm."' in text, text
    assert "898066" in text and not _GARBLED.search(text), text


@pytest.mark.parametrize("seed", range(25))
def test_a_new_ticket_lists_its_fields_and_copies_in_the_cc(seed: int) -> None:
    text = user_request(GOAL, [CREATE], TICKET, random.Random(seed))
    assert "the subject Damaged parcel" in text or 'the subject "Damaged parcel"' in text, text
    assert "the priority 2" in text and "the status open" in text, text
    assert re.search(r"copying in maria|maria\S+ on cc|cc maria", text), text
    assert not _GARBLED.search(text), text


def test_a_search_still_weaves_its_values_in() -> None:
    city = Slot("city", "city", "Porto", kind="string")
    for seed in range(20):
        text = user_request(GOAL, [FIND], [city], random.Random(seed))
        assert "the city Porto" not in text and "Porto" in text, text


def test_an_answer_says_done_once() -> None:
    outcomes = [Outcome(Intent("verify", "the email", "verify the email"), "ok", "",
                        (Fact("status", "valid"),)),
                Outcome(EDIT, "ok", "update", (Fact("name", "Tracy Smith"),)),
                Outcome(CREATE, "ok", "create", (Fact("ticket ID", "tck_c121f2"),))]
    for seed in range(80):
        text = lang.assistant_report(lang.said_once(outcomes), random.Random(seed))
        assert len(re.findall(r"\bDone\b", text)) <= 1, text
