"""What a read's record holds besides who it is: the content its endpoint names.

An inferred record can end up with nothing but bookkeeping: `ships_valuation` answered
`{ship_id, ship_code: "OG4769", updated_at, is_active}`, a wave velocity its own
arguments echoed under an id, a periodic table `{element_id, element_code, url}`. A
reviewer sees no valuation, no velocity, no element. `with_content(shape, endpoint,
info)` finds such records (every field an id, a tag code, a url, a version, a `*_at`
stamp, a flag, paging or one of the endpoint's parameters) in an inferred shape of a
read and adds the fields the endpoint's own words name, chosen once per endpoint:

- a quantity the name asks for (`wave_velocity`, `net_worth`, `carbon_intensity`, a
  ship's `valuation`) as a figure on that quantity's scale, or else the one its
  description's opening "Compute the derivative of..." names (`described_calc`), as
  one figure;
- what a record of its noun holds (a ship: name, type, flag, length; a book: title,
  author, year; an element: name, symbol, atomic number; a medicine: name, form,
  strength), from one table of nouns -> fields whose values are drawn from lists or
  ranges, never from the tool's own words; fields that belong together (a medical
  panel's name and its tests, a symptom and its body system) as one row (`noun_rows`);
- a noun whose sense depends on its API (`content_nouns`: a forum's categories are
  forum sections, an NFT market's tokens NFTs), found in the name, then in the first
  sentence of the description and the tool's name (`porn_gifs.oral` lists gifs,
  "Returns all aircraft within 25nm" aircraft); a name asking for one such thing
  (`Issuer`, `chart_by_id`, `chess_rating`) answers one record, a count of likes one
  figure;
- for an endpoint whose parameter chooses what to do (`todo(type="add" | "delete" |
  "complete")`), one record whose status says it was done (`completed`), never a list
  of records echoing the call;
- for a noun no table knows, a one-line description of the record by what it holds
  (`free_text`), or none when nothing is known: a made-up name would be read as a fact,
  and a record-keeping line ("For internal use only.") is no content (`notes`).

Pure; deterministic; never touches the network.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from toolgen.executor.actions import EndpointInfo
from toolgen.executor.content_nouns import context_fields
from toolgen.executor.content_table import NOUN_FIELDS, QUANTITIES
from toolgen.executor.described_calc import quantity_field
from toolgen.executor.glued import ninja_split
from toolgen.executor.noun_rows import row_fields
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import id_entity, normalize_key, plural, singular
from toolgen.records import Endpoint

# Keys that page, flag or stamp a record rather than describe it (the judge's reading).
_WORD = re.compile(r"[a-z]+")
_PAGING = frozenset({"total", "total_count", "total_results", "count", "page", "pages",
                     "per_page", "page_size", "limit", "offset", "next_page", "next_cursor",
                     "cursor", "has_more", "is_active", "active", "current_page",
                     "total_pages"})
_NAMING_TAILS = frozenset({"id", "ids", "uuid", "guid", "url", "uri", "href", "link",
                           "version", "at", "code"})
# Endpoints that change data answer with the record they made: left alone.
_READS = frozenset({"get", "list"})
# Name words that ask for exactly an id, a code, a link or a key: such an answer may be
# just that (`get_venue_links` lists links, not venues).
_ASKS_NAMING = frozenset({"id", "ids", "uuid", "code", "codes", "url", "urls", "link",
                          "links", "key", "keys", "token", "tokens", "version", "versions",
                          "hash", "ping", "exists"})


def with_content(shape: dict[str, Any], endpoint: Endpoint, info: EndpointInfo,
                 noun: str = "") -> dict[str, Any]:
    """`shape` with content fields added to its hollow record (a read's only); `noun` is
    what the shape calls its records (`record_nouns.record_noun`: `fetchanote` -> note)."""
    if info.action not in _READS:
        return shape
    if _ASKS_NAMING & _asking(own_words(endpoint)) and _context_fields(
            endpoint, [w for w in own_words(endpoint) if w.isalpha()], noun) is None:
        return shape  # the ids or keys asked for, unless the API says the word is a thing
        # (an NFT market's tokens)
    record = _record(shape)
    if record is None or not _hollow(record, endpoint):
        return shape
    if chosen_action(endpoint) is not None:
        # `todo(type="complete", content=...)` did what it was told: one record, its
        # status the chosen action done (`action_status`)
        return {"type": "object", "properties": {**record, "status": {"type": "string"}}}
    words = [w for w in own_words(endpoint) if w.isalpha()]
    fields = content_fields(endpoint, info, noun)
    for key, sub in fields.items():
        record.setdefault(key, sub)
    context = _context_noun(endpoint, words, noun)
    # "Issuer", "Perk" (by name), `chart_by_id`: one; "Get All Forum Category": many
    glued = {p for w in words for p in ninja_split(w)} if context is not None else set()
    one = _counted(endpoint, words) is not None or (
        _quantity(words) is None and quantity_field(endpoint.description) is not None
    ) or (
        context is not None and not _MANY & set(words) and (
            (context[0] in words and plural(context[0]) not in words)
            or bool(_TODAY & glued)))  # the wisdom of the day is one quote
    return _one_record(shape, record, words, one)


# The values of a parameter that says what to do to a record (BFCL's `todo(type=...)`),
# each with the status of the record once done.
_ACTS = {"add": "added", "delete": "deleted", "remove": "removed", "update": "updated",
         "complete": "completed", "create": "created", "insert": "inserted",
         "edit": "edited", "mark": "marked", "done": "done", "clear": "cleared",
         "archive": "archived", "rename": "renamed"}


def chosen_action(endpoint: Endpoint) -> str | None:
    """The parameter of the endpoint that chooses among actions on a record (`type: add |
    delete | complete`): a call of it does that and reads nothing. None when none does."""
    for p in endpoint.parameters:
        enum = p.json_schema.get("enum") if isinstance(p.json_schema, dict) else None
        if (isinstance(enum, list) and len(enum) >= 2
                and all(isinstance(v, str) and v.lower() in _ACTS for v in enum)):
            return p.name
    return None


def action_status(endpoint: Endpoint, args: dict[str, Any]) -> str | None:
    """The status a call of a `chosen_action` endpoint leaves its record in: `completed`
    for `type="complete"`."""
    name = chosen_action(endpoint)
    value = args.get(name) if name is not None else None
    return _ACTS.get(value.lower()) if isinstance(value, str) else None


# Name words that ask for many (a property search lists properties).
_MANY = frozenset({"all", "search", "list", "find", "browse", "query", "filter", "explore",
                   "recommend", "similar", "related"})


# Name words that ask for the one thing of a day.
_TODAY = frozenset({"today", "daily", "day"})


def _asking(words: list[str]) -> set[str]:
    """The words of a name that say what it asks for: not the id it reads by
    (`get_a_maison_by_id` asks for a maison, not an id)."""
    return set(words[:words.index("by")]) if "by" in words else set(words)


def _one_record(shape: dict[str, Any], record: dict[str, Any], words: list[str],
                counted: bool = False) -> dict[str, Any]:
    """The record alone when the endpoint's name asks for one figure (a valuation, an
    effective population) or one thing of a noun the table knows while the shape lists
    something else (`us_president_in_year` listed `years`): two presidents for 2007, or
    three velocities of one wave, would contradict each other."""
    props = shape.get("properties", {})
    if record is props:
        return shape
    noun = _table_noun(words, None)
    one_thing = noun is not None and noun in words and plural(noun) not in props
    if not one_thing and not counted and _quantity(words) is None:
        return shape
    return {"type": "object", "properties": record}


def _record(shape: dict[str, Any]) -> dict[str, Any] | None:
    """The properties of the shape's record: its own, or those of its one list's items."""
    props = shape.get("properties")
    if not isinstance(props, dict):
        return None
    lists = [v for v in props.values()
             if isinstance(v, dict) and v.get("type") == "array"
             and isinstance(v.get("items"), dict)
             and isinstance(v["items"].get("properties"), dict)]
    if len(lists) == 1:
        items: dict[str, Any] = lists[0]["items"]["properties"]
        return items
    return props if not lists else None


def hollow_shape(shape: dict[str, Any], endpoint: Endpoint) -> bool:
    """Whether the record of an inferred shape holds nothing but bookkeeping and the
    endpoint's own parameters."""
    record = _record(shape)
    return record is not None and _hollow(record, endpoint)


