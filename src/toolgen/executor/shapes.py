"""A plausible response schema for endpoints whose declared one is empty, unusable or
only guessed by the loader.

`response_shape(endpoint, info)` returns the endpoint's response_schema when the corpus
gave one (a schema or an example), else a schema specific to the endpoint: fields its
domain usually returns (weather -> temperature, humidity; exchange -> rate, amount;
`calculate_compound_interest` -> `compound_interest`), the arguments echoed, and a
deterministic choice of a few plausible extras, shaped by the action: a create returns the
new `<entity>_id` with a status, a list returns `<entities>` of records, a get one record.
Never a shared `{id, name, description, updated_at}` stub. Never touches the network.
"""

from __future__ import annotations

import re
import zlib
from itertools import pairwise
from typing import Any

from toolgen.executor.acted_once import acted_fields, once_verb, sent_lists, verb_not_subject
from toolgen.executor.actions import VERB_WORDS as _LEADS
from toolgen.executor.actions import EndpointInfo
from toolgen.executor.asked import asked_fields
from toolgen.executor.calc_field import calc_field
from toolgen.executor.calc_match import endpoint_formula
from toolgen.executor.constants import constant_quantity
from toolgen.executor.contents import hollow_shape, with_content
from toolgen.executor.controls import is_control_parameter, not_an_item_field
from toolgen.executor.descriptions import describes
from toolgen.executor.domain_fields import (
    DETECTED_LANGUAGE,
    detects_language,
    first_domain,
    is_trigger,
    quoted_market,
)
from toolgen.executor.domain_fit import (
    TEAM_WORDS,
    gamed,
    priced,
    ranked_player,
    sent_kept,
    team_fields,
)
from toolgen.executor.mailbox import mailbox_fields
from toolgen.executor.measure_shape import measure_fields
from toolgen.executor.mode_switch import mode_switch
from toolgen.executor.names import names_itself
from toolgen.executor.promised import promised_fields, unkept
from toolgen.executor.record_nouns import NOT_NOUNS as _NOT_NOUNS
from toolgen.executor.record_nouns import record_noun
from toolgen.executor.record_stamps import has_code, stamp_allowed
from toolgen.executor.result_kinds import (
    ACTION,
    ACTION_STATUS,
    CALCULATION,
    ENTITY,
    MEASURE,
    TEXT,
    action_verb,
    own_words,
    result_kind,
)
from toolgen.executor.said_shapes import said_shape, support_ticket_fields
from toolgen.executor.state import canon
from toolgen.executor.type_words import has_types
from toolgen.executor.values import (
    STOP_WORDS,
    id_entity,
    name_kind,
    normalize_key,
    plural,
    schema_type,
    singular,
)
from toolgen.executor.vocab import is_creative
from toolgen.executor.world_facts import world_shape
from toolgen.records import Endpoint
from toolgen.registry.response import infer_shape

_STR = {"type": "string"}
_DATETIME = {"type": "string", "format": "date-time"}
_URL = {"type": "string", "format": "uri"}
_WORD = re.compile(r"[a-z]+")
# Domain fields that are themselves the figure a calculator's name asks for.
_ANSWERS_CALC = frozenset({"rate", "converted_amount", "distance_km", "distance",
                           "distance_miles"})
_SPORTS_ENVELOPE = frozenset({"get", "parameters", "errors", "results", "response"})
_AUTH_EXTRAS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("refresh_token", _STR), ("scope", _STR), ("issued_at", _DATETIME), ("user_id", _STR))
# Plausible extras, picked per endpoint by a stable hash so unrelated APIs differ; only
# what any record may carry (a made-up `summary`, `source` or `rating` is read as fact, a
# `language` on a walk score or `tags` of the tool's own words are nonsense).
_EXTRAS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("url", _URL), ("created_at", _DATETIME), ("updated_at", _DATETIME),
    ("description", _STR), ("country", _STR), ("is_active", {"type": "boolean"}),
    ("version", {"type": "integer", "minimum": 1, "maximum": 12}),
)


