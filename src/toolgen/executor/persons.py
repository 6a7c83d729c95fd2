"""One person per role of an object: name, first and last name, handle and email are
drawn once, from one row of the pools, so `{"username": "ricky.davila", "full_name":
"Timothy Marshall"}` cannot be written.

A person field's *role* is what its key says about whose it is: `username`, `full_name`,
`email`, `first_name`, `user_email` and `display_name` are the object's own person (role
""); `sender_email` and `sender_name` are the sender; `author` and `author_name` the
author. Every field of one role in one object reads `ctx.person(role)`, one index into
`Pools.persons` / `usernames` / `first_names` / `last_names` (built from the same first
and last name, see `pools.py`). An object draws its own people unless it details its parent's
(`shares_people`: a user's `profile` or `stats`); array items always draw their own.
Compiled once per key; a draw costs a dict lookup. Never touches the network.
"""

from __future__ import annotations

from functools import lru_cache

from toolgen.executor.gen_context import Ctx, Gen
from toolgen.executor.values import singular

# Words of a key that say which part of a person it holds, not whose person it is.
_PARTS = frozenset({
    "name", "names", "username", "usernames", "handle", "login", "email", "emails", "mail",
    "address", "first", "last", "full", "display", "given", "family", "surname", "screen",
    "nick", "nickname", "firstname", "lastname", "fullname", "displayname", "screenname",
    "realname", "real", "middle", "id",
})
# Whose: the object's own person, however the API prefixes it (`user_name`, `my_email`).
_OWN = frozenset({"", "user", "users", "account", "profile", "my", "own", "primary",
                  "personal", "contact_person", "member", "person"})
# Keys naming a person outright (no part word): their role is the key itself.
_WHOLE = frozenset({"username", "user_name", "handle", "login", "email", "full_name",
                    "fullname", "display_name", "displayname", "first_name", "firstname",
                    "last_name", "lastname", "surname", "screen_name", "nickname", "name",
                    "given_name", "family_name", "email_address"})


@lru_cache(maxsize=4096)
def person_role(nk: str) -> str:
    """Whose person a normalised key holds: "" for the object's own, else the role
    (`sender_email` -> sender, `created_by` -> created_by, `author` -> author)."""
    if nk in _WHOLE:
        return ""
    words = nk.split("_")
    while words and words[-1] in _PARTS:
        words.pop()
    role = "_".join(words)
    return "" if role in _OWN else role


def role_in(nk: str, entity: str) -> str:
    """`person_role`, with the object's own kind as its own person: a player record's
    `player_name` is the player's `full_name`, not a second person."""
    role = person_role(nk)
    return "" if role and entity and singular(role) == singular(entity) else role


def shares_people(nk: str) -> bool:
    """Whether an object under key `nk` details its parent's person (`profile`, `stats`,
    `contact_info`) rather than being someone or something else (`author`,
    `top_critical_review`), which draws its own people."""
    return nk.split("_")[-1] in _DETAILS


# Last words of keys whose object is more about the object holding it.
_DETAILS = frozenset({
    "profile", "details", "detail", "info", "information", "stats", "statistics", "data",
    "settings", "meta", "metadata", "contact", "contacts", "bio", "account", "personal",
    "identity", "names", "name", "avatar", "links", "social", "verification", "status",
})


def full_name_gen(role: str) -> Gen:
    return lambda ctx: ctx.pools.persons[ctx.person(role)]


def first_name_gen(role: str) -> Gen:
    return lambda ctx: ctx.pools.first_names[ctx.person(role)]


def last_name_gen(role: str) -> Gen:
    return lambda ctx: ctx.pools.last_names[ctx.person(role)]


def username_gen(role: str) -> Gen:
    return lambda ctx: ctx.pools.usernames[ctx.person(role)]


def email_gen(role: str) -> Gen:
    def email(ctx: Ctx) -> str:
        p = ctx.pools
        local = p.usernames[ctx.person(role)].replace("_", ".")
        return f"{local}@{p.domains[int(ctx.rand() * len(p.domains))]}"

    return email
