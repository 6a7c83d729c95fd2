"""Where the shared corpora live (beside the repository); tests skip when they are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
TOOLBENCH_TOOLS = SHARED_CORPORA / "toolbench" / "toolenv" / "tools"


def toolbench_tools() -> Path:
    """The shared ToolBench tools directory, or skip the calling test with the reason."""
    if not TOOLBENCH_TOOLS.is_dir():
        pytest.skip(f"shared ToolBench corpus not found at {TOOLBENCH_TOOLS}")
    return TOOLBENCH_TOOLS
