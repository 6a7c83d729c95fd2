"""Shapes an endpoint's own words promise, for endpoints the corpus gives no response:
what a reviewer expects back from `user.mandates` ("Fetches a list of mandates for a
user"), `building.get_dimensions` and `update_user_info(user_id, update_info={...})`.

- a list its description promises (`<owner>_<things>`, "a list of <things>") is that list,
  each item with its own id, the owner's id and the filters sent, not the owner's profile;
- dimensions are a height, a width and a length in the unit asked;
- an update sent an object of new values answers with that object, under its own name;
- the comments of a video are comments (an author and a text), not the video;
- a dictionary's synonyms, antonyms, definitions or examples are lists about a word, not
  translations (`thesaurus.fill_word_lists` fills them);
- a list of formats (`get_audio_formats`) is those formats, not audio features;
- a support ticket (`add_note_to_ticket`, `create_ticket` of a help desk) has a subject,
  a priority and a status, not an event's venue and dates (`support_ticket_fields`).

`said_shape(endpoint, info)` returns the schema, or None when the words promise nothing
in particular. `echo_sent_objects(output, args)` puts the objects an update or a create
was sent back into its answer, and `remember_sent(rec, args)` keeps their values as the
record's, so a later read of the user shows the new name. Never touches the network.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.controls import is_control_parameter
from toolgen.executor.history_facts import history_shape
from toolgen.executor.named_facts import named_shape
from toolgen.executor.names import names_itself
from toolgen.executor.past_events import past_events_shape
from toolgen.executor.predicates import predicate_shape
from toolgen.executor.result_kinds import own_words
from toolgen.executor.state import EntityRecord
from toolgen.executor.text_ops import text_op_shape
from toolgen.executor.thesaurus import WORD_LISTS
from toolgen.executor.values import id_entity, name_kind, normalize_key, schema_type, singular
from toolgen.executor.vocab import is_creative
from toolgen.records import Endpoint

_STR = {"type": "string"}
_DATETIME = {"type": "string", "format": "date-time"}
_LIST_OF = re.compile(r"\blist of (?:all )?(?:the )?([a-z]+)\b")
# Sizes of a building in metres; the unit asked for is echoed beside them.
# Plural words that name one record's aspect, not a list of things it owns.
_NOT_LISTS = frozenset({"details", "settings", "stats", "statistics", "news", "data",
                        "status", "analytics", "metrics", "info", "preferences", "insights",
                        "credentials", "permissions", "limits", "counts", "totals"})
_PAGING = frozenset({"page", "limit", "offset", "per_page", "page_size", "cursor", "size",
                     "skip", "start", "count", "max_results"})
_DIMENSIONS = {"height": {"type": "number", "minimum": 12, "maximum": 320},
               "width": {"type": "number", "minimum": 15, "maximum": 90},
               "length": {"type": "number", "minimum": 20, "maximum": 160}}


def said_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any] | None:
    """The schema the endpoint's words promise (module doc; an expiry, a statement, a
    time difference: `named_facts`), or None."""
    named = (named_shape(endpoint, info) or text_op_shape(endpoint, info)
             or predicate_shape(endpoint, info) or history_shape(endpoint, info)
             or past_events_shape(endpoint, info))
    if named is not None:
        return named
    words = own_words(endpoint)
    if info.action in ("get", "list") and "dimensions" in words:
        return _object({**_DIMENSIONS, **_echo(endpoint)})
    lists = _word_lists(set(words))
    if lists:
        props: dict[str, Any] = {"word": _STR}
        for key in lists:
            props[key] = {"type": "array", "items": _STR}
        if "definitions" in lists:
            props["definitions"] = {"type": "array", "items": _object({
                "part_of_speech": _STR, "definition": _STR})}
        return _object({**props, **{k: v for k, v in _echo(endpoint).items()
                                    if normalize_key(k) not in ("q", "word", "text")}})
    formats = _formats(words) if info.action in ("get", "list") else None
    if formats is not None:
        # named, so the answer says which ("the first being flac"), not only how many
        item = _object({"name": {"type": "string", "enum": list(formats)}})
        return _object({"formats": {"type": "array", "items": item},
                        "total": {"type": "integer", "minimum": len(formats),
                                  "maximum": len(formats)}})
    if info.action in ("get", "list") and {"comment", "comments"} & set(words):
        item = _object({"comment_id": _STR, **_echo(endpoint), "author": _STR, "text": _STR,
                        "created_at": _DATETIME})
        return _object({"comments": {"type": "array", "items": item},
                        "total": {"type": "integer"}})
    if info.action in ("get", "list"):
        listed = _promised_list(endpoint, words)
        if listed is not None:
            one = singular(listed)
            # The id of the one thing a listing of its likes is about is not each item's:
            # the similar venues of vne_b5955f are other venues, not four copies of it.
            echoed = {k: v for k, v in _echo(endpoint).items() if id_entity(k) != one}
            # A venue, a person or a song of the list is told by its name.
            named = {"name": _STR} if (name_kind(one) != "name" or names_itself(one)
                                       or is_creative(one)) else {}
            item = _object({f"{one}_id": _STR, **named, **echoed, "created_at": _DATETIME})
            return _object({listed: {"type": "array", "items": item},
                            "total": {"type": "integer"}})
    if info.action == "update":
        sent = {p.name: p.json_schema for p in endpoint.parameters
                if schema_type(p.json_schema) == "object" and p.json_schema.get("properties")}
        if sent:
            return _object({**_echo(endpoint), **sent, "status": _STR,
                            "updated_at": _DATETIME})
    return None


# The formats a conversion service lists, by what it converts.
_FORMATS: dict[str, tuple[str, ...]] = {
    "audio": ("mp3", "wav", "flac", "aac", "ogg", "m4a"),
    "video": ("mp4", "mov", "avi", "mkv", "webm"),
    "image": ("png", "jpg", "gif", "webp", "bmp", "tiff"),
    "document": ("pdf", "docx", "odt", "rtf", "txt", "html"),
    "archive": ("zip", "tar", "gz", "7z", "rar"),
}


def _formats(words: list[str]) -> tuple[str, ...] | None:
    """The formats a name that lists formats (`get_audio_formats`) promises: the formats
    of its medium, not the medium's records (a track's tempo and key)."""
    if not words or words[-1] != "formats":
        return None
    for w in words:
        if singular(w) in _FORMATS:
            return _FORMATS[singular(w)]
    return None


def distinct_formats(output: Any, args: dict[str, Any], rng: Any) -> None:
    """A list of formats names each once (`mp3`, `wav`, not `mp3` twice), in place."""
    listed = output.get("formats") if isinstance(output, dict) else None
    if not isinstance(listed, list):
        return
    seen: set[Any] = set()
    kept = []
    for item in listed:
        key = item.get("name") if isinstance(item, dict) else item
        if key not in seen:
            seen.add(key)
            kept.append(item)
    listed[:] = kept


def support_ticket_fields(endpoint: Endpoint, own: set[str], name: set[str]
                          ) -> dict[str, Any] | None:
    """A help desk's ticket fields when the endpoint's own words name a ticket and no word
    of its name or tool makes it a ticket to something (an event, a show, a trip); a
    field the endpoint takes (`priority: 4`) keeps the parameter's type, echoed."""
    if not own & {"ticket", "tickets"} or name & _ADMISSIONS:
        return None
    taken = {normalize_key(p.name) for p in endpoint.parameters}
    fields = {"subject": _STR, "status": {"type": "string", "enum": [
                  "open", "pending", "resolved", "closed"]},
              "priority": {"type": "string", "enum": ["low", "medium", "high", "urgent"]},
              "requester_email": {"type": "string", "format": "email"}}
    return {k: v for k, v in fields.items() if k not in taken}


