"""Issue 17, leaner records: schema 2.0 lines store each value once and read back whole."""

from __future__ import annotations

import pickle
from pathlib import Path

import orjson
import pytest

from toolgen.io.encode import Encoded, encode
from toolgen.io.jsonl import read_dicts, read_records
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import SCHEMA_VERSION, Record, Rejection
from toolgen.records.lean import expand, shrink


@pytest.fixture(scope="module")
def items() -> list[Record | Rejection]:
    config = RunConfig(n=80, seed=11)
    return realise_all(Runtime.build(config), config)


@pytest.fixture(scope="module")
def records(items: list[Record | Rejection]) -> list[Record]:
    return [r for r in items if isinstance(r, Record)]


def _call_args(record: Record) -> dict[str, dict[str, object]]:
    return {c.id: orjson.loads(c.function.arguments)
            for m in record.messages for c in m.tool_calls or ()}


def test_a_line_reads_back_as_the_record_written(items: list[Record | Rejection]) -> None:
    for item in items:
        line = encode(item)
        back = type(item).model_validate_json(line)
        assert back == item
        assert encode(back) == line


def test_the_full_dict_survives_shrink_and_expand(records: list[Record]) -> None:
    for record in records:
        full = orjson.dumps(record.model_dump(mode="json"))
        assert orjson.dumps(expand(shrink(orjson.loads(full)))) == full


def test_argument_values_are_stored_once(records: list[Record]) -> None:
    """A value the call carries is not repeated in step_trace nor in the planner scenario."""
    repeated = 0
    for record in records:
        data = orjson.loads(encode(record))
        given = _call_args(record)
        for step in data["step_trace"]:
            for name, arg in step.get("arguments", {}).items():
                if name in given.get(step["call_id"], {}):
                    repeated += "value" in arg and arg["value"] == given[step["call_id"]][name]
        for call in data["metadata"]["planner_scenario"]["calls"]:
            for arg in call.get("arguments", []):
                if arg["name"] in given.get(call["call_id"], {}):
                    repeated += ("value" in arg
                                 and arg["value"] == given[call["call_id"]][arg["name"]]
                                 and type(arg["value"]) is
                                 type(given[call["call_id"]][arg["name"]]))
    assert repeated == 0


def test_a_value_unlike_the_call_stays_in_the_line(records: list[Record]) -> None:
    record = next(r for r in records if r.step_trace and r.step_trace[0].arguments)
    step = record.step_trace[0]
    name = next(iter(step.arguments))
    odd = step.arguments[name].model_copy(update={"value": "not what was sent"})
    changed = record.model_copy(update={"step_trace": (
        step.model_copy(update={"arguments": {**step.arguments, name: odd}}),
        *record.step_trace[1:])})
    line = orjson.loads(encode(changed))
    assert line["step_trace"][0]["arguments"][name]["value"] == "not what was sent"
    assert Record.model_validate_json(encode(changed)) == changed


def test_intended_mistakes_keep_their_values(records: list[Record]) -> None:
    """Deliberately wrong calls are in the sample and still read back exactly."""
    mistaken = [r for r in records if any(s.intended for s in r.step_trace)]
    assert mistaken, "the sample should hold deliberate mistakes"
    for record in mistaken:
        assert Record.model_validate_json(encode(record)).step_trace == record.step_trace


def test_run_level_profile_is_not_in_the_record(records: list[Record]) -> None:
    for record in records:
        profile = orjson.loads(encode(record))["metadata"]["generation_profile"]
        assert set(profile) == {"run_seed", "toolenv", "format", "max_tools"}
    assert records[0].schema_version == SCHEMA_VERSION == "2.0"


def test_lines_are_leaner_than_the_full_form(records: list[Record]) -> None:
    lean = sum(len(encode(r)) for r in records)
    full = sum(len(r.model_dump_json()) for r in records)
    assert lean < 0.85 * full


def test_plain_dict_readers_see_the_full_form(records: list[Record], tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_bytes(b"".join(encode(r) + b"\n" for r in records))
    dicts = list(read_dicts(path))
    assert dicts == [r.model_dump(mode="json") for r in records]
    assert [x.record for x in read_records(path)] == records  # type: ignore[union-attr]


def test_a_schema_1_line_still_loads(records: list[Record], tmp_path: Path) -> None:
    """Old files (everything stored in full, the whole profile in every record) load."""
    old = records[0].model_dump(mode="json")
    old["schema_version"] = "1.0"
    old["metadata"]["generation_profile"] = {"run_seed": 11, "toolenv": "bundled",
                                             "pattern_mix": {"single_call": 1.0}}
    path = tmp_path / "old.jsonl"
    path.write_bytes(orjson.dumps(old) + b"\n")
    read = next(iter(read_records(path)))
    assert not hasattr(read, "kind"), read
    record = read.record  # type: ignore[union-attr]
    assert record.step_trace == records[0].step_trace
    assert record.metadata.generation_profile["pattern_mix"] == {"single_call": 1.0}
    assert next(iter(read_dicts(path))) == old
    # Rescored and written again (evaluate), it stays a full schema 1.0 line.
    assert orjson.loads(encode(record)) == old


def test_a_worker_sends_bytes_not_the_record(records: list[Record]) -> None:
    record = records[0]
    sent = pickle.loads(pickle.dumps(Encoded.of(record, keep=False)))
    assert sent.model is None and sent.is_record
    assert sent.line == encode(record) + b"\n"
    assert sent.item() == record
    # The payload carries the line, not a pickled model the parent would rebuild.
    assert b"toolgen.records" not in pickle.dumps(Encoded.of(record, keep=False))
    assert b"toolgen.records" in pickle.dumps(record)



def test_keys_outside_the_tables_survive_when_defaults_were_left_out() -> None:
    from toolgen.records.lean import _PLAN_ARG, _drop, _restore

    arg = {"name": "currency", "source": "user", "value": "EUR", "call_id": None,
           "path": None, "provenance": "planner_llm"}
    lean = dict(arg)
    _drop(lean, _PLAN_ARG)
    assert "call_id" not in lean
    assert _restore(lean, _PLAN_ARG) == arg
