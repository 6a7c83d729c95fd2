"""Record files for the export tests, generated on the shared corpora once per session
(per xdist worker): loading the ToolBench corpus dominates, so modules share them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .corpora import BFCL, TOOLBENCH, generate_records, need_corpora


@pytest.fixture(scope="session")
def record_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    need_corpora()
    folder = tmp_path_factory.mktemp("records")
    return {"toolbench": generate_records(folder, TOOLBENCH, 40),
            "bfcl": generate_records(folder, BFCL, 40)}
