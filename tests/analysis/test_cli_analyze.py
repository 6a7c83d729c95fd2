"""`toolgen analyze` through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
import typer
from typer.testing import CliRunner

from toolgen.cli import analyze, evaluate

from .factories import A, B, C

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    evaluate.register(app)
    analyze.register(app)
    return app


def test_analyze_writes_summary(tmp_path: Path) -> None:
    path = tmp_path / "run.scored.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in (A, B, C)) + b"\n")
    result = runner.invoke(_app(), ["analyze", str(path), "--endpoints", "4"])
    assert result.exit_code == 0, result.output
    summary = orjson.loads((tmp_path / "run.summary.json").read_bytes())
    assert summary["records"] == 3
    assert summary["coverage"]["endpoint_coverage"] == pytest.approx(0.5)
    assert "summary:" in result.output
    assert "parallel" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "file not found"), (b"\n", "empty file"), (b"[1, 2]\nnope\n", "not JSONL")],
)
def test_analyze_bad_input(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "x.scored.jsonl"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(_app(), ["analyze", str(path)])
    assert result.exit_code == 2
    assert message in result.output


def test_summary_path() -> None:
    assert analyze.summary_path(Path("o/x.scored.jsonl")) == Path("o/x.summary.json")
    assert analyze.summary_path(Path("x.jsonl")) == Path("x.summary.json")
