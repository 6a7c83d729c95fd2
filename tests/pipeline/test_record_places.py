"""Places hold together in generated ToolBench records, read as a reviewer reads them:
an API named for a country is asked about that country's cities and answers with its
postcode shape, a place a later call uses comes from the conversation, ZIPs fit their
state, and an answer names what came back ("the zip codes are..."), not "the data".

Reads records only (messages and tool calls); no toolgen value tables are consulted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import record_checks as rc
from .corpora import toolbench_tools

pytestmark = pytest.mark.slow

Rec = dict[str, Any]
_POLISH_CITIES = {"Warsaw", "Krakow", "Gdansk", "Wroclaw", "Poznan", "Lodz"}
# USPS three-digit prefixes of a few states (inclusive ranges).
_ZIP_PREFIXES = {"CA": ((900, 961),), "RI": ((28, 29),), "NY": ((5, 5), (100, 149)),
                 "TX": ((750, 799),), "WA": ((980, 994),), "MA": ((10, 27),),
                 "FL": ((320, 349),)}


def _records(seed: int, n: int, tmp: Path) -> list[Rec]:
    config = RunConfig(n=n, seed=seed, toolenv=str(toolbench_tools()))
    out = tmp / f"tb-{seed}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _objects(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value, *[o for v in value.values() for o in _objects(v)]]
    if isinstance(value, list):
        return [o for v in value for o in _objects(v)]
    return []


@pytest.fixture(scope="module")
def seed7(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    # Enough records of seed 7 for chains through the Polish postcode API and US ZIP
    # listings, whichever places the sampler's walks take them (the property is sought
    # in every record holding it, not in one record pinned by its seed).
    return _records(7, 60, tmp_path_factory.mktemp("places"))


def test_a_polish_postcode_lookup_is_asked_about_a_polish_city_it_was_told_of(
        seed7: list[Rec]) -> None:
    seen = 0
    for rec in seed7:
        calls = rc.named_calls(rec)
        polish = [(args, out) for name, args, out in calls if "polish" in name]
        if not polish:
            continue
        seen += 1
        for args, out in polish:
            assert args["city"] in _POLISH_CITIES, (rec["conversation_id"], args)
            codes = [s for s in _strings(out) if re.fullmatch(r"[\d-]{5,8}", s)]
            assert codes and all(re.fullmatch(r"\d\d-\d\d\d", c) for c in codes), out
        said = " ".join(m["content"] or "" for m in rec["messages"] if m["role"] == "user")
        for i, (_, args, _) in enumerate(calls):
            city = args.get("city")
            if isinstance(city, str):
                earlier = said + " ".join(" ".join(_strings(o)) for _, _, o in calls[:i])
                assert city in earlier, (rec["conversation_id"],
                                         f"call {i} asks about {city}, named nowhere before")
        answers = [m["content"] or "" for m in rec["messages"] if m["role"] == "assistant"]
        assert not any("the data are" in a for a in answers), answers
    assert seen, "60 records of seed 7 hold a chain through the Polish postcode API"


def test_zips_fit_the_state_their_object_names(seed7: list[Rec]) -> None:
    checked = 0
    for rec in seed7:
        for _, _, out in rc.named_calls(rec):
            for obj in _objects(out):
                state, zip_code = obj.get("state"), obj.get("zip")
                if state not in _ZIP_PREFIXES or not isinstance(zip_code, str) or \
                        not re.fullmatch(r"\d{5}", zip_code):
                    continue
                checked += 1
                prefix = int(zip_code[:3])
                assert any(lo <= prefix <= hi for lo, hi in _ZIP_PREFIXES[state]), (
                    rec["conversation_id"], obj)
    assert checked, "40 records of seed 7 list US ZIP codes with their state"
