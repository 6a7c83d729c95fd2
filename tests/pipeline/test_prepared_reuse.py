"""Issue 17, start-up: `toolgen generate` reuses the corpus `toolgen build` prepared, only
while corpus, options and code still match, and the output is byte-identical either way.

The corpus is a small copy of the shared ToolBench slice (`bench/make_corpus.py`), so
the secret scan, the state pairs and every loader path of a real corpus are exercised.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from toolgen.cli import build as build_cli
from toolgen.cli import generate as generate_cli
from toolgen.io.prepared import FILE_NAME
from toolgen.pipeline.durable import corpus_fingerprint
from toolgen.pipeline.prepare import CorpusSpec, build_corpus, load_prepared, state_pairs
from toolgen.pipeline.runner import generate, rejects_path
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.registry.loader import load_corpus

from .corpora import toolbench_tools

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_corpus import make_corpus

N = 40
SEED = 11


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("prepared") / "tools"
    make_corpus(root, files=120, endpoints=500, source=toolbench_tools())
    return root


@pytest.fixture(scope="module")
def artifacts(corpus: Path) -> Path:
    out = corpus.parent / "artifacts"
    build_corpus(CorpusSpec(str(corpus)), out)
    return out


def _config(corpus: Path, **kw: object) -> RunConfig:
    return RunConfig(n=N, seed=SEED, toolenv=str(corpus), **kw)  # type: ignore[arg-type]


def _run(config: RunConfig, runtime: Runtime, out: Path, workers: int = 1) -> bytes:
    generate(config, out, workers=workers, runtime=runtime)
    return out.read_bytes() + b"--\n" + rejects_path(out).read_bytes()


def test_build_leaves_a_prepared_corpus_that_generate_reuses(corpus: Path,
                                                              artifacts: Path) -> None:
    assert (artifacts / FILE_NAME).is_file()
    config = _config(corpus)
    assert Runtime.build(config, artifacts=artifacts).prepared.reused
    assert not Runtime.build(config).prepared.reused
    assert not Runtime.build(config, artifacts=artifacts / "elsewhere").prepared.reused


def test_reused_and_fresh_runs_are_byte_identical(corpus: Path, artifacts: Path,
                                                  tmp_path: Path) -> None:
    config = _config(corpus)
    fresh = _run(config, Runtime.build(config), tmp_path / "fresh.jsonl")
    reused = _run(config, Runtime.build(config, artifacts=artifacts), tmp_path / "reused.jsonl")
    assert fresh.count(b"\n") > N // 2
    assert reused == fresh
    two = _run(config, Runtime.build(config, artifacts=artifacts), tmp_path / "two.jsonl",
               workers=2)
    assert two == fresh


def test_the_reused_corpus_is_the_loaded_one(corpus: Path, artifacts: Path) -> None:
    loaded = load_corpus(corpus)
    prepared = load_prepared(CorpusSpec(str(corpus)), artifacts)
    assert prepared is not None
    # Secret values are not stored: they are read again from the files that hold some.
    assert loaded.secrets and prepared.secrets == loaded.secrets
    assert not any(s.encode() in (artifacts / FILE_NAME).read_bytes() for s in loaded.secrets)
    assert prepared.state_pairs == state_pairs(loaded.registry)
    assert prepared.digest == corpus_fingerprint(loaded.registry)
    assert prepared.registry == loaded.registry
    # Endpoints are validated on first use and are the same objects however reached.
    endpoint = next(iter(prepared.registry.tools[0].endpoints))
    assert prepared.graph.endpoints[endpoint.id] is endpoint


def test_the_reused_graph_is_the_built_one(corpus: Path, artifacts: Path) -> None:
    fresh = Runtime.build(_config(corpus))
    reused = Runtime.build(_config(corpus), artifacts=artifacts)
    assert reused.graph.nodes == fresh.graph.nodes
    assert reused.graph.raw_edges == fresh.graph.raw_edges
    assert reused.graph.columns == fresh.graph.columns
    assert list(reused.endpoints) == list(fresh.endpoints)
    some = fresh.graph.nodes[::50]
    assert [reused.endpoints[n] for n in some] == [fresh.endpoints[n] for n in some]
    assert reused.tool_of == fresh.tool_of
    assert reused.fingerprint == fresh.fingerprint
    for node in some:
        assert reused.graph.in_edges(node) == fresh.graph.in_edges(node)
        assert reused.similar(reused.endpoints[node]) == fresh.similar(fresh.endpoints[node])


def _copy(corpus: Path, tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "tools"
    shutil.copytree(corpus, root)
    out = tmp_path / "artifacts"
    build_corpus(CorpusSpec(str(root)), out)
    return root, out


def test_an_edited_corpus_file_makes_it_stale(corpus: Path, tmp_path: Path) -> None:
    root, out = _copy(corpus, tmp_path)
    spec = CorpusSpec(str(root))
    assert load_prepared(spec, out) is not None
    # An edit that keeps the size, the time and the JSON valid: only the bytes differ.
    victim = sorted(root.rglob("*.json"))[3]
    data = victim.read_bytes()
    info = victim.stat()
    at = data.index(b'"name":"') + len(b'"name":"')
    victim.write_bytes(data[:at] + (b"Q" if data[at:at + 1] != b"Q" else b"R") + data[at + 1:])
    os.utime(victim, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert load_prepared(spec, out) is None
    config = _config(root)
    stale = Runtime.build(config, artifacts=out)
    assert not stale.prepared.reused
    assert _run(config, stale, tmp_path / "a.jsonl") == _run(
        config, Runtime.build(config), tmp_path / "b.jsonl")


def test_a_new_or_removed_file_makes_it_stale(corpus: Path, tmp_path: Path) -> None:
    root, out = _copy(corpus, tmp_path)
    spec = CorpusSpec(str(root))
    extra = root / "Extra" / "x.json"
    extra.parent.mkdir()
    extra.write_text("{}")
    assert load_prepared(spec, out) is None
    extra.unlink()
    assert load_prepared(spec, out) is not None  # the same bytes again: it matches again
    sorted(root.rglob("*.json"))[0].unlink()
    assert load_prepared(spec, out) is None


def test_other_options_or_code_make_it_stale(corpus: Path, artifacts: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_prepared(CorpusSpec(str(corpus)), artifacts) is not None
    assert load_prepared(CorpusSpec(str(corpus), max_tools=30), artifacts) is None
    assert load_prepared(CorpusSpec(str(corpus), fmt="toolbench"), artifacts) is None
    # The same files under another path: records keep source paths, so not reused.
    link = corpus.parent / "link"
    if not link.exists():
        link.symlink_to(corpus, target_is_directory=True)
    assert load_prepared(CorpusSpec(str(link)), artifacts) is None
    from toolgen.io import fingerprint

    monkeypatch.setattr(fingerprint, "code_digest", lambda: "another version of the code")
    assert load_prepared(CorpusSpec(str(corpus)), artifacts) is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "header"])
def test_a_damaged_prepared_file_is_ignored(corpus: Path, tmp_path: Path, damage: str) -> None:
    root, out = _copy(corpus, tmp_path)
    target = out / FILE_NAME
    data = target.read_bytes()
    damaged = {"truncate": data[: len(data) // 2], "garbage": os.urandom(4096), "empty": b"",
               "header": data[:40] + b"\x00" * 20 + data[60:]}[damage]
    target.write_bytes(damaged)
    assert load_prepared(CorpusSpec(str(root)), out) is None
    assert not Runtime.build(_config(root), artifacts=out).prepared.reused


def test_a_corpus_that_cannot_be_keyed_is_always_loaded_afresh(corpus: Path,
                                                               tmp_path: Path) -> None:
    root, out = _copy(corpus, tmp_path)
    assert (out / FILE_NAME).exists()
    os.mkfifo(root / "pipe.json")  # never read for a key: it could block forever
    report = build_corpus(CorpusSpec(str(root)), out)
    assert not (out / FILE_NAME).exists()
    assert FILE_NAME not in {f.name for f in report.files}
    assert not Runtime.build(_config(root), artifacts=out).prepared.reused


def _flat(text: str) -> str:
    """CLI output without whitespace (Rich wraps long paths)."""
    return "".join(text.split())


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    build_cli.register(app)
    generate_cli.register(app)
    return app


def test_cli_build_then_generate_reuses_and_says_so(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "artifacts"
    built = runner.invoke(_app(), ["build", "--toolenv", str(corpus), "-o", str(out)])
    assert built.exit_code == 0, built.output
    assert f"preparedforgenerate:{out / FILE_NAME}" in _flat(built.output)
    args = ["generate", "-n", "12", "--seed", "3", "--offline", "--toolenv", str(corpus)]
    reused = runner.invoke(_app(), [*args, "--artifacts", str(out), "-o",
                                    str(tmp_path / "a.jsonl")])
    assert reused.exit_code == 0, reused.output
    assert "reusingthecorpusprepared" in _flat(reused.output)
    fresh = runner.invoke(_app(), [*args, "--artifacts", str(tmp_path / "none"), "-o",
                                   str(tmp_path / "b.jsonl")])
    assert fresh.exit_code == 0, fresh.output
    assert "reusing" not in fresh.output
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    (out / FILE_NAME).write_bytes(b"stale")
    stale = runner.invoke(_app(), [*args, "--artifacts", str(out), "-o",
                                   str(tmp_path / "c.jsonl")])
    assert stale.exit_code == 0, stale.output
    assert "isoutofdate" in _flat(stale.output)
    assert (tmp_path / "c.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_a_reused_corpus_sets_aside_and_asks_for_the_same_endpoints(corpus: Path,
                                                                      artifacts: Path) -> None:
    """The realisability verdicts come from the build (judging every endpoint again would
    validate all of them and undo the reuse), and they are the ones a fresh load makes."""
    config = _config(corpus)
    fresh = Runtime.build(config)
    reused = Runtime.build(config, artifacts=artifacts)
    assert reused.prepared.reused and not fresh.prepared.reused
    assert fresh.set_aside, "the copied ToolBench slice has endpoints to set aside"
    assert reused.set_aside == fresh.set_aside
    assert reused.assessment.counts() == fresh.assessment.counts()
    assert reused.askable == fresh.askable
