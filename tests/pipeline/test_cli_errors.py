"""Issue 3, bad input: `toolgen generate` exits non-zero with one clear line, never a
traceback (unknown corpus path, `-n 0`, unwritable output, bad `--robustness`)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from toolgen.cli.app import _register_all, app
from toolgen.io.jsonl import full_dict

_register_all()


def _fails_cleanly(args: list[str], names: str) -> None:
    result = CliRunner().invoke(app, ["generate", *args])
    text = result.output
    assert result.exit_code != 0, text
    # typer.Exit is a clean exit; any other exception means an unhandled error.
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception)
    assert "Traceback" not in text
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert lines[0].startswith("error:"), text
    assert names in lines[0], text


def test_unknown_corpus_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-corpus"
    _fails_cleanly(["-n", "3", "--toolenv", str(missing), "-o", str(tmp_path / "x.jsonl")],
                   "no-such-corpus")
    assert not (tmp_path / "x.jsonl").exists()


def test_corpus_path_without_tools(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _fails_cleanly(["-n", "3", "--toolenv", str(tmp_path / "empty"),
                    "-o", str(tmp_path / "x.jsonl")], "empty")


@pytest.mark.parametrize("n", ["0", "-4"])
def test_n_below_one(tmp_path: Path, n: str) -> None:
    _fails_cleanly(["-n", n, "-o", str(tmp_path / "x.jsonl")], "-n")
    assert not (tmp_path / "x.jsonl").exists()


def test_output_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    _fails_cleanly(["-n", "3", "-o", str(blocker / "x.jsonl")], "a-file")
    assert blocker.read_text() == "not a directory"


def test_output_is_a_directory(tmp_path: Path) -> None:
    _fails_cleanly(["-n", "3", "-o", str(tmp_path)], str(tmp_path))


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_output_in_proc() -> None:
    # Root passes os.access() on /proc, yet nothing can be created there.
    _fails_cleanly(["-n", "3", "-o", "/proc/x.jsonl"], "/proc")


def test_min_calls_above_max_calls(tmp_path: Path) -> None:
    _fails_cleanly(["-n", "3", "--min-calls", "3", "--max-calls", "2",
                    "-o", str(tmp_path / "x.jsonl")], "--min-calls")


@pytest.mark.parametrize(("spec", "names"), [
    ("foo=0.1", "'foo=0.1'"), ("pagination=lots", "'lots'"), ("pagination=1.5", "1.5"),
    ("error_recovery=0.8,stateful=0.5", "add up to"), ("pagination", "PATTERN=SHARE"),
])
def test_bad_robustness_shares(tmp_path: Path, spec: str, names: str) -> None:
    _fails_cleanly(["-n", "3", "--robustness", spec, "-o", str(tmp_path / "x.jsonl")], names)


def test_robustness_shares_steer_the_patterns(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    spec = "error_recovery=0.6,pagination=0,stateful=0"
    result = CliRunner().invoke(app, ["generate", "-n", "60", "--seed", "2", "--robustness",
                                      spec, "-o", str(out)])
    assert result.exit_code == 0, result.output
    patterns = [full_dict(orjson.loads(line))["metadata"]["patterns"] for line in
                out.read_bytes().splitlines()]
    assert sum("error_recovery" in p for p in patterns) >= 20
    assert not any("pagination" in p or "stateful" in p for p in patterns)
    off = tmp_path / "off.jsonl"
    result = CliRunner().invoke(app, ["generate", "-n", "60", "--seed", "2", "--robustness",
                                      "none", "-o", str(off)])
    assert result.exit_code == 0, result.output
    robust = {"error_recovery", "rate_limited", "auth_refresh", "pagination", "stateful",
              "missing_tool", "irrelevance"}
    assert not any(robust & set(full_dict(orjson.loads(line))["metadata"]["patterns"])
                   for line in off.read_bytes().splitlines())


def test_good_input_succeeds(tmp_path: Path) -> None:
    """The checks above can fail: the same command with good input exits 0 and writes."""
    out = tmp_path / "ok.jsonl"
    result = CliRunner().invoke(app, ["generate", "-n", "3", "--seed", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_bytes().splitlines()) + len(
        (tmp_path / "ok.rejects.jsonl").read_bytes().splitlines()) == 3
