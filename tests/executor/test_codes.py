"""An example id is redrawn with its type prefix kept: every id of one API's kind starts
the same (`ret_3120` is a return of orderdesk; `jga_2521` would be nothing)."""

from __future__ import annotations

import random

import pytest

from toolgen.executor.codes import reshape, reshaper
from toolgen.executor.gen_context import Ctx
from toolgen.executor.pools import Pools

_POOLS = Pools.build(3, 16)


def _ctx(seed: int) -> Ctx:
    return Ctx(random.Random(seed), _POOLS, {}, {})


@pytest.mark.parametrize(("example", "prefix"), [
    ("ret_3120", "ret_"), ("pm_1234", "pm_"), ("prd_2231-42", "prd_"), ("ORD-7781", "ORD-"),
    ("usr_adbcc9", "usr_"), ("BK-5521", "BK-"),
])
def test_a_type_prefix_stays_and_the_rest_is_new(example: str, prefix: str) -> None:
    drawn = {reshaper(example)(_ctx(seed)) for seed in range(8)}
    assert all(d.startswith(prefix) and len(d) == len(example) for d in drawn)
    assert len(drawn) > 4  # the part after the prefix is redrawn


@pytest.mark.parametrize("example", ["GBUM71029604", "X-123456", "abc_def"])
def test_a_code_without_a_type_prefix_is_redrawn_whole(example: str) -> None:
    drawn = {reshape(example, _ctx(seed))[:2] for seed in range(8)}
    assert len(drawn) > 4


@pytest.mark.parametrize("example", ["a47c2fa2-b419-4d76-ae82-9f2b8c702591",
                                     "5D41402ABC4B2A76B9719D911017C592"])
def test_a_hex_id_redrawn_stays_hex(example: str) -> None:
    # ToolBench seed 13 #13: an example UUID came back "x47q2ja2-x419-9q76-qh82-...".
    hexes = set("0123456789abcdef") | set("0123456789ABCDEF")
    for seed in range(12):
        for drawn in (reshaper(example)(_ctx(seed)), reshape(example, _ctx(seed))):
            assert len(drawn) == len(example) and set(drawn) - {"-"} <= hexes, drawn
            assert [i for i, c in enumerate(drawn) if c == "-"] == [
                i for i, c in enumerate(example) if c == "-"]
