"""Compiled output generators: a response JSON Schema turned once into a tree of closures.

`compile_plan(schema, entity, pools)` walks the schema a single time and returns a `Plan`
whose `root(ctx)` builds a response: every declared property present, arrays of 1-4
items (0 when the call asks for an empty result), values chosen by property name, format
and type (see `values.py`) from the pre-drawn pools. Each object node also carries an
`ObjMeta` (primary id key, entity, foreign ids, scalar fields) so that the per-call
`Ctx` can echo arguments and keep ids consistent with the session's entity store. The
Plan also names the main list (the first array of objects) for pagination and for
showing created entities. Odd schemas (missing types, `$ref`s, unions, `{}`) compile to
something plausible and never raise. Never touches the network.
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from toolgen.executor.pools import (
    CATEGORIES,
    CURRENCIES,
    GENDERS,
    LANGUAGES,
    PLACES,
    PRODUCT_ADJ,
    PRODUCT_NOUN,
    ROLES,
    STATUSES,
    SYMBOLS,
    Pools,
)
from toolgen.executor.state import EntityRecord, canon
from toolgen.executor.values import (
    entity_of_container,
    id_entity,
    id_prefix,
    name_kind,
    normalize_key,
    number_kind,
    schema_type,
    singular,
    string_kind,
    venue_suffixes,
)

_MAX_DEPTH = 8
_NP = len(PLACES)
_BASE = _dt.date(2025, 1, 1)
# Pre-rendered dates: indexing a tuple is ~20x cheaper than date arithmetic per value.
_DATES = tuple((_BASE + _dt.timedelta(days=i)).isoformat() for i in range(540))
_BIRTHDATES = tuple(
    (_dt.date(1955, 1, 1) + _dt.timedelta(days=37 * i)).isoformat() for i in range(480)
)
_EPOCH0 = 1735689600  # 2025-01-01T00:00:00Z
CITY_INDEX = {p[0].lower(): i for i, p in enumerate(PLACES)}
COUNTRY_INDEX: dict[str, int] = {}
for _i, _p in enumerate(PLACES):
    COUNTRY_INDEX.setdefault(_p[1].lower(), _i)
    COUNTRY_INDEX.setdefault(_p[2].lower(), _i)

_PY: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}


class Ctx:
    """Per-call generation state: the random stream, the arguments and the entity store."""

    __slots__ = (
        "action",
        "arg_place",
        "args",
        "bits",
        "currency",
        "empty",
        "place",
        "pools",
        "rand",
        "root_entity",
        "root_id",
        "status_hint",
        "store",
    )

    def __init__(
        self,
        rng: Any,
        pools: Pools,
        args: dict[str, Any],
        store: dict[Any, EntityRecord],
        action: str = "list",
        empty: bool = False,
        root_id: Any = None,
        root_entity: str = "",
    ) -> None:
        self.rand: Callable[[], float] = rng.random
        self.bits: Callable[[int], int] = rng.getrandbits
        self.pools = pools
        self.args = args
        self.store = store
        self.action = action
        self.empty = empty
        self.root_id = root_id
        self.root_entity = canon(root_entity)
        self.place = -1
        self.arg_place = _arg_place(args)
        cur = args.get("currency") or args.get("currency_code")
        self.currency: str | None = cur if isinstance(cur, str) and len(cur) == 3 else None
        self.status_hint = {"create": "confirmed", "delete": "cancelled", "update": "updated"}.get(
            action
        )

    def place_index(self) -> int:
        if self.place < 0:
            self.place = int(self.rand() * _NP)
        return self.place


def _arg_place(args: dict[str, Any]) -> int:
    for key in ("city", "location", "destination", "city_name", "country", "country_code"):
        v = args.get(key)
        if isinstance(v, str):
            i = CITY_INDEX.get(v.lower())
            if i is None:
                i = COUNTRY_INDEX.get(v.lower())
            if i is not None:
                return i
    return -1


Gen = Callable[[Ctx], Any]


@dataclass(slots=True)
class ObjMeta:
    """What an object node knows about itself for echo and entity consistency."""

    entity: str
    pk: str | None = None
    pk_entity: str = ""
    # (key, snake name, accepted python types, allowed values or None) of scalar properties
    scalars: list[tuple[str, str, tuple[type, ...], frozenset[Any] | None]] = field(
        default_factory=list
    )
    # (key, entity) of id properties naming another entity
    foreign: list[tuple[str, str]] = field(default_factory=list)
    # (key, names to remember it under) for the non-id scalars, aliases precomputed
    store_names: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # (key, snake name) of object-valued properties (a booking's `total`)
    nested: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    """A compiled response generator plus where its main list lives."""

    root: Gen
    list_path: tuple[str, ...] | None = None  # keys from the root to the main array
    item: Gen | None = None
    item_meta: ObjMeta | None = None


def link(ctx: Ctx, obj: dict[str, Any], meta: ObjMeta) -> None:
    """Make `obj` agree with what the session knows, and remember what is new.

    The object's own id: known -> overlay the remembered fields (same name, same price);
    unknown -> remember this object. Foreign ids (`hotel_id` in a booking): fill
    `hotel_name` and the like from the remembered hotel.
    """
    store = ctx.store
    pk = meta.pk
    if pk is not None:
        ident = obj.get(pk)
        if isinstance(ident, (str, int)) and not isinstance(ident, bool):
            rec = store.get(ident)
            if rec is None:
                fields: dict[str, Any] = {}
                for key, names in meta.store_names:
                    v = obj[key]
                    for n in names:
                        if n not in fields:
                            fields[n] = v
                for key, nk in meta.nested:
                    if isinstance(obj.get(key), dict):
                        fields[nk] = copy.deepcopy(obj[key])
                store[ident] = EntityRecord(meta.pk_entity or meta.entity, fields)
            else:
                fields = rec.fields
                for key, nk, types, allowed in meta.scalars:
                    if key == pk:
                        continue
                    v = fields.get(nk)
                    if v is not None and type(v) in types and (allowed is None or v in allowed):
                        obj[key] = v
                    elif v is None:
                        rec.remember(nk, obj[key])
                for key, nk in meta.nested:
                    _same_nested(obj, key, nk, rec)
    for key, ent in meta.foreign:
        ident = obj.get(key)
        if not isinstance(ident, (str, int)) or isinstance(ident, bool):
            continue
        rec = store.get(ident)
        if rec is None:
            continue
        prefix = ent + "_"
        for skey, nk, types, allowed in meta.scalars:
            if nk.startswith(prefix) and skey != key:
                v = rec.fields.get(nk)
                if v is not None and type(v) in types and (allowed is None or v in allowed):
                    obj[skey] = v


def _same_nested(obj: dict[str, Any], key: str, nk: str, rec: EntityRecord) -> None:
    """A known entity's object field (`total`) reads as remembered when the shapes agree."""
    mine, known = obj.get(key), rec.fields.get(nk)
    if not isinstance(mine, dict):
        return
    if not isinstance(known, dict):
        rec.fields[nk] = copy.deepcopy(mine)
    elif known.keys() == mine.keys() and all(
            type(known[k]) is type(mine[k]) for k in mine):
        obj[key] = copy.deepcopy(known)


