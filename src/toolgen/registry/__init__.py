"""The tool registry: one loader per input format plus the normalising rules, into `records`.

Public API: `load_registry(path, fmt, max_tools, queries)`, `RegistryError`,
`load_template_responses`, `looks_like_secret`, `collect_corpus_secrets`. This package knows
nothing about graphs or dialogues.
"""

from __future__ import annotations

from toolgen.registry.errors import RegistryError
from toolgen.registry.loader import bundled_corpus, load_registry
from toolgen.registry.queries import load_template_responses
from toolgen.registry.secrets import collect_corpus_secrets, looks_like_secret

__all__ = [
    "RegistryError",
    "bundled_corpus",
    "collect_corpus_secrets",
    "load_registry",
    "load_template_responses",
    "looks_like_secret",
]
