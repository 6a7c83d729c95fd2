"""Compiled output generators: a response JSON Schema turned once into a tree of closures.

`compile_plan(schema, entity, pools)` walks the schema a single time and returns a `Plan`
whose `root(ctx)` builds a response: every declared property present, arrays of 1-4
items (0 when the call asks for an empty result), values chosen by property name, format
and type by the leaf generators (`leaves.py`). Each object node also carries an
`ObjMeta` (`linking.py`: primary id key, entity, foreign ids, scalar fields) so that its
per-call generator (`object_gen.py`) can echo arguments and keep ids consistent with the
session's entity store; `$ref`s and unions are made plain by `schema_resolve.py`. The
Plan also names the main list (the first array of objects) for pagination and for
showing created entities. Odd schemas (missing types, `$ref`s, unions, `{}`) compile to
something plausible and never raise. Never touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolgen.executor.currency_scale import is_money_key, scaler_for
from toolgen.executor.date_formats import clock_format, clocked, date_format, formatted
from toolgen.executor.described import described_example, example_map_gen
from toolgen.executor.described_items import described_items, shares, summing_to
from toolgen.executor.distinct_items import distinct_by_name, is_name_key
from toolgen.executor.domain_fields import CONTENT_KEYS
from toolgen.executor.examples import Pool, example_gen, example_leads, example_rows
from toolgen.executor.failure_texts import succeeded_choices
from toolgen.executor.field_values import BLAND_GEN
from toolgen.executor.filler import filler_properties
from toolgen.executor.gen_context import Ctx, Gen
from toolgen.executor.keyed_rows import named_rows
from toolgen.executor.leaves import (
    bool_gen,
    enum_gen,
    none_gen,
    string_gen,
)
from toolgen.executor.linking import ObjMeta, subject, subject_fields
from toolgen.executor.listed import listed_gen
from toolgen.executor.menu_items import held_entity
from toolgen.executor.number_leaves import number_gen
from toolgen.executor.object_gen import STRINGS, TEXT, ExampleRows, Field, object_gen
from toolgen.executor.patterns import constrained
from toolgen.executor.persons import shares_people
from toolgen.executor.plain_check import PY_TYPES
from toolgen.executor.schema_resolve import resolve_schema
from toolgen.executor.state import canon, field_aliases
from toolgen.executor.values import (
    entity_of_container,
    id_entity,
    names_many,
    normalize_key,
    number_kind,
    schema_type,
    singular,
    string_kind,
)
from toolgen.executor.varied_fields import pinned
from toolgen.executor.vocab import Vocab
from toolgen.executor.wildcards import real_choices

_MAX_DEPTH = 8
# A name drawn from the corpus examples needs this many distinct examples; fewer would
# name every item alike (and leave a paged list no second page it could fill).
_FEW_NAMES = 3
# String kinds naming a place of business or a carrier, drawn like names (see
# `_FEW_NAMES`): every flight of a search was the example's one "Air France".
_VENUE_KINDS = frozenset({"venue", "cinema", "airline"})
# Codes of which one aircraft or terminal holds many: every booking of every flight sat
# in the description's example seat, 14C (51 of 65 seats at bundled seed 61).
_SPREAD_KINDS = frozenset({"seat", "gate"})
_FEW_KINDS = _VENUE_KINDS | _SPREAD_KINDS


# A point's coordinates (`{"x": null, "y": null}` in an API's example) are figures: a
# room's wall outline came back as points `{"x": "default", "y": "standard"}`.
_COORDINATES = frozenset({"x", "y", "z", "cx", "cy", "x1", "y1", "x2", "y2"})


def _too_few_to_name(key: str, schema: dict[str, Any], values: tuple[Any, ...]) -> bool:
    """Whether the examples are too few to name every thing of `key`: every hotel the API
    returns would be the example's one hotel, every cinema in every city "Le Grand Rex",
    every airline "Air France". Decides a lone field and a field drawn with its example
    row alike (the row had brought "Le Grand Rex" back)."""
    return (len(values) < _FEW_NAMES and (
        is_name_key(key) or string_kind(key, schema) in _FEW_KINDS)) or pinned(
        key, schema, values)


def _strings_only(items: Any) -> bool:
    return isinstance(items, dict) and schema_type(items) == "string" and not items.get("enum")


@dataclass(slots=True)
class Plan:
    """A compiled response generator plus where its main list lives."""

    root: Gen
    list_path: tuple[str, ...] | None = None  # keys from the root to the main array
    item: Gen | None = None
    item_meta: ObjMeta | None = None
    example_leaves: int = 0
    # (output, args, rng) -> None: what the result's kind says last (`finish.py`).
    finish: Any = None


class Compiler:
    """Walks a schema once; records arrays reachable through object keys for the Plan."""

    def __init__(
        self,
        root_schema: Any,
        entity: str,
        vocab: Vocab | None = None,
        examples: Pool | None = None,
        inferred: bool = False,
        request: bool = False,
    ) -> None:
        self.root_schema = root_schema if isinstance(root_schema, dict) else {}
        # a call's arguments, drawn for a user to state: no field of them is left null
        self.request = request
        # ToolGen's own shape: its money bounds are dollars too (`draws_money`)
        self.inferred = inferred
        self.entity = entity or "item"
        self.arrays: list[tuple[tuple[str, ...], Gen, ObjMeta | None]] = []
        self.vocab = vocab or Vocab.build((), self.entity)
        self.examples = examples or {}
        self.about = " ".join(self.vocab.nouns)  # what the numbers measure (`quantity_kinds`)
        self.example_leaves = 0  # leaves drawing from corpus examples (for reporting)

    def plan(self) -> Plan:
        root = self.node(self.root_schema, "", self.entity, False, 0, ())
        plan = Plan(root)
        with_meta = [a for a in self.arrays if a[2] is not None]
        chosen = min(with_meta or self.arrays, key=lambda a: len(a[0]), default=None)
        if chosen is not None:
            plan.list_path, plan.item, plan.item_meta = chosen
        return plan

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
            return none_gen
        schema = resolve_schema(schema, self.root_schema)
        if "const" in schema:
            const = schema["const"]
            return lambda ctx: const
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:  # no result's genre is "dontcare"; no
            # success says "MemberID Parameter must be present" (`failure_texts`)
            return enum_gen(key, tuple(succeeded_choices(real_choices(enum))))
        t = schema_type(schema)
        untyped = t is None
        if t is None:
            # Why: no type and no shape; the key is the only hint (`price`, `hotel_id`, ...)
            nk = normalize_key(key) if key else ""
            t = "number" if key and (number_kind(key) not in ("number", "id")
                                     or normalize_key(key) in _COORDINATES) else "string"
            if nk.endswith(("s", "_list")) and entity_of_container(key) and not key.endswith("ss"):
                t = "string"
        if t == "object":
            return self.obj(schema, key, entity, in_array, depth, path)
        if t == "array":
            return self.arr(schema, key, entity, depth, path)
        if key and self.examples and t in ("string", "integer", "number"):
            values = self.examples.get(normalize_key(key))
            if values and _too_few_to_name(key, schema, values):
                values = None
            gen = example_gen(key, values, t) if values else None
            if gen is not None:
                self.example_leaves += 1
                return constrained(schema, gen) if t == "string" else gen
        if t == "string":
            gen = string_gen(key, schema, entity, self.vocab)
            if (pattern := date_format(schema)) is not None:
                return formatted(gen, pattern)  # "dd/mm/yyyy": 13/04/2025
            if clock_format(schema):
                return clocked(gen)  # "in 24-hour format, such as '18:45'": 01:24
            leads = example_leads(self.examples, normalize_key(key)) if key else ()
            if gen is BLAND_GEN and leads:
                return example_gen(key, leads, t) or gen
            # A field the API's own example left null, of a key naming no kind, stays
            # null (a list's members are drawn by `arr`): `"PreDir": "standard"` and
            # `"Zip4": "basic"` are filler (ToolBench seed 71 #1).
            keep = in_array or self.request
            return none_gen if untyped and not keep and gen is BLAND_GEN else gen
        if t in ("integer", "number"):
            return number_gen(key, schema, entity, t == "integer", self.about)
        if t == "boolean":
            return bool_gen(key)
        return none_gen

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
            shown = described_example(schema)
            if shown is not None:  # `{"USR001": ["Hello"]}`: messages by receiver
                return example_map_gen(shown, key)
            props = filler_properties(normalize_key(key) if key else "", entity)
        own_entity = ((entity_of_container(key) if key else None)
                      or held_entity(key, props, entity) or entity)
        meta = ObjMeta(entity=own_entity)
        fields: list[Field] = []
        drawn_money: list[tuple[str, str]] = []  # drawn dollar-sized (`currency_scale`)
        id_keys: list[tuple[str, str]] = []
        has_place = False
        for pkey, psub in props.items():
            if not isinstance(pkey, str):
                continue
            sub = resolve_schema(psub, self.root_schema)
            t = schema_type(sub)
            nk = normalize_key(pkey)
            child_path = (*path, pkey) if path is not None else None
            gen = self.node(sub, pkey, own_entity, False, depth + 1, child_path)
            scalar = t not in ("object", "array")
            types = PY_TYPES.get(t or "string", (str,)) if scalar else None
            enum = sub.get("enum")
            allowed: frozenset[Any] | None = None
            if scalar and isinstance(enum, list) and enum:
                hashable = [v for v in enum if isinstance(v, (str, int, float, bool))]
                types = tuple(dict.fromkeys(type(v) for v in hashable)) or types
                allowed = frozenset(hashable)
            if scalar and "const" in sub and isinstance(sub["const"], (str, int, float, bool)):
                allowed = frozenset([sub["const"]])
            items = sub.get("items") or {}
            if t == "array" and _strings_only(resolve_schema(items, self.root_schema)):
                types = STRINGS  # tags sent (`["#fitness"]`) are the tags the answer holds
                meta.nested.append((pkey, nk))  # and a known record's tags are read back
            fields.append((pkey, nk, gen, types, allowed))
            if t in ("integer", "number") and allowed is None and is_money_key(nk) and (
                    self.draws_money(pkey, nk, sub)):
                drawn_money.append((pkey, nk))
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
        # Primary id: a bare `id`, else `<entity>_id`, else the only id key; never `ids`
        # (the things an album was given, not the album).
        singles = [(k, e) for k, e in id_keys if not names_many(k)] or id_keys
        for pkey, ent in singles:
            if ent == "":
                meta.pk, meta.pk_entity = pkey, own_entity
                break
        if meta.pk is None and in_array and key:
            # Items of a generic list (`results`) holding `result_id` and `scan_id` are
            # results of the scan: their own id is the one the list's name spells.
            noun = canon(singular(normalize_key(key)))
            for pkey, ent in singles:
                if ent and canon(ent) == noun:
                    meta.pk, meta.pk_entity = pkey, ent
                    break
        if meta.pk is None:
            for pkey, ent in singles:
                if canon(ent) == canon(own_entity):
                    meta.pk, meta.pk_entity = pkey, ent
                    break
        if meta.pk is None and len(id_keys) == 1 and (in_array or depth == 0):
            meta.pk, meta.pk_entity = id_keys[0][0], id_keys[0][1]
        meta.foreign = [(k, e) for k, e in id_keys if k != meta.pk and e]
        if meta.pk is not None:
            meta.subject = subject(canon(meta.pk_entity or own_entity), meta.foreign)
            if meta.subject is not None:
                meta.subject_fields = subject_fields(meta.scalars, CONTENT_KEYS)
        rec_entity = meta.pk_entity or own_entity
        meta.store_names = [
            (k, field_aliases(nk, rec_entity)) for k, nk, _, _ in meta.scalars if k != meta.pk
        ]
        # Why array items always draw their own place: otherwise a list of locations or
        # hotels without a city key would all share the first item's city.
        owns_place = in_array or (has_place and (meta.pk is not None or depth == 0))
        pk_entity = canon(meta.pk_entity or own_entity)
        # Who the object's person fields are: an array item, a record with its own id, an
        # `author` or a `top_critical_review` draws its own people; a nested `profile`
        # or `stats` shares its parent's (`persons.py`).
        own_people = (in_array or meta.pk is not None or depth == 0
                      or not shares_people(normalize_key(key or "")))
        built = object_gen(fields, meta, pk_entity, in_array, own_people, owns_place,
                           self.rows_for(fields, key),
                           scaler_for([f[0] for f in fields], drawn_money))
        self._last_meta = meta  # read by arr() to learn its items' meta
        return built

    def rows_for(self, fields: list[Field], key: str = "") -> ExampleRows:
        """The free-text fields of an object drawn from the examples, and the example
        objects holding two or more of them (`examples.example_rows`); of an object
        filed under a key naming it ("MXNJPY:cur"), the ones that key names
        (`keyed_rows`)."""
        keys = tuple((k, nk) for k, nk, _, types, allowed in fields
                     if types == TEXT and allowed is None and self.draws_example(k, nk)
                     and id_entity(k) is None)
        if len(keys) < 2:
            return (), ()
        names = [nk for _, nk in keys]
        covered = [(sum(map(r.__contains__, names)), r) for r in example_rows(self.examples)]
        # Only the rows holding most of the fields: a row without the symbol would leave
        # it drawn apart from the ticker it took.
        best = max((n for n, _ in covered), default=0)
        if best < 2:
            return (), ()
        named = named_rows(key, [(n, r) for n, r in covered if n >= 2]) if key else ()
        return keys, named or tuple(r for n, r in covered if n == best)

    def draws_money(self, key: str, nk: str, schema: dict[str, Any]) -> bool:
        """Whether numeric field `key` draws a dollar-sized figure (as `node` decides): not
        a corpus example's (already in its currency) nor one the API's own schema bounds
        (an inferred shape's bounds are dollars)."""
        if "const" in schema or (not self.inferred and ("minimum" in schema
                                                         or "maximum" in schema)):
            return False
        values = self.examples.get(nk) if self.examples else None
        return not values or _too_few_to_name(key, schema, values)

    def draws_example(self, key: str, nk: str) -> bool:
        """Whether field `key` draws from the examples (as `node` decides)."""
        values = self.examples.get(nk) or ()
        return bool(values) and not _too_few_to_name(key, {}, values)

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
        resolved = described_items(resolve_schema(items, self.root_schema), schema)
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
        unknown = item_gen is BLAND_GEN  # members of no kind: see `listed`
        if unknown:
            listed = listed_gen((item_entity, self.vocab.entity), (key, *self.vocab.nouns),
                                lambda noun: string_gen(noun, resolved, noun, self.vocab))
            item_gen = listed if listed is not None else item_gen
        if path is not None:
            self.arrays.append((path, item_gen, item_meta))
        lo = schema.get("minItems")
        hi = schema.get("maxItems")
        lo_n = lo if isinstance(lo, int) and not isinstance(lo, bool) and 0 <= lo <= 8 else 1
        hi_n = hi if isinstance(hi, int) and not isinstance(hi, bool) and hi >= 0 else 4
        lo_n = max(lo_n, 1) if hi_n >= 1 else 0
        hi_n = max(min(hi_n, 4), lo_n)
        span = hi_n - lo_n + 1

        # An untyped item (`"artists": {"items": {}}` read off an empty example list) is
        # drawn as a word or a name too: four times "Kevin Burch" read as generated
        # (ToolBench seed 47 #24).
        scalar_items = schema_type(resolved) in ("string", None) and item_meta is None
        object_items = item_meta is not None

        empty = unknown and item_gen is BLAND_GEN

        whole = summing_to(schema)

        def gen(ctx: Ctx) -> list[Any]:
            if ctx.empty or empty:
                return []
            n = lo_n + int(ctx.rand() * span)
            if whole is not None:
                return shares(ctx, max(n, 2), whole)
            if scalar_items:
                out = _each_person(ctx, item_gen, n)
            else:
                out = [item_gen(ctx) for _ in range(n)]
            if scalar_items and all(isinstance(x, str | int | float) for x in out):
                # Why: tags or amenities listed twice (`["eden", "magic", "eden"]`) read
                # as generated.
                unique = list(dict.fromkeys(out))
                if len(unique) >= lo_n:
                    return unique
            if object_items and n > 1:
                return distinct_by_name(out, lambda: item_gen(ctx))
            return out

        return gen

    _last_meta: ObjMeta | None = None


def _each_person(ctx: Ctx, item_gen: Gen, n: int) -> list[Any]:
    """`n` scalar items, each its own person (a list of usernames is of n people)."""
    saved = ctx.people
    out = []
    for _ in range(n):
        ctx.people = None
        out.append(item_gen(ctx))
    ctx.people = saved
    return out


def compile_plan(
    schema: Any, entity: str, vocab: Vocab | None = None, examples: Pool | None = None,
    inferred: bool = False, request: bool = False,
) -> Plan:
    """Compile a response schema for an endpoint about `entity`; never raises.

    `vocab` words its free text; `examples` (normalised key -> corpus values) feed the
    leaves whose key the tool's example responses carry; `inferred` says the schema is
    ToolGen's own shape, not the API's; `request` that it is a call's arguments."""
    try:
        compiler = Compiler(schema, entity, vocab, examples, inferred, request)
        plan = compiler.plan()
        plan.example_leaves = compiler.example_leaves
        return plan
    except Exception:  # a schema shape nobody foresaw: answer with a minimal object
        return Compiler(
            {"type": "object", "properties": {"status": {"type": "string"}}}, entity
        ).plan()