class Compiler:
    """Walks a schema once; records arrays reachable through object keys for the Plan."""

    def __init__(self, root_schema: Any, entity: str) -> None:
        self.root_schema = root_schema if isinstance(root_schema, dict) else {}
        self.entity = entity or "item"
        self.arrays: list[tuple[tuple[str, ...], Gen, ObjMeta | None]] = []

    def plan(self) -> Plan:
        root = self.node(self.root_schema, "", self.entity, False, 0, ())
        plan = Plan(root)
        with_meta = [a for a in self.arrays if a[2] is not None]
        chosen = min(with_meta or self.arrays, key=lambda a: len(a[0]), default=None)
        if chosen is not None:
            plan.list_path, plan.item, plan.item_meta = chosen
        return plan

    # -- schema plumbing ----------------------------------------------------------------

    def resolve(self, schema: Any, depth: int) -> dict[str, Any]:
        """Follow local $refs, pick a union branch, merge allOf; always a dict."""
        for _ in range(8):
            if not isinstance(schema, dict):
                return {}
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                target: Any = self.root_schema
                for part in ref[2:].split("/"):
                    target = target.get(part) if isinstance(target, dict) else None
                if not isinstance(target, dict):
                    return {k: v for k, v in schema.items() if k != "$ref"}
                merged = dict(target)
                merged.update({k: v for k, v in schema.items() if k != "$ref"})
                schema = merged
                continue
            for union in ("anyOf", "oneOf"):
                options = schema.get(union)
                if isinstance(options, list) and options and "type" not in schema:
                    pick = next(
                        (o for o in options if isinstance(o, dict) and o.get("type") != "null"),
                        options[0],
                    )
                    merged = {k: v for k, v in schema.items() if k != union}
                    if isinstance(pick, dict):
                        merged.update(pick)
                    schema = merged
                    break
            else:
                parts = schema.get("allOf")
                if isinstance(parts, list) and parts:
                    merged = {k: v for k, v in schema.items() if k != "allOf"}
                    props: dict[str, Any] = dict(merged.get("properties") or {})
                    for p in parts:
                        if isinstance(p, dict):
                            props.update(p.get("properties") or {})
                            merged.update({k: v for k, v in p.items() if k != "properties"})
                    if props:
                        merged["properties"] = props
                    schema = merged
                    continue
                return schema
        return schema if isinstance(schema, dict) else {}

    def node(
        self,
        schema: Any,
        key: str,
        entity: str,
        in_array: bool,
        depth: int,
        path: tuple[str, ...] | None,
    ) -> Gen:
        if depth > _MAX_DEPTH:
            return _none
        schema = self.resolve(schema, depth)
        if "const" in schema:
            const = schema["const"]
            return lambda ctx: const
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return _enum_gen(key, tuple(enum))
        t = schema_type(schema)
        if t is None:
            # Why: no type and no shape; the key is the only hint (`price`, `hotel_id`, ...)
            nk = normalize_key(key) if key else ""
            t = "number" if key and number_kind(key) not in ("number", "id") else "string"
            if nk.endswith(("s", "_list")) and entity_of_container(key) and not key.endswith("ss"):
                t = "string"
        if t == "object":
            return self.obj(schema, key, entity, in_array, depth, path)
        if t == "array":
            return self.arr(schema, key, entity, depth, path)
        if t == "string":
            return _string_gen(key, schema, entity)
        if t in ("integer", "number"):
            return _number_gen(key, schema, entity, t == "integer")
        if t == "boolean":
            return _bool_gen(key)
        return _none

    def obj(
        self,
        schema: dict[str, Any],
        key: str,
        entity: str,
        in_array: bool,
        depth: int,
        path: tuple[str, ...] | None,
    ) -> Gen:
        props = schema.get("properties")
        if not isinstance(props, dict) or not props:
            props = _filler_properties(key)
        own_entity = (entity_of_container(key) if key else None) or entity
        meta = ObjMeta(entity=own_entity)
        fields: list[tuple[str, str, Gen, tuple[type, ...] | None, frozenset[Any] | None]] = []
        id_keys: list[tuple[str, str]] = []
        has_place = False
        for pkey, psub in props.items():
            if not isinstance(pkey, str):
                continue
            sub = self.resolve(psub, depth + 1)
            t = schema_type(sub)
            nk = normalize_key(pkey)
            child_path = (*path, pkey) if path is not None else None
            gen = self.node(sub, pkey, own_entity, False, depth + 1, child_path)
            scalar = t not in ("object", "array")
            types = _PY.get(t or "string", (str,)) if scalar else None
            enum = sub.get("enum")
            allowed: frozenset[Any] | None = None
            if scalar and isinstance(enum, list) and enum:
                hashable = [v for v in enum if isinstance(v, (str, int, float, bool))]
                types = tuple(dict.fromkeys(type(v) for v in hashable)) or types
                allowed = frozenset(hashable)
            if scalar and "const" in sub and isinstance(sub["const"], (str, int, float, bool)):
                allowed = frozenset([sub["const"]])
            fields.append((pkey, nk, gen, types, allowed))
            if t == "object":
                meta.nested.append((pkey, nk))
            if scalar and types is not None:
                meta.scalars.append((pkey, nk, types, allowed))
                ent = id_entity(pkey)
                if ent is not None:
                    id_keys.append((pkey, ent))
                if nk in (
                    "city",
                    "country",
                    "country_code",
                    "latitude",
                    "longitude",
                    "lat",
                    "lng",
                    "lon",
                    "timezone",
                    "state",
                    "region",
                    "currency",
                ):
                    has_place = True
        # Primary id: a bare `id`, else `<entity>_id`, else the only id key.
        for pkey, ent in id_keys:
            if ent == "":
                meta.pk, meta.pk_entity = pkey, own_entity
                break
        if meta.pk is None:
            for pkey, ent in id_keys:
                if canon(ent) == canon(own_entity):
                    meta.pk, meta.pk_entity = pkey, ent
                    break
        if meta.pk is None and len(id_keys) == 1 and (in_array or depth == 0):
            meta.pk, meta.pk_entity = id_keys[0][0], id_keys[0][1]
        meta.foreign = [(k, e) for k, e in id_keys if k != meta.pk and e]
        rec_entity = meta.pk_entity or own_entity
        meta.store_names = [
            (k, _aliases(nk, rec_entity)) for k, nk, _, _ in meta.scalars if k != meta.pk
        ]
        # Why array items always draw their own place: otherwise a list of locations or
        # hotels without a city key would all share the first item's city.
        owns_place = in_array or (has_place and (meta.pk is not None or depth == 0))
        pk = meta.pk
        pk_entity = canon(meta.pk_entity or own_entity)
        # Why echo is off for an array item's own id: every item would get the same id.
        echo_fields = tuple(
            (
                k,
                nk,
                g,
                types if (types is not None and not (in_array and k == pk)) else None,
                allowed,
            )
            for k, nk, g, types, allowed in fields
        )
        track = pk is not None or bool(meta.foreign)

        def object_gen(ctx: Ctx) -> dict[str, Any]:
            saved = ctx.place
            if owns_place:
                ctx.place = ctx.arg_place
            args = ctx.args
            out: dict[str, Any] = {}
            for k, nk, g, types, allowed in echo_fields:
                if types is not None and nk in args:
                    v = args[nk]
                    if type(v) in types and (allowed is None or v in allowed):
                        out[k] = v
                        continue
                out[k] = g(ctx)
            root_id = ctx.root_id
            if (
                pk is not None
                and not in_array
                and root_id is not None
                and (pk_entity == ctx.root_entity or not ctx.root_entity)
                and type(root_id) is type(out[pk])
            ):
                out[pk] = root_id
            if track:
                link(ctx, out, meta)
            if owns_place:
                ctx.place = saved
            return out

        self._last_meta = meta  # read by arr() to learn its items' meta
        return object_gen

    def arr(
        self,
        schema: dict[str, Any],
        key: str,
        entity: str,
        depth: int,
        path: tuple[str, ...] | None,
    ) -> Gen:
        items = schema.get("items")
        item_entity = entity_of_container(key) or entity
        if isinstance(items, list):  # tuple validation (old drafts): one gen per position
            gens = [
                self.node(s, singular(key) if key else "", item_entity, True, depth + 1, None)
                for s in items[:8]
            ]
            return lambda ctx: [g(ctx) for g in gens]
        prefix = schema.get("prefixItems")
        if not isinstance(items, dict) and isinstance(prefix, list) and prefix:
            items = prefix[0]
        if not isinstance(items, dict):
            items = {}
        item_key = singular(normalize_key(key)) if key else ""
        resolved = self.resolve(items, depth + 1)
        self._last_meta = None
        item_gen = self.node(
            resolved,
            key if schema_type(resolved) == "object" else item_key,
            item_entity,
            True,
            depth + 1,
            None,
        )
        item_meta = self._last_meta if schema_type(resolved) == "object" else None
        if path is not None:
            self.arrays.append((path, item_gen, item_meta))
        lo = schema.get("minItems")
        hi = schema.get("maxItems")
        lo_n = lo if isinstance(lo, int) and not isinstance(lo, bool) and 0 <= lo <= 8 else 1
        hi_n = hi if isinstance(hi, int) and not isinstance(hi, bool) and hi >= 0 else 4
        lo_n = max(lo_n, 1) if hi_n >= 1 else 0
        hi_n = max(min(hi_n, 4), lo_n)
        span = hi_n - lo_n + 1

        def gen(ctx: Ctx) -> list[Any]:
            if ctx.empty:
                return []
            n = lo_n + int(ctx.rand() * span)
            return [item_gen(ctx) for _ in range(n)]

        return gen

    _last_meta: ObjMeta | None = None


