"""An art opening's detail, as a reader checks it (ToolBench seed 952820 #8): its press
note is the organiser's prose, not "standard"; its opening day is a day; its title is an
art event's; and an address check answers the address it was sent."""

from __future__ import annotations

import re
from datetime import date

from corpus_endpoints import TOOLBENCH, corpus_endpoints

_EVENT = "55daa408-d224-4b68-8b70-8800424d3e88"


def _details(n: int) -> list[dict[str, object]]:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Events/art_openings_italy.json")
    detail = endpoints["events_detail_for_art_openings_italy"]
    return [executor.session(seed).call(detail, {"id": _EVENT}).output for seed in range(n)]


def test_a_press_note_too_long_to_pool_is_its_opening_sentence_not_a_setting_word() -> None:
    for out in _details(6):
        press = out["press"]
        assert isinstance(press, str) and press.startswith("Enel X illumina"), press
        assert press.endswith(".") and len(press) <= 240, press


def test_a_day_written_with_slashes_moves_as_a_day() -> None:
    for out in _details(8):
        opening = str(out["opening"])
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", opening)
        assert m is not None, opening
        day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))  # day first, as sent
        assert date(2022, 10, 1) <= day <= date(2022, 12, 7), opening


def test_an_art_calendar_titles_its_events_as_art() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Events/art_openings_italy.json")
    titles = [str(out["title"]) for out in _details(6)]
    live = endpoints["live_events_for_art_openings_italy"]
    for seed in range(4):
        titles += [str(e["title"]) for e in executor.session(seed).call(live, {}).output["data"]]
    assert len(titles) >= 10
    for title in titles:
        assert "Art" in title, title
        assert not re.search(r"Startup|Tech|Food|Jazz|Charity|Book", title), title


def test_an_address_check_answers_the_address_it_was_sent() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Commerce/address_validation.json")
    check = endpoints["validate_address_for_address_validation"]
    sent = {"Accept": "application/json"}
    italy = {**sent, "country": "Italy", "street_1": "Via Roma", "street_number": "33",
             "postal_code": "50123", "city": "Firenze"}
    canada = {**sent, "country": "CAN", "street_1": "Speers Rd", "street_number": "55",
              "postal_code": "L6K 0H9", "city": "Oakville"}
    for seed in range(3):
        out = executor.session(seed).call(check, italy).output
        assert out["address"] == "Via Roma 33, 50123 Firenze, Italy", out
        out = executor.session(seed).call(check, canada).output
        assert out["address"] == "55 Speers Rd, Oakville L6K 0H9, CAN", out
