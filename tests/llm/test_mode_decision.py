"""Which mode `generate` uses, and the reason it gives (`decide_mode`)."""

from __future__ import annotations

from pathlib import Path

from toolgen.llm.settings import decide_mode, resolve_llm_settings

GEMINI = {"TOOLGEN_LLM_PROVIDER": "gemini", "GEMINI_API_KEY": "k-123"}


def test_nothing_configured_is_offline_even_with_a_key() -> None:
    decision = decide_mode(resolve_llm_settings({"GEMINI_API_KEY": "k-123"}, None))
    assert (decision.mode, decision.warning) == ("offline", None)
    assert "no LLM provider is configured" in decision.reason


def test_a_configured_provider_with_its_key_is_live() -> None:
    decision = decide_mode(resolve_llm_settings(GEMINI, None))
    assert decision.live
    assert decision.reason == ("TOOLGEN_LLM_PROVIDER=gemini (environment) and GEMINI_API_KEY "
                               "is set (environment)")


def test_a_keyless_openai_compatible_server_is_live() -> None:
    env = {"TOOLGEN_LLM_PROVIDER": "openai", "TOOLGEN_LLM_BASE_URL": "http://127.0.0.1:8000/v1"}
    decision = decide_mode(resolve_llm_settings(env, None))
    assert decision.live and "TOOLGEN_LLM_BASE_URL is set" in decision.reason


def test_a_provider_without_its_key_warns_and_stays_offline() -> None:
    decision = decide_mode(resolve_llm_settings({"TOOLGEN_LLM_PROVIDER": "gemini"}, None))
    assert decision.mode == "offline"
    assert decision.warning is not None and "GEMINI_API_KEY" in decision.warning
    assert decision.warning.endswith("generating offline")


def test_offline_wins_in_order_flag_then_mode_then_provider() -> None:
    live = resolve_llm_settings(GEMINI, None)
    assert decide_mode(live, offline=True).reason == "--offline given"
    moded = resolve_llm_settings({**GEMINI, "TOOLGEN_LLM_MODE": "offline"}, None)
    assert decide_mode(moded).mode == "offline"
    assert "TOOLGEN_LLM_MODE=offline" in decide_mode(moded).reason
    off = resolve_llm_settings({"TOOLGEN_LLM_PROVIDER": "offline"}, None)
    assert decide_mode(off).warning is None
    asked = decide_mode(off, live=True)
    assert asked.mode == "offline" and asked.warning is not None


def test_live_flag_or_mode_uses_the_default_provider() -> None:
    keyed = resolve_llm_settings({"GEMINI_API_KEY": "k-123"}, None)
    assert decide_mode(keyed, live=True).reason.startswith("--live given and GEMINI_API_KEY")
    moded = resolve_llm_settings({"GEMINI_API_KEY": "k", "TOOLGEN_LLM_MODE": "live"}, None)
    assert decide_mode(moded).live


def test_the_project_env_beats_the_shell_for_the_mode(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("TOOLGEN_LLM_PROVIDER=offline\n")
    decision = decide_mode(resolve_llm_settings(GEMINI, dotenv))
    assert decision.mode == "offline" and "(.env)" in decision.reason
