"""What users ask for, read on generated records as a reviewer reads them: the thing an
endpoint returns is named ("a random recipe"), never only its modifier ("Gotta find
random."), and a request blob (`params`) is not echoed into every listed item."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import record_checks as rc
from .corpora import TOOLBENCH_TOOLS

pytestmark = pytest.mark.slow

BIGOVEN = TOOLBENCH_TOOLS / "Food" / "bigoven.json"
Rec = dict[str, Any]
_BARE = re.compile(r"\b(?:the|find|get|about) (?:random|latest|top|new)\b(?! \w)", re.I)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    if not BIGOVEN.is_file():
        pytest.skip("shared ToolBench corpus not found")
    corpus = tmp_path_factory.mktemp("bigoven")
    (corpus / "Food").mkdir()
    shutil.copy(BIGOVEN, corpus / "Food" / BIGOVEN.name)
    config = RunConfig(n=80, seed=7, toolenv=str(corpus))  # 60 held one random recipe
    out = corpus / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def test_a_random_recipe_is_asked_for_as_a_recipe(records: list[Rec]) -> None:
    asked = [r for r in records if any(tc["function"]["name"].startswith("get_random_recipe")
                                       for _, tc, _ in rc.calls(r))]
    assert len(asked) >= 2, "too few random recipes to judge"
    found = [f"{r['conversation_id']}: {m['role']}: {m['content'][:80]}"
             for r in asked for m in r["messages"]
             if m["role"] in ("user", "assistant") and _BARE.search(m.get("content") or "")]
    found += [f"{r['conversation_id']}: the user never names a recipe" for r in asked
              if "recipe" not in json.dumps([m.get("content") for m in r["messages"]
                                             if m["role"] == "user"]).lower()]
    assert not found, rc.first_problems(found)


YOUTUBE_MUSIC = TOOLBENCH_TOOLS / "Music" / "youtube_music_api_detailed.json"


def test_no_user_states_a_params_token(tmp_path: Path) -> None:
    if not YOUTUBE_MUSIC.is_file():
        pytest.skip("shared ToolBench corpus not found")
    (tmp_path / "Music").mkdir()
    shutil.copy(YOUTUBE_MUSIC, tmp_path / "Music" / YOUTUBE_MUSIC.name)
    config = RunConfig(n=40, seed=7, toolenv=str(tmp_path))
    out = tmp_path / "records.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    assert len(records) >= 20
    found = []
    for r in records:
        users = " ".join(m.get("content") or "" for m in r["messages"] if m["role"] == "user")
        for _, tc, _ in rc.calls(r):
            value = json.loads(tc["function"]["arguments"] or "{}").get("params")
            if value is not None and str(value) in users:
                found.append(f"{r['conversation_id']}: the user says params={value}")
    assert not found, rc.first_problems(found)
