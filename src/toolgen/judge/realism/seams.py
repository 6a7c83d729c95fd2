"""Answer template seams: sentences an answer template built that no person writes.

"34 turned up; the first has scheme ACH; the first is at 74.78 USD" (the first item
named twice), "A product to cart is added" (an intent's object made a passive subject with
its place still attached), "I pulled up the ways I can pay" (the user's "I" kept in the
assistant's mouth), "Velvet City, with author Kevin Weaver", "with status confirmed",
"with type premium", "with rate 1.087", "with URL https://...", "with channel Larry Music",
"the first has publisher name Bridgewater House" (a field's label put before its value, as
a form shows it; a person says "by Kevin Weaver", "at a rate of 1.087", "at https://...",
"from Larry Music", "the first is Bridgewater House"). `wording` reports them
as `answer_seam`.
"""

from __future__ import annotations

import re

_SEAMS = re.compile(
    r"\b(?:the first|it) (?:has|with) [^.;]{1,80}; (?:the first|it) is\b"
    r"|(?:^|[.!?:] |; |- )(?:A|An) [a-z]+ to [a-z]+(?: [a-z]+)? (?:is|are) (?:added|posted|"
    r"moved|sent|uploaded|saved|attached|assigned|copied|subscribed)\b"
    r"|\b(?:the|your) (?:ways|cards|methods|places|things) I (?:can|could) \w+"
    r"|\bwith (?:status|format|author|artist|director|cinema|venue|username|rate|scheme"
    r"|category|genre|description|width|height|progress|eta|text"
    # where a thing is reached or lies: "with URL https://...", "with channel Larry Music",
    # "with county Santa Clara County" (a person says "at", "from", "in")
    r"|(?i:url|zip)|link|website|email|channel|source|county|province|postcode|street address"
    r"|(?:country|city|state|region) name|[a-z]+ (?:email|URL)"
    r"|(?:(?!(?:a|an|the|its|their|your|my|our|this|that|no|any|some) )[a-z]+ )?type)"
    # the value: a name, a figure, a quote, a link, an address, or one lower-case word
    # ending the clause
    r" (?:[A-Z0-9\"'(]|https?://|[\w.+-]+@|[a-z][\w.-]*(?=[.,;!?)]|$))"
    # "the first has publisher name Bridgewater House": a label before the first item's
    # value after "has" (a person says "the first is ...", "the first is in Albania")
    r"|\b(?:the first|it) has (?:[a-z]+ )?(?:name|title|email|(?i:url)|link|website|channel"
    r"|source|county|province|address) (?:[A-Z0-9\"']|https?://|[\w.+-]+@)")


def seam(text: str) -> str | None:
    """The first template seam in an answer's `text`, or None."""
    if ";" not in text and " to " not in text and " I " not in text and "with " not in text:
        return None  # every seam holds one of these: most answers need no search
    found = _SEAMS.search(text)
    return found.group(0) if found is not None else None
