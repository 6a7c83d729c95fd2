"""The one-pass summary gives the figures of the old list-based computation: exactly, but
for distinct-n, which a fixed-size HyperLogLog sketch estimates within its stated error.

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
from toolgen.analysis.accumulate import SKETCH_RSE, DistinctN
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
    # Distinct-n: a few hundred distinct n-grams, where the sketch is within 0.001 %.
    sketched, exact = streamed.pop("diversity"), old.pop("diversity")
    assert sketched.keys() == exact.keys()
    for key, value in exact.items():
        assert sketched[key] == pytest.approx(value, rel=1e-5, abs=1e-12), key
    # Everything else, floats included, exactly: the same sums in the same order.
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


def _words(count: int, seed: int) -> list[str]:
    # 3,000 words drawn with a skew (triangular towards the common ones): unigrams stay
    # few, bigrams are mostly new.
    import random

    rng = random.Random(seed)
    return [f"w{int(rng.triangular(0, 3000, 0))}" for _ in range(count)]


def test_sketch_estimates_many_distinct_ngrams_within_its_error() -> None:
    texts = [" ".join(_words(40, seed)) for seed in range(6000)]
    for n in (1, 2):
        acc = DistinctN(n)
        for t in texts:
            acc.add(t)
        exact = distinct_n(texts, n)
        assert acc.total == sum(max(len(t.split()) - n + 1, 0) for t in texts)
        # Bigrams: over 100,000 distinct, well past the sketch's exact range; 3 standard errors.
        assert acc.value() == pytest.approx(exact, rel=3 * SKETCH_RSE)
    assert 100_000 < acc.distinct() < acc.total


def test_sketch_size_does_not_grow_with_the_input() -> None:
    small, large = DistinctN(2), DistinctN(2)
    small.add(" ".join(_words(2000, 1)))
    for seed in range(200):
        large.add(" ".join(_words(2000, seed)))
    cap = large.sketch.get_max_updatable_serialization_bytes(
        large.sketch.lg_config_k, large.sketch.tgt_type)
    assert large.sketch.get_updatable_serialization_bytes() <= cap <= 300_000
    assert large.total == 200 * small.total
