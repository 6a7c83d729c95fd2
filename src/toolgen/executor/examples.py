"""Corpus example pools: the real values a tool's example responses carry, by field name.

ToolBench tool files hold real example responses (`test_endpoint`, `body`), many of them
error bodies. `CorpusExamples` reads a tool's file once, on first use, skips error bodies,
credential-like strings and oversized text, and keeps, per normalised leaf key
(`channel_title`, `price`), up to `PER_KEY` distinct scalar values of the whole tool.
The compiled generators draw from these pools (perturbed: ids keep their shape with new
characters, numbers move by a few percent, dates shift) so an endpoint answers with its
API's own field values, recombined, never the same record twice. The text fields of one
example object are also kept together (`example_rows`): an object drawing two or more of
them takes them from one example object, so a security's symbol, ticker, name and
currency are one security's, not four shuffled ones. `has_own_example` says whether an
endpoint's shape came from its own example. Never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from toolgen.executor.codes import reshape, reshaper
from toolgen.executor.date_text import shifted, written_day
from toolgen.executor.gen_context import Ctx, Gen
from toolgen.executor.placeholders import is_placeholder
from toolgen.executor.values import id_entity, normalize_key
from toolgen.registry.response import decode_if_json, is_error_body
from toolgen.registry.secrets import is_secret_name, looks_like_secret

PER_KEY = 24
MAX_NODES = 4000
MAX_TEXT = 240
EXAMPLE_SOURCES = frozenset({"test_endpoint", "body", "response_examples", "template_response"})

Pool = dict[str, tuple[Any, ...]]
# Where a key's over-long texts keep their lead sentences (`example_leads`): a key
# normalises to no name beginning so.
_LEAD = "\x01"
# The pool's entry holding whole example objects (`example_rows`); no key normalises to it.
ROWS = "\x00rows"
MAX_ROWS = 256


class CorpusExamples:
    """Lazy per-tool example pools; `tool_paths` maps a tool id to its source file."""

    def __init__(self, tool_paths: Mapping[str, str] | None = None) -> None:
        self._paths = dict(tool_paths or {})
        self._pools: dict[str, Pool] = {}

    def pool(self, tool_id: str) -> Pool:
        """The tool's leaf pools ({} when it has no usable example or no file)."""
        hit = self._pools.get(tool_id)
        if hit is None:
            hit = self._pools[tool_id] = _read_pool(self._paths.get(tool_id, ""))
        return hit


def tool_paths(registry: Any) -> dict[str, str]:
    """Tool id -> source file, for the tools loaded from ToolBench-style JSON files."""
    return {t.id: t.source_path for t in registry.tools if t.source_path.endswith(".json")}


def has_own_example(response_source: str) -> bool:
    return response_source in EXAMPLE_SOURCES


