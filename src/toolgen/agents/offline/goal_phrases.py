"""An intent as a person would ask for it, not as the API names it.

`intent_of` reads the endpoint's name ("get_channel_videos" -> "get channel videos"); a user
says "see the videos on a channel" or "pull up the videos from a channel". This module
varies the verb among everyday equivalents that keep the action (a create stays a create)
and turns a noun compound around its head ("channel videos" -> "the videos on a channel"),
so the first turn states the goal rather than reciting the function name.
"""

from __future__ import annotations

import random

from toolgen.agents.offline.types import Intent

_VERBS: dict[str, tuple[str, ...]] = {
    "get": ("pull up", "look up", "find", "check", "see", "find out about"),
    "find": ("find", "track down", "look for", "search for"),
    "look up": ("look up", "find", "check"),
    "list": ("list", "see", "go through", "get a list of"),
    "show": ("show me", "see", "pull up"),
    "see": ("see", "look at"),
    "browse": ("browse", "look through"),
    "create": ("create", "set up", "make", "add"),
    "add": ("add", "create", "put in"),
    "update": ("update", "change", "edit"),
    "change": ("change", "update"),
    "edit": ("edit", "change", "update"),
    "delete": ("delete", "remove", "get rid of"),
    "remove": ("remove", "delete", "take out"),
    "calculate": ("calculate", "work out", "figure out"),
    "estimate": ("estimate", "work out"),
    "convert": ("convert", "change"),
    "check": ("check", "verify", "look at"),
    "verify": ("verify", "check", "confirm"),
    "validate": ("validate", "check"),
    "generate": ("generate", "make", "come up with"),
    "book": ("book", "reserve"),
    "reserve": ("reserve", "book"),
    "analyze": ("analyze", "look into", "break down"),
    "track": ("track", "follow", "check on"),
    "translate": ("translate",),
    "summarize": ("summarize", "sum up"),
    "detect": ("detect", "work out", "figure out"),
    "recommend": ("recommend", "suggest"),
    "send": ("send", "fire off", "get out"),
    "upload": ("upload", "put up"),
    "register": ("register", "sign up"),
    "post": ("post", "publish", "put up"),
    "stop": ("stop", "end", "halt"),
    "compare": ("compare", "line up"),
    "set": ("set", "configure"),
    "download": ("download", "grab a copy of"),
    "play": ("play", "put on"),
    "cancel": ("cancel", "call off"),
    "order": ("order", "put in an order for"),
    "pick a random": ("pick a random", "choose a random", "give me a random"),
}

# Leading adjectives a person words differently ("similar channels" -> "related channels").
_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "similar": ("related", "comparable"), "single": ("one", "a particular"),
    "new": ("a new", "a fresh"), "latest": ("most recent", "newest"),
    "recent": ("latest", "most recent"), "top": ("best", "leading"),
    "random": ("any", "a random"), "specific": ("a particular", "one"),
    "individual": ("a particular", "one"), "all": ("every one of the", "the full set of"),
    "current": ("present", "up-to-date"), "popular": ("well-known", "trending"),
    "trending": ("popular", "hot"), "daily": ("day-by-day", "per-day"),
    "upcoming": ("future", "next"), "live": ("real-time", "ongoing"),
    "available": ("open", "free"), "detailed": ("full", "in-depth"),
}
# Nouns that read naturally as a possessor: "user playlists" -> "a user's playlists".
_POSSESSORS = {
    "user", "channel", "team", "player", "company", "artist", "account", "customer", "forum",
    "store", "shop", "movie", "book", "course", "project", "product", "city", "country",
    "event", "video", "playlist", "page", "group", "profile", "post", "order", "member",
    "author", "owner", "organization", "device", "game", "match", "league", "repository",
    "repo", "site", "website", "domain", "agent", "contact", "ticket", "hotel", "restaurant",
    "property", "vehicle", "car", "stock", "coin", "token", "wallet", "song", "album",
    "track", "podcast", "episode", "show", "series", "school", "student", "employee",
    "patient", "doctor", "client", "merchant", "seller", "instagram", "twitter", "tiktok",
    "youtube", "spotify", "facebook", "github", "reddit", "calendar", "menu", "file", "folder",
}

