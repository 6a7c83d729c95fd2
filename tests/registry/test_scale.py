"""Corpus-scale start-up: one read of the corpus, `--max-tools` stopping early, big builds.

Corpora are written by `bench/make_corpus.py` (copies of the shared ToolBench slice with
perturbed names). Speed is measured in `bench/`, never asserted here: these tests check
that the fast paths give the same answers as the plain ones and that a corpus of the
upstream size builds and generates.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest
import typer
from typer.testing import CliRunner

from toolgen.cli import build as build_cli
from toolgen.cli import generate as generate_cli
from toolgen.registry import collect_corpus_secrets, load_registry
from toolgen.registry.loader import load_corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_corpus import FULL_ENDPOINTS, FULL_FILES, SLICE, make_corpus

SMALL_FILES = 400


def toolbench_tools() -> Path:
    """The shared ToolBench slice the corpora are made from, or skip."""
    if not SLICE.is_dir():
        pytest.skip(f"shared ToolBench corpus not found at {SLICE}")
    return SLICE


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small") / "tools"
    make_corpus(root, files=SMALL_FILES, endpoints=1_600, source=toolbench_tools())
    # A broken file sorting last: a walk that reads everything reports it.
    (root / "zz_last").mkdir()
    (root / "zz_last" / "broken.json").write_text("{not json")
    return root


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    build_cli.register(app)
    generate_cli.register(app)
    return app


def test_generated_corpus_has_the_requested_size(small_corpus: Path) -> None:
    files = list(small_corpus.rglob("*.json"))
    assert len(files) == SMALL_FILES + 1
    endpoints = sum(len(orjson.loads(f.read_bytes())["api_list"]) for f in files
                    if f.parent.name != "zz_last")
    assert endpoints == 1_600


def test_distinct_corpus_words_every_copy_apart(tmp_path: Path) -> None:
    """`--distinct`: no two copies of a slice file share an endpoint name, description or
    parameter description (the caches keyed by them miss as on real data); the first
    copy is the slice's own wording, and the size is the same."""
    source = toolbench_tools()
    files = 2 * sum(1 for p in source.rglob("*.json"))  # two copies of most files
    plain, distinct = tmp_path / "plain", tmp_path / "distinct"
    sizes = make_corpus(plain, files=files, endpoints=0, source=source)
    assert make_corpus(distinct, files=files, endpoints=0, source=source,
                       distinct=True) == sizes
    pairs = [(p, distinct / p.relative_to(plain)) for p in sorted(plain.rglob("*__c1.json"))]
    assert pairs
    for plain_file, distinct_file in pairs[:50]:
        before = orjson.loads(plain_file.read_bytes())["api_list"]
        after = orjson.loads(distinct_file.read_bytes())["api_list"]
        first = orjson.loads(distinct_file.with_name(
            distinct_file.name.replace("__c1", "__c0")).read_bytes())["api_list"]
        assert first == orjson.loads(plain_file.with_name(
            plain_file.name.replace("__c1", "__c0")).read_bytes())["api_list"]
        assert len(after) == len(before)
        for old, new in zip(before, after, strict=True):
            if not isinstance(old, dict) or not isinstance(old.get("name"), str):
                continue
            assert new["name"] != old["name"] and new["name"].startswith(old["name"])
            assert new["description"] != (old.get("description") or "")
            for key in ("required_parameters", "optional_parameters"):
                for p_old, p_new in zip(old.get(key) or [], new.get(key) or [], strict=True):
                    if isinstance(p_old, dict):
                        assert p_new["description"] != (p_old.get("description") or "")
                        assert p_new["name"] == p_old["name"]


def test_max_tools_keeps_the_first_tools_by_id_and_stops_reading(small_corpus: Path) -> None:
    full = load_registry(small_corpus, fmt="toolbench")
    limited = load_registry(small_corpus, fmt="toolbench", max_tools=7)
    first_ids = sorted(t.id for t in full.tools)[:7]
    assert [t.id for t in limited.tools] == first_ids
    # Same tools, same endpoints and parameters (function names may differ: they are
    # unique over the tools kept).
    by_id = {t.id: t for t in full.tools}
    for tool in limited.tools:
        assert [e.id for e in tool.endpoints] == [e.id for e in by_id[tool.id].endpoints]
        assert [e.parameters for e in tool.endpoints] == [
            e.parameters for e in by_id[tool.id].endpoints]
    assert any("zz_last" in d.path for d in full.diagnostics)
    assert not any("zz_last" in d.path for d in limited.diagnostics)


def test_one_read_finds_the_same_secrets_as_a_separate_scan(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus)
    assert corpus.secrets == frozenset(collect_corpus_secrets(small_corpus))
    assert corpus.secrets  # the slice holds credential-like defaults and headers
    assert corpus.registry.tools == load_registry(small_corpus).tools


def test_one_read_secrets_match_on_the_shared_slice() -> None:
    tools = toolbench_tools()
    assert load_corpus(tools).secrets == frozenset(collect_corpus_secrets(tools))
    # Pointing at the parent folder (`toolenv`, holding `tools/`) scans the same files.
    assert load_corpus(tools.parent).secrets == frozenset(collect_corpus_secrets(tools.parent))


def test_secrets_with_max_tools_come_from_the_files_read(small_corpus: Path) -> None:
    corpus = load_corpus(small_corpus, max_tools=3)
    assert corpus.secrets <= frozenset(collect_corpus_secrets(small_corpus))
    assert len(corpus.registry.tools) == 3


@pytest.mark.slow
def test_full_size_corpus_builds_and_generates_with_max_tools(tmp_path: Path) -> None:
    root = tmp_path / "tools"
    files, endpoints = make_corpus(root, source=toolbench_tools())
    assert (files, endpoints) == (FULL_FILES, FULL_ENDPOINTS)
    runner = CliRunner()
    out = tmp_path / "artifacts"
    result = runner.invoke(_app(), ["build", "--toolenv", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    stats = orjson.loads((out / "stats.json").read_bytes())
    assert stats["tools"] == FULL_FILES
    assert stats["endpoints"] == FULL_ENDPOINTS
    registry = orjson.loads((out / "registry.json").read_bytes())
    assert len(registry["tools"]) == FULL_FILES
    with (out / "edges.jsonl").open("rb") as handle:
        assert sum(1 for _ in handle) == sum(stats["edges"].values())
    assert stats["edges"]["data_flow"] > 0

    records = tmp_path / "run.jsonl"
    result = runner.invoke(_app(), ["generate", "-n", "3", "--seed", "7", "--offline",
                                    "--toolenv", str(root), "--max-tools", "40",
                                    "-o", str(records)])
    assert result.exit_code == 0, result.output
    all_ids = {t["id"] for t in registry["tools"]}
    kept = set(sorted(all_ids)[:40])
    lines = records.read_bytes().splitlines()
    assert lines, "no record accepted"
    used: set[str] = set()
    for line in lines:
        record = orjson.loads(line)
        used |= {"/".join(step["endpoint_id"].split("/")[:2]) for step in record["step_trace"]
                 if step.get("endpoint_id")}
    # Synthetic endpoints (a missing tool) are not corpus tools; every corpus tool called
    # is one of the first 40 by id.
    assert used & all_ids
    assert used & all_ids <= kept
