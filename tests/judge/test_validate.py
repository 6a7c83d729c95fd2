from __future__ import annotations

from toolgen.judge import VALIDATORS, JudgeContext, has_errors, validate

from .factories import build, valid, valid_dict, weight0, weight0_dict


def test_validate_runs_every_rule_and_passes_valid_records() -> None:
    assert set(VALIDATORS) == {"format", "grounding", "plan", "weight0", "secrets", "replay",
                               "outputs", "arguments", "chains", "honesty", "actions",
                               "parallel", "language", "values", "naming",
                               "entities", "own_words", "garbled", "invented_names",
                               "type_fields", "boilerplate", "field_scales", "deferred",
                               "paged_totals", "returned_entity", "postcodes", "asked_place",
                               "error_results", "sums", "identity", "asked",
                               "request_words", "reasked", "hollow", "weather", "same_id",
                               "titles", "filters", "omitted", "units", "value_kinds",
                               "shapes", "ids_only", "absent", "stale", "misfit",
                               "calculations", "world_facts", "notes", "events", "wording",
                               "state_order", "bought", "city_fit", "local_money",
                               "stocks", "airline_codes", "booked_late", "verdicts",
                               "twins", "domains", "flown_routes", "event_kinds",
                               "city_titles", "player_heights", "padding",
                               "placeholder_values", "known_kinds", "reconciled", "quotes",
                               "status_time", "off_subject", "cell_facts", "said_counts",
                               "made_status", "listed_pick", "last_page", "money_scale",
                               "stay_prices", "odd_values", "flight_rows", "fuel_price",
                               "flight_fares",
                               "shared_codes", "part_whole", "promised", "recited_keys",
                               "kept_state", "id_forms", "stated_text", "situation",
                               "past_dates", "named_by_id", "echoed_asks", "keyed_entries",
                               "one_currency", "cart_checkout", "whole_lists", "echo_cited",
                               "asides", "spans", "acted_result"}
    for record in (valid(), weight0()):
        assert validate(record, JudgeContext()) == []


def test_validate_is_pure_and_deterministic() -> None:
    record = build(weight0_dict())
    before = record.model_dump_json()
    d = weight0_dict()
    del d["messages"][-2]
    broken = build(d)
    first = validate(broken, JudgeContext())
    assert first == validate(broken, JudgeContext())
    assert has_errors(first)
    validate(record, JudgeContext())
    assert record.model_dump_json() == before


def test_validate_uses_the_serialized_line_for_secrets() -> None:
    record = build(valid_dict())
    ctx = JudgeContext(secrets=frozenset({"Casa Azul (htl"}))
    assert {f.kind for f in validate(record, ctx, record.model_dump_json().encode())} == {
        "secret_leaked"
    }


def test_schema_defaults_are_not_written_into_arguments() -> None:
    # An omitted optional argument with a schema default must stay omitted for grounding.
    d = valid_dict()
    fn = d["messages"][2]["tool_calls"][0]["function"]
    fn["arguments"] = '{"city": "Lisbon", "max_price": 200}'
    del d["step_trace"][0]["arguments"]["sort"]
    assert validate(build(d), JudgeContext()) == []
