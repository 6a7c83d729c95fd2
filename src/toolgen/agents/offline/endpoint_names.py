"""What an endpoint's name says: its words, and the verb and object they make.

Corpus names are messy ("searchHotels", "Get Hotel Details", "/v1/hotels/{id}",
"GET_weather_forecast", "JWTDecode", "Calculate Loan (POST )", "考试点公开课程", ""), so a
name is split into words (HTTP methods, versions, path parameters and API noise dropped,
glued words said apart), then read for a verb: a leading one, a phrasal one, one after a
namespace (`flight_book`) or one from an agent noun ("password generator" -> "generate").
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.agents.offline.user_verbs import AGENT_NOUNS as _AGENT_NOUNS
from toolgen.agents.offline.user_verbs import VERBS as _VERBS
from toolgen.agents.offline.word_forms import case_word as _case
from toolgen.agents.offline.word_forms import singular as _singular
from toolgen.executor.glued import unglue

_LEADING = frozenset(_VERBS) | {"view", "put", "set", "new", "dismiss", "confirm"}
NOISE = {"api", "apis", "endpoint", "endpoints", "v", "call", "request", "the", "a", "an",
         "rest", "xml", "http", "https", "www", "com", "rapidapi", "graphql",
         "method", "function", "service", "using", "via", "use"}
# Nouns that make "method" a thing of their own ("payment method"), not an HTTP method.
_OF_METHOD = frozenset({"payment", "shipping", "delivery", "contact", "login", "auth",
                        "authentication", "billing", "transport"})
_HTTP = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}
_PHRASAL = {("sign", "up"): "sign up", ("sign", "in"): "log in", ("log", "in"): "log in",
            ("log", "out"): "log out", ("look", "up"): "look up", ("check", "out"): "check out"}
# Verbs that are as often nouns; at the end of a name they are the object ("weather forecast").
_NOUN_TOO = {"forecast", "search", "order", "review", "rate", "test", "list", "count",
             "play", "stream", "match", "format", "share", "like", "set", "sort", "filter",
             "rank", "hash", "query", "view", "display", "return", "change", "book", "data",
             "end", "close", "finish", "reset", "pause", "lock", "mute", "train", "copy",
             "report", "flag", "mark", "block"}
# Verbs that name a thing when alone ("Report", "Flag" of a country), an act when they
# have an object ("Report Sender", "flagTip").
_MODERATION = frozenset({"report", "flag", "mark", "block"})
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
PATH_PARAM = re.compile(r"\{[^}]*\}|<[^>]*>|(?<=/):\w+")
# Split camelCase only before a Capital+lowercase run ("searchHotels", "JWTDecode"), so
# "GraphQL", "HmacSHA256" and "iPhone" stay whole.
# ... and an acronym closing or inside a name ("ConvertrawresourceID" -> Convertrawresource
# ID, "validateUSAddress" -> validate US Address, never "validateUS address").
_CAMEL = re.compile(r"(?<=[a-z0-9])(?<!\b[a-z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z]{2})"
                    r"|(?<=[a-z]{3})(?=[A-Z]{2,}(?:$|[A-Z][a-z]))")
# A shouted word inside a glued name: "CreateaDRIVING_LICENSEdocument".
_UPPER_RUN = re.compile(r"(?<=[a-z])(?=[A-Z]{4,})|(?<=[A-Z]{5})(?=[a-z]{3,})")
_VERSION = re.compile(r"^v\d+(?:\.\d+)*$", re.IGNORECASE)


def words(text: str) -> list[str]:
    """The words of a name, tool name or text ("GET_weather_forecast" -> weather, forecast)."""
    return list(_text_words(text))


@lru_cache(maxsize=65536)  # a name is split for its verb, its object and its noun
def _text_words(text: str) -> tuple[str, ...]:
    text = _PARENS.sub(" ", text)
    text = PATH_PARAM.sub(" ", text)
    shouting = text.isupper() and len(text.split()) > 1
    out: list[str] = []
    text = _UPPER_RUN.sub(" ", text) if text.isascii() else text
    for raw in re.split(r"[\s/_\-.:,+&|\\\"'`]+", text):
        if not raw or _VERSION.match(raw):
            continue
        if raw in _HTTP:
            continue  # "GET_weather", "GET Call": a method, not the user's verb
        for piece in _CAMEL.split(raw) if raw.isascii() else [raw]:
            # "createanote", "listallaccounts": words run together, said apart
            glued = piece.islower() or (piece[:1].isupper() and piece[1:].islower())
            parts = unglue(piece.lower(), _LEADING) if glued else (piece,)
            parts = (piece,) if parts == (piece.lower(),) else parts
            for p in parts:
                # inside a glued name every word but "api" was meant ("...servicelevel")
                kept = len(parts) > 1 and p not in ("api", "apis")
                # "AcceptTermsOfUse": a noise word after "of" is what it is of ("terms of
                # use", "terms of service"), not to be dropped into "accept terms of"
                after_of = p.lower() in ("use", "service") and bool(out) and (
                    out[-1].lower() == "of")
                # "Delete_Payment_Method": the thing deleted is a payment method, not a
                # payment ("delete the payment for my payment method mth_1" was said)
                compound = p.lower() == "method" and bool(out) and out[-1].lower() in _OF_METHOD
                # "Districts_Of_A_City": "of a city", never "all districts of city"
                article = p.lower() in ("a", "an") and bool(out) and out[-1].lower() in (
                    "of", "in", "for", "from", "to", "on", "at", "with")
                if not p or _VERSION.match(p) or (p.lower() in NOISE and not kept
                                                  and not after_of and not compound
                                                  and not article):
                    continue
                out.append(p.lower() if shouting or article else p)
    return tuple(_tidy_words(out))


# Nouns a name writes solid that English writes hyphenated (Eqivo's `ScheduleHangup`):
# "hangup" is no word a reader knows, "a hang-up" is.
_HYPHENATED = {"hangup": "hang-up", "hangups": "hang-ups"}


def _tidy_words(words: list[str]) -> list[str]:
    """"today s events" -> "today's events" (an apostrophe lost to the separator split);
    a word said twice in a row is said once;
    a leading bare number ("v2_0_solar_estimation") and a trailing HTTP method of a
    generated operation id ("..._id__id__get") are not part of what the user wants; "city wise"
    is one word, "city-wise"."""
    out: list[str] = []
    for w in words:
        if w == "s" and out and out[-1].isalpha():
            out[-1] += "'s"
        elif w.lower() in _HYPHENATED:
            out.append(_HYPHENATED[w.lower()])
        elif out and w.isalpha() and w.lower() == out[-1].lower():
            continue  # "prompt_prompt_post": one prompt, not "the prompt prompt"
        else:
            out.append(w)
    while out and out[0].isdigit() and len(out) > 1:
        out = out[1:]
    at = next((i for i, w in enumerate(out) if i and w.lower() == "wise"), None)
    if at is not None and out[at - 1].isalpha():
        # "City_wise_data": the city-wise data, never "the data on the city wise"
        # (ToolBench seed 71 #19)
        out = [*out[:at - 1], f"{out[at - 1].lower()}-wise", *out[at + 1:]]
    if len(out) >= 4 and out[-1] in ("get", "post", "put", "delete", "patch"):
        out = [w for w in out[:-1] if w.lower() != "id"]
    elif len(out) == 3 and out[-1] in ("get", "post") and out[0].lower() in _VERBS:
        out = out[:-1]  # "get_emails_get", "read_root_get": the method again
    return out


def parse(words: list[str], said: str | None = None) -> tuple[str | None, list[str]]:
    """The user verb and object a name's words say (`getUserById` -> get, [User]); no verb
    when none is found. `said` is the verb a description opens with."""
    if not words:
        return None, []
    pair = (words[0].lower(), words[1].lower()) if len(words) > 1 else None
    if pair in _PHRASAL:
        return _PHRASAL[pair], [_case(w) for w in words[2:]]
    if words[0].lower() == "hang-up":  # `HangupAllCalls`: hang up all calls
        return "hang up", [_case(w) for w in words[1:]]
    first = _VERBS.get(words[0].lower())
    if len(words) == 1 and words[0].lower() in _MODERATION:
        return None, [_case(words[0])]  # a lone `Report` or `Flag` is a thing to get
    if first == "pick a random" and (inner := inner_verb(words, said)) is not None:
        return inner  # `random_forest.train`: train a random forest, not "a random forest"
    second = words[1].lower() if len(words) > 1 else ""
    if first is not None and len(words) > 2 and words[0].lower() in _NOUN_TOO | {"store"} and (
            second in _VERBS and second not in _NOUN_TOO):
        # `store_find_nearby`: find a store nearby, not "save the find nearby"
        return _VERBS[second], [_case(w) for w in (words[0], *words[2:])]
    if first is not None and _new_things(words):
        return "get", [_case(w) for w in words]  # `new_releases`: get the new releases
    if first is not None:
        rest = words[1:]
        low = [w.lower() for w in rest]
        if "by" in low[1:]:
            rest = rest[: low.index("by", 1)]
        return first, [_case(w) for w in rest]
    low = [w.lower() for w in words]
    if "by" in low[1:]:
        words = words[: low.index("by", 1)]  # "getUserById": the key is not the goal
    inner = inner_verb(words, said)
    if inner is not None:
        return inner
    for i in range(len(words) - 1, -1, -1):
        hit = _AGENT_NOUNS.get(words[i].lower())
        if hit:
            if hit in ("convert", "translate") and 0 < i < len(words) - 1:
                # `note_conversion_indian`: what is converted, then what into
                into = [w.upper() if len(w) <= 3 else w.capitalize() for w in words[i + 1:]]
                return hit, [*(_case(w) for w in words[:i]), "to", *into]
            rest = words[:i] + words[i + 1:]
            if i == 0 and len(rest) > 1 and rest[0].lower() in ("of", "for"):
                rest = rest[1:]  # "Summarization of texts": summarize texts
            return hit, [_case(w) for w in rest]
    last = words[-1].lower()
    if len(words) > 1 and last in _VERBS and last not in _NOUN_TOO:
        return _VERBS[last], [_case(w) for w in words[:-1]]  # "JWTDecode"
    return None, [_case(w) for w in words]


def _new_things(words: list[str]) -> bool:
    """`New releases`, `new_arrivals`: the new things of a kind, listed, not made."""
    rest = [w.lower() for w in words[1:]]
    return (words[0].lower() == "new" and bool(rest) and not set(rest) & set(_VERBS)
            and _singular(rest[-1]) != rest[-1])


# Noun-or-verb words read as the verb when an object follows them inside a namespaced
# name (`api_management_search_publisher`), unless the pair is a noun compound.
_VERB_BEFORE_OBJECT = {"search", "list", "book", "filter", "sort", "query", "view"}
_NOUN_AFTER = {"history", "results", "result", "count", "settings", "options", "suggestions",
               "terms", "term", "index", "engine", "box", "bar", "page", "item", "items"}


# State-change verbs that are as often things, kept as words of the object before a later
# verb (`smart_lock_unlock`: unlock the smart lock).
_STATE_NOUNS = frozenset({"end", "close", "finish", "reset", "pause", "lock", "mute"})


# Words of an API's section name, not of the thing acted on (`publish_subscribe_trades_...`).
_SECTION_WORDS = {"publish", "subscribe", "manage", "management", "admin", "public", "private"}


def _is_inner_verb(words: list[str], i: int, said: str | None) -> bool:
    low = words[i].lower()
    verb = _VERBS.get(low)
    return verb is not None and (low not in _NOUN_TOO or said == verb or (
        low in _VERB_BEFORE_OBJECT and i + 1 < len(words)
        and words[i + 1].lower() not in _NOUN_AFTER))


def inner_verb(words: list[str], said: str | None) -> tuple[str, list[str]] | None:
    """A verb after a namespace, as function names put it: `flight_book` -> book a flight,
    `religion_history_get_schisms` -> get religion history schisms, `concert_booking_book_
    ticket` -> book a concert ticket. A verb that is as often a noun ("book", "list")
    counts only when the description opens with it ("Books a flight ...")."""
    found = [i for i in range(1, len(words)) if _is_inner_verb(words, i, said)]
    # `publish_subscribe_trades_create_trade`: the last verb with an object is the action
    with_object = [i for i in found if i + 1 < len(words)]
    for i in ([with_object[-1]] if with_object else found[:1]):
        verb = _VERBS[words[i].lower()]
        after = [_case(w) for w in words[i + 1:]]
        later = {_singular(a.lower()) for a in after}
        before = [_case(w) for w in words[:i] if w.lower() not in _AGENT_NOUNS
                  and (w.lower() not in _VERBS or w.lower() in _STATE_NOUNS
                       or w.lower() == "random")
                  and w.lower() not in _SECTION_WORDS]
        if any(_singular(w.lower()) in later for w in before):
            before = []  # `ride_hailing_get_rides`: the namespace names the object's service
        # A namespace reads as a compound only before a one-word object ("concert ticket")
        obj = [*before, *after] if len(before) <= 2 and len(after) <= 1 else after
        if [w.lower() for w in after] == ["all"]:  # `core_memory_retrieve_all`
            obj = ["all", *before]
        return (verb, obj) if obj else None
    return None
