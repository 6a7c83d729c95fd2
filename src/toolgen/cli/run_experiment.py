"""`toolgen run-experiment`: diversity steering on vs off, same seed, side by side."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from toolgen.cli.console import fail, out
from toolgen.cli.options import FormatOption, MaxToolsOption, ToolenvOption, resolve_toolenv
from toolgen.graph.sampler import SamplingError
from toolgen.pipeline.experiment import run_experiment, side_by_side
from toolgen.pipeline.runtime import RunConfig
from toolgen.registry import RegistryError


def run_experiment_command(
    n: Annotated[int, typer.Option("-n", help="Conversations per arm.")] = 50,
    seed: Annotated[int, typer.Option("--seed")] = 42,
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
    config = RunConfig(n=n, seed=seed, toolenv=str(source) if source else None, fmt=fmt,
                       max_tools=max_tools)
    try:
        results = run_experiment(config)
    except (RegistryError, SamplingError) as exc:
        fail(str(exc))
    table = Table(title=f"diversity steering, n={n} per arm, seed {seed}")
    table.add_column("figure")
    table.add_column("steered", justify="right")
    table.add_column("unsteered", justify="right")
    table.add_column("ratio", justify="right")
    for label, on, off in side_by_side(results):
        ratio = f"{on / off:.2f}x" if off else "-"
        table.add_row(label, _fmt(on), _fmt(off), ratio)
    out.print(table)


def _fmt(value: float) -> str:
    return str(int(value)) if value.is_integer() and value > 1 else f"{value:.3f}"


def register(app: typer.Typer) -> None:
    app.command("run-experiment")(run_experiment_command)
