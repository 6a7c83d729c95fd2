"""Gates skip checks that cannot fire, and the shortcuts beside them answer as before.

The oracle for the gates is the ungated path: real records (generated from the bundled
corpus, the shared ToolBench slice and BFCL, kept and rejected ones) are judged with and
without gates, and every check whose gate is shut must find nothing on its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.judge import JudgeContext, realism, score, validate
from toolgen.judge import answer as answer_rule
from toolgen.judge import secrets as secrets_rule
from toolgen.judge.gates import function_gate, gate_of, output_keys_gate
from toolgen.judge.realism import postcodes
from toolgen.judge.view import (
    build_view,
    output_leaves,
    output_nodes,
    output_objects,
    walk_output,
)
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from .factories import valid

N = 100
SEED = 7
# A corpus credential (the shape of a RapidAPI key) and a configured key: the secrets
# check runs its whole path on records without them, and its pre-test on every record.
CTX = JudgeContext(secrets=frozenset({"8f2a1c9d3emsh4b5c6d7e8f9a0b1p1c2d3ejsn4f5a6b7c8d9e",
                                      "sk-test-0123456789abcdefghij"}))


SHARED_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def _shared(part: str) -> str:
    path = SHARED_CORPORA / part
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path}")
    return str(path)


CORPORA = {"bundled": lambda: None, "toolbench": lambda: _shared("toolbench/toolenv/tools"),
           "bfcl": lambda: _shared("bfcl")}


def _read(path: Path, field: str | None = None) -> list[Record]:
    out = []
    for line in path.read_bytes().splitlines() if path.exists() else ():
        data = orjson.loads(line)
        data = data.get(field) if field else data
        if data:
            out.append(Record.model_validate(full_dict(data)))
    return out


@pytest.fixture(scope="module", params=sorted(CORPORA))
def records(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> list[Record]:
    config = RunConfig(n=N, seed=SEED, toolenv=CORPORA[request.param]())
    out: Path = tmp_path_factory.mktemp("gates") / f"{request.param}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    kept = _read(out)
    assert len(kept) >= N * 0.9
    return kept + _read(out.with_name(f"{request.param}.rejects.jsonl"), "record")


def _fresh(record: Record) -> Record:
    # a copy is a new object: it gets its own view, so no memo of one path serves the other
    return record.model_copy(update={"judge_scores": None})


def test_gated_findings_and_scores_are_the_ungated_ones(records: list[Record]) -> None:
    for record in records:
        ungated = _fresh(record)
        want = validate(ungated, CTX, gated=False)
        gated = _fresh(record)
        got = validate(gated, CTX)
        assert got == want, record.conversation_id
        assert score(gated, got) == score(ungated, want), record.conversation_id


def test_a_shut_gate_hides_no_finding_of_its_check(records: list[Record]) -> None:
    shut = 0
    for record in records:
        view = build_view(_fresh(record))
        for name, gate in realism.GATES.items():
            if gate is not None and not gate(view):
                shut += 1
                assert realism.CHECKS[name](view, CTX) == [], (name, record.conversation_id)
    assert shut > len(records)  # the gates do shut: the test exercises them


def test_gated_checks_fire_and_agree_on_the_labelled_defects() -> None:
    # the oracle above would pass vacuously if the gated checks never found anything (the
    # generator now rarely makes what they look for), so it runs again on the calibration
    # set, whose corruptions each gated check is written to find
    from .calibration.labelled import load

    fired: set[str] = set()
    for row in load():
        want = validate(_fresh(row.record), CTX, gated=False)
        got = validate(_fresh(row.record), CTX)
        assert got == want, row.id
        fired |= {f.validator for f in got}
    gated = {name for name, gate in realism.GATES.items() if gate is not None}
    assert gated <= fired, sorted(gated - fired)


# -- the gate mechanism -------------------------------------------------------------------

def test_a_check_declares_its_gate_in_its_module() -> None:
    assert gate_of(postcodes.check_view) is postcodes.GATE
    assert realism.GATES["postcodes"] is postcodes.GATE
    assert gate_of(lambda view, ctx: []) is None  # a check without GATE always runs


def test_a_gate_wrapped_check_keeps_its_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    # callers that wrap a check (the judge_speed bench times each) keep its gate
    calls: list[str] = []

    def wrapped(view: Any, ctx: JudgeContext) -> list[Any]:
        calls.append("postcodes")
        return []

    monkeypatch.setitem(realism.CHECKS, "postcodes", wrapped)
    realism.check_view(build_view(valid()), CTX)
    assert calls == []  # the valid record has no postcode field: the gate is shut


def _record_with_output(output: dict[str, Any], function: str = "get_weather") -> Record:
    base = valid().model_dump()
    for m in base["messages"]:
        if m["role"] == "tool":
            m["content"] = orjson.dumps(output).decode()
    for s in base["step_trace"]:
        s["function_name"] = function
    return Record.model_validate(base)


def test_output_keys_gate_reads_every_object_of_every_output() -> None:
    gate = output_keys_gate(lambda key: key == "zip")
    nested = {"results": [{"place": {"zip": "10001"}}]}
    assert gate(build_view(_record_with_output(nested)))
    assert not gate(build_view(_record_with_output({"results": [{"place": {"zap": 1}}]})))


def test_a_gate_made_after_a_record_was_gated_still_reads_its_keys() -> None:
    # the output-keys gates share one table of bits per key, set and record: a gate made
    # later (a test's, a plugin's) must not read a table worked out before it existed
    view = build_view(_record_with_output({"results": [{"venue": {"capacity": 900}}]}))
    assert not output_keys_gate(lambda key: key == "zip")(view)
    later = output_keys_gate(lambda key: key == "capacity")
    assert later(view)
    assert later(build_view(_record_with_output({"capacity": 1})))
    assert not later(build_view(_record_with_output({"seats": 1})))


def test_function_gate_reads_the_called_names() -> None:
    gate = function_gate(lambda name: name.startswith("get_"))
    assert gate(build_view(_record_with_output({}, "get_weather")))
    assert not gate(build_view(_record_with_output({}, "book_table")))


# -- the shortcuts ---------------------------------------------------------------------------

_DOCS: list[Any] = [
    {"a": [1, {"b": 2, "c": [3, [4, {"d": None}]]}], "e": {"f": "x"}},
    [[1, 2], [{"k": {"z": True}}], "s"],
    [], {}, 5, "text", None,
    {"1": {"2": [{"3": 3.5}, []]}, "list": [[{"x": "y"}]]},
]


@pytest.mark.parametrize("doc", _DOCS)
def test_one_walk_gives_the_three_walks(doc: Any) -> None:
    nodes, objects, leaves = walk_output(doc)
    assert nodes == output_nodes(doc)
    assert all(a is b for a, b in zip(nodes, output_nodes(doc), strict=True))
    assert [(k, id(o)) for k, o in objects] == [(k, id(o)) for k, o in output_objects(doc)]
    assert leaves == output_leaves(doc)


_ANSWERS = [
    "Booking htl_8f3a2c and 123456789 are set; ref 550e8400-e29b-41d4-a716-446655440000.",
    "Nothing here.", "", "ab-1234 cd_x9y8 1.234567 9876543", "htl_8f3a2chtl_1a2b3c4d",
    "ORD-0001 at 12:30, id 000000 and 12345",
]


@pytest.mark.parametrize("text", _ANSWERS)
def test_ids_are_cut_as_the_id_pattern_substitutes(text: str) -> None:
    view = build_view(valid())
    assert answer_rule.without_ids(view, text) == answer_rule._ID.sub(" ", text)
    assert [t for _, _, t in answer_rule.id_spans(view, text)] == [
        m.group(0) for m in answer_rule._ID.finditer(text)]


_BODIES = [b"", b"plain text", b'{"a":"Bearer abcdefghijklmnopqrstuv"}', b"xsk-not",
           b"key sk-abcdefghijklmnopqrstuvwxyz", b"eyJ", b"AIza AKIA ghp_ xoxb-",
           b"0123456789msh0123456789abcdefp", b"gh_p xox- msh", b"\"eyJhbGciOi",
           b"[ghs_x]", b"bearer", b"x=xoxs-1"]


@pytest.mark.parametrize("body", _BODIES)
def test_the_secret_literal_test_answers_as_the_prefilter_regexes(body: bytes) -> None:
    spaced = body.translate(secrets_rule._SPLIT)
    want = bool(secrets_rule._TOKEN_START.search(b" " + spaced)
                or secrets_rule._RAPIDAPI_INFIX.search(body))
    assert secrets_rule._may_be_shaped(body) == want


def test_garbled_the_patterns_need_the_written_the() -> None:
    from toolgen.judge.realism import garbled
    for pattern in (garbled._THE_LETTER, garbled._THE_POSSESSIVE, garbled._THE_PAIR):
        assert pattern.pattern.startswith(r"\bthe ")
        assert not pattern.flags & re.IGNORECASE


def _modules() -> list[ModuleType]:
    import sys
    return [sys.modules[c.__module__] for c in realism.CHECKS.values()]


def test_every_gate_is_callable_on_a_view() -> None:
    view = build_view(valid())
    for module in _modules():
        gate = getattr(module, "GATE", None)
        if gate is not None:
            assert isinstance(gate(view), bool)
