"""`toolgen generate`: N conversations to JSONL, offline or live (see `llm_mode`, `live_run`)."""

from __future__ import annotations

import contextlib
import dataclasses
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from toolgen.cli.console import err, fail, out
from toolgen.cli.llm_mode import live_settings
from toolgen.cli.options import FormatOption, MaxToolsOption, ToolenvOption, resolve_toolenv

if TYPE_CHECKING:
    from toolgen.pipeline.runner import RunResult
    from toolgen.pipeline.runtime import RunConfig, Runtime


def generate_command(
    n: Annotated[int, typer.Option("-n", help="Number of conversations.")] = 100,
    seed: Annotated[int, typer.Option("--seed", help="Run seed.")] = 42,
    output: Annotated[Path, typer.Option("-o", "--output", help="Output JSONL.")] = Path(
        "output/conversations.jsonl"
    ),
    toolenv: ToolenvOption = None,
    fmt: FormatOption = "auto",
    max_tools: MaxToolsOption = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Judge, never repair.")] = False,
    no_steering: Annotated[bool, typer.Option("--no-steering")] = False,
    min_calls: Annotated[int, typer.Option("--min-calls", min=1)] = 1,
    max_calls: Annotated[int, typer.Option("--max-calls", min=1)] = 4,
    categories: Annotated[str | None, typer.Option(
        "--categories", help="Comma-separated categories to sample from.")] = None,
    robustness: Annotated[str | None, typer.Option(
        "--robustness", metavar="PATTERN=SHARE,...",
        help="Share of conversations per robustness pattern, over the defaults "
             "(e.g. 'error_recovery=0.2,pagination=0'); 'none' turns them off.")] = None,
    all_endpoints: Annotated[bool, typer.Option(
        "--all-endpoints", help="Also sample endpoints offline generation cannot make "
        "believable (no input for an action, unreadable names...; `toolgen build` lists "
        "them by reason). Off by default.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1)] = 1,
    progress_log: Annotated[bool, typer.Option(
        "--progress-log", help="Print the event stream (user turns, calls, faults, judge "
        "verdicts, repairs) above the progress view.")] = False,
    live: Annotated[bool, typer.Option(
        "--live", help="Live LLM mode even without TOOLGEN_LLM_PROVIDER (also "
        "TOOLGEN_LLM_MODE=live). A configured provider with its key is live already.")] = False,
    offline: Annotated[bool, typer.Option(
        "--offline", help="Offline whatever the LLM settings say (also "
        "TOOLGEN_LLM_MODE=offline).")] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Live mode: bypass the LLM response cache.")] = False,
    live_profile: Annotated[str | None, typer.Option(
        "--profile", help="Live profile: full, hybrid or compact.")] = None,
    live_paraphrase: Annotated[bool | None, typer.Option(
        "--live-paraphrase/--no-live-paraphrase",
        help="Live mode: LLM-paraphrase every user turn and answer no live role rewrote "
             "(also TOOLGEN_LIVE_PARAPHRASE; off by default).")] = None,
    resume: Annotated[bool | None, typer.Option(
        "--resume/--no-resume",
        help="Continue the unfinished run on this output (the default when its manifest "
             "matches; --resume requires one), or start over (--no-resume).")] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="Where episodes run: local (processes) or ray (extra 'ray').")
    ] = "local",
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", help="With --engine ray: an existing cluster (default: a local "
        "Ray started for the run).")] = None,
    artifacts: Annotated[Path, typer.Option(
        "--artifacts", help="Where `toolgen build` wrote its artifacts: the corpus it "
        "prepared there is reused when corpus, format, --max-tools and code still match "
        "(else the corpus is loaded afresh).")] = Path("output/artifacts"),
) -> None:
    """Generate synthetic tool-calling conversations (live when a provider is configured)."""
    if live and offline:
        fail("--live and --offline exclude each other")
    if n < 1:
        fail("-n must be at least 1")
    if ray_address is not None and engine != "ray":
        fail("--ray-address needs --engine ray")
    if min_calls > max_calls:
        fail(f"--min-calls ({min_calls}) is larger than --max-calls ({max_calls})")
    # The pipeline (planner, executor, judge: most of what a run imports) is loaded once
    # the options are known to be good: `--help` and a bad option answer at once.
    from toolgen.graph.sampler import SamplerConfig, SamplingError, robustness_shares
    from toolgen.heap import keep_loaded
    from toolgen.io.output import OutputError
    from toolgen.pipeline.durable import ResumeError
    from toolgen.pipeline.ray_engine import EngineError
    from toolgen.pipeline.runner import ENGINES, RunAborted, capped_workers, check_outputs
    from toolgen.pipeline.runtime import RunConfig, Runtime
    from toolgen.registry import RegistryError

    if engine not in ENGINES:
        fail(f"--engine: {engine!r} is not one of {', '.join(ENGINES)}")
    source = resolve_toolenv(toolenv)
    if source is not None and not source.exists() and not str(source).startswith("stdio:"):
        fail(f"{source}: no such corpus file or directory")
    try:
        check_outputs(output)
    except OutputError as exc:
        fail(str(exc))
    # Ray workers may be other machines' CPUs: only local processes are capped.
    workers, note = capped_workers(workers) if engine == "local" else (workers, None)
    if note:
        err.print(f"note: {note}", highlight=False, markup=False)
    cats = tuple(c.strip() for c in categories.split(",") if c.strip()) if categories else None
    try:
        shares = robustness_shares(robustness) if robustness is not None else None
    except ValueError as exc:
        fail(f"--robustness: {exc}")
    sampler = SamplerConfig(min_calls=min_calls, max_calls=max_calls, categories=cats)
    if shares is not None:
        sampler = dataclasses.replace(sampler, robustness=shares)
    config = RunConfig(
        n=n, seed=seed, toolenv=str(source) if source else None, fmt=fmt, max_tools=max_tools,
        sampler=sampler,
        steering=not no_steering, repair=not no_repair, all_endpoints=all_endpoints,
    )
    live_mode = live_settings(live=live, offline=offline, no_cache=no_cache,
                              profile=live_profile, paraphrase=live_paraphrase)
    live_stats: tuple[int, int] | None = None  # live calls, length retries
    try:
        with err.status("loading the corpus and building the endpoint graph"):
            runtime = Runtime.build(config, artifacts=artifacts)
        keep_loaded()
        _say_prepared(runtime, artifacts)
        if live_mode is not None:
            # Live mode is chosen: only now are its agents and LLM stack loaded.
            from toolgen.cli import live_run

            decision, settings = live_mode
            result, calls, retried = live_run.run_live_generate(
                config, output, runtime, settings, decision, log=progress_log, resume=resume,
                engine=engine, workers=workers, ray_address=ray_address)
            live_stats = (calls, retried)
        else:
            with stop_on_sigterm():
                result = _run(config, output, workers, progress_log, runtime,
                              Durability(resume, engine, ray_address))
    except RunAborted as exc:
        fail(exc.message(), code=130 if exc.interrupted else 1)
    except (RegistryError, SamplingError, OutputError, ResumeError, EngineError) as exc:
        fail(str(exc))
    except OSError as exc:  # disk full before the first record: one line, no traceback
        fail(f"cannot write {output}: {exc.strerror or exc}", code=1)
    _summary(result, live_stats)
    _exit_code(result)