def _aliases(name: str, entity: str) -> tuple[str, ...]:
    """The names a field is remembered under (as EntityRecord.remember does)."""
    prefix = entity + "_"
    return (name, name[len(prefix) :]) if name.startswith(prefix) else (name, prefix + name)


def _none(ctx: Ctx) -> None:
    return None


def _filler_properties(key: str) -> dict[str, Any]:
    """Properties for an object schema that declares none: a name and a value."""
    nk = normalize_key(key) if key else ""
    if nk in ("location", "geo", "coordinates", "coords", "position"):
        return {"lat": {"type": "number"}, "lng": {"type": "number"}}
    if nk in ("address",):
        return {
            "street": {"type": "string"},
            "city": {"type": "string"},
            "country": {"type": "string"},
        }
    return {"name": {"type": "string"}, "value": {"type": "number"}}


def _enum_gen(key: str, options: tuple[Any, ...]) -> Gen:
    n = len(options)
    if n == 1:
        only = options[0]
        return lambda ctx: only
    nk = normalize_key(key) if key else ""
    if "status" in nk:
        lowered = tuple(str(o).lower() for o in options)

        def status(ctx: Ctx) -> Any:
            hint = ctx.status_hint
            if hint is not None:
                for i, o in enumerate(lowered):
                    if o.startswith(hint[:6]):
                        return options[i]
            return options[int(ctx.rand() * n)]

        return status
    return lambda ctx: options[int(ctx.rand() * n)]


