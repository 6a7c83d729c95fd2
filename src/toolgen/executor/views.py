"""Per-language views of one record: a translation is a view, not a new value.

A record that states its language (`language: "en"`) is the view in that language. A call
that asks for it in another one (`language: "ja"`) sees and changes that language's view:
a copy of the record in the asked language, kept beside it in `SessionState.views`, so a
read in Japanese says `ja` without contradicting the English record, and a write in
Japanese leaves the English one as it was. A record that never stated a language has no
views (nothing tells a translation from an edit). What one view first shows of a
record (its code, its version) the record learns, and the other way round: only what
both state stays each its own. `enter_view` swaps the views into the
store for one call and `leave_view` swaps the records back; calls that name no language
touch nothing. Never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.state import EntityRecord, SessionState, field_aliases
from toolgen.executor.values import normalize_key

# The argument and field names that select a record's language view.
VIEW_KEYS = frozenset({"language", "lang", "language_code", "lang_code", "locale"})


def asked_view(arguments: dict[str, Any]) -> str | None:
    """The language a call asks for, else None."""
    for name, value in arguments.items():
        low = name.lower()
        # Only a name that could be one is normalised: this runs on every call.
        if ("lang" in low or "locale" in low) and normalize_key(name) in VIEW_KEYS and (
                isinstance(value, str) and value):
            return value
    return None


def _stated(rec: EntityRecord) -> tuple[str, Any] | None:
    """The record's language field and value, when it states one."""
    for key in VIEW_KEYS:
        for name in field_aliases(key, rec.entity):
            value = rec.fields.get(name)
            if isinstance(value, str) and value:
                return key, value
    return None


def enter_view(state: SessionState, view: str) -> dict[Any, tuple[EntityRecord, EntityRecord]]:
    """Put each stated-language record's `view` into the store; return, by id, the record
    it replaced and the view put in its place, for `leave_view`."""
    swapped: dict[Any, tuple[EntityRecord, EntityRecord]] = {}
    for ident, rec in state.store.items():
        stated = _stated(rec)
        if stated is None or stated[1].casefold() == view.casefold():
            continue
        key = (ident, view.casefold())
        seen = state.views.get(key)
        if seen is None:
            seen = state.views[key] = EntityRecord(rec.entity, dict(rec.fields))
            for name in field_aliases(stated[0], rec.entity):
                if name in seen.fields:
                    seen.fields[name] = view
        else:
            _learn(seen, rec)
        swapped[ident] = (rec, seen)
    for ident, (_, seen) in swapped.items():
        state.store[ident] = seen
    return swapped


def leave_view(state: SessionState,
               swapped: dict[Any, tuple[EntityRecord, EntityRecord]]) -> None:
    """Put the records `enter_view` replaced back (their views stay in `state.views`); an
    id the call made a new record for keeps it."""
    for ident, (rec, seen) in swapped.items():
        if state.store.get(ident) is seen:
            state.store[ident] = rec
            _learn(rec, seen)


def _learn(rec: EntityRecord, other: EntityRecord) -> None:
    """What one language's view first showed of a record (its code, its version) and the
    other did not know yet, the other learns; what both know stays each its own."""
    fields = rec.fields
    for name, value in other.fields.items():
        if name not in fields:
            fields[name] = value
