"""A message the user asked to read is quoted in the answer: a body of over 60 characters
was left out ("I found the message - it's Damaged parcel, with sender ...", ToolBench seed
3419672 #3), while a send's answer is not recited back as what the message says."""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint

_BODY = "My parcel arrived with the box crushed and the mug inside broken."


def _done(function_name: str, args: dict[str, Any], output: Any) -> Executed:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t",
                        tool_name="Temp Gmail", category="Email", name=function_name)
    return Executed(MadeCall("c1", endpoint, args), ExecutionResult("ok", output, None, ()),
                    None)


def test_a_read_message_s_body_is_quoted() -> None:
    output = {"from": "lee.harris43@bailey.com", "subject": "Damaged parcel", "text": _BODY,
              "received_at": "2025-08-15T02:24:00Z", "message_id": "mss_5a9714"}
    done = _done("read_message_for_temp_gmail", {"message_id": "mss_5a9714"}, output)
    intent = Intent(verb="read", obj="the message", phrase="read the message")
    values = [f.value for f in outcome_of(done, intent).facts]
    assert any(_BODY in v for v in values), values
    # who sent it: two alike messages from two people are told apart
    assert any(_BODY in v and "lee.harris43@bailey.com" in v for v in values), values


def test_a_sent_message_s_confirmation_is_not_quoted_as_its_text() -> None:
    output = {"success": True, "message": "Email created successfully.", "email_id": "eml_1"}
    done = _done("send_email_post_for_send_emails_api", {"to": "a@b.com"}, output)
    intent = Intent(verb="send", obj="an email", phrase="send an email")
    facts = outcome_of(done, intent).facts
    assert not any(f.value.startswith('"') for f in facts), facts  # nothing quoted as read
