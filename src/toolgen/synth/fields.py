"""schema.org properties as typed fields: primitives, enumerations, nested values, links.

Owns which properties of an entity are worth exposing (its own and its specific ancestors',
plus a short list of useful generic ones), how a property's range becomes a field kind, the
nested shape of common structured values (address, price, rating...), enumeration members as
readable literals, and links: a property whose range is another entity of the domain
becomes that entity's id field, which is what lets one endpoint's output feed another's input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toolgen.synth.spec import Entity
from toolgen.synth.vocab import PropertyInfo, Vocabulary, snake, words

# Bases whose own property lists are long and generic; only their USEFUL ones are kept.
GENERIC_BASES = frozenset({"Thing", "Intangible", "CreativeWork", "Organization", "Person",
                           "Place", "LocalBusiness", "MedicalEntity", "Product", "Event",
                           "StructuredValue", "Role", "Service", "Audience"})
# Properties that may link to a domain entity through a generic range (Organization, Thing).
LINK_PROPS = frozenset({"provider", "underName", "customer", "seller", "location", "organizer",
                        "itemReviewed", "reservationFor", "referencesOrder", "orderedItem",
                        "agent", "availableService", "owner"})
USEFUL = frozenset({"name", "description", "address", "telephone", "email", "openingHours",
                    "priceRange", "paymentAccepted", "aggregateRating", "givenName",
                    "familyName", "birthDate", "gender", "author", "datePublished",
                    "inLanguage", "genre", "startDate", "endDate", "eventStatus",
                    "eventAttendanceMode", "isAccessibleForFree", "maximumAttendeeCapacity",
                    "relevantSpecialty", "legalStatus", "sku", "color", "category",
                    "openingHoursSpecification", "geo", "keywords", "isbn"})
SKIP = frozenset({"additionalType", "alternateName", "disambiguatingDescription", "identifier",
                  "image", "mainEntityOfPage", "potentialAction", "sameAs", "subjectOf", "url",
                  "status", "code", "study", "guideline", "recognizingAuthority",
                  "reservationId", "confirmationNumber", "accountId", "orderNumber",
                  "broker", "programMembershipUsed", "reservedTicket", "modifiedTime",
                  "alumni", "actionableFeedbackPolicy", "healthPlanNetworkId",
                  "pregnancyCategory", "award", "callSign", "faxNumber", "correctionsPolicy",
                  "diversityPolicy", "diversityStaffingReport", "ethicsPolicy",
                  "knowsAbout", "knowsLanguage", "publishingPrinciples", "unnamedSourcesPolicy",
                  "verificationFactCheckingPolicy", "ownershipFundingInfo", "slogan",
                  "masthead", "missionCoveragePrioritiesPolicy", "noBylinesPolicy",
                  "interactionStatistic", "hasCredential", "hasOccupation", "hasPOS",
                  "nonprofitStatus", "iso6523Code", "leiCode", "naics", "duns",
                  "globalLocationNumber", "isicV4", "taxID", "vatID", "hasMap",
                  "tourBookingPage", "branchCode", "leaseLength", "billingPeriod",
                  "areaServed", "contactPoint", "keywords", "smokingAllowed", "logo", "photo",
                  "requiredGender", "requiredMaxAge", "requiredMinAge", "suggestedGender",
                  "suggestedMaxAge", "suggestedMinAge", "suggestedMeasurement", "suggestedAge",
                  "audienceType", "geographicArea", "healthCondition", "yearBuilt",
                  "category", "description", "priceCurrency", "partOfInvoice"})
# Small counts read as absurd when a mock draws them from a wide range (a room with 429
# bedrooms); these bounds go into response schemas.
COUNT_BOUNDS: dict[str, tuple[float, float]] = {
    "weight_kg": (0.5, 80), "quantity": (1, 12),
    "number_of_beds": (1, 4), "number_of_bedrooms": (1, 4), "number_of_rooms": (1, 400),
    "number_of_bathrooms_total": (1, 3), "number_of_full_bathrooms": (0, 3),
    "number_of_partial_bathrooms": (0, 2), "num_adults": (1, 6), "num_children": (0, 4),
    "party_size": (1, 12), "number_of_pages": (24, 1200), "maximum_attendee_capacity": (5, 300),
    "review_count": (0, 2000), "rating_value": (1, 5), "best_rating": (5, 5)}
TEXT_OK = frozenset({"name", "description", "email", "telephone", "isbn", "givenName",
                     "familyName", "discountCode", "inLanguage", "genre",
                     "availableLanguage", "reviewBody"})
# Closed value sets for free-text schema.org properties whose values are well known; a
# mock can only fill an open text field with filler words.
CURATED_ENUMS: dict[str, tuple[str, ...]] = {
    "dosageForm": ("tablet", "capsule", "oral_suspension", "injection", "topical_cream",
                   "ear_drops", "eye_drops"),
    "administrationRoute": ("oral", "topical", "subcutaneous", "intramuscular",
                            "intravenous", "otic", "ophthalmic"),
    "bodyLocation": ("head", "mouth", "ear", "eye", "skin", "abdomen", "chest", "limb",
                     "spine"),
    "accommodationCategory": ("standard", "superior", "deluxe", "suite", "family"),
    "bookEdition": ("first", "second", "revised", "anniversary", "illustrated"),
    "servesCuisine": ("bakery", "cafe", "french", "italian", "vegan"),
}
EVENT_ONLY = frozenset({"isAccessibleForFree", "maximumAttendeeCapacity"})
_SOURCE_NOTE = re.compile(r"\s*\((?:Source|see)[^)]*\)?|\s*https?://\S+", re.IGNORECASE)
_DATATYPE_ORDER = ("Boolean", "Integer", "Number", "Float", "Date", "DateTime", "Time",
                   "Duration", "URL", "Text")

# Nested shapes of structured values: (field, kind, description).
STRUCTURED: dict[str, tuple[tuple[str, str, str], ...]] = {
    "PostalAddress": (("street_address", "string", "Street and number."),
                      ("city", "string", "City or town."),
                      ("postal_code", "string", "Postal code."),
                      ("country", "string", "Country.")),
    "GeoCoordinates": (("latitude", "number", "Latitude in degrees."),
                       ("longitude", "number", "Longitude in degrees.")),
    "MonetaryAmount": (("value", "number", "Amount."),
                       ("currency", "string", "Currency code (ISO 4217).")),
    "PriceSpecification": (("price", "number", "Price."),
                           ("price_currency", "string", "Currency code (ISO 4217).")),
    "Rating": (("rating_value", "number", "Rating from 1 to 5."),
               ("best_rating", "number", "Highest possible rating.")),
    "AggregateRating": (("rating_value", "number", "Average rating from 1 to 5."),
                        ("review_count", "integer", "Number of reviews.")),
    "ContactPoint": (("telephone", "string", "Phone number."),
                     ("email", "string", "Email address."),
                     ("contact_type", "string", "What the contact is for.")),
    "OpeningHoursSpecification": (("day_of_week", "weekday", "Day of the week."),
                                  ("opens", "time", "Opening time (HH:MM)."),
                                  ("closes", "time", "Closing time (HH:MM).")),
    "DrugStrength": (("strength_value", "number", "Strength."),
                     ("strength_unit", "dose_unit", "Unit of the strength.")),
    "LocationFeatureSpecification": (("name", "amenity", "Amenity."),
                                     ("value", "boolean", "Whether it is available.")),
    "BedDetails": (("type_of_bed", "bed", "Kind of bed."),
                   ("number_of_beds", "integer", "Number of beds.")),
}
_KIND_SCHEMA: dict[str, dict[str, Any]] = {
    "string": {"type": "string"}, "number": {"type": "number"},
    "integer": {"type": "integer"}, "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "time": {"type": "string", "format": "time"},
    "dose_unit": {"type": "string", "enum": ["mg", "mcg", "g", "ml", "mg/ml", "IU"]},
    "amenity": {"type": "string", "enum": ["wifi", "parking", "pool", "gym", "spa",
                                           "restaurant", "air_conditioning", "airport_shuttle"]},
    "bed": {"type": "string", "enum": ["single", "double", "queen", "king", "sofa_bed"]},
    "weekday": {"type": "string", "enum": ["monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday"]},
    "duration": {"type": "string", "format": "duration"},
    "uri": {"type": "string", "format": "uri"},
}
_HTML_LEFTOVER = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Field:
    """One exposed property: `kind` is a primitive kind, 'enum', 'object' or 'link'."""

    name: str
    kind: str
    description: str
    enum: tuple[str, ...] = ()
    nested: str = ""
    link: Entity | None = None
    many: bool = False


def enum_literals(members: tuple[str, ...], owner: str) -> tuple[str, ...]:
    """Readable literals: ReservationStatusType's ReservationCancelled -> 'cancelled'.

    Only words shared by every member (as a prefix or suffix) are dropped; `owner` is kept
    for the signature's sake and for callers that may want it.
    """
    split = [words(m) for m in members]
    prefix = 0
    while all(len(w) > prefix + 1 for w in split) and len({w[prefix] for w in split}) == 1:
        prefix += 1
    suffix = 0
    while all(len(w) > prefix + suffix + 1 for w in split) and len(
            {w[-1 - suffix] for w in split}) == 1:
        suffix += 1
    out = ["_".join(w[prefix: len(w) - suffix]) for w in split]
    return tuple(dict.fromkeys(out)) if len(set(out)) == len(out) else tuple(
        "_".join(w) for w in split)


def clean(comment: str) -> str:
    text = _HTML_LEFTOVER.sub(" ", _SOURCE_NOTE.sub("", comment)).strip()
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip(" ,")
    return text if text.endswith(".") or not text else text + "."


def link_target(vocab: Vocabulary, prop: str, ranges: tuple[str, ...],
                entities: list[Entity], owner: Entity) -> Entity | None:
    """The domain entity a property's range denotes, if any ('Thing' means the catalog)."""
    generic_ok = prop in LINK_PROPS
    for r in ranges:
        if r == "Thing":
            return next((e for e in entities if e.role == "catalog" and e != owner), None) \
                if generic_ok else None
        for e in entities:
            if e == owner:
                continue
            if r == e.type_label or r in e.extra_types or vocab.is_a(e.type_label, r):
                if (r in GENERIC_BASES or r in ("Organization", "Person", "Place")) \
                        and not generic_ok:
                    continue
                return e
    return None


