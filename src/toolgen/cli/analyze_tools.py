"""`toolgen analyze-tools DIR [DIR...]`: tool-set metrics, one column per corpus.

Parses arguments, loads each corpus and builds its graph, calls
`toolgen.analysis.tools.tool_metrics` and prints the columns side by side.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from toolgen.cli.console import fail, out
from toolgen.cli.options import FormatOption


def analyze_tools_command(
    corpora: Annotated[list[Path], typer.Argument(help="Tool corpus directories or files.")],
    fmt: FormatOption = "auto",
) -> None:
    """Print tool-set metrics (size, enums, defaults, nesting, links, diversity) per corpus."""
    from toolgen.analysis.tools import ToolMetrics, tool_metrics
    from toolgen.graph.build import build_graph
    from toolgen.registry import RegistryError, load_registry

    columns: list[tuple[str, ToolMetrics]] = []
    for path in corpora:
        try:
            registry = load_registry(path, fmt)
        except RegistryError as exc:
            fail(str(exc).splitlines()[0])
        columns.append((_label(path), tool_metrics(registry, build_graph(registry))))
    table = Table(title="toolgen analyze-tools", title_justify="left")
    table.add_column("metric")
    for label, _ in columns:
        table.add_column(label, justify="right")
    for i, (name, _) in enumerate(columns[0][1].rows()):
        table.add_row(name, *(m.rows()[i][1] for _, m in columns))
    out.print(table)


def _label(path: Path) -> str:
    parts = [p for p in path.parts if p not in ("tools", "toolenv")]
    return "/".join(parts[-2:]) or str(path)


def register(app: typer.Typer) -> None:
    app.command("analyze-tools")(analyze_tools_command)