def _bool_gen(key: str) -> Gen:
    nk = normalize_key(key) if key else ""
    if nk in (
        "success",
        "ok",
        "succeeded",
        "valid",
        "available",
        "is_available",
        "active",
        "is_active",
        "verified",
        "is_valid",
        "exists",
    ):
        return lambda ctx: True
    if nk in ("error", "has_error", "failed", "deleted", "is_deleted", "has_more"):
        return lambda ctx: ctx.action == "delete" and nk in ("deleted", "is_deleted")
    return lambda ctx: ctx.rand() < 0.5


def _id_gen(key: str, entity: str, integer: bool, fmt: str | None) -> Gen:
    ent = id_entity(key) if key else None
    ent = ent or entity or "item"
    prefix = id_prefix(ent) + "_"
    if integer:
        return lambda ctx: 1000 + ctx.bits(20)
    if fmt == "uuid" or normalize_key(key) in ("uuid", "guid") or key.endswith(("uuid", "Uuid")):

        def uuid(ctx: Ctx) -> str:
            h = f"{ctx.bits(128):032x}"
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

        return uuid
    return lambda ctx: f"{prefix}{ctx.bits(24):06x}"


def _pick(pool: tuple[Any, ...]) -> Gen:
    n = len(pool)
    return lambda ctx: pool[int(ctx.rand() * n)]