def _read_pool(path: str) -> Pool:
    if not path.endswith(".json"):
        return {}
    try:
        data = orjson.loads(Path(path).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    api_list = data.get("api_list") if isinstance(data, dict) else None
    if not isinstance(api_list, list):
        return {}
    found: dict[str, dict[Any, None]] = {}
    rows: list[dict[str, str]] = []
    for raw in api_list:
        if not isinstance(raw, dict):
            continue
        status = raw.get("statuscode")
        failed = isinstance(status, int) and (status == 111 or status >= 300)
        for field in ("test_endpoint",) if failed else ("body", "test_endpoint"):
            value = decode_if_json(raw.get(field))
            if isinstance(value, (dict, list)) and value and not is_error_body(value):
                _harvest(value, found, rows)
    pool: dict[str, tuple[Any, ...]] = {k: tuple(v) for k, v in found.items() if v}
    if rows:
        pool[ROWS] = tuple(rows)
    return pool


def example_rows(pool: Pool) -> tuple[dict[str, str], ...]:
    """The example objects' own text fields, one dict per object (normalised key ->
    value): the values that belong together (`CNYKRW` with `cnykrw:cur` and "CHINA
    RENMINBI"), which drawing each field from its own pool would shuffle."""
    return pool.get(ROWS, ())


def example_leads(pool: Pool, nk: str) -> tuple[str, ...]:
    """The opening sentences of the example texts of key `nk` too long to pool whole. A
    field whose key names no kind draws them rather than a setting word: an art opening's
    `press` held the organiser's note in Italian and was answered "standard"."""
    return pool.get(_LEAD + nk, ())


def _lead(text: str) -> str:
    """The whole sentences opening `text` within `MAX_TEXT` ('' when the first is longer
    or too short to be prose)."""
    head = text[:MAX_TEXT + 1].split("\n", 1)[0]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    return head[:ends[-1]] if ends and ends[-1] >= _MIN_LEAD else ""


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_MIN_LEAD = 40


def _harvest(value: Any, found: dict[str, dict[Any, None]],
             rows: list[dict[str, str]]) -> None:
    # A top-level list is the loader's `data` (registry.response wraps it so): its
    # scalars pool under that key (`listquotes` answers currency codes, not "general").
    stack: list[tuple[str, Any, int]] = [("data" if isinstance(value, list) else "", value, 0)]
    nodes = 0
    while stack and nodes < MAX_NODES:
        key, node, depth = stack.pop()
        nodes += 1
        if isinstance(node, dict):
            if len(rows) < MAX_ROWS:
                _keep_row(node, rows)
            if depth < 8:
                stack.extend((str(k), v, depth + 1) for k, v in islice(node.items(), 40))
        elif isinstance(node, list):
            if depth < 8:
                stack.extend((key, v, depth + 1) for v in node[:5])
        elif key and not _secret_key(key):
            _keep(normalize_key(key), node, found)


def _keep_row(node: dict[Any, Any], rows: list[dict[str, str]]) -> None:
    """Keep an example object's text fields together when it has two or more."""
    row: dict[str, str] = {}
    for k, v in islice(node.items(), 40):
        if isinstance(v, str) and not _secret_key(str(k)):
            text = v.strip()
            # Codes and dates are drawn anew (`perturber`): a row keeps words, and the
            # figures written as text ("9135.18", "-0.53"), which are its object's own (an
            # index's last price beside its day high, not another index's).
            if (text and len(text) <= MAX_TEXT and "\n" not in text
                    and _real_text(text)
                    and (_DECIMAL.match(text) or (not _coded(text)
                                                  and not text[:4].isdigit()))):
                row[normalize_key(str(k))] = text
    if len(row) >= 2:
        rows.append(row)


_DECIMAL = re.compile(r"^[-+]?\d+\.\d+$")


# A key's verdict once per run: lists of example objects repeat their keys.
_secret_key = lru_cache(maxsize=65536)(is_secret_name)


@lru_cache(maxsize=4096)
def _real_text(text: str) -> bool:
    """Neither a placeholder nor a secret. Asked twice of each example text (as a field
    of its object's row, then as a leaf), so answered once."""
    return not is_placeholder(text) and not looks_like_secret(text)


def _keep(nk: str, value: Any, found: dict[str, dict[Any, None]]) -> None:
    if not nk or isinstance(value, bool) or value is None:
        return
    full = found.get(nk)
    if full is not None and len(full) >= PER_KEY:
        return  # a full pool takes nothing more, so the value's checks can be skipped
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_TEXT:
            _keep_lead(nk, text, found)
            return
        if not text or "\n" in text or not _real_text(text):
            return
        value = text
    elif not isinstance(value, (int, float)):
        return
    elif value == 0 and _priced(nk):
        # A pool is per key across the tool: a cancelled booking's 0.0 refund `amount`
        # priced SkyWay's flights at 0.0 EUR.
        return
    bucket = found.setdefault(nk, {})
    if len(bucket) < PER_KEY:
        bucket[value] = None


def _keep_lead(nk: str, text: str, found: dict[str, dict[Any, None]]) -> None:
    lead = _lead(text)
    if lead and _real_text(lead):
        bucket = found.setdefault(_LEAD + nk, {})
        if len(bucket) < PER_KEY:
            bucket[lead] = None


_MONEY_KEYS = frozenset({"amount", "price", "total", "cost", "fare", "fee", "subtotal",
                         "total_price", "price_per_night", "min_price", "unit_price"})


def _priced(nk: str) -> bool:
    """A key naming a price or an amount of money."""
    return nk in _MONEY_KEYS or nk.endswith(("_price", "_amount", "_fare"))


# -- generators ------------------------------------------------------------------------


# (id of a pool's values, is an id, JSON type) -> (those values, their generator): the
# endpoints of one tool share its pools, so a field they share is compiled once. Keyed by
# identity, the values kept alive beside it, as equal tuples may differ in type (1, 1.0).
_GENS: dict[tuple[int, bool, str], tuple[tuple[Any, ...], Gen | None]] = {}
_MAX_GENS = 65536


def example_gen(key: str, values: tuple[Any, ...], json_type: str) -> Gen | None:
    """A generator drawing perturbed values of `values` fitting `json_type`, or None."""
    is_id = id_entity(key) is not None
    memo = (id(values), is_id, json_type)
    hit = _GENS.get(memo)
    if hit is not None and hit[0] is values:
        return hit[1]
    if len(_GENS) >= _MAX_GENS:
        _GENS.clear()
    gen = _example_gen(values, json_type, is_id)
    _GENS[memo] = (values, gen)
    return gen


def _example_gen(values: tuple[Any, ...], json_type: str, is_id: bool) -> Gen | None:
    pool: tuple[Any, ...]
    if json_type == "string":
        pool = tuple(v for v in values if isinstance(v, str))
    elif json_type == "integer":
        pool = tuple(v for v in values if isinstance(v, int))
    elif json_type == "number":
        pool = tuple(v for v in values if isinstance(v, (int, float)))
    else:
        return None
    if not pool:
        return None
    n = len(pool)
    # Each pool value's perturbation worked out once; a draw picks one and runs it.
    gens = tuple(perturber(v, is_id) for v in pool)

    def gen(ctx: Ctx) -> Any:
        return gens[int(ctx.rand() * n)](ctx)

    return gen


def perturber(value: Any, is_id: bool) -> Gen:
    """`lambda ctx: perturb(value, is_id, ctx)`, with the kind of `value` read once."""
    if isinstance(value, bool):
        return lambda ctx: value
    if isinstance(value, int):
        if is_id:
            digits = len(str(abs(value)))
            if digits <= 1:
                return lambda ctx: 1 + int(ctx.bits(4))
            lo: int = 10 ** (digits - 1)
            span = 9 * lo
            return lambda ctx: lo + int(ctx.rand() * span)
        if 1900 <= value <= 2100:
            return lambda ctx: value - int(ctx.rand() * 3)
        if value > 1_000_000_000 and value < 4_000_000_000:  # an epoch timestamp
            return lambda ctx: value - int(ctx.rand() * 2_592_000)
        if value > 1_000_000_000_000 and value < 4_000_000_000_000:  # one in milliseconds
            return lambda ctx: value - int(ctx.rand() * 2_592_000_000)
        if abs(value) < 10:
            return lambda ctx: value
        return lambda ctx: round(value * (0.85 + 0.3 * ctx.rand()))
    if isinstance(value, float):
        text = repr(value)
        places = len(text.split(".")[1]) if "." in text and "e" not in text else 2
        digits_kept = min(places, 6)
        return lambda ctx: round(value * (0.9 + 0.2 * ctx.rand()), digits_kept)
    if isinstance(value, str):
        if len(value) >= 10 and value[4:5] == "-" and value[:4].isdigit():
            try:
                day = _dt.date.fromisoformat(value[:10])
            except ValueError:
                return lambda ctx: value
            tail = value[10:]
            return lambda ctx: _moved(day, tail, ctx.rand())
        if written_day(value) is not None:  # "07/12/2022" moves as a day, not a code
            return lambda ctx: shifted(value, -int(ctx.rand() * 60)) or value
        if is_id or _coded(value):
            return reshaper(value)
        if _CLOCK_ONLY.match(value) and value[:5] != "00:00":
            return lambda ctx: _clock_moved(value, ctx.rand())
    return lambda ctx: value


def perturb(value: Any, is_id: bool, ctx: Ctx) -> Any:
    """A new value in the same shape: ids get new characters, numbers and dates move."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if is_id:
            return _reshape_int(value, ctx)
        if 1900 <= value <= 2100:
            return value - int(ctx.rand() * 3)
        if value > 1_000_000_000 and value < 4_000_000_000:  # an epoch timestamp
            return value - int(ctx.rand() * 2_592_000)
        if value > 1_000_000_000_000 and value < 4_000_000_000_000:  # one in milliseconds
            return value - int(ctx.rand() * 2_592_000_000)
        if abs(value) < 10:
            return value
        return round(value * (0.85 + 0.3 * ctx.rand()))
    if isinstance(value, float):
        text = repr(value)
        places = len(text.split(".")[1]) if "." in text and "e" not in text else 2
        return round(value * (0.9 + 0.2 * ctx.rand()), min(places, 6))
    if isinstance(value, str):
        if len(value) >= 10 and value[4:5] == "-" and value[:4].isdigit():
            return _shift_date(value, ctx)
        if written_day(value) is not None:
            return shifted(value, -int(ctx.rand() * 60)) or value
        if is_id or _coded(value):
            return reshape(value, ctx)
        if _CLOCK_ONLY.match(value) and value[:5] != "00:00":
            return _clock_moved(value, ctx.rand())
    return value


def _coded(text: str) -> bool:
    """An id-like code (`pm_1234`, `GBUM71029604`), not a date, time, version or URL."""
    return (4 <= len(text) <= 40 and " " not in text and any(map(str.isdigit, text))
            and "://" not in text and "." not in text and ":" not in text
            and not (text[:4].isdigit() and text[4:5] in ("-", "/")))


def _reshape_int(value: int, ctx: Ctx) -> int:
    digits = len(str(abs(value)))
    if digits <= 1:
        return 1 + int(ctx.bits(4))
    lo: int = 10 ** (digits - 1)
    return lo + int(ctx.rand() * (9 * lo))


def _shift_date(text: str, ctx: Ctx) -> str:
    try:
        day = _dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    return _moved(day, text[10:], ctx.rand())


_CLOCK = re.compile(r"^T(\d\d):(\d\d)")
# A bare clock time ("19:30"): every table slot of every restaurant was the example's one.
_CLOCK_ONLY = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$")
_LAST_MINUTE = 23 * 60 + 45


def _moved(day: _dt.date, tail: str, r: float) -> str:
    """An example's date moved up to 60 days back, and its clock time (a `tail` of
    "T21:00:00Z") by whole quarter hours, up to 5 hours earlier or 2 later, within the
    day: one draw `r` moves both (its fraction past the day picks the quarter). Why the
    clock moves: the example's one instant made every showing of every cinema 21:00."""
    days = r * 60
    moved = (day - _dt.timedelta(days=int(days))).isoformat()
    clock = _CLOCK.match(tail)
    if clock is None or tail.startswith("T00:00"):  # a midnight stands for a whole day
        return moved + tail
    quarters = int((days % 1) * 29) - 20
    base = int(clock.group(1)) * 60 + int(clock.group(2))
    at = base + 15 * quarters
    if not 0 <= at <= _LAST_MINUTE:
        at = base - 15 * quarters  # the other way, still within the day
    if not 0 <= at <= _LAST_MINUTE:
        at = base
    return f"{moved}T{at // 60:02d}:{at % 60:02d}{tail[clock.end():]}"


def _clock_moved(text: str, r: float) -> str:
    """A bare clock time moved by whole quarter hours, up to 2 hours either way, within
    the day (a dinner slot at 19:30 may be 18:15 or 21:00; a midnight stays a day)."""
    hour, minute = int(text[:2]), int(text[3:5])
    at = hour * 60 + minute + 15 * (int(r * 17) - 8)
    if not 0 <= at <= _LAST_MINUTE:
        at = hour * 60 + minute
    return f"{at // 60:02d}:{at % 60:02d}{text[5:]}"
