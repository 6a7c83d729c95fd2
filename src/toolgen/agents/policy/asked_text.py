"""The text a call was made for, which the answer quotes before any other result.

Asked for a case's summary, a person wants the summary, not "the URL is ..."; asked to
contact support, what support replied; asked for facts about a proton, a fact; asked
for a glossary's article, the term's definition; asked to read a message, what it says
(a body of over 60 characters was never said, ToolBench seed 3419672 #3). The
salient-leaf reader (`facts`) keeps short values only, so such a sentence was never said.
`asked_text(output, endpoint)` finds it: the answer's field of the kind the endpoint's
own name asks for (a summary, a reply, a fact, a description), in the answer or its first
list item; a message's body only when the call read one (a send's answer echoes the
user's own words, or says "Email created successfully.").
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.agents.offline import Fact
from toolgen.executor.result_kinds import own_words
from toolgen.records import Endpoint

# endpoint word -> (the output keys that hold its text, the label the answer says)
_ASKED = (
    (("summary", "summarize", "summarise", "summaries"), ("summary",), "summary"),
    (("fact", "facts"), ("fact", "text"), "first fact"),
    (("support", "contact", "complain", "complaint"), ("message", "reply", "response"),
     "reply from support"),
    (("describe", "description"), ("description",), "description"),
    # a glossary's article is a term's definition, not "the term is saffron, with URL
    # https://..." (BigOven's food glossary: the definition was never said)
    # a translation is quoted as the words it is, not run into the answer ("its translated
    # text is Vorrei prenotare un tavolo per due alle otto", ToolBench seed 71 #9)
    (("translate", "translation", "translator"), ("translation", "translatedtext"),
     "translation"),
    (("glossary", "glossaries", "definition", "definitions", "define", "meaning",
      "dictionary"), ("definition", "meaning", "definitions"), "definition"),
)
# What a read message, mail or chat says: said only when the call read it (no action);
# labelled "text", as "the message is" beside "for the message" says message twice.
_READ = (("message", "messages", "mail", "mails", "email", "emails", "inbox", "sms", "chat",
          "chats", "conversation", "conversations"),
         ("text", "body", "content", "snippet", "preview", "message"), "text")
_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")
_LONGEST = 240  # past this, the answer would recite a document


def asked_text(output: Any, endpoint: Endpoint, action: str = "") -> Fact | None:
    """The sentence the call was made for, labelled as a person names it (None: the
    endpoint asks for no text, or its answer holds none); `action` is the call's effect
    ("create", "" for a lookup)."""
    words = set(own_words(endpoint))
    for asked, keys, label in _ASKED if action else (*_ASKED, _READ):
        if words & set(asked):
            found = _text_at(output, keys)
            if found is not None:
                text, node = found
                sender = _sender(node) if label == _READ[2] else None
                # a message is told by who sent it: two alike from two people are two
                said = f'"{text}" from {sender}' if sender else f'"{text}"'
                return Fact(label=label, value=said)  # quoted, as their words
    return None


_SENDERS = ("from", "sender", "from_email", "from_number", "sender_email", "from_address")


def _sender(node: dict[str, Any]) -> str | None:
    return next((v for k in _SENDERS if isinstance(v := node.get(k), str) and v), None)


def _text_at(output: Any, keys: tuple[str, ...]) -> tuple[str, dict[str, Any]] | None:
    node = output
    for _ in range(3):  # the answer, its list, the list's first item
        if isinstance(node, dict):
            for key, value in node.items():
                if (_last(str(key)) in keys or _whole(str(key)) in keys) and _sentence(value):
                    return str(value), node
            lists = [v for v in node.values() if isinstance(v, list) and v]
            node = lists[0] if len(lists) == 1 else None
        elif isinstance(node, list) and node:
            node = node[0]
        else:
            return None
    return None


def _last(key: str) -> str:
    parts = [p for p in _SPLIT.split(key) if p]
    return parts[-1].lower() if parts else ""


def _whole(key: str) -> str:
    """A key's words run together: `translated_text` and `translatedText` are one key."""
    return "".join(p.lower() for p in _SPLIT.split(key) if p)


def _sentence(value: Any) -> bool:
    """Words to quote: three or more, or a text written without spaces (Japanese)."""
    return (isinstance(value, str) and len(value) <= _LONGEST and not value.startswith("http")
            and (len(value.split()) >= 3 or (not value.isascii() and len(value) >= 6)))
