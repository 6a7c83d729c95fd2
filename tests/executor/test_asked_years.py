"""What a call asks about between two years happened between them (BFCL seed 47 #44: a
criminal record asked for 2007 to 2013 was an offence dated 2025-12-22)."""

from __future__ import annotations

from typing import Any

from toolgen.executor.asked_years import within_years


def test_dates_fall_in_the_asked_years_and_stamps_stay() -> None:
    out: dict[str, Any] = {"records": [
        {"offense": "Petty theft", "offense_date": "2025-12-22", "date": "2024-02-29",
         "created_at": "2025-06-01T10:00:00Z"}]}
    within_years(out, {"name": "Aisha Khan", "from_year": 2007, "to_year": 2013})
    row = out["records"][0]
    assert 2007 <= int(row["offense_date"][:4]) <= 2013 and row["offense_date"][4:] == "-12-22"
    assert 2007 <= int(row["date"][:4]) <= 2013 and row["date"][4:] == "-02-28"
    assert row["created_at"] == "2025-06-01T10:00:00Z"


def test_no_years_or_dates_inside_them_are_left() -> None:
    inside = {"offense_date": "2010-05-01"}
    within_years(inside, {"from_year": 2007, "to_year": 2013})
    assert inside == {"offense_date": "2010-05-01"}
    free = {"offense_date": "2025-05-01"}
    within_years(free, {"year": 2010})
    assert free == {"offense_date": "2025-05-01"}
