"""Issue 18: the run manifest beside the output says what the run was and how it went."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import orjson
from tests.safety.helpers import invoke

from toolgen.io.manifest import manifest_path


def test_manifest_of_a_finished_run(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("generate", "-n", "6", "--seed", "21", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = orjson.loads(manifest_path(out).read_bytes())
    records = out.read_bytes().splitlines()
    rejects = (tmp_path / "out.rejects.jsonl").read_bytes().splitlines()
    assert data["status"] == "complete"
    assert data["identity"]["seed"] == 21 and data["identity"]["config"]["n"] == 6
    assert len(data["identity"]["corpus"]) == 32  # a 128-bit digest in hex
    assert data["identity"]["mode"] == {"llm_mode": "offline"}
    point = data["checkpoint"]
    assert point["accepted"] == len(records) and point["rejected"] == len(rejects)
    assert point["next_index"] == 6 and point["records_bytes"] == out.stat().st_size
    assert datetime.fromisoformat(data["started_at"]) <= datetime.fromisoformat(
        data["ended_at"])
    attempt = data["attempts"][0]
    assert attempt["host"]["cpus"] >= 1 and attempt["host"]["python"]
    assert attempt["engine"] == "local" and attempt["status"] == "complete"
    assert data["toolgen_version"]
    # Issue 17: the run's generation profile is here once, not in every record.
    profile = data["generation_profile"]
    assert profile["run_seed"] == 21 and profile["pattern_mix"] and profile["max_calls"] >= 1
    assert all(b'"pattern_mix"' not in line for line in records)
    # Timestamps and host facts stay out of the records.
    assert b"hostname" not in out.read_bytes() and data["started_at"].encode() not in \
        out.read_bytes()


def test_a_rerun_of_a_finished_run_starts_a_new_one(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert invoke("generate", "-n", "3", "--seed", "2", "-o", str(out)).exit_code == 0
    first = orjson.loads(manifest_path(out).read_bytes())["run_id"]
    before = out.read_bytes()
    assert invoke("generate", "-n", "3", "--seed", "2", "-o", str(out)).exit_code == 0
    assert orjson.loads(manifest_path(out).read_bytes())["run_id"] != first
    assert out.read_bytes() == before
