"""`object_gen(...)`: the per-call generator of one compiled object node.

`generate.Compiler.obj` decides at compile time which fields an object has, its primary
id and whether it owns its place and people; this module owns what happens on each call:
echoing the call's arguments into fields that accept them (never a request control into
a list item, never an item's own id), drawing the free-text fields from one corpus
example row, pinning the root id, writing drawn money in the object's currency
(`currency_scale`), and linking the object into the session's entity
store (`linking.link`).
"""

from __future__ import annotations

from typing import Any, TypeGuard

from toolgen.executor.asked_rows import agreeing
from toolgen.executor.controls import controlled_by_value, is_control, is_paging
from toolgen.executor.currency_scale import Scaler
from toolgen.executor.gen_context import Ctx, Gen
from toolgen.executor.linking import ObjMeta, link

TEXT = (str,)
STRINGS: tuple[type, ...] = (list,)  # marks a list-of-strings field that echoes a sent list

# (key, snake name, generator, accepted python types or None, allowed values or None)
Field = tuple[str, str, Gen, tuple[type, ...] | None, frozenset[Any] | None]
# (key, snake name) of the example-drawn text fields, and the example rows holding them
ExampleRows = tuple[tuple[tuple[str, str], ...], tuple[dict[str, str], ...]]


def _control_off(key: str, in_array: bool) -> bool:
    """No echo of a request control into field `key`: never into a list's item, and
    outside one only paging (the envelope's `page`, `per_page`)."""
    return is_control(key) and (in_array or not is_paging(key))


def _sent_strings(value: Any) -> TypeGuard[list[str]]:
    return isinstance(value, list) and bool(value) and all(isinstance(x, str) for x in value)


def object_gen(
    fields: list[Field],
    meta: ObjMeta,
    pk_entity: str,
    in_array: bool,
    own_people: bool,
    owns_place: bool,
    example_rows: ExampleRows,
    scale: Scaler | None = None,
) -> Gen:
    """The generator of an object with `fields`; `meta` names its ids for linking."""
    pk = meta.pk
    # Why echo is off for an array item's own id: every item would get the same id.
    # A request control (format, sort, full_response) is no property of what is
    # returned: only a list's envelope restates its paging (`page: 2`), no item does.
    echo_fields = tuple(
        (
            k,
            nk,
            g,
            types if (types is not None and not (in_array and k == pk)
                      and not _control_off(k, in_array)) else None,
            allowed,
        )
        for k, nk, g, types, allowed in fields
    )
    by_value = frozenset(k for k, _, _, types, _ in echo_fields
                         if types is not None and controlled_by_value(k))
    row_keys, rows = example_rows
    track = pk is not None or bool(meta.foreign)

    def gen(ctx: Ctx) -> dict[str, Any]:
        saved = ctx.place
        saved_people = ctx.people
        if own_people:
            ctx.people = None
        if owns_place:
            ctx.place = ctx.arg_place
        args = ctx.args
        out: dict[str, Any] = {}
        for k, nk, g, types, allowed in echo_fields:
            if types is STRINGS:
                v = args.get(nk)
                out[k] = list(v) if _sent_strings(v) else g(ctx)
                continue
            if types is not None and nk in args:
                v = args[nk]
                if k in by_value and is_control(k, str(v)):
                    out[k] = g(ctx)  # `format: "json"` says how to answer, not what
                    continue
                if type(v) in types and (allowed is None or v in allowed):
                    out[k] = v
                    continue
                if types == TEXT and allowed is None and type(v) in (int, float):
                    out[k] = str(v)  # a string field echoing a number it was sent
                    continue
            out[k] = g(ctx)
        if rows:
            # a row of the kind asked (a forest's name for `type="Forest"`), same one draw
            fit = agreeing(rows, args) if args else rows
            _one_example(out, row_keys, fit[int(ctx.rand() * len(fit))], args)
        root_id = ctx.root_id
        if (
            pk is not None
            and not in_array
            and root_id is not None
            and (pk_entity == ctx.root_entity or not ctx.root_entity)
            and type(root_id) is type(out[pk])
        ):
            out[pk] = root_id
        if scale is not None:  # before linking: the session keeps the figures shown
            scale(out, args)
        if track:
            link(ctx, out, meta)
        if owns_place:
            ctx.place = saved
        if own_people:
            ctx.people = saved_people
        return out

    return gen


def _one_example(out: dict[str, Any], keys: tuple[tuple[str, str], ...],
                 row: dict[str, str], args: dict[str, Any]) -> None:
    """The object's example text fields from one example object (`row`), except the
    values the call sent."""
    for k, nk in keys:
        if nk in row and not (nk in args and _echoes(out[k], args[nk])):
            out[k] = row[nk]


def _echoes(value: Any, sent: Any) -> bool:
    """Whether a field holds the value sent, as sent or written as text (`lat: "25.2048"`
    for `lat=25.2048`: an echo block's string field keeps the call's figure, not the
    example's 49.3418836)."""
    return value == sent or (type(sent) in (int, float) and value == str(sent))
