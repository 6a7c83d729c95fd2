"""LLM settings as one frozen value, and the resolver that builds it from the environment.

Precedence (highest first): CLI overrides > project `.env` > shell environment > defaults.
The `.env` beats the shell on purpose: a stale exported `TOOLGEN_*` must not silently
override the project's file. Blank values count as unset at every layer, so a blank
`GEMINI_API_KEY=` copied from `.env.example` does not hide a key exported in the shell.
The resolver takes the environment mapping and the `.env` path as arguments (testable);
`cli/` calls it once and passes the value down.

`decide_mode` says whether `generate` goes live and why: a configured provider
(`TOOLGEN_LLM_PROVIDER` other than `offline`) with its key means live; `--offline` or
`TOOLGEN_LLM_MODE=offline` force offline; a provider without its key is offline with a
one-line warning (an error when `TOOLGEN_REQUIRE_LIVE_LLM=true`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

LiveProfile = Literal["full", "hybrid", "compact"]
PROFILES: tuple[str, ...] = ("full", "hybrid", "compact")
DEFAULT_MODEL = "gemini-3.1-flash-lite"


class SettingsError(ValueError):
    """A setting has a value that cannot be used (message names the variable)."""


class LLMSettings(BaseModel):
    """Every LLM-related setting, resolved. Secrets are `SecretStr` and never printed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    provider: str = "gemini"
    llm_mode: Literal["live", "offline"] | None = None
    generation_model: str = DEFAULT_MODEL
    judge_model: str = DEFAULT_MODEL
    randomize_models: bool = False
    planner_model_pool: tuple[str, ...] = ()
    assistant_model_pool: tuple[str, ...] = ()
    user_model_pool: tuple[str, ...] = ()
    summary_model_pool: tuple[str, ...] = ()
    requests_per_minute: int = 10
    tokens_per_minute: int | None = None
    max_parallel_conversations: int = 2
    max_output_tokens: int = 256
    # role -> its own output budget (TOOLGEN_LLM_ROLE_MAX_OUTPUT_TOKENS="assistant=1024,...")
    role_max_output_tokens: tuple[tuple[str, int], ...] = ()
    reasoning_effort: str | None = None
    thinking_budget: int | None = None
    live_profile: LiveProfile = "hybrid"
    live_paraphrase: bool = False
    require_live_llm: bool = False
    gemini_api_key: SecretStr | None = None
    openai_api_key: SecretStr | None = None
    base_url: str | None = None
    request_timeout_s: float = Field(default=60.0, gt=0, allow_inf_nan=False)
    max_attempts: int = 5
    cache_dir: Path = Path(".toolgen/llm-cache")
    no_cache: bool = False
    env_file: Path | None = None
    # field name -> where its value came from ("cli", ".env", "environment", "default").
    origins: tuple[tuple[str, str], ...] = ()

    def output_budget(self, role: str) -> int:
        """The role's own budget when set, else `max_output_tokens`."""
        return dict(self.role_max_output_tokens).get(role, self.max_output_tokens)

    def api_key(self) -> SecretStr | None:
        """The key the configured provider uses."""
        return self.gemini_api_key if self.provider == "gemini" else self.openai_api_key

    def secret_values(self) -> tuple[str, ...]:
        """Raw secret values, only for building a `Redactor`."""
        keys = (self.gemini_api_key, self.openai_api_key)
        return tuple(k.get_secret_value() for k in keys if k is not None)

    def live_available(self) -> bool:
        """Whether live calls can be attempted (a key, or a keyless OpenAI-compatible URL)."""
        if self.provider == "offline":
            return False
        if self.api_key() is not None:
            return True
        return self.provider == "openai" and self.base_url is not None

    def origin(self, field: str) -> str:
        return dict(self.origins).get(field, "default")


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true/false")


def _pool(raw: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in raw.replace(";", ",").split(",") if p.strip())


def _positive_int(raw: str) -> int:
    value = int(raw.strip())
    if value <= 0:
        raise ValueError("expected a positive integer")
    return value


def _role_budgets(raw: str) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = []
    for part in _pool(raw):
        role, sep, budget = part.partition("=")
        if not sep or not role.strip():
            raise ValueError("expected role=tokens pairs, e.g. assistant=1024,judge=512")
        out.append((role.strip().lower(), _positive_int(budget)))
    return tuple(out)


def _effort(raw: str) -> str:
    value = raw.strip().lower()
    if value not in ("none", "minimal", "low", "medium", "high"):
        raise ValueError("expected none, minimal, low, medium or high")
    return value


