"""Records generated for a test to read as a reviewer would, from the bundled corpus or a
small corpus of shared ToolBench files (skipped when ../shared is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

TOOLS = Path(__file__).resolve().parents[2] / "../shared/corpora/toolbench/toolenv/tools"


def generated(tmp_path_factory: pytest.TempPathFactory, config: RunConfig,
              name: str) -> list[dict[str, Any]]:
    """The records `config` generates, each as one full dict."""
    out = tmp_path_factory.mktemp(name) / "out.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def small_corpus(tmp_path_factory: pytest.TempPathFactory, files: tuple[str, ...],
                 name: str) -> str:
    """A corpus of the shared ToolBench `files` ("Email/mailboxlayer.json"), as a toolenv
    path; the test is skipped when one is missing."""
    if not all((TOOLS / f).is_file() for f in files):
        pytest.skip("shared corpora not present")
    root = tmp_path_factory.mktemp(name)
    for f in files:
        (root / Path(f).parent).mkdir(parents=True, exist_ok=True)
        shutil.copy(TOOLS / f, root / f)
    return str(root)


BFCL = Path(__file__).resolve().parents[2] / (
    "../shared/corpora/bfcl/berkeley-function-call-leaderboard/bfcl_eval/data")


def bfcl_lines(tmp_path_factory: pytest.TempPathFactory, lines: dict[str, tuple[int, ...]],
               name: str) -> str:
    """A BFCL corpus of the shared data files' `lines` (1-based, by file name), as a
    toolenv path; the test is skipped when a file is missing."""
    if not all((BFCL / f).is_file() for f in lines):
        pytest.skip("shared corpora not present")
    root = tmp_path_factory.mktemp(name)
    data = root / "bfcl_eval/data"
    data.mkdir(parents=True)
    for f, wanted in lines.items():
        source = (BFCL / f).read_text().splitlines()
        (data / f).write_text("\n".join(source[i - 1] for i in wanted) + "\n")
    return str(root)
