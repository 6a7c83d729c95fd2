"""Recognise an output object as a known entity and fill it from one real row.

`bind(keys, flags)` says, once per object shape, which kind the object is and which of
its keys hold which column (`Binding`), or None. `fill(obj, binding, args, rng, used)`
picks the row that agrees best with the object's values (an argument the call sent
counts most, so `iata=VIE` gives Vienna International) and writes that row's values
into the recognised keys, in the type and style each key already holds. Keys it does
not recognise are left alone. Never touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toolgen.executor.entities.tables import KINDS, STOCK_SYMBOLS, Kind
from toolgen.executor.values import normalize_key

# Keys of a postal address: such an object is a place, whose agreement is not ours.
_ADDRESS = frozenset({"street", "address", "address1", "address_line1", "postcode",
                      "postal_code", "zip", "zip_code", "zipcode", "phone", "street_address"})
_STUB = re.compile(r"^(?:[A-Za-z]+ )+#\d+$")
_WORDS = re.compile(r"[a-z0-9]+")
_ARG_WEIGHT = 4
# Why a bonus on top: a value the call filtered on outweighs any value the generator drew
# (`timezone=Asia/Kathmandu` gives Kathmandu's airport, whatever iata was drawn).
_ARG_BONUS = 50
# Kinds a list names each member of once: a second Vienna International in one answer
# is a duplicate, while a stock's daily quotes repeat its symbol on purpose.
LISTED_ONCE = frozenset({"airport", "team", "country", "currency"})


@dataclass(frozen=True, slots=True)
class Binding:
    """An object shape recognised as `kind`: (key, column) of the keys it fills."""

    kind: Kind
    fields: tuple[tuple[str, str], ...]


@lru_cache(maxsize=65536)
def context_flags(text: str) -> frozenset[str]:
    """The kinds whose context words occur in `text` (endpoint or key words)."""
    low = text.lower()
    return frozenset(k.name for k in KINDS if any(w in low for w in k.context))


@lru_cache(maxsize=65536)
def bind(keys: tuple[str, ...], flags: frozenset[str]) -> Binding | None:
    """The first kind that recognises an object with `keys` in a context with `flags`."""
    norm = [(k, normalize_key(k)) for k in keys]
    nks = {nk for _, nk in norm}
    for kind in KINDS:
        on = kind.name in flags
        fields: list[tuple[str, str]] = []
        cols: set[str] = set()
        for key, nk in norm:
            col = kind.aliases.get(nk)
            if col is None and on:
                col = kind.context_aliases.get(nk)
            if col is not None:
                # Why every key of a column: `symbol` and `ticker` in one quote name one
                # stock, so both are filled from the same row.
                fields.append((key, col))
                cols.add(col)
        if not cols & kind.needs or len(fields) < kind.min_columns:
            continue
        if kind.context and not on and not cols & kind.strong:
            continue
        if kind.name == "country" and (nks & _ADDRESS or "city" in nks):
            continue
        return Binding(kind, tuple(fields))
    return None


def _key(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip().lower() or None
    return None


_INDEXES: dict[str, dict[str, dict[str, tuple[int, ...]]]] = {}


def _index(kind: Kind) -> dict[str, dict[str, tuple[int, ...]]]:
    """column -> lowercased value -> row numbers holding it (built once per kind)."""
    built = _INDEXES.get(kind.name)
    if built is None:
        built = _INDEXES[kind.name] = _build_index(kind)
    return built


def _build_index(kind: Kind) -> dict[str, dict[str, tuple[int, ...]]]:
    out: dict[str, dict[str, list[int]]] = {}
    for i, row in enumerate(kind.rows):
        for col, v in row.items():
            k = _key(v)
            if k is not None:
                out.setdefault(col, {}).setdefault(k, []).append(i)
    return {c: {v: tuple(ix) for v, ix in m.items()} for c, m in out.items()}


def _league(flags_text: str) -> str:
    if "nfl" in flags_text or "american football" in flags_text:
        return "NFL"
    if any(w in flags_text for w in ("premier", "epl", "soccer", "football")):
        return "Premier League"
    return "NBA"


def choose(
    obj: dict[str, Any],
    binding: Binding,
    args: dict[str, Any],
    rng: Any,
    used: set[tuple[str, int]],
    text: str,
) -> int | None:
    """The row the object is about, or None to leave it alone."""
    kind = binding.kind
    index = _index(kind)
    scores: dict[int, int] = {}
    for key, col in binding.fields:
        value = obj.get(key)
        k = _key(value)
        if k is None:
            continue
        rows = index.get(col, {}).get(k)
        if not rows:
            continue
        weight = kind.weights.get(col, 1)
        nk = normalize_key(key)
        if nk in args and _key(args[nk]) == k:
            weight = weight * _ARG_WEIGHT + _ARG_BONUS
        for i in rows:
            scores[i] = scores.get(i, 0) + weight
    if kind.name == "crypto":
        sym = next((obj.get(k) for k, c in binding.fields if c == "symbol"), None)
        if not scores and sym not in STOCK_SYMBOLS:
            return None  # an unknown coin keeps its own symbol
    if scores:
        best = max(scores.values())
        tied = sorted(i for i, s in scores.items() if s == best)
    elif kind.draw:
        tied = list(range(len(kind.rows)))
        if kind.name == "crypto":
            # An `eth_transfer` moves ether: a coin the endpoint names is the one drawn.
            words = set(_WORDS.findall(text))
            named = [i for i in tied if str(kind.rows[i]["symbol"]).lower() in words
                     or str(kind.rows[i]["name"]).lower() in words]
            tied = named or tied
        if kind.name == "team":
            league = _league(text)
            tied = [i for i in tied if kind.rows[i]["league"] == league]
    else:
        return None
    fresh = [i for i in tied if (kind.name, i) not in used] or tied
    pick = fresh[0] if len(fresh) == 1 else fresh[int(rng.random() * len(fresh))]
    used.add((kind.name, pick))
    return pick


def _styled(current: Any, new: Any, col: str, row: dict[str, object]) -> Any:
    """`new` in the type and style of `current`; `current` when they cannot agree."""
    if current is None or isinstance(current, (bool, dict, list)):
        return current
    if isinstance(new, (int, float)):
        if isinstance(current, int):
            return round(new)
        if isinstance(current, float):
            return float(new)
        return str(new)
    if not isinstance(current, str):
        return current
    text = str(new)
    if col == "timezone" and "/" not in current:
        return current  # "UTC+7" or "CET" is another notation; not ours to restyle
    if col == "country" and len(current) == 2 and current.isupper():
        return row.get("country_code", current)
    if col == "calling_code" and not current.startswith("+"):
        return text.lstrip("+")
    if current.islower() and text.isupper():
        return text.lower()
    return text


def _weak_ok(value: Any, col: str, kind: Kind, row_no: int) -> bool:
    """A weak column is overwritten only when it is a stub or another row's value."""
    if not isinstance(value, str):
        return False
    if _STUB.match(value.strip()):
        return True
    rows = _index(kind).get(col, {}).get(value.strip().lower(), ())
    return bool(rows) and row_no not in rows


def fill(obj: dict[str, Any], binding: Binding, row_no: int) -> None:
    """Write row `row_no`'s values into the object's recognised keys."""
    kind = binding.kind
    row = kind.rows[row_no]
    for key, col in binding.fields:
        if col not in row:
            continue
        current = obj.get(key)
        if col in kind.weak and not _weak_ok(current, col, kind, row_no):
            continue
        obj[key] = _styled(current, row[col], col, row)


def row_sets(obj: dict[str, Any], binding: Binding) -> list[tuple[str, Any, frozenset[int]]]:
    """(key, value, rows holding that value) of every recognised field found in the table."""
    index = _index(binding.kind)
    out: list[tuple[str, Any, frozenset[int]]] = []
    for key, col in binding.fields:
        value = obj.get(key)
        k = _key(value)
        rows = index.get(col, {}).get(k) if k is not None else None
        if rows:
            out.append((key, value, frozenset(rows)))
    return out
