"""A phone's carrier is a mobile network of the phone's country, read from the outputs as
a reviewer reads them: an SMS log listed German numbers on "Iberia", "ANA" and "Ryanair"
(ToolBench seed 7 #287). The networks are written here by hand."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.objects import objects_in

_AIRLINES = {"Iberia", "ANA", "Ryanair", "easyJet", "Delta Air Lines", "United Airlines",
             "American Airlines", "Lufthansa", "KLM", "Air France", "Emirates"}
_NETWORKS = {"Germany": {"Telekom", "Vodafone", "O2"},
             "United States": {"Verizon", "T-Mobile", "AT&T"},
             "South Africa": {"Vodacom", "MTN", "Cell C", "Telkom"}}


@pytest.fixture(scope="module")
def messaging() -> Any:
    return corpus_endpoints(TOOLBENCH / "Communication/http_messaging.json")


def test_an_sms_logs_carriers_are_networks_of_the_numbers_country(messaging: Any) -> None:
    eps, executor = messaging
    ep = next(iter(eps.values()))
    seen = 0
    for seed in range(10):
        out = executor.session(seed).call(ep, {"userid": "alfred.franco20",
                                               "to": "+27 82 555 0143",
                                               "text": "Running late."}).output
        for node in objects_in(out):
            carrier = node.get("carrier")
            if not isinstance(carrier, str):
                continue
            seen += 1
            assert carrier not in _AIRLINES, node
            country = node.get("country")
            if country in _NETWORKS:
                assert carrier in _NETWORKS[country], node
    assert seen >= 5
