"""A calculator "Divide one number by another" is asked to divide two numbers, and its
result is said as a result (BFCL seed 97 #18: "divide the one number with numerator
955.19", answered "For the one number, the one number is 69.569556.")."""

from __future__ import annotations

from toolgen.agents.offline.descriptions import from_description
from toolgen.agents.policy.facts import head_noun


def test_one_thing_by_another_is_two_things() -> None:
    assert from_description("Divide one number by another.") == ("divide", ["two", "numbers"])
    assert from_description("Subtract one number from another.") == (
        "subtract", ["two", "numbers"])
    # converting one currency to another is no operation on two currencies
    assert from_description("Convert one currency to another.")[1][:2] != ["two",
                                                                            "currencies"]


def test_what_was_given_does_not_name_the_result() -> None:
    assert head_noun("two numbers") == ""
    assert head_noun("zip codes by city") == "zip code"
