"""What a session remembers of the entities its outputs showed, applied to later outputs.

`known_objects` copies, before the cross-field rules run, every object that names a
remembered entity; `learn_settled` then keeps what the rules changed in them (the route
asked for, a date put in order), so a later read agrees. `overlay_known` gives a read the
remembered values (scalars, and a money object a purchase settled), `listed_known` a
listing's item that names a created entity; `find_id` finds the id a create response
gave its new entity; `sole_id` reads the one id of a one-item id list as the id a call
is about, and `remember_read` keeps what a read of an unknown id that does not restate
it said of it.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.state import EntityRecord, canon
from toolgen.executor.values import entity_of_container, id_entity, names_many, normalize_key


def known_objects(output: Any, store: dict[Any, EntityRecord]
             ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every object of `output` that names a known entity by an id field, with a copy of
    its scalar fields, before the rules run (the others have nothing to teach)."""
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for node in objects_in(output):
        for key in id_keys(node):
            ident = node[key]
            if isinstance(ident, (str, int)) and not isinstance(ident, bool) and (
                    ident in store):
                out.append((node, {k: v for k, v in node.items() if isinstance(
                    v, (str, int, float)) and not isinstance(v, bool)}))
                break
    return out


# Key tuple -> its id-like keys: an object's keys decide, once per distinct tuple.
_ID_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}


def id_keys(obj: dict[str, Any]) -> tuple[str, ...]:
    names = tuple(obj)
    hit = _ID_KEYS.get(names)
    if hit is None:
        if len(_ID_KEYS) >= 65536:
            _ID_KEYS.clear()
        hit = _ID_KEYS[names] = tuple(k for k in names if id_entity(k) is not None)
    return hit


def learn_settled(before: list[tuple[dict[str, Any], dict[str, Any]]],
                   store: dict[Any, EntityRecord]) -> None:
    """What the rules changed in a known entity's object (the route asked for, a date put
    in order) is what the session remembers of it, so a later read agrees."""
    for obj, old in before:
        # a key the rules dropped (an unsent argument's echo) is no new value
        changed = [k for k, v in old.items() if k in obj and obj[k] != v]
        if not changed:
            continue
        for key, ident in old.items():
            ent = id_entity(key)
            rec = store.get(ident) if ent is not None and not isinstance(ident, float) else None
            if rec is None or (ent and canon(ent) != canon(rec.entity)):
                continue
            for k in changed:
                nk = normalize_key(k)
                if nk in rec.fields:
                    rec.remember(nk, obj[k], overwrite=True)


def is_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def is_kept(value: Any) -> bool:
    """A value a record keeps as it is: a scalar, or a short list of them (a tweet's tags
    and mentions, which a later read of the tweet restates)."""
    return is_scalar(value) or (isinstance(value, list) and 0 < len(value) <= 12
                                and all(is_scalar(v) for v in value))


def sole_id(value: Any) -> Any:
    """The id of a one-item list (`briefs_display_cases(case_id=["csa_6ca9ea"])` is about
    that one case, and names it as the case read before did), else `value`."""
    if isinstance(value, list) and len(value) == 1 and is_scalar(value[0]):
        return value[0]
    return value


def remember_read(store: dict[Any, EntityRecord], target: Any, entity: str,
                  output: Any) -> None:
    """A read of an id the session did not know, whose answer does not restate it (so no
    object of it links to the id), is what the session now knows of that id: a case read
    first by a briefs endpoint keeps its name when the summary endpoint reads it next."""
    if target in store or not isinstance(output, dict) or target in output.values():
        return
    if any(isinstance(v, list) for v in output.values()):
        return  # a listing about it (its reviews, its comments) is not the thing itself
    rec = store[target] = EntityRecord(entity)
    for key, value in output.items():
        if is_scalar(value) and id_entity(key) is None:
            rec.remember(normalize_key(key), value)


def overlay_known(output: Any, rec: EntityRecord, arguments: dict[str, Any]) -> None:
    """Top-level scalar fields of `output` take the remembered values (same type only),
    and a money object takes the remembered one's amount and currency."""
    if not isinstance(output, dict):
        return
    sent = {normalize_key(k) for k in arguments}
    for key, value in output.items():
        nk = normalize_key(key)
        known = rec.fields.get(nk)
        if nk in sent or id_entity(key) is not None or known is None:
            continue
        if is_kept(value) and type(known) is type(value):
            output[key] = list(known) if isinstance(known, list) else known
        elif _is_money(known) and _is_money(value):
            # A purchase or checkout remembers the total it settled as a money object
            # (`{"amount", "currency"}`); a listing of the order drew its own and must
            # state the one it was made for. The listing's own keys stay its shape.
            for k in value:
                if is_scalar(known.get(k)):
                    value[k] = known[k]


def _is_money(value: Any) -> bool:
    """A money object: a dict stating a numeric `amount` (`{"amount": 12.5, ...}`)."""
    return isinstance(value, dict) and isinstance(value.get("amount"), int | float) and (
        not isinstance(value.get("amount"), bool))


# What a listing calls an item, and what a create call may have named it by instead.
_TITLES = ("title", "name")
_NAMED_BY = ("title", "name", "subject", "topic")
# What a thing made without a name looks like, as a title's gloss says it.
_LOOKS = ("shape", "background_color", "color", "colour", "style")


def listed_known(item: dict[str, Any], rec: EntityRecord) -> None:
    """A listed item that names a created entity shows it: the remembered values, and a
    title from what it was made of (the custom painting of a horse is "Horse", not "Girl
    with a Pearl Earring") when the listing titles its items and the create sent none;
    one made of a look only is "Untitled (rectangle, SandyBrown)"."""
    overlay_known(item, rec, {})
    title = next((k for k in _TITLES if isinstance(item.get(k), str)), None)
    if title is None or isinstance(rec.fields.get(title), str):
        return
    named = next((v for k in _NAMED_BY if isinstance(v := rec.fields.get(k), str) and v), None)
    if named is not None:
        item[title] = named[:1].upper() + named[1:]
        return
    # Made of a look, not a name (`painting_create(shape="rectangle")`): untitled, as
    # its maker left it, and described by that look; never a famous work's title.
    looks = [v for k in _LOOKS if isinstance(v := rec.fields.get(k), str) and v]
    if looks:
        item[title] = f"Untitled ({', '.join(looks)})"


def find_id(output: Any, entity: str) -> Any:
    """The id of the created entity in a create response (shallowest matching id)."""
    want = canon(entity)
    queue: list[tuple[Any, str | None]] = [(output, None)]
    bare: Any = None
    while queue:
        node, parent = queue.pop(0)
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, (dict, list)):
                    queue.append((v, k))
                    continue
                ent = id_entity(k)
                if ent is None or not is_scalar(v) or isinstance(v, float) or names_many(k):
                    continue
                if ent and canon(ent) == want:
                    return v
                if ent == "" and bare is None:
                    pe = entity_of_container(parent) if parent else None
                    if pe is None or canon(pe) == want:
                        bare = v
        elif isinstance(node, list) and node:
            queue.append((node[0], parent))
    return bare
