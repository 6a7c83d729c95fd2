"""Endpoints of each synthesized tool (ToolWeave steps 3-4: complexify and connect).

Owns one builder per entity role. Every endpoint gets typed parameters (enumerations with
their choices, defaults, required and optional), a realistic response schema (nested
objects, arrays of results) and links: an entity's id field is returned by the endpoints
that find or create it and accepted by those that act on it, so chains compose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolgen.synth.entities import NON_HUMAN, article
from toolgen.synth.fields import Field, field_schema, small_range
from toolgen.synth.phrasing import Phrasing
from toolgen.synth.spec import EndpointSpec, Entity, ParamSpec

_LABELS = {"string": "STRING", "number": "NUMBER", "integer": "NUMBER", "boolean": "BOOLEAN",
           "date": "DATE (YYYY-MM-DD)", "datetime": "STRING", "time": "TIME (24-hour HH:MM)",
           "enum": "ENUM", "link": "STRING", "uri": "STRING", "duration": "STRING"}
_FILTER_KINDS = ("enum", "boolean", "integer", "number", "date")
_INPUT_KINDS = {"transaction": ("enum", "integer", "number", "date", "datetime"),
                "person": ("string", "date", "enum"),
                "review": ("string", "enum"), "catalog": ("string", "enum", "number", "integer"),
                "business": ("string", "enum")}
_NOT_INPUTS = frozenset({"booking_time", "price_currency", "total_price", "modified_time",
                         "order_date", "payment_due_date", "scheduled_payment_date",
                         "date_created", "date_modified", "description", "discount",
                         "discount_code", "discount_currency"})
_REQUIRED_INPUTS = frozenset({"name", "species", "given_name", "family_name", "email",
                              "start_time",
                              "party_size", "checkin_time", "checkout_time", "pickup_time",
                              "dropoff_time"})
# Bookings of the place itself (a table), not of an item it offers.
NO_ITEM = frozenset({"FoodEstablishmentReservation"})
_STATUS = {"Reservation": ("pending", "confirmed", "cancelled"),
           "Order": ("processing", "in_transit", "delivered", "cancelled"),
           "Invoice": ("due", "paid", "past_due"),
           "ProgramMembership": ("active", "expired", "cancelled")}


@dataclass(slots=True)
class World:
    """What builders need to know about the rest of the corpus."""

    entities: list[Entity]
    fields: dict[str, list[Field]]
    names: dict[tuple[str, str], str]
    phrasing: Phrasing
    base: str
    paid: bool = True

    def first(self, role: str) -> Entity | None:
        return next((e for e in self.entities if e.role == role), None)

    def human(self) -> Entity | None:
        return next((e for e in self.entities if e.role == "person"
                     and e.type_label not in NON_HUMAN), None)

    @property
    def anchor(self) -> Entity:
        return self.entities[0]

    def finder(self, entity: Entity) -> str:
        for action in ("search", "create", "book", "register", "get"):
            name = self.names.get((entity.noun, action))
            if name:
                return name
        return ""


def param_for(field: Field, world: World, required: bool = False,
              default: Any = "") -> ParamSpec:
    desc = field.description
    if field.kind == "link" and field.link is not None:
        source = world.finder(field.link)
        desc = f"Id of the {field.link.noun}" + (f", as returned by {source}." if source else ".")
    elif field.kind == "enum":
        desc = f"{desc} One of: {', '.join(f'`{v}`' for v in field.enum)}."
    elif field.kind == "datetime":
        desc = f"{desc} ISO 8601 date and time, e.g. 2026-05-14T09:30."
    elif field.kind in ("integer", "number") and small_range(field.name):
        # ToolBench parameters carry no bounds; a closed list of counts keeps a party of
        # 489 adults out of the data (the loader reads 'One of' lists as enums).
        low, high = small_range(field.name) or (0, 0)
        desc = f"{desc} One of: " + ", ".join(f"`{n}`" for n in range(low, high + 1)) + "."
    return ParamSpec(field.name, _LABELS[field.kind], desc.strip(), required, default, field.enum)


def object_schema(fields: list[Field], id_field: str, extra: dict[str, Any] | None = None
                  ) -> dict[str, Any]:
    props: dict[str, Any] = {id_field: {"type": "string"}}
    for field in fields:
        props[field.name] = field_schema(field)
    props.update(extra or {})
    return {"type": "object", "properties": props, "required": [id_field]}


def list_schema(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": {
        "total": {"type": "integer"}, "results": {"type": "array", "items": item}},
        "required": ["total", "results"]}


def _summary_fields(fields: list[Field], k: int = 4) -> list[Field]:
    named = [f for f in fields if f.name == "name"]
    rest = [f for f in fields if f.name != "name" and f.kind != "link"]
    return named + rest[: k - len(named)]


def _filters(world: World, fields: list[Field], k: int) -> list[Field]:
    usable = [f for f in fields if f.kind in _FILTER_KINDS]
    return [f for f in world.phrasing.sample(list(usable), k) if isinstance(f, Field)]


def _enum_default(world: World, field: Field) -> Any:
    # A status filter defaulting to its first literal ('cancelled') would hide most results.
    if field.kind != "enum" or "status" in field.name:
        return ""
    return field.enum[0] if world.phrasing.chance(0.4) else ""


def _path(world: World, *parts: str) -> str:
    return world.base + "/" + "/".join(parts)


def _limit(default: int) -> ParamSpec:
    return ParamSpec("limit", "NUMBER", f"Maximum number of results (1-50, default {default}).",
                     False, default)


def search(world: World, e: Entity) -> EndpointSpec:
    fields = world.fields[e.noun]
    filters = _filters(world, fields, 3)
    params = [ParamSpec("query", "STRING",
                        f"Free-text search over {e.plural}: a name or keywords.", True)]
    if e.role == "business":
        params = [ParamSpec("location", "STRING",
                            "City, neighbourhood or postal code to search near.", True)]
    params += [param_for(f, world, default=_enum_default(world, f)) for f in filters]
    owner = next((f for f in fields if f.kind == "link" and f.link == world.anchor), None)
    if e.role != "business":
        # Everything in the domain is found through its business: 'at this clinic'.
        params.append(param_for(owner or Field(world.anchor.id_field, "link", "",
                                               link=world.anchor), world))
    params.append(_limit(10 if e.role == "business" else 20))
    sort = ("relevance", "name", "rating") if e.role != "business" else (
        "distance", "rating", "name")
    params.append(ParamSpec("sort_by", "ENUM", "Result order. One of: "
                            + ", ".join(f"`{s}`" for s in sort) + ".", False, sort[0], sort))
    item = object_schema(_summary_fields(fields) + filters, e.id_field)
    desc = world.phrasing.search_opener(e.plural, [f.name for f in filters] or ["name"])
    desc += f" Returns each {e.noun}'s id ({e.id_field}) for follow-up calls."
    return EndpointSpec(world.names[(e.noun, "search")], desc, "GET", _path(world, _slug(e.plural)),
                        params, list_schema(item))


def get(world: World, e: Entity) -> EndpointSpec:
    fields = world.fields[e.noun]
    shown = [f for f in fields if f.kind != "link"][:10]
    if e.role != "business":
        shown += [f for f in fields if f.kind == "link"]
    extra: dict[str, Any] = {}
    if _status(e):
        extra["status"] = {"type": "string", "enum": list(_status(e))}
    if e.role == "business":
        extra["opening_hours_specification"] = {"type": "array", "items": field_schema(
            Field("opening_hours_specification", "object", "", nested="OpeningHoursSpecification"))}
    desc = world.phrasing.get_opener(e.noun, [f.name for f in shown[:4]])
    desc = f"{desc} {e.comment}".strip()
    params = [ParamSpec(e.id_field, "STRING", f"Id of the {e.noun}, as returned by "
                        f"{world.finder(e) or 'a search'}.", True)]
    return EndpointSpec(world.names[(e.noun, "get")], desc, "GET",
                        _path(world, _slug(e.plural), "{" + e.id_field + "}"), params,
                        object_schema(shown, e.id_field, extra))


def list_items(world: World, e: Entity, item: Entity) -> EndpointSpec:
    item_fields = _summary_fields(world.fields[item.noun], 3)
    price = Field("price", "object", "", nested="PriceSpecification")
    schema = {"type": "object", "properties": {
        e.id_field: {"type": "string"},
        "items": {"type": "array", "items": object_schema([*item_fields, price], item.id_field)}},
        "required": [e.id_field, "items"]}
    params = [param_for(Field(e.id_field, "link", "", link=e), world, required=True),
              _limit(20)]
    desc = (f"The {item.plural} {article(e.noun)} {e.noun} offers. Returns {item.id_field} "
            f"values for follow-up requests.")
    return EndpointSpec(world.names[(e.noun, "list_items")], desc, "GET",
                        _path(world, _slug(e.plural), "{" + e.id_field + "}", _slug(item.plural)),
                        params, schema)


def availability(world: World, e: Entity, item: Entity | None) -> EndpointSpec:
    params = [param_for(Field(e.id_field, "link", "", link=e), world, required=True),
              ParamSpec("date", "DATE (YYYY-MM-DD)", "Day to check.", True)]
    if item is not None:
        params.append(param_for(Field(item.id_field, "link", "", link=item), world))
    slot = {"type": "object", "properties": {
        "start_time": {"type": "string", "format": "time"},
        "duration_minutes": {"type": "integer", "minimum": 15, "maximum": 90}}}
    schema = {"type": "object", "properties": {
        e.id_field: {"type": "string"}, "date": {"type": "string", "format": "date"},
        "available_slots": {"type": "array", "items": slot}}, "required": ["available_slots"]}
    desc = f"Open time slots at a {e.noun} on a given day, optionally for one {item.noun}." \
        if item else f"Open time slots at a {e.noun} on a given day."
    return EndpointSpec(world.names[(e.noun, "availability")], desc, "GET",
                        _path(world, _slug(e.plural), "{" + e.id_field + "}", "availability"),
                        params, schema)


def create(world: World, e: Entity, action: str) -> EndpointSpec:
    fields = world.fields[e.noun]
    links = _links_for(world, e, fields) if e.role == "transaction" else [
        f for f in fields if f.kind == "link" and f.link is not None and f.link.role == "person"]
    own = [f for f in fields if f.kind in _INPUT_KINDS[e.role] and f.name not in _NOT_INPUTS
           and "status" not in f.name]
    required_own = [f for f in own if f.name in _REQUIRED_INPUTS][:3]
    if not required_own and own and e.role != "transaction":
        required_own = own[:1]
    optional = [f for f in own if f not in required_own][:4]
    if e.role == "transaction":
        optional.append(Field("notes", "string", f"Anything the staff should know about the "
                              f"{e.noun}."))
    params = [param_for(f, world, required=True) for f in links]
    if e.type_label == "Order":
        required_own = [Field("quantity", "integer", "How many of the item."), *required_own]
    if "Reservation" in e.type_label and not required_own and world.paid:
        params.append(ParamSpec("start_time", "STRING", f"When the {e.noun} starts. ISO 8601 "
                                "date and time, e.g. 2026-05-14T09:30.", True))
    params += [param_for(f, world, required=True) for f in required_own]
    params += [param_for(f, world, default=_enum_default(world, f)) for f in optional]
    params = list({p.name: p for p in reversed(params)}.values())[::-1]
    status = _status(e)
    extra: dict[str, Any] = {"created_at": {"type": "string", "format": "date-time"}}
    if status:
        extra["status"] = {"type": "string", "enum": list(status)}
    if e.role == "transaction" and world.paid and e.type_label not in NO_ITEM:
        extra["total_price"] = field_schema(Field("total_price", "object", "",
                                                  nested="PriceSpecification"))
    desc = (f"{_first_upper(action)} {article(e.noun)} {e.noun}. {e.comment} Returns the new "
            f"{e.id_field}" + (f" and its status ({', '.join(status)})." if status else "."))
    return EndpointSpec(world.names[(e.noun, action)], desc, "POST",
                        _path(world, _slug(e.plural)), params,
                        object_schema(links + required_own, e.id_field, extra))


def update(world: World, e: Entity) -> EndpointSpec:
    candidates = [f for f in world.fields[e.noun]
                  if f.kind in ("string", "enum", "date", "number", "boolean")]
    contact = [f for f in candidates if f.name in ("email", "telephone", "weight_kg",
                                                   "is_neutered")]
    fields = (contact + [f for f in candidates if f not in contact])[:4]
    params = [ParamSpec(e.id_field, "STRING", f"Id of the {e.noun} to update.", True)]
    # An update naming no field to change is a call nobody makes; the first one is required.
    params += [param_for(f, world, required=i == 0) for i, f in enumerate(fields)]
    # The record as it now stands, so the answer can confirm the values that changed.
    schema = object_schema(fields, e.id_field,
                           {"updated_at": {"type": "string", "format": "date-time"}})
    desc = f"Change one or more details of a {e.noun}; fields left out stay as they are."
    return EndpointSpec(world.names[(e.noun, "update")], desc, "PATCH",
                        _path(world, _slug(e.plural), "{" + e.id_field + "}"), params, schema)


def cancel(world: World, e: Entity) -> EndpointSpec:
    reasons = ("customer_request", "schedule_conflict", "duplicate", "other")
    params = [ParamSpec(e.id_field, "STRING", f"Id of the {e.noun} to cancel.", True),
              ParamSpec("reason", "ENUM", "Why it is cancelled. One of: "
                        + ", ".join(f"`{r}`" for r in reasons) + ".", False, "customer_request",
                        reasons)]
    props: dict[str, Any] = {
        e.id_field: {"type": "string"}, "status": {"type": "string", "enum": ["cancelled"]},
        "cancelled_at": {"type": "string", "format": "date-time"}}
    desc = f"Cancel an existing {e.noun}. Returns the cancellation time"
    if world.paid and e.type_label not in NO_ITEM:
        props["refund"] = field_schema(Field("refund", "object", "", nested="MonetaryAmount"))
        desc += " and any refund due"
    schema = {"type": "object", "properties": props, "required": [e.id_field, "status"]}
    desc += "."
    return EndpointSpec(world.names[(e.noun, "cancel")], desc, "POST",
                        _path(world, _slug(e.plural), "{" + e.id_field + "}", "cancel"),
                        params, schema)


def list_for(world: World, e: Entity, who: Entity) -> EndpointSpec:
    status = _status(e)
    params = [param_for(Field(who.id_field, "link", "", link=who), world, required=True)]
    if status:
        params.append(ParamSpec("status", "ENUM", "Only those in this state. One of: "
                                + ", ".join(f"`{s}`" for s in status) + ".", False, "", status))
    params.append(_limit(20))
    extra = {"status": {"type": "string", "enum": list(status)}} if status else {}
    item = object_schema(_summary_fields(world.fields[e.noun], 3), e.id_field, extra)
    desc = f"All {e.plural} of one {who.noun}, newest first."
    return EndpointSpec(world.names[(e.noun, "list_for")], desc, "GET",
                        _path(world, _slug(who.plural), "{" + who.id_field + "}",
                              _slug(e.plural)), params, list_schema(item))


def pay(world: World, e: Entity) -> EndpointSpec:
    methods = ("card", "bank_transfer", "cash", "paypal")
    params = [ParamSpec(e.id_field, "STRING", f"Id of the {e.noun} to pay.", True),
              ParamSpec("payment_method", "ENUM", "How it is paid. One of: "
                        + ", ".join(f"`{m}`" for m in methods) + ".", True, "", methods),
              ParamSpec("amount", "NUMBER", "Amount paid; the full balance when omitted.", False)]
    schema = {"type": "object", "properties": {
        e.id_field: {"type": "string"}, "payment_id": {"type": "string"},
        "status": {"type": "string", "enum": ["paid", "partially_paid"]},
        "amount_paid": field_schema(Field("amount_paid", "object", "", nested="MonetaryAmount")),
        "paid_at": {"type": "string", "format": "date-time"}},
        "required": [e.id_field, "payment_id", "status"]}
    return EndpointSpec(world.names[(e.noun, "pay")], f"Pay an outstanding {e.noun}.", "POST",
                        _path(world, _slug(e.plural), "{" + e.id_field + "}", "payments"),
                        params, schema)


def review(world: World, e: Entity) -> EndpointSpec:
    target = world.anchor
    params = [param_for(Field(target.id_field, "link", "", link=target), world, required=True),
              ParamSpec("rating", "NUMBER", "Rating from 1 (worst) to 5 (best).", True),
              ParamSpec("review_body", "STRING", "The text of the review.", True)]
    person = world.human()
    if person is not None:
        params.append(param_for(Field(person.id_field, "link", "", link=person), world))
    schema = {"type": "object", "properties": {
        e.id_field: {"type": "string"},
        "status": {"type": "string", "enum": ["published", "pending_moderation"]},
        "date_published": {"type": "string", "format": "date-time"}},
        "required": [e.id_field, "status"]}
    desc = f"Post a rating and written review of a {target.noun}."
    return EndpointSpec(world.names[(e.noun, "review")], desc, "POST",
                        _path(world, _slug(e.plural)), params, schema)


def list_reviews(world: World, e: Entity) -> EndpointSpec:
    target = world.anchor
    params = [param_for(Field(target.id_field, "link", "", link=target), world, required=True),
              ParamSpec("min_rating", "NUMBER", "Only reviews rated at least this (1-5).", False),
              ParamSpec("sort_by", "ENUM", "Order of reviews. One of: `newest`, `highest`, "
                        "`lowest`.", False, "newest", ("newest", "highest", "lowest")),
              _limit(10)]
    item = {"type": "object", "properties": {
        e.id_field: {"type": "string"}, "rating": {"type": "number"},
        "review_body": {"type": "string"}, "author_name": {"type": "string"},
        "date_published": {"type": "string", "format": "date"}}}
    schema = {"type": "object", "properties": {
        "average_rating": {"type": "number"}, "total": {"type": "integer"},
        "results": {"type": "array", "items": item}}, "required": ["results"]}
    desc = f"Reviews of a {target.noun} with its average rating."
    return EndpointSpec(world.names[(e.noun, "list_reviews")], desc, "GET",
                        _path(world, _slug(target.plural), "{" + target.id_field + "}",
                              "reviews"), params, schema)


def _links_for(world: World, e: Entity, fields: list[Field]) -> list[Field]:
    links = [f for f in fields if f.kind == "link" and not (
        e.type_label in NO_ITEM and f.link is not None and f.link.role == "catalog")]
    seen = {f.name for f in links}
    item = None if e.type_label in NO_ITEM else world.first("catalog")
    for other in (world.anchor, item, world.first("person")):
        if e.role == "transaction" and other is not None and other.id_field not in seen \
                and other != e:
            links.append(Field(other.id_field, "link", "", link=other))
            seen.add(other.id_field)
    return links[:3]


def _status(e: Entity) -> tuple[str, ...]:
    for base, values in _STATUS.items():
        if base in e.type_label:
            return values
    return ()


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    return text.replace(" ", "-")
