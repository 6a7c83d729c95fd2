"""Free text in a tool's answer that says something of what it is about.

The generators draw a message, description or remark from generic pools before the rest
of the object exists (`descriptions`), so a fact about a proton read "Thanks for the
update!", support answered a question about a flight with "Reminder: the office is
closed on Monday.", and every record, a capital or a screening result, was "For internal
use only.". `text_finish(endpoint, shape)` returns a finish step that, once the answer
is drawn, rewrites such a pool value from the object it sits in and the call's
arguments:

- a support reply answers the message the call sent (`support_topics`);
- a fact about X states something about X (the asked attribute, the unit);
- a summary summarises its subject from its fields (a legal case names its parties and
  the dispute; a summary of a sent text is that text's first sentence); an endpoint
  that returns a summary and answers without one gets one;
- a description describes an object of its kind by its name, type and place, else as
  what the call asked for ("A capital for Australia."); a status line ("Draft; details
  to follow.") stays only on a document-like record, and an inferred record of which
  nothing is known goes without one (a remark, or a line saying only the call back
  such as "A delete todo.", is no description: `notes`);
- a bio speaks of its person, a comment reacts to what it is posted on.

Values not drawn from those pools are left alone. Deterministic for the call's random
stream; never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.descriptions import ANY_RECORD, CHATTER, REVIEWS
from toolgen.executor.notes import restates, said_words
from toolgen.executor.result_kinds import own_words
from toolgen.executor.support_topics import answer, topic_of, topics_for
from toolgen.executor.values import normalize_key, singular
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]
Rand = Callable[[], float]

_POOL = CHATTER | ANY_RECORD | REVIEWS
_PROSE = frozenset({"message", "msg", "text", "description", "desc", "summary", "note",
                    "notes", "comment", "content", "body", "reply", "response", "fact",
                    "bio", "about", "overview", "remark", "feedback", "answer", "review"})
_DESCRIBING = frozenset({"description", "desc", "about", "overview"})
# Records on which a line about who keeps it or where it came from is what people write.
_DOCUMENTS = frozenset({"document", "doc", "file", "page", "report", "draft", "template",
                        "spreadsheet", "sheet", "row", "folder", "note", "entry", "dataset",
                        "backup", "version", "record", "attachment", "form", "list"})
_BLAND = frozenset({"other", "default", "standard", "basic", "custom", "none", "general",
                    "unknown", "misc", "n/a", "null", "true", "false"})
_SUMMARY_WORDS = frozenset({"summary", "summarize", "summarise", "summaries", "overview"})
# a prose key as the schema's JSON text ends it (`"description"`), spelled once
_PROSE_KEYS = tuple(f'{k}"' for k in sorted(_PROSE))
_NAME_KEYS = ("name", "title", "label")
_TYPE_KEYS = ("type", "category", "cuisine", "genre", "kind")
_PLACE_KEYS = ("city", "location", "town")
_ID_LIKE = re.compile(r"^[a-z]{2,4}_[0-9a-f]{4,}$|\d{3,}")
_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def text_finish(endpoint: Endpoint, shape: Any, shape_text: str) -> Finish | None:
    """The step fitting free text in `endpoint`'s answers to their subject (None when
    its answer (`shape_text`: the schema as JSON) holds no prose field and asks for no
    summary)."""
    words = own_words(endpoint)
    wants_summary = bool(_SUMMARY_WORDS & set(words))
    inferred = shape is not endpoint.response_schema
    low = shape_text.lower()  # once, not once per prose key
    if not wants_summary and not any(k in low for k in _PROSE_KEYS):
        return None
    about = _About(words, inferred)

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = _sent_strings(args)
        _fit(output, "", args, about, rng.random, sent)
        if wants_summary and inferred and isinstance(output, dict) and not any(
                _last(str(k)) in ("summary", "overview") for k in output):
            output["summary"] = summary_of(output, "", args, about, rng.random)

    return step


class _About:
    """What the endpoint's own name says its answer is about."""

    __slots__ = ("fact", "inferred", "noun", "reacts", "words")

    def __init__(self, words: list[str], inferred: bool) -> None:
        self.words = words
        self.inferred = inferred
        self.fact = any(w.startswith("fact") for w in words)
        self.reacts = any(w.startswith(("comment", "review", "repl")) for w in words)
        nouns = [w for w in words if w not in ("get", "list", "fetch", "search", "find")]
        self.noun = singular(nouns[-1]) if nouns else ""


