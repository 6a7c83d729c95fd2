"""A street is in its own city: Shibuya is Tokyo's, never Osaka's (bundled seed 71 #5:
"83 Jingumae, Shibuya-ku, Osaka"; #3: "94 Ginza, Chuo-ku, Osaka")."""

from __future__ import annotations

from toolgen.executor.locales import local_streets, street_city
from toolgen.executor.places import _address
from toolgen.executor.pools import PLACES

_TOKYO_WARDS = ("Shibuya-ku", "Minato-ku", "Shinjuku-ku", "Ginza")
_OSAKA = next(p for p in PLACES if p[0] == "Osaka")


def test_each_japanese_city_has_its_own_streets() -> None:
    osaka, tokyo = local_streets("JP", "Osaka"), local_streets("JP", "Tokyo")
    assert osaka and not any(w in s for s in osaka for w in _TOKYO_WARDS), osaka
    assert all(street_city(s) == "Tokyo" for s in tokyo), tokyo
    assert street_city("12 Rua Augusta") is None


def test_an_address_moved_to_osaka_takes_an_osaka_street() -> None:
    moved = _address("83 Jingumae, Shibuya-ku, Tokyo, Japan", _OSAKA, "Osaka")
    assert moved.endswith(", Osaka, Japan") and street_city(moved.rsplit(", ", 2)[0]) == (
        "Osaka"), moved
