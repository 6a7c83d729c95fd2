"""What a sign-in answers: a fresh token the session then holds.

`signed_in(state, output, rng)` puts one new token in every top-level token field of a
login's answer (`access_token`, `token`, ...), or adds `access_token` when it has none,
or wraps an answer that is no object; the session's state holds that token and is no
longer expired. `TOKEN_ARGS` are the argument names a later call sends a token under.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.state import SessionState
from toolgen.executor.values import normalize_key

TOKEN_ARGS = frozenset({"token", "access_token", "auth_token", "authorization", "bearer",
                        "session_token", "jwt", "id_token"})
_TOKEN_KEYS = TOKEN_ARGS | {"accesstoken"}


def signed_in(state: SessionState, output: Any, rng: random.Random) -> Any:
    token = f"tok_{rng.getrandbits(64):016x}"
    if isinstance(output, dict):
        keys = [k for k, v in output.items()
                if normalize_key(k) in _TOKEN_KEYS and not isinstance(v, (dict, list))]
        if keys:
            for k in keys:
                output[k] = token
        else:
            output["access_token"] = token
    else:
        output = {"access_token": token, "expires_in": 3600, "result": output}
    state.token = token
    state.auth_expired = False
    return output
