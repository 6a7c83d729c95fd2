"""An events calendar named after a topic lists events of that topic (ToolBench seed 83
#0: the Crypto Events Calendar listed "Community Food Festival" and "Late-Night Wine
Market")."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints


def test_a_crypto_calendar_lists_crypto_events() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Events/crypto_events_calendar.json")
    listed = 0
    for seed in range(6):
        out = executor.session(seed).call(endpoints["events_for_crypto_events_calendar"],
                                          {"page": "1", "pageSize": "10"}).output
        for event in out["events"]:
            listed += 1
            assert "Crypto" in event["title"], event
            assert not any(w in event["title"] for w in ("Food", "Wine", "Jazz")), event
    assert listed >= 6
