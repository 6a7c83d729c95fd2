"""A blockchain's address is a wallet's: Tatum's "generate address private key" answered
three street addresses in Melbourne and Sydney (ToolBench seed 113 #29)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

TATUM = TOOLBENCH / "Payments/tatum_blockchain_api_testnet.json"


def _addresses(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k.lower() == "address" and isinstance(v, str):
                yield v
            else:
                yield from _addresses(v)
    elif isinstance(node, list):
        for v in node:
            yield from _addresses(v)


@pytest.mark.parametrize("seed", range(3))
def test_a_generated_address_is_a_wallets(seed: int) -> None:
    endpoints, executor = corpus_endpoints(TATUM)
    name = next(n for n in endpoints if n.startswith("eth_generate_address_private_key"))
    endpoint = endpoints[name]
    out = executor.session(seed).call(
        endpoint, {p.name: "0" for p in endpoint.parameters if p.required}).output
    found = list(_addresses(out))
    assert found, out
    assert all(re.fullmatch(r"0x[0-9a-f]{40}", a) for a in found), found