def _hollow(record: dict[str, Any], endpoint: Endpoint) -> bool:
    params = {normalize_key(p.name) for p in endpoint.parameters}
    return all(_bookkeeping(k) or normalize_key(k) in params for k in record)


def _bookkeeping(key: str) -> bool:
    nk = normalize_key(key)
    if nk in _PAGING or id_entity(key) is not None:
        return True
    return nk.rsplit("_", 1)[-1] in _NAMING_TAILS


def content_fields(endpoint: Endpoint, info: EndpointInfo, record: str = "") -> dict[str, Any]:
    """The fields the endpoint's words name: the quantity it asks for and what a record
    of its noun holds (see the module docstring)."""
    words = [w for w in own_words(endpoint) if w.isalpha()]
    out: dict[str, Any] = {}
    quantity = _quantity(words) or quantity_field(endpoint.description)
    if quantity is not None:
        out[quantity[0]] = quantity[1]
    rows = _row_fields(words, info.entity)
    noun = _table_noun(words, info.entity) or (record if record in NOUN_FIELDS else None)
    counted = _counted(endpoint, words) if quantity is None else None
    if counted is not None:
        out[counted] = {"type": "integer", "minimum": 0, "maximum": 250_000}
    if rows is not None:
        out.update(rows)
    elif noun is not None:
        out.update(NOUN_FIELDS[noun])
    elif (found := _context_fields(endpoint, words, record)) is not None:
        out.update(found)
    elif not out:
        # A made-up name ("Copper Garden") on a tax or a url reads as a fact; a line
        # describing the record by what it holds does not claim one (`free_text` writes
        # it, or drops the field when nothing is known: a remark such as "For internal
        # use only." is no content).
        out = {"description": {"type": "string"}}
    return out


