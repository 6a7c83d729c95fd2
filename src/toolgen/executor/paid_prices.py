"""A purchase costs what the conversation's earlier calls said its thing costs, and a
later call states the price it was bought at.

Bundled seed 7: a flight read at 426.5 EUR was booked for 22.9; 7 tickets in section B
came to 35.6 EUR while the event listed section B at 35.4 each; a cinema showtime at
11.4 a seat booked three seats for 26.6. A reviewer multiplies.

- `learn_prices(state, output)` remembers, per id, the unit price a result states for
  it (`price`, `fare`, `price_per_night`, `min_price`...), and per (id, tier) the price of
  each tier it lists (an event's `sections: [{section: "B", price}]`, a flight's cabins).
- `purchase_total(state, args, output)`: a create sent a known id (the flight, the event,
  the showtime) states as its total that unit price times what it bought: the quantity,
  the seats sent, the nights between the dates sent. With no price known, a total drawn
  for one is read as the unit price of a quantity of several (7 tickets do not cost 35.6
  in all at a gala). The unit it paid is remembered for the id and tier.
- `paid_tiers(state, output)`: a later result listing a bought tier of that id (the
  event's section B) states the unit price paid.
- `read_at_known_price(state, output, target)`: a read of an id a result priced before
  (an order's line) states that price.

In place, deterministic, never touches the network.
"""

from __future__ import annotations

import copy
import zlib
from datetime import date
from functools import lru_cache
from typing import Any

from toolgen.executor.currency_scale import written
from toolgen.executor.exchange import PER_USD
from toolgen.executor.objects import objects_in
from toolgen.executor.state import SessionState
from toolgen.executor.values import normalize_key

_UNIT = ("price", "unit_price", "ticket_price", "seat_price", "price_per_seat", "fare",
         "price_per_night", "nightly_rate", "rate_per_night", "night_price", "min_price")
_TOTAL = ("total", "total_price", "total_amount", "total_cost", "grand_total", "amount_total",
          "amount_due", "cost")
_TIER = ("section", "seat_section", "tier", "zone", "seat_class", "cabin_class", "cabin",
         "fare_class", "room_type", "category")
_COUNT = frozenset({"quantity", "qty", "tickets", "num_tickets", "number_of_tickets",
                    "ticket_count", "num_seats", "seat_count", "passengers",
                    "num_passengers", "number_of_passengers"})
_SEATS = frozenset({"seats", "seat_ids", "seat_numbers", "seat_list"})
_CHECK_IN = ("check_in", "checkin", "check_in_date", "checkin_date", "arrival_date")
_CHECK_OUT = ("check_out", "checkout", "check_out_date", "checkout_date", "departure_date")

# Read for every object of every answer: an object holding none of these keys is passed
# over before any of its values is read.
_UNIT_KEYS = frozenset(_UNIT)
_TIER_KEYS = frozenset(_TIER)

_NIGHT = "\x00night"  # the tier a price per night is remembered under

Money = tuple[float, str | None]


def learn_prices(state: SessionState, output: Any) -> None:
    """Remember the unit and tier prices `output` states for the ids it names."""
    for obj in _objects(output):
        ident = _own_id(obj)
        if ident is None:
            continue
        key = _unit_key(obj)
        if key is not None:
            unit = _money(obj[key])
            assert unit is not None
            state.prices.setdefault((ident, _NIGHT if "night" in key else ""), unit)
        for value in obj.values():
            if isinstance(value, list):
                for item in value:
                    _learn_tier(state, ident, item)


def read_at_known_price(state: SessionState, output: Any, target: Any) -> None:
    """A thing read by its id costs about what an earlier result said it cost: a product
    a listed order's line priced at 385.64 was read back at 89.73 (bundled seed 47 #7).
    A price more than `_DRIFT` off moves to the known one changed by 3-10 % (keyed by the
    id): what an order paid then is not to the cent what the shop asks now."""
    if target is None or not isinstance(output, dict):
        return
    obj = output if _own_id(output) == target else None
    known = state.prices.get((target, ""))
    key = _unit_key(obj) if obj is not None else None
    if obj is None or key is None or known is None or "night" in key:
        return
    said = _money(obj[key])
    assert said is not None
    if said[1] is not None and known[1] is not None and said[1] != known[1]:
        # a cart line in SEK, the product read next in EUR: the known price, converted
        if said[1] not in PER_USD or known[1] not in PER_USD:
            return
        known = (known[0] * PER_USD[said[1]] / PER_USD[known[1]], said[1])
    if abs(said[0] - known[0]) > _DRIFT * known[0]:
        step = zlib.crc32(str(target).encode())
        change = (0.03 + (step % 71) / 1000) * (1 if step & 128 else -1)
        _set_money(obj, key, known[0] * (1 + change), known[1])


