"""A read of one record's children lists children of that record: the results of scan
`scn_587993` each say `scan_id: scn_587993`, whatever their own id is."""

from __future__ import annotations

import random

from toolgen.executor import MockExecutor
from toolgen.executor.gen_context import Ctx
from toolgen.executor.generate import compile_plan

_RESULTS = {"type": "object", "properties": {
    "results": {"type": "array", "minItems": 3, "maxItems": 4, "items": {
        "type": "object", "properties": {
            "result_id": {"type": "string"}, "scan_id": {"type": "string"},
            "score": {"type": "integer"}}}},
    "total": {"type": "integer"}}}


def _results(args: dict[str, object], seed: int) -> list[dict[str, object]]:
    plan = compile_plan(_RESULTS, "scan")
    out = plan.root(Ctx(random.Random(seed), MockExecutor(1).pools, args, {}))
    results = out["results"]
    assert isinstance(results, list)
    return results


def test_results_of_a_scan_name_the_scan_sent() -> None:
    for seed in range(5):
        results = _results({"scan_id": "scn_587993"}, seed)
        assert len(results) >= 3
        assert {r["scan_id"] for r in results} == {"scn_587993"}


def test_each_result_keeps_an_id_of_its_own() -> None:
    results = _results({"scan_id": "scn_587993"}, 3)
    ids = [r["result_id"] for r in results]
    assert len(set(ids)) == len(ids)
    assert "scn_587993" not in ids
