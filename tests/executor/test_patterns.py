"""String values honour a schema's `pattern`, `minLength` and `maxLength`."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.executor.gen_context import Ctx
from toolgen.executor.generate import compile_plan
from toolgen.records import Endpoint, Parameter

_ROOT = Path(__file__).resolve().parents[2]


def _draws(schema: dict[str, object], key: str, seed: int, n: int = 30) -> list[object]:
    plan = compile_plan({"type": "object", "properties": {key: schema}}, "project")
    pools = MockExecutor(1).pools
    rng = random.Random(seed)
    return [plan.root(Ctx(rng, pools, {}, {}))[key] for _ in range(n)]


def test_patterned_output_field_matches() -> None:
    values = _draws({"type": "string", "pattern": "^[0-9a-f]{6}$"}, "color", 3)
    assert all(isinstance(v, str) and re.fullmatch("[0-9a-f]{6}", v) for v in values), values
    assert len(set(values)) > 10  # drawn, not one constant


def test_semantic_value_kept_when_it_already_matches() -> None:
    values = _draws({"type": "string", "pattern": "@"}, "email", 4)
    assert all(isinstance(v, str) and re.fullmatch(r"[\w.]+@[\w.-]+\.\w+", v) for v in values)


def test_length_bounds_are_met() -> None:
    values = _draws({"type": "string", "minLength": 12, "maxLength": 20}, "note", 5)
    assert all(isinstance(v, str) and 12 <= len(v) <= 20 for v in values), values
    coded = _draws({"type": "string", "pattern": "^[A-Z]+$", "maxLength": 4}, "code", 6)
    assert all(isinstance(v, str) and re.fullmatch("[A-Z]{1,4}", v) for v in coded), coded


def test_pathological_or_foreign_patterns_fall_back_to_a_plain_value() -> None:
    huge = _draws({"type": "string", "pattern": "^(a{1000}){1000}$"}, "title", 7, 3)
    ecma = _draws({"type": "string", "pattern": r"^\p{L}+$"}, "city", 7, 3)
    assert all(isinstance(v, str) and v for v in huge + ecma)


def test_planner_argument_matches_pattern() -> None:
    param = Parameter(name="key", raw_name="key", type_label="string",
                      json_schema={"type": "string", "pattern": "^[A-Z]{2,10}$"},
                      description="Short project key.", required=True)
    endpoint = Endpoint(id="tracker/create_project", function_name="create_project",
                        tool_id="tracker", tool_name="Tracker", category="Tools",
                        name="create_project", description="Create a project", method="POST",
                        parameters=(param,))
    values = ArgumentValues(MockExecutor(1))
    rng = random.Random(9)
    drawn = [values.draw(endpoint, param, rng) for _ in range(20)]
    assert all(isinstance(v, str) and re.fullmatch("[A-Z]{2,10}", v) for v in drawn), drawn


def test_negated_class_draws_do_not_depend_on_hash_seed() -> None:
    code = (
        "import random;from toolgen.executor.patterns import constrained;"
        "from toolgen.executor.gen_context import Ctx;from toolgen.executor import MockExecutor;"
        "g=constrained({'pattern':'^[^/]{8}$'},lambda c:'a/b');r=random.Random(1);"
        "p=MockExecutor(1).pools;print([g(Ctx(r,p,{},{})) for _ in range(5)])"
    )
    outs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(_ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True)
        outs.add(done.stdout)
    assert len(outs) == 1
    assert "/" not in outs.pop()
