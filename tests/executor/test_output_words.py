"""Tool outputs and user requests read back from generated records as a reviewer reads
them: a field whose key names its kind (a category, a MIME type, an error, a fuel price, a
game mission, tags) holds a value of that kind, never a word of the tool's own name
(`diesel: "fuel"` of `city_wise_data_for_indian_fuel`, `mimetype: "file"`); a
calculation answers under the quantity it computes, not a piece of its name
(`under_curve`, `biological_biomass`, `energy_calculator`); a request never says
"the your files". The checks read records only (plain JSON), no generator code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
CORPORA = {"toolbench": SHARED / "toolbench" / "toolenv" / "tools", "bfcl": SHARED / "bfcl"}
SEED = 7
N = 60

_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Keys a reviewer reads as naming the kind of their value.
_TYPED = {"category", "product_category", "microcategory", "subcategory", "genre", "mime",
          "mimetype", "mime_type", "content_type", "error", "reason", "diesel", "petrol",
          "pricing", "mission", "trophy", "registrar", "dose", "cuisine", "isp"}
_PRICES = {"diesel", "petrol", "lpg", "pricing", "list_price"}
_MIME = re.compile(r"[a-z]+/[a-z0-9.+-]+")
_CALC_VERBS = {"calculate", "calc", "compute", "estimate", "solve", "convert"}


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_CAMEL.sub(" ", text).lower().replace("_", " ")))


def _key(key: str) -> str:
    return "_".join(_WORD.findall(_CAMEL.sub("_", key).lower()))


def _leaves(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, str(k))
    elif isinstance(node, list):
        for v in node:
            yield from _leaves(v, key)
    else:
        yield key, node


def _outputs(record: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(function name, parsed output) of every JSON tool message."""
    for m in record["messages"]:
        if m["role"] == "tool":
            try:
                yield m.get("name") or "", orjson.loads(m["content"])
            except orjson.JSONDecodeError:
                continue


def typed_value_findings(record: dict[str, Any]) -> list[str]:
    """Typed fields holding a word of the function's own name, a price that is no
    figure, a MIME type that is no type/subtype."""
    found: list[str] = []
    for name, output in _outputs(record):
        if isinstance(output, dict) and "error" in output and isinstance(output["error"], dict):
            continue  # an error body, read by other checks
        own = _words(name)
        for key, value in _leaves(output):
            k = _key(key)
            if k not in _TYPED or not isinstance(value, str):
                continue
            if value.lower() in own:
                found.append(f"{name}: {key}={value!r} is a word of its name")
            elif k in _PRICES and not re.search(r"\d", value):
                found.append(f"{name}: {key}={value!r} is no price")
            elif k in ("mime", "mimetype", "mime_type") and not _MIME.fullmatch(value):
                found.append(f"{name}: {key}={value!r} is no MIME type")
        tags = output.get("tags") if isinstance(output, dict) else None
        if isinstance(tags, list) and tags and all(
                isinstance(t, str) and t.lower() in own for t in tags):
            found.append(f"{name}: tags {tags} are words of its name")
    return found


def calc_key_findings(record: dict[str, Any]) -> list[str]:
    """A calculation's figure under a key led by a name word before its verb when the
    verb has an object (`biological_biomass` of `biological_calc_biomass`), led by a
    preposition (`under_curve`) or naming the calculator (`energy_calculator`)."""
    found: list[str] = []
    for name, output in _outputs(record):
        words = _WORD.findall(re.sub(r"_[0-9a-f]{8}$", "", name).lower().replace("_", " "))
        at = next((i for i, w in enumerate(words) if w in _CALC_VERBS), None)
        if at is None or not isinstance(output, dict):
            continue
        before = set(words[:at])
        for key, value in output.items():
            if not isinstance(value, int | float) or isinstance(value, bool):
                continue
            parts = _key(key).split("_")
            after = words[at + 1:]
            if after and parts[0] in before and parts[0] not in after:
                found.append(f"{name}: {key}={value} is named with words before its verb")
            if parts[0] in ("under", "of", "to") or parts[-1] in ("calculator", "converter"):
                found.append(f"{name}: {key}={value} is a piece of its name")
    return found


