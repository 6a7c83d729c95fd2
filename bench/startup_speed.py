"""Start-up at corpus scale: `toolgen build`, then the first record, as a user runs them.

Three commands, each in a fresh process, on a ToolBench-sized corpus (written by
`bench/make_corpus.py` unless `--toolenv` names one):

    toolgen build --toolenv CORPUS -o ART
    toolgen generate -n 1 --toolenv CORPUS --artifacts ART     (reuses what build prepared)
    toolgen generate -n 1 --toolenv CORPUS --artifacts NONE    (loads the corpus afresh)

For each: CPU (user + sys, from `wait4`, the machine is shared so wall time is noise)
and peak RSS; then build + first record (the issue's figure: under 15 s and 1 GB).

CPU seconds move with the machine's load (10.7 to 19.6 s were seen for the same code),
so when valgrind is installed the two commands that make build + first record run once
more under `cachegrind --cache-sim=no`, which counts the instructions they execute: the
same count whatever else runs. To read them as seconds, the fixed stdlib workload of
`bench/reference_workload.py` runs in the same invocation natively (least CPU of four
runs, two just before and two just after the timed commands) and under valgrind: its
instructions per CPU second are this machine's rate, and a command's instructions /
that rate is its estimated CPU time. It can be optimistic: the reference runs from the
CPU's caches, while build and generate walk hundreds of MB (timed side by side once,
`generate -n 1` ran at 3.6 G/s and the reference at 6.6 G/s; in another run both near
6.2 G/s); the `own rate` column (instructions / measured CPU) shows the rate each
command actually ran at. On this shared VM both rates drift by 2x
or more within the hour with nothing visible inside (steal time stays near zero), which
is why instructions, not seconds, are the figure to compare. The load average is
printed beside the measured CPU. The rate itself drops on a busy machine (the least of
three runs only softens that), so `--rate G` converts with a rate measured before, on a
quiet machine, and a before and an after column are best compared by their
instructions or at one rate. `--no-instructions` skips valgrind (it takes about 30
times the CPU time: some ten minutes for a full-size build).
`--src` imports toolgen from another tree (e.g. /work/main/src) for a before/after
table; a tree without `--artifacts` runs the plain `generate`. Prints, never asserts.

Python code runs from bytecode compiled beforehand, as from an installed package (pip
compiles at install; a source tree writes `__pycache__` on first import): the commands
share a private bytecode cache that a warm-up run on the bundled corpus fills, even where
PYTHONDONTWRITEBYTECODE is set. `--cold` compiles every module in every command instead
(about 2 s more for build + first record).

    .venv/bin/python bench/startup_speed.py [--toolenv PATH] [--src /work/main/src] [--cold]
        [--no-instructions] [--rate 3.9]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]
REFERENCE = [sys.executable, str(ROOT / "bench" / "reference_workload.py")]
VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
            "--cachegrind-out-file=/dev/null"]
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")
SETTLE_S = 2.5


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


def run(env: dict[str, str], args: list[str], cmd: list[str] = CLI) -> tuple[float, float]:
    """(CPU seconds, peak RSS MiB) of one toolgen command in a fresh process."""
    return _measured([*cmd, *args], env)[:2]


def instructions(env: dict[str, str], args: list[str], cmd: list[str] = CLI) -> int:
    """Instructions one command executes (valgrind; independent of the machine's load)."""
    stderr = _measured([*VALGRIND, *cmd, *args], env)[2]
    match = _IREFS.search(stderr)
    if match is None:
        raise SystemExit(f"valgrind gave no instruction count for {' '.join(args[:2])}")
    return int(match.group(1).replace(",", ""))


def _measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS MiB, stderr) of `cmd` run to its end."""
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        errors.seek(0)
        text = errors.read().decode(errors="replace")
        if os.waitstatus_to_exitcode(status) not in (0, 3):
            tail = text.strip().splitlines()[-1:]
            raise SystemExit(f"{' '.join(cmd)[:120]} failed: {tail}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


@dataclass(frozen=True)
class Rate:
    """Instructions per CPU second, and how it was found (None: given with --rate)."""

    per_second: float
    reference: tuple[int, float] | None = None
    """(instructions, least CPU seconds) of bench/reference_workload.py in this run."""


def reference_cpu(env: dict[str, str], runs: int = 2) -> float:
    """The least CPU seconds of `runs` native runs of the reference workload."""
    return min(run(env, [], REFERENCE)[0] for _ in range(runs))


def machine_rate(env: dict[str, str], cpu: float) -> Rate:
    """The rate of the reference workload: its instructions over its least CPU `cpu`."""
    count = instructions(env, [], REFERENCE)
    return Rate(count / cpu, (count, cpu))


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


@dataclass
class Row:
    """One command's figures (instructions only for the commands counted)."""

    name: str
    cpu: float
    rss: float
    instructions: int | None = None


