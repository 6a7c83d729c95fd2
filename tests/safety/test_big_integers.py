"""Issue 11 case 2: integers of any size never crash loading, building or writing.

The full ToolBench corpus has a numeric default of more than 64 bits in
`Tools/all_purpose_complex_converter.json`; the shared copy does not include that file,
so `data/bigint` holds one with huge defaults as a literal, as digits, for a STRING and
inside an ARRAY.
"""

from __future__ import annotations

from pathlib import Path

import orjson
from tests.safety.helpers import error_lines, invoke, lines_of

from toolgen.registry import load_registry
from toolgen.registry.defaults import coerce_default

CORPUS = Path(__file__).parent / "data" / "bigint"


def _walk_ints(value: object) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, dict):
        return [i for v in value.values() for i in _walk_ints(v)]
    if isinstance(value, list):
        return [i for v in value for i in _walk_ints(v)]
    return []


def test_huge_defaults_are_dropped_with_a_diagnostic_or_kept_as_text() -> None:
    registry = load_registry(CORPUS)
    params = {(e.name, p.name): p for t in registry.tools for e in t.endpoints
              for p in e.parameters}
    number = params[("Convert Number to Words", "number")]
    assert not number.has_default or isinstance(number.default, float)
    assert not params[("Convert Number to Words", "digits")].has_default
    as_text = params[("Convert Number to Words", "as_text")]
    assert as_text.has_default and isinstance(as_text.default, str)
    reasons = " ".join(d.reason for d in registry.diagnostics)
    assert "integer outside the 64-bit range" in reasons
    dumped = orjson.dumps(registry.model_dump(mode="json"))  # raised TypeError before
    assert all(-(2**63) <= i < 2**64 for i in _walk_ints(orjson.loads(dumped)))


def test_coercion_keeps_64_bit_integers_and_drops_larger() -> None:
    assert coerce_default("18446744073709551615", {"type": "integer"}).value == 2**64 - 1
    assert not coerce_default("18446744073709551616", {"type": "integer"}).ok
    assert not coerce_default(1e30, {"type": "integer"}).ok
    assert coerce_default(1e30, {"type": "number"}).value == 1e30
    assert not coerce_default("9" * 5000, {"type": "number"}).ok  # no int() digit-limit crash


def test_build_and_generate_on_the_offending_file(tmp_path: Path) -> None:
    result = invoke("build", "--toolenv", str(CORPUS), "-o", str(tmp_path / "art"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "art" / "registry.json").stat().st_size > 0
    out = tmp_path / "g.jsonl"
    result = invoke("generate", "-n", "20", "--seed", "5", "--toolenv", str(CORPUS),
                    "-o", str(out))
    error_lines(result)
    assert result.exit_code == 0, result.output
    for line in lines_of(out):
        orjson.loads(line)
