"""What a `..._by_...` endpoint answers is what comes before "by", not what it looks it up
by: TikTok's `get_collection_list_by_user_id` listed user profiles (username, full name,
followers) as collections (ToolBench seed 7 #33, #163, #230)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toolgen.executor import MockExecutor

TOOLS = Path(__file__).resolve().parents[2] / "../shared/corpora/toolbench/toolenv/tools"
FILE = TOOLS / "Social/tiktok_video_feature_summary.json"


def test_collections_listed_by_user_are_collections(tmp_path: Path) -> None:
    if not FILE.is_file():
        pytest.skip("shared ToolBench corpus not present")
    registry = pytest.importorskip("toolgen.registry")
    shutil.copy(FILE, tmp_path / FILE.name)
    reg = registry.load_registry(tmp_path)
    ep = next(e for e in reg.endpoints if e.name == "get collection list by user id")
    executor = MockExecutor(seed=7)
    for seed in range(8):
        out = executor.session(seed).call(ep, {"user_id": "usr_88a4c9"}).output
        items = out["collections"]
        assert items, out
        for item in items:
            assert not {"username", "full_name", "followers"} & set(item), item
            assert item["user_id"] == "usr_88a4c9"
