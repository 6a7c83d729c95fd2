"""An email's body is about its subject, read from the outputs as a reviewer reads them:
a message "Login keeps failing" read "Please find the invoice attached." and one "Cancel
my subscription" read "Happy birthday!" (ToolBench seed 7 #42). What each subject is
about is written here by hand."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.objects import objects_in

_ABOUT = {"Login keeps failing": "log in", "Cancel my subscription": "cancel",
          "Damaged parcel": "parcel", "Password reset": "password",
          "Refund for a duplicate charge": "charged twice",
          "Missing item in my order": "order", "Copy of last invoice": "invoice",
          "Update billing details": "billing", "Change of delivery address": "address",
          "Upgrade to the annual plan": "annual", "Parcel marked delivered": "delivered",
          "App crashes on photo upload": "crashes",
          # a mailbox's own mail (`mail_messages`)
          "Meeting moved": "meeting", "Running late": "late", "Package arrived": "package",
          "Happy birthday!": "birthday", "Invoice attached": "invoice",
          "Catch up?": "catch up", "Office closed Monday": "closed", "Great photo": "photo",
          "Friday deadline": "friday", "Thanks!": "thanks",
          "Your order has shipped": "shipped", "Welcome aboard": "signing up",
          "Dinner on Saturday?": "dinner", "Your appointment is confirmed": "appointment",
          "See you at the cafe": "cafe", "Milk on the way home?": "milk",
          "Team meeting tomorrow": "team meeting"}


@pytest.fixture(scope="module")
def mail() -> Any:
    return corpus_endpoints(TOOLBENCH / "Email/disposable_gmail.json")


def test_a_messages_body_is_about_its_subject(mail: Any) -> None:
    eps, executor = mail
    ep = next(e for n, e in sorted(eps.items()) if n.startswith("message_for"))
    read = 0
    for seed in range(30):
        out = executor.session(seed).call(ep, {"id": "mss_3983c8"}).output
        for node in objects_in(out):
            subject, body = node.get("subject"), node.get("text")
            if subject in _ABOUT and isinstance(body, str):
                read += 1
                assert _ABOUT[subject] in body.lower(), node
    assert read >= 5
