"""The small frozen value types the offline language works on: Intent, Slot, Fact.

They are plain slotted dataclasses (not pydantic) because they are built in the hot loop
from trusted planner data and never serialised on their own.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Intent:
    """What an endpoint does, in the user's words: `verb` + `obj` ("find" + "hotels")."""

    verb: str
    obj: str
    phrase: str

    @property
    def gerund(self) -> str:
        """The phrase as an -ing form: "finding hotels"."""
        head, _, rest = self.phrase.partition(" ")
        return f"{ing(head)} {rest}".strip()


@dataclass(frozen=True, slots=True)
class Slot:
    """One argument the user states: `label` is a human phrase ("check-in date"), `value`
    the exact text of the argument value, which must appear verbatim in the message."""

    name: str
    label: str
    value: str
    hint: str = ""  # the parameter's description, lower-cased: what the value means
    kind: str = ""  # JSON type of the raw value: "string", "number", "boolean", "list"...
    raw: Any = None  # the argument value itself (booleans are said, not quoted)
    thing: str = ""  # what a bare key (`id`, `pk`) names ("user"), from the endpoint


@dataclass(frozen=True, slots=True)
class Fact:
    """One result the assistant reports; `value` must appear verbatim in the answer."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one call the user asked for came to, for the answer to report.

    `status`: "ok", "empty" (no results), "not_found", "failed" (the service refused the
    action, e.g. a declined payment) or "error" (the call itself failed; `reason` says why).
    `action`: "create", "update", "delete" for a state change, else "".
    """

    intent: Intent
    status: str
    action: str = ""
    facts: tuple[Fact, ...] = ()
    reason: str = ""
    same: bool = False  # every fact it had was already said for an earlier call
    # Facts of the result's later list items: what is new when the first item repeats an
    # earlier result (a search that finds the tweet just posted, and another one). Given
    # as a function when they cost a walk of the result: `said_once` reads them only for
    # a result that repeats one, which few do (`spare_facts`).
    spare: tuple[Fact, ...] | Callable[[], tuple[Fact, ...]] = ()
    # Its facts only say back what the call was sent (a player lookup that returned the
    # name asked about and ids): said as such, not as what was found.
    echoed: bool = False
    # A listing's count and its first item's facts (`policy.listed`): said together, so
    # more than the usual two are kept ("3 came back, the first being Iberia FF0358,
    # departing 08:18 on 4 March").
    listed: int = 0
    # The yes or no a yes/no question came back with (`policy.verdicts`): the value asked
    # about ("439", or "" for "it") and what the answer says of it ("is prime").
    verdict: tuple[str, str] | None = None
    # The inputs that tell this call from another call of its endpoint in one answer
    # ("charge 16.08, distance 16"; `policy.which_call`), said after what it is about.
    which: str = ""

    def spare_facts(self) -> tuple[Fact, ...]:
        """`spare`, worked out now when it was given as a function."""
        return self.spare() if callable(self.spare) else self.spare


def spoken(value: str) -> str:
    """An enum literal as a person says it: `ordered_by_mistake` -> "ordered by mistake",
    `ECONOMY_CLASS` -> "economy class"; anything without an underscore stays as it is.
    The grounding check accepts this form for a string value (underscores read as spaces).
    """
    if "_" not in value or not value.replace("_", "").isalnum():
        return value
    words = value.replace("_", " ").strip()
    return words.lower() if words.isupper() or len(words) > 3 else words


def value_text(value: Any) -> str:
    """The text form of an argument value that user turns state and validators search for.

    Strings are kept as they are; everything else is its compact JSON form (`true`, `5`,
    `2.5`, `["a","b"]`), so the planner and the grounding validator agree on one spelling.
    """
    if isinstance(value, str):
        return value
    # Why the fast paths: json.dumps builds an encoder per call, and scalars are most of
    # what is said; json writes a bool as true/false and an int or finite float as its repr.
    kind = type(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_ING_IRREGULAR = {
    "be": "being", "see": "seeing", "get": "getting", "set": "setting", "put": "putting",
    "run": "running", "plan": "planning", "stop": "stopping", "shop": "shopping",
    "log": "logging", "sign": "signing", "map": "mapping", "tag": "tagging",
}


def ing(verb: str) -> str:
    """-ing form of a (lowercase, English) verb; other words get a neutral fallback."""
    v = verb.lower()
    if v in _ING_IRREGULAR:
        return _ING_IRREGULAR[v]
    if not v.isascii() or not v.isalpha():
        return verb
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + "ing"


def article(word: str) -> str:
    """The indefinite article a speaker uses: "an item", "a user", "a one-off", "an hour";
    an acronym said letter by letter by its first letter's name: "an SMS", "a PDF"."""
    if _spelled(word):
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    low = word.lower()
    if low.startswith(("hour", "honest", "heir")):
        return "an"
    if low.startswith(("us", "uni", "uti", "eu", "one", "once", "ur")):
        return "a"
    return "an" if low[:1] in ("a", "e", "i", "o", "u") else "a"


def _spelled(word: str) -> bool:
    """Whether `word` is an acronym read letter by letter: "SMS", "API", "HTML" (no vowel
    to read it by), not "NASA"."""
    return (word.isupper() and word.isalpha() and 2 <= len(word) <= 5
            and (len(word) <= 3 or not set(word) & set("AEIOU")))
