"""`toolgen synthesize-tools`: write a tool corpus for a domain name (ToolWeave).

Parses options, picks the context provider, calls `toolgen.synth` and prints a summary.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from toolgen.cli.console import err, fail, out

if TYPE_CHECKING:
    from toolgen.synth.live import Proposal


def synthesize_tools_command(
    domain: Annotated[str, typer.Option("--domain", help="Domain name, e.g. 'veterinary "
                                        "clinic'.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Corpus directory to write "
                                         "(tools/<Category>/<tool>.json inside).")],
    n: Annotated[int, typer.Option("-n", "--tools", min=1, max=30,
                                   help="Number of tools.")] = 6,
    seed: Annotated[int, typer.Option("--seed", help="Seed for wording and choices.")] = 0,
    context_file: Annotated[Path | None, typer.Option(
        "--context-file", help="Local text/JSON file describing the domain.")] = None,
    wikipedia: Annotated[bool, typer.Option(
        "--wikipedia", help="Fetch the domain's Wikipedia/Wikidata summary (network).")] = False,
    live: Annotated[bool, typer.Option(
        "--live", help="Let the configured LLM propose tools (checked, repaired or "
        "dropped).")] = False,
) -> None:
    """Synthesize tools for a domain from schema.org (offline) or an LLM (--live)."""
    from toolgen.synth.context import ContextProvider, FileContext, NoContext, WikipediaContext
    from toolgen.synth.synthesize import synthesize

    provider: ContextProvider = NoContext()
    if context_file is not None:
        provider = FileContext(context_file)
    elif wikipedia:
        provider = WikipediaContext()
    tools = dropped = None
    if live:
        proposal = _propose_live(domain, n, seed, provider.context(domain).text)
        tools, dropped = proposal.tools, proposal.dropped
        out.print(f"live: {proposal.calls} LLM requests", markup=False, highlight=False)
        if not tools:
            for d in dropped:
                err.print(f"dropped {d.what}: {d.reason}", markup=False, highlight=False)
            fail("live: no proposed tool survived the checks (reasons above)", code=1)
    try:
        report = synthesize(domain, n, seed, output, provider, tools, dropped)
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write the corpus to {output}: {exc.strerror or exc}")
    if report.context is not None and report.context.problem:
        err.print(f"context: {report.context.problem}", markup=False, highlight=False)
    table = Table(title=f"synthesize-tools: {domain}", title_justify="left")
    table.add_column("tool")
    table.add_column("endpoints", justify="right")
    for tool in report.tools:
        table.add_row(tool.name, str(len(tool.endpoints)))
    out.print(table)
    for d in report.dropped:
        out.print(f"dropped {d.what}: {d.reason}", markup=False, highlight=False)
    out.print(f"{len(report.tools)} tools, {report.endpoints} endpoints -> "
              f"{output / 'tools'}", markup=False, highlight=False)


def _propose_live(domain: str, n: int, seed: int, context: str) -> Proposal:
    import asyncio

    from toolgen.cli.config import load_llm_settings
    from toolgen.llm.errors import LLMError
    from toolgen.llm.runtime import open_llm_runtime
    from toolgen.synth.live import propose

    settings = load_llm_settings()

    async def run() -> Proposal:
        async with open_llm_runtime(settings) as runtime:
            return await propose(runtime.for_role("planner", seed), domain, n, seed, context)

    try:
        return asyncio.run(run())
    except LLMError as exc:
        fail(" ".join(str(exc).split()))


def register(app: typer.Typer) -> None:
    app.command("synthesize-tools")(synthesize_tools_command)
