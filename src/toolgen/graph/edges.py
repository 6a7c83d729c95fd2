"""Edge rules of the endpoint graph: data flow through indexes, bounded tool/category links.

This module owns which edges exist and their weights. Every rule is indexed or bounded so
that a build over ~47,000 endpoints never compares all pairs:

* `data_flow` (A -> B): an output field of A shares a match key (`fields.py`) with an
  argument of B and the types are compatible. Arguments are put in an inverted index
  keyed by match key; each output key looks up its postings. A posting list can be huge
  (`user_id` on thousands of endpoints), so one output key reaches at most
  `DATA_FLOW_FANOUT` targets, chosen deterministically: same tool first, then same
  category, then a window of the rest at a position derived from the source id. A source
  keeps at most `DATA_FLOW_PER_SOURCE` data-flow edges, best first.
* `same_tool`: each endpoint links to the next `SAME_TOOL_K` endpoints of its tool in id
  order (a ring), so small tools are complete graphs and big tools have bounded degree.
* `same_category`: each endpoint links to one endpoint in each of the next
  `SAME_CATEGORY_K` tools of its category (ring over the category's tools in id order,
  endpoint picked by position), so a category of thousands of endpoints costs O(n * k).

A data-flow edge between two different tools must also make sense (`same_kind`): an
attribute anyone can pass on (a city, a currency, an email) always may; a reference (an
id, a code) only when both tools deal in the entity it names and their domains agree:
the same corpus category and the entity named in both tools' vocabularies where
categories are real, else a shared domain word in the two endpoints' names and
descriptions (the entity's own verb, `book` beside `booking`, is none). A bare `id`
argument never takes another API's id. So a postal tracking id never feeds a Spotify
track lookup, nor an EV charging station id a tide station. Nor does a reference cross
from one service to another (`families.py`: no Twitch video id in Vimeo, no Open Library
book in a library's reservation), unless it is a public standard (an ISBN, a language
code) or the argument names the source's service ("the YouTube video id"). Nor does an
id argument whose example shows ids of its API's own format (`id_formats.py`: an Amazon
ASIN, a UUID, a digit string) take another API's id: such a link is kept but not fit
for data flow, as a type mismatch is (`prd_c4d030` is no Amazon `productId`).

No rule makes an edge from an endpoint to itself. Weights: data flow (0.6-1.0) is always
stronger than same tool (0.3), which is stronger than same category (0.1).
It must not call an LLM or look at dialogues.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import orjson

from toolgen.graph.families import names_service, service_of, standard_key
from toolgen.graph.fields import (
    Q_ATTRIBUTE,
    REF_TOKENS,
    OutputField,
    endpoint_entity,
    flatten_schema,
    output_keys,
    param_keys,
    param_type,
    tokens,
    types_compatible,
)
from toolgen.graph.id_formats import own_format_ids
from toolgen.records import EdgeKind, Endpoint

_NUMERIC = frozenset({"integer", "number"})

SAME_TOOL_K = 8
SAME_CATEGORY_K = 4
DATA_FLOW_FANOUT = 24
DATA_FLOW_PER_SOURCE = 64
SAME_TOOL_WEIGHT = 0.3
SAME_CATEGORY_WEIGHT = 0.1

RawEdge = tuple[str, str, EdgeKind, float, str | None, str | None]
"""(source, target, kind, weight, source_field, target_param): one edge as a plain tuple."""
FlowLink = tuple[int, float, str, str, bool]
"""A data-flow edge from the source at hand: (target endpoint number, weight, source
field, target parameter, whether the field's values fit the parameter as generated)."""


class Posting(NamedTuple):
    """One argument that accepts a match key (a named tuple: a big corpus indexes over
    100,000, and a frozen dataclass is slow to make)."""

    endpoint: int
    param: str
    quality: float
    json_type: str


@dataclass(slots=True)
class PostingList:
    """Every argument accepting one key, plus per-tool and per-category views for capping."""

    items: list[Posting] = field(default_factory=list)
    by_tool: dict[str, list[Posting]] = field(default_factory=dict)
    by_category: dict[str, list[Posting]] = field(default_factory=dict)


def endpoint_entities(endpoints: Sequence[Endpoint]) -> list[str]:
    """The entity of every endpoint, computed once for both sides of the data-flow rule."""
    return [endpoint_entity(ep) for ep in endpoints]


def build_input_index(endpoints: Sequence[Endpoint],
                      entities: Sequence[str]) -> dict[str, PostingList]:
    """Inverted index: match key -> arguments (of any endpoint) that accept it."""
    index: dict[str, PostingList] = defaultdict(PostingList)
    for i, ep in enumerate(endpoints):
        entity = entities[i]
        for param in ep.parameters:
            ptype = param_type(param)
            for mk in param_keys(param, entity):
                plist = index[mk.key]
                posting = Posting(i, param.name, mk.quality, ptype)
                plist.items.append(posting)
                plist.by_tool.setdefault(ep.tool_id, []).append(posting)
                plist.by_category.setdefault(ep.category, []).append(posting)
    return dict(index)


# Words that name no domain: plumbing and filler of tool names and descriptions.
_VOCAB_STOP = frozenset(
    [
        "api", "apis", "the", "and", "for", "with", "from", "get", "data", "info", "information",
        "service", "services", "free", "simple", "easy", "fast", "best", "all", "your", "you",
        "this", "that", "are", "its", "provides", "provide", "using", "use", "used", "real", "time",
        "realtime", "search", "find", "list", "json", "rest", "more", "any", "about", "over",
        "than", "via", "into", "can", "will", "our", "app", "tool", "tools", "access", "query",
        "lookup", "details", "detail", "endpoint", "endpoints", "new", "v1", "v2", "v3", "get",
        "set", "create", "update", "delete", "add", "remove", "post", "put", "patch", "fetch",
        "retrieve", "returns", "return", "given", "specific", "based", "which", "each", "other",
        "also", "has", "have", "not", "one", "two", "all", "name", "names", "type", "types",
        "value", "values", "number", "numbers", "code", "codes", "page", "result", "results",
        "item", "items", "test", "demo", "example", "sample", "project", "projects", "account",
        "accounts", "id", "ids", "key", "keys"
    ])
_VOCAB_TEXT = 300


def _word(w: str) -> str:
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def tool_vocabularies(endpoints: Sequence[Endpoint]) -> dict[str, frozenset[str]]:
    """Per tool id, the content words of its name and its endpoints' names and descriptions."""
    words: dict[str, set[str]] = defaultdict(set)
    named: set[tuple[str, str]] = set()  # a tool's name is the same on all its endpoints
    for ep in endpoints:
        bag = words[ep.tool_id]
        if (ep.tool_id, ep.tool_name) not in named:
            named.add((ep.tool_id, ep.tool_name))
            bag |= _content_words(ep.tool_name)
        bag |= _content_words(ep.name)
        bag |= _content_words(ep.description[:_VOCAB_TEXT])
    return {k: frozenset(v) for k, v in words.items()}


# Names and descriptions recur across a corpus's tools: each text is read once.
@lru_cache(maxsize=1 << 15)
def _content_words(text: str) -> frozenset[str]:
    """The domain words of a text (`tool_vocabularies`, `endpoint_words`)."""
    # `_word` inlined: this runs over every token of 300 characters of every description.
    return frozenset([t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t
                      for t in tokens(text)
                      if len(t) > 2 and t not in _VOCAB_STOP and not t.isdigit()])


_TARGET_ROLES = frozenset({"to", "target", "dest", "destination", "quote", "want"})


def _target_role(param: str) -> bool:
    words = tokens(param)
    return bool(words) and words[0] in _TARGET_ROLES


@lru_cache(maxsize=4096)
def real_category(category: str) -> bool:
    # BFCL categories are question-file names (`BFCL_v4_multiple`), not domains.
    return not category.upper().startswith("BFCL")


def same_kind(source: Endpoint, target: Endpoint, key: str, is_ref: bool,
              vocab: dict[str, frozenset[str]], param: str = "") -> bool:
    """Can an output of `source` keyed `key` fill argument `param` of `target`?"""
    if source.tool_id == target.tool_id or not is_ref:
        return True
    if _bare_ref(param):
        # A bare `id` is the target API's own id; another API's id means nothing to it.
        return False
    kind = _key_kind(key)
    if real_category(source.category) and real_category(target.category):
        va, vb = vocab.get(source.tool_id, frozenset()), vocab.get(target.tool_id, frozenset())
        # Same corpus category (the domain) and both tools speak of the entity.
        return source.category == target.category and bool(kind & va and kind & vb)
    # Without real categories a "tool" can be a whole file of unrelated functions: judge
    # the two endpoints themselves.
    va, vb = endpoint_words(source), endpoint_words(target)
    if kind and not (kind & va and kind & vb):
        return False
    named = kind and kind & set(map(_word, tokens(source.name))) and kind & set(
        map(_word, tokens(target.name)))
    # The verb of the entity is no shared domain (`book` beside `booking`: a hotel
    # booking's id is no flight booking's).
    stems = {_stem(k) for k in kind}
    return bool(named) or any(_stem(w) not in stems for w in (va & vb) - kind)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return re.sub(r"(?:ings?|ed|er|s)$", "", word) if len(word) > 4 else word


# same_kind runs for every candidate cross-tool reference of a big corpus (hundreds of
# thousands): what depends on a key or a parameter name alone is worked out once.
@lru_cache(maxsize=1 << 16)
def _bare_ref(param: str) -> bool:
    return "_".join(tokens(param)) in REF_TOKENS


@lru_cache(maxsize=1 << 16)
def _key_kind(key: str) -> frozenset[str]:
    return frozenset(_word(w) for w in key.split("_") if w not in REF_TOKENS)


def endpoint_words(ep: Endpoint) -> frozenset[str]:
    return frozenset(_content_words(ep.name) | _content_words(ep.description[:_VOCAB_TEXT]))


def data_flow_edges(endpoints: Sequence[Endpoint], entities: Sequence[str],
                    index: dict[str, PostingList],
                    output_types: dict[str, dict[str, str]] | None = None,
                    ) -> Iterator[list[FlowLink]]:
    """Per source endpoint (in order), its data-flow links, best first.

    `output_types`, when given, receives `{path: json type}` of every endpoint (the
    flattening is done here anyway, and `nodes.jsonl` lists the paths; endpoints with
    equal response schemas share one read-only dict).
    """
    vocab = tool_vocabularies(endpoints)
    wanted: dict[int, dict[str, str]] = {}
    formatted: dict[int, frozenset[str]] = {}
    outputs = OutputsMemo()
    targets = Targets.of(endpoints, vocab)
    for i, ep in enumerate(endpoints):
        yield _source_data_flow(i, ep, entities[i], endpoints, index, vocab, wanted,
                                output_types, outputs, targets, formatted)


@dataclass(frozen=True, slots=True)
class Targets:
    """What the data-flow rule reads of a target, per endpoint number: plain lists, since
    the rule looks at hundreds of thousands of postings on a big corpus and reading
    attributes of pydantic models there was a share of the build."""

    ids: list[str]
    tool_ids: list[str]
    categories: list[str]
    real: list[bool]
    """Whether the endpoint's category is a real domain (`real_category`)."""
    vocab: list[frozenset[str]]
    """The vocabulary of the endpoint's tool (`tool_vocabularies`)."""
    families: list[str]
    """The service the endpoint's tool belongs to, "" when it names none
    (`families.service_of`)."""

    @staticmethod
    def of(endpoints: Sequence[Endpoint], vocab: dict[str, frozenset[str]]) -> Targets:
        tool_ids = [ep.tool_id for ep in endpoints]
        categories = [ep.category for ep in endpoints]
        family = {ep.tool_id: service_of(ep) for ep in endpoints}
        return Targets([ep.id for ep in endpoints], tool_ids, categories,
                       [real_category(c) for c in categories],
                       [vocab.get(t, frozenset()) for t in tool_ids],
                       [family[t] for t in tool_ids])


class SourceOutputs(NamedTuple):
    """What a response schema offers the data-flow rule, for one endpoint entity."""

    types: dict[str, str]
    """`{path: JSON type}` of every leaf, in flattening order (shared: read only)."""
    keyed: tuple[tuple[str, str, str, float], ...]
    """(path, JSON type, match key, quality) of every leaf that has match keys, in order."""


@dataclass(slots=True)
class OutputsMemo:
    """Flattened schemas by their JSON, and their match keys by JSON and entity (a corpus
    repeats response shapes: inferred ones, tools copied under other names; half the
    schemas of the ToolBench slice recur)."""

    leaves: dict[bytes, tuple[list[OutputField], dict[str, str]]] = field(default_factory=dict)
    keyed: dict[tuple[bytes, str], SourceOutputs] = field(default_factory=dict)


def source_outputs(schema: dict[str, Any], entity: str,
                   memo: OutputsMemo | None = None) -> SourceOutputs:
    """The leaves of `schema` and their match keys (worked out once per distinct schema
    and entity when `memo` is given)."""
    try:
        text = orjson.dumps(schema) if memo is not None else None
    except TypeError:  # not plain JSON (a schema built in code): not worth a key
        text = None
    if memo is None or text is None:
        fields = flatten_schema(schema)
        return _keyed(fields, {f.path: f.json_type for f in fields}, entity)
    found = memo.keyed.get((text, entity))
    if found is None:
        leaves = memo.leaves.get(text)
        if leaves is None:
            fields = flatten_schema(schema)
            leaves = memo.leaves[text] = (fields, {f.path: f.json_type for f in fields})
        found = memo.keyed[(text, entity)] = _keyed(*leaves, entity)
    return found


def _keyed(fields: list[OutputField], types: dict[str, str], entity: str) -> SourceOutputs:
    return SourceOutputs(types, tuple((out.path, out.json_type, mk.key, mk.quality)
                                      for out in fields for mk in output_keys(out, entity)))


def _source_data_flow(i: int, ep: Endpoint, entity: str, endpoints: Sequence[Endpoint],
                      index: dict[str, PostingList],
                      vocab: dict[str, frozenset[str]], wanted: dict[int, dict[str, str]],
                      output_types: dict[str, dict[str, str]] | None = None,
                      outputs: OutputsMemo | None = None, targets: Targets | None = None,
                      formatted: dict[int, frozenset[str]] | None = None,
                      ) -> list[FlowLink]:
    best: dict[tuple[int, str], tuple[float, str]] = {}
    types, keyed = source_outputs(ep.response_schema, entity, outputs)
    tool_id, category, find = ep.tool_id, ep.category, index.get
    known = targets or Targets.of(endpoints, vocab)
    tool_of, category_of, real_of, vocab_of = (known.tool_ids, known.categories, known.real,
                                               known.vocab)
    family = service_of(ep)
    # `same_kind` inlined for the common case (a reference between tools of real
    # categories): the source's side of it is worked out once per key, not per target.
    real = real_category(category)
    own_vocab = vocab.get(tool_id, frozenset())
    # Hundreds of thousands of (field, posting) pairs on a big corpus: locals, unpacked
    # postings, and no call for a target of the same tool.
    for path, out_type, key, quality in keyed:
        plist = find(key)
        if plist is None:
            continue
        is_ref = quality > Q_ATTRIBUTE
        kind = _key_kind(key)
        spoken = not kind.isdisjoint(own_vocab)
        standard = standard_key(key)
        currency = key == "currency"
        for t, param, param_quality, wanted_type in _capped(plist, ep, i):
            if t == i:
                continue
            if out_type != wanted_type and not types_compatible(out_type, wanted_type, is_ref):
                continue
            if currency and _target_role(param):
                # The currency to convert *to* is the user's choice, never the one the
                # earlier answer was priced in (that gives EUR -> EUR conversions).
                continue
            if is_ref and tool_of[t] != tool_id:
                if _bare_ref(param):
                    continue
                if real and real_of[t]:
                    if category_of[t] != category or not (
                            spoken and not kind.isdisjoint(vocab_of[t])):
                        continue
                elif not same_kind(ep, endpoints[t], key, is_ref, vocab, param):
                    continue
                other = known.families[t]
                if (family and other and other != family and not standard
                        and not _names(endpoints[t], param, family)):
                    continue  # one service's id means nothing to another
            weight = _weight(quality, param_quality)
            slot = (t, param)
            held = best.get(slot)
            # Keep the strongest field per (target, argument); ties go to the shorter path.
            if held is None or (-weight, len(path), path) < (
                    -held[0], len(held[1]), held[1]):
                best[slot] = (weight, path)
    if output_types is not None:
        output_types[ep.id] = types
    if not best:
        return []
    ids = known.ids
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], ids[kv[0][0]], kv[0][1]))
    own = {} if formatted is None else formatted
    # Another API's id never fills an argument taking ids of the API's own format
    # (`prd_c4d030` is no Amazon `productId` like `B094G2J7MV`): the link stays, unfit.
    return [(t, w, path, param, _fits(types.get(path, ""), _wanted(t, endpoints, wanted), param)
             and (tool_of[t] == tool_id or param not in _own_format(t, endpoints, own)))
            for (t, param), (w, path) in ranked[:DATA_FLOW_PER_SOURCE]]


