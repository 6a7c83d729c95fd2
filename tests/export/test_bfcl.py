"""`--format bfcl` tasks pass BFCL's own AST checker against their ground truth, and the
checker rejects a deliberately wrong call (bfcl-eval's model registry is stubbed)."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from .corpora import read
from .helpers import export, rows

pytest.importorskip("bfcl_eval", reason="the `bfcl` extra (bfcl-eval) is not installed")
MODEL = "toolgen-export-check"


@pytest.fixture(scope="module")
def ast_checker() -> Any:
    """BFCL's ast_checker with `constants.model_config` (it imports every model handler)
    replaced by the one entry the checker reads: whether the model turns dots to '_'."""
    stub = types.ModuleType("bfcl_eval.constants.model_config")
    stub.MODEL_CONFIG_MAPPING = {  # type: ignore[attr-defined]
        MODEL: types.SimpleNamespace(underscore_to_dot=False)}
    saved = sys.modules.get(stub.__name__)
    sys.modules[stub.__name__] = stub
    sys.modules.pop("bfcl_eval.eval_checker.ast_eval.ast_checker", None)
    from bfcl_eval.constants.enums import Language
    from bfcl_eval.eval_checker.ast_eval.ast_checker import ast_checker as checker

    def check(entry: dict[str, Any], output: list[dict[str, Any]], truth: list[Any],
              category: str) -> dict[str, Any]:
        return checker(entry["function"], output, truth, Language.PYTHON, category, MODEL)

    yield check
    if saved is None:
        sys.modules.pop(stub.__name__, None)
    else:
        sys.modules[stub.__name__] = saved


def _first_answers(truth: list[dict[str, dict[str, list[Any]]]]) -> list[dict[str, Any]]:
    """A model output that gives, for every call, the first acceptable value of each arg."""
    out = []
    for item in truth:
        name, args = next(iter(item.items()))
        call = {}
        for param, values in args.items():
            value = values[0]
            if value == "":
                continue
            if isinstance(value, dict):
                value = {k: v[0] for k, v in value.items()}
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                value = [{k: v[0] for k, v in d.items()} for d in value]
            call[param] = value
        out.append({name: call})
    return out


def _wrong(output: list[dict[str, Any]], entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The same calls with the first one's first argument changed (or its name, if none)."""
    name, args = next(iter(output[0].items()))
    if args:
        param = next(iter(args))
        value = args[param]
        bad: Any = (value + 1 if isinstance(value, int) and not isinstance(value, bool)
                    else not value if isinstance(value, bool) else "zz-not-the-value")
        return [{name: {**args, param: bad}}, *output[1:]]
    others = [f["name"] for f in entry["function"] if f["name"] != name]
    return [{(others[0] if others else name + "_x"): args}, *output[1:]]


@pytest.mark.parametrize("corpus", ["toolbench", "bfcl"])
def test_tasks_pass_bfcl_ast_checker_and_a_wrong_call_fails(
    record_files: dict[str, Path], tmp_path: Path, ast_checker: Any, corpus: str
) -> None:
    out = tmp_path / "bfcl"
    export(str(record_files[corpus]), "--format", "bfcl", "-o", str(out))
    checked: dict[str, int] = {}
    for path in sorted(out.glob("BFCL_v4_toolgen_*.json")):
        category = path.stem.removeprefix("BFCL_v4_toolgen_")
        entries = rows(path)
        if category == "irrelevance":
            assert all(e["function"] and "ground_truth" not in e for e in entries)
            assert not (out / "possible_answer" / path.name).exists()
            continue
        truths = {a["id"]: a["ground_truth"] for a in rows(out / "possible_answer" / path.name)}
        for entry in entries:
            assert entry["question"][0][0]["role"] == "user"
            assert all(f["parameters"]["type"] == "dict" for f in entry["function"])
            truth = truths[entry["id"]]
            output = _first_answers(truth)
            good = ast_checker(entry, output, truth, category)
            assert good["valid"], (entry["id"], good)
            bad = ast_checker(entry, _wrong(output, entry), truth, category)
            assert not bad["valid"], (entry["id"], bad)
            checked[category] = checked.get(category, 0) + 1
    assert checked.get("multiple", 0) + checked.get("simple", 0) > 0, checked
    assert sum(checked.values()) >= 5, checked


def test_bfcl_categories_follow_the_benchmark(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "bfcl"
    export(str(record_files["toolbench"]), "--format", "bfcl", "-o", str(out))
    answers = {p.stem: rows(p) for p in (out / "possible_answer").glob("*.json")}
    questions = {p.stem: rows(p) for p in out.glob("BFCL_v4_toolgen_*.json")}
    for stem, entries in questions.items():
        for entry in entries:
            n_functions = len(entry["function"])
            if stem.endswith("_simple"):
                assert n_functions == 1
            if stem.endswith("_parallel"):
                assert n_functions == 1
    for stem, items in answers.items():
        for item in items:
            calls = len(item["ground_truth"])
            assert (calls > 1) == ("parallel" in stem), (stem, item)
    sources = json.loads((out / "toolgen_sources.json").read_text())
    assert all(v.startswith("tg-") for v in sources.values())


def test_irrelevance_tasks_offer_nothing_the_question_asks_for(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "bfcl"
    export(str(record_files["bfcl"]), "--format", "bfcl", "-o", str(out))
    tasks = rows(out / "BFCL_v4_toolgen_irrelevance.json")
    sources = json.loads((out / "toolgen_sources.json").read_text())
    records = {r.conversation_id: r for r in read(record_files["bfcl"])}
    assert tasks
    for task in tasks:
        record = records[sources[task["id"]]]
        called = {s.function_name for s in record.step_trace}
        offered = {f["name"] for f in task["function"]}
        assert not called & offered, task["id"]
        words = {w.strip(".,?!'\"") for w in task["question"][0][0]["content"].lower().split()}
        named = {part for n in offered for part in n.split("_") if len(part) > 3}
        assert not named & words, (task["id"], named & words)
