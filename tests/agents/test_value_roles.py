"""Values said by their role and ends said as a span (qphrase, BFCL seed 31 #57, #123,
#244): "Minecraft - Nintendo Switch - in Masovia", "buy a walmart - Barcelona -",
"starting 2026-04-23 (parking)", "the travel distance in Bengaluru for Mumbai", "the area
under (-1, 0 and 5; 10 and 20)". Read as a reviewer reads the request."""

from __future__ import annotations

import random
import re

from toolgen.agents import offline as lang
from toolgen.agents.offline import Slot, intent_from_text, user_request
from toolgen.records.plan import Goal

_BARE = re.compile(r"\((?:that's |that is )?[^()]*\)|(?:^|\s)- [^-]+ -")


def _goal() -> Goal:
    return Goal(summary="s", domain="d", persona="a person", style="chatty")


def _slot(name: str, raw: object, kind: str = "string", hint: str = "") -> Slot:
    if isinstance(raw, list):
        items = [str(v) for v in raw]
        text = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        kind = "array"
    else:
        text = raw if isinstance(raw, str) else str(raw)
    return Slot(name=name, label=lang.slot_label(name), value=text, hint=hint, kind=kind,
                raw=raw)


def _requests(endpoint: str, slots: list[Slot], n: int = 40) -> list[str]:
    intent = intent_from_text(endpoint)
    return [user_request(_goal(), [intent], slots, random.Random(seed)) for seed in range(n)]


def test_a_platform_a_store_and_a_preference_are_said_by_their_role() -> None:
    cases = [
        ("video_games_on_sale", _slot("platform", "Nintendo Switch"),
         ("on Nintendo Switch", "for Nintendo Switch")),
        ("walmart_purchase", _slot("loc", "Barcelona"),
         ("at the Barcelona store", "from the store in Barcelona")),
        ("hotel_booking", _slot("preferences", ["parking"]), ("with parking",)),
        ("hotel_find", _slot("amenities", ["Gym"]), ("with Gym",)),
    ]
    for endpoint, slot, said in cases:
        for text in _requests(endpoint, [slot]):
            assert any(s in text for s in said), text
            assert not _BARE.search(text), text


def test_a_start_and_an_end_are_said_as_a_span_in_order() -> None:
    slots = [_slot("start_location", "Bengaluru"), _slot("end_location", "Mumbai")]
    for text in _requests("get_distance_duration", slots):
        assert "from Bengaluru to Mumbai" in text, text
    # the end given first in the call's arguments is still said last
    slots = [_slot("end", "Delhi"), _slot("start", "Mumbai")]
    for text in _requests("get_directions", slots):
        assert "from Mumbai to Delhi" in text, text
        assert not _BARE.search(text), text


def test_two_of_a_kind_are_said_between_each_other() -> None:
    slots = [_slot("city1", "Lyon"), _slot("city2", "Oslo")]
    for text in _requests("timezones_get_difference", slots):
        assert "between Lyon and Oslo" in text, text


def test_a_polynomial_and_its_limits_are_said_as_what_they_are() -> None:
    slots = [_slot("polynomial", [-1, 0, 5], hint="the coefficients of the polynomial"),
             _slot("limits", [10, 20], hint="the lower and upper limit")]
    for text in _requests("calculate_area_under_curve", slots):
        assert "the polynomial with coefficients -1, 0 and 5" in text, text
        assert "from 10 to 20" in text, text
        assert not _BARE.search(text), text
        assert " under for " not in text, text


def test_an_unknown_role_is_said_with_its_label_never_bare() -> None:
    slots = [_slot("stat", "agility")]
    for text in _requests("get_player_record", slots):
        assert "stat agility" in text, text
        assert not _BARE.search(text), text
    # a label no one says is replaced by what the description names
    slots = [_slot("r", 46.0, "number", hint="the radius of the ring in metres")]
    for text in _requests("magnetic_field_calculate", slots):
        assert "radius 46.0" in text, text
        assert "(46.0)" not in text, text


def test_a_route_between_two_points_is_said_from_one_to_the_other() -> None:
    # ToolBench seed 13 #155: "route at 46.07, 47.85 after the first 31.2357"
    slots = [_slot("start_lat", 30.0444, "number"), _slot("end_lon", 47.85, "number"),
             _slot("start_lon", 31.2357, "number"), _slot("end_lat", 46.07, "number")]
    for text in _requests("directions_between_2_locations", slots):
        assert "from 30.0444, 31.2357 to 46.07, 47.85" in text, text
    for text in _requests("directions_between_2_locations", slots[2:3]):
        assert "the first 31.2357" not in text and "longitude 31.2357" in text, text


def test_a_whole_counted_is_said_as_one_never_as_money() -> None:
    # BFCL seed 21 #180: "the event of 889 for 474 event outcomes"
    slots = [_slot("total_outcomes", 889, "integer")]
    for text in _requests("probabilities_calculate_single", slots):
        assert "out of 889 outcomes" in text, text


def test_numbered_numbers_are_no_span() -> None:
    # BFCL seed 31 #268: "an area of the triangle between 962.5 and 520.6" (side1, side2)
    slots = [_slot("side1", 962.5, "number"), _slot("side2", 520.6, "number"),
             _slot("side3", 818.07, "number")]
    for text in _requests("math_triangle_area_heron", slots):
        assert "between 962.5 and 520.6" not in text, text


def test_labelled_values_side_by_side_share_one_with() -> None:
    # BFCL seed 7 #0: "identify the winner with the players Serena Williams with the cards"
    slots = [_slot("players", "Serena Williams"), _slot("cards", "Bright Horizon")]
    for text in _requests("identify_winner", slots):
        assert text.count("with ") == 1, text
        assert re.search(r"players Serena Williams and (?:the )?cards Bright Horizon", text), text


def test_a_file_is_named_with_its_noun() -> None:
    # ToolBench seed 7 #0: "upload a file for my pet 958569 (that's q3-report.pdf)"
    for text in _requests("upload_file", [_slot("file", "q3-report.pdf")]):
        assert re.search(r"file (?:named|called) q3-report\.pdf", text), text


def test_a_name_follows_the_thing_it_names() -> None:
    # ToolBench seed 7 #0: "upload a file for my pet 958569 named q3-report.pdf"
    slots = [_slot("petId", "958569"), _slot("file", "q3-report.pdf")]
    for text in _requests("upload_file", slots):
        assert re.search(r"file (?:named|called) q3-report\.pdf", text), text
