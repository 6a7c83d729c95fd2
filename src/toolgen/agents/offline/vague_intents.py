"""`vague(endpoint)`: whether the only request a user could make of an endpoint names the
tool or a stray token, not a thing wanted.

Some corpus endpoints say nothing of what they do: Frederick's `thelast1` ("use
Frederick"), DGM Order's `dgm-endpoint` ("use DGM Order"), Eqivo's `/v0.1/Call/` ("check
1 for this page"), My test's `Urlcut` ("pull up the urlcut"). A reviewer rejects such a
record at once (ToolBench seed 71 #3, #8, #13, #25); the planner draws another chain
instead (`Runtime.statable`).
"""

from __future__ import annotations

import re

from toolgen.agents.offline.intents import intent_of
from toolgen.agents.offline.word_forms import singular
from toolgen.records.tools import Endpoint
from toolgen.registry.word_list import word_ranks

_LETTERS = re.compile(r"[A-Za-z]+")
# Words of the trade the Wikipedia list lacks
_TRADE = frozenset({"webhook", "hashtag", "geolocation", "checkin", "dataset", "typeahead",
                    "bootstrapping", "keepalive", "kaomoji"})
_FILLER = frozenset({"the", "a", "an", "some", "of", "for", "from", "information", "any",
                     "all", "details", "data", "info"})


def vague(endpoint: Endpoint) -> bool:
    intent = intent_of(endpoint)
    words = _LETTERS.findall(intent.obj)
    said = [w.lower() for w in words]
    if intent.verb == "use" and said == [w.lower() for w in _LETTERS.findall(
            endpoint.tool_name)]:
        return True  # "use Frederick": the tool's name is all there is
    content = [w for w in words if w.lower() not in _FILLER]
    # "get 1", "get some information", "get the urlcut": no word says what is wanted (an
    # initialism, "IP", "OTP", says it)
    return not any(sum(map(str.isupper, w)) > 1 or _word(w.lower()) for w in content)


def _word(word: str) -> bool:
    # wordninja's whole list (126,000 words: "inbox", "streamer", "metering"), not the
    # common words `is_known` keeps
    listed = word_ranks()
    return len(word) > 2 and any(w in listed or w in _TRADE for w in (word, singular(word)))
