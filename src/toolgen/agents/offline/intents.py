"""What an endpoint does, in the user's words: `intent_of(endpoint) -> Intent`.

Corpus names are messy ("searchHotels", "Get Hotel Details", "/v1/hotels/{id}",
"GET_weather_forecast", "JWTDecode", "Calculate Loan (POST )", "考试点公开课程", ""), so the
name is split into words, HTTP methods, versions and path parameters are dropped, a verb
is found (or taken from an agent noun: "password generator" -> "generate") and mapped to
a plain user verb; weak names fall back to the description. Results are cached per
endpoint id because the planner asks for the same endpoints over and over.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.agents.offline.goal_phrases import bare_compound
from toolgen.agents.offline.types import Intent
from toolgen.agents.offline.types import article as _a
from toolgen.agents.offline.user_verbs import AGENT_NOUNS as _AGENT_NOUNS
from toolgen.agents.offline.user_verbs import VERBS as _VERBS
from toolgen.agents.offline.user_verbs import third_person as _third_person
from toolgen.agents.offline.word_forms import case_word as _case
from toolgen.agents.offline.word_forms import participle as _participle
from toolgen.agents.offline.word_forms import plural as _plural
from toolgen.agents.offline.word_forms import resultative as _resultative
from toolgen.agents.offline.word_forms import singular as _singular
from toolgen.executor.glued import unglue
from toolgen.records.tools import Endpoint
from toolgen.registry.english import is_known, unsayable

_LEADING = frozenset(_VERBS) | {"view", "put", "set", "new", "dismiss", "confirm"}
_INTRANSITIVE = {"log in": "to my account", "log out": "of my account",
                 "sign up": "for an account", "register": "an account"}
_NOISE = {"api", "apis", "endpoint", "endpoints", "v", "call", "request", "the", "a", "an",
          "rest", "xml", "http", "https", "www", "com", "rapidapi", "graphql",
          "method", "function", "service", "using", "via", "use"}
# A name's first word that makes it a yes/no question, and how the question says it.
_ASKS_WHETHER = {"is": "is", "has": "has", "can": "can", "does": "does"}
# Nouns that make "method" a thing of their own ("payment method"), not an HTTP method.
_OF_METHOD = frozenset({"payment", "shipping", "delivery", "contact", "login", "auth",
                        "authentication", "billing", "transport"})
_HTTP = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}
_WEAK = {"batch", "data", "info", "information", "result", "results", "details", "detail",
         "status", "all", "list", "item", "items", "v2", "test", "default", "main", "root",
         "index", "home", "summary", "response", "output", "input", "one", "by", "id", "ids"}
_PHRASAL = {("sign", "up"): "sign up", ("sign", "in"): "log in", ("log", "in"): "log in",
            ("log", "out"): "log out", ("look", "up"): "look up", ("check", "out"): "check out"}
# Words after which a description's verb is expected ("... used to fetch", "... that decodes").
# Verbs that are as often nouns; at the end of a name they are the object ("weather forecast").
_NOUN_TOO = {"forecast", "search", "order", "review", "rate", "test", "list", "count",
             "play", "stream", "match", "format", "share", "like", "set", "sort", "filter",
             "rank", "hash", "query", "view", "display", "return", "change", "book", "data",
             "end", "close", "finish", "reset", "pause", "lock", "mute", "train"}
# Verbs whose object is something new ("book a room"); others get "the".
_INDEFINITE = {"place", "book", "reserve", "create", "add", "make", "order", "buy", "generate",
               "send", "schedule", "submit", "post", "register", "upload", "start", "train"}
_ACTIONS = {"create", "add", "update", "delete", "remove", "cancel", "book", "reserve", "pay",
            "order", "buy", "change", "edit", "set", "submit", "register", "send", "upload",
            "refund", "stop", "start", "pause", "resume", "restart", "reset", "close",
            "finish", "lock", "unlock", "enable", "disable", "mute", "unmute", "unlike",
            "unfollow", "retweet", "repost", "comment on", "reply to", "tag people in"}
_VERB_CUES = {"to", "that", "which", "will", "can", "you", "and", "endpoint", "api"}
# Where an object phrase from a description stops reading like a goal.
_OBJ_STOP = {"using", "via", "by", "with", "based", "according", "and", "which", "that",
             "from", "it", "so", "as", "if", "when", "into", "is", "are", "the", "your",
             "its", "their"}  # "the area of a circle (given) its radius"
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PATH_PARAM = re.compile(r"\{[^}]*\}|<[^>]*>|(?<=/):\w+")
# Split camelCase only before a Capital+lowercase run ("searchHotels", "JWTDecode"), so
# "GraphQL", "HmacSHA256" and "iPhone" stay whole.
# ... and a closing acronym ("ConvertrawresourceID" -> Convertrawresource ID).
_CAMEL = re.compile(r"(?<=[a-z0-9])(?<!\b[a-z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z]{2})"
                    r"|(?<=[a-z]{3})(?=[A-Z]{2,}$)")
# A shouted word inside a glued name: "CreateaDRIVING_LICENSEdocument".
_UPPER_RUN = re.compile(r"(?<=[a-z])(?=[A-Z]{4,})|(?<=[A-Z]{5})(?=[a-z]{3,})")
_VERSION = re.compile(r"^v\d+(?:\.\d+)*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z]|\s*$)|[\n;:!?(]|,\s|\s-\s")
_SNAKE = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")
_LISTY = {"find", "list", "browse", "search"}


def intent_of(endpoint: Endpoint) -> Intent:
    """The user-level intent of `endpoint`, cached by endpoint id."""
    hit = _BY_ENDPOINT.get(endpoint.id)
    if hit is not None and hit[0] is endpoint:
        return hit[1]
    intent = _cached(endpoint.id, endpoint.name, endpoint.description, endpoint.tool_name,
                     _keyed_thing(endpoint))
    if len(_BY_ENDPOINT) < _ENDPOINTS:
        _BY_ENDPOINT[endpoint.id] = (endpoint, intent)
    return intent


# endpoint id -> (the endpoint, its intent): a record asks for its endpoints' intents
# several times (goal, topic, every user turn); this skips reading the key parameter
# (`_keyed_thing`) and hashing the texts for the text-keyed cache below. The identity
# check keeps two registries with clashing ids apart; the bound is the text cache's.
_BY_ENDPOINT: dict[str, tuple[Endpoint, Intent]] = {}
_ENDPOINTS = 65536


@lru_cache(maxsize=65536)
def _cached(_id: str, name: str, description: str, tool_name: str, thing: str) -> Intent:
    return intent_from_text(name, description, tool_name, thing)


_ID_TAIL = re.compile(r"(?:[_\s-]?(?:id|ids|uuid|guid|key))$", re.IGNORECASE)


def _keyed_thing(endpoint: Endpoint) -> str:
    """What the endpoint's first required id names ("timerID" -> "timer", "order_id" ->
    "order"): the object of a name that is a bare verb ("end", "cancel")."""
    for p in endpoint.parameters:
        if p.required and _ID_TAIL.search(p.name):
            words = _words(_ID_TAIL.sub("", p.name))
            if len(words) == 1 and words[0].isalpha() and len(words[0]) > 2:
                return words[0].lower()
    return ""


def intent_from_text(name: str, description: str = "", tool_name: str = "",
                     thing: str = "") -> Intent:
    """Intent from raw corpus strings; never raises, always yields a readable phrase.

    A name a person cannot say ("judget0", "calorieninjas.p") gives way to what the
    description says the endpoint does ("code compiler online" -> compile code online).
    `thing` is what the endpoint's key names ("timer"): the object of a name that is a
    state change and nothing else ("end" -> stop the timer)."""
    if unsayable(name):
        said = _said_by_description(description)
        if said is not None:
            return said
    had_param = bool(_PATH_PARAM.search(name))
    verb, obj = _parse(_words(name), _opening_verb(description))
    if len(obj) > 1 and obj[-1].isdigit() and len(obj[-1]) == 1 and obj[-2].isalpha() and (
            obj[-2].lower() not in _MODIFIERS | _ORDINALS):
        # "All Recipes 3": the number tells one of an API's copies of an endpoint from
        # the others; no one asks for "all recipes 3" ("top 5" and "page 2" are said)
        obj = obj[:-1]
    if obj and all(w.lower() in _MODIFIERS for w in obj):
        # "Forward geocode": a modifier alone is no object ("geocode the forward"); the
        # description says what is asked ("get lat,lng coordinates from an address")
        said = _said_by_description(description)
        if said is not None:
            return said
    if had_param and verb is None and obj:
        verb, obj = "get", [*obj[:-1], _singular(obj[-1]), "details"]
    weak = not obj or all(w.lower() in _WEAK or w.isdigit() for w in obj)
    # "fetch by type and region", "search with bank name": the name says how, not what;
    # the description says what a person is after.
    weak = weak or obj[0].lower() in ("by", "with")
    if thing and obj and obj[0].lower() in _PREPOSITIONS and obj[0].lower() not in (
            "by", "with"):
        # `submitAtCoordinate(formId, ...)`: where it is done is no object ("submit an at
        # coordinate"); the key's thing is ("submit a form at coordinate")
        obj = [thing, *obj]
    if thing and len(obj) == 1 and _VERBS.get(obj[0].lower()) in _STATE_VERBS:
        # `play_stop(CallUUID)`: the state change is the action ("stop the call"), never
        # a thing to act on ("play the stop")
        verb, obj = _VERBS[obj[0].lower()], []
    if thing and verb is not None and len(obj) == 1 and _participle(obj[0]):
        obj = [thing]  # `preparingDownload(fileId)`: download the file, not "the preparing"
    if verb in _ACTIONS and thing and (not obj or all(w.lower() in _WEAK for w in obj)):
        obj, weak = [thing], False  # "end" with a timerID: stop the timer
    # A state-changing verb in the name is what the call does; a description must not
    # turn "update list item" into some other action.
    acts = verb in _ACTIONS and bool(obj)
    if (weak or verb is None) and verb not in _INTRANSITIVE and not acts:
        d_verb, d_obj = _from_description(description)
        if d_verb and d_obj:
            verb, obj = d_verb, d_obj
    elif verb is not None and _inner_verb(_words(name), _opening_verb(description)):
        # A namespaced name (`city_distance_find_shortest`, `painting_create_custom`) says
        # its object out of order; a description with the same verb about the same thing
        # says it as a sentence ("Calculates the shortest distance ...").
        d_verb, d_obj = _from_description(description)
        named = {_singular(w.lower()) for w in _words(name)}
        same = d_verb in (verb, "calculate", "get") or (d_verb in _ACTIONS and verb in _ACTIONS)
        if (same and d_obj and len(d_obj) <= 4
                and named & {_singular(w.lower()) for w in d_obj}):
            verb, obj = d_verb, d_obj
    if verb is not None and bare_compound(" ".join(obj)) and not acts:
        # "verification token", "hailing rides": the name's words said as they are recite
        # the endpoint; what the description says it does is what a person asks for
        d_verb, d_obj = _from_description(description)
        if d_verb and d_obj and not bare_compound(" ".join(d_obj)) and not any(
                unsayable(w) for w in d_obj):
            verb, obj = d_verb, d_obj
    if verb in _CAPABILITIES and (done := _tool_agent_verb(tool_name)) is not None:
        # "It can accept any text": what a text is accepted for is what the tool is
        # ("AI Based Article Rewriter"): rewrite the text
        verb, obj = done, [w for w in obj if w.lower() not in _QUANTIFIERS] or obj
    if len(obj) > 1 and obj[0].lower() in _ASKS_WHETHER and (verb or "get") == "get":
        # `isPrime`, `is_currency_validatable`: a yes/no question, asked as one ("check
        # whether it is prime"), not "the is prime"
        text = " ".join(w.lower() for w in obj[1:])
        question = f"whether it {_ASKS_WHETHER[obj[0].lower()]} {text}"
        return Intent(verb="check", obj=question, phrase=f"check {question}")
    verb = verb or "get"
    if obj and all(unsayable(w) for w in obj):
        # Why: a name no one can say ("peunaple") recited is not what the user wants; the
        # tool's sayable words say it, or a plain "some information".
        obj = []
    if verb in _INTRANSITIVE and not obj:
        obj = [_INTRANSITIVE[verb]]
    if not obj or all(w.lower() in _WEAK for w in obj):
        tool = [w for w in _tool_words(tool_name) if not unsayable(w)]
        # "Email Verification" for a `verify` endpoint: the tool's name says the verb
        # again and what it is done to; the thing ("verify the email") is what is asked.
        rest = [w for w in tool if _AGENT_NOUNS.get(w.lower()) != verb]
        if not obj and len(rest) == 1 < len(tool) and rest[0].isalpha() and len(
                rest[0]) > 2 and is_known(rest[0].lower()):
            obj = [rest[0].lower()]
        elif not obj and thing and verb != "get":
            obj = [thing]  # `HangupCall(CallUUID)`: hang up the call, not the tool
        elif tool and obj:
            obj = [*obj, "from", *tool]
        elif tool:
            # A bare "Get" of Temp Gmail: "Temp Gmail info" recites the title as if it
            # were what is found; what a person asks is to use the tool
            verb, obj = ("use" if verb == "get" else verb), tool
    if not obj:
        obj = ["some information"]
    if verb in _LISTY and len(obj) == 1:
        obj = [_plural(obj[0])]
    text = _determiner(verb, obj[:7])
    text = _SNAKE.sub(" ", text)  # "audio_features of any track": a person writes words
    return Intent(verb=verb, obj=text, phrase=f"{verb} {text}")


_QUANTIFIERS = frozenset({"any", "some", "every", "each", "all", "no", "a", "an"})
# Verbs a description uses for what a tool takes, not for what it does with it.
_CAPABILITIES = frozenset({"accept", "support", "handle"})


def _tool_agent_verb(tool_name: str) -> str | None:
    """The verb of an agent noun in the tool's name ("Article Rewriter" -> rewrite)."""
    return next((_AGENT_NOUNS[w.lower()] for w in reversed(_tool_words(tool_name))
                 if w.lower() in _AGENT_NOUNS), None)


