"""`python -m toolgen` and `python -m toolgen.cli.app` run the same CLI as the script."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["toolgen", "toolgen.cli.app"])
def test_module_runs_the_cli(module: str) -> None:
    proc = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "generate" in proc.stdout and "evaluate" in proc.stdout
