"""The Typer application: registers one command per module of this package."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="toolgen",
    help="Synthetic multi-turn tool-calling conversations from tool definitions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines `register(app)`; imported here so start-up stays cheap.
COMMAND_MODULES = (
    "toolgen.cli.config",
    "toolgen.cli.build",
    "toolgen.cli.export_dashboard",
    "toolgen.cli.export",
    "toolgen.cli.dashboard",
    "toolgen.cli.evaluate",
    "toolgen.cli.analyze",
    "toolgen.cli.generate",
    "toolgen.cli.run_experiment",
    "toolgen.cli.synthesize_tools",
    "toolgen.cli.analyze_tools",
    "toolgen.cli.eval_agent",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


def main() -> None:
    _register_all()
    app()
