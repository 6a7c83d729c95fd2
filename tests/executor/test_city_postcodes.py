"""A postcode drawn beside a city is that city's (postal authorities' published ranges)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from toolgen.executor.postal import fit_postcode


def _fitted(obj: dict[str, Any], sent: dict[str, Any] | None = None) -> dict[str, Any]:
    out = dict(obj)
    fit_postcode(out, sent or {})
    return out


@pytest.mark.parametrize(("obj", "key", "prefixes"), [
    # Paris is 75001-75020; 13688 is the Bouches-du-Rhone (Marseille)
    ({"postcode": "13688", "country": "France", "city": "Paris"}, "postcode", ("750",)),
    # Mumbai's PIN codes start 400, Bengaluru's 560
    ({"zip": "466910", "city": "Mumbai", "country": "India"}, "zip", ("400",)),
    ({"zip": "330463", "city": "Bengaluru", "country": "India"}, "zip", ("560",)),
    # Toronto's forward sortation areas start M, Vancouver's V
    ({"zip": "C9K 2V7", "city": "Toronto", "country": "Canada"}, "zip", ("M",)),
    ({"zip": "B8X6A8", "city": "Vancouver", "country": "Canada"}, "zip", ("V",)),
    # Austin's ZIPs start 787, Seattle's 981, San Jose's 951
    ({"Zip": "77997", "City": "Austin", "State": "Texas"}, "Zip", ("787",)),
    ({"zip": "94346", "city": "Seattle", "state": "WA"}, "zip", ("981",)),
    ({"zip": "93721", "city": "San Jose", "state": "CA"}, "zip", ("951",)),
])
def test_postcode_is_the_citys(obj: dict[str, Any], key: str, prefixes: tuple[str, ...]
                               ) -> None:
    assert str(_fitted(obj)[key]).startswith(prefixes)


def test_london_postcode_takes_a_london_outward_code() -> None:
    out = _fitted({"zip_code": "L9G 1BF", "city": "London", "country": "United Kingdom"})
    # London's postal areas (Royal Mail): E, EC, N, NW, SE, SW, W, WC
    assert re.match(r"(EC|WC|SW|SE|NW|E|N|W)\d", out["zip_code"])
    assert out["zip_code"].endswith("1BF")


def test_state_follows_a_large_us_city() -> None:
    out = _fitted({"zip": "94618", "city": "New York", "state": "CA"})
    assert out["state"] == "NY"
    assert out["zip"][:3] in ("100", "101", "102", "103", "104", "112", "113")


def test_sent_state_and_zip_are_kept() -> None:
    sent = {"zip": "94618"}
    out = _fitted({"zip": "94618", "city": "New York", "state": "CA"}, sent)
    assert out["zip"] == "94618"


def test_city_of_another_country_leaves_the_postcode() -> None:
    obj = {"zipCode": "11942", "country": "Italy", "city": "Seattle"}
    assert _fitted(obj)["zipCode"] == "11942"


def test_warsaw_postcodes_unchanged() -> None:
    assert _fitted({"zip": "03-436", "city": "Warsaw"})["zip"] == "03-436"
    assert _fitted({"zip": "90-811", "city": "Warsaw", "country": "Poland"})["zip"][:2] in (
        "00", "01", "02", "03", "04")


def test_city_follows_a_sent_postcode() -> None:
    # 69002 is Lyon's 2nd arrondissement; 941 is San Francisco's sectional centre
    assert _fitted({"zipcode": "69002", "city": "Paris"}, {"zipcode": "69002"})["city"] == "Lyon"
    out = _fitted({"zip": "94190", "city": "Pawtucket", "state": "CA"}, {"zip": "94190"})
    assert out["city"] == "San Francisco"
