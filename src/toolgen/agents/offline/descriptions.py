"""What an endpoint's description says it does: the verb and object of its first clause.

"Retrieves a list of major schisms in a specified religion" -> get major schisms; a
"Tool name: " prefix or a suite's preamble is skipped, vague quantities ("a list of",
"specified") are dropped and the object stops where the sentence turns to how or where.
"""

from __future__ import annotations

import re

from toolgen.agents.offline.endpoint_names import NOISE
from toolgen.agents.offline.user_verbs import VERBS
from toolgen.agents.offline.user_verbs import third_person as _third_person
from toolgen.agents.offline.word_forms import case_word as _case
from toolgen.agents.offline.word_forms import resultative as _resultative
from toolgen.executor.values import plural

# Words after which a description's verb is expected ("... used to fetch", "... that decodes").
_VERB_CUES = {"to", "that", "which", "will", "can", "you", "and", "endpoint", "api"}
# Where an object phrase from a description stops reading like a goal.
_OBJ_STOP = {"using", "via", "by", "with", "based", "according", "and", "which", "that",
             "from", "it", "so", "as", "if", "when", "into", "is", "are", "the", "your",
             "its", "their"}  # "the area of a circle (given) its radius"
# A period after a lone capital ends an initial, not the sentence ("the U.S. President":
# `get_president_by_year` was asked as "get name of U.S").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.(?=\s+[A-Z]|\s*$)|[\n;:!?(]|,\s|\s-\s")


def own_sentence(description: str) -> str:
    """The description without a "Tool name: " prefix or a suite's preamble ("This tool
    belongs to the Math API, ... Tool description: Calculate the sum ...")."""
    text = description.strip()
    at = text.find("Tool description:")
    if at >= 0:
        return text[at + len("Tool description:"):].strip()
    return re.sub(r"^[^:\n]{1,80}:\s+", "", text)


def opening_verb(description: str) -> str | None:
    """The user verb a description opens with ("Books a flight ..." -> "book")."""
    text = own_sentence(description)
    words = text.lower().split(" ", 3)[:3] if text else []
    if len(words) > 2 and words[0].endswith("ly"):
        words = words[1:]  # "Remotely copies a file": the verb after its adverb
    words = words[:2]
    # a phrasal verb is one verb: "Check out a cart" is checking out, not checking
    glued = "".join(w.strip(".,") for w in words)
    if len(words) == 2 and words[1].strip(".,") in _PARTICLES and glued in VERBS:
        return VERBS[glued]
    first = words[0].strip(".,") if words else ""
    return _third_person(first) if first.isalpha() else None


_PARTICLES = frozenset({"out", "up", "in", "on", "off"})


_VAGUE = re.compile(r"\b(?:(?:a|the) )?(?:list|set|collection|number) of |\b(?:specified|specific|"
                    r"given|provided|particular|certain|detailed|comprehensive|desired) ",
                    re.IGNORECASE)
# Where a description's object ends once it has a head ("the forecast | for a city").
PREPOSITIONS = {"of", "for", "in", "on", "at", "to", "from", "with", "by", "about"}
_OBJ_END = {"for", "in", "on", "at", "within", "between", "given", "including", "along",
            "if", "when", "where", "whether", "such"}


_END_POINT = re.compile(r"\bend[- ]point\b", re.IGNORECASE)
# Where a description names the input ("Change the current working directory to the
# specified folder"): the value the user states, not part of the ask ("change current
# working directory to folder" was asked, BFCL seed 59 #2). Objects also end at an example
# list ("Get crypto events like listing, airdrops, ...": "crypto events").
_INPUT_TAIL = re.compile(r"\s+(?:(?:to|into)\s+the\s+(?:specified|given|provided)\b|like\s)"
                         r"[^.;]*$", re.IGNORECASE)


