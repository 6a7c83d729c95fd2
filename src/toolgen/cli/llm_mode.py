"""Which mode `toolgen generate` runs in: offline, or live with the resolved LLM settings.

A configured provider (`TOOLGEN_LLM_PROVIDER` other than `offline`, in the shell or the
project `.env`) with its key makes `generate` live; `--offline` (or
`TOOLGEN_LLM_MODE=offline`) forces offline; `--live` (or `TOOLGEN_LLM_MODE=live`) asks for
live with the default provider. A provider without its key prints one warning line and
generates offline, or fails in one line when `TOOLGEN_REQUIRE_LIVE_LLM=true`. The rules
are `llm.settings.decide_mode`; this module only resolves and prints.

An offline run loads none of the LLM stack: `--offline` decides before any settings are
read, and the live run (`live_run`, its agents and providers) is imported by `generate`
only once live mode is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolgen.cli.console import err, fail

if TYPE_CHECKING:
    from toolgen.llm.settings import LLMSettings, ModeDecision


def live_settings(
    *,
    live: bool,
    offline: bool,
    no_cache: bool = False,
    profile: str | None = None,
    paraphrase: bool | None = None,
) -> tuple[ModeDecision, LLMSettings] | None:
    """The decision and the settings when `generate` runs live; None when it runs offline."""
    if offline:
        return None
    # Settings are read (and the LLM package loaded) only when the mode is not given.
    from toolgen.cli.config import load_llm_settings
    from toolgen.llm.settings import decide_mode

    settings = load_llm_settings(None, no_cache=True if no_cache else None, live_profile=profile,
                                 live_paraphrase=paraphrase)
    decision = decide_mode(settings, live=live)
    if decision.warning is not None:
        if settings.require_live_llm:
            fail(f"{decision.reason} (TOOLGEN_REQUIRE_LIVE_LLM=true, so no offline fallback)")
        err.print(f"[yellow]warning:[/] {decision.warning}", highlight=False, soft_wrap=True)
    return (decision, settings) if decision.live else None
