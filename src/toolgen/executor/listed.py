"""The members of a list whose key names no kind of value.

A scalar field of no known kind takes a setting word ("standard"), which reads as a
value of a setting; a list of them does not: `get_list_of_top_level_domains` answered
`{"data": ["standard", "default", "general"]}` and the answer said "the data are standard
and default". A list holds members of its kind: the kind the endpoint lists (its entity:
`teams` lists team names, `top_level_domains` domain endings, a video channel's `tabs`
the tabs of its page, not channel names), and when nothing says what
its members are, it is answered empty rather than filled with words that are no member
of anything (`listed_gen`). Pure; never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.executor.field_values import BLAND_GEN
from toolgen.executor.gen_context import Gen, pick
from toolgen.executor.values import normalize_key

# Top-level domains (IANA's root zone): generic ones and the country codes most seen.
TLDS = (".com", ".org", ".net", ".io", ".dev", ".app", ".info", ".edu", ".gov", ".co",
        ".de", ".uk", ".fr", ".nl", ".jp", ".br", ".in", ".au", ".ca", ".es", ".it", ".pl")
_TLD_WORDS = ("tld", "top_level_domain", "domain_extension", "domain_ending")
# The tabs of a video channel's page, as the video sites name them.
CHANNEL_TABS = ("Home", "Videos", "Shorts", "Live", "Playlists", "Community", "About")
_VIDEO_WORDS = frozenset({"channel", "channels", "video", "videos", "youtube", "stream",
                          "streams"})


def listed_kind(nouns: tuple[str, ...]) -> Gen | None:
    """A members' generator the endpoint's nouns name outright (top level domains, a
    video channel's tabs)."""
    keys = {normalize_key(n) for n in nouns}
    text = "_".join(sorted(keys))
    if any(w in text for w in _TLD_WORDS) or (
            "level" in keys and keys & {"domain", "domains"}):
        return pick(TLDS)
    if keys & {"tab", "tabs"} and keys & _VIDEO_WORDS:
        return pick(CHANNEL_TABS)
    return None


def listed_gen(candidates: tuple[str, ...], nouns: tuple[str, ...],
               member: Callable[[str], Gen]) -> Gen | None:
    """The members' generator of a list of no known kind: the one `listed_kind` names,
    else `member(noun)` for the first candidate noun that has a kind of its own (not a
    setting word); None when nothing does (the list is then answered empty)."""
    named = listed_kind(nouns)
    if named is not None:
        return named
    for noun in candidates:
        if noun and noun not in ("item", "record"):
            gen = member(noun)
            if gen is not BLAND_GEN:
                return gen
    return None
