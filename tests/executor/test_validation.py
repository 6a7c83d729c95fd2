from __future__ import annotations

from executor_endpoints import BOOK, SEARCH, endpoint, param

from toolgen.executor import MockExecutor, validator_for
from toolgen.records import Parameter


def test_valid_arguments_pass() -> None:
    assert validator_for(SEARCH)({"city": "Lisbon", "max_price": 120}) == []


def test_missing_required_names_the_field() -> None:
    errors = validator_for(BOOK)({"hotel_id": "htl_1", "guest_name": "Ann", "room_type": "suite"})
    assert errors and "check_in" in errors[0]


def test_wrong_type_and_enum_name_the_field() -> None:
    v = validator_for(BOOK)
    errors = v({"hotel_id": 5, "guest_name": "Ann", "check_in": "2025-05-01", "room_type": "x"})
    joined = " ".join(errors)
    assert "hotel_id" in joined and "room_type" in joined


def test_session_returns_invalid_arguments_without_data(executor: MockExecutor) -> None:
    result = executor.session(1).call(SEARCH, {"max_price": "cheap"})
    assert result.status == "invalid_arguments"
    assert result.error is not None and "city" in result.error
    assert set(result.output) == {"error"}
    assert result.output_refs == ()


def test_validator_is_cached_per_endpoint() -> None:
    assert validator_for(SEARCH) is validator_for(SEARCH)


def test_odd_parameter_schemas_never_raise() -> None:
    odd = endpoint(
        "odd_params",
        (
            Parameter(
                name="d",
                raw_name="d",
                type_label="DATE",
                json_schema={"type": "DATE"},
                required=True,
            ),
            Parameter(
                name="r",
                raw_name="r",
                type_label="x",
                json_schema={"type": "string", "pattern": "(?<bad"},
                required=False,
            ),
            Parameter(
                name="q",
                raw_name="q",
                type_label="x",
                json_schema={"$ref": "#/definitions/missing"},
                required=False,
            ),
            param("n", "integer", False, minimum="zero"),
        ),
    )
    v = validator_for(odd)
    assert v({"d": "2025-01-01", "r": "x", "q": 1, "n": 3}) == []
    assert any("'d'" in e for e in v({}))
    assert v([]) != []  # type: ignore[arg-type]


def test_equal_schemas_share_one_validator_and_unequal_ones_do_not() -> None:
    from toolgen.executor.validation import compile_validator

    def schema(enum: object) -> dict[str, object]:
        return {"type": "object", "properties": {"sort": {"type": "string", "enum": enum}}}

    listed = compile_validator(schema(["asc", "desc"]))
    assert compile_validator(schema(["asc", "desc"])) is listed  # another endpoint's copy
    assert listed({"sort": "sideways"})  # the enum holds
    # a tuple is no JSON array: sanitize drops that enum, so the two must not share
    tupled = compile_validator(schema(("asc", "desc")))
    assert tupled is not listed and tupled({"sort": "sideways"}) == []
