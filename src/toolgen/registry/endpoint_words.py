"""What an endpoint's words say: the word classes and readings realisability rests on.

Owns the vocabularies the realisability rules (`registry.realisable`) read an endpoint's
name, description and response schema with: verbs of reading, writing, deleting,
seeking and self-contained commands, transforms, generic nouns, placeholders, response
envelopes; and the readings built on them: a name's words and its action words, its
first verb, whether it names a transform, a generic head or a placeholder, whether a
text is mostly another language or another script, whether a response schema names
anything beyond an envelope. English words come from `registry.english`. Pure functions
of text; deterministic, no network.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from toolgen.registry.english import (
    CAMEL,
    FUNCTION_WORDS,
    TOKEN,
    URL_JUNK,
    Words,
    english_words,
    is_known,
    words_of,
)

_ENGLISH_SHARE = 0.5
_FOREIGN_MIN_WORDS = 4

READ = frozenset({"get", "list", "search", "find", "fetch", "retrieve", "show", "view", "read",
                  "browse", "lookup", "query", "return", "returns", "gets", "obtain", "load",
                  "display", "see", "look", "pull", "all", "check", "track", "count"})
_GENERIC = frozenset({
    "data", "datum", "info", "infos", "information", "detail", "details", "stat", "stats",
    "statistic", "statistics", "list", "lists", "item", "items", "result", "results",
    "resource", "resources", "record", "records", "object", "objects", "entry", "entries",
    "value", "values", "content", "contents", "stuff", "thing", "things", "everything",
    "anything", "something", "general", "base", "basic", "main", "root", "index", "home",
    "output", "outputs", "response", "responses", "request", "requests", "endpoint", "api",
    "method", "call", "default", "test", "tests", "testing", "demo", "example", "examples",
    "sample", "samples", "hello", "world", "new", "untitled", "my", "this", "that", "one",
    "use", "used", "using", "post", "put", "patch", "delete", "get", "send", "sends", "json",
    "payload", "body", "route", "url", "link", "reference", "docs", "documentation",
    "function", "service", "server", "simple", "query", "queries", "field", "fields",
    "param", "params", "parameter", "parameters", "option", "options", "version", "copy",
    "all", "specific", "endpoints", "apis", "system", "current", "key", "keys",
})
# What a read with nothing else to go on cannot be about: "stats", "info", "data".
_GENERIC_HEAD = frozenset({
    "data", "datum", "info", "infos", "information", "detail", "details", "stat", "stats",
    "statistic", "statistics", "item", "items", "result", "results", "resource", "resources",
    "record", "records", "object", "objects", "entry", "entries", "value", "values",
    "content", "contents", "stuff", "thing", "things", "everything", "anything",
    "something", "output", "response", "request", "requests", "endpoint", "api", "default",
    "test", "sample", "example", "demo", "hello", "world", "base", "general", "main", "root",
    "index", "home", "all", "get", "post", "put", "one", "copy",
})
_PLACEHOLDER = frozenset({"test", "tests", "testing", "demo", "default", "example", "sample",
                          "hello", "world", "untitled", "new", "temp", "tmp", "foo", "bar",
                          "baz", "dummy", "mock", "api", "endpoint", "get", "post", "put",
                          "patch", "delete", "anything", "my", "first", "one", "two", "copy"})
# Verbs (and their nouns) that turn an input into a result: with nothing to work on there
# is nothing real to return. Word prefixes: "classif" covers classify, classification.
TRANSFORM_STEMS = (
    "extract", "classif", "categoriz", "categoris", "translat", "transliterat", "convert",
    "conversion", "analys", "analyz", "analysis", "detect", "summari", "parse", "parsing",
    "parser", "paraphras", "rewrit", "spellcheck", "grammar", "recogni", "transcri",
    "tokeni", "lemmati", "sentiment", "moderat", "profanity", "validat", "verif", "predict",
    "encod", "decod", "encrypt", "decrypt", "compress", "resiz", "compar", "calculat",
    "evaluat", "shorten", "ocr", "solve", "solver", "censor", "sanitiz", "similarit",
    "multiplication", "addition", "subtraction", "division", "scan", "interpret",
)
WRITE = frozenset({
    "create", "add", "insert", "new", "post", "submit", "register", "signup", "upload", "send",
    "save", "make", "place", "order", "book", "reserve", "buy", "purchase", "subscribe",
    "update", "edit", "modify", "change", "set", "rename", "replace", "patch", "put",
    "unlock", "lock", "start", "stop", "restart", "reboot", "reset", "trigger", "execute",
    "run", "publish", "enable", "disable", "assign", "move", "refund", "pay", "transfer",
    "approve", "reject", "resend", "issue", "attach", "import", "store", "build", "mint",
    "freeze", "swap", "redeem", "claim", "resume", "pause", "expire", "dispatch",
    "prepare", "schedule", "compile", "talk", "define", "restore", "archive", "initiate",
    "activate", "deactivate", "invite", "share", "follow", "unfollow", "like", "vote",
    "broadcast", "sign",
})
DELETE = frozenset({"delete", "remove", "cancel", "unsubscribe", "revoke", "destroy"})
# Commands that need no input to make sense.
SELF_CONTAINED = frozenset({"clear", "logout", "signout", "flush", "purge", "disconnect",
                            "refresh", "login", "signin", "authenticate", "token"})
# Looking something up needs something to look for.
SEEK = frozenset({"search", "find", "lookup", "query", "filter", "autocomplete", "download"})
VERBS = READ | WRITE | DELETE | SELF_CONTAINED | SEEK
# Keys of a response envelope: a schema of only these says nothing about the content.
_ENVELOPE = frozenset({"data", "result", "results", "response", "errors", "error", "get",
                       "parameters", "message", "messages", "msg", "success", "status", "code",
                       "detail", "payload", "meta", "metadata", "type", "ok", "key1", "key2",
                       "key3", "value", "body", "statuscode", "status_code"})

_TEMPLATE = re.compile(r"\{[^}]*\}")


# -- what the name says ----------------------------------------------------------------

def name_words(text: str) -> Words:
    """A name's words; a glued run led by a verb of a known kind counts as glued."""
    return words_of(text, verbs=VERBS)


