"""Live tool synthesis: an LLM proposes entities, then each entity's endpoints.

Owns the two prompts and the orchestration. Entities come first (checked: named, unique;
the schema.org seeding fills in when the LLM gives too few), then one request per entity
for its tool. Every proposal goes through `check` (repaired or dropped) and the
de-duplicator; what was repaired or dropped is returned with reasons. Talks to the model
only through the `LLM` protocol.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from toolgen.llm.ask import complete_json
from toolgen.llm.errors import LLMError
from toolgen.llm.protocol import LLM
from toolgen.llm.types import LLMRequest
from toolgen.seeds import derive_seed
from toolgen.synth.check import (
    check_endpoint,
    drop_unresolved_links,
    ident,
    unique_endpoint_names,
)
from toolgen.synth.dedupe import drop_near_duplicates
from toolgen.synth.entities import select_entities
from toolgen.synth.phrasing import title
from toolgen.synth.spec import Dropped, ToolSpec
from toolgen.synth.vocab import load_vocabulary

ENTITIES_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["entities"],
    "properties": {"entities": {"type": "array", "items": {"type": "object"}}}}
TOOL_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["name", "endpoints"],
    "properties": {"name": {"type": "string"}, "description": {"type": "string"},
                   "endpoints": {"type": "array", "items": {"type": "object"}}}}
_SYSTEM = ("You design realistic REST APIs for a business domain. Reply with one JSON object "
           "only, no prose.")
_ENDPOINT_SHAPE = (
    '{"name": "Search Clinics", "description": "...", "method": "GET", "path": "/clinics", '
    '"parameters": [{"name": "city", "type": "string|number|integer|boolean|date|datetime|'
    'enum|array|object", "description": "...", "required": true, "enum": [], "default": ""}], '
    '"response": {JSON Schema object with properties; include the <entity>_id field}}')


@dataclass(slots=True)
class Proposal:
    tools: list[ToolSpec]
    dropped: list[Dropped] = field(default_factory=list)
    calls: int = 0


async def propose(llm: LLM, domain: str, count: int, seed: int, context: str = "") -> Proposal:
    log: list[Dropped] = []
    nouns, calls = await _entities(llm, domain, count, seed, context, log)
    tools: list[ToolSpec] = []
    category = title(domain.strip()).replace(" ", "_")
    for i, (noun, description) in enumerate(nouns):
        reply = await _ask(llm, _tool_prompt(domain, noun, description, nouns, context),
                           TOOL_SCHEMA, derive_seed(seed, "tool", i), log, f"tool {noun}")
        calls += 1
        if reply is None:
            continue
        name = " ".join(str(reply.get("name") or title(noun) + " API").split())[:64]
        slug = ident(name) or ident(noun)
        base = f"https://{slug.replace('_', '-')}.example.com/v1"
        endpoints = [ep for j, raw in enumerate(reply.get("endpoints") or [])
                     if (ep := check_endpoint(raw, base, f"{name}#{j}", log)) is not None]
        if not endpoints:
            log.append(Dropped(name, "no valid endpoint proposed: tool dropped"))
            continue
        if any(t.slug == slug for t in tools):
            log.append(Dropped(name, "tool name already used: tool dropped"))
            continue
        tools.append(ToolSpec(slug, name, " ".join(str(reply.get("description") or
                                                       description).split()),
                              category, noun, endpoints))
    tools = drop_unresolved_links(tools, log)
    unique_endpoint_names(tools, log)
    tools, twins = drop_near_duplicates(tools)
    return Proposal(tools, log + twins, calls)


async def _entities(llm: LLM, domain: str, count: int, seed: int, context: str,
                    log: list[Dropped]) -> tuple[list[tuple[str, str]], int]:
    prompt = (f"Domain: {domain}\nContext: {context[:1500] or '(none)'}\n"
              f"List the {count} most important kinds of things an API for this domain manages "
              '(businesses, items, people, bookings, payments...). Reply as {"entities": '
              '[{"name": "clinic", "description": "one sentence"}]}. Names are singular nouns.')
    reply = await _ask(llm, prompt, ENTITIES_SCHEMA, derive_seed(seed, "entities"), log,
                       "entities")
    seen: dict[str, str] = {}
    for item in (reply or {}).get("entities") or []:
        if not isinstance(item, dict):
            continue
        noun = " ".join(str(item.get("name") or "").lower().replace("_", " ").split())
        if not noun or not ident(noun):
            log.append(Dropped("entity", "entity without a usable name: dropped"))
        elif noun in seen:
            log.append(Dropped(f"entity {noun}", "duplicate entity: dropped"))
        else:
            seen[noun] = " ".join(str(item.get("description") or "").split())
    if len(seen) < count:
        # The schema.org seeding fills the gap, so a weak reply still gives a full set.
        for e in select_entities(load_vocabulary(), domain, count, context):
            if len(seen) >= count:
                break
            seen.setdefault(e.noun, e.comment)
    return list(seen.items())[:count], 1


def _tool_prompt(domain: str, noun: str, description: str, nouns: list[tuple[str, str]],
                 context: str) -> str:
    others = ", ".join(f"{n} ({ident(n)}_id)" for n, _ in nouns if n != noun)
    return (f"Domain: {domain}\nContext: {context[:800] or '(none)'}\n"
            f"Design the API that manages the {noun}: {description}\n"
            f"Other entities of the domain and their id fields: {others}.\n"
            f"Give 2-5 endpoints (search, details, create, update or cancel, as fits). Use "
            f"{ident(noun)}_id for its id, return it from search and create, and accept the "
            "other entities' ids where they are referenced. Use enums with defaults where a "
            "field has a closed set of values, and nested objects in responses where natural.\n"
            f'Reply as {{"name": "...", "description": "...", "endpoints": [{_ENDPOINT_SHAPE}]}}')


async def _ask(llm: LLM, prompt: str, schema: dict[str, Any], seed: int, log: list[Dropped],
               what: str) -> dict[str, Any] | None:
    request = LLMRequest(messages=({"role": "system", "content": _SYSTEM},
                                   {"role": "user", "content": prompt}),
                         response_schema=schema, temperature=0.7, seed=seed, max_tokens=2048,
                         role="tool_synthesis")
    try:
        outcome = await complete_json(llm, request)
    except LLMError as exc:
        log.append(Dropped(what, f"LLM reply unusable ({' '.join(str(exc).split())[:120]})"))
        return None
    value = outcome.value
    return value if isinstance(value, dict) else None


def dumps(proposal: Proposal) -> str:
    """A short JSON summary for logs and tests."""
    return json.dumps({"tools": [t.name for t in proposal.tools],
                       "dropped": [[d.what, d.reason] for d in proposal.dropped]})