def resolve(vocab: Vocabulary, prop: PropertyInfo, entities: list[Entity],
            owner: Entity) -> Field | None:
    """The field a property becomes on `owner`, or None when no range is usable."""
    description = clean(prop.comment)
    target = link_target(vocab, prop.label, prop.ranges, entities, owner)
    if target is not None:
        return Field(target.id_field, "link", description, link=target)
    curated = CURATED_ENUMS.get(prop.label)
    if curated:
        return Field(snake(prop.label), "enum", description, enum=curated)
    for r in prop.ranges:
        if r in vocab.types and vocab.is_enum(r):
            values = enum_literals(vocab.types[r].members, r)
            if 2 <= len(values) <= 60:
                return Field(snake(prop.label), "enum", description, enum=values)
    for r in prop.ranges:
        if r in STRUCTURED:
            return Field(snake(prop.label), "object", description, nested=r)
    order: tuple[str, ...] = _DATATYPE_ORDER
    if owner.role == "business" and "Time" in prop.ranges:
        # A hotel's check-in time is a time of day, not a moment.
        order = ("Time", *_DATATYPE_ORDER)
    for kind_label in order:
        if kind_label in prop.ranges:
            kind = _primitive(kind_label, prop.label)
            if kind == "string" and prop.label not in TEXT_OK:
                # Free text under a vague name ('followup', 'preparation') can only be
                # filled with filler words by a mock; reviewers reject that.
                return None
            return Field(snake(prop.label), kind, description)
    return None