def _sent_strings(args: Any) -> set[str]:
    """Every text the call sent: an answer echoing one says what was sent, as sent."""
    if isinstance(args, str):
        return {args}
    if isinstance(args, dict):
        args = list(args.values())
    if isinstance(args, list):
        return set().union(*(_sent_strings(v) for v in args)) if args else set()
    return set()


def _fit(node: Any, parent: str, args: dict[str, Any], about: _About, rand: Rand,
         sent: set[str], siblings: set[str] | None = None) -> None:
    if isinstance(node, list):
        said_here: set[str] = set()  # three comments of one video are not one remark
        for item in node:
            _fit(item, parent, args, about, rand, sent, said_here)
        return
    if not isinstance(node, dict):
        return
    for key in list(node):
        value = node[key]
        if isinstance(value, str) and value in _POOL and value not in sent:
            said = _fitted(str(key), node, parent, args, about, rand)
            taken = siblings if siblings is not None else set()
            for _ in range(_REDRAWS if taken else 0):
                if said is None or said is _DROP or said not in taken:
                    break
                said = _fitted(str(key), node, parent, args, about, rand)
            if siblings is not None and isinstance(said, str):
                siblings.add(said)
            if said is _DROP:
                del node[key]
            elif said is not None:
                node[key] = said
        elif isinstance(value, (dict, list)):
            _fit(value, str(key), args, about, rand, sent)


_REDRAWS = 4  # a list item's text said by a sibling is drawn again, up to this often
_DROP = "\0drop"
"""What `_fitted` returns for a field the object goes without."""


def _last(key: str) -> str:
    parts = normalize_key(_SPLIT.sub("_", key)).split("_")
    return parts[-1] if parts else ""


def _fitted(key: str, node: dict[str, Any], parent: str, args: dict[str, Any],
            about: _About, rand: Rand) -> str | None:
    """The text `node[key]` should say, or None to keep (or drop) what it says."""
    last = _last(key)
    value = node[key]
    low = key.lower()
    if last not in _PROSE and "support" not in low:
        return None
    message = args.get("message") or args.get("msg")
    if "support" in low or (last in ("reply", "response") and isinstance(message, str)):
        return support_reply(args, rand)
    if last == "fact" or about.fact or "fact" in parent.lower():
        return fact_about(args, about, rand)
    if last in ("summary", "overview"):
        return summary_of(node, parent, args, about, rand)
    if last in _DESCRIBING and value in ANY_RECORD:
        if _document(node, parent, about):
            return None
        said = describe(node, parent, about, rand) or _what_for(node, parent, args, about)
        if said is not None and restates(said, said_words("_".join(about.words), args)):
            said = None  # "A delete todo." only says the call back (`notes`)
        if said is None and about.inferred:
            # nothing known of the object: a remark on it ("For internal use only.") is
            # no description; an inferred record goes without (a declared one keeps its
            # field, which no answer quotes: `notes`)
            return _DROP
        return said
    if last == "bio":
        return bio_of(node, rand)
    if last in ("review", "comment", "text") and value in REVIEWS:
        return _review(node, parent, about, rand)
    if about.reacts or any(w in parent.lower() for w in ("comment", "review", "repl")):
        keys = {normalize_key(str(k)) for k in node}
        if "recipe" in about.words or any("recipe" in k for k in keys):
            return _pick(_RECIPE_REVIEWS, rand)  # a recipe's review is of the dish
        return _pick(_REACTIONS, rand)
    return None


def _pick(pool: tuple[str, ...], rand: Rand) -> str:
    return pool[int(rand() * len(pool))]


def _a(phrase: str) -> str:
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


def kind_of(node: dict[str, Any], parent: str, about: _About) -> str:
    """What the object is, in words: its list's item (`facilities` -> facility), else
    its own id's noun (`facility_id`), else the endpoint's noun."""
    return _own_kind(node, parent) or about.noun.replace("_", " ")


# Nouns that name no one thing ("A statistics, listed as Canada.").
_MASS = frozenset({"statistic", "statistics", "data", "info", "information", "detail",
                   "details", "result", "results", "stats", "news", "media", "analytics",
                   "metadata", "item", "record", "entry", "response", "output"})


def _own_kind(node: dict[str, Any], parent: str) -> str:
    """The object's kind by its own keys (its list, its id), '' when they name none: a
    kind read off the endpoint's name would recite the tool in its description."""
    kind = ""
    if parent and singular(normalize_key(parent)) != normalize_key(parent):
        kind = singular(normalize_key(parent))
    else:
        for key in node:
            k = normalize_key(_SPLIT.sub("_", str(key)))
            if k.endswith("_id") and k != "_id":
                kind = k[:-3]
                break
    kind = kind.replace("_", " ")
    return "" if kind.split(" ")[-1] in _MASS else kind


