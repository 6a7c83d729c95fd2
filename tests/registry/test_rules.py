"""Unit tests of each normalising rule: types, names, enums, defaults, secrets, responses."""

from __future__ import annotations

import re

import pytest

from toolgen.registry import looks_like_secret
from toolgen.registry.defaults import coerce_default
from toolgen.registry.enums import parse_enum
from toolgen.registry.names import (
    FUNCTION_NAME_RE,
    assign_function_names,
    base_function_name,
    param_name,
    unique_param_names,
)
from toolgen.registry.response import (
    from_example,
    from_json_schema,
    from_template,
    infer_shape,
    is_error_body,
)
from toolgen.registry.secrets import is_secret_param, scrub_text, scrub_url
from toolgen.registry.types import convert_schema, schema_for_label


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("STRING", {"type": "string"}),
        ("string", {"type": "string"}),
        ("NUMBER", {"type": "number"}),
        ("BOOLEAN", {"type": "boolean"}),
        ("DATE (YYYY-MM-DD)", {"type": "string", "format": "date"}),
        ("DATEPICKER", {"type": "string", "format": "date"}),
        ("DATETIME", {"type": "string", "format": "date-time"}),
        ("ARRAY", {"type": "array", "items": {}}),
        ("LIST", {"type": "array", "items": {"type": "string"}}),
        ("JSON", {"type": "object"}),
        ("MAP", {"type": "object"}),
        ("FLOAT", {"type": "number"}),
        (None, {"type": "string"}),
        ("HashMap", {"type": "object"}),
        ("long", {"type": "integer"}),
        ("any", {}),
        ("", {}),
        ("weird-thing", {"type": "string"}),
    ],
)
def test_type_labels_map_to_json_schema(label: object, expected: dict[str, object]) -> None:
    assert schema_for_label(label) == expected


def test_time_and_geopoint_get_patterns() -> None:
    assert re.match(schema_for_label("TIME (24-hour HH:MM)")["pattern"], "13:45")
    assert re.match(schema_for_label("GEOPOINT (latitude, longitude)")["pattern"], "48.8,2.35")


def test_convert_schema_handles_bfcl_types() -> None:
    schema = convert_schema({"type": "dict", "properties": {
        "coord": {"type": "tuple", "items": {"type": "float"}},
        "opts": {"type": "dict", "properties": {"x": {"type": "String"}}},
    }, "required": ["coord", "nope"]})
    assert schema["type"] == "object"
    assert schema["required"] == ["coord"]
    assert schema["properties"]["coord"] == {"type": "array", "items": {"type": "number"}}
    assert schema["properties"]["opts"]["properties"]["x"] == {"type": "string"}


def test_function_names_valid_truncated_and_unique() -> None:
    long_name = "/customers/{customerId}/orders/{productId}/numbers/port " * 3
    base = base_function_name(long_name, "some_tool")
    names = assign_function_names({"A/x/1": base, "A/x/2": base, "B/y/1": "api_for_t"})
    assert all(FUNCTION_NAME_RE.match(n) for n in names.values())
    assert len(set(names.values())) == 3
    assert names["B/y/1"] == "api_for_t"


def test_function_names_do_not_depend_on_load_order() -> None:
    bases = {"Data/kw/extract": "extract_for_kw", "Tools/kw/extract": "extract_for_kw",
             "Text/kw/extract": "extract_for_kw"}
    forward = assign_function_names(bases)
    backward = assign_function_names(dict(reversed(list(bases.items()))))
    assert forward == backward
    assert forward["Data/kw/extract"] == "extract_for_kw"


def test_base_function_name_from_display_strings() -> None:
    assert base_function_name("Get Hotel Details", "hotels") == "get_hotel_details_for_hotels"
    assert base_function_name("getHotel", "") == "get_hotel"
    assert base_function_name("顔認証", "face") == "api_for_face"