_DRIFT = 0.15


def purchase_total(state: SessionState, args: dict[str, Any], output: Any) -> None:
    """A create's total follows the known unit price of what it bought (module doc)."""
    if not isinstance(output, dict):
        return
    key = next((k for k in _TOTAL if _money(output.get(k)) is not None), None)
    if key is None:
        return
    drawn = _money(output[key])
    assert drawn is not None
    # the tier bought: as sent, else as the order states it (`seat_section: "B"`)
    tier = next((str(src[k]) for src in (args, output) for k in _TIER
                 if isinstance(src.get(k), str)), "")
    known, ident, nightly = _known_unit(state, args, tier)
    count = _count(args)
    nights = _nights(args)
    if known is not None:
        per = nights if nightly and nights else 1
        unit = known
    elif count > 1 and not nights:
        # Why: a total drawn on its own is at the scale of one ticket or seat.
        unit, per = drawn, 1
    else:
        return
    amount = round(unit[0] * count * per, 2)
    _set_money(output, key, amount, unit[1] or drawn[1])
    made = state.store.get(_own_id(output))
    if made is not None:  # the order as made is what a later read of it lists
        made.remember(normalize_key(key), copy.deepcopy(output[key]), overwrite=True)
    if ident is not None and known is None:
        state.paid.setdefault((ident, tier), unit)
        if tier:
            state.paid.setdefault((ident, ""), unit)


def paid_tiers(state: SessionState, output: Any) -> None:
    """A result's tiers are distinct, a bought one is listed at the unit price paid for
    it, and a "from" price (`min_price`) beside them is the cheapest of them."""
    for obj in _objects(output):
        tiers = [item for value in obj.values() if isinstance(value, list)
                 for item in value if isinstance(item, dict) and _tier(item) is not None]
        if not tiers:
            continue
        _distinct_labels(tiers)
        ident = _own_id(obj)
        for item in tiers:
            paid = state.paid.get((ident, _tier(item) or "")) if ident is not None else None
            key = _unit_key(item)
            if paid is not None and key is not None:
                _set_money(item, key, paid[0], paid[1])
        _floor(obj, tiers)


def _tier(item: dict[str, Any]) -> str | None:
    """The tier label of a priced item (`{"section": "B", "price": ...}`)."""
    if _TIER_KEYS.isdisjoint(item) or _unit_key(item) is None:
        return None
    return next((item[k] for k in _TIER if isinstance(item.get(k), str)), None)


def _unit_key(obj: dict[str, Any]) -> str | None:
    """The first of `_UNIT` holding a price in `obj`."""
    if _UNIT_KEYS.isdisjoint(obj):
        return None
    return next((k for k in _UNIT if _money(obj.get(k)) is not None), None)


def _distinct_labels(tiers: list[dict[str, Any]]) -> None:
    """One event's sections "B", "B", "B" at three prices become "B", "C", "D": a letter
    repeated takes the next free letter, never "A" or "I" (words), other labels stay."""
    key = next(k for k in _TIER if isinstance(tiers[0].get(k), str))
    labels = [t.get(key) for t in tiers]
    taken = {x for x in labels if isinstance(x, str)}
    seen: set[str] = set()
    for item, label in zip(tiers, labels, strict=True):
        if not isinstance(label, str) or label not in seen:
            seen.add(str(label))
            continue
        if len(label) == 1 and label.isalpha():
            free = next((c for c in "BCDEFGHJKL" if c not in taken), None)
            if free is not None:
                item[key] = free if label.isupper() else free.lower()
                taken.add(free)


