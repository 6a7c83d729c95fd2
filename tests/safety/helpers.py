"""Shared helpers for the safety tests: run the CLI in-process and read its one-line errors."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from typer.testing import CliRunner, Result

from toolgen.cli.app import _register_all, app

_register_all()


def invoke(*args: str) -> Result:
    """Runs the CLI from an empty working directory: the defaults that are relative paths
    (`output/artifacts`) must not pick up whatever a developer's `make run` left in the
    repository (a prepared corpus from older source prints a note line)."""
    with tempfile.TemporaryDirectory(prefix="toolgen-cwd-") as cwd, contextlib.chdir(cwd):
        return CliRunner().invoke(app, list(args))


def error_lines(result: Result) -> list[str]:
    """The non-blank lines of the output; asserts no traceback escaped."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception)
    assert "Traceback" not in result.output
    return [line for line in result.output.splitlines() if line.strip()]


def lines_of(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().splitlines() if line.strip()]
