"""An answer holds a sent value once: a flight booked `from`/`to` with `airlines` came back
with both `origin` and `from`, `airline` and `airlines` (BFCL seed 83 #3)."""

from __future__ import annotations

from typing import Any


def test_a_booked_flight_says_its_route_and_airline_once(bfcl: Any) -> None:
    eps, executor = bfcl
    book = next(e for n, e in eps.items() if n.startswith("flight_book") and {
        p.name for p in e.parameters} >= {"from", "to", "airlines"})
    for seed in range(4):
        out = executor.session(seed).call(
            book, {"from": "Buenos Aires", "to": "Berlin", "airlines": "Lufthansa"}).output
        assert (out["origin"], out["destination"]) == ("Buenos Aires", "Berlin"), out
        assert out["airline"] == "Lufthansa", out
        assert not {"from", "to", "airlines"} & out.keys(), out
