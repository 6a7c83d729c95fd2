"""Which model each role uses: explicit models by default, seeded draws from pools on demand.

With `randomize_models` off every generation role uses `generation_model` and the judge
uses `judge_model` (explicit values are respected). With it on, a role with a non-empty
pool draws from it with a stream derived from the record seed, so the same seed gives
the same model on every run and worker count.
"""

from __future__ import annotations

from toolgen.llm.settings import LLMSettings
from toolgen.seeds import rng_for

ROLES: tuple[str, ...] = (
    "planner", "assistant", "user", "summary", "paraphrase", "judge", "repair",
)


def role_pool(settings: LLMSettings, role: str) -> tuple[str, ...]:
    pools = {
        "planner": settings.planner_model_pool,
        "assistant": settings.assistant_model_pool,
        "user": settings.user_model_pool,
        "summary": settings.summary_model_pool,
    }
    return pools.get(role, ())


def model_for_role(settings: LLMSettings, role: str, seed: int | None = None) -> str:
    """The model `role` should use for the record with `seed` (None: no randomization)."""
    if role == "judge":
        return settings.judge_model
    pool = role_pool(settings, role)
    if settings.randomize_models and pool and seed is not None:
        return rng_for(seed, "llm-model", role).choice(pool)
    return settings.generation_model
