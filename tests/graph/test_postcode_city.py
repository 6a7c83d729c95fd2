"""A city is not carried into a call whose postcode the user states: the postcode is said
before the first call answers, so the carried city cannot agree with it (ToolBench seed
71 #0: "postal code 20121", Milan's, validated in the first art event's city, Firenze)."""

from __future__ import annotations

from toolgen.graph.subject_links import incidental_link
from toolgen.records import Edge, Endpoint, Parameter


def _param(name: str, required: bool) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="STRING", required=required,
                     json_schema={"type": "string"})


def _endpoint(tool: str, name: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"Data/{tool}/{name}", function_name=f"{name}_for_{tool}",
                    tool_id=f"Data/{tool}", tool_name=tool.replace("_", " "),
                    category="Data", name=name.replace("_", " "), parameters=params)


EVENTS = _endpoint("art_openings_italy", "Live_events", _param("location", True))
VALIDATE = _endpoint("address_validation", "Validate_Address", _param("street_1", True),
                     _param("postal_code", True), _param("city", False))
GEOCODE = _endpoint("geocoder", "Geocode_Address", _param("street", True),
                    _param("postal_code", False), _param("city", False))


def _city(target: Endpoint) -> Edge:
    return Edge(source=EVENTS.id, target=target.id, kind="data_flow", weight=1.0,
                source_field="events[].city", target_param="city")


def test_a_city_is_not_carried_beside_a_stated_postcode() -> None:
    assert incidental_link(_city(VALIDATE), EVENTS, VALIDATE)


def test_a_city_goes_where_no_postcode_must_be_stated() -> None:
    assert not incidental_link(_city(GEOCODE), EVENTS, GEOCODE)