def _pool(attr: str) -> Gen:
    def gen(ctx: Ctx) -> Any:
        pool = getattr(ctx.pools, attr)
        return pool[int(ctx.rand() * len(pool))]

    return gen


def _place(col: int) -> Gen:
    return lambda ctx: PLACES[ctx.place_index()][col]


def _name_gen(entity: str) -> Gen:
    kind = name_kind(entity)
    if kind == "person":
        return _pool("persons")
    if kind == "city":
        return _place(0)
    if kind == "country":
        return _place(1)
    if kind == "company":
        return _pool("companies")
    if kind == "product":
        na, nn = len(PRODUCT_ADJ), len(PRODUCT_NOUN)
        return lambda ctx: (
            f"{PRODUCT_ADJ[int(ctx.rand() * na)]} {PRODUCT_NOUN[int(ctx.rand() * nn)]}"
        )
    if kind.startswith("venue:"):
        suffixes = venue_suffixes(kind[6:])
        ns = len(suffixes)

        def venue(ctx: Ctx) -> str:
            lasts = ctx.pools.last_names
            return f"{lasts[int(ctx.rand() * len(lasts))]} {suffixes[int(ctx.rand() * ns)]}"

        return venue
    return _pool("titles")


def _string_gen(key: str, schema: dict[str, Any], entity: str) -> Gen:
    fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
    kind = string_kind(key, schema) if key else ("uuid" if fmt == "uuid" else "word")
    gen = _string_kind_gen(kind, key, entity, fmt)
    max_len = schema.get("maxLength")
    if isinstance(max_len, int) and not isinstance(max_len, bool) and max_len > 0:
        inner = gen
        return lambda ctx: str(inner(ctx))[:max_len]
    return gen


