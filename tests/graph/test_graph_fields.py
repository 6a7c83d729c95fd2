"""Output-field flattening, name normalisation and match keys."""

from __future__ import annotations

from toolgen.graph.fields import (
    endpoint_entity,
    flatten_schema,
    output_keys,
    param_keys,
    tokens,
    types_compatible,
)

from .factories import INT, STR, arr, endpoint, obj, param


def test_tokens_split_camel_case_and_punctuation() -> None:
    assert tokens("hotelId") == ("hotel", "id")
    assert tokens("HotelID") == ("hotel", "id")
    assert tokens("ids[]") == ("ids",)
    assert tokens("X-RapidAPI-Key") == ("x", "rapid", "api", "key")


def test_flatten_gives_paths_with_list_markers_and_containers() -> None:
    schema = obj(page=INT, hotels=arr(obj(id=STR, address=obj(city=STR))))
    fields = {f.path: f for f in flatten_schema(schema)}
    assert set(fields) == {"page", "hotels[].id", "hotels[].address.city"}
    assert fields["hotels[].id"].container == "hotels"
    assert fields["hotels[].address.city"].container == "address"
    assert fields["page"].json_type == "integer"


def test_flatten_survives_odd_schemas_and_bounds_depth() -> None:
    assert flatten_schema("") == []
    assert flatten_schema({"allOf": [obj(id=STR)]}) == flatten_schema(obj(id=STR))
    assert [f.path for f in flatten_schema(arr(obj(id=STR)))] == ["[].id"]
    deep: dict[str, object] = STR
    for _ in range(40):
        deep = obj(x=deep)
    assert flatten_schema(deep) == []  # deeper than MAX_DEPTH: ignored, no recursion error


def test_entity_comes_from_container_then_endpoint_name() -> None:
    search = endpoint("hotels", "Search Hotels")
    assert endpoint_entity(search) == "hotel"
    assert endpoint_entity(endpoint("pay", "List Payment Methods")) == "payment_method"
    by_container = flatten_schema(obj(payment_methods=arr(obj(id=STR))))[0]
    assert [k.key for k in output_keys(by_container, "x")] == ["payment_method_id"]
    generic = flatten_schema(obj(results=arr(obj(id=STR))))[0]
    assert [k.key for k in output_keys(generic, "hotel")] == ["hotel_id"]


def test_status_codes_and_plain_words_are_not_references() -> None:
    status = flatten_schema(obj(statusCode=INT, name=STR, total=INT))
    assert all(output_keys(f, "hotel") == [] for f in status)


def test_param_keys_strip_roles_and_plurals() -> None:
    assert [k.key for k in param_keys(param("hotelId"), "hotel")] == ["hotel_id"]
    assert [k.key for k in param_keys(param("from_currency"), "x")] == ["from_currency",
                                                                        "currency"]
    assert [k.key for k in param_keys(param("menu_item_ids", "array"), "x")] == ["menu_item_id"]
    assert [k.key for k in param_keys(param("id"), "flight")] == ["flight_id"]


def test_type_compatibility() -> None:
    assert types_compatible("integer", "string", is_ref=True)
    assert not types_compatible("integer", "string", is_ref=False)
    assert not types_compatible("boolean", "string", is_ref=True)
    assert types_compatible("", "boolean", is_ref=False)
