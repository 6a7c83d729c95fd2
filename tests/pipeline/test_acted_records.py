"""Calls that did something, read on generated records as a reviewer reads them (BFCL's
Twitter and flight tools; ToolBench's working-days API, whose `define_custom_period`
makes a period)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import acted_checks as ac
from . import record_checks as rc
from .corpora import SHARED_CORPORA, TOOLBENCH_TOOLS

pytestmark = pytest.mark.slow

Rec = dict[str, Any]
WORKING_DAYS = TOOLBENCH_TOOLS / "Events" / "working_days.json"


def _records(toolenv: Path, n: int, out: Path) -> list[Rec]:
    config = RunConfig(n=n, seed=7, toolenv=str(toolenv))
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def bfcl(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not (SHARED_CORPORA / "bfcl").is_dir():
        pytest.skip("shared BFCL corpus not found")
    return _records(SHARED_CORPORA / "bfcl", 250, tmp_path_factory.mktemp("acted") / "b.jsonl")


@pytest.fixture(scope="module")
def working_days(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not WORKING_DAYS.is_file():
        pytest.skip("shared ToolBench corpus not found")
    corpus = tmp_path_factory.mktemp("working_days")
    (corpus / "Events").mkdir()
    shutil.copy(WORKING_DAYS, corpus / "Events" / WORKING_DAYS.name)
    return _records(corpus, 30, corpus / "records.jsonl")


def _all(records: list[Rec], check: Callable[[Rec], tuple[int, list[str]]]
         ) -> tuple[int, list[str]]:
    seen, found = 0, []
    for r in records:
        n, problems = check(r)
        seen += n
        found += [f"{r['conversation_id']}: {p}" for p in problems]
    return seen, found


def test_a_retweet_or_comment_is_asked_for_and_answered_as_done(bfcl: list[Rec]) -> None:
    seen, found = _all(bfcl, ac.social_acts_misread)
    assert seen >= 3, "too few retweets, comments or mentions to judge"
    assert not found, rc.first_problems(found)


def test_a_flight_status_check_answers_with_a_flight_status(bfcl: list[Rec]) -> None:
    seen, found = _all(bfcl, ac.flight_statuses)
    assert seen >= 3, "too few flight status checks to judge"
    assert not found, rc.first_problems(found)


def test_a_defined_period_is_not_named_after_a_stranger(working_days: list[Rec]) -> None:
    seen, found = _all(working_days, lambda r: ac.made_by_stranger(r, "define_custom_period"))
    assert seen >= 5, "too few custom periods defined to judge"
    assert not found, rc.first_problems(found)