def _said_by_description(description: str) -> Intent | None:
    """The intent a description states, as a sentence ("Converts a note ...") or as a
    name would ("code compiler online"); None when it says nothing a person can say."""
    verb, obj = _from_description(description)
    if not (verb and obj):
        verb, obj = _parse(_words(_own_sentence(description)[:80]))
    kept = [w for w in obj if not unsayable(w)][:7]
    if any(unsayable(w) and i and obj[i - 1].lower() in _QUANTIFIERS
           for i, w in enumerate(obj)):
        return None  # "insert any subreddit available": "any available" is said by no one
    obj = kept
    while obj and obj[0].lower() in _PREPOSITIONS:
        obj = obj[1:]  # "XML of the zugferd invoice": what is left after the unsayable
    while obj and obj[-1].lower() in _PREPOSITIONS:
        obj = obj[:-1]
    if not verb or not obj or all(w.lower() in _WEAK for w in obj):
        return None
    text = _SNAKE.sub(" ", _determiner(verb, obj))
    return Intent(verb=verb, obj=text, phrase=f"{verb} {text}")


def _determiner(verb: str, obj: list[str]) -> str:
    """Put "a"/"the" before a short singular common noun ("book a room", "get the weather
    forecast"); plurals, names, acronyms and longer phrases stay as they are."""
    if verb == "pick a random" and obj[-1].isalpha() and obj[-1].islower():
        # "pick a random joke", never "pick a random a joke" nor "a random cat gifs"
        return " ".join([*obj[:-1], _singular(obj[-1])])
    text = " ".join(obj)
    if len(obj) > 3 or text == _INTRANSITIVE.get(verb) or obj[0] in _PREPOSITIONS:
        return text
    last = obj[-1]
    if not (last.isascii() and last.isalpha() and last.islower()) or last.endswith("s"):
        return text
    if any(not (w.isascii() and w.isalpha() and w.islower()) for w in obj):
        return text
    if obj[0] == "random" and verb in _INDEFINITE:
        return "a " + text  # "train a random forest"
    if obj[0] in ("all", "some", "my", "the", "a", "an", "any", "random", "latest", "current"):
        return text
    if verb in _INDEFINITE:
        return _a(text) + " " + text
    return "the " + text