def _budget(raw: str) -> int:
    value = int(raw.strip())
    if value < -1:
        raise ValueError("expected a token count (0 off, -1 dynamic)")
    return value


def _positive_seconds(raw: str) -> float:
    # float() accepts "nan", "inf" and "-1"; none of them is a usable timeout.
    value = float(raw.strip())
    if not math.isfinite(value) or value <= 0:
        raise ValueError("expected a positive number of seconds")
    return value


def _profile(raw: str) -> str:
    value = raw.strip().lower()
    if value not in PROFILES:
        raise ValueError(f"expected one of {', '.join(PROFILES)}")
    return value


def _text(raw: str) -> str:
    return raw.strip()


def _mode(raw: str) -> str:
    value = raw.strip().lower()
    if value not in ("live", "offline"):
        raise ValueError("expected live or offline")
    return value


# env var -> (field, parser, secret?)
ENV_VARS: dict[str, tuple[str, Callable[[str], Any], bool]] = {
    "TOOLGEN_LLM_PROVIDER": ("provider", lambda r: r.strip().lower(), False),
    "TOOLGEN_LLM_MODE": ("llm_mode", _mode, False),
    "TOOLGEN_GENERATION_MODEL": ("generation_model", _text, False),
    "TOOLGEN_JUDGE_MODEL": ("judge_model", _text, False),
    "TOOLGEN_RANDOMIZE_MODELS": ("randomize_models", _bool, False),
    "TOOLGEN_PLANNER_MODEL_POOL": ("planner_model_pool", _pool, False),
    "TOOLGEN_ASSISTANT_MODEL_POOL": ("assistant_model_pool", _pool, False),
    "TOOLGEN_USER_MODEL_POOL": ("user_model_pool", _pool, False),
    "TOOLGEN_SUMMARY_MODEL_POOL": ("summary_model_pool", _pool, False),
    "TOOLGEN_LLM_REQUESTS_PER_MINUTE": ("requests_per_minute", _positive_int, False),
    "TOOLGEN_LLM_TOKENS_PER_MINUTE": ("tokens_per_minute", _positive_int, False),
    "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": ("max_parallel_conversations", _positive_int, False),
    "TOOLGEN_LLM_MAX_OUTPUT_TOKENS": ("max_output_tokens", _positive_int, False),
    "TOOLGEN_LLM_ROLE_MAX_OUTPUT_TOKENS": ("role_max_output_tokens", _role_budgets, False),
    "TOOLGEN_LLM_REASONING_EFFORT": ("reasoning_effort", _effort, False),
    "TOOLGEN_LLM_THINKING_BUDGET": ("thinking_budget", _budget, False),
    "TOOLGEN_LIVE_PROFILE": ("live_profile", _profile, False),
    "TOOLGEN_LIVE_PARAPHRASE": ("live_paraphrase", _bool, False),
    "TOOLGEN_REQUIRE_LIVE_LLM": ("require_live_llm", _bool, False),
    "GEMINI_API_KEY": ("gemini_api_key", lambda r: SecretStr(r.strip()), True),
    "OPENAI_API_KEY": ("openai_api_key", lambda r: SecretStr(r.strip()), True),
    "TOOLGEN_LLM_BASE_URL": ("base_url", _text, False),
    "TOOLGEN_LLM_TIMEOUT": ("request_timeout_s", _positive_seconds, False),
    "TOOLGEN_LLM_MAX_ATTEMPTS": ("max_attempts", _positive_int, False),
    "TOOLGEN_LLM_CACHE_DIR": ("cache_dir", lambda r: Path(r.strip()), False),
    "TOOLGEN_LLM_NO_CACHE": ("no_cache", _bool, False),
}
PROVIDERS: tuple[str, ...] = ("gemini", "openai", "offline")
KEY_VARS: dict[str, str] = {"gemini": "GEMINI_API_KEY", "openai": "OPENAI_API_KEY"}
VAR_OF_FIELD: dict[str, str] = {field: var for var, (field, _, _) in ENV_VARS.items()}


def _layer(source: Mapping[str, str | None], origin: str) -> dict[str, tuple[Any, str]]:
    values: dict[str, tuple[Any, str]] = {}
    for var, (field, parse, secret) in ENV_VARS.items():
        raw = source.get(var)
        if raw is None or not raw.strip():
            continue
        try:
            values[field] = (parse(raw), origin)
        except ValueError as exc:
            shown = "<hidden>" if secret else repr(raw)
            raise SettingsError(f"{var}={shown} ({origin}): {exc}") from None
    return values


