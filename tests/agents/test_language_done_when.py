"""Issue 13, "Done when": generated records read like a person and an honest assistant.

Each corpus is generated once (in process, seed 7) and read back as JSON; the checks in
`language_checks` import nothing from toolgen. The bundled corpus runs by default (300
records, a few seconds); the shared ToolBench (500) and BFCL (300) runs are marked slow.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents import language_checks as lc
from agents import request_checks as rc
from agents import user_turn_checks as uc
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
CORPORA = {
    "bundled": (None, 300),
    "toolbench": (SHARED / "toolbench" / "toolenv" / "tools", 500),
    "bfcl": (SHARED / "bfcl", 300),
}


def _run(name: str, tmp: Path) -> list[dict[str, Any]]:
    toolenv, n = CORPORA[name]
    if toolenv is not None and not toolenv.exists():
        pytest.skip(f"shared corpus not found at {toolenv}")
    config = RunConfig(n=n, seed=7, toolenv=str(toolenv) if toolenv else None)
    out = tmp / f"{name}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.fixture(scope="module", params=[
    "bundled",
    pytest.param("toolbench", marks=pytest.mark.slow),
    pytest.param("bfcl", marks=pytest.mark.slow),
])
def corpus(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[dict[str, Any]]]:
    name = str(request.param)
    return name, _run(name, tmp_path_factory.mktemp(name))


def test_users_state_goals_not_api_names(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    name, records = corpus
    s = lc.summarise(records)
    # ToolBench names are mostly noun compounds whose descriptions repeat them (Freshdesk's
    # "Get Solution Folder": "Get Solution Folder"); said as they are ("get the solution
    # folder") they hold the name's words, which reads better than the "the folder for the
    # solution" they used to be turned into. `test_users_ask_in_plain_words` bounds that.
    bound = 0.25 if name == "toolbench" else 0.10
    assert s.endpoint_phrase < bound, (name, s.examples["endpoint_phrase"])
    assert s.values_by_label < 0.10, s.examples["values_by_label"]
    assert s.enum_literals == 0, s.examples["enum"]
    assert s.label_starts == 0, s.examples["label_starts"]


def test_assistant_voice(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    _, records = corpus
    s = lc.summarise(records)
    assert s.disfluent_records == 0, s.examples["disfluent"]
    assert s.no_details == 0


def test_answers_are_honest(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    _, records = corpus
    s = lc.summarise(records)
    assert s.state_unreported <= 0.01 * max(1, s.state_changes), s.examples["ok_unreported"]
    assert s.ok_unreported <= 0.01 * s.ok_calls, s.examples["ok_unreported"]
    assert s.failures_unack == 0, s.examples["failures_unack"]
    assert s.empty_after_results == 0, s.examples["empty_after"]


def test_parallel_only_when_independent(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    _, records = corpus
    s = lc.summarise(records)
    assert s.parallel_after_dependent == 0


def test_first_turns_stay_diverse(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    _, records = corpus
    assert lc.first_turn_distinct2(records, 60) >= 0.355


def test_checks_catch_the_old_defects() -> None:
    """The checks are not vacuous: hand-written bad turns are flagged."""
    assert lc.value_by_label("min stars", "992.45", "It needs to be 992.45 for the min stars")
    assert lc.value_by_label("infants", "2", "please use 2 as the infants")
    assert lc.value_by_label("city", "Porto", "City: Porto")
    assert not lc.value_by_label("adults", "2", "for 2 adults, checking in on 3 March")
    record = {"conversation_id": "x", "tools": [], "step_trace": [], "messages": [
        {"role": "user", "content": "Goal: get the webcams list"},
        {"role": "assistant", "content": "Um, here it is."}]}
    assert lc.label_prefix_starts(record) and lc.assistant_disfluencies(record)
    assert lc.endpoint_phrases("get_webcams_list_for_webcams") == [
        "get webcams list", "webcams list"]


def test_users_ask_in_plain_words(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    """What a user asks for is said in words a person uses: no capability as "the X for
    the Y" from the function's name words, few values strung on bare for/using/with, few
    words no one can say (seed 13 at a27588b: 14% and 4-6% of ToolBench and BFCL user
    turns had the first, 4-6% the second)."""
    name, records = corpus
    found = [rc.examine(r) for r in records]
    turns = sum(1 for r in records for m in r["messages"] if m["role"] == "user")
    for key, bound in (("name_shape", 0.05), ("strung", 0.05), ("odd_token", 0.08)):
        hits = [h for f in found for h in f[key]]
        assert len(hits) < bound * turns, (name, key, hits[:4])


def test_user_turns_say_no_word_twice_in_a_row(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    """"dated 2025-05-10, and and yes, include direct flight": a carrier that brings
    its own "and" is not joined with another one."""
    _, records = corpus
    doubled = [(r["conversation_id"], m["content"]) for r in records for m in r["messages"]
               if m["role"] == "user" and " and and " in (m.get("content") or "")]
    assert not doubled, doubled[:3]


def test_a_count_of_one_is_said_as_one(corpus: tuple[str, list[dict[str, Any]]]) -> None:
    """"there are 1 in all, the first with ...": a listing of one thing is said as one."""
    _, records = corpus
    wrong = re.compile(r"\b(?:there are 1 in all|1 came back, the first|(?<![\d.])1 turned "
                       r"up(?: in total|; the first))")
    said = [(r["conversation_id"], m["content"]) for r in records for m in r["messages"]
            if m["role"] == "assistant" and wrong.search(m.get("content") or "")]
    assert not said, said[:3]


def test_user_turns_are_put_together_as_a_person_writes(
        corpus: tuple[str, list[dict[str, Any]]]) -> None:
    """A sign-off ends a message and nothing comes before a greeting but the greeting; an
    aside closes with its sentence; an action named by a bare verb is asked for as the
    action; response controls are not recited as settings; a point is one point (seeds 7
    and 13 before the fix, 300 ToolBench records each: 2-3 sign-offs first, 23-27 fillers
    before a greeting, 33-43 broken asides, 17-21 run-on greetings, 11-12 "with the
    result", 4-5 coordinates strung with "and", 29-31 recited controls)."""
    name, records = corpus
    found = {k: [(r["conversation_id"], h) for r in records for h in uc.examine(r)[k]]
             for k in uc.examine({"messages": []})}
    turns = sum(1 for r in records for _ in uc.user_turns(r))
    for key in ("sign_off_first", "filler_greeting", "broken_aside", "greeting_run_on",
                "dangling_ref", "verb_as_noun", "raw_coordinates"):
        assert not found[key], (name, key, found[key][:3])
    assert len(found["recited_controls"]) <= 0.02 * turns, (name, found["recited_controls"][:4])
