"""A stock looked up by its company's name answers that company's ticker.

BFCL's trading bot `get_symbol_by_name(name="Microsoft Corporation")` answered
`{"symbol": "AMZN"}` (and, asked for "Evening Star", `MSFT`): the symbol was drawn on its
own. `company_ticker(output, args)` sets every symbol or ticker field of the answer to
the listed company's own when the call named a company of the stock table
(`entities.tables.STOCK`), and names the company where the answer has a field for it.
In place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.entities.tables import STOCK
from toolgen.executor.values import normalize_key

_NAMED_BY = frozenset({"name", "company", "company_name", "stock_name", "companyname"})
_SYMBOL = frozenset({"symbol", "ticker", "stock_symbol", "ticker_symbol"})
_COMPANY = frozenset({"company", "company_name", "name"})
# "Apple", "Apple Inc." and "apple inc" all name Apple Inc.
_SUFFIXES = (" inc.", " inc", " corporation", " corp.", " corp", " ltd.", " ltd",
             " plc", " group", " holdings", " company", " co.")


def _bare(name: str) -> str:
    low = name.strip().lower()
    for suffix in _SUFFIXES:
        if low.endswith(suffix):
            return low[: -len(suffix)].strip(" ,")
    return low


_BY_NAME: dict[str, dict[str, Any]] = {}
for _row in STOCK.rows:
    _BY_NAME.setdefault(_bare(str(_row["company"])), _row)


_BY_SYMBOL: dict[str, dict[str, Any]] = {str(r["symbol"]): r for r in STOCK.rows}


def row_named(text: str) -> dict[str, Any] | None:
    """The stock-table row `text` names: its company ("IBM Corp", any case) or its ticker
    (upper case only: "V" or "KO" in lower case is a word)."""
    return _BY_NAME.get(_bare(text)) or _BY_SYMBOL.get(text.strip())


def company_ticker(output: Any, args: dict[str, Any]) -> None:
    """Symbol fields of `output` are the named company's (see module doc)."""
    if not isinstance(output, dict):
        return
    row = next((hit for k, v in args.items() if normalize_key(k) in _NAMED_BY
                and isinstance(v, str) and (hit := _BY_NAME.get(_bare(v))) is not None), None)
    if row is None or not any(normalize_key(k) in _SYMBOL for k in output):
        return
    for key, value in output.items():
        nk = normalize_key(key)
        if nk in _SYMBOL and isinstance(value, str):
            output[key] = row["symbol"]
        elif nk in _COMPANY and isinstance(value, str):
            output[key] = row["company"]
