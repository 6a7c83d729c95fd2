"""`forward` starts a name as a sending verb only when something is forwarded (an email, a
call); "Forward geocode" looks an address up and is no unrequested send."""

from __future__ import annotations

import pytest

from toolgen.judge.realism.actions import action_family
from toolgen.records import StepTrace


def _step(name: str) -> StepTrace:
    return StepTrace(step=0, call_id="call_1", endpoint_id=f"ep/{name}", function_name=name)


@pytest.mark.parametrize(("name", "family"), [
    ("forward_geocode_for_geocode_forward_and_reverse", None),
    ("forward_email_for_mailbox", "send"),
    ("forward_call", "send"),
    ("send_message", "send"),
])
def test_forward_sends_only_a_forwarded_thing(name: str, family: str | None) -> None:
    assert action_family(_step(name)) == family
