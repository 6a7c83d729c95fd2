"""The live run of `toolgen generate`: progress, the LLM calls made, and its errors.

`generate` imports this module only once `llm_mode.live_settings` has chosen live mode, so
an offline run never loads the live agents and the LLM stack behind them.
"""

from __future__ import annotations

from pathlib import Path

from toolgen.cli.console import err, fail
from toolgen.cli.progress_view import ProgressView
from toolgen.llm import LLMRuntime
from toolgen.llm.errors import LLMError
from toolgen.llm.settings import LLMSettings, ModeDecision
from toolgen.pipeline.live import LiveRequiredError
from toolgen.pipeline.live_runner import generate_live
from toolgen.pipeline.runner import RunResult
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record, Rejection


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
