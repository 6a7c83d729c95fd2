"""`toolgen evaluate` and the JSONL reader, through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
import typer
from typer.testing import CliRunner

from toolgen.cli import analyze, evaluate
from toolgen.io.jsonl import LineError, ReadRecord, full_dict, read_records
from toolgen.records import Record

from .factories import valid, valid_dict

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    evaluate.register(app)
    analyze.register(app)
    return app


def _broken_line() -> bytes:
    d = valid_dict()
    del d["messages"][5]  # call_2 unanswered
    return Record.model_validate(d).model_dump_json().encode()


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "x.jsonl"
    lines = [
        valid().model_dump_json().encode(),
        _broken_line(),
        b"{not json",
        b'{"conversation_id": 1}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_read_records_turns_bad_lines_into_errors(dataset: Path) -> None:
    items = list(read_records(dataset))
    assert [type(i) for i in items] == [ReadRecord, ReadRecord, LineError, LineError]
    assert [i.kind for i in items if isinstance(i, LineError)] == ["not_json", "invalid_record"]
    assert items[3].line == 4


def test_evaluate_writes_scored_file_and_reports(dataset: Path) -> None:
    result = runner.invoke(_app(), ["evaluate", str(dataset), "--no-replay"])
    assert result.exit_code == 0, result.output
    scored = dataset.with_name("x.scored.jsonl")
    rows = [full_dict(orjson.loads(line)) for line in scored.read_bytes().splitlines()]
    assert len(rows) == 2
    assert rows[0]["judge_scores"]["findings"] == []
    assert rows[0]["judge_scores"]["rationale"]
    assert rows[1]["judge_scores"]["overall"] <= 3.0
    assert "unanswered_call" in result.output
    assert "not_json" in result.output
    assert "1/2" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "file not found"), (b"", "empty file"), (b"hello\nworld\n", "not JSONL")],
)
def test_evaluate_bad_input_is_one_line(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "in.jsonl"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(_app(), ["evaluate", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_scored_path() -> None:
    assert evaluate.scored_path(Path("out/a.jsonl")) == Path("out/a.scored.jsonl")
    assert evaluate.scored_path(Path("a.scored.jsonl")) == Path("a.scored.jsonl")
