"""A credential the session holds is a named reference the runtime resolves, never a token."""

from __future__ import annotations

import re

from toolgen.agents.planner.session_values import context_note, reference
from toolgen.records import PlannedArg, PlannedCall


def test_reference_names_the_credential_not_a_value() -> None:
    assert reference("access_token") == "$ACCESS_TOKEN"
    assert reference("SessionID") == "$SESSION_ID"
    assert reference("api_key") == "$API_KEY"


def test_note_states_references_only() -> None:
    call = PlannedCall(call_id="call_1", endpoint_id="t/e", function_name="e", arguments=(
        PlannedArg(name="access_token", source="context", value=reference("access_token")),))
    note = context_note([call])
    assert note is not None and "$ACCESS_TOKEN" in note
    assert not re.search(r"tok_[0-9a-f]{8,}|[0-9a-f]{16}", note)