def _floor(obj: dict[str, Any], tiers: list[dict[str, Any]]) -> None:
    """`min_price` in `obj` or an object it holds is its cheapest tier's price."""
    prices = [m for t in tiers for k in _UNIT if k != "min_price"
              if (m := _money(t.get(k))) is not None]
    if not prices:
        return
    cheapest = min(prices)
    for node in [obj, *(v for v in obj.values() if isinstance(v, dict))]:
        if _money(node.get("min_price")) is not None:
            _set_money(node, "min_price", cheapest[0], cheapest[1])


def _learn_tier(state: SessionState, ident: Any, item: Any) -> None:
    if not isinstance(item, dict) or _TIER_KEYS.isdisjoint(item):
        return
    label = next((item[k] for k in _TIER if isinstance(item.get(k), str)), None)
    key = _unit_key(item)
    price = _money(item[key]) if key is not None else None
    if label is not None and price is not None:
        state.prices.setdefault((ident, label), price)


def _known_unit(state: SessionState, args: dict[str, Any],
                tier: str) -> tuple[Money | None, Any, bool]:
    """(unit price, the id it is of, whether it is a night's) for the id sent whose price
    a result stated, the last sent first (a room's before its hotel's); (None, the first
    id sent, False) when none."""
    sent = [v for k, v in args.items() if isinstance(v, str | int) and not isinstance(v, bool)
            and normalize_key(k).endswith("id")]
    for value in reversed(sent):
        for label in dict.fromkeys((tier, "", _NIGHT)):
            known = state.prices.get((value, label))
            if known is not None:
                return known, value, label == _NIGHT
    return None, sent[0] if sent else None, False


def _count(args: dict[str, Any]) -> int:
    for name, value in args.items():
        key = normalize_key(name)
        if key in _COUNT and isinstance(value, int) and not isinstance(value, bool) and (
                0 < value <= 50):
            return value
        if key in _SEATS and isinstance(value, list) and 0 < len(value) <= 50:
            return len(value)
    return 1


def _nights(args: dict[str, Any]) -> int:
    start = _day(next((args[k] for k in _CHECK_IN if k in args), None))
    end = _day(next((args[k] for k in _CHECK_OUT if k in args), None))
    if start is None or end is None:
        return 0
    nights = (end - start).days
    return nights if 0 < nights <= 60 else 0


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _objects(output: Any) -> list[dict[str, Any]]:
    return list(objects_in(output))


def _own_id(obj: dict[str, Any]) -> Any:
    """The id an object is about: its first `<thing>_id` or `id` holding a scalar, else
    the id of the one object it holds (`{"event": {"event_id"...}, "sections": [...]}`)."""
    for key in _id_keys(tuple(obj)):
        value = obj[key]
        if isinstance(value, str | int) and not isinstance(value, bool):
            return value
    held = [v for v in obj.values() if isinstance(v, dict)]
    return _own_id(held[0]) if len(held) == 1 and any(
        isinstance(v, list) for v in obj.values()) else None


# Read for every object of every answer; which keys name an id depends on the keys alone
# (objects of one schema share them), so it is worked out once per key tuple.
@lru_cache(maxsize=8192)
def _id_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys naming an id (`id`, `<thing>_id`), in order."""
    return tuple(k for k in keys if (nk := normalize_key(k)) == "id" or nk.endswith("_id"))


def _money(value: Any) -> Money | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return (float(value), None) if value > 0 else None
    if isinstance(value, dict):
        amount = value.get("amount")
        currency = value.get("currency")
        if isinstance(amount, int | float) and not isinstance(amount, bool) and amount > 0:
            return float(amount), currency if isinstance(currency, str) else None
    return None


def _set_money(obj: dict[str, Any], key: str, amount: float, currency: str | None) -> None:
    old = obj[key]
    if isinstance(old, dict):
        if currency and isinstance(old.get("currency"), str):
            old["currency"] = currency
        code = old.get("currency")
        # Why: 7 tickets at 50687 KRW are 354809 KRW, not 354809.0: the won has no
        # minor unit, and an integer amount field stays one when the sum is whole.
        figure = written(amount, code) if isinstance(code, str) else round(amount, 2)
        was_int = isinstance(old.get("amount"), int) and not isinstance(old["amount"], bool)
        old["amount"] = int(figure) if was_int and figure == int(figure) else figure
    elif isinstance(old, int) and amount == int(amount):
        obj[key] = int(amount)
    else:
        obj[key] = round(amount, 2)