# Heads of noun compounds that read naturally turned around: "video details" -> "the
# details of a video". Compounds whose head is not here ("exchange rate") stay whole.
_FACETS: dict[str, tuple[str, ...]] = {
    "details": ("of", "on", "for"), "detail": ("of", "on"), "info": ("on", "about", "for"),
    "information": ("on", "about"), "data": ("on", "for"), "list": ("of",),
    "stats": ("for", "on"), "statistics": ("for", "on"), "summary": ("of",),
    "profile": ("of", "for"), "status": ("of", "for"), "metadata": ("of", "for"),
    "history": ("of", "for"), "reviews": ("of", "for", "on"), "comments": ("on", "under"),
    "photos": ("of", "from"), "images": ("of", "from"), "videos": ("from", "on"),
    "posts": ("from", "on"), "items": ("in", "from"), "prices": ("of", "for"),
    "price": ("of", "for"), "schedule": ("of", "for"), "availability": ("of", "for"),
    "lyrics": ("of", "for"), "results": ("for", "of"), "content": ("of",),
    "settings": ("of", "for"), "events": ("for", "in"), "members": ("of", "in"),
    "followers": ("of",), "messages": ("in", "from"), "news": ("about", "on"),
    "games": ("for", "of"), "matches": ("for", "of"), "players": ("of", "on"),
    "products": ("from", "in"), "offers": ("for", "on"), "orders": ("for", "from"),
    "categories": ("of", "for"), "types": ("of",), "record": ("of", "for"),
    "records": ("of", "for"), "report": ("on", "for"), "quote": ("for",),
    "ranking": ("of", "for"), "rankings": ("of", "for"), "standings": ("of", "for"),
    "score": ("of", "for"), "scores": ("of", "for"), "tracks": ("from", "on"),
    "songs": ("from", "by"), "episodes": ("of", "from"), "versions": ("of",),
    "description": ("of",), "contents": ("of",), "count": ("of",), "counts": ("of",),
    "feed": ("of", "from"), "timeline": ("of", "for"), "overview": ("of",),
    "analysis": ("of",), "forecast": ("for",), "recommendations": ("for", "based on"),
    "suggestions": ("for",), "definition": ("of",), "meaning": ("of",),
    "transactions": ("for", "on"), "balance": ("of", "on"), "location": ("of",),
    "address": ("of", "for"), "holders": ("of",), "teams": ("in", "from"),
    "fixtures": ("for", "in"), "odds": ("for", "on"), "media": ("from", "of"),
}
_DETERMINERS = ("the", "a", "an")


def goal_phrase(intent: Intent, rng: random.Random) -> str:
    """`intent` said the way a user would ask for it (a verb phrase, no values)."""
    verbs = _VERBS.get(intent.verb)
    verb = verbs[int(rng.random() * len(verbs))] if verbs else intent.verb
    words = intent.obj.split()
    if words and words[0].lower() in _DETERMINERS:
        article, words = words[0].lower(), words[1:]
    else:
        article = ""
    turned = _turn(words, rng)
    if turned is not None:
        return f"{verb} {turned}"
    obj = " ".join(words)
    return f"{verb} {article + ' ' if article else ''}{obj}".strip()


def _turn(words: list[str], rng: random.Random) -> str | None:
    if len(words) < 2 or len(words) > 5:
        return None
    if any(not w.isascii() for w in words):
        return None
    first = words[0].lower()
    if first in _ADJECTIVES:
        options = _ADJECTIVES[first]
        rest = " ".join(words[1:])
        return f"{options[int(rng.random() * len(options))]} {rest}"
    head = words[-1]
    preps = _FACETS.get(head.lower())
    mods = words[:-1]
    if mods[0].lower() in ("my", "some", "with", "from", "for", "to", "of", "by", "in", "on"):
        return None
    if preps is None:
        if len(words) <= 3 and first in _POSSESSORS and words[1].isalpha():
            det = "an" if first[0] in "aeiou" else "a"
            det = det if rng.random() < 0.5 else "the"
            return f"{det} {words[0]}'s {' '.join(words[1:])}"
        plain = all(w.isalpha() and w.islower() for w in words)
        if len(words) == 2 and plain and rng.random() < 0.7:
            return f"the {head} for the {words[0]}"
        if len(words) >= 3 and plain and not set(words) & {"with", "for", "from", "to", "in",
                                                            "by", "of", "on", "and", "or"}:
            return f"the {head} for {' '.join(mods)}"
        return None
    prep = preps[int(rng.random() * len(preps))]
    thing = " ".join(mods)
    last = mods[-1]
    if len(mods) == 1 and last.islower() and not last.endswith("s"):
        det = "an" if last[0] in "aeiou" else "a"
        thing = f"{det} {thing}" if rng.random() < 0.6 else f"the {thing}"
    elif last.islower():
        thing = f"the {thing}"
    return f"the {head} {prep} {thing}"


def topic(intent: Intent, rng: random.Random) -> str:
    """What the intent is about, as a noun phrase ("the videos on a channel")."""
    words = intent.obj.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    turned = _turn(words, rng)
    if turned is not None:
        return turned
    obj = " ".join(words) or "that"
    if words and words[0].lower() in ("all", "my", "some", "any", "your"):
        return obj
    if words and (words[0][:1].isupper() or words[0].lower() in ("with", "from", "to", "for")):
        return obj
    return "the " + obj


_PAST = {
    "create": "created", "add": "added", "book": "booked", "reserve": "reserved",
    "order": "ordered", "buy": "bought", "make": "made", "send": "sent", "submit": "submitted",
    "post": "posted", "register": "registered", "update": "updated", "change": "changed",
    "edit": "edited", "set": "set", "delete": "deleted", "remove": "removed",
    "cancel": "cancelled", "pay": "paid", "upload": "uploaded", "save": "saved",
    "schedule": "scheduled", "start": "started", "stop": "stopped", "generate": "generated",
    "share": "shared", "follow": "followed", "like": "liked", "invite": "invited",
    "subscribe to": "subscribed to", "unsubscribe from": "unsubscribed from",
    "log in": "logged in", "sign up": "signed up", "import": "imported", "export": "exported",
}


def past(verb: str) -> str | None:
    """The past participle of an everyday action verb, or None when unsure."""
    return _PAST.get(verb)
