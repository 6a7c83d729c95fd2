"""An id read under a list key that names nothing is the asked thing's: "(company ID
cmp_4e75d8)", not "(data ID cmp_4e75d8)" (ToolBench seed 71 #26)."""

from __future__ import annotations

from toolgen.agents.offline import Fact
from toolgen.agents.policy.thing_name import thing_id


def test_a_blank_lists_id_is_named_by_the_thing_asked_for() -> None:
    facts = [Fact(label="name", value="Manning Group"), Fact(label="data ID", value="cmp_4e")]
    assert thing_id(facts, "some companies") == [
        Fact(label="name", value="Manning Group"), Fact(label="company ID", value="cmp_4e")]


def test_an_id_its_list_names_and_a_request_for_data_stay_as_they_are() -> None:
    named = [Fact(label="order ID", value="ord_1")]
    assert thing_id(named, "the companies") == named
    assert thing_id([Fact(label="data ID", value="x1")], "the data") == [
        Fact(label="data ID", value="x1")]