def _document(node: dict[str, Any], parent: str, about: _About) -> bool:
    kind = kind_of(node, parent, about).split(" ")[-1]
    return kind in _DOCUMENTS or about.noun in _DOCUMENTS


def _field(node: dict[str, Any], keys: tuple[str, ...], short: int = 60) -> str:
    """The first plain-word value of a key ending in one of `keys` (`publisherName`)."""
    for key, value in node.items():
        k = normalize_key(_SPLIT.sub("_", str(key)))
        if not isinstance(value, str) or not value.strip() or len(value) > short:
            continue
        if k.endswith(keys) and "user" not in k and "file" not in k and "code" not in k \
                and not _ID_LIKE.search(value) and value.lower() not in _BLAND:
            return value.strip()
    return ""


def _place(node: dict[str, Any]) -> str:
    place = _field(node, _PLACE_KEYS)
    if place:
        return place
    address = node.get("address")
    if isinstance(address, str) and address.count(",") >= 2:
        return address.rsplit(",", 2)[-2].strip()
    return ""


def describe(node: dict[str, Any], parent: str, about: _About, rand: Rand) -> str | None:
    """A description of the object by its name, type and place (None: nothing known)."""
    name, typ, place = _field(node, _NAME_KEYS), _field(node, _TYPE_KEYS, 25), _place(node)
    kind = _own_kind(node, parent)
    # a proper adjective keeps its capital ("a Mexican facility"), a common one not
    typ = typ if typ.endswith(("an", "ese", "ish", "ian")) else typ.lower()
    what = " ".join(w for w in (typ, kind) if w)
    where = f" in {place}" if place else ""
    if name and name != place and what:
        shapes = (f"{name} is {_a(what)}{where}.", f"{name}: {_a(what)}{where}.",
                  f"{_a(what).capitalize()}{where}, listed as {name}.")
        return _pick(shapes, rand)
    if name and place and name != place:
        return f"{name}, in {place}."
    if typ and kind:
        return f"{_a(what).capitalize()}{where}."
    return None


def _what_for(node: dict[str, Any], parent: str, args: dict[str, Any],
              about: _About) -> str | None:
    """An object of nothing but ids and codes is described as what the call asked for
    ("A capital for Australia."): plain, and no status line of another record. None when
    the object names no kind of its own or the call no subject."""
    kind = _own_kind(node, parent)
    subject = _subject(args)
    if not kind or not subject:
        return None
    return f"{_a(kind).capitalize()} for {subject}."


_DISPUTES = ("a breach of a supply contract", "unpaid invoices", "a boundary dispute over "
             "shared land", "alleged patent infringement", "wrongful termination",
             "a defective construction job", "a missed delivery deadline")
_VERSUS = re.compile(r"^(.+?)\s+v(?:s)?\.?\s+(.+)$")


def summary_of(node: dict[str, Any], parent: str, args: dict[str, Any], about: _About,
               rand: Rand) -> str:
    """A sentence summarising the object: a case's parties and dispute, a sent text's
    first sentence, else what the object is."""
    name = _field(node, _NAME_KEYS, 120)
    versus = _VERSUS.match(name) if name else None
    if versus:
        a, b = versus.group(1), versus.group(2)
        # Why not "{name}: ...": an answer quoting it names the case already.
        said = f"{a} sued {b} over {_pick(_DISPUTES, rand)}"
        active = node.get("is_active")
        if not isinstance(active, bool):
            # a state the object does not hold is not said: "the case is still pending"
            # beside `closed_status: true` from the call before (BFCL seed 59 #5)
            return f"{said}."
        return f"{said}; the case is {'still pending' if active else 'closed'}."
    sent = _sent_text(args)
    if sent:
        return sent
    described = describe(node, parent, about, rand) or _what_for(node, parent, args, about)
    if described:
        return described
    subject = _subject(args)
    if subject:
        return f"An overview of {subject}, with no further details recorded."
    return "No further details recorded."


def _sent_text(args: dict[str, Any]) -> str:
    """The first sentence of a text the call sent (what a summary of it keeps)."""
    for key in ("text", "content", "body", "article", "document", "input"):
        value = args.get(key)
        if isinstance(value, str) and len(value.split()) >= 4:
            first = re.split(r"(?<=[.!?])\s", value.strip(), maxsplit=1)[0]
            return first if first.endswith((".", "!", "?")) else f"{first}."
    return ""


_SUBJECT_KEYS = ("particle", "subject", "topic", "element", "animal", "planet", "name",
                 "entity", "term", "query", "country", "city", "company", "person")


