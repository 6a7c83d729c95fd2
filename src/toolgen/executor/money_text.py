"""A money object's text states its figure: `{"value": 24.46, "formattedAmount": "894.47"}`
reads as two prices for one thing.

`stated_figures(output)` runs after the figures are final (`add_up`): in each object
holding one numeric figure (`value`, `amount`, `price`) and a text that writes a price
(`formattedAmount`, `display_price`, `price_string`), the text is rewritten to state that
figure in its own style (symbol and separators kept, `price_text.write_price`). Texts
without a figure and objects with several figures are left alone. In place,
deterministic, draws nothing.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.objects import key_names, objects_in
from toolgen.executor.price_text import read_price, write_price
from toolgen.executor.values import normalize_key

_FIGURES = frozenset({"value", "amount", "price"})
_TEXT_WORDS = frozenset({"formatted", "display", "string", "text"})
_MONEY_WORDS = frozenset({"amount", "price", "value", "total"})


def _writes_price(key: str) -> bool:
    """`formattedAmount`, `formatted`, `display_price`, `price_string`: not a bare `text`
    (`"3 items in stock"`) nor `formattedAddress`, which are no prices."""
    words = set(normalize_key(key).split("_"))
    return words == {"formatted"} or bool(_TEXT_WORDS & words and _MONEY_WORDS & words)


def stated_figures(output: Any) -> None:
    """Every money object's price text states its figure (module doc), in place."""
    for obj in objects_in(output):
        if _FIGURES.isdisjoint(key_names(obj)):
            continue
        figures = [k for k, v in obj.items() if normalize_key(k) in _FIGURES
                   and isinstance(v, (int, float)) and not isinstance(v, bool)]
        if len(figures) != 1:
            continue
        amount = float(obj[figures[0]])
        for key, text in obj.items():
            if isinstance(text, str) and _writes_price(key) and read_price(text) is not None:
                obj[key] = write_price(amount, None, text)
