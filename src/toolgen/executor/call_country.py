"""The country a call's unnamed places are in.

`call_country(endpoint, ctx, state)`: the country the call's API serves
(`served.served_country`), else the conversation's home, which the first call that names
a place sets (by a city or country it names, or a postcode only one country writes), or
whose API serves one. The session draws the call's generated places in it.
"""

from __future__ import annotations

from toolgen.executor.gen_context import Ctx
from toolgen.executor.pools import PLACES
from toolgen.executor.postal import postcode_country
from toolgen.executor.served import served_country
from toolgen.executor.state import SessionState
from toolgen.records import Endpoint


def call_country(endpoint: Endpoint, ctx: Ctx, state: SessionState) -> str:
    """The country a call's unnamed places are in (sets `state.home` once; module doc)."""
    served = served_country(endpoint.function_name)
    if not state.home:
        named = PLACES[ctx.arg_place][2] if ctx.arg_place >= 0 else next(
            (code for v in ctx.args.values() if (code := postcode_country(v))), None)
        state.home = served or named or ""
    return served or state.home