# What people count on a post, an episode or a profile.
_COUNTABLE = frozenset({"likes", "views", "followers", "subscribers", "downloads", "plays",
                        "shares", "favorites", "favourites", "reactions"})


def _counted(endpoint: Endpoint, words: list[str]) -> str | None:
    """`likes_count` for an endpoint that asks for the count of a post's likes
    (`get_likes`, "Get likes count of a episode"), not for the likes themselves."""
    told = _described(endpoint.description)
    asks_count = bool({"count", "counts", "number"} & {*words, *told})
    counted = next((w for w in reversed(words) if w in _COUNTABLE), None)
    return f"{counted}_count" if counted is not None and asks_count else None


def _context_fields(endpoint: Endpoint, words: list[str], record: str
                    ) -> dict[str, Any] | None:
    found = _context_noun(endpoint, words, record)
    return found[1] if found is not None else None


def _context_noun(endpoint: Endpoint, words: list[str], record: str
                  ) -> tuple[str, dict[str, Any]] | None:
    """The first noun `content_nouns` knows among the record's noun, the name's words
    (last first), the first sentence of the description and the tool's name (module doc),
    read in the API's words, with its fields."""
    told = _described(endpoint.description)
    # a tool's glued name ("AsianDramas", "VkoorSound") split into its words, each word
    # also kept whole ("spotify" splits into "spot if y")
    tool = list(dict.fromkeys(p for w in _WORD.findall(endpoint.tool_name.lower())
                              for p in (w, *ninja_split(w))))
    params = [w for p in endpoint.parameters for w in _WORD.findall(normalize_key(p.name))]
    context = frozenset((*words, *told, *tool, *params))
    for w in (*reversed(words), record, *told, *reversed(tool)):
        # `singular` keeps "heroes" a "heroe"
        for form in dict.fromkeys((w, singular(w), w[:-2] if w.endswith("oes") else "")):
            if form and (fields := context_fields(form, context)) is not None:
                return form, fields
    return None


def _described(description: str) -> list[str]:
    """The words of a description's first sentence (after a "Tool: " prefix)."""
    text = description.split("\n", 1)[0]
    text = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return [w for w in _WORD.findall(text.lower().replace("_", " ")) if w.isalpha()]


def _row_fields(words: list[str], entity: str | None) -> dict[str, Any] | None:
    """The row fields (`noun_rows`) of the last word of the name (or the entity) with a
    table of rows."""
    for w in [*reversed(words), entity or ""]:
        for form in (w, singular(w)):
            fields = row_fields(form)
            if fields is not None:
                return fields
    return None


def _quantity(words: list[str]) -> tuple[str, dict[str, Any]] | None:
    """(`wave_velocity`, its scale) when the name's last quantity word asks for a figure;
    the word before it qualifies it (`net_worth`, `carbon_intensity`)."""
    for i in range(len(words) - 1, -1, -1):
        sub = QUANTITIES.get(words[i])
        if sub is None:
            continue
        before = words[i - 1] if i > 0 else ""
        key = f"{before}_{words[i]}" if before in _QUALIFIERS.get(words[i], ()) else words[i]
        # The unit says it is a figure, not the endpoint's own name said back.
        unit = _UNITS.get(words[i])
        return (f"{key}_{unit}" if unit else key), dict(sub)
    return None


_UNITS = {"valuation": "usd", "worth": "usd", "velocity": "m_per_s", "speed": "km_per_h",
          "force": "newtons", "intensity": "g_per_kwh", "income": "usd", "gdp": "usd",
          "depreciation": "usd", "tax": "usd", "elevation": "m", "altitude": "m",
          "experience": "years"}
# Words that make a quantity a named one (`net_worth`, not `worth`).
_QUALIFIERS: dict[str, frozenset[str]] = {
    "worth": frozenset({"net"}), "velocity": frozenset({"wave", "escape", "orbital"}),
    "intensity": frozenset({"carbon"}), "income": frozenset({"household"}),
    "force": frozenset({"electromagnetic", "gravitational", "magnetic", "electric"}),
}


def _table_noun(words: list[str], entity: str | None) -> str | None:
    """The last word of the endpoint's name (or its entity) the noun table knows, a pair
    of words first (`protein_sequence` is no DNA `sequence`)."""
    for a, b in reversed(list(pairwise(words))):
        if f"{a}_{b}" in NOUN_FIELDS:
            return f"{a}_{b}"
    for w in [*reversed(words), entity or ""]:
        for form in (w, singular(w)):
            if form in NOUN_FIELDS:
                return form
    return None
