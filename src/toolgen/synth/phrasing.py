"""Names and descriptions of synthesized tools and endpoints, varied by a seeded stream.

Owns the phrase tables (verbs per action, tool-name patterns, description openers) and the
choice among them (ToolWeave's paraphrasing step, offline). Choices depend only on the
seed and the entity, so the same domain and seed give the same words.
"""

from __future__ import annotations

import random

from toolgen.synth.entities import stem
from toolgen.synth.spec import Entity

VERBS: dict[str, tuple[str, ...]] = {
    "search": ("Search {P}", "Find {P}", "Browse {P}", "Lookup {P}"),
    "get": ("Get {N} Details", "{N} Details", "Retrieve {N}", "Fetch {N} Profile"),
    "list_items": ("List {O} {I}", "{O} {I} Catalog", "Get {O} {I}"),
    "availability": ("Check {O} Availability", "{O} Open Slots", "Available Times at {O}"),
    "create": ("Create {N}", "New {N}", "Add {N}"),
    "book": ("Book {N}", "Schedule {N}", "Reserve {N}"),
    "register": ("Register {N}", "Create {N} Record", "Add {N}"),
    "update": ("Update {N}", "Edit {N} Details", "Modify {N}"),
    "cancel": ("Cancel {N}", "Cancel {N} Request"),
    "list_for": ("List {P} by {O}", "{O} {P} History", "Get {P} for {O}"),
    "pay": ("Pay {N}", "Settle {N}", "Submit {N} Payment"),
    "review": ("Post {N}", "Submit {N}", "Write {N}"),
    "list_reviews": ("List {O} Reviews", "{O} Reviews", "Get {O} Ratings"),
}
TOOL_NAMES = ("{D} {P} API", "{D} {N} Service", "{N} Manager", "{D} {P}", "{N}Hub")
SEARCH_OPENERS = ("Search {p} by {filters}.", "Find {p} matching {filters}.",
                  "Look up {p}, filtered by {filters}.")
GET_OPENERS = ("Full record of one {n}: {fields}.", "Details of {a} {n}, including {fields}.",
               "Everything known about one {n} ({fields}).")


def destutter(name: str) -> str:
    """A word repeated ('Hotel Hotels API', 'Get Hotel Hotel Rooms') reads as a stutter."""
    parts = name.split()
    kept = [w for i, w in enumerate(parts)
            if i == 0 or stem(w.lower()) != stem(parts[i - 1].lower())]
    return " ".join(kept)


def title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


class Phrasing:
    """Seeded choices of wording for one corpus."""

    def __init__(self, rng: random.Random, domain: str) -> None:
        self._rng = rng
        self.domain = title(domain)

    def pick(self, options: tuple[str, ...]) -> str:
        return options[self._rng.randrange(len(options))]

    def endpoint_name(self, action: str, entity: Entity, other: Entity | None = None,
                      item: Entity | None = None) -> str:
        pattern = self.pick(VERBS[action])
        return destutter(pattern.format(P=title(entity.plural), N=title(entity.noun),
                                        O=title(other.noun) if other else "",
                                        I=title(item.plural) if item else "",
                                        W=title(other.noun) + "'s" if other else "").strip())

    def tool_name(self, entity: Entity) -> str:
        pattern = self.pick(TOOL_NAMES)
        name = pattern.format(D=self.domain, P=title(entity.plural), N=title(entity.noun))
        name = destutter(name)
        return name.replace(" ", "") if "Hub" in pattern else name

    def search_opener(self, plural: str, filters: list[str]) -> str:
        return self.pick(SEARCH_OPENERS).format(p=plural, filters=_join(filters))

    def get_opener(self, noun: str, fields: list[str]) -> str:
        a = "an" if noun[:1] in "aeiou" else "a"
        return self.pick(GET_OPENERS).format(n=noun, a=a, fields=_join(fields))

    def sample(self, items: list[object], k: int) -> list[object]:
        if len(items) <= k:
            return list(items)
        picked = sorted(self._rng.sample(range(len(items)), k))
        return [items[i] for i in picked]

    def chance(self, p: float) -> bool:
        return self._rng.random() < p


def _join(parts: list[str]) -> str:
    parts = [p.replace("_", " ") for p in parts]
    if not parts:
        return "name"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
