"""The country an endpoint's name scopes it to: read from the API part as before and from
the endpoint part (`in_vietnam`, `usaddress`), never from a word naming something else."""

from __future__ import annotations

import pytest

from toolgen.executor.served import served_country


@pytest.mark.parametrize(("name", "code"), [
    ("get_all_districts_of_a_city_in_vietnam_for_viet_nam_adm_490c58fa", "VN"),
    ("get_all_cities_in_vietnam_for_viet_nam_administrative_divisions", "VN"),
    ("validate_usaddress_for_snapcxaddressvalidation", "US"),
    ("property_search_for_puerto_rico_real_estate", "PR"),
    ("lookup_uk_postcode_for_address_tools", "GB"),
    ("get_zips_in_city_for_us_geo_data", "US"),  # the API part, as before
    ("city_wise_data_for_indian_fuel", "IN"),
])
def test_a_name_naming_one_country_scopes_the_endpoint(name: str, code: str) -> None:
    assert served_country(name) == code


@pytest.mark.parametrize("name", [
    "contact_us_for_travel_desk",  # `us` is a word here
    "validate_global_address_for_snapcxaddressvalidation",
    "translate_to_french_for_text_tools",  # a language, not a country
    "india_to_vietnam_shipping_for_parcels",  # two countries: a route, not a scope
    "zip_code_by_city_for_geosource_api",
])
def test_a_name_naming_no_one_country_scopes_nothing(name: str) -> None:
    assert served_country(name) is None
