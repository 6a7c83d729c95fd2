"""An answer names what came back by the request's noun, never by its container: "the
zip codes are 48-134 and 01-869", not "the data are ..."."""

from __future__ import annotations

from toolgen.agents.offline import Fact
from toolgen.agents.policy.facts import named_after


def test_a_container_label_takes_the_requests_noun() -> None:
    facts = [Fact(label="data", value="48-134"), Fact(label="data", value="01-869")]
    named = named_after(facts, "zip codes by city and district")
    assert [f.label for f in named] == ["zip code", "zip code"]
    assert [f.value for f in named] == ["48-134", "01-869"]


def test_other_labels_and_nounless_requests_stay() -> None:
    facts = [Fact(label="city", value="Warsaw"), Fact(label="items", value="3")]
    assert named_after(facts, "the postcodes")[0].label == "city"
    assert named_after(facts, "the postcodes")[1].label == "postcode"
    assert named_after(facts, "data on the city")[1].label == "items"  # no better noun
