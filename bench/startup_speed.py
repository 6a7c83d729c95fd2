"""Start-up at corpus scale: `toolgen build`, then the first record, as a user runs them.

Three commands, each in a fresh process, on a ToolBench-sized corpus (written by
`bench/make_corpus.py` unless `--toolenv` names one):

    toolgen build --toolenv CORPUS -o ART
    toolgen generate -n 1 --toolenv CORPUS --artifacts ART     (reuses what build prepared)
    toolgen generate -n 1 --toolenv CORPUS --artifacts NONE    (loads the corpus afresh)

For each: CPU (user + sys, from `wait4`, the machine is shared so wall time is noise)
and peak RSS; then build + first record (the issue's figure: under 15 s and 1 GB).
`--src` imports toolgen from another tree (e.g. /work/main/src) for a before/after
table; a tree without `--artifacts` runs the plain `generate`. Prints, never asserts.

Python code runs from bytecode compiled beforehand, as from an installed package (pip
compiles at install; a source tree writes `__pycache__` on first import): the commands
share a private bytecode cache that a warm-up run on the bundled corpus fills, even where
PYTHONDONTWRITEBYTECODE is set. `--cold` compiles every module in every command instead
(about 2 s more for build + first record).

    .venv/bin/python bench/startup_speed.py [--toolenv PATH] [--src /work/main/src] [--cold]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]


def environment(src: Path, pycache: Path | None) -> dict[str, str]:
    """The commands' environment: toolgen from `src`, offline; bytecode cached under
    `pycache` (None: compiled afresh in every process)."""
    env = {**os.environ, "PYTHONPATH": str(src), "TOOLGEN_LLM_MODE": "offline"}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def warm_up(env: dict[str, str], tmp: str, reuses: bool) -> None:
    """Compile what the measured commands import: the same commands on the bundled corpus."""
    art = f"{tmp}/warm-artifacts"
    first = ["generate", "-n", "1", "--seed", "42", "--offline", "--no-resume",
             "-o", f"{tmp}/warm.jsonl"]
    for args in (["build", "-o", art], [*first, *(["--artifacts", art] if reuses else [])]):
        subprocess.run([*CLI, *args], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)


def run(env: dict[str, str], args: list[str]) -> tuple[float, float]:
    """(CPU seconds, peak RSS MiB) of one toolgen command in a fresh process."""
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([*CLI, *args], env=env, stdout=subprocess.DEVNULL,
                                stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 3):
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-1:]
            raise SystemExit(f"{' '.join(args[:2])} failed: {tail}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--toolenv", type=Path, help="corpus (default: a generated full-size one)")
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("--cold", action="store_true",
                    help="no bytecode cache: every command compiles the modules it imports")
    opts = ap.parse_args()
    help_text = subprocess.run([*CLI, "generate", "--help"], capture_output=True, text=True,
                               env={**os.environ, "PYTHONPATH": str(opts.src)}).stdout
    reuses = "--artifacts" in help_text
    with tempfile.TemporaryDirectory(prefix="toolgen-startup-") as tmp:
        env = environment(opts.src, None if opts.cold else Path(tmp) / "pycache")
        if not opts.cold:
            warm_up(env, tmp, reuses)
        corpus = opts.toolenv
        if corpus is None:
            sys.path.insert(0, str(ROOT / "bench"))
            from make_corpus import make_corpus

            corpus = Path(tmp) / "tools"
            files, endpoints = make_corpus(corpus)
            print(f"(generated corpus: {files:,} files, {endpoints:,} endpoints)")
        art = Path(tmp) / "artifacts"
        common = ["--toolenv", str(corpus)]
        rows = [("toolgen build", run(env, ["build", *common, "-o", str(art)]))]
        first = ["generate", "-n", "1", "--seed", "42", "--offline", *common, "--no-resume"]
        if reuses:
            rows.append(("generate -n 1 (reusing the build)", run(
                env, [*first, "--artifacts", str(art), "-o", f"{tmp}/a.jsonl"])))
            rows.append(("generate -n 1 (afresh)", run(
                env, [*first, "--artifacts", f"{tmp}/none", "-o", f"{tmp}/b.jsonl"])))
        else:
            rows.append(("generate -n 1", run(env, [*first, "-o", f"{tmp}/a.jsonl"])))
    print(f"toolgen from {opts.src}; corpus {opts.toolenv or 'generated'}; bytecode "
          f"{'compiled in every command (--cold)' if opts.cold else 'cached (warmed up)'}")
    print(f"  {'command':36s} {'CPU':>8} {'peak RSS':>9}")
    for name, (cpu, rss) in rows:
        print(f"  {name:36s} {cpu:>6.2f} s {rss:>5.0f} MiB")
    build, gen = rows[0][1], rows[1][1]
    print(f"  {'build + first record':36s} {build[0] + gen[0]:>6.2f} s "
          f"{max(build[1], gen[1]):>5.0f} MiB (peak of the two)")


if __name__ == "__main__":
    main()
