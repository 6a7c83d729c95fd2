"""Seeding and expanding a domain's entities from schema.org (ToolWeave steps 1-2).

Owns: the anchor business type for a domain name (label and comment word matches, with
optional context words as a weak signal), the related types reached from it (domain-matched
types, business frames, ranges of its properties, generic transactional types) and their
naming as nouns. Frames are a compact curated table of how a kind of business works,
written in schema.org type labels only.
"""

from __future__ import annotations

import re
from collections import Counter

from toolgen.synth.spec import Entity, Role
from toolgen.synth.vocab import Vocabulary, words

_TOKEN = re.compile(r"[a-z]+")
_STOP = frozenset({"the", "a", "an", "of", "and", "or", "for", "in", "on", "to", "with", "is",
                   "are", "by", "as", "at", "from", "that", "this", "which", "be", "it", "its",
                   "was", "were", "has", "have", "also", "such", "other", "their"})
_BUSINESS_BASES = ("Organization", "Place")
# Businesses that sell services, not goods: appointments and bills, never shipped orders.
SERVICES = ("MedicalOrganization", "HealthAndBeautyBusiness", "ProfessionalService")
# Person-role entities that are not people (they register and update, but write no reviews).
NON_HUMAN = frozenset({"Pet"})
# Public services: nothing is sold, so orders and prices would not ring true.
FREE = ("Library", "LibrarySystem", "GovernmentOrganization", "EducationalOrganization")
_TANGIBLE = ("Product", "CreativeWork", "MedicalEntity", "Event", "Accommodation", "Vehicle")
_SKIP_BASES = ("Enumeration", "Action", "DataType", "StructuredValue", "Audience")
_TOO_GENERIC = frozenset({"Thing", "Intangible", "Organization", "Place", "CreativeWork",
                          "LocalBusiness", "MedicalEntity", "Product", "Service", "Event",
                          "Person", "Role", "Series", "Trip"})

# (base type of the anchor) -> related schema.org types, with a domain noun when the
# label's own words would read oddly there (a medical Reservation is an appointment).
FRAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "VeterinaryCare": (("Pet", "pet"), ("Person", "owner"), ("MedicalProcedure", ""),
                       ("Reservation", "appointment"), ("Drug", "medication")),
    "MedicalOrganization": (("Patient", "patient"), ("MedicalProcedure", ""),
                            ("Reservation", "appointment"), ("Drug", "medication"),
                            ("MedicalTest", "")),
    "LodgingBusiness": (("HotelRoom", "room"), ("LodgingReservation", "stay")),
    "FoodEstablishment": (("MenuItem", "menu item"), ("FoodEstablishmentReservation", "table "
                                                      "reservation"), ("Order", "")),
    "Library": (("Book", ""), ("Reservation", "hold"), ("Event", "library event"),
                ("Person", "member"), ("Invoice", "fine")),
    "AutoRental": (("Car", "car"), ("RentalCarReservation", "car booking")),
    "AutomotiveBusiness": (("Car", "car"), ("Reservation", "service appointment")),
    "Store": (("Product", "product"), ("Order", ""), ("Offer", "")),
    "EntertainmentBusiness": (("Event", ""), ("Reservation", "ticket reservation")),
    "SportsActivityLocation": (("Event", "class"), ("ProgramMembership", "membership")),
    "EducationalOrganization": (("Course", ""), ("Person", "student")),
    "LocalBusiness": (("Reservation", ""), ("Order", "")),
}
GENERIC: tuple[tuple[str, str], ...] = (("Person", "customer"), ("Invoice", ""),
                                        ("Review", ""), ("Reservation", ""), ("Order", ""))
_ROLE_BASES: tuple[tuple[str, Role], ...] = (
    ("Review", "review"), ("Reservation", "transaction"), ("Order", "transaction"),
    ("Invoice", "transaction"), ("ProgramMembership", "transaction"), ("Person", "person"),
    ("Pet", "person"),
    ("Accommodation", "catalog"), ("Organization", "business"), ("Place", "business"),
)


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOP and len(t) > 2]


