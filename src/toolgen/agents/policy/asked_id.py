"""The id a request asks for, said first.

ToolBench seed 11 #257: "look up the user's id called Trevor Reviews" was answered "it's
Trevor Oconnell, with username trevor_reviews", and the `user_id` usr_709cb0 that came
back went unsaid: an id is no content elsewhere, but here it is what was asked.
`asked_id(output, intent)` is the fact of a top-level id field of `output` when the
request's object names an id ("the user's id", "the channel ID") and, when it names a
thing too, the id is that thing's (`user_id` for "the user's id"); None otherwise.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent
from toolgen.executor.values import id_entity, singular

_ID_WORDS = frozenset({"id", "ids", "identifier", "identifiers"})


def asked_id(output: Any, intent: Intent) -> Fact | None:
    """The id `intent` asks for, read off `output` (module doc)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", intent.obj)]
    if not _ID_WORDS.intersection(words) or not isinstance(output, dict):
        return None
    named = {singular(w) for w in words} - _ID_WORDS
    ids = [(k, v) for k, v in output.items() if isinstance(v, str | int)
           and not isinstance(v, bool) and id_entity(str(k)) is not None]
    own = [(k, v) for k, v in ids if id_entity(str(k)) in named]
    if not own and len(ids) != 1:
        return None  # several ids and none the thing named: which one is not said
    key, value = (own or ids)[0]
    return Fact(label=lang.slot_label(str(key)), value=lang.value_text(value))
