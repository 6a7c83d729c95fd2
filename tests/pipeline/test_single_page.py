"""A page read on its own states figures a reviewer believes, and a team's lookup
answers the team.

ToolBench seed 1135992 record 9: `get_all_teams(page="0")` listed four NBA teams with
`meta.total_count` 1,630,066 on 2,721 pages of 31, and the answer said "1630066 came
back"; `get_a_specific_team` answered a game (Pistons v Pacers, 3-3) read back as "it's
rated 3". Read from the written records, as a reviewer reads them.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools

pytestmark = pytest.mark.slow

_PAGES = ("total_pages", "page_count", "num_pages")
_SIZE = ("per_page", "page_size", "limit")
_TOTAL = ("total_count", "total", "total_results")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    config = RunConfig(n=20, seed=1135992, toolenv=str(toolbench_tools()))
    out: Path = tmp_path_factory.mktemp("single_page") / "tb.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def _outputs(record: dict[str, Any]) -> list[tuple[str, Any]]:
    out = []
    for m in record["messages"]:
        if m["role"] == "tool":
            try:
                out.append((m.get("name", ""), orjson.loads(m["content"])))
            except orjson.JSONDecodeError:
                continue
    return out


def _first(node: dict[str, Any], keys: tuple[str, ...]) -> int | None:
    for key in keys:
        value = node.get(key)
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _page_problems(output: Any) -> list[str]:
    """A page's figures against the items it lists and each other."""
    if not isinstance(output, dict):
        return []
    items = next((v for v in output.values() if isinstance(v, list) and v), None)
    if items is None:
        return []
    problems = []
    for node in [output, *(v for v in output.values() if isinstance(v, dict))]:
        pages, size, total = (_first(node, _PAGES), _first(node, _SIZE),
                              _first(node, _TOTAL))
        if pages is None or size is None or total is None:
            continue
        if total > pages * size or total <= (pages - 1) * size:
            problems.append(f"{total} items do not fill {pages} pages of {size}")
        if len(items) < size and pages > 1 and node.get("current_page") == 1:
            problems.append(f"a first page of {len(items)} under its size {size} "
                            f"says {pages} pages")
        if total > 10 * max(size, len(items)):
            problems.append(f"{len(items)} items shown of {total}")
    return problems


def test_a_single_page_states_a_believable_total(records: list[dict[str, Any]]) -> None:
    paged = [(r["conversation_id"], name, p) for r in records
             for name, output in _outputs(r) for p in _page_problems(output)]
    assert paged == []
    answers = " ".join(m.get("content") or "" for r in records for m in r["messages"]
                       if m["role"] == "assistant")
    assert "1630066" not in answers


@pytest.fixture(scope="module")
def nba(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Free NBA alone: its team lookup is drawn whatever the rest of the corpus holds."""
    corpus = tmp_path_factory.mktemp("nba") / "tools"
    (corpus / "Sports").mkdir(parents=True)
    shutil.copy(toolbench_tools() / "Sports" / "free_nba.json", corpus / "Sports")
    config = RunConfig(n=20, seed=1135992, toolenv=str(corpus))
    out = corpus.parent / "nba.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def test_a_team_lookup_answers_a_team(nba: list[dict[str, Any]]) -> None:
    records = nba
    teams = [o for r in records for name, o in _outputs(r)
             if name.startswith("get_a_specific_team")]
    assert teams  # the record holds the lookup
    for team in teams:
        assert isinstance(team, dict)
        assert "home_team" not in team and "home_score" not in team
        assert any("name" in k and isinstance(v, str) and v for k, v in team.items())
    answers = " ".join(m.get("content") or "" for r in records for m in r["messages"]
                       if m["role"] == "assistant")
    assert "rated 3" not in answers
