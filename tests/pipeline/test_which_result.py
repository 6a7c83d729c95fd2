"""An answer that reports two calls of one function says which result is which, read on
BFCL records as a reviewer reads them. Before `policy.which_call`, BFCL seed 71 #3
answered two field strengths as "its field strength is 564530000.0. I've calculated the
electric field strength - its field strength is 1458800000.0", and #13 two recipe
searches as "there are 6 in all, starting with Ginger Tomato Pasta. As for the recipes,
Chili Tomato Pasta comes first", naming neither request."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from toolgen.agents.policy.which_call import which_calls
from toolgen.episode.state import MadeCall
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Endpoint

from .corpora import SHARED_CORPORA

Rec = dict[str, Any]


def _call(endpoint: str, **arguments: Any) -> MadeCall:
    made = Endpoint(id=f"t/{endpoint}", function_name=endpoint, tool_id="t", tool_name="t",
                    category="c", name=endpoint)
    return MadeCall(call_id=endpoint, endpoint=made, arguments=arguments)


def test_calls_of_one_function_are_told_apart_by_what_differs() -> None:
    calls = [_call("field", charge=16.08, distance=16),
             _call("field", charge=19.64, distance=11, medium="vacuum"),
             _call("recipes", diet="dairy_free", kind="dessert", time=10)]
    # a value every call states differently tells more than an option one call sets;
    # a figure keeps its label, and a lone call needs no name
    assert which_calls(calls) == ["charge 16.08, distance 16", "charge 19.64, distance 11", ""]


def test_addresses_codes_and_long_texts_are_said_short() -> None:
    calls = [_call("get", url="https://www.mcgee-campbell.com/requests/bb7710",
                   chart="chr_7f2213", password="hunter2"),
             _call("get", url="https://adams.com/requests/833fc4", chart="chr_573256",
                   password="swordfish")]
    assert which_calls(calls) == ["mcgee-campbell.com, chart chr_7f2213",
                                  "adams.com, chart chr_573256"]
    texts = [_call("qr", text="I would like to book a table for two at eight tonight"),
             _call("qr", text="Where is the nearest train station?")]
    assert which_calls(texts) == ["I would like to book a table for two at...",
                                  "Where is the nearest train station?"]


@pytest.fixture(scope="module")
def bfcl(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not (SHARED_CORPORA / "bfcl").is_dir():
        pytest.skip("shared BFCL corpus not found")
    config = RunConfig(n=150, seed=71, toolenv=str(SHARED_CORPORA / "bfcl"))
    out = tmp_path_factory.mktemp("which") / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _told_apart(record: Rec) -> tuple[int, list[str]]:
    """Answers to two calls of one function sent different words (a city, a diet), and
    whether the answer names each call's."""
    seen, problems = 0, []
    messages = record["messages"]
    for k, m in enumerate(messages):
        calls = [c["function"] for c in m.get("tool_calls") or []]
        names = [c["name"] for c in calls]
        answer = next((a["content"] for a in messages[k + 1:] if a["role"] == "assistant"
                       and a.get("content") and not a.get("tool_calls")), None)
        for name in {n for n in names if names.count(n) > 1}:
            args = [orjson.loads(c["arguments"]) for c in calls if c["name"] == name]
            words = [w for w in _differing_words(args) if w]
            if answer is None or len(words) < len(args):
                continue
            seen += 1
            problems += [f"{name}: {w!r} not in {answer!r}" for w in words
                         if w.lower() not in answer.lower()]
    return seen, problems


def _differing_words(args: list[dict[str, Any]]) -> list[str]:
    """Each call's short, plain word value of the first input every call was sent and
    each sent differently ("" when a call's is no such word)."""
    for key in args[0]:
        values = [a.get(key) for a in args]
        if key in ("password", "token") or len({repr(v) for v in values}) < len(values):
            continue
        if all(isinstance(v, str) and v.replace(" ", "").isalpha() and len(v) <= 30
               for v in values):
            return [str(v) for v in values]
    return []


def test_bfcl_answers_say_which_result_is_which(bfcl: list[Rec]) -> None:
    seen, problems = 0, []
    for r in bfcl:
        n, found = _told_apart(r)
        seen += n
        problems += [f"{r['conversation_id']}: {p}" for p in found]
    assert seen >= 4, seen
    assert not problems, problems
