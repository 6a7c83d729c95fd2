"""The one-pass summary gives exactly the figures of the old list-based computation.

`_old_summary` is a verbatim copy of `summarize` before it streamed (it held every record
in a list and ran each metric over the list); the records are a generated run on the
bundled corpus plus the three hand-made scored records, read back from JSONL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.analysis import records as rec
from toolgen.analysis.diversity import distinct_n
from toolgen.analysis.summary import summarize
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig

from .factories import A, B, C
from .old_metrics import (
    coverage,
    fault_shares,
    live_calls,
    mistake_shares,
    pattern_shares,
    scores,
    shape,
)


def _old_diversity(records: list[dict[str, Any]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for before, suffix in ((False, ""), (True, "_before_paraphrase")):
        texts = [rec.user_texts(r, before_paraphrase=before) for r in records]
        users = [t for ts in texts for t in ts]
        firsts = [ts[0] for ts in texts if ts]
        out["user_distinct_1" + suffix] = distinct_n(users, 1)
        out["user_distinct_2" + suffix] = distinct_n(users, 2)
        out["first_user_distinct_1" + suffix] = distinct_n(firsts, 1)
        out["first_user_distinct_2" + suffix] = distinct_n(firsts, 2)
    out["paraphrased_share"] = (
        sum(1 for r in records if rec.meta(r).get("paraphrases")) / len(records) if records else 0.0
    )
    return out


def _old_summary(items: list[dict[str, Any]], n_endpoints: int | None,
                 n_edges: int | None) -> dict[str, Any]:
    return {
        "records": len(items),
        "shape": shape(items),
        **pattern_shares(items),
        **fault_shares(items),
        **mistake_shares(items),
        "scores": scores(items),
        "diversity": _old_diversity(items),
        "coverage": coverage(items, n_endpoints, n_edges),
        "live": live_calls(items),
    }


@pytest.fixture(scope="module")
def run_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "run.jsonl"
    generate(RunConfig(n=30, seed=11), out)
    with out.open("ab") as fh:
        fh.write(b"".join(orjson.dumps(r) + b"\n" for r in (A, B, C)))
    return out


def _lines(path: Path) -> list[dict[str, Any]]:
    return [full_dict(orjson.loads(line)) for line in path.read_bytes().splitlines()
            if line.strip()]


def test_streamed_summary_equals_old_computation(run_file: Path) -> None:
    items = _lines(run_file)
    assert len(items) == 33
    old = _old_summary(items, 50, 80)
    streamed = summarize(iter(_lines(run_file)), n_endpoints=50, n_edges=80)
    # Exact equality, floats included: the same sums in the same order.
    assert orjson.dumps(streamed, option=orjson.OPT_SORT_KEYS) == orjson.dumps(
        old, option=orjson.OPT_SORT_KEYS)
    # The generated part is not trivial: it exercises several patterns and endpoints.
    assert len(streamed["patterns"]) >= 3
    assert streamed["coverage"]["distinct_endpoints"] >= 10
    assert streamed["scores"]["scored"] >= 3


def test_summarize_consumes_a_one_shot_iterator(run_file: Path) -> None:
    consumed = 0

    def records() -> Any:
        nonlocal consumed
        for r in _lines(run_file):
            consumed += 1
            yield r

    assert summarize(records())["records"] == consumed == 33