def _string_kind_gen(kind: str, key: str, entity: str, fmt: str | None) -> Gen:
    nk = normalize_key(key) if key else ""
    if kind == "id":
        return _id_gen(key, entity, False, fmt)
    if kind == "uuid":
        return _id_gen("uuid", entity, False, "uuid")
    if kind == "name":
        ent = nk[: -len("_name")] if nk.endswith("_name") else entity
        return _name_gen(singular(ent.split("_")[-1]) if ent else entity)
    if kind == "person":
        return _pool("persons")
    if kind == "first_name":
        return _pool("first_names")
    if kind == "last_name":
        return _pool("last_names")
    if kind == "username":
        return _pool("usernames")
    if kind == "email":

        def email(ctx: Ctx) -> str:
            p = ctx.pools
            u = p.usernames[int(ctx.rand() * len(p.usernames))].replace("_", ".")
            return f"{u}@{p.domains[int(ctx.rand() * len(p.domains))]}"

        return email
    if kind == "phone":
        return _pool("phones")
    if kind == "city":
        return _place(0)
    if kind == "country":
        return _place(1)
    if kind == "country_code":
        return _place(2)
    if kind == "state":
        return _place(7)
    if kind == "timezone":
        return _place(6)
    if kind == "currency":

        def currency(ctx: Ctx) -> str:
            if ctx.currency is None:
                ctx.currency = (
                    PLACES[ctx.place_index()][3]
                    if ctx.place >= 0
                    else CURRENCIES[int(ctx.rand() * len(CURRENCIES))]
                )
            return ctx.currency

        return currency
    if kind == "address":

        def address(ctx: Ctx) -> str:
            p = ctx.pools
            place = PLACES[ctx.place_index()]
            return f"{p.streets[int(ctx.rand() * len(p.streets))]}, {place[0]}, {place[1]}"

        return address
    if kind == "street":
        return _pool("streets")
    if kind == "postcode":
        return _pool("postcodes")
    if kind == "company":
        return _pool("companies")
    if kind == "url":
        tail = (
            "image"
            if any(w in nk for w in ("image", "photo", "avatar", "thumbnail", "logo"))
            else ""
        )
        ent = entity or "item"

        def url(ctx: Ctx) -> str:
            p = ctx.pools
            dom = p.domains[int(ctx.rand() * len(p.domains))]
            if tail:
                return f"https://cdn.{dom}/img/{ctx.bits(32):08x}.jpg"
            return f"https://www.{dom}/{ent}s/{ctx.bits(24):06x}"

        return url
    if kind == "hostname":
        return _pool("domains")
    if kind == "date":
        dates = _BIRTHDATES if ("birth" in nk or nk == "dob") else _DATES
        return _pick(dates)
    if kind == "datetime":
        nd = len(_DATES)

        def datetime(ctx: Ctx) -> str:
            r = ctx.bits(11)
            return f"{_DATES[int(ctx.rand() * nd)]}T{r % 24:02d}:{(r >> 5) % 60:02d}:00Z"

        return datetime
    if kind == "time":
        return lambda ctx: f"{ctx.bits(5) % 24:02d}:{(ctx.bits(6) % 4) * 15:02d}"
    if kind == "iso_duration":
        return lambda ctx: f"PT{1 + ctx.bits(3)}H{(ctx.bits(2)) * 15}M"
    if kind == "ipv4":
        return lambda ctx: f"{10 + ctx.bits(6)}.{ctx.bits(8)}.{ctx.bits(8)}.{1 + ctx.bits(7)}"
    if kind == "ipv6":
        return lambda ctx: ":".join(f"{ctx.bits(16):x}" for _ in range(8))
    if kind == "language":
        return _pick(LANGUAGES)
    if kind == "locale":
        return _pick(("en-US", "en-GB", "fr-FR", "de-DE", "es-ES", "pt-PT", "ja-JP"))
    if kind == "status":

        def status(ctx: Ctx) -> str:
            return ctx.status_hint or STATUSES[int(ctx.rand() * len(STATUSES))]

        return status
    if kind == "category":
        return _pick(CATEGORIES)
    if kind == "color":
        return _pool("colors")
    if kind == "title":
        if entity in ("product", "item"):
            return _name_gen("product")
        return _pool("titles")
    if kind == "description":
        return _pool("sentences")
    if kind == "text":
        return _pool("sentences")
    if kind == "token":
        return lambda ctx: f"tok_{ctx.bits(64):016x}"
    if kind == "secret":
        return lambda ctx: "********"
    if kind == "lat":
        return lambda ctx: f"{PLACES[ctx.place_index()][4]:.4f}"
    if kind == "lon":
        return lambda ctx: f"{PLACES[ctx.place_index()][5]:.4f}"
    if kind == "slug":

        def slug(ctx: Ctx) -> str:
            w = ctx.pools.words
            return f"{w[int(ctx.rand() * len(w))]}-{w[int(ctx.rand() * len(w))]}"

        return slug
    if kind == "code":
        return lambda ctx: (
            f"{chr(65 + ctx.bits(4))}{chr(65 + ctx.bits(4))}{ctx.bits(14) % 10000:04d}"
        )
    if kind == "symbol":
        return _pick(SYMBOLS)
    if kind == "gender":
        return _pick(GENDERS)
    if kind == "job":
        return _pool("jobs")
    if kind == "role":
        return _pick(ROLES)
    if kind == "money_str":
        return lambda ctx: f"{10 ** (1 + ctx.rand() * 2):.2f}"
    return _pool("words")


