"""Endpoints ToolGen adds itself: the session-refresh call of `auth_refresh` dialogues.

Real corpora rarely ship a login endpoint next to the API that expires, so the
`auth_refresh` pattern offers this one. It is an ordinary Endpoint (the executor treats
it as an auth endpoint by name), listed in every runtime and in replay.
"""

from __future__ import annotations

from toolgen.records import Endpoint

REFRESH_TOKEN = Endpoint(
    id="ToolGen/session/refresh_access_token",
    function_name="refresh_access_token",
    tool_id="ToolGen/session",
    tool_name="Session",
    category="Auth",
    name="refresh access token",
    description="Refresh the expired access token of the current session.",
    method="POST",
    response_schema={
        "type": "object",
        "properties": {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "enum": ["Bearer"]},
            "expires_in": {"type": "integer"},
        },
    },
    response_source="declared",
)

SYNTHETIC: dict[str, Endpoint] = {REFRESH_TOKEN.id: REFRESH_TOKEN}