def _subject(args: dict[str, Any]) -> str:
    for key in _SUBJECT_KEYS:
        value = args.get(key)
        if isinstance(value, str) and value.strip() and not _ID_LIKE.search(value):
            return value.strip()
    return ""


_FACTS_OF = ("The {attr} of {x} is usually given in {unit}.",
             "The {attr} of {x} has been measured ever more precisely since the first "
             "experiments.",
             "Published values of the {attr} of {x} agree to within a few percent.",
             "{X}'s {attr} is one of its most often cited properties.")
_FACTS = ("{X} is covered in most introductory textbooks.",
          "{X} has been studied for more than a century.",
          "{X} appears in many standard reference works.")
_NOT_ATTR = frozenset({"get", "science", "facts", "fact", "random", "info", "data", "list",
                       "fetch", "search", "find", "by", "of", "the", "all"})


# Subjects named by a common noun ("Proton"): "the proton", not "Proton".
_COMMON = frozenset({"particle", "element", "animal", "planet"})


def fact_about(args: dict[str, Any], about: _About, rand: Rand) -> str:
    """A neutral fact about the subject the call asked about (its asked attribute)."""
    x = _subject(args) or "this subject"
    if any(isinstance(args.get(k), str) and args[k] == x for k in _COMMON) and " " not in x:
        x = f"the {x.lower()}"
    attrs = [w for w in about.words if w not in _NOT_ATTR]
    unit = args.get("unit")
    if isinstance(unit, str) and len(unit) > 3 and unit.isalpha() and not unit.endswith("s"):
        unit = f"{unit}s"  # "given in pounds"
    pool = _FACTS_OF if attrs else _FACTS
    said = _pick(pool, rand)
    if "{unit}" in said and not isinstance(unit, str):
        said = _FACTS_OF[1]
    return said.format(attr=" ".join(attrs[-1:]), x=x, X=x[:1].upper() + x[1:],
                       unit=unit if isinstance(unit, str) else "")


def support_reply(args: dict[str, Any], rand: Rand) -> str:
    """Support's answer to the message the call sent, about the reference it names."""
    # Why "your booking", not its id: the answer that quotes the reply already names it.
    order = any("order" in k for k in args)
    message = args.get("message") or args.get("msg") or ""
    hotel = "hotel" in str(message).lower()
    topics = topics_for("order" if order else "hotel" if hotel else "booking")
    ref = "your order" if order else "your booking"
    return answer(topic_of(str(message), topics), ref, rand)


_HOBBIES = ("hiking", "photography", "cooking", "cycling", "jazz", "board games",
            "gardening", "running", "travel", "reading")
_BIOS = ("{first} lives in {place} and spends weekends on {h1} and {h2}.",
         "Based in {place}. Into {h1}, {h2} and good coffee.",
         "{first} here - {h1} fan, occasional {h2}.")


def bio_of(node: dict[str, Any], rand: Rand) -> str:
    """A short bio of the person the object is."""
    name = _field(node, ("name",))
    first = name.split()[0] if name else "I'm"
    place = _place(node) or "the city"
    h1 = _pick(_HOBBIES, rand)
    h2 = _pick(tuple(h for h in _HOBBIES if h != h1), rand)
    return _pick(_BIOS, rand).format(first=first, place=place, h1=h1, h2=h2)


_PRODUCT_WORDS = frozenset({"product", "products", "amazon", "item", "items", "offer",
                            "offers", "shop", "shopping", "aliexpress", "ebay"})
_PRODUCT_REVIEWS = ("Solid build and the battery lasts all day.", "Runs a bit small; order "
                    "one size up.", "Arrived a day early and works as described.",
                    "Good value, though the instructions were confusing.",
                    "Stopped working after two weeks; the replacement was fine.")


def _review(node: dict[str, Any], parent: str, about: _About, rand: Rand) -> str | None:
    """A review of a product speaks of a product ("Friendly staff" is a place's)."""
    words = set(about.words) | {normalize_key(parent)} | {normalize_key(str(k)) for k in node}
    if words & _PRODUCT_WORDS or any(k.startswith("product") for k in words):
        return _pick(_PRODUCT_REVIEWS, rand)
    return None


_RECIPE_REVIEWS = ("Made this for dinner and the whole family loved it.",
                   "Easy to follow, though it needed ten more minutes in the oven.",
                   "I added extra garlic and a squeeze of lemon - delicious.",
                   "Great weeknight recipe, will make it again.")
_REACTIONS = ("Totally agree with this.", "Thanks for sharing, really useful.",
              "This made my day.", "Where can I find more like this?",
              "Saved this for later.", "Great point, I had not thought of that.")
