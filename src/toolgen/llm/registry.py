"""Providers registered by name, imported only when built (SDKs are optional extras).

A provider factory takes a `ProviderConfig` and returns a `Provider` (an `LLM` with a
name, a default model and `aclose()`). Registering stores a dotted path, so importing
this module never imports an SDK.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from pydantic import SecretStr

from toolgen.llm.errors import ProviderUnavailableError
from toolgen.llm.redact import Redactor
from toolgen.llm.types import Completion, LLMRequest

INSTALL_HINT = "install the live extra: pip install 'toolgen[live]'"


@dataclass(frozen=True)
class ProviderConfig:
    """What a provider needs to talk to its service."""

    default_model: str
    api_key: SecretStr | None = None
    base_url: str | None = None
    timeout_s: float = 60.0
    redactor: Redactor = field(default_factory=Redactor)


@runtime_checkable
class Provider(Protocol):
    name: str
    default_model: str

    async def complete(self, request: LLMRequest) -> Completion: ...

    async def aclose(self) -> None: ...


ProviderFactory = Callable[[ProviderConfig], Provider]

_REGISTRY: dict[str, str] = {
    "openai": "toolgen.llm.providers.openai_compat:build",
    "gemini": "toolgen.llm.providers.gemini:build",
}


def register_provider(name: str, target: str) -> None:
    """Register `target` ("package.module:factory") under `name` (tests, plugins)."""
    _REGISTRY[name] = target


def provider_names() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


def build_provider(name: str, config: ProviderConfig) -> Provider:
    """Import and build the provider called `name`."""
    target = _REGISTRY.get(name)
    if target is None:
        known = ", ".join(provider_names())
        raise ProviderUnavailableError(f"unknown LLM provider {name!r} (known: {known})")
    module_name, _, attr = target.partition(":")
    factory: ProviderFactory = getattr(importlib.import_module(module_name), attr)
    return factory(config)


def require_module(module: str, provider: str) -> None:
    """Fail with an install hint when `module` (an optional SDK) is missing."""
    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise ProviderUnavailableError(
            f"the {provider!r} LLM provider needs the {module!r} package; {INSTALL_HINT}"
        ) from exc
