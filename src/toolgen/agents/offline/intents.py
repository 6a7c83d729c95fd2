"""What an endpoint does, in the user's words: `intent_of(endpoint) -> Intent`.

The name's verb and object (`endpoint_names`) are weighed against what the description
says (`descriptions`): a weak, unsayable or recited name gives way to the description, a
bare state change takes the thing its key names ("end" + timerID -> stop the timer), a
yes/no name is asked as a question, and the object gets its determiner ("book a room",
"get the weather forecast"). Results are cached per endpoint id because the planner asks
for the same endpoints over and over.
"""
from __future__ import annotations

import re
from functools import lru_cache

from toolgen.agents.offline.descriptions import MODIFIERS as _MODIFIERS
from toolgen.agents.offline.descriptions import PREPOSITIONS as _PREPOSITIONS
from toolgen.agents.offline.descriptions import from_description as _from_description
from toolgen.agents.offline.descriptions import opening_verb as _opening_verb
from toolgen.agents.offline.descriptions import own_sentence as _own_sentence
from toolgen.agents.offline.endpoint_names import PATH_PARAM as _PATH_PARAM
from toolgen.agents.offline.endpoint_names import inner_verb as _inner_verb
from toolgen.agents.offline.endpoint_names import parse as _parse
from toolgen.agents.offline.endpoint_names import words as _words
from toolgen.agents.offline.goal_phrases import bare_compound
from toolgen.agents.offline.labels import cased
from toolgen.agents.offline.process_nouns import asked_act
from toolgen.agents.offline.text_verbs import text_object
from toolgen.agents.offline.types import Intent
from toolgen.agents.offline.types import article as _a
from toolgen.agents.offline.user_verbs import AGENT_NOUNS as _AGENT_NOUNS
from toolgen.agents.offline.user_verbs import VERBS as _VERBS
from toolgen.agents.offline.word_forms import participle as _participle
from toolgen.agents.offline.word_forms import plural as _plural
from toolgen.agents.offline.word_forms import singular as _singular
from toolgen.executor.entities.countries import COUNTRIES
from toolgen.records.tools import Endpoint
from toolgen.registry.english import is_known, unsayable

_INTRANSITIVE = {"log in": "to my account", "log out": "of my account",
                 "sign up": "for an account", "register": "an account"}
# A name's first word that makes it a yes/no question, and how the question says it.
_ASKS_WHETHER = {"is": "is", "are": "are", "has": "has", "have": "have", "can": "can",
                 "does": "does", "do": "do"}
_PLURAL_ASKS = frozenset({"are", "have", "do"})
_WEAK = {"batch", "data", "info", "information", "result", "results", "details", "detail",
         "status", "all", "list", "item", "items", "v2", "test", "default", "main", "root",
         "index", "home", "summary", "response", "output", "input", "one", "by", "id", "ids"}
# Verbs whose object is something new ("book a room"); others get "the".
_INDEFINITE = {"place", "book", "reserve", "create", "add", "make", "order", "buy", "generate",
               "send", "schedule", "submit", "post", "register", "upload", "start", "train"}
_ACTIONS = {"create", "add", "update", "delete", "remove", "cancel", "book", "reserve", "pay",
            "order", "buy", "change", "edit", "set", "submit", "register", "send", "upload",
            "refund", "stop", "start", "pause", "resume", "restart", "reset", "close",
            "finish", "lock", "unlock", "enable", "disable", "mute", "unmute", "unlike",
            "unfollow", "retweet", "repost", "comment on", "reply to", "tag people in",
            "release", "press", "engage", "activate", "block", "unblock", "ban", "unban",
            "report", "flag", "mark", "propose"}
_SNAKE = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")
_LISTY = {"find", "list", "browse", "search"}


def intent_of(endpoint: Endpoint) -> Intent:
    """The user-level intent of `endpoint`, cached by endpoint id."""
    hit = _BY_ENDPOINT.get(endpoint.id)
    if hit is not None and hit[0] is endpoint:
        return hit[1]
    intent = _cached(endpoint.id, endpoint.name, _MARKUP.sub("", endpoint.description),
                     endpoint.tool_name, _keyed_thing(endpoint))
    if len(_BY_ENDPOINT) < _ENDPOINTS:
        _BY_ENDPOINT[endpoint.id] = (endpoint, intent)
    return intent


