"""How a user says a value given as text, by what its parameter names: a key with the thing
it keys ("for order ord_1", "(user 5120)"), a language by its name ("in Spanish (es)"), a
currency, a place, a query ("about jazz piano"), a message quoted, a person's or a maker's
name, a kind ("the suite room"), else an aside ("(introvert)"). `saying.phrase` sends here
what is neither a date, an address, a link, a number nor a yes/no.
"""

from __future__ import annotations

import random
import re

from toolgen.agents.offline.named_codes import said_code
from toolgen.agents.offline.slot_words import has as _has
from toolgen.agents.offline.slot_words import pick as _pick
from toolgen.agents.offline.slot_words import words_of as _words
from toolgen.agents.offline.types import Slot
from toolgen.agents.offline.value_roles import labelled, role_phrase
from toolgen.executor.exchange import PER_USD


def _noun(slot: Slot) -> str:
    """The label without id-ish words ("order ID" -> "order"), for "order ord_1"."""
    words = [w for w in slot.label.split() if w.lower() not in ("id", "ids", "code", "key",
                                                                 "number", "no", "uuid")]
    if len(words) > 1 and len(words[-1]) == 1 and words[-1].isalpha():
        words = words[:-1]  # `customer_a_id`: "customer axx_1", never "customer a axx_1"
    return " ".join(words)


# Keys that say only "a key": the thing keyed is named instead ("user 5120", not "pk 5120").
BARE_KEYS = frozenset({"", "id", "ids", "pk", "uid", "uuid", "guid", "oid"})
# Keys a person names by their label ("number +91 ...", "symbol AAPL", "ISBN 978...").
_SAID_KEYS = frozenset({"number", "code", "symbol", "ticker", "sku", "isbn"})
# Words before "ID" that say which kind of key, not what it keys ("unique ID").
_NOT_NOUNS = frozenset({"unique", "internal", "external", "primary", "global", "public",
                        "private", "numeric", "custom", "system", "object", "entity"})
# Things a person does not own ("for my user 5120" reads as a servant).
_NOT_MINE = frozenset({"user", "artist", "team", "channel", "video", "song", "track", "movie",
                       "hashtag", "music", "challenge", "match", "league", "player", "author",
                       "person", "customer", "owner", "employee", "student", "driver",
                       "number", "code", "symbol", "ticker", "sku", "isbn", "id"})
# A code sent to sign in or confirm ("one time code", "otp", "verification code").
_ONE_TIME = re.compile(r"\b(?:one time|otp|verification code|2fa|mfa|passcode)\b")
# A continuation cursor: what a person means by it is the page after the last one seen.
_CURSOR = re.compile(r"\b(?:cursor|next|continuation|max id|min time|max time|page token|"
                     r"scroll id)\b")


def ident(slot: Slot, tok: str, rng: random.Random) -> str:
    """A key with the thing it names, always: "for order ord_1", "(user 5120)"; a bare
    `id` or `pk` says what it keys (`Slot.thing`), or "ID" when nothing says it."""
    if _CURSOR.search(slot.label.lower()) or "previous request" in slot.hint:
        return _pick(rng, (f"continuing after {tok}", f"the next page, after {tok}",
                           f"picking up after {tok}"))
    if (named := said_code(slot, tok, rng)) is not None:
        return named  # "in California (CA)", never "for my state CA"
    if _ONE_TIME.search(slot.label.lower()):
        # a sign-in's code, not a key of "one time" (bundled seed 71 #3: "on one time NB0787")
        return _pick(rng, (f"with the one-time code {tok}", f"using the code {tok}"))
    noun = _noun(slot)
    if noun.count(" ") >= 2:  # "recipe note user ID" -> "user 5120", as a person says it
        noun = noun.rsplit(" ", 1)[1]
    label = slot.label.lower()
    if noun.lower() in BARE_KEYS or noun.lower() in _NOT_NOUNS:
        # `pk`, `unique_id`: the thing keyed; a `number` or an `ISBN` is itself a noun
        noun = slot.thing or (slot.label if label in _SAID_KEYS else "")
        if not noun and label not in BARE_KEYS and label.split()[-1] not in BARE_KEYS:
            # a `key` of its own kind (a melody's "E flat major"): the value says what
            # it is, and "my key" would not; nor would a bare "(C major)"
            return f"for {tok}"
    elif noun.lower() == label and label not in _SAID_KEYS:
        # "access token", "slug": a key of its own kind, whose name recited beside it
        # reads as the parameter's label; the value alone says what it is
        return _pick(rng, (f"for {tok}", f"with {tok}"))
    if not noun:
        return _pick(rng, (f"for ID {tok}", f"with ID {tok}", f"(ID {tok})"))
    if not noun.isupper():
        noun = noun.lower()
    if noun in _NOT_MINE or noun.isupper():
        return _pick(rng, (f"for {noun} {tok}", f"on {noun} {tok}", f"({noun} {tok})"))
    return _pick(rng, (f"for {noun} {tok}", f"for my {noun} {tok}", f"on {noun} {tok}",
                       f"({noun} {tok})"))