def measure(env: dict[str, str], tmp: str, corpus: Path, reuses: bool,
            counts: bool) -> tuple[list[Row], float]:
    """Build, first record reusing it, first record afresh: CPU and RSS; instructions of
    the first two when `counts`. Also the reference workload's least CPU, timed just
    before and just after the commands (the machine's speed drifts within minutes)."""
    art = f"{tmp}/artifacts"
    common = ["--toolenv", str(corpus)]
    first = ["generate", "-n", "1", "--seed", "42", "--offline", *common, "--no-resume",
             "-o", f"{tmp}/a.jsonl"]
    commands = [("toolgen build", ["build", *common, "-o", art])]
    if reuses:
        commands += [("generate -n 1 (reusing the build)", [*first, "--artifacts", art]),
                     ("generate -n 1 (afresh)", [*first, "--artifacts", f"{tmp}/none"])]
    else:
        commands.append(("generate -n 1", first))
    before = reference_cpu(env)
    rows = [Row(name, *run(env, args)) for name, args in commands]
    reference = min(before, reference_cpu(env))
    print(f"measured CPU: {load()}", flush=True)
    if counts:
        # The counted build writes elsewhere, so the counted first record reuses the same
        # artifacts as the timed one.
        rows[0].instructions = instructions(env, ["build", *common, "-o", f"{tmp}/art-vg"])
        rows[1].instructions = instructions(env, commands[1][1])
    return rows, reference


def report(rows: list[Row], rate: Rate | None) -> None:
    print(f"  {'command':36s} {'CPU':>8} {'peak RSS':>9} {'instructions':>13} {'est. CPU':>9}"
          f" {'own rate':>11}")
    for row in rows:
        print(f"  {row.name:36s} {row.cpu:>6.2f} s {row.rss:>5.0f} MiB"
              f"{_counted(row.instructions, rate, row.cpu)}")
    build, first = rows[0], rows[1]
    total = (build.instructions + first.instructions
             if build.instructions is not None and first.instructions is not None else None)
    print(f"  {'build + first record':36s} {build.cpu + first.cpu:>6.2f} s "
          f"{max(build.rss, first.rss):>5.0f} MiB{_counted(total, rate, build.cpu + first.cpu)}"
          "  (RSS: peak of the two)")
    if rate is None:
        print("  (no instruction counts: valgrind not installed or --no-instructions)")
        return
    head = f"  est. CPU = instructions / {rate.per_second / 1e9:.3f} G per CPU second"
    if rate.reference is None:
        print(f"{head} (given with --rate)")
        return
    count, cpu = rate.reference
    print(f"{head}: the rate of bench/reference_workload.py in this run ({count / 1e9:.3f} G "
          f"instructions, least CPU {cpu:.3f} s of 4 runs around the timed commands)")
    print("  own rate = instructions / measured CPU: the rate the command ran at when timed "
          "(where it is below the reference's, est. CPU is optimistic by that ratio)")


def _counted(count: int | None, rate: Rate | None, cpu: float) -> str:
    if count is None or rate is None:
        return ""
    return (f" {count / 1e9:>11.2f} G {count / rate.per_second:>7.2f} s"
            f" {count / cpu / 1e9:>7.2f} G/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--toolenv", type=Path, help="corpus (default: a generated full-size one)")
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("--cold", action="store_true",
                    help="no bytecode cache: every command compiles the modules it imports")
    ap.add_argument("--no-instructions", action="store_true",
                    help="skip the valgrind instruction counts (CPU time only)")
    ap.add_argument("--rate", type=float,
                    help="instructions per CPU second, in G, to convert with (default: "
                         "measured in this run with bench/reference_workload.py)")
    opts = ap.parse_args()
    counts = not opts.no_instructions and shutil.which("valgrind") is not None
    print(f"start: {load()}", flush=True)
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
            # A file written within 2 s of a build leaves no tree stamp (`io.fingerprint`:
            # its times could hide an edit), and runs then hash the corpus: measured as a
            # corpus on disk for a while is, the usual case.
            time.sleep(SETTLE_S)
        rows, reference = measure(env, tmp, corpus, reuses, counts)
        rate = None if not counts else (
            Rate(opts.rate * 1e9) if opts.rate is not None else machine_rate(env, reference))
    print(f"toolgen from {opts.src}; corpus {opts.toolenv or 'generated'}; bytecode "
          f"{'compiled in every command (--cold)' if opts.cold else 'cached (warmed up)'}")
    report(rows, rate)
    print(f"end: {load()}")


if __name__ == "__main__":
    main()