def _say_prepared(runtime: Runtime, artifacts: Path) -> None:
    """One note when a build's prepared corpus was reused, or found but not usable."""
    from toolgen.io.prepared import FILE_NAME

    stored = artifacts / FILE_NAME
    if runtime.prepared.reused:
        note = f"reusing the corpus prepared by toolgen build ({stored})"
    elif stored.exists():
        note = (f"{stored} is out of date for this corpus, its options or this ToolGen; "
                "the corpus was loaded afresh (toolgen build prepares it again)")
    else:
        return
    err.print(f"note: {note}", highlight=False, markup=False)


@dataclasses.dataclass(frozen=True)
class Durability:
    resume: bool | None
    engine: str
    ray_address: str | None


@contextlib.contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """SIGTERM stops the run like Ctrl-C (completed records kept, one line on resuming)."""
    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (e.g. an embedding host): leave it alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(
    config: RunConfig, output: Path, workers: int, log: bool, runtime: Runtime,
    durability: Durability,
) -> RunResult:
    from toolgen.cli.progress_view import ProgressView
    from toolgen.pipeline.runner import generate

    with ProgressView(err, config.n, log=log) as view:
        return generate(config, output, workers, view.finished, runtime,
                        on_planned=view.planning, resume=durability.resume,
                        engine=durability.engine, ray_address=durability.ray_address)


def _summary(result: RunResult, live: tuple[int, int] | None) -> None:
    table = Table(title="generation", show_header=False)
    table.add_row("accepted", str(result.accepted))
    table.add_row("rejected", str(result.rejected))
    if live is not None:
        table.add_row("live calls", str(live[0]))
        table.add_row("length retries", str(live[1]))
    for name, count in sorted(result.patterns.items(), key=lambda kv: -kv[1]):
        table.add_row(f"pattern {name}", str(count))
    if result.fallback_records:
        roles = ", ".join(f"{r} {n}" for r, n in sorted(result.fallback_roles.items()))
        table.add_row("provider fallbacks", f"{result.fallback_records} records ({roles})")
    if result.resumed_from is not None:
        table.add_row("resumed from record", str(result.resumed_from))
    out.print(table)
    out.print(f"records: {result.output}")
    out.print(f"rejects: {result.rejects}")
    if result.manifest is not None:
        out.print(f"manifest: {result.manifest}")
    for note in result.notes:
        err.print(f"note: {note}", highlight=False, markup=False)


def _exit_code(result: RunResult) -> None:
    """Exit 1 when no record was accepted, 3 when provider failures forced fallbacks."""
    if result.accepted == 0:
        fail(f"no conversation was accepted ({result.rejected} rejected; see {result.rejects})",
             code=1)
    if result.fallback_records:
        err.print(f"warning: {result.fallback_records} of {result.accepted + result.rejected} "
                  "records fell back to offline text after provider failures", highlight=False,
                  markup=False)
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command("generate")(generate_command)
