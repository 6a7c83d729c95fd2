"""`toolgen run-experiment`: diversity steering on vs off over several seeds, with a verdict.

Prints each figure's mean and spread per arm and the paired difference, then a verdict
in plain words, and saves the report as JSON and Markdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.table import Table

from toolgen.analysis.experiment import markdown
from toolgen.cli.console import err, fail, out
from toolgen.cli.options import FormatOption, MaxToolsOption, ToolenvOption, resolve_toolenv
from toolgen.graph.sampler import SamplingError
from toolgen.io.output import OutputError, check_writable
from toolgen.pipeline.experiment import run_seeds
from toolgen.pipeline.runtime import RunConfig
from toolgen.registry import RegistryError


def run_experiment_command(
    n: Annotated[int, typer.Option("-n", help="Conversations per arm and seed.")] = 50,
    seed: Annotated[int, typer.Option("--seed", help="First seed.")] = 42,
    seeds: Annotated[int, typer.Option(
        "--seeds", min=1, help="Seeds to run (seed, seed+1, ...); the spread needs >= 2.")] = 5,
    report: Annotated[Path | None, typer.Option(
        "--report", help="Report path without suffix (default: "
        "output/experiments/steering_n{n}_seed{seed}x{seeds}); .json and .md are written.")
    ] = None,
    toolenv: ToolenvOption = None,
    fmt: FormatOption = "auto",
    max_tools: MaxToolsOption = None,
) -> None:
    """Generate with and without diversity steering and compare coverage and diversity."""
    if n < 1:
        fail("-n must be at least 1")
    source = resolve_toolenv(toolenv)
    if source is not None and not source.exists():
        fail(f"{source}: no such corpus file or directory")
    base = report or Path("output/experiments") / f"steering_n{n}_seed{seed}x{seeds}"
    paths = (base.with_name(base.name + ".json"), base.with_name(base.name + ".md"))
    try:
        for path in paths:
            check_writable(path)
    except OutputError as exc:
        fail(str(exc))
    config = RunConfig(n=n, seed=seed, toolenv=str(source) if source else None, fmt=fmt,
                       max_tools=max_tools)
    try:
        with err.status(f"run-experiment: {seeds} seed(s) x 2 arms x {n} conversations"):
            result = run_seeds(config, seeds)
    except (RegistryError, SamplingError) as exc:
        fail(str(exc))
    _print(result)
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    paths[0].write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
    paths[1].write_text(markdown(result), encoding="utf-8")
    out.print(f"report: {paths[0]} and {paths[1]}", highlight=False, soft_wrap=True)


def _print(result: dict[str, Any]) -> None:
    seeds = result["seeds"]
    table = Table(title=f"diversity steering, n={result['n']} per arm, seeds "
                  f"{seeds[0]}..{seeds[-1]} ({len(seeds)}); corpus tools only "
                  f"({result['corpus_tools']} tools)")
    table.add_column("figure")
    table.add_column("steered", justify="right")
    table.add_column("unsteered", justify="right")
    table.add_column("difference", justify="right")
    table.add_column("steered higher", justify="right")
    table.add_column("effect")
    multi = len(seeds) > 1

    def spread(sd: float) -> str:
        return f" ± {_fmt(sd)}" if multi else ""

    for f in result["figures"]:
        table.add_row(
            f["label"],
            _fmt(f["steered_mean"]) + spread(f["steered_sd"]),
            _fmt(f["unsteered_mean"]) + spread(f["unsteered_sd"]),
            f"{f['diff_mean']:+.3f}" + (f" ± {f['diff_se']:.3f}" if multi else ""),
            f"{f['wins']}/{len(seeds)}",
            f["effect"],
        )
    out.print(table)
    out.print(f"verdict: {result['verdict']}", highlight=False, soft_wrap=True)


def _fmt(value: float) -> str:
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"


def register(app: typer.Typer) -> None:
    app.command("run-experiment")(run_experiment_command)