def _names(target: Endpoint, param: str, family: str) -> bool:
    """Whether argument `param` of `target` says it takes ids of `family`'s service."""
    return any(p.name == param and names_service(p, family) for p in target.parameters)


# A few qualities meet in hundreds of thousands of (field, argument) pairs on a big corpus.
@lru_cache(maxsize=1024)
def _weight(quality: float, param_quality: float) -> float:
    return round(quality * param_quality, 4)


def _own_format(t: int, endpoints: Sequence[Endpoint],
                formatted: dict[int, frozenset[str]]) -> frozenset[str]:
    """The arguments of endpoint `t` taking ids of its API's own format (`id_formats`)."""
    found = formatted.get(t)
    if found is None:
        found = formatted[t] = own_format_ids(endpoints[t])
    return found


def _wanted(t: int, endpoints: Sequence[Endpoint],
            wanted: dict[int, dict[str, str]]) -> dict[str, str]:
    """{argument: JSON type of its values} of endpoint `t` (the first of a name wins)."""
    types = wanted.get(t)
    if types is None:
        types = wanted[t] = {}
        for p in endpoints[t].parameters:
            types.setdefault(p.name, param_type(p))
    return types


def _fits(have: str, wanted: dict[str, str], param: str) -> bool:
    """Whether a source field of type `have` can fill `param` with values as generated.

    The graph lets ids cross between strings and numbers (real APIs do), but a minted
    `art_6a78e6` never passes an integer schema, nor 42 a string one: a chain sampled
    over such a link would lose it at execution.
    """
    want = wanted.get(param, "")
    if not want:
        return True
    have = have or "string"
    return have == want or (have in _NUMERIC and want in _NUMERIC)


