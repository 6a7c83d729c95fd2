"""The Typer application: registers one command per module of this package."""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="toolgen",
    help="Synthetic multi-turn tool-calling conversations from tool definitions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command name -> the module defining it (each has `register(app)`). A run imports only
# its own command's module: importing all of them (and what they import) costs over a
# second of start-up that `toolgen build` or `generate` never uses.
COMMANDS = {
    "config": "toolgen.cli.config",
    "build": "toolgen.cli.build",
    "export-dashboard": "toolgen.cli.export_dashboard",
    "export": "toolgen.cli.export",
    "dashboard": "toolgen.cli.dashboard",
    "evaluate": "toolgen.cli.evaluate",
    "analyze": "toolgen.cli.analyze",
    "generate": "toolgen.cli.generate",
    "run-experiment": "toolgen.cli.run_experiment",
    "synthesize-tools": "toolgen.cli.synthesize_tools",
    "analyze-tools": "toolgen.cli.analyze_tools",
    "eval-agent": "toolgen.cli.eval_agent",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


@app.callback()
def _group() -> None:
    # A Typer app with one registered command would run it without its name: the
    # callback keeps `toolgen <command> ...` a command group however many are registered.
    pass


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


def _register_for(args: list[str]) -> None:
    """Register the command `args` names, or every command (help, unknown names)."""
    module = COMMANDS.get(args[0]) if args else None
    if module is None:
        _register_all()
    else:
        importlib.import_module(module).register(app)


def main() -> None:
    _register_for(sys.argv[1:])
    app()


if __name__ == "__main__":
    main()