def request_findings(record: dict[str, Any]) -> list[str]:
    """User turns that put "the" before a possessive ("put up the your files")."""
    return [m["content"] for m in record["messages"] if m["role"] == "user"
            and re.search(r"\bthe (your|my|our|their)\b", m["content"] or "", re.I)]


@pytest.fixture(scope="module", params=sorted(CORPORA))
def records(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = CORPORA[request.param]
    if not corpus.is_dir():
        pytest.skip(f"shared corpus not found at {corpus}")
    config = RunConfig(n=N, seed=SEED, toolenv=str(corpus))
    out = tmp_path_factory.mktemp("words") / f"{request.param}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.mark.slow
def test_typed_output_fields_hold_values_of_their_kind(records: list[dict[str, Any]]) -> None:
    found = [f"{r['conversation_id']}: {f}" for r in records for f in typed_value_findings(r)]
    assert not found, found[:5]


@pytest.mark.slow
def test_calculations_answer_under_what_they_compute(records: list[dict[str, Any]]) -> None:
    found = [f"{r['conversation_id']}: {f}" for r in records for f in calc_key_findings(r)]
    assert not found, found[:5]


@pytest.mark.slow
def test_requests_never_put_the_before_a_possessive(records: list[dict[str, Any]]) -> None:
    found = [f"{r['conversation_id']}: {f}" for r in records for f in request_findings(r)]
    assert not found, found[:3]


def _record(name: str, output: Any, user: str = "Please check.") -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": user},
                         {"role": "tool", "name": name, "content": orjson.dumps(output).decode()}]}


@pytest.mark.parametrize(("name", "output", "flagged"), [
    # what the seed-7 review quoted
    ("city_wise_data_for_indian_fuel", {"diesel": "fuel", "petrol": "city"}, True),
    ("city_wise_data_for_indian_fuel", {"diesel": "90.35", "petrol": "101.2"}, False),
    ("upload_a_new_file_for_synwave", {"file": {"mimetype": "file"}}, True),
    ("upload_a_new_file_for_synwave", {"file": {"mimetype": "text/plain"}}, False),
    ("game_rewards_get", {"rewards": [{"mission": "game"}]}, True),
    ("post_tweet", {"id": 1, "tags": ["post"]}, True),
    ("post_tweet", {"id": 1, "tags": ["travel", "coffee"]}, False),
    ("verify_for_email_verification", {"error": "email"}, True),
    ("verify_for_email_verification", {"error": ""}, False),
])
def test_the_typed_field_check_catches_what_the_review_found(
        name: str, output: Any, flagged: bool) -> None:
    assert bool(typed_value_findings(_record(name, output))) is flagged


@pytest.mark.parametrize(("name", "output", "flagged"), [
    ("calculate_area_under_curve_0aaecb1b", {"under_curve": 488.8}, True),
    ("biological_calc_biomass_4b82b948", {"biological_biomass": 477.01}, True),
    ("energy_calculator_calculate", {"energy_calculator": 506.08}, True),
    ("calculate_area_under_curve_0aaecb1b", {"area": 488.8}, False),
    ("biological_calc_biomass_4b82b948", {"biomass": 477.01, "energy": 1597.9}, False),
])
def test_the_calculation_key_check_catches_what_the_review_found(
        name: str, output: Any, flagged: bool) -> None:
    assert bool(calc_key_findings(_record(name, output))) is flagged


def test_the_request_check_catches_the_your() -> None:
    assert request_findings(_record("x", {}, "Then I'd like to upload the your files."))
    assert not request_findings(_record("x", {}, "Then I'd like to upload my files."))