# Names of people, and of the makers or sellers of a thing, said without "called".
_PEOPLE_NAMED = frozenset({"passenger", "customer", "person", "owner", "author", "player",
                           "patient", "guest", "employee", "student", "driver", "buyer",
                           "client", "member", "contact", "recipient", "sender", "traveler",
                           "traveller", "holder", "applicant", "candidate", "doctor", "agent"})
_MAKERS = frozenset({"company", "brand", "manufacturer", "maker", "vendor", "seller", "store",
                     "shop", "merchant", "retailer", "supplier", "publisher", "firm"})

_GENERIC = frozenset({"type", "kind", "class", "mode", "style", "format", "level", "color",
                      "colour", "size", "status", "method", "option", "category", "tier"})


# A language code said with the language's name: "in Spanish (es)", never "using es".
_LANGUAGES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "ja": "Japanese", "zh": "Chinese",
    "ko": "Korean", "ar": "Arabic", "hi": "Hindi", "tr": "Turkish", "pl": "Polish",
    "sv": "Swedish", "da": "Danish", "fi": "Finnish", "no": "Norwegian", "nb": "Norwegian",
    "el": "Greek", "he": "Hebrew", "id": "Indonesian", "th": "Thai", "vi": "Vietnamese",
    "uk": "Ukrainian", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "bn": "Bengali",
}


def _language(slot: Slot, said: str, words: frozenset[str]) -> str:
    """A language as the request uses it: read from, written into, or in."""
    if words & {"source", "from", "src", "input"}:
        return f"from {said}"
    if words & {"target", "to", "dest", "output", "into"} or " into" in slot.hint:
        # Translef's `language_code`: "the code of the language to be translated into"
        return f"into {said}"
    return f"in {said}"


_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
# Things a booking is for: "for a double room", "for a premium cabin".
_BOOKED = frozenset({"room", "cabin", "seat", "ticket", "table", "car", "vehicle"})


_CODE = re.compile(r"[a-z]{2,3}")
_SENTENCE = re.compile(r"[A-Z][^.!?]*(?: [^ .!?]+){3,}[.!?]")