def _words(text: str) -> list[str]:
    return list(_text_words(text))


@lru_cache(maxsize=65536)  # a name is split for its verb, its object and its noun
def _text_words(text: str) -> tuple[str, ...]:
    text = _PARENS.sub(" ", text)
    text = _PATH_PARAM.sub(" ", text)
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
                if not p or _VERSION.match(p) or (
                        p.lower() in _NOISE and not kept and not after_of and not compound):
                    continue
                out.append(p.lower() if shouting else p)
    return tuple(_tidy_words(out))


# Nouns a name writes solid that English writes hyphenated (Eqivo's `ScheduleHangup`):
# "hangup" is no word a reader knows, "a hang-up" is.
_HYPHENATED = {"hangup": "hang-up", "hangups": "hang-ups"}


def _tidy_words(words: list[str]) -> list[str]:
    """"today s events" -> "today's events" (an apostrophe lost to the separator split);
    a word said twice in a row is said once;
    a leading bare number ("v2_0_solar_estimation") and a trailing HTTP method of a
    generated operation id ("..._id__id__get") are not part of what the user wants."""
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
    if len(out) >= 4 and out[-1] in ("get", "post", "put", "delete", "patch"):
        out = [w for w in out[:-1] if w.lower() != "id"]
    elif len(out) == 3 and out[-1] in ("get", "post") and out[0].lower() in _VERBS:
        out = out[:-1]  # "get_emails_get", "read_root_get": the method again
    return out


