"""A ticket's `name` beside its subject is its requester's (ToolBench seed 47 #4: the
ticket "App crashes on photo upload" was created with `name: "Upgrade to the annual
plan"` and reported as "I created a ticket, and that is Upgrade to the annual plan")."""

from __future__ import annotations

from toolgen.executor.support_tickets import one_ticket


def _ticket(**extra: object) -> dict[str, object]:
    return {"ticket_id": "tck_c59f55", "subject": "App crashes on photo upload",
            "description": "The app crashes every time I try to upload a photo.",
            "name": "Upgrade to the annual plan",
            "email": "peter.cardenas90@hoover-thompson.info", **extra}


def test_the_name_is_the_requesters() -> None:
    ticket = _ticket()
    one_ticket(ticket, {})
    assert ticket["name"] == "Peter Cardenas"


def test_a_sent_name_or_a_persons_name_stays() -> None:
    sent = _ticket()
    one_ticket(sent, {"name": "Upgrade to the annual plan"})
    assert sent["name"] == "Upgrade to the annual plan"
    person = _ticket(name="Sheila Cole")
    one_ticket(person, {})
    assert person["name"] == "Sheila Cole"
