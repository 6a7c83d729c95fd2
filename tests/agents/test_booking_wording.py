"""A booking's room and start are said as a guest says them: "a hotel ... for a double room
... from 2025-08-13", not "as the double room ... and since 2025-08-13" (BFCL seed 59
#24)."""

from __future__ import annotations

import random

from toolgen.agents.offline import Slot
from toolgen.agents.offline.saying import phrase


def _said(slot: Slot) -> set[str]:
    return {phrase(slot, slot.value, random.Random(seed)) for seed in range(60)}


def test_a_room_type_is_the_room_booked() -> None:
    said = _said(Slot("room_type", "room type", "double"))
    assert not any(s.startswith("as the") for s in said), said
    assert "for a double room" in said, said


def test_a_booking_s_start_is_when_it_starts() -> None:
    said = _said(Slot("start_date", "start date", "2025-08-13"))
    assert not any(s.startswith("since") for s in said), said
    assert said & {"from 2025-08-13", "starting 2025-08-13"}, said
    assert any(s.startswith("since") for s in _said(Slot("since", "since", "2025-08-13")))
