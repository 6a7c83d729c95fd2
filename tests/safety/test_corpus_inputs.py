"""Issue 11 cases 4, 6 and 7 (corpus side): detection over the whole corpus, large valid
files, FIFOs and endless files never read, BOMs accepted, skipped files diagnosed."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import orjson
import pytest
from tests.pipeline.corpora import toolbench_tools
from tests.safety.helpers import error_lines, invoke

from toolgen.registry import load_registry
from toolgen.registry.detect import detect_format
from toolgen.registry.secrets import collect_corpus_secrets

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "toolenv" / "tools"


def _copy_bundled(tmp_path: Path) -> Path:
    root = tmp_path / "tools"
    shutil.copytree(BUNDLED, root)
    return root


def _tool_doc(name: str, description: str = "Looks things up.") -> dict[str, object]:
    return {
        "tool_name": name, "tool_description": description, "title": name,
        "api_list": [{
            "name": "Lookup", "url": "https://x.example.com/lookup", "method": "GET",
            "description": "Look a city up.",
            "required_parameters": [{"name": "city", "type": "STRING",
                                     "description": "City name", "default": "Paris"}],
            "optional_parameters": [],
        }],
    }


def _with_timeout(fn, seconds: float = 20.0):  # type: ignore[no-untyped-def]
    """Run `fn` in a thread; fail (instead of hanging the suite) when it does not return."""
    box: dict[str, object] = {}
    thread = threading.Thread(target=lambda: box.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked (read a FIFO or an endless file?)"
    return box.get("value")


def test_stray_manifest_does_not_flip_the_format(tmp_path: Path) -> None:
    root = _copy_bundled(tmp_path)
    (root / "manifest.json").write_bytes(orjson.dumps(
        {"name": "my-corpus", "description": "where these tools came from",
         "parameters": {"type": "object", "properties": {}}}))
    assert detect_format(root) == "toolbench"
    registry = load_registry(root)
    assert registry.format == "toolbench"
    assert len(registry.tools) >= len(load_registry(BUNDLED).tools)


def test_large_tool_file_with_late_api_list_is_detected(tmp_path: Path) -> None:
    root = tmp_path / "tools" / "Data"
    root.mkdir(parents=True)
    doc = _tool_doc("big", description="x" * (3 << 20))  # api_list after 3 MB
    (root / "big.json").write_bytes(orjson.dumps(doc))
    assert detect_format(tmp_path / "tools") == "toolbench"
    assert [t.name for t in load_registry(tmp_path / "tools").tools] == ["big"]


def test_fifo_and_dev_zero_are_never_read(tmp_path: Path) -> None:
    root = _copy_bundled(tmp_path)
    category = next(p for p in root.iterdir() if p.is_dir())
    os.mkfifo(category / "x.json")
    (category / "zero.json").symlink_to("/dev/zero")
    registry = _with_timeout(lambda: load_registry(root))
    reasons = {Path(d.path).name: d.reason for d in registry.diagnostics}
    assert "not a regular file" in reasons["x.json"]
    assert "not a regular file" in reasons["zero.json"]
    secrets = _with_timeout(lambda: collect_corpus_secrets(root))
    assert isinstance(secrets, set)
    assert _with_timeout(lambda: detect_format(root)) == "toolbench"


def test_generate_with_a_fifo_in_the_corpus_finishes(tmp_path: Path) -> None:
    root = _copy_bundled(tmp_path)
    os.mkfifo(next(p for p in root.iterdir() if p.is_dir()) / "x.json")
    out = tmp_path / "g.jsonl"
    result = _with_timeout(lambda: invoke("generate", "-n", "3", "--toolenv", str(root),
                                          "-o", str(out)), 120)
    assert result.exit_code == 0, result.output


def test_secret_scan_respects_the_size_limit(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from toolgen.registry import files

    root = tmp_path / "tools" / "Data"
    root.mkdir(parents=True)
    doc = _tool_doc("big")
    doc["api_list"][0]["required_parameters"][0] = {  # type: ignore[index]
        "name": "api_key", "type": "STRING", "description": "key",
        "default": "Zk3v9QmX2pLr8TnB4wYc6HsD"}
    (root / "big.json").write_bytes(orjson.dumps(doc))
    assert "Zk3v9QmX2pLr8TnB4wYc6HsD" in collect_corpus_secrets(tmp_path / "tools")
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(files.read_regular, "__defaults__", (100,))
    assert collect_corpus_secrets(tmp_path / "tools") == set()


def test_bom_is_accepted(tmp_path: Path) -> None:
    root = tmp_path / "tools" / "Data"
    root.mkdir(parents=True)
    (root / "bom.json").write_bytes(b"\xef\xbb\xbf" + orjson.dumps(_tool_doc("bommed")))
    assert [t.name for t in load_registry(tmp_path / "tools").tools] == ["bommed"]


def test_skipped_entries_get_a_diagnostic(tmp_path: Path) -> None:
    root = _copy_bundled(tmp_path)
    category = next(p for p in root.iterdir() if p.is_dir())
    (category / "gone.json").symlink_to(tmp_path / "missing.json")
    (category / "loop.json").symlink_to(category / "loop.json")
    (root / "Looped").symlink_to(root / "Looped")
    registry = load_registry(root)
    reasons = {Path(d.path).name: d.reason for d in registry.diagnostics}
    assert "dangling" in reasons["gone.json"], reasons
    assert "loop" in reasons["loop.json"], reasons
    assert "loop" in reasons["Looped"], reasons


def test_symlink_loop_in_corpus_is_not_an_output_error(tmp_path: Path) -> None:
    root = _copy_bundled(tmp_path)
    (root / "Looped").symlink_to(root / "Looped")
    result = invoke("build", "--toolenv", str(root), "-o", str(tmp_path / "art"))
    error_lines(result)
    assert result.exit_code == 0, result.output
    assert "cannot write artifacts" not in result.output


def test_shared_toolbench_still_detected() -> None:
    assert detect_format(toolbench_tools()) == "toolbench"
