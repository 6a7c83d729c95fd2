"""An amount the user states beside a currency they state is in that currency's scale.

"Add a payment in JPY ... with the amount 43.48" (bundled seed 7 #291): amounts are drawn
dollar-sized whatever currency the same call names, so a yen payment came out under half
a dollar and in sen nobody writes. When a call's arguments state a currency the user
gives (`currency`, `from_currency`...) and money the user gives (`amount`, `price`,
`max_price`: `executor.currency_scale.is_money_key`), `in_stated_currency(args)` writes
that money at the currency's reference rate and minor units, as the executor writes drawn
money (`currency_scale`); a currency within a factor of 3 of the dollar keeps the figure.
A carried amount (`tool_output`) is the earlier result's and stays. Only plans are read;
nothing runs, nothing is drawn.
"""

from __future__ import annotations

from toolgen.executor.currency_scale import is_money_key, written
from toolgen.executor.exchange import PER_USD
from toolgen.executor.values import normalize_key
from toolgen.records import PlannedArg

_SAID = ("user", "clarification")
_CURRENCY = frozenset({"currency", "currency_code", "from_currency", "source_currency",
                       "base_currency"})
_NEAR = 3.0


def in_stated_currency(args: list[PlannedArg]) -> list[PlannedArg]:
    """`args` with the user's money in the user's currency's scale (module doc)."""
    code = next((str(a.value).upper() for a in args if a.source in _SAID
                 and normalize_key(a.name) in _CURRENCY and isinstance(a.value, str)), None)
    rate = PER_USD.get(code) if code is not None else None
    if code is None or rate is None or 1 / _NEAR < rate < _NEAR:
        return args
    return [a.model_copy(update={"value": written(a.value * rate, code,
                                                  isinstance(a.value, int))})
            if a.source in _SAID and isinstance(a.value, int | float)
            and not isinstance(a.value, bool) and is_money_key(normalize_key(a.name))
            else a for a in args]