def _primitive(label: str, prop: str) -> str:
    if label in ("Number", "Float"):
        return "integer" if prop.startswith("number") else "number"
    return {"Boolean": "boolean", "Integer": "integer", "Date": "date", "DateTime": "datetime",
            "Time": "time", "Duration": "duration", "URL": "uri"}.get(label, "string")


def entity_fields(vocab: Vocabulary, entity: Entity, entities: list[Entity]) -> list[Field]:
    """The fields of an entity, most specific first, one per name."""
    out: dict[str, Field] = {}
    for label in (entity.type_label, *entity.extra_types):
        specific = set(vocab.ancestors(label)) - GENERIC_BASES
        for prop in vocab.properties_of(label):
            if prop.label in SKIP or len(out) >= 18:
                continue
            if not set(prop.domains) & specific and prop.label not in USEFUL:
                continue
            if prop.label == "name" and (entity.role == "transaction" or vocab.is_a(
                    label, "Person") or vocab.is_a(label, "Accommodation")):
                # People have given and family names; a room or a booking has no name.
                continue
            if prop.label in EVENT_ONLY and not vocab.is_a(label, "Event"):
                continue
            field = resolve(vocab, prop, entities, entity)
            if field is not None and field.name not in out and field.name != entity.id_field:
                out[field.name] = field
    return list(out.values())


def field_schema(field: Field) -> dict[str, Any]:
    """JSON Schema of a field as it appears in a response."""
    if field.kind == "link":
        noun = field.link.noun if field.link else "item"
        lead = field.description.rstrip(".") + ": " if field.description else ""
        return {"type": "string", "description": f"{lead}id of the {noun}."}
    if field.kind == "enum":
        return {"type": "string", "enum": list(field.enum)}
    if field.kind == "object":
        props = {name: _bounded(name, dict(_KIND_SCHEMA[kind]))
                 for name, kind, _ in STRUCTURED[field.nested]}
        return {"type": "object", "properties": props}
    return _bounded(field.name, dict(_KIND_SCHEMA[field.kind]))


def small_range(name: str) -> tuple[int, int] | None:
    """Integer bounds of a count short enough to list as choices (at most 12 values)."""
    bounds = COUNT_BOUNDS.get(name)
    if bounds is None or bounds[1] - bounds[0] > 11 or bounds[0] != int(bounds[0]):
        return None
    return int(bounds[0]), int(bounds[1])


def _bounded(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    bounds = COUNT_BOUNDS.get(name)
    if bounds and schema.get("type") in ("integer", "number"):
        schema["minimum"], schema["maximum"] = bounds
    return schema
