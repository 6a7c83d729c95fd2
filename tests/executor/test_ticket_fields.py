"""A ticket's fields as a help desk holds them (ToolBench seed 8015639 #5): a numeric code
(`source`, `status`, a `type` "(1 - permanent, 2 - workaround)") is a small whole number,
never a price (`source: 867.08`); the requester's email is the one the call sent; a
`name` the description says is the requester's is a person's name."""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.echo import echo_arguments
from toolgen.executor.gen_context import Ctx
from toolgen.executor.leaves import string_gen
from toolgen.executor.number_codes import code_values, stated_default
from toolgen.executor.number_leaves import number_gen
from toolgen.executor.pools import Pools

_SOURCE = {"type": "number", "description": "The channel through which the ticket was "
                                            "created.\u00a0The default value is 2."}


def _draws(gen: Any, n: int = 40) -> list[Any]:
    pools = Pools.build(7, 16)
    return [gen(Ctx(random.Random(i), pools, {}, {})) for i in range(n)]


def test_the_codes_a_description_lists_are_the_ones_drawn() -> None:
    assert code_values("type", {"description": "The type of the solution article. "
                                               "(1 - permenant, 2 - workaround)"}) == (1, 2)
    assert code_values("sort", {"description": "Sort result.\nPossible values(default 0):\n"
                                               "0 - relevance;\n1 - most used;\n2 - most "
                                               "recent;"}) == (0, 1, 2)
    assert code_values("color", {"description": "Color id `1` means monocolor. Color id "
                                                "`2` means multicolor."}) == (1, 2)


def test_a_field_named_as_a_kind_or_channel_is_a_small_code() -> None:
    assert code_values("source", _SOURCE) == (1, 2, 3, 4, 5)
    assert code_values("status", {"description": "Status of the ticket."}) == (1, 2, 3, 4, 5)
    assert stated_default("Amount of matches to include (default: 25).") == 25
    # amounts and counts are no codes, and a large stated default is an amount
    assert code_values("price", {"description": "The price."}) is None
    assert code_values("type", {"description": "Batch type. The default value is 250."}) is None


def test_a_ticket_source_is_drawn_whole_never_a_price() -> None:
    drawn = _draws(number_gen("source", _SOURCE, "ticket", False))
    assert all(isinstance(v, int) and 1 <= v <= 5 for v in drawn), drawn
    assert len(set(drawn)) > 1


def test_a_ticket_is_the_requester_s_whose_email_the_call_sent() -> None:
    output = {"ticket_id": "tck_1", "requester_email": "nancy.mcconnell@anderson.net",
              "subject": "Damaged parcel"}
    echo_arguments(output, {"email": "tracy.smith@davis.com", "subject": "Damaged parcel"})
    assert output["requester_email"] == "tracy.smith@davis.com"


def test_a_name_the_description_says_is_the_requester_s_is_a_person() -> None:
    schema = {"type": "string", "description": "Name of the requester"}
    drawn = _draws(string_gen("name", schema, "ticket"), 20)
    assert all(len(v.split()) == 2 and all(w[:1].isupper() for w in v.split())
               for v in drawn), drawn
    # not one of the subjects a ticket record is otherwise named by
    assert not {"Damaged parcel", "Cancel my subscription"} & set(drawn)


def test_a_ticket_read_back_is_described_by_its_own_subject() -> None:
    from toolgen.executor.rules import settle

    ticket = {"subject": "Cancel my subscription", "status": "resolved",
              "description": "Requested a refund for a duplicate charge."}
    settle(ticket, {"ticketId": 336962})
    assert "cancel my subscription" in ticket["description"].lower()
    written = {"subject": "Damaged parcel", "description": "The box came in wet."}
    settle(written, {"subject": "Damaged parcel", "description": "The box came in wet."})
    assert written["description"] == "The box came in wet."  # what the user wrote stays