def _parse(words: list[str], said: str | None = None) -> tuple[str | None, list[str]]:
    if not words:
        return None, []
    pair = (words[0].lower(), words[1].lower()) if len(words) > 1 else None
    if pair in _PHRASAL:
        return _PHRASAL[pair], [_case(w) for w in words[2:]]
    if words[0].lower() == "hang-up":  # `HangupAllCalls`: hang up all calls
        return "hang up", [_case(w) for w in words[1:]]
    first = _VERBS.get(words[0].lower())
    if first == "pick a random" and (inner := _inner_verb(words, said)) is not None:
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
    inner = _inner_verb(words, said)
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


_STATE_VERBS = frozenset({"stop", "start", "pause", "resume", "restart", "reset", "cancel"})
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


def _inner_verb(words: list[str], said: str | None) -> tuple[str, list[str]] | None:
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


def _own_sentence(description: str) -> str:
    """The description without a "Tool name: " prefix or a suite's preamble ("This tool
    belongs to the Math API, ... Tool description: Calculate the sum ...")."""
    text = description.strip()
    at = text.find("Tool description:")
    if at >= 0:
        return text[at + len("Tool description:"):].strip()
    return re.sub(r"^[^:\n]{1,80}:\s+", "", text)


def _opening_verb(description: str) -> str | None:
    """The user verb a description opens with ("Books a flight ..." -> "book")."""
    text = _own_sentence(description)
    first = text.split(" ", 1)[0].lower().strip(".,") if text else ""
    return _third_person(first) if first.isalpha() else None


