"""Reads a reviewer checks against the question: a player's all-time goals are a count of
goals (not a stock quote's value and percent change), an optional argument the call did
not send is not echoed with a filler ("competition": "basic"), and the US president of a
year is the one in office that year."""

from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.presidents import president_in
from toolgen.records import Endpoint, Parameter


def _p(name: str, schema: dict[str, object], required: bool = True) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=required)


def _bfcl(name: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"bfcl/{name}", function_name=name, tool_id="bfcl",
                    tool_name=name.split("_")[0], category="Data", name=name,
                    description=description, parameters=params, response_schema={})


GOALS = _bfcl("player_stats_get_all_time_goals",
              "Fetch all-time goals scored by a particular football player for a team.",
              _p("player_name", {"type": "string"}), _p("team_name", {"type": "string"}),
              _p("competition", {"type": "string"}, required=False))
PRESIDENT = _bfcl("us_president_in_year", "Retrieve the name of the U.S. president in a year.",
                  _p("year", {"type": "integer"}))


@pytest.mark.parametrize("seed", range(6))
def test_all_time_goals_are_a_count_of_goals(executor: MockExecutor, seed: int) -> None:
    args = {"player_name": "Kylian Mbappe", "team_name": "Real Madrid"}
    out = executor.session(seed).call(GOALS, args).output
    assert "change_percent" not in out and "value" not in out, out
    assert isinstance(out.get("total_goals"), int) and out["total_goals"] >= 0, out
    assert "competition" not in out, out  # not sent: nothing to echo
    assert out["player_name"] == "Kylian Mbappe"


def test_a_sent_optional_argument_is_still_echoed(executor: MockExecutor) -> None:
    args = {"player_name": "Erling Haaland", "team_name": "Manchester City",
            "competition": "Premier League"}
    out = executor.session(0).call(GOALS, args).output
    assert out["competition"] == "Premier League"


@pytest.mark.parametrize(("year", "name"), [(2007, "George W. Bush"), (1995, "Bill Clinton"),
                                            (2010, "Barack Obama"), (1962, "John F. Kennedy")])
def test_the_president_of_a_year_held_office_that_year(executor: MockExecutor, year: int,
                                                       name: str) -> None:
    for seed in range(4):
        out = executor.session(seed).call(PRESIDENT, {"year": year}).output
        assert out["president"] == name, out


def test_no_president_outside_the_office_s_history() -> None:
    assert president_in(1700) is None and president_in(1790) == "George Washington"


CONVERT = Endpoint(id="kloudless/convert",
                   function_name="convertrawresource_id_for_kloudless_email",
                   tool_id="kloudless", tool_name="Kloudless Email", category="Email",
                   name="ConvertrawresourceID", method="POST", description=" ",
                   parameters=(_p("retrieve_metadata", {"type": "string"}),),
                   response_schema={})


def test_an_email_tool_s_other_endpoints_validate_no_address(executor: MockExecutor) -> None:
    for seed in range(4):
        out = executor.session(seed).call(CONVERT, {"retrieve_metadata": "false"}).output
        assert "is_valid" not in out and "email" not in out, out


BOOKS = _bfcl("google_books_search", "Search for a book in the Google Books library.",
              _p("genre", {"type": "string"}), _p("title", {"type": "string"}, required=False))


def test_an_unsent_title_filter_leaves_each_book_its_title(executor: MockExecutor) -> None:
    out = executor.session(0).call(BOOKS, {"genre": "fiction"}).output
    books = out["books"]
    assert books and all(isinstance(b.get("title"), str) and b["title"] for b in books), out


DNA = _bfcl("fetch_dna_sequence", "Retrieve the sequence of a DNA molecule.",
            _p("DNA_id", {"type": "string"}),
            _p("format", {"type": "string"}, required=False),
            _p("upstream", {"type": "integer"}, required=False))


def test_a_later_call_answers_in_the_format_it_sent(executor: MockExecutor) -> None:
    session = executor.session(3)
    first = session.call(DNA, {"DNA_id": "dna_cd1bf7", "upstream": 490}).output
    assert "format" not in first, first  # not sent: not echoed
    second = session.call(DNA, {"DNA_id": "dna_cd1bf7", "format": "fasta"}).output
    assert second.get("format") == "fasta", second
    assert "upstream" not in second, second
