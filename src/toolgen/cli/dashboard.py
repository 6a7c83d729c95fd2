"""`toolgen dashboard DATASET`: export, build the app if needed, serve on 127.0.0.1."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from toolgen.cli.console import fail, out
from toolgen.cli.export_dashboard import ArtifactsOpt, DatasetArg, run_export
from toolgen.export.dashboard import DEFAULT_CHUNK_SIZE
from toolgen.serve.app_build import (
    BuildError,
    build_app,
    dataset_data_dir,
    find_dashboard_dir,
    is_built,
)
from toolgen.serve.static import make_server

PortOpt = Annotated[int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1.")]

def dashboard_command(
    dataset: DatasetArg, port: PortOpt = 5173, artifacts: ArtifactsOpt = None
) -> None:
    """Export DATASET, then serve the dashboard at http://127.0.0.1:PORT/ until Ctrl-C."""
    try:
        dashboard = find_dashboard_dir()
        data_dir = dataset_data_dir(dashboard, dataset)
    except BuildError as exc:
        fail(escape(str(exc)))
    run_export(dataset, artifacts, data_dir, DEFAULT_CHUNK_SIZE)
    if not is_built(dashboard):
        out.print("dashboard/dist is missing: building it (npm ci && npm run build)...")
        try:
            build_app(dashboard)
        except BuildError as exc:
            fail(escape(str(exc)))
    try:
        server = make_server(dashboard / "dist", data_dir, port)
    except OSError as exc:
        fail(f"cannot listen on 127.0.0.1:{port} ({exc.strerror}); try --port 0")
    out.print(f"dashboard: {server.url}  (Ctrl-C to stop)", markup=False, highlight=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        out.print("stopped")
    finally:
        server.server_close()

def register(app: typer.Typer) -> None:
    app.command("dashboard")(dashboard_command)
