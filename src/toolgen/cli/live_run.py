"""Live mode for `toolgen generate`: which mode to use, the live run, and its errors.

A configured provider (`TOOLGEN_LLM_PROVIDER` other than `offline`, in the shell or the
project `.env`) with its key makes `generate` live; `--offline` (or
`TOOLGEN_LLM_MODE=offline`) forces offline; `--live` (or `TOOLGEN_LLM_MODE=live`) asks for
live with the default provider. A provider without its key prints one warning line and
generates offline, or fails in one line when `TOOLGEN_REQUIRE_LIVE_LLM=true`. The rules
are `llm.settings.decide_mode`; this module only resolves, calls and prints.
"""

from __future__ import annotations

from pathlib import Path

from toolgen.cli.config import load_llm_settings
from toolgen.cli.console import err, fail
from toolgen.cli.progress_view import ProgressView
from toolgen.llm import LLMRuntime
from toolgen.llm.errors import LLMError
from toolgen.llm.settings import LLMSettings, ModeDecision, decide_mode
from toolgen.pipeline.live import LiveRequiredError
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runner import RunResult
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record, Rejection


def resolve_mode(
    *,
    live: bool,
    offline: bool,
    no_cache: bool = False,
    profile: str | None = None,
    paraphrase: bool | None = None,
) -> tuple[ModeDecision, LLMSettings | None]:
    """The mode `generate` will use, and the settings when it is live."""
    if offline:
        return ModeDecision("offline", "--offline given"), None
    settings = load_llm_settings(None, no_cache=True if no_cache else None, live_profile=profile,
                                 live_paraphrase=paraphrase)
    decision = decide_mode(settings, live=live)
    if decision.warning is not None:
        if settings.require_live_llm:
            fail(f"{decision.reason} (TOOLGEN_REQUIRE_LIVE_LLM=true, so no offline fallback)")
        err.print(f"[yellow]warning:[/] {decision.warning}", highlight=False, soft_wrap=True)
    return decision, settings if decision.live else None


def run_live_generate(
    config: RunConfig,
    output: Path,
    runtime: Runtime,
    settings: LLMSettings,
    decision: ModeDecision,
    *,
    log: bool = False,
    resume: bool | None = None,
    engine: str = "local",
    workers: int = 1,
    ray_address: str | None = None,
) -> tuple[RunResult, int, int]:
    """Generate live; the result, the live calls made and the replies retried for length."""
    label = settings.live_profile + (" + paraphrase" if settings.live_paraphrase else "")
    err.print(f"live mode ({label}): {decision.reason}", highlight=False, soft_wrap=True)
    opened: list[LLMRuntime] = []

    def live_calls() -> int:
        return opened[0].live_calls if opened else 0

    view = ProgressView(err, config.n, title=f"generate live ({label})", log=log,
                        live_calls=live_calls)

    def on_result(index: int, item: Record | Rejection, calls: int) -> None:
        view.finished(index, item)

    try:
        with view:
            result = generate_live(config, output, settings, runtime=runtime,
                                   on_result=on_result, observer=view,
                                   on_planned=view.planning, on_open=opened.append,
                                   resume=resume, engine=engine, workers=workers,
                                   ray_address=ray_address)
    except LiveRequiredError as exc:
        fail(str(exc))
    except LLMError as exc:  # e.g. the provider's SDK is not installed
        fail(" ".join(str(exc).split()))
    retried = len(opened[0].length_retries.notes) if opened else 0
    return result, live_calls(), retried
