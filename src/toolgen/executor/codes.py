"""Short codes: ICAO, seat, gate, hash, state codes, ISBNs, barcodes and payment card
numbers, and ids reshaped from an example.

A field that holds a code is filled with something shaped like one, never a dictionary
word; an example id keeps its shape with fresh characters and its type prefix
(`pm_1234` -> `pm_8061`, `ret_3120` -> `ret_5521`, `ORD-7781` -> `ORD-2094`: every id of
an API's kind starts the same, as Stripe's `pm_` does). `reshaper(text)` reads the shape
once (which characters are digits, letters or kept) and gives a generator that only
draws; `reshape(text, ctx)` is the same, read every call.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import getitem

from toolgen.executor.gen_context import Ctx, Gen, pick
from toolgen.executor.payment_cards import card_number, cvv
from toolgen.executor.pools import PLACES

# A type prefix: lower-case letters before `_` (`pm_`, `ret_`, `usr_`) or two or more
# capitals before `-` (`BK-`, `ORD-`, `INV-`), followed by a part that holds a digit. A
# flight service's bookings are all `BK-...`, not `JV-6710` and `SO-1182` (bundled seed 71).
_PREFIX = re.compile(r"(?:[a-z]{1,5}_|[A-Z]{2,5}-)(?=[A-Za-z0-9_-]*[0-9])")


def _kept(text: str) -> int:
    """How many leading characters of `text` are its type prefix (0 when none)."""
    found = _PREFIX.match(text)
    return found.end() if found is not None else 0


def type_prefix(text: str) -> str:
    """The type prefix of an id (`ret_` of `ret_3120`), or '' when it has none."""
    return text[:_kept(text)]


def reshape(text: str, ctx: Ctx) -> str:
    """`text` with every letter and digit after its type prefix redrawn, case and
    punctuation kept (a hex text stays hex)."""
    drawn: str = reshaper(text)(ctx)
    return drawn


_HEX_LOWER = "0123456789abcdef"
_HEX = re.compile(r"[0-9a-fA-F]")
# A UUID or a hash: 8+ hex characters, a letter among them, nothing else but separators.
_HEX_TEXT = re.compile(r"^(?=.*[a-fA-F])(?:[0-9a-fA-F]|[-_:.]){8,}$")


def _hex_shaped(text: str) -> bool:
    """An example id that is hex (`a47c2fa2-...`): redrawn, it stays hex (an UUID with a
    `q` is no UUID, ToolBench seed 13 #13)."""
    return _HEX_TEXT.match(text) is not None and len(_HEX.findall(text)) >= 8


_DIGITS = "0123456789"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()


def reshaper(text: str) -> Gen:
    """`lambda ctx: reshape(text, ctx)`, with the shape of `text` read once."""
    # (alphabet, its size) per character: a kept character is an alphabet of one, so
    # every character draws its 8 bits as `reshape` does.
    kept = _kept(text)
    if _hex_shaped(text[kept:]):
        upper = any("A" <= c <= "F" for c in text)
        digits = _HEX_LOWER.upper() if upper else _HEX_LOWER
        slots = tuple((c, 1) if i < kept or not _HEX.match(c) else (digits, 16)
                      for i, c in enumerate(text))
    else:
        slots = tuple(
            (c, 1) if i < kept else (_DIGITS, 10) if c.isdigit() else (_LOWER, 26)
            if "a" <= c <= "z" else (_UPPER, 26) if "A" <= c <= "Z" else (c, 1)
            for i, c in enumerate(text))

    tables = tuple(_table(alphabet, size) for alphabet, size in slots)
    width = 32 * len(slots)
    size4 = 4 * len(slots)

    def gen(ctx: Ctx) -> str:
        # One draw for the whole code: Mersenne Twister hands `getrandbits(32 * n)` out as
        # the n 32-bit words that n `getrandbits(8)` calls would each take the top byte
        # of (little-endian), so the code and the stream after it are unchanged.
        drawn = ctx.bits(width).to_bytes(size4, "little")[3::4]
        return "".join(map(getitem, tables, drawn))

    return gen


@lru_cache(maxsize=1024)
def _table(alphabet: str, size: int) -> str:
    """What each of the 256 byte values draws from `alphabet`: `alphabet[byte % size]`
    (one shared table per alphabet or kept character, however many codes use it)."""
    return "".join(alphabet[b % size] for b in range(256))


_US_STATES = {"California": "CA", "Florida": "FL", "Illinois": "IL", "Massachusetts": "MA",
              "New York": "NY", "Texas": "TX", "Washington": "WA"}
_AMENITIES = ("Free WiFi", "Swimming pool", "Fitness centre", "Breakfast included", "Parking",
              "Spa", "Airport shuttle", "Air conditioning", "Restaurant", "Bar", "Pet friendly")
_PLATFORMS = ("iOS", "Android", "Web", "PC", "PlayStation 5", "Xbox Series X", "Nintendo Switch")


def _state_code(state: str) -> str:
    """`Texas` -> TX, `North Holland` -> NH: a code, never the region's name."""
    if state in _US_STATES:
        return _US_STATES[state]
    parts = [w for w in state.replace("-", " ").split() if w[:1].isalpha()]
    if len(parts) > 1:
        return "".join(w[0] for w in parts[:3]).upper()
    return state[:2].upper()


def code_gen(kind: str) -> Gen | None:
    """Fields whose value is a short code (ICAO, seat, gate, hash), never a dictionary word."""
    if kind == "state_code":
        return lambda ctx: _state_code(PLACES[ctx.place_index()][7])
    if kind == "icao":
        return lambda ctx: "".join(chr(65 + ctx.bits(8) % 26) for _ in range(4))
    if kind == "hash":
        return lambda ctx: f"{ctx.bits(64):016x}{ctx.bits(64):016x}"
    if kind == "seat":
        return lambda ctx: f"{1 + ctx.bits(5)}{'ABCDEF'[ctx.bits(8) % 6]}"
    if kind == "section":
        return lambda ctx: f"{100 + ctx.bits(8) % 230}"
    if kind == "gate":
        return lambda ctx: f"{'ABCDE'[ctx.bits(8) % 5]}{1 + ctx.bits(5)}"
    if kind == "platform":
        return pick(_PLATFORMS)
    if kind == "amenity":
        return pick(_AMENITIES)
    if kind == "card_number":
        return card_number
    if kind == "cvv":
        return cvv
    if kind in _CHECKED:
        return _checked(*_CHECKED[kind])
    if kind == "page_str":
        return lambda ctx: "1"
    if kind == "limit_str":
        return pick(("10", "20", "25", "50"))
    return None


# A book's ISBN-13 begins 978 or 979; a shop's EAN-13 and a UPC-A are digits with a check
# digit: "CL4817" as an ISBN reads as made up to anyone who has held a book.
# (prefixes, digits before the check digit)
_CHECKED = {"isbn": (("978", "979"), 12), "barcode": (("40", "50", "76", "80", "87"), 12),
            "upc": (("0", "6", "8"), 11)}


def _checked(prefixes: tuple[str, ...], length: int) -> Gen:
    def draw(ctx: Ctx) -> str:
        head = prefixes[ctx.bits(8) % len(prefixes)]
        body = head + "".join(str(ctx.bits(8) % 10) for _ in range(length - len(head)))
        return body + check_digit(body)

    return draw


def check_digit(body: str) -> str:
    """The GS1 check digit (ISBN-13, EAN-13, UPC-A): weights 3 and 1 from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str(-total % 10)
