"""Arguments the assistant makes or picks itself: never the user's to state.

A client-generated key is bookkeeping between caller and service: SnapCX's `requestId`
("Mandatory Client provided unique request id. Same request_id is returned as part of
response header"), an `idempotency_key`, Foursquare's `ignoreDuplicatesKey` (handed back
by the 409 of a first failed attempt), a `X_TraceId` "copied to API response header", a
transaction `nonce`. No person knows one: "stop the point (request rqs_2770b8)" and "for
my ignore duplicates fc03e9924ea0eaa9" were said. An optional one is left out; a required
one the assistant makes up itself.

A required response control with no default (Vimeo's `format`, "json or xml or php") is
the assistant's pick too ("(xml output, please)" was said): it asks for JSON when the
description offers it.

`client_key(name, description)` and `assistant_made(name, description)` say which;
`picked(name, description, drawn)` is the value the assistant sends. Names and texts
only, no network.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.executor.controls import left_to_assistant
from toolgen.executor.values import normalize_key
from toolgen.records import Parameter

# Name endings that are client bookkeeping whatever the description says.
_ALWAYS = ("idempotency_key", "idempotency_token", "idempotency_id", "dedupe_key",
           "dedup_key", "deduplication_key", "duplicates_key", "duplicate_key",
           "client_token", "client_request_id", "trace_id", "traceid", "correlation_id",
           "nonce")
# A request id is the client's own when its description says so; one "to fetch the
# result of an earlier request" names that request (`executor.asked`), which is given.
_REQUEST_IDS = ("request_id", "requestid", "req_id")
_MADE = re.compile(r"\b(?:client|caller)[- ]?(?:provided|generated|supplied|side)\b|"
                   r"\bunique (?:request|client|call)\b|\bresponse header\b|"
                   r"\bidempoten|\bduplicate", re.I)


@lru_cache(maxsize=16384)  # per parameter spelling and text: endpoints recur
def client_key(name: str, description: str = "") -> bool:
    """Whether the argument `name` is a key the client makes for its own bookkeeping."""
    nk = normalize_key(name)
    if nk.endswith(_ALWAYS):
        return True
    return nk.endswith(_REQUEST_IDS) and _MADE.search(description) is not None


def assistant_made(name: str, description: str = "") -> bool:
    """A client key or a response control: the assistant supplies it unasked."""
    return client_key(name, description) or left_to_assistant(name, description)


def described_by(param: Parameter) -> str:
    """What `param`'s schema says of it besides its name: description and enum."""
    enum = param.json_schema.get("enum")
    return f"{param.description} {enum}" if enum else param.description


_JSON = re.compile(r"\bjson\b", re.I)


def picked(name: str, description: str, drawn: object) -> object:
    """The value the assistant sends for an `assistant_made` argument: JSON for a
    serialisation the description offers it in, else the drawn value (a made-up key)."""
    if left_to_assistant(name, description) and _JSON.search(description) and isinstance(
            drawn, str) and not client_key(name, description):
        return "json"
    return drawn
