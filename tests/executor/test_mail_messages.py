"""A message's subject heads its own body, read from the outputs as a reviewer reads them:
Gmailnator's message "Sydney Message Overview" read "Running ten minutes late, see you
soon." (ToolBench seed 3419672 #3), and a temporary inbox held help desk complaints
("Damaged parcel"). Which subjects go with which bodies is written here by hand."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.objects import objects_in
from toolgen.executor.rules import settle

# A body's words that its subject's words must share with it (by hand, per subject).
_ABOUT = {"Meeting moved": "meeting", "Running late": "late", "Package arrived": "package",
          "Happy birthday!": "birthday", "Invoice attached": "invoice",
          "Catch up?": "catch up", "Office closed Monday": "closed", "Great photo": "photo",
          "Friday deadline": "friday", "Thanks!": "thanks",
          "Your order has shipped": "shipped", "Welcome aboard": "signing up",
          "Dinner on Saturday?": "dinner", "Your appointment is confirmed": "appointment",
          "See you at the cafe": "cafe", "Milk on the way home?": "milk",
          "Team meeting tomorrow": "team meeting"}
_HELP_DESK = ("Damaged parcel", "Cancel my subscription", "Login keeps failing")
_REPORT_WORDS = ("Overview", "Report", "Index", "Guide", "Summary", "Highlights", "Insights")


@pytest.fixture(scope="module")
def mailboxes() -> Any:
    return corpus_endpoints(TOOLBENCH / "Email/gmailnator.json",
                            TOOLBENCH / "Email/temp_gmail.json")


def _messages(mailboxes: Any) -> list[dict[str, Any]]:
    eps, executor = mailboxes
    read = [e for n, e in sorted(eps.items()) if n.startswith(("message_for",
                                                                "read_message_for"))]
    assert len(read) == 2
    found = []
    for seed in range(25):
        for ep in read:
            args = {p.name: "mss_3983c8" if "id" in p.name else "ann.lee@example.com"
                    for p in ep.parameters if p.required}
            out = executor.session(seed).call(ep, args).output
            found += [n for n in objects_in(out) if "subject" in n]
    return found


def test_a_read_message_is_headed_by_its_own_subject(mailboxes: Any) -> None:
    messages = _messages(mailboxes)
    assert len(messages) >= 30
    for m in messages:
        subject, body = m["subject"], m.get("text")
        assert not any(w in subject.split() for w in _REPORT_WORDS), m
        assert subject not in _HELP_DESK, m  # somebody's mail, not a support queue
        assert subject in _ABOUT and isinstance(body, str), m
        assert _ABOUT[subject] in body.lower(), m
    assert len({m["subject"] for m in messages}) >= 5


def test_a_drawn_body_gets_its_subject_and_a_written_one_its_first_line() -> None:
    drawn = {"from": "a@b.com", "subject": "Lyon Message Index",
             "text": "Please find the invoice attached."}
    settle(drawn, {"id": "mss_1"})
    assert drawn["subject"] == "Invoice attached"
    written = {"subject": "Munich Email Guide",
               "body": "Reminder: the team meeting starts at 10 tomorrow. Bring slides."}
    settle(written, {"body": written["body"]})
    assert written["subject"] == "Reminder: the team meeting starts at 10 tomorrow"
    assert written["body"].endswith("Bring slides.")  # what the user wrote stays


def test_a_subject_the_user_sent_and_a_ticket_are_kept() -> None:
    sent = {"subject": "Quarterly numbers", "text": "Thanks for the update!"}
    settle(sent, {"subject": "Quarterly numbers"})
    assert sent == {"subject": "Quarterly numbers", "text": "Thanks for the update!"}
    ticket = {"subject": "Damaged parcel", "text": "Thanks for the update!"}
    settle(ticket, {})
    assert "parcel" in ticket["text"].lower()
    pooled = {"Subject": "Running late", "Body": "Happy birthday! Hope you have a great day."}
    settle(pooled, {})
    assert "late" in pooled["Body"]