_ADMISSIONS = frozenset({"event", "events", "concert", "concerts", "show", "shows", "movie",
                         "movies", "cinema", "festival", "theatre", "theater", "match",
                         "matches", "game", "games", "flight", "flights", "train", "trains",
                         "bus", "museum", "lottery", "ticketmaster", "ticketbox", "buy",
                         "purchase", "book", "seat", "seats"})


def echo_sent_objects(output: Any, args: dict[str, Any]) -> None:
    """An object sent (`update_info: {name, email}`) comes back as sent, under its key."""
    if not isinstance(output, dict):
        return
    for key, value in output.items():
        sent = args.get(normalize_key(key))
        if isinstance(value, dict) and isinstance(sent, dict) and sent:
            output[key] = copy.deepcopy(sent)


def remember_sent(rec: EntityRecord, args: dict[str, Any]) -> None:
    """The scalar values of an object sent to an update are the record's from now on."""
    for value in args.values():
        if isinstance(value, dict):
            for k, v in value.items():
                if isinstance(v, (str, int, float)) and not isinstance(v, bool):
                    rec.remember(normalize_key(k), v, overwrite=True)


def _word_lists(words: set[str]) -> tuple[str, ...]:
    """The lists a dictionary or thesaurus endpoint answers with (`thesaurus`: synonyms
    and antonyms; `dictionary_examples`: examples), none for any other endpoint."""
    if words & {"thesaurus"}:
        return ("synonyms", "antonyms")
    found = tuple(k for k in WORD_LISTS if words & {k, k[:-1]})
    if found and (words & {"dictionary", "thesaurus"} or found[0] in ("synonyms", "antonyms")):
        return found
    if "dictionary" in words and words & {"lookup", "definition", "define", "meaning"}:
        return ("definitions",)
    return ()


def _promised_list(endpoint: Endpoint, words: list[str]) -> str | None:
    """`mandates` for `user_mandates` described as "Fetches a list of mandates ...", or
    for `get_user_mayorships(userId)`: things named after the owner whose id is sent."""
    if len(words) < 2 or singular(words[-1]) == words[-1] or words[-1] in _NOT_LISTS:
        return None
    m = _LIST_OF.search(endpoint.description.lower())
    if m is not None and m.group(1) == words[-1]:
        return words[-1]
    owners = {id_entity(p.name) for p in endpoint.parameters}
    return words[-1] if words[-2] in owners else None


def _echo(endpoint: Endpoint) -> dict[str, Any]:
    """The scalar parameters, echoed as sent; paging, sizes and the other request
    controls (format, sort) are no field of a record."""
    out: dict[str, Any] = {}
    for p in endpoint.parameters:
        sub = p.json_schema if isinstance(p.json_schema, dict) else {}
        t = schema_type(sub)
        if t in ("string", "integer", "number", "boolean") and (
                normalize_key(p.name) not in _PAGING) and not is_control_parameter(p):
            out[p.name] = {"type": t, **{k: v for k, v in sub.items() if k in ("enum",)}}
    return out


def _object(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props}
