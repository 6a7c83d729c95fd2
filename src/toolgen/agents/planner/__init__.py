"""The offline goal-first planner: first a goal in the user's terms, then a turn plan.

`plan_scenario(chain, ...)` returns a `Scenario` whose every argument names its source.
It never executes tools; the pipeline realises the plan.
"""

from toolgen.agents.planner.goal import make_goal
from toolgen.agents.planner.turns import PlanContext, plan_scenario
from toolgen.agents.planner.values import ArgumentValues

__all__ = ["ArgumentValues", "PlanContext", "make_goal", "plan_scenario"]
