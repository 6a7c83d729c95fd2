"""Results padded with what their kind of thing does not have, read as a reviewer reads
them: record bookkeeping on a statistic, an API author's placeholder as a value, a
made-up name on a currency or a medicine.

Each defect comes with a clean twin that differs only in what makes it a defect. Both
are hand-written here; no expected value comes from the code under test.
"""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.judge import JudgeContext
from toolgen.judge.realism import known_kinds, padding, placeholder_values
from toolgen.judge.view import build_view

from .factories import Call, calls_record

CTX = JudgeContext()


def _kinds(check: Any, calls: list[Call], user: str = "Look it up for me.") -> list[str]:
    record = calls_record(calls, user=user, answer="Here is what I found.",
                          conversation_id="t-padding")
    return [f.kind for f in check.check_view(build_view(record), CTX)]


# --- bookkeeping on a fact or a statistic ---------------------------------------------

@pytest.mark.parametrize(("name", "args", "output"), [
    ("latest_stat_by_country_name_for_coronavirus_monitor", {"country": "Spain"},
     {"country": "Spain", "cases": 13_914_811, "deaths": 121_852, "is_active": True,
      "created_at": "2025-06-17T05:13:00Z"}),
    ("ecology_get_turtle_population", {"location": "Mississippi river", "year": 2020},
     {"population_id": "pop_1a2b3c", "location": "Mississippi river", "year": 2020,
      "population": 4123, "version": 3}),
    ("aggregate_for_geodisasters", {},
     {"aggregates": [{"aggregate_id": "agg_aef9c6", "date": "2026-03-03", "events": 12,
                      "is_active": True}]}),
    # a flight is not revised and renumbered
    ("flight_search", {"origin": "LHR", "destination": "JFK"},
     {"flights": [{"flight_id": "flt_01", "flight_number": "BA117", "origin": "LHR",
                   "destination": "JFK", "version": 4}]}),
])
def test_bookkeeping_on_a_fact_is_padding(name: str, args: dict[str, Any], output: Any) -> None:
    assert _kinds(padding, [(name, args, output)]) == ["padded_fact"]


@pytest.mark.parametrize(("name", "args", "output"), [
    # the clean twins: the same figures without the stamps, or a last update only
    ("latest_stat_by_country_name_for_coronavirus_monitor", {"country": "Spain"},
     {"country": "Spain", "cases": 13_914_811, "deaths": 121_852,
      "updated_at": "2025-06-17T05:13:00Z"}),
    ("ecology_get_turtle_population", {"location": "Mississippi river", "year": 2020},
     {"location": "Mississippi river", "year": 2020, "population": 4123}),
    # a kept record has its stamps: a file is versioned, an account switched on
    ("get_file_for_simple_file_storage", {"file_id": "fil_1"},
     {"file_id": "fil_1", "name": "roadmap.pdf", "version": 3,
      "created_at": "2025-06-17T05:13:00Z"}),
    ("get_account_for_bulk_sms", {},
     {"account_id": "acc_1", "username": "maria_k", "is_active": True,
      "created_at": "2025-06-17T05:13:00Z"}),
    # what the object is comes first: notes listed by a conversion endpoint are notes
    ("note_conversion_indian", {"note": "D"},
     {"notes": [{"note_id": "nto_1", "text": "Closed on Monday.", "version": 1}]}),
    # a write answers with its new record
    ("create_population_snapshot", {"city": "Oslo"},
     {"snapshot_id": "snp_1", "population": 709_037, "created_at": "2025-06-17T05:13:00Z"}),
])
def test_a_fact_without_bookkeeping_or_a_kept_record_is_clean(
        name: str, args: dict[str, Any], output: Any) -> None:
    assert _kinds(padding, [(name, args, output)]) == []


# --- placeholders -------------------------------------------------------------------

@pytest.mark.parametrize("value", ["3 SAMPLE Drive", "SAMPLEDATE", "SAMPLE_CITY1",
                                   "Lorem ipsum dolor sit amet", "XXXXXXXX-XXXX", "string"])
def test_an_authors_placeholder_in_a_result_is_flagged(value: str) -> None:
    output = {"labs": [{"lab_id": "lab_1", "name": "Mercy Clinical Lab", "address": value}]}
    assert _kinds(placeholder_values, [("address_for_clia_lab_search", {"city": "Boston"},
                                        output)]) == ["placeholder_value"]


@pytest.mark.parametrize("value", ["3 Summer Drive", "2026-08-01", "Boston",
                                   "Blood sample received", "Bar"])
def test_a_real_value_is_no_placeholder(value: str) -> None:
    output = {"labs": [{"lab_id": "lab_1", "name": "Mercy Clinical Lab", "address": value}]}
    assert _kinds(placeholder_values, [("address_for_clia_lab_search", {"city": "Boston"},
                                        output)]) == []


def test_a_placeholder_the_user_gave_is_theirs() -> None:
    output = {"file_id": "fil_1", "name": "sample.txt"}
    assert _kinds(placeholder_values, [("upload_file_for_fileio", {"name": "sample.txt"},
                                        output)], user="Upload sample.txt please.") == []


# --- made-up names on kinds with real names -------------------------------------------

@pytest.mark.parametrize(("name", "output"), [
    ("list_currencies_for_fx_rates",
     {"currencies": [{"code": "EUR", "name": "Silver Ridge", "symbol": "€"}]}),
    ("get_medicine_data_for_medicine_name_and_details",
     {"medicine_id": "med_1", "medicineName": "Open Bridge", "dosage": "200 mg"}),
    ("get_religions_for_world_data", {"religions": [{"religion_name": "Silver Summit",
                                                     "followers": 520_000_000}]}),
])
def test_a_made_up_name_on_a_known_kind_is_invented(name: str, output: Any) -> None:
    assert _kinds(known_kinds, [(name, {}, output)]) == ["invented_name"]


@pytest.mark.parametrize(("name", "output"), [
    ("list_currencies_for_fx_rates",
     {"currencies": [{"code": "EUR", "name": "Euro", "symbol": "€"}]}),
    ("get_medicine_data_for_medicine_name_and_details",
     {"medicine_id": "med_1", "medicineName": "Ibuprofen", "dosage": "200 mg"}),
    # a person's name is no made-up title, and a project may be called anything
    ("get_religions_for_world_data", {"religions": [{"religion_name": "Buddhism",
                                                     "founder_name": "Siddhartha Gautama"}]}),
    ("get_project_for_asana", {"project_id": "prj_1", "name": "Silver Ridge"}),
    # a real medicine in a brand's name
    ("medicine_search_for_medicine_search_and_autocomplete",
     {"medicines": [{"medicine_id": "mdc_1", "name": "Ibuprofen Plus"}]}),
    # two plain words, yet the currency's real name
    ("currency_by_country_for_geosource_api",
     {"country": "Singapore", "currency_code": "SGD", "currency_name": "Singapore Dollar"}),
])
def test_a_real_name_or_a_freely_named_thing_is_clean(name: str, output: Any) -> None:
    assert _kinds(known_kinds, [(name, {}, output)]) == []