def _usable(schema: Any) -> bool:
    if not isinstance(schema, dict) or not schema:
        return False
    t = schema_type(schema)
    if t == "object":
        props = schema.get("properties")
        return (isinstance(props, dict) and bool(props)) or bool(schema.get("additionalProperties"))
    return t is not None or any(k in schema for k in ("anyOf", "oneOf", "allOf", "$ref"))


def response_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any]:
    schema = endpoint.response_schema
    if _usable(schema) and not _placeholder(schema) and not guessed_by_loader(endpoint):
        return schema
    shape = inferred_shape(endpoint, info)
    if (hollow_shape(shape, endpoint) or unkept(endpoint, shape)) and (
            promised := promised_fields(endpoint)) is not None:
        # a local time, a tag's name, a made image, a day's price (`promised`)
        return {"type": "object", "properties": {**_echo(endpoint, promised), **promised}}
    return with_content(shape, endpoint, info, record_noun(endpoint, info))


def guessed_by_loader(endpoint: Endpoint) -> bool:
    """True when the response schema is only the loader's name-based guess (the shared
    `{id, name, description, updated_at}` stub), not something the corpus said."""
    if endpoint.response_source != "inferred":
        return False
    guess = infer_shape(endpoint.name, endpoint.description, [p.name for p in endpoint.parameters])
    return bool(endpoint.response_schema == guess)


def _placeholder(schema: dict[str, Any]) -> bool:
    """RapidAPI's default mock bodies are no shape: `{"key1": "value", "key2": "value"}`,
    and the API-Sports envelope its wizard pasted into hundreds of unrelated tools."""
    props = schema.get("properties")
    return isinstance(props, dict) and (
        set(props) <= {"key1", "key2", "key3"} or set(props) == _SPORTS_ENVELOPE)


def _name_words(endpoint: Endpoint) -> list[str]:
    return _WORD.findall(f"{endpoint.function_name} {endpoint.name}".lower().replace("_", " "))


def _domain_fields(endpoint: Endpoint, own_only: bool = False) -> dict[str, Any]:
    """Fields its domain answers with, matched on the endpoint's and tool's words (on the
    endpoint's own words alone with `own_only`)."""
    # The endpoint's own name only: descriptions mention tickets, jobs and languages in
    # passing, and a tool called "Kloudless Email" also lists tasks.
    name = set(_name_words(endpoint))
    own = set(_past_namespace(endpoint))
    if name & {"game", "games"}:  # a board, card or video game is no sports fixture
        name, own = gamed(endpoint, name), gamed(endpoint, own)
    if {"air", "quality"} <= own:  # the air's quality index, not the weather
        name, own = name | {"aqi"}, own | {"aqi"}
    if name & {"sculpture", "sculptures", "artwork", "artworks", "painting", "paintings"}:
        name -= {"artist", "artists"}  # a sculptor or a painter has no monthly listeners
        own -= {"artist", "artists"}
    if (verb := verb_not_subject(own_words(endpoint))) is not None:
        name.discard(verb)  # `place_order` makes an order, not a place (`acted_once`)
        own.discard(verb)
    if "book" in name and endpoint_verb(endpoint) in ("book", "reserve"):
        name.discard("book")  # `book_single_event` books an event, not a novel
        own.discard("book")
    support = support_ticket_fields(endpoint, own, name)
    if support is not None:  # a help desk's ticket, not a concert's
        return support
    if detects_language(own):
        return dict(DETECTED_LANGUAGE)
    read = mailbox_fields(own, name)
    if read is not None:  # an inbox read answers its messages, not an address check
        return read
    if quoted_market(own, name):
        return dict(first_domain({"stock"}, verdicts=True) or {})
    rest = own - TEAM_WORDS
    team = team_fields(own, names_own_thing(rest) or any(is_trigger(singular(w)) for w in rest))
    if team is not None:
        return team
    if _NEWS_FROM.match(endpoint.description or ""):
        # `CryptoNinjas` of Crypto News, "Get the latest news from CryptoNinjas.": a
        # source's headlines, not coin prices (ToolBench seed 47 #20)
        return dict(first_domain({"news"}, verdicts=True) or {})
    # The endpoint's own words before its tool's: `events` of a crypto calendar lists
    # events, not coin prices.
    fields = first_domain(_looked_up(endpoint) or own, verdicts=True)
    if fields is not None:
        return sent_kept(endpoint, own, priced(own, {**fields, **ranked_player(own, fields)}))
    if own_only or names_own_thing(own) or (own & _PLACES_LISTED and "by" not in own):
        # `list_of_countries_for_stocks` lists countries, not its tool's stock quotes
        # (ToolBench seed 71 #18)
        return {}
    fields = first_domain(name, verdicts=False)
    return dict(fields) if fields is not None else {}


