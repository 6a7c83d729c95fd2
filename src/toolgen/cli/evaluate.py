"""`toolgen evaluate X.jsonl`: re-judge every record, write X.scored.jsonl, report failures.

Parses options, wires the judge context (corpus secrets, the pipeline's replay when it
exists) and prints; reading, judging and writing are library calls.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from toolgen.cli.config import DEFAULT_ENV_FILE
from toolgen.cli.console import fail, out
from toolgen.cli.options import TOOLENV_ENV, resolve_toolenv
from toolgen.io.jsonl import count_lines, read_records, write_jsonl
from toolgen.judge import JudgeContext, Replay
from toolgen.judge.batch import EvaluationTally, judge_item
from toolgen.llm.settings import read_dotenv
from toolgen.records import Record


def scored_path(path: Path) -> Path:
    """X.jsonl -> X.scored.jsonl (X.scored.jsonl is rescored in place of a new suffix)."""
    name = path.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else path.stem
    stem = stem.removesuffix(".scored")
    return path.with_name(f"{stem}.scored.jsonl")


def pipeline_replay() -> Replay | None:
    """`toolgen.pipeline.replay.replay_record` when the pipeline provides it, else None."""
    try:
        module = importlib.import_module("toolgen.pipeline.replay")
    except ImportError:
        return None
    fn = getattr(module, "replay_record", None)
    return fn if callable(fn) else None


KEY_VARS = ("OPENAI_API_KEY", "GEMINI_API_KEY")


def configured_keys(env_file: Path = DEFAULT_ENV_FILE) -> frozenset[str]:
    """The API keys set in the shell or the project `.env`, whatever their shape."""
    dotenv = read_dotenv(env_file)
    values = [v for name in KEY_VARS for v in (os.environ.get(name), dotenv.get(name))]
    return frozenset(v.strip() for v in values if v and v.strip())


def _secrets(toolenv: Path | None) -> frozenset[str]:
    keys = configured_keys()
    source = resolve_toolenv(toolenv)
    if source is None:
        return keys
    if not source.exists():
        fail(f"corpus not found: {source}")
    from toolgen.registry import collect_corpus_secrets

    return keys | frozenset(collect_corpus_secrets(source))


def _check_input(path: Path) -> int:
    if not path.exists():
        fail(f"file not found: {path}")
    if not path.is_file():
        fail(f"not a file: {path}")
    total = count_lines(path)
    if total == 0:
        fail(f"empty file: {path}")
    return total


def evaluate_command(
    path: Annotated[Path, typer.Argument(help="Records to evaluate (JSONL).")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Scored output (default X.scored.jsonl).")
    ] = None,
    toolenv: Annotated[
        Path | None,
        typer.Option(
            "--toolenv", help=f"Corpus whose credentials must not leak (default ${TOOLENV_ENV})."
        ),
    ] = None,
    replay: Annotated[
        bool, typer.Option("--replay/--no-replay", help="Re-execute traces when the pipeline can.")
    ] = True,
    threshold: Annotated[float, typer.Option(help="Overall score a record needs.")] = 3.5,
) -> None:
    """Validate and re-score records; write X.scored.jsonl and print failures by kind."""
    total = _check_input(path)
    ctx = JudgeContext(
        secrets=_secrets(toolenv),
        replay=pipeline_replay() if replay else None,
        threshold=threshold,
    )
    target = output or scored_path(path)
    tally = EvaluationTally(threshold=threshold)
    with _progress() as progress:
        task = progress.add_task("evaluate", total=total)

        def scored() -> Iterator[Record]:
            for item in read_records(path):
                record = judge_item(item, ctx, tally)
                progress.advance(task)
                if record is not None:
                    yield record

        try:
            write_jsonl(target, scored())
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror or exc}")
    if tally.records == 0:
        target.unlink(missing_ok=True)
        fail(f"not JSONL records: {path} ({tally.malformed_examples[0]})")
    _print_report(tally, target, ctx)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out,
        transient=True,
    )


def _print_report(tally: EvaluationTally, target: Path, ctx: JudgeContext) -> None:
    if tally.by_kind:
        table = Table(title="validator failures by kind", title_justify="left")
        table.add_column("validator")
        table.add_column("kind")
        table.add_column("records", justify="right")
        table.add_column("findings", justify="right")
        for (validator, kind), n in sorted(tally.by_kind.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(validator, kind, str(tally.records_by_kind[(validator, kind)]), str(n))
        out.print(table)
    else:
        out.print("no validator failures")
    out.print(
        f"passing validators: {tally.passing}/{tally.records} records"
        + f" ({tally.above_threshold} with overall >= {tally.threshold})"
        + (f", {tally.malformed} malformed line(s)" if tally.malformed else "")
        + f"; average overall {tally.average_overall:.2f}"
        + ("" if ctx.replay else "; replay skipped"),
        markup=False,
        highlight=False,
    )
    out.print(f"scored: {target}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
