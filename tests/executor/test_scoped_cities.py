"""A country-scoped endpoint lists that country's cities (`get_all_cities_in_vietnam`
answered Prague, Rome and Bangkok, each "in Vietnam")."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints

_VIETNAMESE = {"Ho Chi Minh City", "Hanoi", "Haiphong", "Da Nang", "Biên Hòa", "Bien Hoa",
               "Nha Trang", "Huế", "Hue", "Can Tho", "Cần Thơ", "Rach Gia", "Qui Nhon",
               "Vũng Tàu", "Vung Tau", "Thủ Dầu Một", "Thu Dau Mot", "Buôn Ma Thuột",
               "Buon Ma Thuot", "Nam Định", "Nam Dinh", "Long Xuyen", "Thái Nguyên"}


def test_the_cities_in_vietnam_are_vietnamese() -> None:
    endpoints, executor = corpus_endpoints(
        TOOLBENCH / "Location/viet_nam_administrative_divisions.json")
    cities = next(e for name, e in endpoints.items()
                  if name.startswith("get_all_cities_in_vietnam"))
    for seed in range(5):
        rows = executor.session(seed).call(cities, {}).output["cities"]
        names = [row["name"] for row in rows]
        assert names and set(names) <= _VIETNAMESE, names
        assert len(set(names)) == len(names), names
