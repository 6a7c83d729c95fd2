"""Issue 17, start-up: a run knows an unchanged corpus by its files' sizes, inodes and
times (the tree stamp `toolgen build` stores) without reading a corpus file, and falls
back to hashing every byte whenever those differ or were too recent to tell an edit by.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from toolgen.io import fingerprint
from toolgen.io.prepared import FILE_NAME, read_prepared
from toolgen.pipeline.prepare import CorpusSpec, build_corpus, load_prepared
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_corpus import make_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stamped") / "tools"
    make_corpus(root, files=60, endpoints=240, source=toolbench_tools())
    return root


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written moments ago count as settled (as a corpus on disk for a while is)."""
    monkeypatch.setattr(fingerprint, "SETTLED_NS", 0, raising=False)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The corpus files hashed from here on."""
    read: list[str] = []
    real = fingerprint._feed_file

    def counting(digest: object, path: str, name: str) -> bool:
        read.append(name)
        return real(digest, path, name)

    monkeypatch.setattr(fingerprint, "_feed_file", counting)
    return read


def _built(corpus: Path, tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "tools"
    shutil.copytree(corpus, root)
    out = tmp_path / "artifacts"
    build_corpus(CorpusSpec(str(root)), out)
    # Past the filesystem clock's tick: a later write moves the times.
    time.sleep(0.05)
    return root, out


def _stored_stamp(out: Path) -> object:
    stored = read_prepared(out / FILE_NAME, lambda header: True)
    assert stored is not None
    return stored.header.get("stamp")


def test_an_unchanged_corpus_is_reused_without_reading_a_file(
        corpus: Path, tmp_path: Path, settled: None, reads: list[str]) -> None:
    root, out = _built(corpus, tmp_path)
    reads.clear()
    config = RunConfig(n=5, seed=3, toolenv=str(root))
    assert Runtime.build(config, artifacts=out).prepared.reused
    assert load_prepared(CorpusSpec(str(root)), out) is not None
    assert reads == []


def test_a_touched_file_is_hashed_and_the_same_bytes_still_match(
        corpus: Path, tmp_path: Path, settled: None, reads: list[str]) -> None:
    root, out = _built(corpus, tmp_path)
    victim = sorted(root.rglob("*.json"))[5]
    os.utime(victim)  # new times, the same bytes
    reads.clear()
    assert load_prepared(CorpusSpec(str(root)), out) is not None
    assert len(reads) == len(list(root.rglob("*.json")))


def test_an_edit_keeping_size_and_modification_time_is_seen(
        corpus: Path, tmp_path: Path, settled: None) -> None:
    root, out = _built(corpus, tmp_path)
    assert _stored_stamp(out) is not None
    victim = sorted(root.rglob("*.json"))[2]
    data, info = victim.read_bytes(), victim.stat()
    at = data.index(b'"name":"') + len(b'"name":"')
    victim.write_bytes(data[:at] + (b"Q" if data[at:at + 1] != b"Q" else b"R") + data[at + 1:])
    os.utime(victim, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert victim.stat().st_size == info.st_size
    assert load_prepared(CorpusSpec(str(root)), out) is None


def test_files_changed_moments_ago_get_no_stamp(corpus: Path, tmp_path: Path,
                                                reads: list[str]) -> None:
    """Within the settling time an edit could keep size and times: no stamp is stored,
    and a run hashes the corpus (and still reuses it when the bytes match)."""
    root, out = _built(corpus, tmp_path)
    assert _stored_stamp(out) is None
    assert fingerprint.tree_stamp(str(root), "auto", None, root) is None
    reads.clear()
    assert load_prepared(CorpusSpec(str(root)), out) is not None
    assert reads