def _past_namespace(endpoint: Endpoint) -> list[str]:
    """The words of the endpoint's own name, past a namespace that comes before a verb
    that changes something: `battle_reign_game_api_update_player_equipment` updates a
    player's equipment, not a video game titled "Silent Lights" (BFCL seed 83 #19)."""
    words = _WORD.findall(endpoint.function_name.split("_for_", 1)[0].lower().replace("_", " "))
    at = next((i for i, w in enumerate(words) if i and w in _CHANGES), None)
    return words[at:] if at is not None and len(words) > at + 1 else words


_CHANGES = frozenset({"update", "set", "change", "edit", "modify", "create", "add", "delete",
                      "remove"})
_VERBS = frozenset({"get", "list", "search", "find", "fetch", "retrieve", "show", "all"})
_PLACES_LISTED = frozenset({"countries", "regions", "cities", "states", "provinces",
                            "continents"})
# A description that says the endpoint answers news ("Get the latest news from CoinDesk").
_NEWS_FROM = re.compile(r"\s*(?:gets?|fetch(?:es)?|returns?|retrieves?|shows?|lists?)\s+"
                        r"(?:the\s+)?(?:(?:top|latest|recent|newest|all)\s+)*(?:crypto\s+)?"
                        r"news\b(?!\s+(?:sources?|categor))", re.IGNORECASE)


def _looked_up(endpoint: Endpoint) -> set[str]:
    """The words of what a `..._by_...` endpoint answers, before what it looks it up by:
    `get_collection_list_by_user_id` lists collections, not user profiles (empty when
    nothing but a verb comes before "by": `get_by_ticket_time_entry`)."""
    called = endpoint.function_name.split("_for_", 1)[0].lower()
    if "_by_" not in called:
        return set()
    before = set(_WORD.findall(called.split("_by_", 1)[0].replace("_", " ")))
    return before if before - _VERBS else set()


# Words of an endpoint's own name that name no record of their own: what is sent (a url,
# the bytes of an image), how it is read (history, stats) or where (a country).
_ASPECTS = frozenset(" ".join((
    "url urls bytes file files image images text body json base64 raw",
    "history historical stat stats statistic statistics summary overview report status",
    "country countries region regions city cities state states world global",
    "name names number value values result results item items list lists entry entries",
    "record records info data detail details type types code codes page pages",
    # when, and which slice of a feed: a horoscope's `today_long`, Instagram's
    # `followers_by_username`, a coronavirus monitor's `cases_by_country`
    "today tomorrow yesterday week month year long short trends trending related explore",
    "feed home followers following cases media hashtag story stories genres",
    "particular specific given certain date dates time times total totals",
)).split())


# Fields of a ranking's or a top scorer's record (`domain_fields`).
_RANKED = frozenset({"rank", "goals"})
# A ranking read now names one place (`sports_ranking_get_current` of the Chicago Bulls).
_NOW = frozenset({"current", "latest", "now", "today"})


def _names_one(words: list[str]) -> bool:
    """Whether a name asks for one thing: the top one (`get_top_scorer`, `top_player`,
    not `top_players`) or a ranking's current place."""
    for before, word in pairwise(words):
        if before == "top" and word.isalpha() and singular(word) == word and len(word) > 2:
            return True
    return bool(_NOW & set(words)) and bool({"ranking", "rank", "standing"} & set(words))


