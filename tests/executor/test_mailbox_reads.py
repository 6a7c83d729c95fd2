"""Reading a mailbox or a number's SMS history answers the messages in it: Temp Mail's
`read_inbox` answered an address check (`{"message_id", "email", "is_valid", "domain"}`,
ToolBench seed 7 #138) and a virtual number's `view_sms_history` a phone-number lookup
(carrier, country). An address checker keeps its verdict. Read as a reviewer reads the
outputs; what a message holds is written here by hand."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.objects import objects_in

_EMAIL_ARG = "ann.lee@example.com"


@pytest.fixture(scope="module")
def boxes() -> Any:
    return corpus_endpoints(TOOLBENCH / "Email/temp_mail.json",
                            TOOLBENCH / "Email/apimail10.json",
                            TOOLBENCH / "SMS/virtual_number.json",
                            TOOLBENCH / "Email/mailboxlayer.json")


def _outputs(boxes: Any, name: str, n: int = 12) -> list[Any]:
    eps, executor = boxes
    ep = eps[name]
    args = {p.name: (_EMAIL_ARG if "mail" in p.name.lower() else "+14155550123")
            for p in ep.parameters if p.required}
    return [executor.session(seed).call(ep, args).output for seed in range(n)]


def _messages(out: Any) -> list[dict[str, Any]]:
    return [n for n in objects_in(out) if isinstance(n.get("text"), str)]


@pytest.mark.parametrize("name", ["read_inbox_for_temp_mail", "read_mail_for_apimail10"])
def test_a_read_mailbox_holds_mail(boxes: Any, name: str) -> None:
    bodies = set()
    for out in _outputs(boxes, name):
        found = _messages(out)
        assert found, out
        for m in found:
            assert "is_valid" not in m and "@" in str(m.get("from")), m
            assert len(m["text"].split()) >= 3 and m.get("subject"), m
            bodies.add(m["text"])
    assert len(bodies) >= 4  # not one message for every mailbox


def test_a_number_s_sms_history_holds_texts_from_numbers(boxes: Any) -> None:
    for out in _outputs(boxes, "view_sms_history_for_virtual_number"):
        found = _messages(out)
        assert found, out
        for m in found:
            assert "carrier" not in m and "subject" not in m, m  # a text has no subject
            sender = next(v for k, v in m.items() if k.startswith("from"))
            assert "@" not in sender and sum(c.isdigit() for c in sender) >= 7, m


def test_an_address_check_keeps_its_verdict(boxes: Any) -> None:
    eps, _ = boxes
    check = next(n for n in sorted(eps) if n.startswith("check") and "mailboxlayer" in n)
    for out in _outputs(boxes, check, 4):
        assert not _messages(out), out