def text(slot: Slot, tok: str, rng: random.Random) -> str:
    v = slot.value
    words = _words(slot)
    name = slot.name.lower()
    known = _LANGUAGES.get(v.split("-")[0].split("_")[0].lower()) if len(v) <= 7 else None
    if known and words & {"lang", "language", "locale"}:
        # a `language_code` is a language: "into Italian (it)", not "on language it"
        # (ToolBench seed 71 #9), whatever its key's "code" says
        return _language(slot, f"{known} ({tok})", words)
    if slot.thing or words & {"id", "ids", "uuid", "pk", "code", "key", "sku", "isbn", "slug",
                              "handle", "symbol", "ticker", "token", "hash", "number",
                              "no"} or name.endswith("id"):
        return ident(slot, tok, rng)
    if words & {"lang", "language", "locale"} or _has(slot, "lang"):
        return _language(slot, f"{known} ({tok})" if known else tok, words)
    if v in PER_USD and ("currenc" in slot.hint or "currency" in words):
        # a currency is converted into, never "going to CAD" (an airport's MAD is no dirham)
        if words & {"origin", "from", "source", "base", "have", "src"}:
            return f"from {tok}"
        if words & {"destination", "to", "target", "quote", "want", "dest", "into"}:
            return _pick(rng, (f"to {tok}", f"into {tok}"))
    if _CLOCK.match(v):
        return f"at {tok}"  # a departure's 01:24 is when, not where from ("from 01:24")
    if words & {"origin", "from", "source", "departure"}:
        return _pick(rng, (f"from {tok}", f"leaving from {tok}"))
    if words & {"destination", "to", "target", "arrival"}:
        return _pick(rng, (f"to {tok}", f"going to {tok}"))
    if words & {"delivery", "deliver"}:
        # where an order goes, never "the items near Sao Paulo"
        return _pick(rng, (f"delivered to {tok}", f"for delivery to {tok}"))
    if words & {"shipping", "ship"}:
        return _pick(rng, (f"shipping to {tok}", f"shipped to {tok}"))
    if words & {"billing"}:
        return _pick(rng, (f"billed to {tok}", f"with the billing address {tok}"))
    if words & {"city", "location", "place", "town", "region", "state", "area", "address",
                "country", "near", "where", "venue", "zip", "postcode", "postal"}:
        if _CODE.fullmatch(slot.value):
            # a code the API lists ("us", "eu"): "around us" reads as a pronoun
            return _pick(rng, (f"for the {tok} {slot.label}", f"({slot.label} {tok})"))
        if "address" in words and "," in v and any(c.isdigit() for c in v):
            # a street address is where a thing is, not what it is near ("near 926 King
            # Street West, Toronto, Canada": ToolBench seed 97 #2)
            return _pick(rng, (f"at {tok}", f"for {tok}"))
        return _pick(rng, (f"in {tok}", f"around {tok}", f"near {tok}", f"for {tok}"))
    if words & {"currency", "unit", "units", "timezone", "tz"}:
        return f"in {tok}"
    if words & {"query", "q", "keyword", "keywords", "search", "term", "terms", "topic",
                "subject", "category", "genre", "tag", "tags", "interest"}:
        return _pick(rng, (f"about {tok}", f"on {tok}", f"for {tok}", f"related to {tok}",
                           f"matching {tok}"))
    if words & {"text", "message", "body", "content", "comment", "prompt", "sentence",
                "description", "note", "notes", "review", "caption", "question", "input",
                "reason", "bio"}:
        return _pick(rng, (f'saying "{tok}"', f'that reads "{tok}"', f'with the words "{tok}"',
                           f'reading "{tok}"'))
    if words & {"name", "user", "username", "author", "artist", "player", "person", "owner",
                "customer", "company", "team", "brand", "title", "song", "movie", "book",
                "album", "channel", "account", "league", "hotel", "restaurant", "product"}:
        head = _noun(slot).lower().replace(" name", "").replace("name", "").strip()
        if head in ("", "user", "full", "first", "last") and not words & {"username", "login",
                                                                       "handle"}:
            return _pick(rng, (f"for {tok}", f"under {tok}", f"named {tok}"))
        if words & {"username", "login", "handle"} or head.endswith(" user"):
            # "the followers named robert_richardson16" (ToolBench seed 59 #11): a handle
            # is an account's, whatever the ask lists of it
            # `bigovenUsername`: an account, not what the article is "called kevin_snow"
            return _pick(rng, (f"for the user {tok}", f"(username {tok})", f"under {tok}",
                               f"for the account {tok}"))
        if " " in head:  # "for the case title Deluxe Keyboard" names the parameter
            return _pick(rng, (f"for {tok}", f"called {tok}", f"for {tok}"))
        # No apposition ("for {tok}, the {head}"): a clause follows it unclosed, "book a
        # flight for Tonya Lopez, the passenger for a premium cabin" (bundled seed 59 #0).
        if head in _PEOPLE_NAMED:  # "status called Jean Gonzalez": a person is not called
            return _pick(rng, (f"for {tok}", f"for the {head} {tok}", f"under the name {tok}",
                               f"for {tok}"))
        if head in _MAKERS:  # "the selling price from Snow-Brown"
            return _pick(rng, (f"from {tok}", f"at {tok}", f"from {tok}", f"for {tok}"))
        return _pick(rng, (f"for {tok}", f"for the {head} {tok}", f"called {tok}",
                           f"named {tok}"))
    if words & {"email", "mail"}:
        return _pick(rng, (f"at {tok}", f"(reach me at {tok})"))
    if words & {"type", "kind", "mode", "format", "sort", "order", "status", "class", "level",
                "period", "interval", "size", "color", "colour", "style", "method", "gender",
                "plan", "tier", "frequency", "range", "view", "filter"}:
        head = slot.label.lower()
        kept = [w for w in head.split() if w not in _GENERIC]
        if kept and len(kept) < len(head.split()):  # "room type" -> "the suite room"
            rest = " ".join(kept)
            # not "a hotel as the double room" (BFCL seed 59 #24): "a double room"
            return _pick(rng, (f"(the {tok} {rest})", f"with the {tok} {rest}",
                               f"for a {tok} {rest}" if rest in _BOOKED else
                               f"with the {tok} {rest}"))
        # never "- Black, please -": what the value is gets said ("with the color Black")
        return _pick(rng, (f"(the {tok} {head})", f"as {tok}", f"preferably {tok}",
                           f"preferably {tok}", f"as {tok}"))
    # A value of a role a person names ("on Nintendo Switch", "with parking"), else one
    # said with its label ("with the substance ethanol"): a bare aside ("- Nintendo
    # Switch -", "(parking)") leaves the reader to guess what it is
    if _SENTENCE.fullmatch(slot.value):
        # a sentence is quoted, never run into its label: "resolve the ticket with the
        # resolution Issued a full refund for the duplicate charge." (BFCL seed 7)
        return _pick(rng, (f'noting "{tok}"', f'with the note "{tok}"'))
    return role_phrase(slot, tok, rng) or labelled(slot, tok, rng)