def test_parameter_names_sanitised_and_disambiguated() -> None:
    assert param_name("ids[]") == "ids"
    assert param_name("filter[audience_age][0][weight]") == "filter_audience_age_0_weight"
    assert param_name("If-None-Match") == "If_None_Match"
    assert param_name("fullTextTrees’") == "fullTextTrees"
    assert re.fullmatch(r"[A-Za-z0-9_]{1,64}", param_name("N/A"))
    assert re.fullmatch(r"[A-Za-z0-9_]{1,64}", param_name("順番"))
    assert unique_param_names(["propertyTypes[]", "propertyTypes[]", "a" * 80, "a" * 80]) == [
        "propertyTypes", "propertyTypes_2", param_name("a" * 80), param_name("a" * 80)[:62] + "_2"
    ]


@pytest.mark.parametrize(
    ("description", "label", "kind", "expected"),
    [
        ("One of the following : en|zh-hant|de", "STRING", "string", ["en", "zh-hant", "de"]),
        ("The acceptable values are kWh and MWh. It will default", "ENUM", "string",
         ["kWh", "MWh"]),
        ("Can be `newestfirst` or `oldestfirst`.", "SELECT", "string",
         ["newestfirst", "oldestfirst"]),
        ("Level.\n(4 = 4.5 and above, 2 = 2.5 and above, 1 = 1.0 and above)", "ENUM", "string",
         ["4", "2", "1"]),
        ("1 - All Users, 2 - Logged in Users, 3 - Agents", "SELECT", "integer", [1, 2, 3]),
        ("Form.\n- **`mask`**: a mask.\n- **`whiteBK`**: white.", "ENUM", "string",
         ["mask", "whiteBK"]),
        ("Only load resources that match one of the URLs on this list.", "STRING", "string",
         None),
        ("1 - All Users, 2 - Logged in Users", "STRING", "string", None),
        ("", "ENUM", "string", None),
        ("Possible values are a, b", "BOOLEAN", "boolean", None),
    ],
)
def test_enum_parsing_is_conservative(
    description: str, label: str, kind: str, expected: list[object] | None
) -> None:
    assert parse_enum(description, label, kind) == expected


@pytest.mark.parametrize(
    ("value", "schema", "ok", "expected"),
    [
        ("None", {"type": "number"}, False, None),
        ("1,50", {"type": "number"}, False, None),
        ("10", {"type": "number"}, True, 10),
        ("2.5", {"type": "number"}, True, 2.5),
        ([], {"type": "number"}, False, None),
        (True, {"type": "number"}, False, None),
        ("true", {"type": "boolean"}, True, True),
        ("0", {"type": "boolean"}, True, False),
        ("checked", {"type": "boolean"}, False, None),
        ("true/false", {"type": "boolean"}, False, None),
        ('["en","my","zh"]', {"type": "array"}, True, ["en", "my", "zh"]),
        ("a, b", {"type": "array"}, True, ["a", "b"]),
        ('{"userID":"9105"}', {"type": "object"}, True, {"userID": "9105"}),
        ("not json", {"type": "object"}, False, None),
        ('{"a": 1}', {"type": "string"}, True, '{"a": 1}'),
        ({"a": 1}, {"type": "string"}, True, '{"a":1}'),
        (5, {"type": "string"}, True, "5"),
        ("", {"type": "string"}, False, None),
        (3.0, {"type": "integer"}, True, 3),
        (3.5, {"type": "integer"}, False, None),
    ],
)
def test_defaults_coerced_or_dropped(
    value: object, schema: dict[str, object], ok: bool, expected: object
) -> None:
    result = coerce_default(value, schema)
    assert result.ok is ok
    assert result.value == expected