# A description's emphasis is markup, not words: "points' **coordinates**" was said as
# "pull up points **coordinates**" (ToolBench seed 31 #43).
_MARKUP = re.compile(r"\*\*|__|`")

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
    if (question := _asked_whether(description)) is not None:
        return Intent(verb="check", obj=question, phrase=f"check {question}")
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
    elif verb is not None and (inner := _inner_verb(_words(name), _opening_verb(description))):
        # A namespaced name (`city_distance_find_shortest`, `painting_create_custom`) says
        # its object out of order; a description with the same verb about the same thing
        # says it as a sentence ("Calculates the shortest distance ...").
        d_verb, d_obj = _from_description(description)
        named = {_singular(w.lower()) for w in _words(name)}
        # `train_ticket.buy`: the verb is the name's last word ("train a ticket buy")
        same = d_verb in (verb, inner[0], "calculate", "get") or (
            d_verb in _ACTIONS and verb in _ACTIONS)
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
        asks = _ASKS_WHETHER[obj[0].lower()]
        rest = [w.lower() for w in obj[1:]]
        if asks in _PLURAL_ASKS and len(rest) > 1:
            # `areDeclarationFlagsIdental`: "whether the declaration flags are identical"
            question = f"whether the {' '.join(rest[:-1])} {asks} {rest[-1]}"
        else:
            question = f"whether it {asks} {' '.join(rest)}"
        return Intent(verb="check", obj=question, phrase=f"check {question}")
    verb = verb or "get"
    if obj and all(unsayable(w) for w in obj):
        # Why: a name no one can say ("peunaple") recited is not what the user wants; the
        # tool's sayable words say it, or a plain "some information".
        obj = []
    if verb in _INTRANSITIVE and not obj:
        obj = [_INTRANSITIVE[verb]]
    if (said_text := text_object(verb, obj)) is not None:
        obj = said_text  # "translate the text", never "translate JoJ Translate"
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
    if len(obj) > 1 and obj[0].lower() == "single" and obj[1].lower() != "phase":
        obj = obj[1:]  # `getSingleVenue`: "get the venue", one as any read is
    if not obj:
        obj = ["some information"]
    if verb in _LISTY and len(obj) == 1:
        obj = [_plural(obj[0])]
    text = _determiner(verb, _cut(obj))
    # "audio_features of any track": a person writes words, and initialisms in capitals
    # ("calculate the GCD")
    text = " ".join(_COUNTRY_NAMES.get(w, cased(w))
                    for w in _SNAKE.sub(" ", text).split(" ")).rstrip(".")
    if (act := asked_act(verb, text)) is not None:  # "split the text into sentences"
        verb, text = act
    return Intent(verb=verb, obj=text, phrase=f"{verb} {text}")


# A country is named with its capital letter: "the districts of a city in Vietnam", not
# "in vietnam" (ToolBench seed 71 #8); a word that is also a thing ("turkey") stays.
_COUNTRY_NAMES = {row[0].lower(): row[0] for row in COUNTRIES
                  if " " not in row[0] and row[0].lower() not in ("turkey", "chad", "jordan",
                                                                   "georgia", "china")}


# "Retrieve if the certificate is self-signed", "Checks whether email is valid or not": a
# yes/no question, asked as one. The endpoint's name alone said "get the self signed".
_WHETHER = re.compile(
    r"^(?:retrieves?|gets?|returns?|checks?|tells?|determines?|verif(?:y|ies)|finds? out)"
    r" (?:if|whether) ([A-Za-z][\w' -]*?)(?: or not)?(?:[.,;:(]|\s-\s| and |$)",
    re.IGNORECASE)
_SUBJECT_VERBS = frozenset({"is", "are", "was", "has", "have", "can", "uses", "use", "exist",
                            "exists", "contains", "supports", "belongs"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "my", "your", "it", "its",
                          "there", "any", "some", "all", "each"})


def _asked_whether(description: str) -> str | None:
    """"whether the certificate is self-signed" from a description that opens by asking
    it; None when it does not, or the question is too long to say."""
    m = _WHETHER.match(_own_sentence(description).strip())
    if m is None:
        return None
    words = m.group(1).split()
    if not 2 <= len(words) <= 9 or not all(w.isascii() for w in words):
        return None
    words = ["the" if w.lower() == "our" else w for w in words]
    if words[0].lower() not in _DETERMINERS and len(words) > 1 and (
            words[1].lower() in _SUBJECT_VERBS or (len(words) > 2 and words[2].lower()
                                                   in _SUBJECT_VERBS)):
        words = ["the", *words]  # "Check if address is valid": whether the address is
    return "whether " + " ".join(words)


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
    kept = _cut([w for w in obj if not unsayable(w)])
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


def _cut(obj: list[str]) -> list[str]:
    """The first seven words of an object, never ending on a word that leads into the
    rest: `add_updateattributeandvalueoptionstotheproduct` was asked as "add the update
    attribute and value options to the" (ToolBench seed 47 #25)."""
    cut = obj[:7]
    if len(obj) > 7:
        while len(cut) > 1 and cut[-1].lower() in _DANGLING:
            cut = cut[:-1]
    return cut


_DANGLING = frozenset({*_PREPOSITIONS, "the", "a", "an", "and", "or", "to", "of", "my",
                       "your", "its", "their", "with", "from"})


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
    if (len(obj) == 2 and obj[0].isupper() and obj[0].isalpha() and last.isalpha()
            and last.islower() and (not last.endswith("s") or last.endswith("ss"))
            and verb not in _INDEFINITE):
        return "the " + text  # "validate the US address", never "validate US address"
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


_STATE_VERBS = frozenset({"stop", "start", "pause", "resume", "restart", "reset", "cancel"})
# Words that say which one of a series, never the thing: a number after them is said
# ("page 2"), not a copy's tag.
_ORDINALS = frozenset({"first", "last", "next", "previous", "page", "level", "step", "day",
                       "week", "season", "round", "part", "chapter", "volume"})


def _tool_words(tool_name: str) -> list[str]:
    return [w for w in _words(tool_name) if w.lower() not in _WEAK][:4]
