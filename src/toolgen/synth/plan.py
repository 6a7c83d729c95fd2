"""The offline planner: a domain name and a seed -> ToolSpecs (ToolWeave steps 1-5).

Owns which actions each entity's tool offers and the order of the steps: seed and expand
entities (`entities`), type their fields (`fields`), name everything (`phrasing`), build
endpoints (`endpoints`) and drop near-identical tools (`dedupe`). Deterministic: every
choice draws from one stream derived from the seed and the domain.
"""

from __future__ import annotations

from toolgen.seeds import rng_for
from toolgen.synth import endpoints as ep
from toolgen.synth.dedupe import drop_near_duplicates
from toolgen.synth.entities import FREE, NON_HUMAN, select_entities
from toolgen.synth.fields import Field, entity_fields
from toolgen.synth.phrasing import Phrasing, title
from toolgen.synth.spec import Dropped, EndpointSpec, Entity, ToolSpec
from toolgen.synth.vocab import Vocabulary, load_vocabulary


def actions_for(e: Entity, entities: list[Entity], paid: bool = True) -> list[str]:
    has_catalog = any(x.role == "catalog" for x in entities)
    # Time slots suit appointments; a stay or a car rental states its own dates instead.
    has_booking = paid and any(x.type_label == "Reservation" for x in entities)
    has_person = any(x.role == "person" for x in entities)
    if e.role == "business":
        return ["search", "get", *(["list_items"] if has_catalog else []),
                *(["availability"] if has_booking else [])]
    if e.role == "catalog":
        return ["search", "get"]
    if e.role == "person":
        return ["register", "get", "update"]
    if e.role == "review":
        return ["review", "list_reviews"]
    if "Invoice" in e.type_label:
        return ["get", "pay", *(["list_for"] if has_person else [])]
    first = "book" if "Reservation" in e.type_label else "create"
    return [first, "get", "cancel", *(["list_for"] if has_person else [])]


def plan_tools(domain: str, count: int, seed: int, context: str = "",
               vocab: Vocabulary | None = None) -> tuple[list[ToolSpec], list[Dropped]]:
    vocab = vocab or load_vocabulary()
    rng = rng_for(seed, "synthesize-tools", domain.strip().lower())
    phrasing = Phrasing(rng, domain.strip())
    entities = select_entities(vocab, domain, count, context)
    paid = not any(vocab.is_a(entities[0].type_label, b) for b in FREE)
    person = next((e for e in entities if e.role == "person"), None)
    human = next((e for e in entities if e.role == "person" and e.type_label not in NON_HUMAN),
                 person)
    catalog = next((e for e in entities if e.role == "catalog"), None)
    names: dict[tuple[str, str], str] = {}
    for e in entities:
        for action in actions_for(e, entities, paid):
            other = _owner_of(e, person, human) if action == "list_for" else e
            names[(e.noun, action)] = phrasing.endpoint_name(
                action, e, other if action == "list_for" else (
                    entities[0] if action == "list_reviews" else e), catalog)
    category = title(domain.strip()).replace(" ", "_")
    fields = {e.noun: _fields(vocab, e, entities, paid) for e in entities}
    tools: list[ToolSpec] = []
    for e in entities:
        tool_name = phrasing.tool_name(e)
        slug = "_".join(tool_name.lower().replace("'", "").split())
        world = ep.World(entities, fields, names, phrasing,
                         f"https://{slug.replace('_', '-')}.example.com/v1",
                         paid=paid)
        endpoints = [_build(world, e, a, _owner_of(e, person, human), catalog)
                     for a in actions_for(e, entities, paid)]
        desc = (f"{title(domain.strip())} {e.plural}: " + "; ".join(x.name.lower() for x in
                                                                      endpoints) + ".")
        tools.append(ToolSpec(slug, tool_name, f"{e.comment} {desc}".strip(), category,
                              e.type_label, endpoints))
    return drop_near_duplicates(tools)


def _fields(vocab: Vocabulary, e: Entity, entities: list[Entity], paid: bool) -> list[Field]:
    priced = paid and e.type_label not in ep.NO_ITEM
    out = [f for f in entity_fields(vocab, e, entities)
           if (priced or f.name not in ("total_price", "price_currency"))
           and not (e.type_label in ep.NO_ITEM and f.link is not None
                    and f.link.role == "catalog")
           # One status per transaction, with the values its endpoints return.
           and not (e.role == "transaction" and f.name.endswith("_status"))]
    if paid and e.role == "catalog" and not any("price" in f.name for f in out):
        out.append(Field("price", "object", "Price.", nested="PriceSpecification"))
    return out


def _owner_of(e: Entity, person: Entity | None, human: Entity | None) -> Entity | None:
    """Appointments are listed per patient (a pet at a vet); bills and orders per client."""
    return person if "Reservation" in e.type_label else human


def _build(world: ep.World, e: Entity, action: str, person: Entity | None,
           catalog: Entity | None) -> EndpointSpec:
    if action == "search":
        return ep.search(world, e)
    if action == "get":
        return ep.get(world, e)
    if action == "list_items" and catalog is not None:
        return ep.list_items(world, e, catalog)
    if action == "availability":
        return ep.availability(world, e, catalog)
    if action in ("book", "create", "register"):
        return ep.create(world, e, action)
    if action == "update":
        return ep.update(world, e)
    if action == "cancel":
        return ep.cancel(world, e)
    if action == "list_for" and person is not None:
        return ep.list_for(world, e, person)
    if action == "pay":
        return ep.pay(world, e)
    if action == "review":
        return ep.review(world, e)
    return ep.list_reviews(world, e)