def _capped(plist: PostingList, ep: Endpoint, i: int) -> list[Posting]:
    """At most DATA_FLOW_FANOUT (+1 for the source itself) postings, deterministically."""
    limit = DATA_FLOW_FANOUT + 1
    if len(plist.items) <= limit:
        return plist.items
    chosen: list[Posting] = list(plist.by_tool.get(ep.tool_id, ())[:limit])
    seen = {(p.endpoint, p.param) for p in chosen}
    for pool in (plist.by_category.get(ep.category, ()), plist.items):
        if len(chosen) >= limit:
            break
        _take_window(pool, _offset(ep.id, len(pool)), limit, chosen, seen)
    return chosen


def _take_window(pool: Sequence[Posting], start: int, limit: int, chosen: list[Posting],
                 seen: set[tuple[int, str]]) -> None:
    """Append postings from `pool` starting at `start` (cyclic) until `limit` are chosen."""
    n = len(pool)
    # Bounded scan: at most `limit` steps past duplicates, so the cost stays O(limit).
    for step in range(min(n, 2 * limit)):
        if len(chosen) >= limit:
            return
        posting = pool[(start + step) % n]
        if (posting.endpoint, posting.param) not in seen:
            seen.add((posting.endpoint, posting.param))
            chosen.append(posting)


def _offset(key: str, size: int) -> int:
    """A stable pseudo-random position (crc32, never `hash()`, which is salted per run)."""
    return zlib.crc32(key.encode("utf-8")) % size if size else 0


def same_tool_targets(group: Sequence[int]) -> list[list[int]]:
    """Ring links inside one tool (endpoint numbers in id order): per member, its next
    SAME_TOOL_K members."""
    n = len(group)
    return [[group[(i + m) % n] for m in range(1, min(SAME_TOOL_K, n - 1) + 1)]
            for i in range(n)]


def same_category_targets(tools: Sequence[Sequence[int]]) -> list[list[list[int]]]:
    """Links across the tools of one category: per tool, per member, one endpoint in each
    of the next SAME_CATEGORY_K tools."""
    nt = len(tools)
    out: list[list[list[int]]] = []
    for t, group in enumerate(tools):
        others = [tools[(t + m) % nt] for m in range(1, min(SAME_CATEGORY_K, nt - 1) + 1)]
        # Position-matched pick spreads links over the other tool's endpoints.
        out.append([[other[i % len(other)] for other in others] for i in range(len(group))])
    return out
