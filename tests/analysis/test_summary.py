"""summarize() on three hand-made records; every expected figure is worked out by hand."""

from __future__ import annotations

import math

import orjson
import pytest

from toolgen.analysis.summary import summarize

from .factories import A, B, C, a_as_record


@pytest.fixture(scope="module")
def summary() -> dict:
    return summarize([A, B, C], n_endpoints=4, n_edges=2)


def test_shape(summary: dict) -> None:
    shape = summary["shape"]
    assert summary["records"] == 3
    assert shape["avg_messages"] == pytest.approx(11 / 3)  # 4 + 5 + 2
    assert shape["avg_tool_calls"] == pytest.approx(1.0)  # 1 + 2 + 0
    assert shape["avg_distinct_tools"] == pytest.approx(1.0)  # 1 + 2 + 0
    assert shape["multi_step_share"] == pytest.approx(1 / 3)  # only B


def test_patterns_and_faults(summary: dict) -> None:
    third = pytest.approx(1 / 3)
    assert summary["patterns"] == {
        "irrelevance": third,
        "multi_step_multi_tool": third,
        "parallel": third,
        "single_call": third,
    }
    assert summary["main_pattern"] == {
        "irrelevance": third,
        "parallel": third,
        "single_call": third,
    }
    assert summary["faults"] == {"http_429": third}
    assert summary["status_share_of_calls"] == {"http_429": third}  # 1 of 3 calls
    assert summary["status_share_of_records"] == {"http_429": third}


def test_scores(summary: dict) -> None:
    scores = summary["scores"]
    assert scores["averages"] == {
        "tool_correctness": pytest.approx(4.0),  # (5 + 3 + 4) / 3
        "naturalness": pytest.approx(4.0),  # (4 + 3 + 5) / 3
        "task_completion": pytest.approx(4.0),  # (5 + 3 + 4) / 3
        "overall": pytest.approx(4.0),  # (4.7 + 3 + 4.3) / 3
    }
    assert scores["pass_rate"] == pytest.approx(2 / 3)
    assert scores["error_findings"] == {"format.unanswered_call": 1}


def test_diversity(summary: dict) -> None:
    div = summary["diversity"]
    # 15 words, 10 distinct; 12 bigrams, 9 distinct (find cheap / cheap hotels / hotels in repeat).
    assert div["user_distinct_1"] == pytest.approx(10 / 15)
    assert div["user_distinct_2"] == pytest.approx(9 / 12)
    assert div["first_user_distinct_2"] == pytest.approx(9 / 12)


def test_coverage_and_entropy(summary: dict) -> None:
    cov = summary["coverage"]
    assert cov["distinct_endpoints"] == 2
    assert cov["distinct_tools"] == 2
    assert cov["distinct_edges"] == 1  # search -> forecast in B
    assert cov["endpoint_coverage"] == pytest.approx(0.5)
    assert cov["edge_coverage"] == pytest.approx(0.5)
    # Travel/hotels used twice, Weather/w once.
    expected = -(2 / 3 * math.log2(2 / 3) + 1 / 3 * math.log2(1 / 3))
    assert cov["tool_entropy_bits"] == pytest.approx(expected)
    assert cov["tool_entropy_normalised"] == pytest.approx(expected)  # log2(2) = 1


def test_live_calls_by_profile(summary: dict) -> None:
    assert summary["live"] == {
        "hybrid": {"records": 2, "avg_live_calls": 3.0},
        "offline": {"records": 1, "avg_live_calls": 0.0},
    }


def test_json_serializable_and_accepts_records(summary: dict) -> None:
    orjson.dumps(summary)
    from_model = summarize([a_as_record()])
    assert from_model["shape"] == summarize([A])["shape"]


def test_empty() -> None:
    empty = summarize([])
    assert empty["records"] == 0
    assert empty["shape"]["avg_messages"] == 0.0
