"""A credential a call passes never comes back in its answer.

The runtime supplies a session's credential behind a reference (`$SESSION_ID`), and an
API does not restate it: `{"score": 70, "SessionID": "$SESSION_ID"}` echoes plumbing as
if it were a result. `drop_sent_credentials(output, args)` removes, from the top-level
object of an answer, each field under a credential name (`is_credential_name`: keys,
tokens, passwords, session ids) that holds the value the call sent. A token the mock
service issues (an auth call's answer) is not sent, so it stays. In place, pure.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.registry.secrets import is_credential_name as _is_credential_name

# Asked of every string argument of every call; the names are a schema's parameter names
# and an answer's keys, so a name's verdict is worked out once.
is_credential_name = lru_cache(maxsize=8192)(_is_credential_name)


def drop_sent_credentials(output: Any, args: dict[str, Any]) -> None:
    """Remove the sent credentials the answer echoes (module doc)."""
    if not isinstance(output, dict):
        return
    sent = {v for k, v in args.items() if isinstance(v, str) and is_credential_name(k)}
    if not sent:
        return
    for key in [k for k, v in output.items() if isinstance(v, str) and v in sent
                and is_credential_name(k)]:
        del output[key]