@pytest.mark.parametrize(
    "value",
    [
        "SIGN-UP-FOR-KEY",
        "Bearer 9c1a58e5e2ac2da4c68b7a4c32f4ca8f996029e6",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig",
        "9c1a58e5e2ac2da4c68b7a4c32f4ca8f",
        "sk-abcdefghijklmnopqrstuvwxyz123456",
        "a1B2c3D4e5F6g7H8i9J0k1L2m3N4",
        "{{Your_API_Key}}",
    ],
)
def test_credential_like_values_detected(value: str) -> None:
    assert looks_like_secret(value)


@pytest.mark.parametrize(
    "value",
    ["hello world", "en", "2023-01-01", "keyword_extraction",
     "6f880344-9918-59ca-8fbc-b83372387e17", "zillow57.p.rapidapi.com",
     "Http2TestExchangeImpl.sendResponseHeaders", "Basic example", "12345"],
)
def test_ordinary_values_not_flagged(value: str) -> None:
    assert not looks_like_secret(value)


@pytest.mark.parametrize(
    ("name", "label", "description", "secret"),
    [
        ("X-RapidAPI-Key", "STRING", "", True),
        ("Authorization", "STRING", "", True),
        ("api_key", "STRING", "", True),
        ("apikey", "STRING", "", True),
        ("access_token", "STRING", "", True),
        ("clientSecret", "STRING", "", True),
        ("password", "STRING", "", True),
        ("anything", "CREDENTIALS", "", True),
        ("key", "STRING", "Authentication Key", True),
        ("key", "STRING", "The dictionary key to read", False),
        ("pageToken", "STRING", "", False),
        ("keyword", "STRING", "", False),
        ("If-None-Match", "STRING", "", False),
    ],
)
def test_secret_parameters(name: str, label: str, description: str, secret: bool) -> None:
    assert is_secret_param(name, label, description) is secret


def test_scrubbing_text_and_urls() -> None:
    key = "9c1a58e5e2ac2da4c68b7a4c32f4ca8f996029e6"
    assert key not in scrub_text(f"Use header Authorization: Bearer {key} to call")
    assert "to call" in scrub_text(f"Use Bearer {key} to call")
    assert scrub_text("Basic details about a city") == "Basic details about a city"
    url = "https://x.p.rapidapi.com/spreadsheet/1F6qdlLjk0WslVUfIStrKHA0YCbOnPTdlPdi/sheet/0"
    assert "1F6qdlLjk0WslVUfIStrKHA0YCbOnPTdlPdi" not in scrub_url(url)
    assert scrub_url(url).startswith("https://x.p.rapidapi.com/spreadsheet/")


def test_json_schema_like_dicts_normalised() -> None:
    schema = from_json_schema({"$schema": "http://json-schema.org/draft-04/schema#", "allOf": [
        {"type": "object", "properties": {"id": {"type": "integer"}}},
        {"type": "object", "properties": {"created_at": {"type": "string"}}},
    ]})
    assert schema is not None
    assert schema["type"] == "object"
    assert schema["properties"]["id"] == {"type": "integer"}
    assert schema["properties"]["created_at"]["format"] == "date-time"
    wrapped = from_json_schema({"type": "array", "items": {"type": "string"}})
    assert wrapped == {"type": "object", "properties": {"data": {
        "type": "array", "items": {"type": "string"}}}}
    assert from_json_schema({}) is None


def test_examples_bounded_and_errors_ignored() -> None:
    deep: dict[str, object] = {"v": 1}
    for _ in range(10):
        deep = {"n": deep}
    wide = {f"k{i}": i for i in range(50)}
    schema = from_example({"deep": deep, "wide": wide, "list": [{"a": "x@y.com"}, {"b": 1}]})
    assert schema is not None
    assert len(schema["properties"]["wide"]["properties"]) == 20
    assert schema["properties"]["list"]["items"]["properties"] == {
        "a": {"type": "string", "format": "email"}}
    assert "n" in str(schema) and len(str(schema)) < 2000
    assert from_example('{"dates": {"0": "2023-01-01T00:00:00.000Z"}}') is not None
    for unknown in ("", "authcode missing", 977, None, 3.4, False, [], {},
                    {"statusCode": 401, "message": "Unauthorized"},
                    {"message": "You are not subscribed to this API."}):
        assert from_example(unknown) is None
    assert is_error_body({"error": "Invalid API key"})
    # ToolBench seed 13 #77 answered a NPS summary with this example as its result.
    assert is_error_body({"message": "This endpoint is disabled for your subscription"})


