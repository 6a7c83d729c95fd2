"""Options shared by several commands, and the environment they fall back to."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

TOOLENV_ENV = "TOOLGEN_TOOLENV_DIR"

ToolenvOption = Annotated[
    Path | None,
    typer.Option("--toolenv", help=f"Tool corpus (default: ${TOOLENV_ENV}, else bundled)."),
]
FormatOption = Annotated[
    str, typer.Option("--format", help="toolbench | openai | bfcl | openapi | mcp | auto")
]
MaxToolsOption = Annotated[
    int | None, typer.Option("--max-tools", min=1, help="Use only the first N tools.")
]


def resolve_toolenv(option: Path | None) -> Path | None:
    """The corpus path: the option, else the environment variable, else None (bundled)."""
    if option is not None:
        return option
    env = os.environ.get(TOOLENV_ENV, "").strip()
    return Path(env) if env else None