_VAGUE = re.compile(r"\b(?:(?:a|the) )?(?:list|set|collection|number) of |\b(?:specified|specific|"
                    r"given|provided|particular|certain|detailed|comprehensive|desired) ",
                    re.IGNORECASE)
# Where a description's object ends once it has a head ("the forecast | for a city").
_PREPOSITIONS = {"of", "for", "in", "on", "at", "to", "from", "with", "by", "about"}
_OBJ_END = {"for", "in", "on", "at", "within", "between", "given", "including", "along",
            "if", "when", "where", "whether", "such"}


def _from_description(description: str) -> tuple[str | None, list[str]]:
    """Verb and object from the first clause of a description ("... used to fetch X",
    "Retrieves a list of major schisms in a specified religion" -> get major schisms)."""
    text = _own_sentence(description).strip("\"'")
    m = _SENTENCE_END.search(text)
    found = _described_object(_VAGUE.sub("", text[: m.start()] if m else text))
    if found[0] is None and m is not None and text[m.start()] == "." and re.match(
            r"you (?:can|may|have|need)\b", text, re.IGNORECASE):
        # "You can make a request finer ... . This endpoint will return the records": a
        # first sentence about how to call it; the next says what comes back
        rest = text[m.end():].strip()
        n = _SENTENCE_END.search(rest)
        found = _described_object(_VAGUE.sub("", rest[: n.start()] if n else rest))
    return found


