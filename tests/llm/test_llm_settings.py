"""Settings precedence (CLI > .env > environment > defaults), parsing and role models."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.llm.roles import model_for_role
from toolgen.llm.settings import LLMSettings, SettingsError, resolve_llm_settings


def write_env(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ".env"
    path.write_text(text)
    return path


def test_defaults_without_anything(tmp_path: Path) -> None:
    settings = resolve_llm_settings({}, tmp_path / "missing.env")
    assert settings == LLMSettings()
    assert settings.live_profile == "hybrid"
    assert settings.env_file is None
    assert settings.origin("provider") == "default"


def test_precedence_cli_over_dotenv_over_environment(tmp_path: Path) -> None:
    env = {
        "TOOLGEN_GENERATION_MODEL": "from-shell",
        "TOOLGEN_JUDGE_MODEL": "judge-from-shell",
        "TOOLGEN_LLM_REQUESTS_PER_MINUTE": "30",
        "TOOLGEN_LIVE_PROFILE": "full",
    }
    dotenv = write_env(
        tmp_path,
        "TOOLGEN_GENERATION_MODEL=from-dotenv\nTOOLGEN_LLM_REQUESTS_PER_MINUTE=20\n",
    )
    settings = resolve_llm_settings(env, dotenv, {"generation_model": "from-cli", "provider": None})
    assert settings.generation_model == "from-cli"
    assert settings.requests_per_minute == 20
    assert settings.judge_model == "judge-from-shell"
    assert settings.live_profile == "full"
    assert settings.origin("generation_model") == "cli"
    assert settings.origin("requests_per_minute") == ".env"
    assert settings.origin("judge_model") == "environment"
    assert settings.env_file == dotenv


def test_blank_dotenv_value_does_not_hide_shell_key(tmp_path: Path) -> None:
    dotenv = write_env(tmp_path, "GEMINI_API_KEY=\nTOOLGEN_PLANNER_MODEL_POOL=\n")
    settings = resolve_llm_settings({"GEMINI_API_KEY": "shell-key"}, dotenv)
    assert settings.gemini_api_key is not None
    assert settings.gemini_api_key.get_secret_value() == "shell-key"
    assert settings.planner_model_pool == ()


def test_parsing_of_every_kind(tmp_path: Path) -> None:
    env = {
        "TOOLGEN_LLM_PROVIDER": "OpenAI",
        "TOOLGEN_RANDOMIZE_MODELS": "yes",
        "TOOLGEN_PLANNER_MODEL_POOL": "a, b,,c",
        "TOOLGEN_MAX_PARALLEL_CONVERSATIONS": "8",
        "TOOLGEN_LLM_MAX_OUTPUT_TOKENS": "512",
        "TOOLGEN_REQUIRE_LIVE_LLM": "true",
        "TOOLGEN_LLM_BASE_URL": "http://localhost:8000/v1",
        "TOOLGEN_LIVE_PROFILE": "Compact",
        "TOOLGEN_LLM_TOKENS_PER_MINUTE": "100000",
    }
    settings = resolve_llm_settings(env, None)
    assert settings.provider == "openai"
    assert settings.randomize_models is True
    assert settings.planner_model_pool == ("a", "b", "c")
    assert settings.max_parallel_conversations == 8
    assert settings.max_output_tokens == 512
    assert settings.require_live_llm is True
    assert settings.live_profile == "compact"
    assert settings.tokens_per_minute == 100000
    assert settings.live_available()  # keyless OpenAI-compatible server


@pytest.mark.parametrize(
    ("var", "value", "message"),
    [
        ("TOOLGEN_LIVE_PROFILE", "turbo", "expected one of full, hybrid, compact"),
        ("TOOLGEN_LLM_REQUESTS_PER_MINUTE", "0", "positive"),
        ("TOOLGEN_REQUIRE_LIVE_LLM", "maybe", "true/false"),
        ("TOOLGEN_LLM_PROVIDER", "claude", "expected one of gemini, openai"),
    ],
)
def test_bad_values_name_the_variable(var: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=var) as caught:
        resolve_llm_settings({var: value}, None)
    assert message in str(caught.value)


def test_settings_are_frozen() -> None:
    settings = LLMSettings()
    with pytest.raises(ValueError):
        settings.provider = "openai"  # type: ignore[misc]


def test_role_models_explicit_unless_randomized() -> None:
    pools = {"planner_model_pool": ("p1", "p2", "p3"), "assistant_model_pool": ()}
    fixed = LLMSettings(generation_model="gen", judge_model="jud", **pools)
    assert model_for_role(fixed, "planner", seed=1) == "gen"
    assert model_for_role(fixed, "judge", seed=1) == "jud"
    mixed = fixed.model_copy(update={"randomize_models": True})
    drawn = [model_for_role(mixed, "planner", seed=s) for s in range(40)]
    assert set(drawn) == {"p1", "p2", "p3"}
    assert drawn == [model_for_role(mixed, "planner", seed=s) for s in range(40)]
    assert model_for_role(mixed, "assistant", seed=3) == "gen"  # empty pool
    assert model_for_role(mixed, "judge", seed=3) == "jud"
