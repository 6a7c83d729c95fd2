"""`toolgen export-dashboard DATASET`: write the dashboard bundle for a dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from toolgen.cli.console import fail, out
from toolgen.export.dashboard import (
    DEFAULT_CHUNK_SIZE,
    ArtifactError,
    DatasetError,
    ExportResult,
    export_dashboard,
)
from toolgen.serve.app_build import (
    BuildError,
    default_artifacts,
    default_data_dir,
    find_dashboard_dir,
)

DatasetArg = Annotated[Path, typer.Argument(help="Dataset JSONL written by `toolgen generate`.")]
ArtifactsOpt = Annotated[
    Path | None,
    typer.Option("--artifacts", help="Graph artifacts dir (default: output/artifacts if built)."),
]
OutOpt = Annotated[
    Path | None, typer.Option("--out", help="Bundle dir (default: dashboard/public/toolgen-data).")
]
ChunkOpt = Annotated[int, typer.Option("--chunk-size", min=1, help="Conversations per chunk.")]


def run_export(
    dataset: Path, artifacts: Path | None, out_dir: Path | None, chunk_size: int
) -> ExportResult:
    """Resolve defaults, export, print one summary line; bad input ends in `fail`."""
    try:
        target = out_dir or default_data_dir(find_dashboard_dir())
        result = export_dashboard(
            dataset, target, artifacts or default_artifacts(), chunk_size=chunk_size
        )
    except (DatasetError, ArtifactError, BuildError) as exc:
        fail(escape(str(exc)))
    except OSError as exc:  # disk full, a name too long: one line, never a traceback
        fail(escape(f"cannot write the dashboard export: {exc.strerror or exc}"
                    + (f" ({exc.filename})" if exc.filename else "")))
    graph = "with graph" if result.graph else "no graph artifacts"
    if result.skipped:
        out.print(f"skipped {result.skipped} malformed lines (first: {result.first_skipped})",
                  markup=False, highlight=False)
    out.print(
        f"exported {result.conversations} conversations in {result.chunks} chunks "
        f"({result.bytes_written / 1e6:.1f} MB, {graph}) to {result.out_dir}",
        markup=False,
        highlight=False,
    )
    return result


def export_dashboard_command(
    dataset: DatasetArg,
    artifacts: ArtifactsOpt = None,
    out_dir: OutOpt = None,
    chunk_size: ChunkOpt = DEFAULT_CHUNK_SIZE,
) -> None:
    """Write dashboard/public/toolgen-data/bundle.json (+ index and chunks) for DATASET."""
    run_export(dataset, artifacts, out_dir, chunk_size)


def register(app: typer.Typer) -> None:
    app.command("export-dashboard")(export_dashboard_command)
