"""The values a Freshdesk ticket is filed with (ToolBench seed 8015639 #5): a cc list holds
email addresses (never its field's name, `ccEmails: ["cc"]`), a parameter's own name is
no value of it, a ticket's description tells the problem its subject names, and the
requester named is the user whose email files it."""

from __future__ import annotations

import random
import re

from executor.corpus_endpoints import TOOLBENCH, corpus_endpoints
from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.planner.values_pairs import paired
from toolgen.records import PlannedArg

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def _freshdesk() -> tuple[dict, ArgumentValues]:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Business_Software/freshdesk.json")
    return endpoints, ArgumentValues(executor)


def _param(endpoint, name):  # type: ignore[no-untyped-def]
    return next(p for p in endpoint.parameters if p.name == name)


def test_a_cc_list_holds_email_addresses() -> None:
    endpoints, values = _freshdesk()
    ticket = endpoints["create_ticket_for_freshdesk"]
    drawn = [values.draw(ticket, _param(ticket, "ccEmails"), random.Random(i))
             for i in range(20)]
    assert all(isinstance(v, list) and v and all(_EMAIL.match(x) for x in v)
               for v in drawn), drawn


def test_a_list_holding_its_own_parameter_name_is_no_value() -> None:
    endpoints, values = _freshdesk()
    ticket = endpoints["create_ticket_for_freshdesk"]
    cc = _param(ticket, "ccEmails")
    assert not values.sayable(ticket, cc, ["cc"])
    assert not values.sayable(ticket, cc, ["emails"])
    assert values.sayable(ticket, cc, ["maria.lopez@example.com"])


def test_a_ticket_source_is_a_small_whole_code() -> None:
    endpoints, values = _freshdesk()
    ticket = endpoints["create_ticket_for_freshdesk"]
    drawn = {values.draw(ticket, _param(ticket, "source"), random.Random(i))
             for i in range(30)}
    assert drawn and all(isinstance(v, int) and 0 <= v <= 10 for v in drawn), drawn


def test_a_ticket_description_tells_the_problem_its_subject_names() -> None:
    endpoints, _ = _freshdesk()
    ticket = endpoints["create_ticket_for_freshdesk"]
    args = [PlannedArg(name="subject", source="user", value="Damaged parcel"),
            PlannedArg(name="description", source="user",
                       value="The app crashes every time I try to upload a photo.")]
    fixed = {a.name: a.value for a in paired(ticket, args, lambda p, v: True)}
    assert fixed["subject"] == "Damaged parcel"
    assert "parcel" in str(fixed["description"]) and "app" not in str(fixed["description"])


def test_the_requester_named_is_the_user_whose_email_files_the_ticket() -> None:
    from toolgen.agents.planner.own_account import own_name

    endpoints, _ = _freshdesk()
    ticket = endpoints["create_ticket_for_freshdesk"]
    seen: dict = {}
    first = [PlannedArg(name="email", source="user", value="tracy.smith@davis.com")]
    assert own_name(first, endpoints["update_contact_for_freshdesk"], seen) == first
    args = [PlannedArg(name="name", source="user", value="Tom Becker"),
            PlannedArg(name="subject", source="user", value="Damaged parcel")]
    named = {a.name: a.value for a in own_name(args, ticket, seen)}
    assert named == {"name": "Tracy Smith", "subject": "Damaged parcel"}


def test_an_account_signed_up_with_an_email_is_that_person_s() -> None:
    from toolgen.agents.planner.own_account import own_name

    endpoints, _ = _freshdesk()
    contact = endpoints["create_contact_for_freshdesk"] if (
        "create_contact_for_freshdesk" in endpoints) else endpoints["update_contact_for_freshdesk"]
    args = [PlannedArg(name="email", source="user", value="rebecca.henry@gomez.com"),
            PlannedArg(name="firstName", source="user", value="Daniel"),
            PlannedArg(name="lastName", source="user", value="Montes")]
    named = {a.name: a.value for a in own_name(args, contact, {})}
    assert named["firstName"] == "Rebecca" and named["lastName"] == "Henry"
