"""Live mode for `toolgen generate`: deciding to go live, settings, progress and errors.

`generate` stays offline unless `--live` is given or `TOOLGEN_LLM_MODE=live` is set (shell
or project `.env`). This module resolves the LLM settings (via `load_llm_settings`),
runs the live runner with a progress bar showing `live_calls=N`, and turns a strict-mode
failure or a missing provider into a one-line error. Without a usable provider and not
strict, it warns and generates offline. It only parses, calls and prints.
"""

from __future__ import annotations

import os
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from toolgen.cli.config import DEFAULT_ENV_FILE, load_llm_settings
from toolgen.cli.console import err, fail
from toolgen.llm.errors import LLMError
from toolgen.llm.settings import read_dotenv
from toolgen.pipeline.live import LiveRequiredError
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runner import RunResult, generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record, Rejection

MODE_VAR = "TOOLGEN_LLM_MODE"


def wants_live(flag: bool, env_file: Path = DEFAULT_ENV_FILE) -> bool:
    """`--live`, or TOOLGEN_LLM_MODE=live in the project `.env` (which beats the shell)."""
    if flag:
        return True
    mode = read_dotenv(env_file).get(MODE_VAR) or os.environ.get(MODE_VAR) or ""
    return mode.strip().lower() == "live"


def run_live_generate(
    config: RunConfig,
    output: Path,
    runtime: Runtime,
    *,
    no_cache: bool = False,
    profile: str | None = None,
    paraphrase: bool | None = None,
    log: bool = False,
) -> RunResult:
    """Generate live (or offline with a warning when no provider is configured)."""
    settings = load_llm_settings(None, no_cache=True if no_cache else None, live_profile=profile,
                                 live_paraphrase=paraphrase)
    if not settings.live_available():
        key = "GEMINI_API_KEY" if settings.provider == "gemini" else "OPENAI_API_KEY"
        message = f"live mode needs {key} (or TOOLGEN_LLM_BASE_URL for provider 'openai')"
        if settings.require_live_llm:
            fail(message)
        err.print(f"[yellow]warning:[/] {message}; generating offline", highlight=False)
        return generate(config, output, 1, None, runtime)
    label = settings.live_profile + (" + paraphrase" if settings.live_paraphrase else "")
    columns = (TextColumn(f"[bold]generate live ({label})"), BarColumn(),
               MofNCompleteColumn(), TextColumn("{task.fields[status]}"), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=not log) as progress:
            task = progress.add_task("generate", total=config.n, status="")
            counts = {"ok": 0, "rejected": 0}

            def on_result(index: int, item: Record | Rejection, calls: int) -> None:
                counts["ok" if isinstance(item, Record) else "rejected"] += 1
                if log:
                    progress.console.print(_event(index, item), highlight=False, markup=False)
                progress.update(task, advance=1, status=(
                    f"ok={counts['ok']} rejected={counts['rejected']} live_calls={calls}"))

            return generate_live(config, output, settings, runtime=runtime, on_result=on_result)
    except LiveRequiredError as exc:
        fail(str(exc))
    except LLMError as exc:  # e.g. the provider's SDK is not installed
        fail(" ".join(str(exc).split()))


def _event(index: int, item: Record | Rejection) -> str:
    if isinstance(item, Record):
        md = item.metadata
        fb = f" fallbacks={','.join(md.fallbacks)}" if md.fallbacks else ""
        return (f"#{index} {item.conversation_id} {md.pattern} calls={len(item.step_trace)} "
                f"live_calls={md.live_calls} overall={item.judge_scores.overall}{fb}")
    return f"#{index} {item.conversation_id} REJECTED {'; '.join(item.reasons)[:160]}"
