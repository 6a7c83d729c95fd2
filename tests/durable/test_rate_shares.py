"""Live mode on Ray: each worker's share of the per-minute budget never adds up to more."""

from __future__ import annotations

import pytest

from toolgen.pipeline.ray_engine import share


@pytest.mark.parametrize(("budget", "workers"), [(10, 2), (10, 3), (100_000, 7), (60, 1)])
def test_shares_add_up_to_at_most_the_budget(budget: int, workers: int) -> None:
    part = share(budget, workers)
    assert part is not None and part * workers <= budget
    assert part * workers > budget - workers  # and waste less than one per worker


def test_no_token_budget_stays_none() -> None:
    assert share(None, 4) is None