def stem(word: str) -> str:
    """A crude singular: 'libraries' -> 'library', 'clinics' -> 'clinic', 'glass' stays."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _same(a: str, b: str) -> bool:
    return stem(a) == stem(b) or (len(a) >= 7 and b.startswith(a[:7]))


def context_words(context: str, limit: int = 30) -> list[str]:
    """The most frequent content words of a context text (ties broken alphabetically)."""
    counts = Counter(tokens(context))
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def score_type(vocab: Vocabulary, label: str, domain: list[str], context: list[str]) -> float:
    info = vocab.types[label]
    label_words = words(label)
    comment_words = tokens(info.comment)
    score = 0.0
    for i, tok in enumerate(domain):
        # The last word names the kind of business ('public *library*'); the rest qualify it.
        head = i == len(domain) - 1
        if any(_same(tok, w) for w in label_words):
            score += 5 if head else 3
        elif any(_same(tok, w) for w in comment_words):
            score += 1
    for tok in context:
        if any(_same(tok, w) for w in label_words):
            score += 0.5
    return score


def _eligible(vocab: Vocabulary, label: str) -> bool:
    return (label not in _TOO_GENERIC and not vocab.is_datatype(label)
            and not any(vocab.is_a(label, b) for b in _SKIP_BASES))


def _related(vocab: Vocabulary, a: str, b: str) -> bool:
    """One is an ancestor of the other: a Reservation beside a LodgingReservation is noise."""
    return vocab.is_a(a, b) or vocab.is_a(b, a)


def _shares_specific_base(vocab: Vocabulary, a: str, b: str) -> bool:
    common = set(vocab.ancestors(a)) & set(vocab.ancestors(b))
    return bool(common - _TOO_GENERIC - {"MedicalBusiness"} - set(_BUSINESS_BASES))


def find_anchor(vocab: Vocabulary, domain: list[str], context: list[str]) -> str:
    """The business type the domain names, most specific on ties; LocalBusiness if none."""
    best: tuple[float, int, str] | None = None
    for label in vocab.types:
        if not _eligible(vocab, label) or not any(vocab.is_a(label, b) for b in _BUSINESS_BASES):
            continue
        score = score_type(vocab, label, domain, context)
        if score < 3:
            continue
        key = (score, len(vocab.ancestors(label)), label)
        if best is None or (key[0], key[1]) > (best[0], best[1]) or (
                (key[0], key[1]) == (best[0], best[1]) and label < best[2]):
            best = key
    return best[2] if best else "LocalBusiness"


def role_of(vocab: Vocabulary, label: str) -> Role:
    for base, role in _ROLE_BASES:
        if vocab.is_a(label, base):
            return role
    return "catalog"


def article(noun: str) -> str:
    return "an" if noun.strip()[:1].lower() in "aeiou" else "a"


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def noun_for(label: str, given: str) -> str:
    if given:
        return given
    parts = words(label)
    return " ".join(parts[-2:]) if len(parts) > 2 else " ".join(parts)


def select_entities(vocab: Vocabulary, domain_name: str, count: int,
                    context: str = "") -> list[Entity]:
    """The anchor then up to `count - 1` related entities, in a stable order."""
    domain = tokens(domain_name) or ["business"]
    ctx = context_words(context)
    anchor = find_anchor(vocab, domain, ctx)
    anchor_noun = stem(domain[-1])
    siblings = tuple(
        t for t in _matched(vocab, domain, anchor, 3)
        if role_of(vocab, t) == "business" and (
            score_type(vocab, t, domain[-1:], []) >= 5 or _shares_specific_base(vocab, t, anchor)))
    # The type matching the qualifiers ('veterinary' -> VeterinaryCare, "A vet's office.")
    # describes the domain better than the head noun's type.
    described = max((anchor, *siblings),
                    key=lambda t: (score_type(vocab, t, domain[:-1], []), t == anchor))
    chosen: list[Entity] = [Entity(anchor, anchor_noun, plural(anchor_noun), "business",
                                   vocab.types[described].comment, siblings)]
    seen_types = {anchor, *siblings}
    seen_nouns = {anchor_noun}
    free = any(vocab.is_a(anchor, b) for b in FREE)
    services = any(vocab.is_a(anchor, b) for b in SERVICES)
    for label, noun in _candidates(vocab, domain, anchor, siblings):
        if len(chosen) >= count:
            break
        if (free or services) and label in ("Order", "Offer"):
            continue
        if label not in vocab.types or any(_related(vocab, label, t) for t in seen_types):
            continue
        name = noun_for(label, noun)
        if name in seen_nouns:
            continue
        seen_types.add(label)
        seen_nouns.add(name)
        # A frame's own noun ('appointment' for a Reservation) makes schema.org's generic
        # comment ('a reservation for travel, dining or an event') misleading.
        comment = vocab.types[label].comment if not noun else (
            f"{article(name).capitalize()} {name} at {article(domain_name)} "
            f"{domain_name.strip().lower()}.")
        chosen.append(Entity(label, name, plural(name), role_of(vocab, label), comment))
    return chosen


def _matched(vocab: Vocabulary, domain: list[str], anchor: str, floor: float) -> list[str]:
    found = [(score_type(vocab, t, domain, []), t) for t in vocab.types
             if t != anchor and _eligible(vocab, t) and not vocab.is_a(anchor, t)]
    return [t for s, t in sorted(found, key=lambda st: (-st[0], st[1])) if s >= floor]


def _candidates(vocab: Vocabulary, domain: list[str], anchor: str,
                siblings: tuple[str, ...]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    out.extend((t, "") for t in _matched(vocab, domain, anchor, 5) if t not in siblings)
    # A qualifier's own frame ('veterinary' -> VeterinaryCare: pets, clients) comes first.
    for sib in siblings:
        out.extend(FRAMES.get(sib, ()))
    for base in vocab.ancestors(anchor):
        out.extend(FRAMES.get(base, ()))
    for sib in siblings:
        for base in vocab.ancestors(sib):
            out.extend(FRAMES.get(base, ()))
    for t in (anchor, *siblings):
        for prop in vocab.properties_of(t):
            if anchor not in prop.domains and not set(prop.domains) & set(siblings):
                continue
            out.extend((r, "") for r in prop.ranges
                       if r in vocab.types and _eligible(vocab, r)
                       and any(vocab.is_a(r, b) for b in _TANGIBLE))
    out.extend(GENERIC)
    return out