def names_own_thing(own: set[str]) -> bool:
    """Whether an endpoint's own name names a thing of its own (`analyze_grammar`,
    `break_sentence`, `get_champion_abilities`, `mailbox_reputation`): then its tool's
    name ("Webit Language", "League of Legends", "Email Channel") says what the vendor
    is about, not what this endpoint answers, and its domain's fields would be another
    endpoint's shape (a translation, a match score, a video)."""
    return any(len(w) > 2 and w not in STOP_WORDS and w not in _NOT_NOUNS
               and w not in _LEADS and w not in _ASPECTS and singular(w) not in _ASPECTS
               and not is_trigger(singular(w))  # `all_domains` of "Anything Domain"
               and not w.isdigit() for w in own)


def endpoint_verb(endpoint: Endpoint) -> str:
    """The first word of the endpoint's own name (`book_single_event` -> book)."""
    words = _WORD.findall(endpoint.function_name.split("_for_", 1)[0].lower().replace("_", " "))
    return words[0] if words else ""


def _extras(endpoint: Endpoint, taken: dict[str, Any], k: int, noun: str = "") -> dict[str, Any]:
    start = zlib.crc32(endpoint.id.encode("utf-8"))
    # A description only where people describe such records (a ticket, a hotel, a folder):
    # "Shared with the whole team." on a vegan restaurant reads as made up.
    describable = describes(noun)
    out: dict[str, Any] = {}
    for i in range(len(_EXTRAS)):
        # Why a stride of 3: it walks all seven extras (7 would revisit the first).
        key, sub = _EXTRAS[(start + i * 3) % len(_EXTRAS)]
        # A name, a description and an update stamp is the loader's old stub shape.
        have = taken.keys() | out.keys()
        if key == "description" and not describable:
            continue
        pair = {"description": "updated_at", "updated_at": "description"}.get(key)
        if pair is not None and "name" in have and pair in have:
            continue
        if key == "country" and ("name" not in have or not _has_country(noun)):
            continue  # where a named thing is; a message, a rate or a file has no country
        if not stamp_allowed(key, noun) and not (key == "url" and "name" in have):
            continue  # a population has no version, a fact no creation time or page
        if key not in taken and key not in out:
            out[key] = sub
        if len(out) >= k:
            break
    return out


def _has_country(noun: str) -> bool:
    """A person, a venue, a company or a place is somewhere; a file or a list item is not
    (a renamed file came back with `country: "Australia"`)."""
    kind = name_kind(noun)
    return kind in ("person", "company", "city") or kind.startswith("venue:")