@lru_cache(maxsize=16384)
def action_words(name: str) -> tuple[str, ...]:
    """The name's words that say what the call does: for a URL path its last segment
    ("/api/Trades/GetTradeSignals" -> get trade signals)."""
    text = _TEMPLATE.sub(" ", name)
    if "/" in text:
        segments = [s for s in text.split("/") if TOKEN.search(s)]
        text = segments[-1] if segments else text
    return tuple(w for w in name_words(text).words if w not in URL_JUNK)


def first_verb(action: tuple[str, ...], tool: str = "") -> str:
    """The first word that is a verb of a known kind (scanning a few words), skipping the
    tool's own name ("DropchainApi_createListing": create, not drop)."""
    tool_words = set(name_words(tool).words) - FUNCTION_WORDS if tool else set()
    for words in ([w for w in action if w not in tool_words], list(action)):
        for word in words[:4]:
            if word in VERBS:
                return word
    return ""


def is_transform(action: tuple[str, ...]) -> bool:
    """A transform named by its verb ("Translate text", "ticket classification"); a read
    of a transform's results ("get bulk verifications list") is not one, unless the read
    verb is followed by the transform's noun ("get translation")."""
    if not action:
        return False
    if action[0] in READ:
        rest = [w for w in action[1:] if w not in FUNCTION_WORDS]
        return bool(rest) and rest[0].startswith(TRANSFORM_STEMS)
    return any(w.startswith(TRANSFORM_STEMS) for w in action)


def head_is_generic(name: Words) -> bool:
    """The last English word other than a verb (the noun the read returns) is generic or
    missing: "Customerstats" -> stats, "Get" -> nothing, "Get Genres" -> genres (fine)."""
    nouns = [w for w in name.words if w not in READ and w not in FUNCTION_WORDS and len(w) >= 3
             and w not in URL_JUNK and (w in _GENERIC_HEAD or is_known(w))]
    return not nouns or nouns[-1] in _GENERIC_HEAD


def specific_schema(schema: dict[str, Any]) -> bool:
    """Whether a response schema names something beyond an envelope (data, results,
    message, status, RapidAPI's key1/key2...)."""
    stack: list[tuple[Any, int]] = [(schema, 0)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, dict) or depth > 4:
            continue
        props = node.get("properties")
        if isinstance(props, dict):
            for key, sub in props.items():
                if norm_param(str(key)) not in _ENVELOPE:
                    return True
                stack.append((sub, depth + 1))
        items = node.get("items")
        if isinstance(items, dict):
            stack.append((items, depth + 1))
    return False


def mostly_foreign(name: Words, desc: Words) -> bool:
    """Most words of the name and description are no English word ("Liste de toutes les
    plages", "Productos prueba"); a few brand names or codes do not make it so."""
    tokens = {x for w in (name, desc) for x in w.words if len(x) >= 3 and x not in URL_JUNK}
    if len(tokens) < _FOREIGN_MIN_WORDS:
        return False  # too few words to tell ("Title Similars"); `unreadable_name` judges
    unknown = set(name.unknown) | set(desc.unknown)
    english = sum(1 for x in tokens if x not in unknown and is_known(x))
    return english < _ENGLISH_SHARE * len(tokens)


def is_placeholder(w: Words) -> bool:
    meaningful = [x for x in w.words if x not in FUNCTION_WORDS]
    return not meaningful or all(x in _PLACEHOLDER for x in meaningful)


def non_latin(name: str) -> bool:
    if name.isascii():
        return False  # every letter is Latin (or there is none)
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and not any(_latin(c) for c in letters)


def _latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


@lru_cache(maxsize=1 << 16)
def norm_param(param: str) -> str:
    return CAMEL.sub("_", param).replace("-", "_").lower()


# -- what words say ---------------------------------------------------------------

def content_words(w: Words) -> list[str]:
    """The English words that say what something is about (not generic, not a verb)."""
    return [x for x in english_words(w) if x not in _GENERIC and x not in VERBS]


def adds_content(desc: Words, name: Words) -> bool:
    """Whether the description names something the name does not (a word a person would
    use for what the endpoint is about, not "endpoint", "data" or "returns")."""
    named = set(name.words)
    return any(x not in named for x in content_words(desc))
