"""`scripts/export_dashboard_data.py --dataset` writes the same bundle as
`toolgen export-dashboard`, and bad input is one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "export_dashboard_data.py"
CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOOLGEN_")}
    paths = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=_env(), capture_output=True, text=True,
                          timeout=120)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_script_and_command_write_the_same_bundle(tmp_path: Path) -> None:
    made = _run([*CLI, "generate", "--offline", "-n", "6", "--seed", "4", "-o",
                 "output/c.jsonl"], tmp_path)
    assert made.returncode == 0, made.stderr
    _run([*CLI, "build", "-o", "output/artifacts"], tmp_path)
    script = _run([sys.executable, str(SCRIPT), "--dataset", "output/c.jsonl", "--out",
                   "by_script"], tmp_path)
    assert script.returncode == 0, script.stderr
    command = _run([*CLI, "export-dashboard", "output/c.jsonl", "--out", "by_command"],
                   tmp_path)
    assert command.returncode == 0, command.stderr
    by_script, by_command = _tree(tmp_path / "by_script"), _tree(tmp_path / "by_command")
    assert "bundle.json" in by_script
    assert by_script == by_command
    bundle = orjson.loads(by_script["bundle.json"])
    assert isinstance(bundle, dict) and bundle
    assert "exported 6 conversations" in script.stdout


def test_a_missing_dataset_is_one_line(tmp_path: Path) -> None:
    done = _run([sys.executable, str(SCRIPT), "--dataset", "nope.jsonl", "--out", "b"], tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "nope.jsonl" in lines[0]
