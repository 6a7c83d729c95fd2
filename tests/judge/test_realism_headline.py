"""The judge flags an answer that does not lead with what was asked: some of a list's
values said as the whole list (ToolBench seed 31 #188: "the zip codes are 02-636 and
00-826" of three), and a result's echo of its request reported in place of its answer
(#271: "its lat is 49.3418836" of a solar estimate). The same results said whole, said
as a part, or answered with their figure are clean."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import echo_cited, whole_lists
from toolgen.judge.view import build_view

from .factories import calls_record

_ZIPS = {"data": ["02-636", "00-826", "03-992"]}


def _kinds(check: Any, name: str, args: dict[str, Any], output: Any, answer: str) -> list[str]:
    record = calls_record([(name, args, output)], user="Can you look that up?",
                          answer=answer, conversation_id="t-headline")
    return [f.kind for f in check.check_view(build_view(record), JudgeContext())]


def _lists(output: Any, answer: str) -> list[str]:
    return _kinds(whole_lists, "find_zip_codes", {"city": "Warsaw"}, output, answer)


def test_some_of_a_list_said_as_all_of_it_is_flagged() -> None:
    assert _lists(_ZIPS, "I found the postcodes - the zip codes are 02-636 and 00-826.") == [
        "partial_list"]
    assert _lists({"roots": [-1.2071, 0.2071]}, "I solved it, and the roots are -1.2071.") == [
        "partial_list"]


def test_a_list_said_whole_or_as_a_part_is_clean() -> None:
    assert _lists(_ZIPS, "The zip codes are 02-636, 00-826 and 03-992.") == []
    assert _lists(_ZIPS, "There are 3 zip codes, among them 02-636 and 00-826.") == []
    assert _lists(_ZIPS, "The first zip code is 02-636.") == []
    assert _lists(_ZIPS, "Warsaw has plenty of postcodes; 02-636 is one.") == []


_SOLAR = {"inputs": {"wp": "8482.3", "lat": "49.3418836", "lon": "8.8006813"},
          "outputs": [{"month": 4, "wh": 1520}]}


def _echo(answer: str) -> list[str]:
    return _kinds(echo_cited, "solar_estimation", {"lat": "25.2048", "lon": "55.2708"},
                  _SOLAR, answer)


def test_an_answer_reporting_only_the_echoed_request_is_flagged() -> None:
    assert _echo("Looking at the solar estimation, its lat is 49.3418836, with a lon of "
                 "8.8006813.") == ["echo_headline"]


def test_an_answer_reporting_the_result_is_clean() -> None:
    assert _echo("The solar estimation is 1520 Wh for month 4.") == []
    assert _echo("For 49.3418836, 8.8006813 the estimate is 1520 Wh.") == []