def from_description(description: str) -> tuple[str | None, list[str]]:
    """Verb and object from the first clause of a description ("... used to fetch X",
    "Retrieves a list of major schisms in a specified religion" -> get major schisms)."""
    # "This API end point is for validating ...": the noun "endpoint", never a verb
    # "end" ("stop the point" was asked)
    text = _END_POINT.sub("endpoint", own_sentence(description).strip("\"'"))
    m = _SENTENCE_END.search(text)
    found = _described_object(_VAGUE.sub("", _INPUT_TAIL.sub(
        "", text[: m.start()] if m else text)))
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
        start = i + 1
        glued = (w + words[start]).lower() if start < len(words) else ""
        if glued in VERBS and words[start].lower() in _PARTICLES:
            verb, start = VERBS[glued], start + 1  # "Look up a word": its object is the word
        if [w.lower() for w in words[start:start + 2]] in (["in", "how"], ["how", "many"],
                                                          ["how", "much"], ["how", "long"]):
            # "Retrieve in how many days from now the certificate will expire": a question,
            # asked whole ("find out in how many days ..."), never "get in how many days"
            question = words[start:]
            if len(question) <= 12 and all(w.isascii() for w in question):
                return "find out", [" ".join(question)]  # one piece: said whole
        obj: list[str] = []
        pair = [w.lower() for w in words[start:start + 4]]
        if len(pair) == 4 and pair[0] == "one" and pair[2] in ("by", "from", "and", "with") and (
                pair[3].startswith("another")):
            # "Divide one number by another": two numbers, never "the one number" (BFCL
            # seed 97 #18)
            return verb, ["two", plural(pair[1])]
        for j, o in enumerate(words[start:], start=start):
            low = o.lower()
            if low == "from" and obj and words[j + 1:j + 2] in (["date"], ["dates"]):
                obj.append(o)  # "the valid from date": one thing, not "the valid"
                continue
            if obj and low.endswith(("fy", "ize")) and words[j + 1:j + 2] == ["that"]:
                break  # "vector embeddings satisfy that ...": a clause's verb, not the thing
            if not obj and low in ("for", "about", "you", "me", "us", "between"):
                # "Search for a book", "Ask about ...", "Returns you the Tax", "Compare
                # between images of two people" (asked "compare the images of a between")
                continue
            if obj and obj[-1].lower() in PREPOSITIONS and low in ("the", "a", "an"):
                continue  # "the name of the president"
            if low in _OBJ_STOP and (obj or low not in ("the", "your")):
                break
            if low == "on" and [w.lower() for w in obj] in (["information"], ["info"]):
                obj = []  # "provides information on the stocks": the stocks are asked for
                continue
            if obj and (low in _OBJ_END or (low == "of" and len(obj) >= 2)):
                break
            if len(obj) > 2 and low == "to" and [w.lower() for w in words[j + 2:j + 3]] in (
                    ["if"], ["whether"]):
                break  # "images of two people to see if ...": what it is for, not the thing
            if low == "your" and not obj:
                # a description speaks to the caller ("Upload your files"); the user asks
                # for their own ("my files"), never "the your files"
                obj.append("my")
            elif low not in NOISE:
                obj.append(_case(o))
        while obj and obj[-1].lower() in PREPOSITIONS | _AFTERWORDS:
            obj.pop()  # "the name of" -> "the name", "the records requested" -> "the records"
        if verb == "make" and obj and _resultative(words[i + 1:], obj[-1]):
            continue  # "make a request finer": how it is asked, not a thing to make
        if all(o.lower().strip(",;:") in MODIFIERS for o in obj):
            continue  # "Get a random, home-page-quality Recipe": "random" names nothing
        if obj and len(obj) <= 6 and sum(o.isascii() for o in obj) == len(obj):
            return verb, obj
    return None, []


# Words that say which or what kind of thing, never the thing: an object of them alone
# ("get random") leaves the user asking for nothing.
MODIFIERS = frozenset({"random", "latest", "new", "newest", "recent", "top", "popular",
                       "trending", "current", "specific", "single", "all", "daily", "featured",
                       "best", "similar", "individual", "other", "more", "some", "any",
                       "forward", "reverse"})


# Participles a description puts after its object ("returns the records requested").
_AFTERWORDS = {"requested", "specified", "provided", "given", "selected", "listed", "needed"}
