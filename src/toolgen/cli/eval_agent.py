"""`toolgen eval-agent FILE --model M`: score a model as the assistant on every record.

Each record's user side and environment are replayed against the model under test
(OpenAI-compatible or Gemini, from the usual LLM settings; `--model` picks the model)
through the episode loop, and scored per record and overall: calls correct, arguments
grounded, outcome reached, answer honest. Parses options, calls
`pipeline.eval_agent.evaluate_agent` and prints; records that do not pass are named.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from toolgen.cli.config import DEFAULT_ENV_FILE, load_llm_settings
from toolgen.cli.console import fail, out
from toolgen.io.jsonl import LineError, read_records
from toolgen.judge.agent_score import AgentScore
from toolgen.llm import LLMError, LLMSettings, open_llm_runtime
from toolgen.pipeline.eval_agent import AgentReport, evaluate_agent
from toolgen.records import Record

CHECKS = ("calls", "grounded", "outcome", "honest")


def eval_agent_command(
    file: Annotated[Path, typer.Argument(help="Records (JSONL) to replay.")],
    model: Annotated[str, typer.Option("--model", help="The model under test.")],
    provider: Annotated[
        str | None, typer.Option("--provider", help="gemini or openai (default: settings).")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")
    ] = None,
    limit: Annotated[int | None, typer.Option("-n", help="Only the first N records.")] = None,
    env_file: Annotated[
        Path, typer.Option("--env-file", help="Project .env file to read.")
    ] = DEFAULT_ENV_FILE,
) -> None:
    records = _read(file, limit)
    settings = load_llm_settings(env_file, generation_model=model, provider=provider,
                                 base_url=base_url, no_cache=True)
    try:
        report = asyncio.run(_run(records, settings))
    except LLMError as exc:
        fail(" ".join(str(exc).split()))
    _print(report, model)


async def _run(records: list[Record], settings: LLMSettings) -> AgentReport:
    async with open_llm_runtime(settings) as runtime:
        return await evaluate_agent(records, runtime.for_role("assistant"))


def _read(path: Path, limit: int | None) -> list[Record]:
    if not path.is_file():
        fail(f"{path}: no such file")
    records: list[Record] = []
    for item in read_records(path):
        if isinstance(item, LineError):
            fail(f"{path}: line {item.line}: {item.message}")
        records.append(item.record)
        if limit is not None and len(records) >= limit:
            break
    if not records:
        fail(f"{path}: no records")
    return records


def _print(report: AgentReport, model: str) -> None:
    table = Table(title=f"eval-agent: {model}")
    table.add_column("record")
    for name in (*CHECKS, "score"):
        table.add_column(name, justify="right")
    for s in report.scores:
        table.add_row(s.conversation_id, *(f"{getattr(s, c):.2f}" for c in CHECKS),
                      f"{s.overall:.2f}")
    table.add_row("overall", *(f"{report.mean(c):.2f}" for c in CHECKS),
                  f"{report.mean('overall'):.2f}", style="bold")
    out.print(table)
    failing: list[AgentScore] = [s for s in report.scores if not s.passed]
    passed = len(report.scores) - len(failing)
    out.print(f"passed {passed}/{len(report.scores)} records "
              f"({100 * passed / max(len(report.scores), 1):.0f}%), "
              f"overall score {100 * report.mean('overall'):.0f}%", highlight=False)
    for s in failing:
        out.print(f"failed {s.conversation_id}: {'; '.join(s.problems)}", highlight=False,
                  soft_wrap=True)
    for cid in report.skipped:
        out.print(f"skipped {cid}: no user message to replay", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("eval-agent")(eval_agent_command)
