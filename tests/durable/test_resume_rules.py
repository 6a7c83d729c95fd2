"""Resuming only the same run: a changed corpus, config or seed is refused in one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import orjson
import pytest
from tests.durable.helpers import env, error_lines, run
from tests.safety.helpers import invoke

from toolgen.io.output import partial_path
from toolgen.pipeline import runner

TOOLS = Path(__file__).resolve().parents[2].parent / "shared/corpora/toolbench/toolenv/tools"


def _crash_at(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.run_episode

    def flaky(rt, config, i, chain, scenario):  # type: ignore[no-untyped-def]
        if i == index:
            raise RuntimeError("simulated crash")
        return real(rt, config, i, chain, scenario)

    monkeypatch.setattr(runner, "run_episode", flaky)


def _interrupted(tmp: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Path:
    out = tmp / "out.jsonl"
    with monkeypatch.context() as patch:
        _crash_at(7, patch)
        result = invoke("generate", "-n", "12", "-o", str(out), *args)
    assert result.exit_code == 1 and "simulated crash" in result.output, result.output
    assert "continue from record 7" in " ".join(result.output.split())
    return out


def _one_error(result_output: str) -> str:
    lines = [line for line in result_output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result_output
    assert "Traceback" not in result_output
    return lines[0]


def test_changed_seed_is_refused_and_the_partial_kept(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = _interrupted(tmp_path, monkeypatch, "--seed", "3")
    kept = partial_path(out).read_bytes()
    result = invoke("generate", "-n", "12", "--seed", "4", "-o", str(out))
    line = _one_error(result.output)
    assert result.exit_code != 0
    assert "seed (was 3, now 4)" in line and "--no-resume" in line, line
    assert partial_path(out).read_bytes() == kept and not out.exists()


def test_changed_config_names_what_differs(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = _interrupted(tmp_path, monkeypatch, "--seed", "3")
    result = invoke("generate", "-n", "12", "--seed", "3", "--max-calls", "3", "-o", str(out),
                    "--resume")
    line = _one_error(result.output)
    assert "config.sampler.max_calls (was 4, now 3)" in line, line


def test_no_resume_starts_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _interrupted(tmp_path, monkeypatch, "--seed", "3")
    result = invoke("generate", "-n", "5", "--seed", "4", "-o", str(out), "--no-resume")
    assert result.exit_code == 0, result.output
    assert len(out.read_bytes().splitlines()) + len(
        runner.rejects_path(out).read_bytes().splitlines()) == 5
    assert orjson.loads((tmp_path / "out.manifest.json").read_bytes())["identity"]["seed"] == 4


def test_resume_without_an_unfinished_run_is_one_line(tmp_path: Path) -> None:
    result = invoke("generate", "-n", "3", "-o", str(tmp_path / "o.jsonl"), "--resume")
    line = _one_error(result.output)
    assert "nothing to resume" in line and result.exit_code != 0


def test_resume_after_a_crash_continues_and_matches(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = _interrupted(tmp_path, monkeypatch, "--seed", "3")
    result = invoke("generate", "-n", "12", "--seed", "3", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert invoke("generate", "-n", "12", "--seed", "3", "-o",
                  str(tmp_path / "ref.jsonl")).exit_code == 0
    assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    manifest = orjson.loads((tmp_path / "out.manifest.json").read_bytes())
    assert [a["from_index"] for a in manifest["attempts"]] == [0, 7]
    assert [a["status"] for a in manifest["attempts"]] == ["failed", "complete"]


@pytest.mark.skipif(not TOOLS.is_dir(), reason="needs ../shared/corpora (ToolBench tools)")
def test_changed_corpus_is_refused_in_one_line(tmp_path: Path) -> None:
    corpus = tmp_path / "tools"
    shutil.copytree(TOOLS / "Data", corpus / "Data")
    args = ["generate", "-n", "400", "--seed", "2", "--toolenv", str(corpus), "-o", "o.jsonl"]
    from tests.durable.helpers import kill_when, size

    kill_when(args, tmp_path, lambda: size(tmp_path / "o.partial.jsonl") > 50_000)
    first = sorted((corpus / "Data").glob("*.json"))[0]
    data = json.loads(first.read_text())
    data["tool_description"] = str(data.get("tool_description", "")) + " (now different)"
    first.write_text(json.dumps(data))
    proc = run(args, tmp_path, env())
    lines = error_lines(proc.stderr)
    assert proc.returncode != 0 and len(lines) == 1, proc.stderr
    assert "different corpus" in lines[0] and "o.manifest.json" in lines[0], lines[0]
    assert "Traceback" not in proc.stderr