def _described_object(clause: str) -> tuple[str | None, list[str]]:
    """Verb and object of one description clause."""
    words = [w.strip("'") for w in re.split(r"[\s\"`/]+", clause) if w.strip("'")][:14]
    for i, w in enumerate(words):
        before = words[i - 1].lower() if i else ""
        if i and before not in _VERB_CUES and not (i == 1 and before.endswith("ly")):
            continue
        verb = _third_person(w.lower())
        if verb is None:
            continue
        obj: list[str] = []
        for j, o in enumerate(words[i + 1 :], start=i + 1):
            low = o.lower()
            if obj and low.endswith(("fy", "ize")) and words[j + 1:j + 2] == ["that"]:
                break  # "vector embeddings satisfy that ...": a clause's verb, not the thing
            if not obj and low in ("for", "about", "you", "me", "us"):
                continue  # "Search for a book", "Ask about ...", "Returns you the Tax"
            if obj and obj[-1].lower() in _PREPOSITIONS and low in ("the", "a", "an"):
                continue  # "the name of the president"
            if low in _OBJ_STOP and (obj or low not in ("the", "your")):
                break
            if low == "on" and [w.lower() for w in obj] in (["information"], ["info"]):
                obj = []  # "provides information on the stocks": the stocks are asked for
                continue
            if obj and (low in _OBJ_END or (low == "of" and len(obj) >= 2)):
                break
            if low == "your" and not obj:
                # a description speaks to the caller ("Upload your files"); the user asks
                # for their own ("my files"), never "the your files"
                obj.append("my")
            elif low not in _NOISE:
                obj.append(_case(o))
        while obj and obj[-1].lower() in _PREPOSITIONS | _AFTERWORDS:
            obj.pop()  # "the name of" -> "the name", "the records requested" -> "the records"
        if verb == "make" and obj and _resultative(words[i + 1:], obj[-1]):
            continue  # "make a request finer": how it is asked, not a thing to make
        if all(o.lower().strip(",;:") in _MODIFIERS for o in obj):
            continue  # "Get a random, home-page-quality Recipe": "random" names nothing
        if obj and len(obj) <= 6 and sum(o.isascii() for o in obj) == len(obj):
            return verb, obj
    return None, []


# Words that say which or what kind of thing, never the thing: an object of them alone
# ("get random") leaves the user asking for nothing.
_ORDINALS = frozenset({"first", "last", "next", "previous", "page", "level", "step", "day",
                       "week", "season", "round", "part", "chapter", "volume"})
_MODIFIERS = frozenset({"random", "latest", "new", "newest", "recent", "top", "popular",
                        "trending", "current", "specific", "single", "all", "daily", "featured",
                        "best", "similar", "individual", "other", "more", "some", "any",
                        "forward", "reverse"})


# Participles a description puts after its object ("returns the records requested").
_AFTERWORDS = {"requested", "specified", "provided", "given", "selected", "listed", "needed"}


def _tool_words(tool_name: str) -> list[str]:
    return [w for w in _words(tool_name) if w.lower() not in _WEAK][:4]