def read_dotenv(path: Path | None) -> dict[str, str | None]:
    """The `.env` file's values (empty when there is no file). python-dotenv, no os.environ."""
    if path is None or not path.is_file():
        return {}
    from dotenv import dotenv_values

    return dict(dotenv_values(path))


def resolve_llm_settings(
    environ: Mapping[str, str],
    dotenv_path: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> LLMSettings:
    """Resolve settings: `overrides` (field names, from the CLI) > `.env` > `environ` > defaults.

    `None` values in `overrides` mean "not given on the command line".
    """
    merged: dict[str, tuple[Any, str]] = {}
    merged.update(_layer(environ, "environment"))
    merged.update(_layer(read_dotenv(dotenv_path), ".env"))
    for field, value in (overrides or {}).items():
        if value is not None:
            if field in {"gemini_api_key", "openai_api_key"} and isinstance(value, str):
                value = SecretStr(value)
            merged[field] = (value, "cli")
    provider = merged.get("provider", ("gemini", "default"))[0]
    if provider not in PROVIDERS:
        raise SettingsError(
            f"TOOLGEN_LLM_PROVIDER={provider!r}: expected one of {', '.join(PROVIDERS)}"
        )
    values = {field: value for field, (value, _) in merged.items()}
    origins = tuple(sorted((field, origin) for field, (_, origin) in merged.items()))
    env_file = dotenv_path if dotenv_path is not None and dotenv_path.is_file() else None
    try:
        return LLMSettings(**values, env_file=env_file, origins=origins)
    except ValidationError as exc:
        # pydantic messages echo inputs; keep only field locations and reasons.
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise SettingsError(f"invalid LLM settings: {reasons}") from None


@dataclass(frozen=True)
class ModeDecision:
    """Which mode `generate` uses, why (one phrase), and a warning line to show, if any."""

    mode: Literal["live", "offline"]
    reason: str
    warning: str | None = None

    @property
    def live(self) -> bool:
        return self.mode == "live"


def _said(settings: LLMSettings, field: str) -> str:
    value = getattr(settings, field)
    return f"{VAR_OF_FIELD[field]}={value} ({settings.origin(field)})"


def _credentials(settings: LLMSettings) -> str:
    key_field = f"{settings.provider}_api_key"
    if getattr(settings, key_field, None) is not None:
        return f"{KEY_VARS[settings.provider]} is set ({settings.origin(key_field)})"
    return f"TOOLGEN_LLM_BASE_URL is set ({settings.origin('base_url')})"


def missing_key_message(settings: LLMSettings) -> str:
    """What is missing for the configured provider to make live calls (one line)."""
    key = KEY_VARS.get(settings.provider, "an API key")
    if settings.provider == "openai":
        return f"provider 'openai' needs {key} or TOOLGEN_LLM_BASE_URL, and neither is set"
    return f"provider {settings.provider!r} needs {key}, which is not set (.env or shell)"


def decide_mode(
    settings: LLMSettings, *, offline: bool = False, live: bool = False
) -> ModeDecision:
    """Whether `generate` goes live: `--offline` > `TOOLGEN_LLM_MODE` > a configured provider.

    `live` is the `--live` flag. The provider counts as configured only when set somewhere
    (CLI, `.env`, shell), never by its default, so an unconfigured machine stays offline.
    """
    if offline:
        return ModeDecision("offline", "--offline given")
    if settings.llm_mode == "offline":
        return ModeDecision("offline", _said(settings, "llm_mode"))
    if settings.provider == "offline":
        reason = _said(settings, "provider")
        warning = f"--live given but {reason}: generating offline" if live else None
        return ModeDecision("offline", reason, warning)
    configured = settings.origin("provider") != "default"
    if live:
        asked = "--live given"
    elif settings.llm_mode == "live":
        asked = _said(settings, "llm_mode")
    elif configured:
        asked = _said(settings, "provider")
    else:
        return ModeDecision("offline", "no LLM provider is configured (TOOLGEN_LLM_PROVIDER)")
    if settings.live_available():
        return ModeDecision("live", f"{asked} and {_credentials(settings)}")
    missing = missing_key_message(settings)
    return ModeDecision("offline", f"{asked} but {missing}",
                        warning=f"{asked} but {missing}: generating offline")