def inferred_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any]:
    """A schema specific to an endpoint the corpus gives no shape or example for, built
    for the kind of result it returns (`result_kinds`): a named record, a figure, a
    calculation, the confirmation of an action or a text."""
    said = said_shape(endpoint, info)
    if said is not None:
        return said
    constant = constant_quantity(own_words(endpoint), [normalize_key(p.name)
                                                        for p in endpoint.parameters])
    if constant is not None:  # a proton's diameter: one figure and its unit
        figure: dict[str, Any] = {constant: {"type": "number"}, "unit": _STR}
        return {"type": "object", "properties": {**figure, **_echo(endpoint, figure)}}
    fact = world_shape(endpoint)  # a capital, a population, a city's place: the fact
    if fact is not None:
        return fact
    e = record_noun(endpoint, info)
    idk = f"{e}_id"
    asked = _asked_shape(endpoint, info, e)
    if asked is not None:
        return asked
    kind = result_kind(endpoint) if info.action != "auth" else ENTITY
    reads = info.action in ("get", "list")
    calc = calc_field(endpoint) if kind == CALCULATION else None
    formula = endpoint_formula(endpoint, own_words(endpoint))
    domain = _domain_fields(endpoint)  # read below up to three times: worked out once
    if formula is None and _ANSWERS_CALC & domain.keys():
        # `convert_currency`: the exchange answer (rate, converted amount); a route's
        # distance. A stock's quote answers no `calculate_stock_return`.
        calc = None
    if calc is not None and info.action not in ("create", "delete", "auth"):
        answer: dict[str, Any] = (formula.answer if formula is not None and formula.answer
                                  else {"type": "number"})
        if calc == "roots":
            answer = {"type": "array", "items": {"type": "number"}}
        elif calc in ("factorial", "result"):
            answer = {"type": ["integer", "number", "string"]}
        elif calc == "converted_time":  # a time in the other zone, not a figure
            answer = {"type": "string", "format": "time"}
        props: dict[str, Any] = {calc: answer}
        props.update(_echo(endpoint, props))
        return {"type": "object", "properties": props}
    if kind == TEXT:
        props = {"translated_text": _STR, "source_language": _STR, "target_language": _STR}
        props.update(_echo(endpoint, props))
        return {"type": "object", "properties": props}
    if kind == MEASURE and reads and not domain:
        props = measure_fields(endpoint)
        props.update(_echo(endpoint, props))
        return {"type": "object", "properties": props}
    own_id = any(id_entity(p.name) in ("", e) for p in endpoint.parameters)
    # Why: with an id argument the echoed argument is the record's id; a second one
    # (`event_id` next to `id`) would contradict it.
    record: dict[str, Any] = {} if own_id else {idk: {"type": "string"}}
    if kind == ACTION:
        # What was done, to what, and when: `resolve_ticket` -> status resolved.
        verb = action_verb(own_words(endpoint))
        done = ACTION_STATUS[verb]
        if verb == "transfer" and not own_id:
            record = {"transfer_id": _STR}
        props = {**record, **_echo(endpoint, record), "status": _STR,
                 f"{done.replace(' ', '_')}_at": _DATETIME}
        return {"type": "object", "properties": props}
    if kind == ENTITY and not domain and (
        name_kind(e) != "name" or names_itself(e) or is_creative(e)
    ):
        # Only what is named: a person, a venue, a case, a file, a song. A random
        # "Copper Garden" on a discovery or a nutrition lookup is read as a fact. When the
        # endpoint's entity is not the record's noun (`us_history_get_president`: "us"),
        # the key says whose name it is so the name is drawn for that kind.
        record["name" if canon(info.entity) == canon(e) else f"{e}_name"] = _STR
    record.update(domain)
    record.update(_echo(endpoint, record))
    if kind == ENTITY and len(record) < 3 and e != "item":
        # Why: a bare id and two extras reads the same for every API. What kind of <entity>
        # it is tells them apart where such records have types (a case is civil or
        # criminal: `type_words`); a booked or shipped one carries its reference code
        # ("QX4821"); any other is left as thin as it is (an avatar has no code).
        if has_types(e):
            record[f"{e}_type"] = _STR
        elif has_code(e):
            record["code" if e == "code" else f"{e}_code"] = _STR
    record.update(_extras(endpoint, record, 1 if len(record) >= 4 else 2, e))
    if info.action == "auth":
        props = {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "enum": ["Bearer"]},
            "expires_in": {"type": "integer"},
        }
        extra = _AUTH_EXTRAS[zlib.crc32(endpoint.id.encode("utf-8")) % len(_AUTH_EXTRAS)]
        props[extra[0]] = extra[1]
    elif info.action in ("create", "update"):
        if not any(normalize_key(p.name) == "name" for p in endpoint.parameters):
            record.pop("name", None)  # a made-up name; a rename answers the new one
        else:
            record["name"] = _STR
        stamp = "created_at" if info.action == "create" else "updated_at"
        if info.action == "create":
            record.pop("updated_at", None)  # a record just made was changed at no other time
        # what was sent along (the items ordered, a note's attachments) is part of it
        # (last: the fields drawn before them stay as they were)
        props = {**record, "status": _STR, stamp: _DATETIME, **sent_lists(endpoint, record)}
    elif info.action == "delete":
        # With an id argument the echo names what was deleted; a second id would not.
        gone: dict[str, Any] = {} if own_id else {idk: _STR}
        props = {"success": {"type": "boolean"}, **gone, "status": _STR,
                 **_echo(endpoint, {idk: _STR}), "deleted_at": _DATETIME}
    elif (once := once_verb(own_words(endpoint))) is not None and info.action == "get":
        props = acted_fields(endpoint, once, record)  # one claim or conversion, as sent
    elif info.action == "get" or (_RANKED & record.keys() and _names_one(own_words(endpoint))):
        props = record
    else:
        # A search's text and date bounds are the request's, not each item's.
        dropped = {p.name for p in endpoint.parameters if not_an_item_field(p)}
        item = {k: v for k, v in record.items() if k not in dropped}
        props = {
            plural(e): {"type": "array", "items": {"type": "object", "properties": item}},
            "total": {"type": "integer"},
        }
    return {"type": "object", "properties": props}


