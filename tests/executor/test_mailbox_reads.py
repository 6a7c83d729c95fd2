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


@pytest.fixture(scope="module")
def senders() -> Any:
    return corpus_endpoints(TOOLBENCH / "Email/mass_email_sending_api.json",
                            TOOLBENCH / "Other/onehop_sms.json")


def test_a_sent_message_answers_whether_it_went_not_an_address_check(senders: Any) -> None:
    # a mass email answered `"email": "mary.willis@reynolds.com", "is_valid": true`
    # (ToolBench seed 7 #170), an SMS a phone number's carrier and country (#284)
    eps, executor = senders
    mail = next(e for n, e in sorted(eps.items()) if n.startswith("send_mass_email"))
    sms = eps["send_sms_for_onehop_sms"]
    mail_args = {"mail_port": 587, "subject": "Office closed Monday",
                 "body": "Reminder: the office is closed on Monday.",
                 "mail_username": "ann.lee", "sender": _EMAIL_ARG,
                 "file_path": "notes.txt", "mail_server": "smtp.example.com"}
    sms_args = {"sms_text": "Running late", "sender_id": "snd_1",
                "mobile_number": "+14155550123"}
    for seed in range(6):
        for ep, args in ((mail, mail_args), (sms, sms_args)):
            result = executor.session(seed).call(ep, args)
            assert result.status == "ok", result.output
            out = result.output
            assert not {"is_valid", "carrier", "domain"} & set(out), out
            emails = {v for v in out.values() if isinstance(v, str) and "@" in v}
            assert emails <= {_EMAIL_ARG}, out  # no address the user never named
