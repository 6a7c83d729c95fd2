"""A state the call sets by a flag is the state its answer reports (ToolBench seed 13 #3:
BigOven's `add_recipe_to_grocery_list(markAsPending=true)` came back "confirmed")."""

from __future__ import annotations

from tests.executor.executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint

_ADD = endpoint("add_recipe_to_grocery_list", (
    param("recipeId"), param("bigovenUsername"), param("markAsPending", "boolean")),
    method="POST")
_PRIVATE = endpoint("create_recipe", (param("title"), param("isPrivate", "boolean")),
                    method="POST")


def _statuses(ep: Endpoint, args: dict[str, object]) -> list[object]:
    executor = MockExecutor(seed=7, pool_size=64)
    outs = [executor.session(seed).call(ep, args).output for seed in range(30)]
    return [o.get("status") for o in outs if isinstance(o, dict)]


def test_a_flag_sent_true_sets_the_status_it_names() -> None:
    statuses = _statuses(_ADD, {"recipeId": "rcp_e89c03", "bigovenUsername": "nathan.pruitt",
                                "markAsPending": True})
    assert statuses and all(s == "pending" for s in statuses), statuses


def test_a_flag_sent_false_never_leaves_its_status() -> None:
    statuses = _statuses(_ADD, {"recipeId": "rcp_e89c03", "bigovenUsername": "nathan.pruitt",
                                "markAsPending": False})
    assert statuses and "pending" not in statuses, statuses


def test_a_flag_naming_no_state_leaves_the_status_alone() -> None:
    statuses = _statuses(_PRIVATE, {"title": "Beef Stew", "isPrivate": True})
    assert "private" not in statuses, statuses
