"""A translation reads from the language its text is in and writes into another.

ToolBench seed 7 #37 translated "How much does a ticket to the museum cost?" from nl to
nl: both languages were carried from an earlier translation's `language_code`; and a
drawn source language made the user "translate from German (de)" an English sentence.
Records of the shared corpus's Translation category are read as a reviewer reads them.
"""

from __future__ import annotations

import re
import shutil
from typing import Any

import orjson
import pytest

from toolgen.agents.planner.values_pairs import translated_from
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Endpoint, Parameter

from .corpora import toolbench_tools

_SOURCE = {"source_language", "source_lang", "sourcelanguage", "from_language", "sl"}
_TARGET = {"target_language", "target_lang", "targetlanguage", "to_language", "tl",
           "language_code"}
_TEXT = {"text", "q", "query", "content", "sentence"}


def _key(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    root = tmp_path_factory.mktemp("translation")
    shutil.copytree(toolbench_tools() / "Translation", root / "tools" / "Translation")
    # 500 records: since `graph.goals` a text translated again by another service is one
    # ask made twice and is built again, so fewer calls state both languages (5 of 150)
    config = RunConfig(n=500, seed=7, toolenv=str(root / "tools"))
    out = root / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    found = []
    for line in out.read_bytes().splitlines():
        record = full_dict(orjson.loads(line))
        for m in record["messages"]:
            for tc in m.get("tool_calls") or []:
                args = tc["function"]["arguments"]
                args = orjson.loads(args) if isinstance(args, str) else args
                found.append({_key(k): v for k, v in args.items()})
    return found


def _pairs(calls: list[dict[str, Any]]) -> list[tuple[Any, Any, dict[str, Any]]]:
    out = []
    for args in calls:
        source = next((args[k] for k in _SOURCE if k in args), None)
        target = next((args[k] for k in _TARGET if k in args), None)
        if source is not None and target is not None:
            out.append((source, target, args))
    return out


def test_a_translation_writes_into_another_language_than_it_reads(
        calls: list[dict[str, Any]]) -> None:
    pairs = _pairs(calls)
    assert len(pairs) >= 10  # the check ran on real translations
    same = [args for source, target, args in pairs if str(source).lower() == str(target).lower()]
    assert not same, same[:3]


def test_an_english_text_is_translated_from_english(calls: list[dict[str, Any]]) -> None:
    sent = [(source, args) for source, _, args in _pairs(calls)
            if any(isinstance(args.get(k), str) and " " in args[k] for k in _TEXT)]
    assert len(sent) >= 5
    wrong = [args for source, args in sent if str(source).lower() not in ("en", "auto")]
    assert not wrong, wrong[:3]


def _endpoint(name: str, description: str, params: tuple[str, ...]) -> Endpoint:
    return Endpoint(id=f"t/{name}", function_name=name, tool_id="t", tool_name="T",
                    category="C", name=name, method="GET", url="", description=description,
                    parameters=tuple(Parameter(name=p, raw_name=p, type_label="string",
                                               json_schema={"type": "string"}, required=True)
                                     for p in params),
                    response_schema={})


def test_a_flights_from_is_a_place_not_the_language_a_text_is_read_from() -> None:
    flight = _endpoint("flight_book", "Book a flight.", ("from", "to", "date"))
    assert not translated_from(flight, "from")
    assert not translated_from(flight, "from", "to")
    translator = _endpoint("translate", "Translate a text.", ("text", "from", "to"))
    assert translated_from(translator, "from") and translated_from(translator, "from", "to")
    any_tool = _endpoint("convert", "Convert.", ("text", "source_language", "target_language"))
    assert translated_from(any_tool, "source_language")
