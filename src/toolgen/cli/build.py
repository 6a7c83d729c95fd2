"""`toolgen build`: load a tool corpus, build the endpoint graph, write artifacts, summarise.

Parses options, calls `toolgen.pipeline.prepare.build_corpus` and prints a Rich summary;
the loading, graph and file logic live in the library. Besides the artifacts, the build
leaves the prepared corpus (`prepared.bin`) that `toolgen generate` reuses while the
corpus, options and code are unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from toolgen.cli.console import fail, out
from toolgen.cli.options import TOOLENV_ENV, resolve_toolenv
from toolgen.graph.artifacts import BuildReport, group_diagnostics
from toolgen.io.prepared import FILE_NAME
from toolgen.pipeline.prepare import CorpusSpec, build_corpus

SHOWN_REASONS = 12



def build_command(
    toolenv: Annotated[Path | None, typer.Option(
        "--toolenv", help=f"Tool corpus directory or file (default: ${TOOLENV_ENV}, "
        "else the bundled corpus).")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", help="Input format: auto, toolbench, openai, bfcl, openapi or mcp.")] = "auto",
    max_tools: Annotated[int | None, typer.Option(
        "--max-tools", min=1, help="Load at most N tools.")] = None,
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="Artifacts directory.")] = Path("output/artifacts"),
) -> None:
    """Load tools, build the endpoint graph and write registry, graph and diagrams."""
    from toolgen.registry import RegistryError

    source = resolve_toolenv(toolenv)
    spec = CorpusSpec(str(source) if source is not None else None, fmt, max_tools)
    try:
        report = build_corpus(spec, output)
    except RegistryError as exc:
        fail(str(exc).splitlines()[0] if str(exc) else "nothing usable was loaded")
    except OSError as exc:
        fail(f"cannot write artifacts to {output}: {exc.strerror or exc}")
    _print_summary(report)


def _print_summary(report: BuildReport) -> None:
    stats = report.stats
    table = Table(title="toolgen build", show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("count", justify="right")
    table.add_row("tools", str(stats["tools"]))
    table.add_row("endpoints", str(stats["endpoints"]))
    for kind, count in stats["edges"].items():
        table.add_row(f"edges: {kind}", str(count))
    table.add_row("skipped / diagnostics", str(len(stats["diagnostics"])))
    table.add_row("set aside: not realisable offline", str(stats["set_aside"]["endpoints"]))
    out.print(table)
    _print_diagnostics(report)
    _print_set_aside(stats["set_aside"])
    out.print(f"artifacts: {report.out_dir}", markup=False, highlight=False)
    prepared = [f for f in report.files if f.name == FILE_NAME]
    if prepared:
        out.print(f"prepared for generate: {prepared[0]}", markup=False, highlight=False)


def _print_diagnostics(report: BuildReport) -> None:
    groups = group_diagnostics(report.registry.diagnostics)
    if not groups:
        return
    table = Table(title="diagnostics by reason", title_justify="left")
    table.add_column("count", justify="right")
    table.add_column("reason")
    table.add_column("examples")
    for group in groups[:SHOWN_REASONS]:
        examples = "\n".join(_short(p) for p in group.examples)
        table.add_row(str(group.count), Text(group.reason), Text(examples))
    out.print(table)
    if len(groups) > SHOWN_REASONS:
        out.print(f"... {len(groups) - SHOWN_REASONS} more reasons; all are in "
                  f"{report.out_dir / 'stats.json'}", markup=False, highlight=False)


def _print_set_aside(aside: dict[str, Any]) -> None:
    """Endpoints `generate` leaves out (unless --all-endpoints), counted per reason."""
    if not aside["endpoints"]:
        return
    table = Table(title=f"set aside by reason ({aside['endpoints']} of {aside['of']} "
                  "endpoints; generate --all-endpoints keeps them)", title_justify="left")
    table.add_column("count", justify="right")
    table.add_column("reason")
    table.add_column("what it means")
    for reason, count in aside["by_reason"].items():
        table.add_row(str(count), reason, Text(aside["reasons"][reason]))
    out.print(table)


def _short(path: str) -> str:
    """The last two parts of a path (category/file) so examples fit the table."""
    return "/".join(Path(path).parts[-2:]) or path


def register(app: typer.Typer) -> None:
    app.command("build")(build_command)
