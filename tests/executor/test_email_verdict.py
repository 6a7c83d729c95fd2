"""An e-mail check whose parts agree with its verdict (ToolBench seed 13 #131: valid, yet
its domain invalid and its MX records four other companies' hosts)."""

from __future__ import annotations

from tests.executor.executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor

_RESPONSE = {"type": "object", "properties": {
    "email": {"type": "string"}, "domain": {"type": "string"},
    "isValid": {"type": "boolean"}, "isSyntaxValid": {"type": "boolean"},
    "isDomainValid": {"type": "boolean"}, "hasMXRecord": {"type": "boolean"},
    "isDisposable": {"type": "boolean"},
    "mxRecords": {"type": "array", "items": {"type": "string"}}}}


def test_a_valid_address_passed_every_part_on_its_own_hosts() -> None:
    verify = endpoint("verify_email", (param("email"),), response=_RESPONSE)
    executor = MockExecutor(seed=7, pool_size=64)
    valid = 0
    for seed in range(40):
        out = executor.session(seed).call(verify, {"email": "jerome@hatfield.com"}).output
        assert all(h.endswith(".hatfield.com") for h in out["mxRecords"]), out
        if out["isValid"]:
            valid += 1
            assert out["isSyntaxValid"] and out["isDomainValid"] and out["hasMXRecord"], out
    assert valid > 0
