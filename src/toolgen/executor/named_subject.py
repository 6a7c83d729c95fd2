"""A record the call names is that record: its `name` is the name the call sent.

BFCL `get_player_record(player="Lionel Messi")` answered `{"player_id": ..., "name":
"Bradley Sawyer", "player": "Lionel Messi"}`, and the answer said "that's Bradley
Sawyer": the generated name of the record beside the echo of the one asked for. When an
object's id names an entity (`player_id`) and its field of that entity's own name
(`player`) holds a name the call sent, its `name` is that name.

Likewise a lookup by a person's or a channel's name (`get_user_id(channel="Kevin
Plays")`) answers that person, not `{"username": "carmen_curtis", "full_name": "Carmen
Curtis"}`: the record's handle becomes the name's handle (`kevin_plays`), its display
name the name, and its full name takes the name's first word as its own
(`asked_person`). A customer or holder named as a person (`customer="Maria Lopez"`) is
that person by full name too (ToolBench seed 31 #2 answered "that's Douglas Padilla"), as
is a record looked up by a first and a last name.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.values import id_entity, normalize_key

# Arguments that name the person or channel a lookup is about.
# A person's role: one named by it is that person by full name too.
_HOLDERS = frozenset({"customer", "customer_name", "account_holder", "holder_name",
                      "owner_name", "client_name", "member_name"})
_ASKED = frozenset({"channel", "channel_name", "username", "user_name", "screen_name",
                    "handle", "user", "login", "nickname", "profile_name",
                    "display_name"}) | _HOLDERS
# The record's own name fields: its handle, its display name, its holder's full name.
_HANDLES = frozenset({"username", "user_name", "screen_name", "handle", "login", "nickname"})
_DISPLAY = frozenset({"display_name", "channel_name", "name", "profile_name"})
_FULL = frozenset({"full_name", "fullname", "real_name"})
_WORD = re.compile(r"[A-Za-z]+")
# A name or handle (no digits, no e-mail, three letters or more): an id is not a name.
_NAMED = re.compile(r"[A-Za-z][A-Za-z .'_-]{2,}")


def named_subject(output: Any, args: dict[str, Any]) -> None:
    """Give the top-level object of `output` the name the call sent for its subject."""
    if not isinstance(output, dict) or not isinstance(output.get("name"), str):
        return
    sent = {v for v in args.values() if isinstance(v, str) and v.strip()}
    if not sent:
        return
    entities = {e for k in output if (e := id_entity(k))}
    for key, value in output.items():
        if (key != "name" and isinstance(value, str) and value in sent
                and normalize_key(key) in entities):
            output["name"] = value
            return


def asked_person(output: Any, args: dict[str, Any]) -> None:
    """The top-level record of a lookup by name is the one asked (module doc)."""
    if not isinstance(output, dict):
        return
    parts = _sent_parts(args)
    if parts is not None:
        _named_by_parts(output, args, parts)
        return
    asked_by = next(((normalize_key(k), v.strip()) for k, v in args.items()
                     if normalize_key(k) in _ASKED and isinstance(v, str)
                     and _NAMED.fullmatch(v.strip())), None)
    if asked_by is None:
        return
    role, asked = asked_by
    holder = role in _HOLDERS and _is_person(asked)
    words = _WORD.findall(asked)
    handle = "_".join(w.lower() for w in words)
    # a handle asked for (`kevin_plays`) is displayed as its words ("Kevin Plays")
    display = asked if " " in asked else " ".join(w.capitalize() for w in words)
    for key, value in output.items():
        if not isinstance(value, str) or args.get(key) == value:
            continue
        nk = normalize_key(key)
        if nk in _HANDLES and _norm(value) != _norm(asked):
            output[key] = handle
        elif nk in _DISPLAY and _norm(value) != _norm(asked) and (
                nk != "name" or _is_person(value)):
            output[key] = display  # a `name` is the person's only when it reads as one
        elif nk in _FULL and holder:
            output[key] = asked  # customer "Maria Lopez" is not Douglas Padilla
        elif nk in _FULL and not _norm(value).startswith(words[0].lower()):
            # the holder of channel "Kevin Plays" is a Kevin; the drawn surname stays
            surname = value.split()[-1] if " " in value.strip() else ""
            output[key] = f"{words[0].capitalize()} {surname}".strip()


_FIRST = frozenset({"first_name", "firstname", "given_name", "forename"})
_LAST = frozenset({"last_name", "lastname", "surname", "family_name"})


def _sent_parts(args: dict[str, Any]) -> tuple[str, str] | None:
    """The first and last name the call sent, when it sent both."""
    first = next((v.strip() for k, v in args.items() if normalize_key(k) in _FIRST
                  and isinstance(v, str) and _WORD.fullmatch(v.strip())), None)
    last = next((v.strip() for k, v in args.items() if normalize_key(k) in _LAST
                 and isinstance(v, str) and _NAMED.fullmatch(v.strip())), None)
    return (first, last) if first and last else None


def _named_by_parts(output: dict[str, Any], args: dict[str, Any],
                    parts: tuple[str, str]) -> None:
    """A record looked up by a first and a last name is that person's: a search for
    Stacey Goodwin answered `"name": "Christine Byrd"` beside them (seed 97 #13)."""
    full = f"{parts[0]} {parts[1]}"
    found = [output, *(item for v in output.values() if isinstance(v, list)
                       for item in v if isinstance(item, dict))]  # the people a search found
    for record in found:
        for key, value in record.items():
            if not isinstance(value, str) or args.get(key) == value:
                continue
            nk = normalize_key(key)
            if nk in _FULL or (nk in _DISPLAY and _is_person(value)):
                record[key] = full
            elif nk in _HANDLES:
                record[key] = "_".join(w.lower() for w in _WORD.findall(full))


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _is_person(value: str) -> bool:
    """A record's `name` that reads as a person's (two capitalised words)."""
    parts = value.split()
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts)
