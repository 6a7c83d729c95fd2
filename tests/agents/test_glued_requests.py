"""A request a person would say, from a messy ToolBench endpoint: `ConvertrawresourceID`
(description " ") is "convert raw resource ID", never the glued name recited; a parameter
described as "`boolean` (optional)" with the default `"\\"false\\""` is given as false,
never as the type name "boolean" nor with the corpus's quotes."""

from __future__ import annotations

from toolgen.agents.offline.intents import intent_from_text
from toolgen.agents.planner.values_listed import listed_options
from toolgen.registry.defaults import coerce_default


def test_a_glued_name_with_a_closing_acronym_is_said_apart() -> None:
    intent = intent_from_text("ConvertrawresourceID", " ", "Kloudless Email")
    assert intent.phrase == "convert raw resource ID", intent
    assert intent_from_text("searchHotels").phrase == "find hotels"


def test_a_quoted_type_name_is_no_option() -> None:
    assert listed_options("`boolean` (optional)\nReturns resource metadata.") == ()
    assert listed_options("The format, e.g. 'json' or 'xml'") == ("json", "xml")


def test_a_pasted_json_string_default_is_its_text() -> None:
    assert coerce_default('"false"', {"type": "string"}).value == "false"
    assert coerce_default('"application/json"', {"type": "string"}).value == "application/json"
    assert coerce_default('say "hi"', {"type": "string"}).value == 'say "hi"'
    assert not coerce_default('""', {"type": "string"}).ok
