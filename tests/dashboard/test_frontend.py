"""Front-end checks run from pytest so `make test` covers them: generated types are
current, no HTML sink exists in the app, and the vitest component tests pass."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "dashboard" / "src"


def test_record_types_are_generated_from_the_current_model() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_dashboard_types.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    generated = (SRC / "types" / "record.ts").read_text(encoding="utf-8")
    assert generated.startswith("/* Generated from toolgen.records.Record")
    assert "export interface ArgumentTrace" in generated


def test_no_html_sinks_in_the_app() -> None:
    sink = re.compile(r"dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|eval\(")
    offenders = [
        str(path.relative_to(REPO))
        for path in SRC.rglob("*.ts*")
        if sink.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_vitest_component_tests_pass() -> None:
    npm = shutil.which("npm")
    if npm is None or not (REPO / "dashboard" / "node_modules").is_dir():
        pytest.skip("dashboard dependencies not installed (make dashboard)")
    result = subprocess.run(
        [npm, "test", "--silent"], cwd=REPO / "dashboard",
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
