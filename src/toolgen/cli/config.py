"""`toolgen config`: show the resolved LLM settings and where each came from.

Also home of `load_llm_settings`, the one place the CLI reads the environment and the
project `.env` for LLM settings (other commands call it and pass the value down).
Prints whether each API key is present, never a key's value.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from toolgen.cli.console import fail, out
from toolgen.llm.roles import ROLES, model_for_role, role_pool
from toolgen.llm.settings import LLMSettings, SettingsError, decide_mode, resolve_llm_settings

DEFAULT_ENV_FILE = Path(".env")


def load_llm_settings(env_file: Path | None = None, **overrides: Any) -> LLMSettings:
    """Resolve LLM settings for this process: CLI overrides > .env > environment > defaults."""
    try:
        return resolve_llm_settings(os.environ, env_file or DEFAULT_ENV_FILE, overrides)
    except SettingsError as exc:
        fail(str(exc))


def _key_row(settings: LLMSettings, field: str) -> str:
    present = getattr(settings, field) is not None
    return f"set (from {settings.origin(field)})" if present else "not set"


def config_command(
    env_file: Annotated[
        Path, typer.Option("--env-file", help="Project .env file to read.")
    ] = DEFAULT_ENV_FILE,
    provider: Annotated[
        str | None, typer.Option("--provider", help="LLM provider: gemini or openai.")
    ] = None,
    generation_model: Annotated[
        str | None, typer.Option("--generation-model", help="Model for generation roles.")
    ] = None,
    judge_model: Annotated[str | None, typer.Option("--judge-model", help="Judge model.")] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")
    ] = None,
    profile: Annotated[
        str | None, typer.Option("--profile", help="Live profile: full, hybrid or compact.")
    ] = None,
) -> None:
    """Print the resolved LLM settings, key presence, and which mode `generate` will use."""
    overrides = {
        "provider": provider,
        "generation_model": generation_model,
        "judge_model": judge_model,
        "base_url": base_url,
        "live_profile": profile,
    }
    settings = load_llm_settings(env_file, **overrides)
    table = Table(title="toolgen config", show_header=True, title_justify="left")
    table.add_column("setting", style="bold")
    table.add_column("value")
    table.add_column("from", style="dim")

    def row(label: str, field: str, value: object) -> None:
        table.add_row(label, str(value), settings.origin(field))

    row("provider", "provider", settings.provider)
    row("mode (TOOLGEN_LLM_MODE)", "llm_mode", settings.llm_mode or "(by provider)")
    row("base URL", "base_url", settings.base_url or "(provider default)")
    row("live profile", "live_profile", settings.live_profile)
    row("live paraphrase", "live_paraphrase", settings.live_paraphrase)
    row("randomize models", "randomize_models", settings.randomize_models)
    for role in ROLES:
        pool = role_pool(settings, role)
        shown = model_for_role(settings, role)
        if settings.randomize_models and pool:
            shown = f"one of {', '.join(pool)} (by seed)"
        field = "judge_model" if role == "judge" else "generation_model"
        row(f"model: {role}", field, shown)
    row("requests/minute", "requests_per_minute", settings.requests_per_minute)
    row("tokens/minute", "tokens_per_minute", settings.tokens_per_minute or "unlimited")
    row("parallel conversations", "max_parallel_conversations", settings.max_parallel_conversations)
    row("max output tokens", "max_output_tokens", settings.max_output_tokens)
    row("require live LLM", "require_live_llm", settings.require_live_llm)
    row("request timeout (s)", "request_timeout_s", settings.request_timeout_s)
    row("response cache", "no_cache", "off" if settings.no_cache else settings.cache_dir)
    table.add_row("GEMINI_API_KEY", _key_row(settings, "gemini_api_key"), "")
    table.add_row("OPENAI_API_KEY", _key_row(settings, "openai_api_key"), "")
    env_shown = str(settings.env_file.resolve()) if settings.env_file else f"{env_file} (not found)"
    table.add_row(".env", env_shown, "")
    out.print(table)
    decision = decide_mode(settings)
    out.print(f"mode generate will use: {decision.mode}, because {decision.reason}",
              highlight=False, soft_wrap=True)
    if decision.live:
        out.print("  (`toolgen generate --offline` forces offline)", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("config")(config_command)
