"""Mode switches: parameters whose documented value only says which variant an endpoint is.

The OCR API's "Image URL" endpoint takes `endpoint='url'` and `etype='url'`, its "Upload
Image" sibling `endpoint='image'`; the NBA API's roster endpoint takes
`roster_schedule='Roster'`, its schedule sibling `'Schedule'`; video_convert's
`videoConvert` takes `video='video'`. The default names one of the call's own parameters
or a word of the parameter's own name (or, when it repeats the parameter's name, a word
of the endpoint's name). No person states such a value ("extract the text (that's url)",
"It's Roster."), the caller sends what the API documents, and the answer does not
restate it. `mode_switch(param, endpoint)` says whether a parameter is one. Names only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.executor.values import id_entity, normalize_key
from toolgen.records import Endpoint, Parameter

_WORD = re.compile(r"[a-z0-9]+")
# Never a mode, whatever its default repeats: who asks and their secrets.
_SECRETS = frozenset({"password", "passwd", "secret", "token", "key", "api_key", "apikey",
                      "access_token", "username", "user", "email", "grant_type"})
# A schema's placeholder (`searchString='string'`) is no documented value.
_PLACEHOLDERS = frozenset({"string", "str", "text", "value", "example", "test", "sample"})


def mode_switch(param: Parameter, endpoint: Endpoint) -> bool:
    """Whether `param` of `endpoint` is a mode switch (module doc)."""
    default = param.default
    schema = param.json_schema if isinstance(param.json_schema, dict) else {}
    if (not isinstance(default, str) or schema.get("type", "string") != "string"
            or schema.get("enum") or id_entity(param.name) is not None):
        return False
    own = normalize_key(param.name)
    value = normalize_key(default)
    if (not value or value.isdigit() or own in _SECRETS or value in _SECRETS
            or value in _PLACEHOLDERS):
        return False
    if value == own:
        # `video='video'` selects the video variant of `videoConvert`; `tableName=
        # 'TableName'` is a placeholder of an endpoint about SQL schemes, not a mode.
        return value in _endpoint_words(endpoint.name)
    return (value in own.split("_")
            or any(value == normalize_key(p.name) for p in endpoint.parameters))


@lru_cache(maxsize=16384)
def _endpoint_words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(normalize_key(name).replace("_", " ")))
