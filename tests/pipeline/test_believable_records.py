"""The last content review's defects, checked as the reviewer found them: on records read
back from generated runs of the bundled corpus, the shared ToolBench corpus and BFCL.

Every check lives in `content_checks` or `language_checks`, which read records only (the
messages, the calls, the tool outputs, the trace) and do not import toolgen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents import language_checks as lc
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import content_checks as cc
from . import cross_call_checks as xc
from . import entity_checks as ec
from . import record_checks as rc
from .corpora import SHARED_CORPORA, toolbench_tools

pytestmark = pytest.mark.slow

SEED = 7
N = 150
Rec = dict[str, Any]


@dataclass(frozen=True)
class Run:
    name: str
    records: list[Rec]


def _bfcl() -> str:
    path = SHARED_CORPORA / "bfcl"
    if not path.is_dir():
        pytest.skip(f"shared BFCL corpus not found at {path}")
    return str(path)


CORPORA = {"bundled": lambda: None, "toolbench": lambda: str(toolbench_tools()),
           "bfcl": _bfcl}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Run:
    config = RunConfig(n=N, seed=SEED, toolenv=CORPORA[request.param]())
    out: Path = tmp_path_factory.mktemp("believable") / f"{request.param}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    lines = out.read_bytes().splitlines()
    return Run(request.param, [full_dict(orjson.loads(line)) for line in lines])


def _each(run: Run, check: Any) -> list[str]:
    return [f"{r['conversation_id']}: {p}" for r in run.records for p in check(r)]


def test_each_output_object_is_one_real_airport_team_or_country(run: Run) -> None:
    found = [f"{r['conversation_id']}: {p}" for r in run.records
             for name, items in ec.findings(r).items() if name != "filter_not_kept"
             for p in items]
    assert not found, rc.first_problems(found)


def test_outputs_echo_the_route_dates_and_names_their_call_asked_for(run: Run) -> None:
    found = _each(run, cc.outputs_contradicting_arguments)
    assert not found, rc.first_problems(found)


def test_stated_values_are_not_words_of_the_endpoint_name(run: Run) -> None:
    found = _each(run, cc.endpoint_words_as_values)
    assert len(found) <= 0.01 * len(run.records), rc.first_problems(found)


def test_no_user_or_file_id_is_carried_to_another_service(run: Run) -> None:
    found = _each(run, cc.generic_ids_across_services)
    assert not found, rc.first_problems(found)


def test_an_amount_paid_for_an_earlier_result_is_that_results_amount(run: Run) -> None:
    found = _each(run, cc.amounts_not_derived)
    assert not found, rc.first_problems(found)


def test_record_names_are_not_a_city_glued_to_a_noun(run: Run) -> None:
    found = _each(run, cc.city_glued_names)
    assert not found, rc.first_problems(found)


def test_no_answer_lists_the_same_seat_twice(run: Run) -> None:
    found = _each(run, cc.repeated_seats)
    assert not found, rc.first_problems(found)


def test_answers_say_what_came_back_rather_than_recite_fields(run: Run) -> None:
    found = _each(run, lc.field_list_answers)
    assert len(found) <= 0.05 * len(run.records), rc.first_problems(found)


def test_no_turn_says_an_apis_raw_or_glued_function_name(run: Run) -> None:
    found = _each(run, lc.raw_names_in_text)  # "retrieve the createanote", "flight_book"
    assert not found, rc.first_problems(found)


def test_a_create_or_booking_is_not_handled_as_a_search(run: Run) -> None:
    found = _each(run, lc.create_as_lookup)  # flight_book answered "there are 98 in all"
    assert not found, rc.first_problems(found)


def test_no_turn_recites_a_namespaced_name_around_its_verb(run: Run) -> None:
    found = _each(run, lc.name_verb_recitals)  # "the schisms for religion history get"
    assert len(found) <= 0.01 * len(run.records), rc.first_problems(found)


def test_a_paged_query_reads_as_one_listing(run: Run) -> None:
    """Every page states one total, no later page outgrows the first, and the answer
    names the head of page 1 as the head of the list."""
    found = [f"{r['conversation_id']}: {kind}" for r in run.records
             for kind, n in xc.defects(r).items() if kind.startswith("paged") and n]
    assert not found, rc.first_problems(found)


def test_one_id_names_one_entity_across_calls(run: Run) -> None:
    """A list and a get-by-id (or a create and a later read) of one id agree on its name,
    however the id is typed (492487 or "492487")."""
    found = [r["conversation_id"] for r in run.records if xc.defects(r)["renamed_id"]]
    assert not found, rc.first_problems(found)