def test_a_route_template_echo_is_no_response_example() -> None:
    # The Minecraft utilities' examples (ToolBench seed 7 #85 #602 answered with them and
    # the answer quoted '{uuid}'): a server's no-route echo, not what the API returns.
    for echo in ({"path": "/session/minecraft/profile/{uuid}",
                  "errorMessage": "Not a valid UUID: {uuid}"},
                 {"path": "/users/profiles/minecraft/{username}"}):
        assert is_error_body(echo)
        assert from_example(echo) is None
    for real in ({"path": "/home/melanie/notes.txt", "size": 2048},
                 {"errorRate": 0.02, "requests": 1200, "latency_ms": 35},
                 {"template": "Hello {name}", "id": 4, "language": "en", "owner": "ana"}):
        assert not is_error_body(real)


def test_template_response_type_names() -> None:
    schema = from_template('{"results": [{"name": "str", "relevance": "float", "id": "int", '
                           '"_list_length": 9}], "keywords": ["list of str with length 18"], '
                           '"none": "NoneType", "tags": "empty list", "ok": "bool"}')
    assert schema is not None
    props = schema["properties"]
    assert props["results"]["items"]["properties"] == {
        "name": {"type": "string"}, "relevance": {"type": "number"}, "id": {"type": "integer"}}
    assert props["keywords"] == {"type": "array", "items": {"type": "string"}}
    assert props["tags"]["type"] == "array" and props["ok"] == {"type": "boolean"}
    assert from_template({}) is None


def test_inferred_shapes_name_the_parameter_ids() -> None:
    detail = infer_shape("get_hotel", "", ["hotel_id"])
    assert "hotel_id" in detail["properties"] and "name" in detail["properties"]
    search = infer_shape("Search Hotels", "", ["query", "page"])
    assert search["properties"]["hotels"]["type"] == "array"
    assert "id" in search["properties"]["hotels"]["items"]["properties"]
    assert "total" in search["properties"]
    booking = infer_shape("Book Room", "", ["roomId", "userId"])
    assert {"roomId", "userId"} <= set(booking["properties"])
    deletion = infer_shape("deleteOrder", "", ["order_id"])
    assert {"order_id", "success"} <= set(deletion["properties"])


@pytest.mark.parametrize(
    ("name", "description", "default", "secret"),
    [
        # locationiq: an undescribed `key` whose default is the corpus's key placeholder
        ("key", "", "{{Your_API_Key}}", True),
        ("key", "", "61b55575437aee6762d402de86d64f0a", True),
        ("publisherKey", "", "", True),
        ("read_key", "", "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXX", True),
        ("host_http_pass", "HTTP Password (If restriction on host)", "", True),
        ("login-pass", "Password for HTTP access authentication", "my-password", True),
        ("publickey", "Chave de Autenticação da Empresa", "", True),
        ("key", "APIを使用する際に使用するAPIキー", "", True),
        # not credentials: a dictionary key, a dedupe key, a music key, search keywords
        ("key", "The dictionary key to read", "coffee_order", False),
        ("ignoreDuplicatesKey", "Required if ignoreDuplicates is true.", "", False),
        ("key", "Musical key of the melody", "C major", False),
        ("keywords", "", "Meg 2 The Trench", False),
        ("cardKey", "", "chase-hyatt", False),
    ],
)
def test_credential_parameters_by_kind_or_default(name: str, description: str, default: str,
                                                  secret: bool) -> None:
    assert is_secret_param(name, "STRING", description, default) is secret