def _asked_shape(endpoint: Endpoint, info: EndpointInfo, e: str) -> dict[str, Any] | None:
    """What a read's name asks for (a status, a report, a template: `asked`), not a
    generic record of the thing: `{scan_id, scan_code, version}` answers no status."""
    if info.action in ("create", "update", "delete", "auth"):
        return None
    asked = asked_fields(endpoint, _domain_fields(endpoint, own_only=True))
    if asked is None:
        return None
    fields, key = asked
    key = key or f"{e}_id"
    own = any(id_entity(p.name) in ("", e, id_entity(key)) for p in endpoint.parameters)
    ident: dict[str, Any] = {key: _STR} if asked[1] is not None and not own else {}
    props = {**ident, **_echo(endpoint, {**ident, **fields}), **fields}
    return {"type": "object", "properties": props}


def _echo(endpoint: Endpoint, taken: dict[str, Any]) -> dict[str, Any]:
    """The scalar arguments, echoed: a made-up record answers the request."""
    out: dict[str, Any] = {}
    for p in endpoint.parameters:
        sub = p.json_schema if isinstance(p.json_schema, dict) else {}
        t = schema_type(sub)
        if t in ("string", "integer", "number", "boolean") and p.name not in taken:
            if _said_already(p.name, taken):
                continue  # `from` beside the flight's `origin`, `airlines` beside `airline`
            if id_entity(p.name) is None and (normalize_page(p.name)
                                              or is_control_parameter(p)
                                              or mode_switch(p, endpoint)):
                continue  # how to answer (format, sort, paging, a variant) is no field of it
            out[p.name] = {k: v for k, v in sub.items() if k in ("type", "enum", "format")}
            if "type" not in out[p.name]:
                out[p.name]["type"] = t
    return out


# An argument naming one end of a route, and the field a route's record holds it in.
_ROUTE_FIELDS = {"from": "origin", "to": "destination", "from_city": "origin",
                 "to_city": "destination", "departure_location": "origin",
                 "destination_location": "destination", "source": "origin", "dest": "destination",
                 "travel_from": "origin", "travel_to": "destination"}


def _said_already(name: str, taken: dict[str, Any]) -> bool:
    """Whether the record holds the argument under another name: its singular
    (`airlines` -> `airline`) or the route field it names (`from` -> `origin`): a flight
    booked came back with both `origin` and `from` (BFCL seed 83 #3)."""
    nk = normalize_key(name)
    held = {normalize_key(k) for k in taken}
    return (singular(nk) != nk and singular(nk) in held) or _ROUTE_FIELDS.get(nk) in held


def normalize_page(name: str) -> bool:
    """Paging and size arguments are not echoed as record fields."""
    return name.lower() in ("page", "limit", "offset", "per_page", "page_size", "cursor",
                            "size", "skip", "start", "count", "max_results")


def has_id_key(obj: Any) -> bool:
    return isinstance(obj, dict) and any(id_entity(k) is not None for k in obj)
