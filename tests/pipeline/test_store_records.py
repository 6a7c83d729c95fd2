"""Records of BFCL's memory APIs (key-value pairs, text entries), read as a reviewer reads them: a
read after a write shows what was written."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import record_checks as rc
from . import store_checks as sc
from .corpora import SHARED_CORPORA

pytestmark = pytest.mark.slow

DOCS = SHARED_CORPORA / "bfcl" / "berkeley-function-call-leaderboard" / "bfcl_eval" / "data"
MEMORY = (DOCS / "multi_turn_func_doc" / "memory_kv.json",
          DOCS / "multi_turn_func_doc" / "memory_vector.json")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not all(path.is_file() for path in MEMORY):
        pytest.skip(f"shared BFCL corpus not found at {DOCS}")
    corpus: Path = tmp_path_factory.mktemp("memory")
    for path in MEMORY:
        shutil.copy(path, corpus / path.name)
    config = RunConfig(n=120, seed=7, toolenv=str(corpus))
    out = corpus / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def test_a_read_of_the_store_shows_the_pairs_written_before_it(
        records: list[dict[str, Any]]) -> None:
    checked = [(r["conversation_id"], sc.stale_store_reads(r)) for r in records]
    assert sum(reads for _, (reads, _) in checked) >= 3, "too few reads after a write"
    found = [f"{cid}: {p}" for cid, (_, problems) in checked for p in problems]
    assert not found, rc.first_problems(found)
