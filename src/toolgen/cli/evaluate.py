"""`toolgen evaluate X.jsonl`: re-judge every record, write X.scored.jsonl, report findings.

`--judge heuristic` (default) validates and scores offline; `--judge llm|both` also asks
the LLM judge (`TOOLGEN_JUDGE_MODEL`, one model or a comma-separated committee) through
the live LLM seam (cache, retries, rate limiter), keeps both judges' scores and prints
their agreement. Parses options, wires the judge context (corpus secrets, the
pipeline's replay when it exists) and prints; reading, judging and writing are library
calls.
"""

from __future__ import annotations

import asyncio
import importlib
import os
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Annotated, cast

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from toolgen.cli.config import DEFAULT_ENV_FILE, load_llm_settings
from toolgen.cli.console import fail, out
from toolgen.cli.options import TOOLENV_ENV, resolve_toolenv
from toolgen.io.jsonl import count_lines, read_records, write_jsonl
from toolgen.judge import JudgeContext, Replay
from toolgen.judge.batch import EvaluationTally, judge_item
from toolgen.judge.rejudge import JudgeMode, Rejudge
from toolgen.llm import LLMError, open_llm_runtime
from toolgen.llm.settings import read_dotenv
from toolgen.records import Record

_MODES = ("heuristic", "llm", "both")


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
    judge: Annotated[
        str, typer.Option("--judge", help="heuristic, llm (LLM decides) or both (lower wins).")
    ] = "heuristic",
    env_file: Annotated[
        Path | None, typer.Option("--env-file", help="Project .env for LLM settings.")
    ] = None,
) -> None:
    """Validate and re-score records; write X.scored.jsonl and print findings by kind."""
    if judge not in _MODES:
        fail(f"--judge {judge!r}: expected one of {', '.join(_MODES)}")
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
        if judge == "heuristic":
            _heuristic(path, target, ctx, tally, lambda: progress.advance(task))
        else:
            mode = cast(JudgeMode, judge)
            rows = _live(path, ctx, tally, mode, env_file, lambda n: progress.advance(task, n))
            _write(target, iter(rows))
    if tally.records == 0:
        target.unlink(missing_ok=True)
        fail(f"not JSONL records: {path} ({tally.malformed_examples[0]})")
    _print_report(tally, target, ctx)


def _write(target: Path, rows: Iterator[Record]) -> None:
    try:
        write_jsonl(target, rows)
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}")


def _heuristic(path: Path, target: Path, ctx: JudgeContext, tally: EvaluationTally,
               advance: Callable[[], None]) -> None:
    def scored() -> Iterator[Record]:
        for item in read_records(path):
            record = judge_item(item, ctx, tally)
            advance()
            if record is not None:
                yield record

    _write(target, scored())


def _live(path: Path, ctx: JudgeContext, tally: EvaluationTally,
          mode: JudgeMode, env_file: Path | None,
          advance: Callable[[int], None]) -> list[Record]:
    settings = load_llm_settings(env_file)
    try:
        runtime = open_llm_runtime(settings)
    except LLMError as exc:
        fail(f"--judge {mode}: {exc}")

    async def run() -> list[Record]:
        rows: list[Record] = []
        async with runtime:
            rejudge = Rejudge(runtime.for_role("judge"), settings.judge_model, mode, ctx)
            size = max(1, settings.max_parallel_conversations) * 4
            items = read_records(path)
            while chunk := list(islice(items, size)):
                rows += await rejudge.batch(chunk, tally)
                advance(len(chunk))
        return rows

    return asyncio.run(run())


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
    _print_realism(tally)
    out.print(
        f"passing validators: {tally.passing}/{tally.records} records"
        + f" ({tally.above_threshold} with overall >= {tally.threshold})"
        + (f", {tally.malformed} malformed line(s)" if tally.malformed else "")
        + f"; average overall {tally.average_overall:.2f}"
        + ("" if ctx.replay else "; replay skipped"),
        markup=False,
        highlight=False,
    )
    _print_agreement(tally)
    out.print(f"scored: {target}", markup=False, highlight=False)


def _print_realism(tally: EvaluationTally) -> None:
    if not tally.realism:
        out.print("no realism findings")
        return
    table = Table(title="realism findings by kind", title_justify="left")
    for column in ("criterion", "kind", "severity"):
        table.add_column(column)
    table.add_column("records", justify="right")
    table.add_column("share", justify="right")
    for (criterion, kind, severity), n in sorted(tally.realism.items(),
                                                 key=lambda kv: (-kv[1], kv[0])):
        table.add_row(criterion, kind, severity, str(n), f"{n / tally.records:.1%}")
    out.print(table)


def _print_agreement(tally: EvaluationTally) -> None:
    a = tally.agreement
    deciders = ", ".join(f"{name} {n}" for name, n in tally.deciders.most_common())
    if a.records or a.llm_failures:
        out.print(f"decided by: {deciders}", markup=False, highlight=False)
    if a.records:
        line = (f"agreement heuristic vs LLM: same accept/reject on {a.same_decision}/"
                f"{a.records} records ({a.same_decision / a.records:.0%}), mean |overall "
                f"difference| {a.abs_diff_sum / a.records:.2f}")
        if a.committees:
            line += f"; committee spread {a.disagreement_sum / a.committees:.2f}"
        out.print(line, markup=False, highlight=False)
    if a.llm_failures:
        out.print(f"LLM judge failed on {a.llm_failures} record(s): heuristic decided",
                  markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