def _number_gen(key: str, schema: dict[str, Any], entity: str, integer: bool) -> Gen:
    kind = number_kind(key) if key else "number"
    lo_raw = schema.get("minimum", schema.get("exclusiveMinimum"))
    hi_raw = schema.get("maximum", schema.get("exclusiveMaximum"))
    lo = (
        float(lo_raw) if isinstance(lo_raw, (int, float)) and not isinstance(lo_raw, bool) else None
    )
    hi = (
        float(hi_raw) if isinstance(hi_raw, (int, float)) and not isinstance(hi_raw, bool) else None
    )
    gen = _id_gen(key, entity, True, None) if kind == "id" else _number_kind_gen(kind, integer)
    if lo is None and hi is None:
        return gen
    low = lo if lo is not None else (hi - 100 if hi is not None else 0.0)
    high = hi if hi is not None else low + 100
    if high < low:
        high = low

    def bounded(ctx: Ctx) -> Any:
        v = gen(ctx)
        if low <= v <= high:
            return v
        x = low + ctx.rand() * (high - low)
        return int(x) if integer and int(x) >= low else (round(x, 2) if not integer else int(high))

    return bounded


def _number_kind_gen(kind: str, integer: bool) -> Gen:
    def num(f: Callable[[Ctx], float], digits: int = 2) -> Gen:
        if integer:
            return lambda ctx: int(f(ctx))
        return lambda ctx: round(f(ctx), digits)

    if kind == "money":
        return num(lambda ctx: 10 ** (1 + ctx.rand() * 2))
    if kind == "rating":
        if integer:
            return lambda ctx: 1 + int(ctx.rand() * 5)
        return lambda ctx: round(3.0 + ctx.rand() * 2.0, 1)
    if kind == "count":
        return lambda ctx: int(ctx.rand() * 500)
    if kind == "small_count":
        return lambda ctx: 1 + int(ctx.rand() * 4)
    if kind == "year":
        return lambda ctx: 1990 + int(ctx.rand() * 36)
    if kind == "age":
        return lambda ctx: 18 + int(ctx.rand() * 60)
    if kind == "percent":
        return num(lambda ctx: ctx.rand() * 100, 1)
    if kind == "ratio":
        return num(lambda ctx: ctx.rand(), 2)
    if kind == "lat":
        return lambda ctx: (
            PLACES[ctx.place_index()][4] if not integer else int(PLACES[ctx.place_index()][4])
        )
    if kind == "lon":
        return lambda ctx: (
            PLACES[ctx.place_index()][5] if not integer else int(PLACES[ctx.place_index()][5])
        )
    if kind == "page":
        return lambda ctx: 1
    if kind == "limit":
        return lambda ctx: 10
    if kind == "offset":
        return lambda ctx: 0
    if kind == "duration":
        return lambda ctx: 5 + int(ctx.rand() * 175)
    if kind == "distance":
        return num(lambda ctx: 0.5 + ctx.rand() * 50, 1)
    if kind == "temperature":
        return num(lambda ctx: -5 + ctx.rand() * 40, 1)
    if kind == "epoch":
        return lambda ctx: _EPOCH0 + int(ctx.rand() * 45_000_000)
    if kind == "expires":
        return lambda ctx: 3600
    if kind == "population":
        return lambda ctx: 10_000 + int(ctx.rand() * 5_000_000)
    if kind == "measure":
        return num(lambda ctx: 1 + ctx.rand() * 99, 1)
    if kind == "http_code":
        return lambda ctx: 200
    return num(lambda ctx: 1 + ctx.rand() * 999)


def compile_plan(schema: Any, entity: str) -> Plan:
    """Compile a response schema for an endpoint about `entity`; never raises."""
    try:
        return Compiler(schema, entity).plan()
    except Exception:  # a schema shape nobody foresaw: answer with a minimal object
        return Compiler(
            {"type": "object", "properties": {"status": {"type": "string"}}}, entity
        ).plan()
