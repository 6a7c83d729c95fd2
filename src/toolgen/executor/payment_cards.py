"""A payment card's fields look like a card's: a number of 16 digits that passes the Luhn
check, a three-digit security code, an expiry month ahead of today.

BFCL's `register_credit_card` was sent `card_number: "IN9453"`, `expiration_date:
"2025-05-02"` (described "in the format MM/YYYY") and a card list answered a CVV of 81
(BFCL seed 61 #0). Numbers start as Visa (4) or Mastercard (51-55) numbers do; they are
test-shaped data, drawn, never any real card's. Kinds: `card_number`, `cvv`,
`card_expiry` (see `values` and `semantic`).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.gen_context import Ctx, Gen

_PREFIXES = ("4", "51", "52", "53", "54", "55")
_LENGTH = 16
_EXPIRY_YEARS = (2026, 2031)  # from next year to five years out
_SHORT_YEAR = re.compile(r"mm\s*/\s*yy(?!yy)", re.IGNORECASE)


def luhn_digit(body: str) -> str:
    """The check digit that makes `body` + digit pass the Luhn check."""
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def card_number(ctx: Ctx) -> str:
    """A 16-digit card number that passes the Luhn check."""
    head = _PREFIXES[ctx.bits(8) % len(_PREFIXES)]
    body = head + "".join(str(ctx.bits(8) % 10) for _ in range(_LENGTH - 1 - len(head)))
    return body + luhn_digit(body)


def cvv_number(ctx: Ctx) -> int:
    """A card's three-digit security code."""
    return 100 + ctx.bits(16) % 900


def cvv(ctx: Ctx) -> str:
    """`cvv_number` as text, for a code typed as a string."""
    return str(cvv_number(ctx))


def expiry_gen(schema: dict[str, Any]) -> Gen:
    """An expiry month in the format the description asks ("MM/YY" or, by default,
    "MM/YYYY")."""
    short = bool(_SHORT_YEAR.search(str(schema.get("description") or "")))

    def draw(ctx: Ctx) -> str:
        lo, hi = _EXPIRY_YEARS
        year = lo + ctx.bits(8) % (hi - lo)
        month = 1 + ctx.bits(8) % 12
        return f"{month:02d}/{year % 100:02d}" if short else f"{month:02d}/{year}"

    return draw
