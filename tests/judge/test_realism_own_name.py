"""A parameter's own name sent as its value (`ccEmails: ["cc"]`, `city_name: "city"`) and an
email field holding no address are flagged; real values beside them are not."""

from __future__ import annotations

from toolgen.judge.realism.arguments import own_name_value
from toolgen.judge.realism.value_kinds import reason


def test_a_word_of_the_parameter_s_own_name_is_no_value() -> None:
    assert own_name_value("ccEmails", "cc")
    assert own_name_value("city_name", "the city")
    assert own_name_value("sort_order", "sortorder")
    assert not own_name_value("city_name", "Porto")
    assert not own_name_value("ccEmails", "maria.lopez@example.com")
    assert not own_name_value("sort_order", "price low to high")


def test_an_email_field_holding_no_address_is_of_the_wrong_kind() -> None:
    assert reason("ccEmails", "cc", lambda: "") is not None
    assert reason("requester_email", "the billing team", lambda: "") is not None
    assert reason("ccEmails", "maria.lopez@example.com", lambda: "") is None
    # a bare `cc` may be a country code (Bing's `cc="US"`)
    assert reason("cc", "US", lambda: "") is None
