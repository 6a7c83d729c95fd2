"""A non-editable install works: the wheel ships the bundled corpus, and the installed CLI
runs the README's commands from a directory that is not the repository.

The wheel is built offline from a copy of the sources (`--no-build-isolation --no-index`,
with this interpreter's setuptools). The fresh virtual environment gets no packages of
its own but a `.pth` line naming this interpreter's site-packages, so the dependencies
resolve without a download; the wheel itself is installed into the venv with
`--no-deps`, so `toolgen` is imported from the venv, never from the source tree.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "src" / "toolgen" / "data" / "toolenv" / "tools"


def _setuptools_builds_wheels() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    major, minor = (int(p) for p in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)  # bdist_wheel built in, no `wheel` package needed


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _setuptools_builds_wheels():
        pytest.skip("setuptools>=70.1 is needed to build the wheel offline (pip install '.[dev]')")
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "src", source / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(dist), str(source)],
        check=True, capture_output=True, cwd=root,
    )
    (built,) = dist.glob("toolgen-*.whl")
    return built


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TOOLGEN_", "PYTHON")) and not k.endswith("_API_KEY")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The venv's bin directory, with the wheel installed."""
    home = tmp_path_factory.mktemp("venv") / "venv"
    venv.EnvBuilder(with_pip=False).create(home)
    (purelib,) = (home / "lib").glob("python3*/site-packages")
    deps = [p for p in (*site.getsitepackages(), site.getusersitepackages()) if Path(p).is_dir()]
    (purelib / "toolgen_test_deps.pth").write_text("\n".join(deps) + "\n")
    python = home / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--ignore-installed", str(wheel)],
        check=True, capture_output=True, env=_clean_env(),
    )
    yield home / "bin"


def test_the_wheel_ships_the_bundled_corpus(wheel: Path) -> None:
    expected = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.json"))
    assert len(expected) == 10
    with zipfile.ZipFile(wheel) as archive:
        prefix = "toolgen/data/toolenv/tools/"
        shipped = sorted(n.removeprefix(prefix) for n in archive.namelist()
                         if n.startswith(prefix) and n.endswith(".json"))
        assert shipped == expected
        assert "toolgen/py.typed" in archive.namelist()


def test_the_readme_commands_run_from_another_directory(
    installed: Path, tmp_path: Path
) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = _clean_env()

    def toolgen(*args: str) -> str:
        done = subprocess.run([str(installed / "toolgen"), *args], cwd=work, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"toolgen {' '.join(args)}: {done.stderr[-2000:]}"
        return done.stdout

    where = subprocess.run(
        [str(installed / "python"), "-c", "import toolgen; print(toolgen.__file__)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(installed.parent), where

    toolgen("build")
    assert (work / "output" / "artifacts").is_dir()
    toolgen("generate", "-n", "12", "--seed", "42", "-o", "output/conversations_seed42.jsonl")
    lines = (work / "output" / "conversations_seed42.jsonl").read_text().splitlines()
    assert len(lines) >= 10
    assert '"llm_mode":"offline"' in lines[0]
    toolgen("evaluate", "output/conversations_seed42.jsonl")
    assert (work / "output" / "conversations_seed42.scored.jsonl").is_file()
    toolgen("analyze", "output/conversations_seed42.scored.jsonl")
    report = toolgen("run-experiment", "-n", "8", "--seed", "42", "--seeds", "2")
    assert "verdict" in report.lower()
    assert "mode generate will use: offline" in toolgen("config")
